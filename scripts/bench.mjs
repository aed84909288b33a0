#!/usr/bin/env node
// Speed report: loads each element from the production CDN bundle in headless Chromium, on the
// mock backend's seed data (the backend runs in Node, behind a local HTTP server),
// next to a bare lit element measured in the same run. Prints medians over several runs:
// - first render: from inserting the element to the frame that shows its content (the buyer
//   widgets' form, the inbox's first rows), including its requests to the backend;
// - JS heap used after a garbage collection, and DOM nodes (shadow roots included).
// Each run is a fresh page, so every run pays for parsing the bundle and the first Intl use.
// Usage: npm run bench [-- --runs 7]. For the inbox with 10,000 questions: npm run bench:inbox.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildCdnBundle, cacheDir, launch, loadMocks, median, quiet } from './harness.mjs';
import { startServer } from './http-server.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;

console.log('Building the production CDN bundle and a bare lit element…');
const cdn = await buildCdnBundle();
const bareFile = join(cacheDir, 'bare.js');
await build({
  stdin: {
    contents: `import { LitElement, html, css } from 'lit';
      customElements.define('bare-element', class extends LitElement {
        static styles = css\`:host { display: block; padding: 1rem; border: 1px solid #ccc; }\`;
        render() { return html\`<h2>Ask the seller</h2><p>A bare lit element, for scale.</p><textarea></textarea><button>Send</button>\`; }
      });`,
    resolveDir: process.cwd(),
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  conditions: ['production'],
  outfile: bareFile,
  logLevel: 'warning',
});

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

const mocks = await loadMocks();
// Each page gets a freshly seeded backend, behind one local HTTP server.
let backend;
const server = await startServer({
  backend: () => backend,
  files: (pathname) =>
    pathname === '/'
      ? pageFile
      : pathname === '/bare.js'
        ? bareFile
        : pathname.startsWith('/cdn/')
          ? join(cdn, pathname.slice(5))
          : null,
});
const browser = await launch();
const results = new Map(
  cases.map((entry) => [
    entry.name,
    { firstRender: [], backend: [], requests: [], heap: [], nodes: [] },
  ]),
);
try {
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
} finally {
  await browser.close();
  await server.close();
}

const pad = (text, width) => String(text).padEnd(width);
const right = (text, width) => String(text).padStart(width);
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
  "JS heap is the whole page's after a garbage collection; DOM nodes include shadow roots.",
);
