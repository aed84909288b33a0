// One SQL interface over the two PostgreSQL drivers: PGlite (embedded, a data directory on disk,
// nothing to install) and node-postgres (a real server through DATABASE_URL). The server's SQL
// is the same on both.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { QueryConfig } from 'pg';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Database extends Sql {
  /** Runs `work` in one transaction (READ COMMITTED); commits or rolls back. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
  /**
   * From now on, a statement PostgreSQL has not answered within `ms` fails (and so does waiting
   * longer than that for a connection): a database that hangs (stopped, its machine frozen)
   * becomes 503s instead of requests that never end. The server sets it after migrating, so
   * that a long migration is not cut short. PGlite, in the process, does not hang this way.
   */
  limitWaits(ms: number): void;
}

export interface DatabaseOptions {
  /** `postgres://…`: a PostgreSQL server. Otherwise PGlite in `dataDir` (or in memory). */
  url?: string | undefined;
  /** PGlite's data directory; in memory when absent. */
  dataDir?: string | undefined;
  /** node-postgres pool size. */
  poolSize?: number | undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const release = dataDir ? await lockDataDir(dataDir) : async () => {};
  try {
    if (dataDir) await createDataDir(dataDir);
    return await startPglite(dataDir, release);
  } catch (error) {
    await release();
    throw error;
  }
}

/** The data directories this process has open. */
const locked = new Set<string>();

/**
 * One process owns a PGlite data directory: two would each keep their own copy of its pages and
 * lose each other's writes. `<dir>.lock`, beside it, holds the owner's process id while it is
 * open; a directory whose owner is alive is refused, naming it, and one left by a process that
 * ended without closing it (killed) is taken over. Returns what releases it.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = resolve(dataDir);
  const file = `${path}.lock`;
  await mkdir(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' });
      locked.add(path);
      return async () => {
        if (!locked.delete(path)) return;
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    const inUse =
      Number.isInteger(owner) &&
      owner > 0 &&
      (owner === process.pid ? locked.has(path) : isRunning(owner));
    if (inUse) {
      throw new Error(
        `the PGlite data directory ${dataDir} is in use by process ${owner}: one process owns it (stop that one first; for several processes use PostgreSQL, docs/server.md). If no such process runs, remove ${file}.`,
      );
    }
    // Its owner ended without closing it: taken over.
    await rm(file, { force: true });
  }
  throw new Error(`the PGlite data directory ${dataDir} could not be locked (${file})`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function startPglite(
  dataDir: string | undefined,
  release: () => Promise<void>,
): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  // pg_trgm and btree_gin: the search's index of shops and trigrams (migration 028).
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { btree_gin } = await import('@electric-sql/pglite/contrib/btree_gin');
  const options = { extensions: { pg_trgm, btree_gin } };
  const db = dataDir ? await PGlite.create(dataDir, options) : await PGlite.create(options);
  const run = async <T>(
    target: Pick<typeof db, 'query'>,
    text: string,
    params?: readonly unknown[],
  ) => (await target.query<T>(text, params as unknown[] | undefined)).rows;
  return {
    kind: 'pglite',
    query: (text, params) => run(db, text, params),
    // PGlite has one connection: its transactions already run one after another.
    transaction: (work) =>
      db.transaction((tx) => work({ query: (text, params) => run(tx, text, params) })),
    close: async () => {
      await db.close();
      await release();
    },
    limitWaits: () => undefined,
  };
}

/**
 * A new data directory is made in a worker thread, which then ends: PGlite's initdb grows its
 * WebAssembly memory by ~500 MB, and memory a WebAssembly instance has grown stays with it, so a
 * process that made its directory itself held ~830 MB instead of ~330 MB until restarted
 * (docs/performance.md, "Reference server").
 */
async function createDataDir(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const info = await stat(dataDir).catch(() => null);
  if (info && !info.isDirectory()) {
    throw new Error(`the PGlite data directory ${dataDir} is a file, not a directory`);
  }
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
import(workerData.module).then(async ({ PGlite }) => {
  await (await PGlite.create(workerData.dataDir)).close();
}).catch((error) => {
  // PGlite's file system errors are not Errors: { name: 'ErrnoError', errno }.
  throw error instanceof Error ? error : new Error(\`\${error?.name ?? 'error'} \${error?.errno ?? ''}\`);
});`,
    { eval: true, workerData: { module: import.meta.resolve('@electric-sql/pglite'), dataDir } },
  );
  await new Promise<void>((resolve, reject) => {
    worker.once('error', (error) => {
      reject(new Error(`making the PGlite data directory ${dataDir} failed: ${error.message}`));
    });
    worker.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`making the PGlite data directory ${dataDir} failed (exit ${code})`));
    });
  });
}

/** Distinct statements prepared by name (lists with filters make a few dozen). */
const MAX_PREPARED = 500;
const PREPARABLE = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

/**
 * Put before a statement that PostgreSQL should plan for its values at every execution, not
 * once for any values: it is then not prepared by name. For a statement whose best plan
 * depends on a value more than a generic plan can know (a search's pattern: a word in every
 * text, or in none). It costs a parse and a plan at each execution.
 */
export const PLANNED_FOR_ITS_VALUES = '/* planned for its values */ ';

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const { default: pg } = await import('pg');
  // Dates stay ISO strings' instants; bigint counts come back as numbers.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // No limit until limitWaits(): migrations may take long.
  let wait: number | undefined;
  // Statements are prepared once per connection and run by name after that: PostgreSQL parses
  // and plans each of the server's statements once, not at every request.
  const names = new Map<string, string>();
  const statement = (text: string, params?: readonly unknown[]) => {
    let name = names.get(text);
    if (
      name === undefined &&
      names.size < MAX_PREPARED &&
      PREPARABLE.test(text) &&
      !text.startsWith(PLANNED_FOR_ITS_VALUES)
    ) {
      name = `sq${names.size + 1}`;
      names.set(text, name);
    }
    const config: QueryConfig & { query_timeout?: number } = {
      text,
      values: params as unknown[] | undefined,
    };
    if (name) config.name = name;
    if (wait) config.query_timeout = wait;
    return config;
  };
  // A connection that breaks while idle (database restarted) must not crash the process.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    // `then` rather than an async function's await: one promise fewer per statement.
    query: <T>(text: string, params?: readonly unknown[]) =>
      pool.query(statement(text, params)).then((result) => result.rows as T[]),
    async transaction(work) {
      const client = await pool.connect();
      // A connection that breaks mid-transaction fails the query in flight; the client's own
      // 'error' event must not become an uncaught exception.
      let broken = false;
      const ignore = () => {
        broken = true;
      };
      client.on('error', ignore);
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async <T>(text: string, params?: readonly unknown[]) =>
            (await client.query(statement(text, params))).rows as T[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', ignore);
        // A broken connection is closed, not handed to the next request.
        client.release(broken);
      }
    },
    close: () => pool.end(),
    limitWaits(ms) {
      wait = ms;
      // A connection waited for (all busy, or the database not answering a new one).
      pool.options.connectionTimeoutMillis = ms;
    },
  };
}

const MIGRATIONS = fileURLToPath(new URL('../migrations/', import.meta.url));

/**
 * Applies the migrations in `server/migrations/` that this database has not seen, in name
 * order, each in its own transaction; two processes starting at once apply each one once.
 */
export async function migrate(db: Database): Promise<string[]> {
  // Under the migrators' lock too: two processes creating the table at once would both pass
  // IF NOT EXISTS, and the second would fail on PostgreSQL's catalog (a duplicate pg_type row).
  await db.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock(7316001)');
    await sql.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const files = (await readdir(MIGRATIONS)).filter((name) => name.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const name of files) {
    const text = await readFile(MIGRATIONS + name, 'utf8');
    const done = await db.transaction(async (sql) => {
      // One migrator at a time, across processes.
      await sql.query('SELECT pg_advisory_xact_lock(7316001)');
      const seen = await sql.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (seen.length > 0) return false;
      for (const statement of splitStatements(text)) await sql.query(statement);
      await sql.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}

/**
 * Statements of a migration file: split at semicolons that end a line, except inside a
 * dollar-quoted body (`$$ … $$`, a function's), whose own statements end in semicolons too.
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  text.split('$$').forEach((part, index) => {
    if (index % 2 === 1) {
      current += `$$${part}$$`;
      return;
    }
    const [first = '', ...rest] = part.split(/;\s*$/m);
    current += first;
    for (const next of rest) {
      statements.push(current);
      current = next;
    }
  });
  statements.push(current);
  return statements.map((statement) => statement.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
}
