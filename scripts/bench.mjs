#!/usr/bin/env node
// Speed report: loads each element from the production CDN bundle in headless Chromium, on the
// mock backend's seed data (the backend runs in Node, behind a local HTTP server),
// next to a bare lit element measured in the same run. Prints medians over several runs:
// - first render: from inserting the element to the frame that shows its content (the buyer
//   widgets' form, the inbox's first rows), including its requests to the backend;
// - JS heap used after a garbage collection, and DOM nodes (shadow roots included);
// - navigation → usable: a page with the element in its HTML and the SDK's script tag (the
//   element's own CDN file with its shared files preloaded; <ask-seller> also from
//   seller-questions.js; and each element as a bundler builds its page, four ways), loaded
//   with an empty cache on localhost and on an emulated mobile network (150 ms round trip,
//   1.6 Mbit/s), beside a bare lit element that fetches one JSON document; with the waves of
//   requests the page waited for one after the other (scripts/navigation.mjs), and the
//   waterfall of each page's median run on the mobile profile.
// Each run is a fresh page, so every run pays for parsing the bundle and the first Intl use.
// With `--protocols http1,http2`, the navigation pages are loaded over HTTP/1.1 (at most 6
// connections to the host: more files than that queue) and over HTTP/2 with TLS (one connection,
// every file at once), as storefronts serve them; each ratio is to the bare element on the same
// protocol.
// With `--trace`, each navigation page is loaded once more on the last profile, recorded as a
// Chrome trace with a CPU profile, and the bench prints what the main thread did from the page's
// last response before it was usable to the moment it was (the render after the data): each
// task with its kinds of work, and the functions with the most time of their own. With
// `--trace-from start` it prints the same from the document's request instead, with the page's
// requests (sent, done) between the tasks: where the main thread held a request back, or a
// response waited for the main thread.
// Usage: npm run bench [-- --runs 7] [--nav-runs 5] [--only navigation|insertion]
//   [--profiles localhost,mobile] [--protocols http1,http2] [--waterfalls all|none] [--trace]
//   [--trace-from data|start]
//   [--pages /nav/ask-seller.html,/bundled/] (the navigation pages whose URL has one of these,
//   beside the bare element; the bundled pages: /bundled/ as a bundler builds them from the
//   package, /bundled-preload/ with its Vite plugin, /bundled-start/ with the plugin and the head
//   start, /bundled-inline/ with the head start inline in the page, /bundled-ungrouped/ that
//   with the plugin's `groupChunks: false`: tools/vite-plugin.mjs)
//   [--compare DIR] (each element's CDN page also from the CDN bundle in DIR, e.g. a copy of
//   node_modules/.cache/seller-questions/cdn from another commit, the two loaded alternately in
//   each run: an A/B on the same machine at the same time; printed with each page's runs and the
//   mean of the differences within runs, ± its standard error)
//   [--code-floor] (the floors that Intl and each element's code set: the bare element with one
//   Intl number, also on each element's CDN page with the element's files run first and the
//   element not on the page; and what two more requests cost: the bare element's JSON asked for
//   from the page's head, alone and beside two more)
// For the inbox with 10,000 questions: npm run bench:inbox.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import {
  buildCdnBundle,
  buildPackage,
  cacheDir,
  launch,
  loadMocks,
  meanAndError,
  median,
  quiet,
  storefrontProject,
} from './harness.mjs';
import { sellerQuestions } from '../tools/vite-plugin.mjs';
import { startServer } from './http-server.mjs';
import { navigate, pageHtml, PROFILES, waterfall, wavesAfterScript } from './navigation.mjs';
import {
  lastResponseBeforeUsable,
  mainThreadTasks,
  requestMoments,
  topFunctions,
} from './trace-report.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const RUNS = Number(option('runs', 7));
const NAV_RUNS = Number(option('nav-runs', 5));
const ONLY = option('only', null);
const NAV_PROFILES = option('profiles', 'localhost,mobile').split(',');
const WATERFALLS = option('waterfalls', 'mobile');
const PROTOCOLS = option('protocols', 'http1').split(',');
const TRACE = args.includes('--trace');
const TRACE_FROM = option('trace-from', 'data');
if (!['data', 'start'].includes(TRACE_FROM)) {
  throw new Error(`--trace-from: data or start, not ${TRACE_FROM}`);
}
const PAGES = option('pages', null)?.split(',');
const COMPARE = option('compare', null);
const CODE_FLOOR = args.includes('--code-floor');
/**
 * The bundled pages' builds: from the package as is, with its Vite plugin, with the plugin and
 * the head start (its file, or inline), and inline without the plugin's chunk groups.
 */
const BUNDLED = [
  { dir: 'bundled', label: 'bundled', plugin: false, start: false },
  { dir: 'bundled-preload', label: 'bundled, preload', plugin: true, start: false },
  { dir: 'bundled-start', label: 'bundled, head start', plugin: true, start: true },
  {
    dir: 'bundled-inline',
    label: 'bundled, head start inline',
    plugin: true,
    start: true,
    inline: true,
  },
  {
    dir: 'bundled-ungrouped',
    label: 'bundled, inline, not grouped',
    plugin: true,
    start: true,
    inline: true,
    ungrouped: true,
  },
];
for (const name of PROTOCOLS) {
  if (!['http1', 'http2'].includes(name)) throw new Error(`Unknown protocol ${name}: http1, http2`);
}
for (const name of NAV_PROFILES) {
  if (!(name in PROFILES)) throw new Error(`Unknown profile ${name}: ${Object.keys(PROFILES)}`);
}

/** Bundles a bare lit element's source (lit included, minified, production build) into `outfile`. */
async function buildBare(contents, outfile) {
  await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    conditions: ['production'],
    outfile,
    logLevel: 'warning',
  });
}

console.log('Building the production CDN bundle and a bare lit element…');
const cdn = await buildCdnBundle();
const bareFile = join(cacheDir, 'bare.js');
await buildBare(
  `import { LitElement, html, css } from 'lit';
      customElements.define('bare-element', class extends LitElement {
        static styles = css\`:host { display: block; padding: 1rem; border: 1px solid #ccc; }\`;
        render() { return html\`<h2>Ask the seller</h2><p>A bare lit element, for scale.</p><textarea></textarea><button>Send</button>\`; }
      });`,
  bareFile,
);

/** A request to the mock's API with the buyer's token (the page's script). */
const benchFetch = (path) =>
  `fetch('${path}', { headers: { Authorization: 'Bearer buyer:b-anna' } })`;
/** The same, read to its end. */
const benchRead = (path) => `${benchFetch(path)}.then((response) => response.json())`;
/** The bare element's one request: a product, with the token. */
const BARE_FETCH = benchFetch('/api/v1/products/p-02');
// The floor for a page that shows data: a bare lit element that fetches one JSON document (a
// product, with the token) and then shows its form.
const bareFetchFile = join(cacheDir, 'bare-fetch.js');
await buildBare(
  `import { LitElement, html, css } from 'lit';
      customElements.define('bare-fetch', class extends LitElement {
        static properties = { product: { state: true } };
        static styles = css\`:host { display: block; padding: 1rem; border: 1px solid #ccc; }\`;
        connectedCallback() {
          super.connectedCallback();
          // The code-floor pages (--code-floor) ask for it in the page's head.
          (globalThis.benchData ?? ${BARE_FETCH})
            .then((response) => response.json())
            .then((product) => { this.product = product; });
        }
        render() {
          return this.product
            ? html\`<h2>Ask the seller</h2><p>About: \${this.product.name}</p>\${globalThis.benchIntl ? html\`<p>Answers within \${new Intl.NumberFormat(document.documentElement.lang).format(48)} hours</p>\` : ''}<textarea></textarea><button>Send</button>\`
            : html\`<p>Loading…</p>\`;
        }
      });`,
  bareFetchFile,
);

// The page: measures one element, from insertion to the painted frame showing its content.
const pageFile = join(cacheDir, 'bench.html');
writeFileSync(
  pageFile,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>
<script type="module">
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const deep = (root, selector) => {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) { const inner = deep(element.shadowRoot, selector); if (inner) return inner; }
  }
  return null;
};
const countNodes = (root) => {
  let count = 0;
  const walk = (node) => { count++; if (node.shadowRoot) walk(node.shadowRoot); for (const child of node.childNodes) walk(child); };
  walk(root);
  return count;
};
window.bench = {
  async run({ module, tag, attributes, ready, token }) {
    const sdk = await import(module);
    if (token) sdk.configure({ apiBase: '/api/v1', getToken: () => token });
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const start = performance.now();
    document.body.append(element);
    await new Promise((resolve, reject) => {
      const deadline = performance.now() + 15000;
      const poll = () => {
        if (deep(document, ready)) return resolve();
        if (performance.now() > deadline) return reject(new Error('not rendered: ' + ready));
        requestAnimationFrame(poll);
      };
      poll();
    });
    await frame();
    const firstRender = performance.now() - start;
    // Time with at least one backend request in flight (the union of their intervals).
    const spans = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/api/') && entry.startTime >= start)
      .map((entry) => [entry.startTime, entry.responseEnd])
      .sort((a, b) => a[0] - b[0]);
    let backend = 0, until = 0;
    for (const [from, to] of spans) {
      if (to <= until) continue;
      backend += to - Math.max(from, until);
      until = to;
    }
    return { firstRender, backend, requests: spans.length, nodes: countNodes(document.body) };
  },
};
</script></body></html>`,
);

const cases = [
  {
    name: 'bare lit element',
    module: '/bare.js',
    tag: 'bare-element',
    attributes: {},
    ready: 'textarea',
  },
  {
    name: '<ask-seller>',
    module: '/cdn/seller-questions.js',
    tag: 'ask-seller',
    attributes: { 'product-id': 'p-02', 'shop-id': 's-1' },
    ready: 'sq-composer',
    token: 'buyer:b-anna',
  },
  {
    name: '<order-help>',
    module: '/cdn/seller-questions.js',
    tag: 'order-help',
    attributes: { 'order-id': 'o-1001' },
    ready: 'input[type=radio]',
    token: 'buyer:b-anna',
  },
  {
    name: '<seller-question-inbox>',
    module: '/cdn/seller-questions.js',
    tag: 'seller-question-inbox',
    attributes: {},
    ready: '[role=option]',
    token: 'seller:seller-1',
  },
];

// Navigation pages: the element in the HTML, the SDK's script tag, the page's configure(). With
// the CDN bundle as docs/frameworks.md says: the element's own file (ask-seller.js…) with
// modulepreload links for the shared files it imports, configure() from seller-questions-core.js;
// <ask-seller> once more with seller-questions.js (all three elements) and its script tag alone;
// and as a bundler builds a page that imports the element (Vite: the page's module with
// modulepreload links for the chunks it imports).
const elements = cases.filter((entry) => entry.module === '/cdn/seller-questions.js');
const markup = (entry) =>
  `<${entry.tag} ${Object.entries(entry.attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ')}></${entry.tag}>`;
/** The files a CDN file imports statically, recursively (the ones a page preloads). */
const cdnImports = (file, into = new Set(), dir = cdn) => {
  const text = readFileSync(join(dir, file), 'utf8');
  for (const [, imported] of text.matchAll(
    /\b(?:import|export)\s*(?:[\w$*{][^"'()]*?from\s*)?["']\.\/([^"']+)["']/g,
  )) {
    if (into.has(imported)) continue;
    into.add(imported);
    cdnImports(imported, into, dir);
  }
  return into;
};
const configureScript = (
  module,
  token,
  async = false,
) => `<script type="module"${async ? ' async' : ''}>
import { configure } from '${module}';
configure({ apiBase: '/api/v1', getToken: () => '${token}' });
</script>`;
/**
 * A CDN page's configure(), as docs/frameworks.md says: from seller-questions-start.js
 * (preloaded first), in a script of its own marked async, so that it runs (and the head start asks for the element's
 * data) as soon as that small file is here; a build without that file (--compare with an older
 * one): from seller-questions-core.js.
 */
const cdnConfigureScript = (dir, prefix, token) =>
  existsSync(join(dir, 'seller-questions-start.js'))
    ? `<link rel="modulepreload" href="${prefix}seller-questions-start.js">
${configureScript(`${prefix}seller-questions-start.js`, token, true)}`
    : configureScript(`${prefix}seller-questions-core.js`, token);
/**
 * An element's CDN page head, as docs/frameworks.md says: configure() first (from
 * seller-questions-start.js, its file asked for before the rest), the preload links of the
 * shared files the element's file imports, then the element's file; from the CDN build in `dir`.
 */
const cdnHead = (
  entry,
  dir = cdn,
  prefix = '/cdn/',
) => `${cdnConfigureScript(dir, prefix, entry.token)}
${[...cdnImports(`${entry.tag}.js`, new Set(), dir)]
  .map((file) => `<link rel="modulepreload" href="${prefix}${file}">`)
  .join('\n')}
<script type="module" src="${prefix}${entry.tag}.js"></script>`;
const allNavCases = [
  {
    name: 'bare lit element + 1 JSON',
    url: '/nav/bare-fetch.html',
    file: 'bare-fetch',
    ready: 'textarea',
    head: '<script type="module" src="/bare-fetch.js"></script>',
    body: '<bare-fetch></bare-fetch>',
  },
  ...elements.map((entry) => ({
    name: entry.name,
    url: `/nav/${entry.tag}.html`,
    file: entry.tag,
    ready: entry.ready,
    head: cdnHead(entry),
    body: markup(entry),
  })),
  ...(COMPARE ? elements : []).map((entry) => ({
    name: `${entry.name}, compared`,
    url: `/nav/${entry.tag}-compared.html`,
    file: `${entry.tag}-compared`,
    ready: entry.ready,
    head: cdnHead(entry, COMPARE, '/cdn-b/'),
    body: markup(entry),
  })),
  ...elements.slice(0, 1).map((entry) => ({
    name: `${entry.name}, seller-questions.js`,
    url: `/nav/${entry.tag}-all.html`,
    file: `${entry.tag}-all`,
    ready: entry.ready,
    head: `<script type="module" src="${entry.module}"></script>
${configureScript(entry.module, entry.token)}`,
    body: markup(entry),
  })),
  // The floor that Intl sets (--code-floor): the bare element showing one number formatted with
  // Intl, whose first formatter in a page loads the engine's locale data (the elements format
  // hours, dates and counts).
  ...(CODE_FLOOR
    ? [
        {
          name: 'bare + 1 JSON + one Intl number',
          url: '/nav/bare-intl.html',
          file: 'bare-intl',
          ready: 'textarea',
          head: '<script>globalThis.benchIntl = true;</script><script type="module" src="/bare-fetch.js"></script>',
          body: '<bare-fetch></bare-fetch>',
        },
        // What a request costs beside another: the bare element's JSON asked for in the page's
        // head, alone or with two more (config and viewer, as the buyer elements' first view
        // asks for them beside its product or order), all at once.
        {
          name: 'bare + 1 JSON from the head',
          url: '/nav/bare-head-one.html',
          file: 'bare-head-one',
          ready: 'textarea',
          head: `<script>globalThis.benchData = ${BARE_FETCH};</script><script type="module" src="/bare-fetch.js"></script>`,
          body: '<bare-fetch></bare-fetch>',
        },
        {
          name: 'bare + 3 JSON from the head',
          url: '/nav/bare-head-three.html',
          file: 'bare-head-three',
          ready: 'textarea',
          head: `<script>globalThis.benchData = Promise.all([${benchRead('/api/v1/config')}, ${benchRead('/api/v1/me')}, ${BARE_FETCH}]).then((responses) => responses[2]);</script><script type="module" src="/bare-fetch.js"></script>`,
          body: '<bare-fetch></bare-fetch>',
        },
      ]
    : []),
  // The floor that an element's code and Intl set: the element's CDN page head before the bare
  // element's script, the element not on the page, the bare element with its Intl number. Its
  // JSON is asked for at once, but it renders after the element's files have arrived and run
  // (module scripts run in order), as the element itself does.
  ...(CODE_FLOOR ? elements : []).map((entry) => ({
    name: `bare + Intl after ${entry.tag.replace('seller-question-', '')}'s code`,
    url: `/nav/${entry.tag}-code-floor.html`,
    file: `${entry.tag}-code-floor`,
    ready: 'textarea',
    head: `<script>globalThis.benchIntl = true; globalThis.benchData = ${BARE_FETCH};</script>
${cdnHead(entry)}
<script type="module" src="/bare-fetch.js"></script>`,
    body: '<bare-fetch></bare-fetch>',
  })),
  // Each element as a bundler builds its page from the package (`npm run build`'s dist/): as
  // is, with the package's Vite plugin preloading the first view's code, and with the plugin
  // and the head start (a start module as its own file, or inline: tools/vite-plugin.mjs).
  ...BUNDLED.flatMap((variant) =>
    elements.map((entry) => ({
      name: `${entry.name}, ${variant.label}`,
      url: `/${variant.dir}/${entry.tag}.html`,
      bundled: entry,
    })),
  ),
];
const navCases = allNavCases.filter(
  (entry, index) =>
    index === 0 ||
    entry.file === 'bare-intl' ||
    !PAGES ||
    PAGES.some((part) => entry.url.includes(part)),
);
/** The navigation tables' first column. */
const NAME_WIDTH = Math.max(34, ...navCases.map((entry) => entry.name.length + 2));
const navDir = join(cacheDir, 'nav');
mkdirSync(navDir, { recursive: true });
for (const entry of navCases) {
  if (!entry.bundled) writeFileSync(join(navDir, `${entry.file}.html`), pageHtml(entry));
}

// The bundled pages: one HTML entry per element, each importing the element's module from the
// package (built into the cache as a project installs it), built for production by Vite: one
// build per variant, each with the three pages, as a storefront builds its pages.
const packageDir = await buildPackage();
for (const variant of BUNDLED) {
  const source = storefrontProject(join(cacheDir, `${variant.dir}-src`), packageDir);
  const settings = (entry) => `{ apiBase: '/api/v1', getToken: () => '${entry.token}' }`;
  for (const entry of elements) {
    writeFileSync(
      join(source, `${entry.tag}.js`),
      variant.start
        ? `import 'seller-questions/${entry.tag}.js';\n`
        : `import { configure } from 'seller-questions';
import 'seller-questions/${entry.tag}.js';
configure(${settings(entry)});
`,
    );
  }
  // The start module: one for the build's pages, each page's token its own (by its file name).
  writeFileSync(
    join(source, 'start.js'),
    `import { configure } from 'seller-questions/start.js';
const tokens = ${JSON.stringify(Object.fromEntries(elements.map((entry) => [entry.tag, entry.token])))};
const page = location.pathname.split('/').pop().replace(/\\.html$/, '');
configure({ apiBase: '/api/v1', getToken: () => tokens[page] });
`,
  );
  for (const entry of elements) {
    writeFileSync(
      join(source, `${entry.tag}.html`),
      pageHtml({
        ready: entry.ready,
        head: `<script type="module" src="./${entry.tag}.js"></script>`,
        body: markup(entry),
      }),
    );
  }
  await viteBuild({
    configFile: false,
    root: source,
    base: `/${variant.dir}/`,
    mode: 'production',
    logLevel: 'warn',
    plugins: variant.plugin
      ? [
          sellerQuestions({
            dist: join(packageDir, 'dist'),
            ...(variant.start ? { start: './start.js' } : {}),
            ...(variant.inline ? { inlineStart: true } : {}),
            ...(variant.ungrouped ? { groupChunks: false } : {}),
          }),
        ]
      : [],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
    build: {
      outDir: join(cacheDir, variant.dir),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: Object.fromEntries(
          elements.map((entry) => [entry.tag, join(source, `${entry.tag}.html`)]),
        ),
      },
    },
  });
}

const mocks = await loadMocks();
/** The file that the bench's server sends for a path. */
const files = (pathname) =>
  pathname === '/'
    ? pageFile
    : pathname === '/bare.js'
      ? bareFile
      : pathname === '/bare-fetch.js'
        ? bareFetchFile
        : BUNDLED.some((variant) => pathname.startsWith(`/${variant.dir}/`))
          ? join(cacheDir, pathname.slice(1))
          : pathname.startsWith('/nav/')
            ? join(navDir, pathname.slice(5))
            : pathname.startsWith('/cdn/')
              ? join(cdn, pathname.slice(5))
              : COMPARE && pathname.startsWith('/cdn-b/')
                ? join(COMPARE, pathname.slice(7))
                : null;
// Each page gets a freshly seeded backend, behind one local HTTP server (or two: HTTP/1.1 and 2).
let backend;
const serve = (http2) =>
  startServer({
    backend: () => backend,
    compress: true,
    http2,
    files,
  });
const server = await serve(false);
// The same pages over HTTP/2, when asked for.
const servers = { http1: server, http2: PROTOCOLS.includes('http2') ? await serve(true) : null };
const browser = await launch(servers.http2 ? ['--ignore-certificate-errors'] : []);
const pad = (text, width) => String(text).padEnd(width);
const right = (text, width) => String(text).padStart(width);

async function insertion() {
  const results = new Map(
    cases.map((entry) => [
      entry.name,
      { firstRender: [], backend: [], requests: [], heap: [], nodes: [] },
    ]),
  );
  for (let run = 1; run <= RUNS; run++) {
    process.stdout.write(`Run ${run} of ${RUNS}… `);
    for (const entry of cases) {
      backend = mocks.createMockBackend({ baseUrl: `${server.origin}/api/v1` });
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (error) => console.error(`\n${entry.name}: ${error.message}`));
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => 'bench' in window);
      // On a quiet machine: the page before torn down, this one loaded (see harness.mjs).
      await quiet();
      const measured = await page.evaluate((options) => window.bench.run(options), entry);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await page.evaluate(() => performance.memory.usedJSHeapSize / 1_048_576);
      const result = results.get(entry.name);
      result.firstRender.push(measured.firstRender);
      result.nodes.push(measured.nodes);
      result.backend.push(measured.backend);
      result.requests.push(measured.requests);
      result.heap.push(heap);
      await page.close();
    }
    console.log('done');
  }

  console.log(
    `\nMedians of ${RUNS} runs, headless Chromium, load average ${loadavg()[0].toFixed(2)}:\n`,
  );
  console.log(
    `${pad('', 26)}${right('first render', 14)}${right('of it backend', 15)}${right('requests', 10)}${right('JS heap', 11)}${right('DOM nodes', 11)}`,
  );
  for (const [name, result] of results) {
    console.log(
      `${pad(name, 26)}${right(`${median(result.firstRender).toFixed(1)} ms`, 14)}${right(`${median(result.backend).toFixed(1)} ms`, 15)}${right(median(result.requests), 10)}${right(`${median(result.heap).toFixed(1)} MB`, 11)}${right(median(result.nodes), 11)}`,
    );
  }
  console.log(
    '\nFirst render runs from inserting the element to the painted frame with its content. It',
  );
  console.log('includes the requests to the mock backend (in Node, behind a local HTTP server):');
  console.log(
    '"of it backend" is the time with at least one request in flight. The bare element makes none.',
  );
  console.log(
    "JS heap is the whole page's after a garbage collection; DOM nodes include shadow roots.\n",
  );
}

async function navigation() {
  /** Each network profile on each protocol, named by both (HTTP/1.1: by the profile alone). */
  const settings = PROTOCOLS.flatMap((protocol) =>
    NAV_PROFILES.map((profile) => ({
      key: protocol === 'http2' ? `${profile} over HTTP/2` : profile,
      profile,
      origin: servers[protocol].origin,
    })),
  );
  /** results[setting][case] = [{ usable, requests, waves }] */
  const results = Object.fromEntries(
    settings.map(({ key }) => [key, Object.fromEntries(navCases.map((entry) => [entry.name, []]))]),
  );
  for (let run = 1; run <= NAV_RUNS; run++) {
    process.stdout.write(`Navigation run ${run} of ${NAV_RUNS}… `);
    for (const { key, profile, origin } of settings) {
      for (const entry of navCases) {
        backend = mocks.createMockBackend({ baseUrl: `${origin}/api/v1` });
        await quiet({ timeout: 1500 });
        const measured = await navigate(browser, `${origin}${entry.url}`, PROFILES[profile], {
          again: profile === 'mobile',
        });
        for (const error of measured.errors) console.error(`\n${entry.name}: ${error}`);
        results[key][entry.name].push(measured);
      }
    }
    console.log('done');
  }

  const floor = (key) => median(results[key][navCases[0].name].map((run) => run.usable));
  console.log(
    `\nNavigation → usable, medians of ${NAV_RUNS} runs (fresh context, empty cache), load average ${loadavg()[0].toFixed(2)}:`,
  );
  console.log(
    'waves: requests that waited for an earlier response, one after the other; "after script" counts',
  );
  console.log(
    "those of code and data after the page's script tag that ended before usable, pictures left out (the bare",
  );
  console.log(
    "element's floor: 1, its JSON). Files are served brotli-compressed, as from a CDN, and the API's JSON over",
  );
  console.log(
    '1 kB brotli-compressed (quality 3) as the reference server sends it (server/src/compress.ts).\n',
  );
  for (const { key, profile } of settings) {
    const conditions = PROFILES[profile];
    console.log(
      conditions
        ? `${key} (${conditions.latency} ms round trip, ${((conditions.downloadThroughput * 8) / 1e6).toFixed(1)} Mbit/s):`
        : `${key}:`,
    );
    console.log(
      `${pad('', NAME_WIDTH)}${right('usable', 10)}${right('× bare', 8)}${right('after data', 12)}${right('waves after script', 20)}${right('requests', 10)}${right('API', 5)}${right('kB', 7)}`,
    );
    for (const entry of navCases) {
      const runs = results[key][entry.name];
      const usable = median(runs.map((run) => run.usable));
      const afterData = median(runs.map((run) => run.usable - lastEndBefore(run)));
      const after = median(runs.map((run) => wavesAfterScript(run)));
      const all = median(runs.map((run) => wavesAfterScript(run, Infinity)));
      console.log(
        `${pad(entry.name, NAME_WIDTH)}${right(`${usable.toFixed(0)} ms`, 10)}${right((usable / floor(key)).toFixed(2), 8)}${right(`${afterData.toFixed(0)} ms`, 12)}${right(`${after}${all !== after ? ` (${all} all)` : ''}`, 20)}${right(median(runs.map((run) => run.requests.length)), 10)}${right(median(runs.map((run) => run.requests.filter((request) => request.path.startsWith('/api/')).length)), 5)}${right(median(runs.map((run) => run.requests.reduce((sum, request) => sum + request.bytes, 0) / 1000)).toFixed(1), 7)}`,
      );
      if (COMPARE) {
        const each = runs.map((run) => run.usable.toFixed(0)).join(' ');
        console.log(`${pad('', NAME_WIDTH)}runs: ${each}`);
      }
    }
    if (COMPARE) {
      // Each run loads both builds' pages one after the other: the difference within a run
      // leaves out what moved the machine between runs (the medians' spread is as large as
      // the effects sought).
      console.log(
        `A/B, run by run: this build's usable minus the compared build's, mean ± standard error (n runs):`,
      );
      for (const entry of navCases) {
        const other = results[key][`${entry.name}, compared`];
        if (!other) continue;
        const differences = results[key][entry.name].map(
          (run, index) => run.usable - other[index].usable,
        );
        const { mean, error, n } = meanAndError(differences);
        console.log(
          `${pad(entry.name, NAME_WIDTH)}${right(`${mean >= 0 ? '+' : ''}${mean.toFixed(1)} ± ${error.toFixed(1)} ms`, 20)}   median difference ${median(differences).toFixed(0)} ms (${n} runs)`,
        );
      }
    }
    console.log('');
  }
  if (results.mobile) {
    console.log('mobile, a second page view (the same browser, its HTTP cache kept):');
    console.log(
      `${pad('', NAME_WIDTH)}${right('usable', 10)}${right('× bare', 8)}${right('API requests', 14)}${right('from cache', 12)}${right('/config sent', 14)}`,
    );
    const api = (view) => view.requests.filter((request) => request.path.startsWith('/api/'));
    const bare = median(results.mobile[navCases[0].name].map((run) => run.second.usable));
    for (const entry of navCases) {
      const views = results.mobile[entry.name].map((run) => run.second);
      const usable = median(views.map((view) => view.usable));
      const cached = views.map((view) => api(view).filter((request) => request.fromCache).length);
      const config = views.map(
        (view) =>
          api(view).filter((request) => request.path === '/api/v1/config' && !request.fromCache)
            .length,
      );
      console.log(
        `${pad(entry.name, NAME_WIDTH)}${right(`${usable.toFixed(0)} ms`, 10)}${right((usable / bare).toFixed(2), 8)}${right(median(views.map((view) => api(view).length)), 14)}${right(median(cached), 12)}${right(median(config), 14)}`,
      );
    }
    console.log('');
  }
  for (const { key, profile } of settings) {
    if (WATERFALLS !== 'all' && WATERFALLS !== profile) continue;
    for (const entry of navCases) {
      const runs = [...results[key][entry.name]].sort((a, b) => a.usable - b.usable);
      const run = runs[(runs.length - 1) >> 1];
      console.log(
        `${entry.name}, ${key}, the median run (usable at ${run.usable.toFixed(0)} ms); wave, start–end ms, request ← initiator:`,
      );
      for (const line of waterfall(run.requests, run.usable)) console.log(line);
      console.log('');
    }
  }
  if (TRACE) await renderAfterData(settings.at(-1));
  console.log(
    'Usable: from navigation to the painted frame showing the form (the inbox: its first rows).',
  );
  console.log(
    'After data: from the last response before usable (code or data, pictures left out) to usable.',
  );
  console.log(
    'Times of requests are from the start of the document request; "(n all)": waves counting the',
  );
  console.log('requests after the element was usable (history, on-demand chunks).');
}

/** When the last response before usable ended (pictures left out), ms. */
function lastEndBefore(run) {
  return Math.max(
    ...run.requests
      .filter((request) => request.end <= run.usable && request.type !== 'Image')
      .map((request) => request.end),
  );
}

/** Each navigation page once more, traced: the main thread from its last response to usable. */
async function renderAfterData({ key, profile, origin }) {
  const ms = (us) => (us / 1000).toFixed(1).padStart(6);
  for (const entry of navCases) {
    backend = mocks.createMockBackend({ baseUrl: `${origin}/api/v1` });
    await quiet({ timeout: 1500 });
    const run = await navigate(browser, `${origin}${entry.url}`, PROFILES[profile], {
      trace: true,
    });
    // For DevTools' Performance panel: the trace, and its CPU profile alone (the whole
    // navigation).
    const saved = join(cacheDir, `nav-${entry.url.replaceAll('/', '_').slice(1)}`);
    writeFileSync(`${saved}.trace.json`, JSON.stringify(run.trace));
    writeFileSync(`${saved}.cpuprofile`, JSON.stringify(run.profile));
    const { usable, last } = lastResponseBeforeUsable(run.trace);
    const to = usable;
    // The document's request on the trace's clock: the first send.
    const documentStart = Math.min(
      ...(run.trace.traceEvents ?? run.trace)
        .filter((event) => event.name === 'ResourceSendRequest')
        .map((event) => event.ts),
    );
    const fromStart = TRACE_FROM === 'start';
    const from = fromStart ? documentStart : last.end;
    console.log(
      `${entry.name}, ${key}, traced: last response ${new URL(last.url).pathname} at ${((last.end - documentStart) / 1000).toFixed(0)} ms, usable at ${((to - documentStart) / 1000).toFixed(0)} ms (${((to - last.end) / 1000).toFixed(0)} ms after); main thread tasks ${fromStart ? 'from the document request, with the requests' : 'in between'} (start ms, duration, self time by kind):`,
    );
    const { tasks, total } = mainThreadTasks(run.trace, from, to);
    const lines = tasks
      .filter((task) => task.dur >= 300)
      .map((task) => ({
        at: task.start,
        text: `${ms(task.dur)}  ${task.parts.map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`).join(', ')}`,
      }));
    // From the start, the requests too, between the tasks (a task's line is where it began).
    if (fromStart) {
      lines.push(
        ...requestMoments(run.trace).filter((moment) => moment.at >= from && moment.at <= to),
      );
      lines.sort((a, b) => a.at - b.at);
    }
    for (const line of lines) console.log(`  ${ms(line.at - documentStart)} ${line.text}`);
    console.log(
      `  total: ${total
        .filter(([, us]) => us >= 1000)
        .map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`)
        .join(', ')}`,
    );
    console.log('  functions, self ms:');
    const source = (url) => {
      const file = files(new URL(url).pathname);
      return file && existsSync(file) ? readFileSync(file, 'utf8') : null;
    };
    for (const [name, us] of topFunctions(run.profile, from, to, { source })) {
      console.log(`  ${ms(us)}  ${name}`);
    }
    console.log('');
  }
}

try {
  if (ONLY !== 'navigation') await insertion();
  if (ONLY !== 'insertion') await navigation();
} finally {
  await browser.close();
  await server.close();
  await servers.http2?.close();
}
