#!/usr/bin/env node
// `npm run build:server`: compiles the reference server (server/src/main.ts and the shared code
// it imports from src/) into one ES module, server/dist/main.js, which production runs with
// plain `node` (docs/server.md): no TypeScript compiler in the process (tsx costs ~38 MB of
// RSS and compiles every file at start). Packages stay in node_modules (imported at run time:
// pg, PGlite's WebAssembly, sharp's native code, pino…). A source file's `import.meta.url` keeps
// naming that file, so paths beside it (server/migrations/, locales/) resolve as under tsx.
//
// `--if-stale`: only when the bundle is missing or older than a source it was built from (what
// `npm run server` and `npm start` do before starting it). `--outfile <path>`: another place for
// the bundle (tests).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outfileAt = process.argv.indexOf('--outfile');
// Under the repository, so that packages resolve from node_modules.
const outfile =
  outfileAt > 0 ? resolve(process.argv[outfileAt + 1]) : join(root, 'server/dist/main.js');
const metafile = join(dirname(outfile), 'meta.json');

async function stale() {
  const built = await stat(outfile).catch(() => undefined);
  if (!built) return true;
  const meta = JSON.parse(await readFile(metafile, 'utf8').catch(() => '{"inputs":{}}'));
  const inputs = Object.keys(meta.inputs ?? {});
  if (inputs.length === 0) return true;
  for (const input of [...inputs, 'package-lock.json', 'server/scripts/build.mjs']) {
    const source = await stat(join(root, input)).catch(() => undefined);
    if (!source || source.mtimeMs > built.mtimeMs) return true;
  }
  return false;
}

/** Replaces `import.meta.url` in a source file with that file's own URL, relative to the bundle. */
const sourceUrls = {
  name: 'source-urls',
  setup(context) {
    context.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromBundle = relative(dirname(outfile), path).split('\\').join('/');
      return {
        contents: text.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
        ),
        loader: 'ts',
      };
    });
  },
};

if (process.argv.includes('--if-stale') && !(await stale())) process.exit(0);

// esbuild is a devDependency: imported only when there is something to build.
const { build } = await import('esbuild');
const started = Date.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: ['server/src/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  legalComments: 'inline',
  metafile: true,
  logLevel: 'warning',
  plugins: [sourceUrls],
});
await writeFile(metafile, JSON.stringify(result.metafile));
const bytes = result.metafile.outputs[relative(root, outfile)]?.bytes ?? 0;
console.log(
  `built ${relative(root, outfile)} (${(bytes / 1e6).toFixed(2)} MB, ${Object.keys(result.metafile.inputs).length} sources) in ${Date.now() - started} ms`,
);
