#!/usr/bin/env node
// Size report: each public element's entry bundled as a storefront ships it (lit and everything
// it imports, minified, production build, code split), plus all three together. For each:
// - "with the element": the entry and every chunk it imports statically: the code a page needs
//   to show the element. Measured as one stream, as it reaches a storefront that bundles the
//   element into its own code (esbuild's split of it into shared chunks is an artifact of this
//   measurement build). Budgets apply to this.
// - "on demand": chunks loaded by dynamic import when needed (the buyer's conversation history,
//   photo handling, sending a question, the schemas of responses other than the first ones, the
//   inbox's conversation pane), each compressed on its own as fetched.
// - one chunk per locale, fetched only when that locale is active.
// Usage: node scripts/size.mjs [--json <file>]
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { publicElements } from './public-elements.mjs';
import { brotliSize, root, sizeBuildOptions } from './size-build.mjs';

const kB = 1000;

/**
 * An element's budget: the line `// Size budget: N kB brotli (M kB gzip) …` of its define module
 * (src/<tag>.ts), so that a new element copied from another has one, which its author then sets.
 */
const BUDGET = /^\/\/ Size budget: ([\d.]+) kB brotli(?: \(([\d.]+) kB gzip\))?/m;
const elementBudget = (tag) => {
  const match = BUDGET.exec(readFileSync(`${root}src/${tag}.ts`, 'utf8'));
  if (!match) {
    throw new Error(
      `src/${tag}.ts has no size budget: a line "// Size budget: N kB brotli for what loads with it"`,
    );
  }
  return { brotli: Number(match[1]) * kB, ...(match[2] ? { gzip: Number(match[2]) * kB } : {}) };
};

/** Budgets in bytes (JS + CSS, lit included), for what loads with the element. */
const entries = [
  ...publicElements().map(({ tag }) => ({
    name: tag,
    files: [`src/${tag}.ts`],
    ...elementBudget(tag),
  })),
  {
    name: 'all three',
    files: ['src/ask-seller.ts', 'src/order-help.ts', 'src/seller-question-inbox.ts'],
    brotli: 45 * kB,
  },
];

/**
 * The CDN bundle's first load of seller-questions.js (all three elements, configure() and the
 * client; <seller-question-count> and the rest of the API load on demand): the budget of all
 * three together.
 */
const CDN_BUDGET = 45 * kB;

/** The CDN bundle's files of one element each (dist/cdn/<tag>.js): every public element's. */
const CDN_ELEMENTS = publicElements().map(({ tag }) => tag);

/**
 * What an element's CDN file and the shared files it imports may weigh beyond the element's
 * first load from a bundler: the shared files serve every element, so the exports that the other
 * elements use stay in them (a bundler drops what its page does not import), and the files name
 * what they import from each other. Measured 2026-12-03: 1.1 to 1.5 kB.
 */
const CDN_SHARING_ALLOWANCE = 1.75 * kB;
/**
 * The same for an element that seller-questions.js loads on demand (<seller-question-count>):
 * its file imports seller-questions-core.js too, which is made for the elements a page shows
 * (design tokens, controls, the forms' errors and validation), and the element uses little of
 * it. Measured 2026-12-04: the count's file with its imports, 4.78 kB over its bundled first load.
 */
const CDN_ON_DEMAND_ALLOWANCE = 5 * kB;
/**
 * seller-questions-start.js (src/cdn-start.ts): configure() and the head start, a page's first
 * file beside an element's. It must arrive well before the element's code to win anything (on
 * the bench's mobile profile each kB is 5 ms, and it shares the line with the code), and import
 * nothing.
 */
const CDN_START_BUDGET = 2 * kB;

const virtualEntry = (files) => ({
  name: 'virtual-entry',
  setup(builder) {
    builder.onResolve({ filter: /^virtual:entry$/ }, () => ({
      path: 'entry',
      namespace: 'virtual',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({
      contents: files.map((file) => `import './${file}';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    }));
  },
});

/**
 * The chunks' file names carry hashes of their content, and the code that imports a chunk names
 * it: a new translation renames every locale chunk, and eight random letters compress a few
 * bytes better or worse than eight others (up to ±50 B on an entry that loads nine locales); the
 * first load is measured in import order, not in the order of the chunks' names. Each hash is measured as
 * eight letters derived from what the chunk is made of (its modules), as random as a real hash
 * but the same from one build to the next while the modules are. Returns the contents and the
 * paths so renamed, by output path.
 */
function stableHashes(outputs, contents) {
  const renamed = new Map();
  for (const path of contents.keys()) {
    const hash = /-([A-Z0-9]{8})\.js$/.exec(path)?.[1];
    if (!hash) continue;
    const modules = Object.keys(outputs[path].inputs).sort().join('\n');
    const digest = createHash('sha256').update(modules).digest();
    const letters = [...digest.subarray(0, 8)].map((byte) => HASH_ALPHABET[byte % 36]).join('');
    renamed.set(hash, letters);
  }
  const pattern = renamed.size ? new RegExp([...renamed.keys()].join('|'), 'g') : null;
  const rename = (text) => (pattern ? text.replace(pattern, (hash) => renamed.get(hash)) : text);
  return {
    contents: new Map(
      [...contents].map(([path, bytes]) => [
        path,
        Buffer.from(rename(Buffer.from(bytes).toString('utf8'))),
      ]),
    ),
    stablePath: rename,
  };
}

const HASH_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Bundles the files as one entry; returns its eager and on-demand output files. */
async function bundle(files) {
  const result = await build({
    ...sizeBuildOptions([virtualEntry(files)]),
    entryPoints: ['virtual:entry'],
    minify: true,
  });
  const outputs = result.metafile.outputs;
  const key = (path) => Object.keys(outputs).find((candidate) => path.endsWith(candidate));
  const { contents, stablePath } = stableHashes(
    outputs,
    new Map(result.outputFiles.map((file) => [key(file.path), file.contents])),
  );
  // Dynamic imports are entry points too (locale chunks): the element's is the virtual one.
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === 'virtual:entry');
  // The first load in the order a bundler emits it, each chunk after the chunks it imports (in
  // the order it imports them): an order that does not depend on the chunks' names.
  const visited = new Set();
  const firstLoad = [];
  const visit = (path) => {
    if (visited.has(path)) return;
    visited.add(path);
    for (const imported of outputs[path].imports) {
      if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
    }
    firstLoad.push(path);
  };
  visit(entry);
  const eager = new Set(firstLoad.filter((path) => path.endsWith('.js')));
  const js = Object.keys(outputs)
    .filter((path) => path.endsWith('.js'))
    .sort((a, b) => stablePath(a).localeCompare(stablePath(b)));
  const localeOf = (path) =>
    Object.keys(outputs[path].inputs)
      .map((input) => /i18n\/generated\/locales\/([a-z-]+)\.ts$/.exec(input)?.[1])
      .find(Boolean);
  return {
    eager: [...eager].map((path) => contents.get(path)),
    lazy: js
      .filter((path) => !eager.has(path) && !localeOf(path))
      .map((path) => contents.get(path)),
    locales: js
      .filter((path) => !eager.has(path) && localeOf(path))
      .map((path) => ({ locale: localeOf(path), bytes: contents.get(path) }))
      .sort((a, b) => a.locale.localeCompare(b.locale)),
  };
}

/** One stream: what the code costs when it arrives in one bundle. */
function streamSizes(files) {
  return sizes([Buffer.concat(files.map((bytes) => Buffer.from(bytes)))]);
}

function sizes(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const bytes of files) {
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliSize(bytes);
  }
  return total;
}

const format = (bytes) => `${(bytes / kB).toFixed(2)} kB`;
const pad = (text, width) => String(text).padEnd(width);
const right = (text, width) => String(text).padStart(width);
const line = (label, measured) =>
  `${pad(label, 34)}${right(format(measured.raw), 11)}${right(format(measured.gzip), 11)}${right(format(measured.brotli), 11)}`;

const rows = [];
let failed = false;
console.log('Entry sizes: bundled with lit, minified, production build; JS + CSS\n');
console.log(
  `${pad('', 34)}${right('raw', 11)}${right('gzip', 11)}${right('brotli', 11)}   budget (brotli)`,
);
for (const entry of entries) {
  const missing = entry.files.filter((file) => !existsSync(`${root}${file}`));
  if (missing.length) {
    console.log(`${pad(entry.name, 34)}not built yet (${missing.join(', ')} missing)`);
    continue;
  }
  const { eager, lazy, locales } = await bundle(entry.files);
  const withElement = streamSizes(eager);
  const onDemand = sizes(lazy);
  const over = [];
  if (withElement.brotli > entry.brotli) over.push(`brotli over ${format(entry.brotli)}`);
  if (entry.gzip && withElement.gzip > entry.gzip) over.push(`gzip over ${format(entry.gzip)}`);
  failed ||= over.length > 0;
  const budget = `${format(entry.brotli)}${entry.gzip ? ` (gzip ${format(entry.gzip)})` : ''}`;
  console.log(
    `${line(`${entry.name}, with the element`, withElement)}   ${budget}  ${over.length ? `OVER: ${over.join(', ')}` : 'ok'}`,
  );
  if (lazy.length) console.log(line(`  + on demand (${lazy.length} chunks)`, onDemand));
  const localeSizes = locales.map(({ locale, bytes }) => ({ locale, ...sizes([bytes]) }));
  rows.push({
    entry: entry.name,
    withElement,
    onDemand,
    locales: localeSizes,
    budget: entry,
    over,
  });
}

// Each locale's translations: one chunk, fetched only when that locale is active.
const all = rows.at(-1);
if (all?.locales.length) {
  console.log(`\nLocale chunks (${all.entry}; only the active locale is fetched)`);
  for (const locale of all.locales) console.log(line(`  ${locale.locale}`, locale));
}

// The CDN bundle as `npm run build` wrote it. Its first loads: seller-questions.js (all three
// elements) and each element's own file (ask-seller.js, order-help.js, seller-question-inbox.js),
// each with the files it imports statically (seller-questions-core.js: lit, the client, the
// settings, the locale; and the shared files of its element: seller-questions-composer.js,
// -conversation.js, -live.js), which a page preloads beside its script tag: one round trip. Each is measured as one stream
// like the entries above (the budget), and as fetched (each file compressed on its own). Then
// the chunks they import on demand (conversation panes, photo handling, the count badge, one per
// locale), and seller-questions-api.js, the rest of the API.
const cdnDir = `${root}dist/cdn/`;
let cdn = null;
if (existsSync(`${cdnDir}seller-questions.js`)) {
  const isLocale = (name) => /^[a-z]{2}(-[A-Za-z]+)?\.js$/.test(name);
  const read = (path) => readFileSync(`${cdnDir}${path}`);
  // Static imports: `import"./x.js"`, `import{a as b}from"./x.js"` and `export{a}from"./x.js"`
  // (not `import("./x.js")`).
  const staticImports = (text) =>
    [
      ...text.matchAll(/\b(?:import|export)\s*(?:[\w$*{][^"'()]*?from\s*)?["']\.\/([^"']+)["']/g),
    ].map((match) => match[1]);
  const firstLoadOf = (file) => {
    const files = [];
    const visit = (path) => {
      if (files.includes(path)) return;
      files.push(path);
      const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
      for (const imported of staticImports(read(path).toString())) visit(`${dir}${imported}`);
    };
    visit(file);
    return files;
  };
  // The elements seller-questions.js defines at once: it imports their files.
  const definedAtOnce = firstLoadOf('seller-questions.js');
  const firstLoads = [
    { file: 'seller-questions.js', label: 'seller-questions.js (all three)', budget: CDN_BUDGET },
    ...CDN_ELEMENTS.filter((name) => existsSync(`${cdnDir}${name}.js`)).map((name) => {
      // No larger than the element's first load from a bundler (measured above) and the
      // allowance for sharing files with the other elements.
      const bundled = rows.find((row) => row.entry === name)?.withElement.brotli;
      const atOnce = definedAtOnce.includes(`${name}.js`);
      const allowance = atOnce ? CDN_SHARING_ALLOWANCE : CDN_ON_DEMAND_ALLOWANCE;
      return {
        file: `${name}.js`,
        label: `${name}.js${atOnce ? '' : '°'}`,
        budget: bundled === undefined ? undefined : bundled + allowance,
      };
    }),
  ].map((load) => {
    const files = firstLoadOf(load.file);
    const stream = sizes([Buffer.concat(files.map(read))]);
    const fetched = sizes(files.map(read));
    const over = load.budget !== undefined && stream.brotli > load.budget;
    failed ||= over;
    return { ...load, files, stream, fetched, over };
  });
  const loaded = new Set(firstLoads.flatMap((load) => load.files));
  const chunkNames = readdirSync(`${cdnDir}chunks`).filter((name) => name.endsWith('.js'));
  const later = chunkNames.filter((name) => !loaded.has(`chunks/${name}`));
  const chunks = later.filter((name) => !isLocale(name));
  const localeChunks = later.filter(isLocale);
  const loads = (names) => sizes(names.map((name) => read(`chunks/${name}`)));
  const api = existsSync(`${cdnDir}seller-questions-api.js`)
    ? sizes([read('seller-questions-api.js')])
    : null;
  cdn = {
    main: firstLoads[0].stream,
    files: firstLoads[0].files,
    firstLoads: firstLoads.map(({ file, files, stream, fetched, budget, over }) => ({
      file,
      files,
      stream,
      fetched,
      budget,
      over,
    })),
    onDemand: loads(chunks),
    locales: loads(localeChunks),
    api,
  };
  console.log(
    '\nCDN bundle (dist/cdn, as built): first loads, each file with the files it imports (preloaded)',
  );
  for (const load of firstLoads) {
    const n = load.files.length;
    const budget =
      load.budget === undefined
        ? ''
        : `   ${format(load.budget)}  ${load.over ? `OVER: brotli over by ${format(load.stream.brotli - load.budget)}` : 'ok'}`;
    console.log(`${line(`  ${load.label}, ${n} file${n === 1 ? '' : 's'}`, load.stream)}${budget}`);
    if (n > 1) console.log(line(`    as fetched (${n} files compressed each)`, load.fetched));
  }
  if (firstLoads.some((load) => load.label.endsWith('°'))) {
    console.log(
      `  ° loaded on demand by seller-questions.js; its budget allows ${format(CDN_ON_DEMAND_ALLOWANCE)} for the core it shares`,
    );
  }
  console.log(line(`  + on demand (${chunks.length} chunks)`, cdn.onDemand));
  console.log(line(`  + locales (${localeChunks.length}, one fetched)`, cdn.locales));
  if (api) console.log(line('  + seller-questions-api.js', api));
  if (existsSync(`${cdnDir}seller-questions-start.js`)) {
    const start = read('seller-questions-start.js');
    const startSizes = sizes([start]);
    const imports = staticImports(start.toString());
    const over = startSizes.brotli > CDN_START_BUDGET || imports.length > 0;
    failed ||= over;
    cdn.start = startSizes;
    console.log(
      `${line('  + seller-questions-start.js (head start)', startSizes)}   ${format(CDN_START_BUDGET)}  ${
        imports.length > 0
          ? `OVER: it imports ${imports.join(', ')}`
          : over
            ? `OVER: brotli over by ${format(startSizes.brotli - CDN_START_BUDGET)}`
            : 'ok'
      }`,
    );
  }
} else {
  console.log('\nCDN bundle: dist/cdn/seller-questions.js not built yet (npm run build).');
}

const bare = await build({
  stdin: {
    contents:
      "import { LitElement, html } from 'lit'; customElements.define('x-bare', class extends LitElement { render() { return html`<p>hi</p>`; } });",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  legalComments: 'none',
  conditions: ['production'],
  logLevel: 'silent',
});
const baseline = sizes([bare.outputFiles[0].contents]);
console.log(`\n${line('(a bare lit element, for scale)', baseline)}`);

const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0)
  writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ rows, cdn, baseline }, null, 2));
if (failed) {
  console.error('\nOver budget.');
  process.exit(1);
}
