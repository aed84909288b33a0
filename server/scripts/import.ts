// `npm run server:import -- catalogue.json`: loads an operator's shops, sellers, buyers,
// products, orders, templates and configuration into the server's database (the one the
// server would use with the same environment: DATABASE_URL, or PGlite in DATA_DIR). The file
// is checked first and written in one transaction; a file with mistakes writes nothing and
// the command exits with 1, listing them. The format is in docs/server.md.
import { mkdir, readFile } from 'node:fs/promises';
import { type Database, migrate, openDatabase } from '../src/db.js';
import { CatalogueError, importCatalogue } from '../src/import.js';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('Usage: npm run server:import -- <catalogue.json>   (format: docs/server.md)');
  process.exit(2);
}

let input: unknown;
try {
  input = JSON.parse(await readFile(file, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  process.exit(1);
}

const env = process.env;
const dataDir = env['DATABASE_URL'] ? undefined : (env['DATA_DIR'] ?? '.data/pglite');
const failed = (error: unknown) => `Import failed, nothing was imported: ${String(error)}`;
let db: Database;
try {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  db = await openDatabase({ url: env['DATABASE_URL'], dataDir, poolSize: 2 });
} catch (error) {
  // A database that cannot be opened (a PGlite directory a running server owns, a bad URL):
  // one line, like any other failure, not a stack.
  console.error(failed(error));
  process.exit(1);
}
try {
  await migrate(db);
  const { written, refreshed } = await importCatalogue(db, input, {
    basePath: env['BASE_PATH'] ?? '/api/v1',
  });
  // What the file had: the configuration when it gave one (it is written either way, merged
  // over the one loaded), and each kind of record it listed.
  const given = typeof input === 'object' && input !== null && 'config' in input;
  const kinds = Object.entries(written)
    .filter(([kind, count]) => (kind === 'config' ? given : count > 0))
    .map(([kind, count]) => `${count} ${kind}`);
  console.log(
    `Imported ${kinds.length > 0 ? kinds.join(', ') : 'nothing new'} into ${db.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${dataDir})`}.${
      refreshed > 0
        ? ` The list entries of ${refreshed} question${refreshed === 1 ? '' : 's'} show the new names.`
        : ''
    }`,
  );
} catch (error) {
  console.error(error instanceof CatalogueError ? error.message : failed(error));
  process.exitCode = 1;
} finally {
  await db.close();
}
