#!/usr/bin/env node
// `node server/scripts/memory.mjs`: what each part of the server costs in memory. Each step
// runs in a fresh Node process (--expose-gc), imports one thing, makes one language detection
// where it is a detector, collects garbage and prints process.memoryUsage(): RSS, V8's heap in
// use and memory outside the heap (typed arrays). Prints figures, fails nothing.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'sq-memory-'));
const TEXT = 'Ist der Artikel noch auf Lager und wann wird er verschickt?';

// src/backend/language.ts compiled on its own, as it is inside server/dist/main.js.
const detector = join(dir, 'language.js');
await build({
  absWorkingDir: root,
  entryPoints: ['src/backend/language.ts'],
  outfile: detector,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});

const steps = [
  { name: 'node, nothing imported', code: '' },
  {
    name: 'node --import tsx (compiles TypeScript at run time)',
    args: ['--import', 'tsx'],
    code: '',
  },
  {
    name: "eld/extrasmall (eld's own n-gram object), one detection",
    code: `const { eld } = await import('eld/extrasmall'); eld.detect(${JSON.stringify(TEXT)});`,
  },
  {
    name: 'src/backend/language.ts (compact table), one detection',
    code: `const { detectLanguage } = await import(${JSON.stringify(pathToFileURL(detector).href)}); detectLanguage(${JSON.stringify(TEXT)});`,
  },
  {
    name: 'pg, hono, @hono/node-server, pino, jose',
    code: `await Promise.all(['pg', 'hono', '@hono/node-server', 'pino', 'jose'].map((name) => import(name)));`,
  },
];

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1).padStart(6)} MB`;
console.log(`${'step'.padEnd(62)}     RSS   heap used    external`);
for (const step of steps) {
  const script = `${step.code}
globalThis.gc(); await new Promise((resolve) => setTimeout(resolve, 50)); globalThis.gc();
const usage = process.memoryUsage();
process.stdout.write(JSON.stringify({ rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external + usage.arrayBuffers }));`;
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', ...(step.args ?? []), '--input-type=module', '-e', script],
    { cwd: root, encoding: 'utf8' },
  );
  const usage = JSON.parse(out);
  console.log(
    `${step.name.padEnd(62)} ${mb(usage.rss)} ${mb(usage.heapUsed)} ${mb(usage.external)}`,
  );
}
await rm(dir, { recursive: true, force: true });
