#!/usr/bin/env node
// What an element's first load is made of, module by module: the entry bundled as
// scripts/size.mjs bundles it (lit included, minified, production build, code split), then for
// each source module of the chunks it imports statically:
// - "min B": its minified bytes in the bundle (esbuild's metafile);
// - "br alone": brotli of its code alone;
// - "br marginal": what it adds to the brotli size of the whole first load (the whole minus
//   everything but it), the figure to look at when deciding what to load on demand. The
//   marginals do not add up to the total exactly: brotli shares context between modules.
// The on-demand chunks are listed with their modules below.
// Usage: node scripts/size-modules.mjs [entry]   (default src/ask-seller.ts)
import { build } from 'esbuild';
import { brotliSize, root, sizeBuildOptions } from './size-build.mjs';

const entryFile = process.argv[2] ?? 'src/ask-seller.ts';
const brotli = (text) => brotliSize(Buffer.from(text));

const options = { ...sizeBuildOptions(), entryPoints: [`${root}${entryFile}`] };

/** The bundle's output files, each with its path, text and whether the first load has it. */
async function bundle(extra) {
  const result = await build({ ...options, ...extra });
  const outputs = result.metafile.outputs;
  const key = (path) => Object.keys(outputs).find((candidate) => path.endsWith(candidate));
  const entry = Object.keys(outputs).find((path) =>
    `${root}${entryFile}`.endsWith(outputs[path].entryPoint ?? '\0'),
  );
  const eager = new Set();
  const visit = (path) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of outputs[path].imports) {
      if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
    }
  };
  visit(entry);
  return result.outputFiles
    .map((file) => ({ path: key(file.path), text: file.text }))
    .filter(({ path }) => path.endsWith('.js'))
    .map((file) => ({ ...file, eager: eager.has(file.path), meta: outputs[file.path] }));
}

const minified = await bundle({ minify: true });
const firstLoad = minified.filter((file) => file.eager);
const total = brotli(firstLoad.map((file) => file.text).join(''));

// Minified but with line breaks, so esbuild's "// path" comments mark where each module starts.
const readable = await bundle({
  minifyIdentifiers: true,
  minifySyntax: true,
  minifyWhitespace: false,
});
const modules = new Map();
for (const file of readable.filter((candidate) => candidate.eager)) {
  let current = `(chunk glue of ${file.path.replace(/^.*\//, '')})`;
  for (const line of file.text.split('\n')) {
    const start = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(line);
    if (start) current = start[1];
    else modules.set(current, `${modules.get(current) ?? ''}${line}\n`);
  }
}
const whole = brotli([...modules.values()].join(''));
const rows = [...modules].map(([name, text]) => ({
  name,
  bytes: firstLoad.reduce((sum, file) => sum + (file.meta.inputs[name]?.bytesInOutput ?? 0), 0),
  alone: brotli(text),
  marginal:
    whole -
    brotli(
      [...modules]
        .filter(([other]) => other !== name)
        .map(([, other]) => other)
        .join(''),
    ),
}));
rows.sort((a, b) => b.marginal - a.marginal);

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(
  `${entryFile}, first load: ${kB(firstLoad.reduce((sum, file) => sum + file.text.length, 0))} minified, ${kB(total)} brotli as one stream\n`,
);
console.log(
  `${'module'.padEnd(62)}${'min B'.padStart(8)}${'br alone'.padStart(10)}${'br marginal'.padStart(13)}`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(62)}${String(row.bytes).padStart(8)}${String(row.alone).padStart(10)}${String(row.marginal).padStart(13)}`,
  );
}
console.log('\nOn demand (not in the first load):');
for (const file of minified.filter((candidate) => !candidate.eager)) {
  const inputs = Object.keys(file.meta.inputs).filter((input) => !input.includes('/locales/'));
  if (!inputs.length) continue;
  console.log(`  ${kB(brotli(file.text)).padStart(9)} brotli  ${inputs.join(', ')}`);
}
