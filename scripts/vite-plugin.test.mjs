// `npm run test:scripts`: the package's Vite plugin (tools/vite-plugin.mjs) in a storefront's
// build. The package is built as a project installs it (scripts/harness.mjs, buildPackage());
// a small project with a page per element imports the elements from it, as documented
// (docs/frameworks.md), and is built with Vite:
//  - each page loads with its first load the chunks its element's first view loads on demand
//    (the issue picker, the inbox's header, the schemas), a page without an element is left as
//    it was, and a build without the plugin does not;
//  - the elements' first loads are grouped as the CDN's files are (the element's chunk and
//    shared chunks): fewer files per page than without, no page loads another element's module,
//    no module is in two chunks, and a page whose own code imports lit and `configure` without
//    an element loads none of the elements' chunks; the build's own groups and `manualChunks`
//    are kept; a server's build is not grouped; the rule (tools/chunk-rule.mjs) case by case;
//  - with `start`, the start module is a file of its own that imports nothing, first in the
//    page and `async`; the page's own code does not carry the start file; with `inlineStart`,
//    its code is the page's first module script, and the build prints the hash a CSP needs;
//  - in Chromium against the mock backend, a page built either way shows `<order-help>` with
//    its issue picker, sends each read of its first view once (the element took the early
//    answers) and asks once for the picker's code; `<ask-seller>` shows its form with the
//    product's published answers; the inbox its first rows;
//  - a relative base gives relative URLs; `vite` (serve) loads the start module on a page;
//  - bad options are refused with errors that say what to fix.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, createServer } from 'vite';
import { buildPackage, cacheDir, launch, loadMocks, storefrontProject } from './harness.mjs';
import { startServer } from './http-server.mjs';
import { elementFile } from '../tools/chunk-rule.mjs';
import { sellerQuestions } from '../tools/vite-plugin.mjs';

const work = join(cacheDir, 'vite-plugin-test');
const project = join(work, 'storefront');
let dist;
let manifest;

const PAGES = {
  'ask-seller': '<ask-seller product-id="p-02"></ask-seller>',
  'order-help': '<order-help order-id="o-1001"></order-help>',
  'seller-question-inbox': '<seller-question-inbox></seller-question-inbox>',
};

before(async () => {
  rmSync(work, { recursive: true, force: true });
  const packageDir = await buildPackage(join(work, 'package'));
  dist = join(packageDir, 'dist');
  manifest = JSON.parse(readFileSync(join(dist, 'first-view.json'), 'utf8'));
  storefrontProject(project, packageDir);
  for (const [tag, markup] of Object.entries(PAGES)) {
    writeFileSync(join(project, `${tag}.js`), `import 'seller-questions/${tag}.js';\n`);
    writeFileSync(
      join(project, `${tag}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${tag}</title><script type="module" src="./${tag}.js"></script></head><body>${markup}</body></html>\n`,
    );
  }
  writeFileSync(
    join(project, 'plain.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title><script type="module" src="./plain.js"></script></head><body>No element here.</body></html>\n',
  );
  writeFileSync(join(project, 'plain.js'), 'document.body.dataset.ran = "yes";\n');
  // Pages whose code reaches an element otherwise (LATER): on demand, as a router's page loads
  // it, and its class registered under the page's own tag.
  writeFileSync(
    join(project, 'lazy.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>lazy</title><script type="module" src="./lazy.js"></script></head><body><ask-seller product-id="p-02"></ask-seller></body></html>\n',
  );
  writeFileSync(join(project, 'lazy.js'), "void import('seller-questions/ask-seller.js');\n");
  writeFileSync(
    join(project, 'custom.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>custom</title><script type="module" src="./custom.js"></script></head><body><shop-order-help order-id="o-1001"></shop-order-help></body></html>\n',
  );
  writeFileSync(
    join(project, 'custom.js'),
    "import { OrderHelp } from 'seller-questions/classes/order-help.js';\ncustomElements.define('shop-order-help', class extends OrderHelp {});\n",
  );
  writeFileSync(
    join(project, 'start.js'),
    "import { configure } from 'seller-questions/start.js';\nconst token = location.pathname.includes('inbox') ? 'seller:seller-1' : 'buyer:b-anna';\nconfigure({ apiBase: '/api/v1', getToken: async () => token });\n",
  );
});
after(() => rmSync(work, { recursive: true, force: true }));

/** The pages whose code reaches an element otherwise than by importing it in its first load. */
const LATER = ['lazy', 'custom'];

/**
 * Builds the project's pages (`pages`: the element pages and `plain` unless given) into `out`
 * with `plugins`; returns the pages' HTML and the chunks.
 */
async function buildProject(
  out,
  plugins,
  base = '/shop/',
  logger = undefined,
  outputOptions = {},
  pages = [...Object.keys(PAGES), 'plain'],
) {
  const result = await build({
    configFile: false,
    root: project,
    base,
    logLevel: 'silent',
    ...(logger ? { customLogger: quietLogger(logger) } : {}),
    plugins,
    build: {
      outDir: join(work, out),
      emptyOutDir: true,
      rolldownOptions: {
        output: outputOptions,
        input: Object.fromEntries(pages.map((page) => [page, join(project, `${page}.html`)])),
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunks = output.filter((file) => file.type === 'chunk');
  const html = Object.fromEntries(
    pages.map((page) => [page, readFileSync(join(work, out, `${page}.html`), 'utf8')]),
  );
  return { html, chunks };
}

/** Vite's logger, silent, with `info` (and `warn`, if given) heard by `hear`. */
const quietLogger = (hear) => ({
  info: hear.info,
  warn: hear.warn ?? (() => {}),
  warnOnce() {},
  error() {},
  clearScreen() {},
  hasErrorLogged: () => false,
  hasWarned: false,
});

const preloads = (html) =>
  [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(
    (match) => match[1],
  );
/**
 * A page's first load: the files of its module scripts and of its modulepreload links (Vite
 * writes a script for each chunk of an entry whose own chunk would be empty).
 */
const firstLoad = (html) => [
  ...[...html.matchAll(/<script type="module" crossorigin src="([^"]+)">/g)].map(
    (match) => match[1],
  ),
  ...preloads(html),
];
/** The chunk (of `chunks`) whose file a page's URL names (base /shop/). */
const chunkAt = (chunks, url) => chunks.find((chunk) => `/shop/${chunk.fileName}` === url);
/** The chunks (file names) that hold a first view's code, by its name in first-view.json. */
const holders = (chunks, code) =>
  chunks
    .filter((chunk) => chunk.moduleIds.some((id) => id === join(dist, manifest.code[code])))
    .map((chunk) => chunk.fileName);

describe('seller-questions/vite', () => {
  it("loads each element's on-demand first-view code with the page, and leaves a page without an element alone", async () => {
    const without = await buildProject('plain', []);
    for (const groupChunks of [true, false]) {
      const withPlugin = await buildProject('preload', [sellerQuestions({ dist, groupChunks })]);
      for (const [tag, codes] of Object.entries({
        'order-help': ['response-schemas', 'issue-picker'],
        'seller-question-inbox': ['response-schemas', 'inbox-header'],
      })) {
        assert.deepEqual(manifest.elements[tag], codes);
        for (const code of codes) {
          const files = holders(withPlugin.chunks, code);
          assert.ok(files.length > 0, `a chunk holds ${code}`);
          for (const file of files) {
            assert.ok(firstLoad(withPlugin.html[tag]).includes(`/shop/${file}`), `${tag}: ${file}`);
          }
          for (const file of holders(without.chunks, code)) {
            assert.ok(
              !firstLoad(without.html[tag]).includes(`/shop/${file}`),
              `no plugin: ${file}`,
            );
          }
        }
      }
      if (!groupChunks) {
        // <ask-seller>'s first view loads nothing on demand: the same links as Vite's own.
        assert.equal(
          preloads(withPlugin.html['ask-seller']).length,
          preloads(without.html['ask-seller']).length,
        );
      }
      assert.equal(
        withPlugin.html.plain.replace(/-[\w-]{8}\.js/g, '.js'),
        without.html.plain.replace(/-[\w-]{8}\.js/g, '.js'),
      );
      assert.doesNotMatch(withPlugin.html.plain, /seller-questions/);
    }
  });

  it("groups each element's first load in its own chunk and shared ones, as the CDN's files", async () => {
    const grouped = await buildProject('grouped', [sellerQuestions({ dist })]);
    const ungrouped = await buildProject('ungrouped', [
      sellerQuestions({ dist, groupChunks: false }),
    ]);
    const tags = Object.keys(PAGES);
    const definedBy = (chunk) =>
      tags.filter((tag) => chunk.moduleIds.includes(join(dist, `${tag}.js`)));
    // Every module in one chunk only.
    const seen = new Map();
    for (const chunk of grouped.chunks) {
      for (const id of chunk.moduleIds) {
        assert.equal(seen.get(id), undefined, `${id} in ${chunk.fileName} and ${seen.get(id)}`);
        seen.set(id, chunk.fileName);
      }
    }
    for (const tag of tags) {
      const files = firstLoad(grouped.html[tag]);
      const chunks = files.map((url) => chunkAt(grouped.chunks, url));
      assert.ok(chunks.every(Boolean), `${tag}: ${files.join(' ')}`);
      // The element's module in its own chunk, and no other element's module in the page.
      const own = chunks.filter((chunk) => definedBy(chunk).length > 0);
      assert.deepEqual(
        own.map((chunk) => [chunk.name, definedBy(chunk)]),
        [[`seller-questions-${tag}`, [tag]]],
      );
      // The package's code in 2 to 4 chunks (the element's, the core, shared ones), each one of
      // the plugin's.
      const withPackage = chunks.filter((chunk) =>
        chunk.moduleIds.some((id) => id.startsWith(`${dist}/`)),
      );
      assert.ok(
        withPackage.length >= 2 && withPackage.length <= 4,
        `${tag}: ${withPackage.map((chunk) => chunk.name)}`,
      );
      for (const chunk of withPackage)
        assert.match(chunk.name, /^seller-questions-(core|[a-z-]+)$/);
      // Fewer files than the bundler makes of it alone.
      assert.ok(
        files.length < firstLoad(ungrouped.html[tag]).length,
        `${tag}: ${files.length} files grouped, ${firstLoad(ungrouped.html[tag]).length} not`,
      );
    }
    // Nothing an element loads, first or on demand, brings another element's module.
    const byFile = new Map(grouped.chunks.map((chunk) => [chunk.fileName, chunk]));
    for (const tag of tags) {
      const start = grouped.chunks.find((chunk) => chunk.name === `seller-questions-${tag}`);
      const reached = new Set([start.fileName]);
      for (const file of reached) {
        const chunk = byFile.get(file);
        for (const next of [...chunk.imports, ...chunk.dynamicImports]) reached.add(next);
      }
      for (const file of reached) {
        for (const other of definedBy(byFile.get(file)))
          assert.equal(other, tag, `${tag}: ${file}`);
      }
    }
  });

  it("leaves the page's own lit and configure out of the elements' chunks", async () => {
    writeFileSync(
      join(project, 'plain.js'),
      "import { LitElement, html } from 'lit';\nimport { configure } from 'seller-questions';\nconfigure({ apiBase: '/api/v1' });\ncustomElements.define('x-plain', class extends LitElement { render() { return html`plain`; } });\n",
    );
    try {
      const { html, chunks } = await buildProject('page-lit', [sellerQuestions({ dist })]);
      const files = firstLoad(html.plain).map((url) => chunkAt(chunks, url));
      assert.ok(files.length > 0 && files.every(Boolean));
      const names = files.map((chunk) => chunk.name);
      // lit and the settings the page needs: in a chunk of their own, not the elements'.
      assert.ok(names.includes('seller-questions-page'), names.join(' '));
      for (const name of names) {
        assert.doesNotMatch(
          name,
          /^seller-questions-(core|ask-seller|order-help|seller-question-inbox)/,
        );
      }
      const lit = chunks.find((chunk) =>
        chunk.moduleIds.some((id) => /[/\\]lit-element[/\\]lit-element\.js$/.test(id)),
      );
      assert.equal(lit?.name, 'seller-questions-page');
    } finally {
      writeFileSync(join(project, 'plain.js'), 'document.body.dataset.ran = "yes";\n');
    }
  });

  it("puts a module in the core, an element's own file or its shared file (tools/chunk-rule.mjs)", () => {
    const first = 'ask-seller';
    // The first element's first load and another's: the core.
    assert.deepEqual(
      elementFile(['ask-seller', 'order-help'], ['ask-seller', 'order-help'], first),
      { file: 'core' },
    );
    // Only one element ever loads it: its own file.
    assert.deepEqual(elementFile(['order-help'], ['order-help'], first), {
      file: 'own',
      tag: 'order-help',
    });
    // One element first, another on demand: the first one's shared file, not its own (which
    // would define it on the other's page).
    assert.deepEqual(elementFile(['ask-seller'], ['ask-seller', 'order-help'], first), {
      file: 'shared',
      tag: 'ask-seller',
    });
    // Two elements first, neither the first element: the earlier one's shared file.
    assert.deepEqual(
      elementFile(
        ['order-help', 'seller-question-inbox'],
        ['order-help', 'seller-question-inbox'],
        first,
      ),
      { file: 'shared', tag: 'order-help' },
    );
    assert.throws(() => elementFile([], ['ask-seller'], first), /in no element's first load/);
  });

  it("groups nothing in a server's build (--ssr)", async () => {
    writeFileSync(
      join(project, 'server-entry.js'),
      "export { configure } from 'seller-questions';\nexport const element = () => import('seller-questions/order-help.js');\n",
    );
    const result = await build({
      configFile: false,
      root: project,
      logLevel: 'silent',
      plugins: [sellerQuestions({ dist })],
      // The package bundled into the server's build, as its elements would be.
      ssr: { noExternal: true },
      build: { ssr: 'server-entry.js', outDir: join(work, 'ssr'), emptyOutDir: true },
    });
    const chunks = (Array.isArray(result) ? result[0] : result).output.filter(
      (file) => file.type === 'chunk',
    );
    assert.ok(chunks.length > 1, 'the server build has its chunks');
    assert.deepEqual(
      chunks
        .filter((chunk) => chunk.name.startsWith('seller-questions-'))
        .map((chunk) => chunk.name),
      [],
    );
  });

  it('leaves the chunks to the bundler with `groupChunks: false`', async () => {
    const { chunks } = await buildProject('not-grouped', [
      sellerQuestions({ dist, groupChunks: false }),
    ]);
    assert.deepEqual(
      chunks.filter((chunk) =>
        /^seller-questions-(core|page|ask-seller|order-help|seller-question-inbox)/.test(
          chunk.name,
        ),
      ),
      [],
    );
  });

  it("keeps the build's own groups first, and its manualChunks", async () => {
    // A group of the build's own that takes lit: lit stays there.
    const own = await buildProject('own-groups', [sellerQuestions({ dist })], '/shop/', undefined, {
      codeSplitting: {
        groups: [
          {
            name: 'vendor-lit',
            test: /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/,
          },
        ],
      },
    });
    const lit = own.chunks.find((chunk) =>
      chunk.moduleIds.some((id) => /[/\\]lit-html[/\\]lit-html\.js$/.test(id)),
    );
    assert.equal(lit?.name, 'vendor-lit');
    assert.ok(own.chunks.some((chunk) => chunk.name === 'seller-questions-core'));
    // `manualChunks` of the build's own: kept, the elements' code not grouped, and said so.
    const warnings = [];
    const manual = await buildProject(
      'manual-chunks',
      [sellerQuestions({ dist })],
      '/shop/',
      { info() {}, warn: (message) => warnings.push(message) },
      {
        manualChunks: (id) =>
          /[\\/]node_modules[\\/]lit-html[\\/]/.test(id) ? 'vendor-lit' : undefined,
      },
    );
    assert.ok(manual.chunks.some((chunk) => chunk.name === 'vendor-lit'));
    assert.ok(!manual.chunks.some((chunk) => chunk.name.startsWith('seller-questions-core')));
    assert.equal(warnings.filter((message) => /`manualChunks`/.test(message)).length, 1);
  });
  it('loads the start module first, async, as a file of its own that imports nothing', async () => {
    const { html, chunks } = await buildProject('start', [
      sellerQuestions({ dist, start: './start.js' }),
    ]);
    const startChunk = chunks.find((chunk) => chunk.name === 'seller-questions-start');
    assert.ok(startChunk?.isEntry, 'the start module is an entry of its own');
    assert.deepEqual(startChunk.imports, []);
    assert.ok(startChunk.moduleIds.includes(join(dist, 'start.js')));
    assert.ok(startChunk.moduleIds.includes(join(project, 'start.js')));
    for (const tag of Object.keys(PAGES)) {
      const head = html[tag].slice(html[tag].indexOf('<head>'));
      const firstScript = /<script\b[^>]*>/.exec(head)?.[0];
      assert.equal(
        firstScript,
        `<script type="module" async crossorigin src="/shop/${startChunk.fileName}">`,
        tag,
      );
      // The page's own code does not carry the start file.
      const files = firstLoad(html[tag]).filter((url) => url !== `/shop/${startChunk.fileName}`);
      assert.ok(files.length > 0, tag);
      for (const url of files) {
        const chunk = chunkAt(chunks, url);
        assert.ok(chunk && !chunk.moduleIds.includes(join(dist, 'start.js')), `${tag}: ${url}`);
      }
    }
    assert.doesNotMatch(html.plain, /seller-questions-start/);
  });

  it('gives the start module to a page that loads an element on demand or registers its class', async () => {
    const { html, chunks } = await buildProject(
      'later',
      [sellerQuestions({ dist, start: './start.js' })],
      '/',
      undefined,
      {},
      [...Object.keys(PAGES), 'plain', ...LATER],
    );
    const startChunk = chunks.find((chunk) => chunk.name === 'seller-questions-start');
    for (const page of LATER) {
      const head = html[page].slice(html[page].indexOf('<head>'));
      assert.equal(
        /<script\b[^>]*>/.exec(head)?.[0],
        `<script type="module" async crossorigin src="/${startChunk.fileName}">`,
        page,
      );
    }
    // On demand stays on demand: the element's code is not in the lazy page's first load.
    const askSeller = join(dist, 'ask-seller.js');
    for (const url of firstLoad(html.lazy)) {
      assert.ok(
        !chunks.find((chunk) => `/${chunk.fileName}` === url)?.moduleIds.includes(askSeller),
      );
    }
    // A class in the first load is its element's: its first view's code is preloaded.
    for (const file of holders(chunks, 'issue-picker')) {
      assert.ok(firstLoad(html.custom).includes(`/${file}`), file);
    }
    assert.doesNotMatch(html.plain, /seller-questions-start/);

    // In Chromium: configured by the start module, both show their first view.
    const mocks = await loadMocks();
    let backend;
    const server = await startServer({
      backend: () => backend,
      files: (pathname) => join(work, 'later', pathname),
    });
    backend = mocks.createMockBackend({ baseUrl: `${server.origin}/api/v1` });
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${server.origin}/lazy.html`);
      await page.locator('ask-seller textarea').waitFor({ timeout: 15000 });
      await page.goto(`${server.origin}/custom.html`);
      await page.locator('shop-order-help input[type=radio]').first().waitFor({ timeout: 15000 });
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('puts the start module inline with `inlineStart`, and prints its hash for a CSP', async () => {
    const logged = [];
    const { html, chunks } = await buildProject(
      'inline',
      [sellerQuestions({ dist, start: './start.js', inlineStart: true })],
      '/shop/',
      { info: (message) => logged.push(message) },
    );
    // Its file is not written: its code is in the pages.
    assert.equal(
      chunks.find((chunk) => chunk.name === 'seller-questions-start'),
      undefined,
    );
    const head = html['order-help'].slice(html['order-help'].indexOf('<head>'));
    const script = /<script type="module" async>([\s\S]*?)<\/script>/.exec(head);
    assert.ok(
      script && head.indexOf(script[0]) < head.indexOf('<script type="module" crossorigin'),
    );
    // The start module's code and the package's start file: the head start, asking for data.
    assert.match(script[1], /\/config/);
    assert.match(script[1], /apiBase:\s*['"`]\/api\/v1['"`]/);
    assert.doesNotMatch(html['order-help'], /seller-questions-start/);
    const hash = createHash('sha256').update(script[1]).digest('base64');
    assert.deepEqual(
      logged.filter((message) => message.includes('seller-questions/vite')),
      [
        `seller-questions/vite: the start module is inline in the pages; a Content-Security-Policy needs 'sha256-${hash}' in script-src`,
      ],
    );
    assert.doesNotMatch(html.plain, /<script type="module" async>/);
  });

  for (const inlineStart of [false, true]) {
    it(`in Chromium${inlineStart ? ', inline' : ''}: the page sends its first reads once and asks once for the picker`, async () => {
      const { chunks } = await buildProject(
        'browser',
        [sellerQuestions({ dist, start: './start.js', inlineStart })],
        '/',
      );
      const picker = holders(chunks, 'issue-picker');
      const mocks = await loadMocks();
      let backend;
      const apiCalls = [];
      const server = await startServer({
        backend: () => backend,
        onApi: ({ path }) => apiCalls.push(path),
        files: (pathname) => join(work, 'browser', pathname),
      });
      backend = mocks.createMockBackend({ baseUrl: `${server.origin}/api/v1` });
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const errors = [];
        const pickerRequests = [];
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname.slice(1);
          if (picker.includes(path)) pickerRequests.push(path);
        });
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        // The start module is `async`: it runs once its file is here, and the element's own
        // code may be here and run first (then the element asks for its data itself, and the
        // head start leaves a defined element alone). That race is the browser's, and the
        // element's code loses it nearly always; here the page's other files wait until the
        // start file is in and has had 200 ms to run, so that the test checks the plugin's
        // wiring every time.
        const startFile = chunks.find((chunk) => chunk.name === 'seller-questions-start');
        if (!inlineStart) {
          const startIn = new Promise((resolve) => {
            page.on('requestfinished', (request) => {
              if (new URL(request.url()).pathname === `/${startFile.fileName}`) resolve();
            });
          });
          await page.route(
            (url) => url.pathname.endsWith('.js') && url.pathname !== `/${startFile.fileName}`,
            async (route) => {
              // (A page without the start file goes on after 5 s, and fails below.)
              await Promise.race([startIn, new Promise((resolve) => setTimeout(resolve, 5000))]);
              await new Promise((resolve) => setTimeout(resolve, 200));
              await route.continue();
            },
          );
        }
        await page.goto(`${server.origin}/order-help.html`);
        await page.locator('order-help input[type=radio]').first().waitFor({ timeout: 15000 });
        await page.unrouteAll({ behavior: 'wait' });
        assert.deepEqual(errors, []);
        assert.ok(
          await page.evaluate(() => Symbol.for('seller-questions.early') in globalThis),
          'the head start ran',
        );
        for (const path of ['/api/v1/config', '/api/v1/me', '/api/v1/orders/o-1001']) {
          assert.equal(apiCalls.filter((call) => call === path).length, 1, path);
        }
        assert.deepEqual(pickerRequests, picker);
        // <ask-seller> from the package, through the bundler: its form, with the product's
        // published answers (their element is defined by an on-demand chunk as it loads).
        await page.goto(`${server.origin}/ask-seller.html`);
        await page
          .locator('ask-seller [part~=public-answers]', { hasText: 'Answered questions' })
          .waitFor({ timeout: 15000 });
        await page.locator('ask-seller textarea').waitFor({ timeout: 15000 });
        // The inbox, its chunks grouped: its first rows.
        await page.goto(`${server.origin}/seller-question-inbox.html`);
        await page
          .locator('seller-question-inbox [role=option]')
          .first()
          .waitFor({ timeout: 15000 });
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
        await server.close();
      }
    });
  }

  it('gives relative URLs with a relative base', async () => {
    const { html, chunks } = await buildProject(
      'relative',
      [sellerQuestions({ dist, start: './start.js' })],
      './',
    );
    const startChunk = chunks.find((chunk) => chunk.name === 'seller-questions-start');
    assert.match(html['order-help'], new RegExp(`src="\\./${startChunk.fileName}"`));
    for (const href of preloads(html['order-help'])) assert.match(href, /^\.\/assets\//);
  });

  it('loads the start module in `vite` (serve)', async () => {
    const server = await createServer({
      configFile: false,
      root: project,
      logLevel: 'silent',
      server: { middlewareMode: true, hmr: false },
      plugins: [sellerQuestions({ dist, start: './start.js' })],
    });
    try {
      const html = await server.transformIndexHtml(
        '/order-help.html',
        readFileSync(join(project, 'order-help.html'), 'utf8'),
      );
      assert.match(html, /<script type="module" async crossorigin src="\/start\.js"><\/script>/);
    } finally {
      await server.close();
    }
  });

  it('refuses bad options with errors that say what to fix', async () => {
    assert.throws(() => sellerQuestions({ start: '' }), /`start` is the path of your module/);
    assert.throws(() => sellerQuestions({ start: 42 }), TypeError);
    assert.throws(() => sellerQuestions({ inlineStart: true }), /`inlineStart` needs `start`/);
    assert.throws(
      () => sellerQuestions({ start: './start.js', inlineStart: 'yes' }),
      /`inlineStart` is true or false/,
    );
    assert.throws(() => sellerQuestions({ groupChunks: 'no' }), /`groupChunks` is true or false/);
    // A start module that shares modules with the page cannot be inline (its imports are
    // relative to its file).
    writeFileSync(
      join(project, 'shared-start.js'),
      "import { configure } from 'seller-questions';\nconfigure({ apiBase: '/api/v1' });\n",
    );
    await assert.rejects(
      buildProject('shared', [
        sellerQuestions({ dist, start: './shared-start.js', inlineStart: true }),
      ]),
      /an inline start module imports nothing but seller-questions\/start\.js/,
    );
    await assert.rejects(
      buildProject('missing', [sellerQuestions({ dist, start: './nowhere.js' })]),
      /the start module .*nowhere\.js does not exist/,
    );
    await assert.rejects(
      buildProject('no-manifest', [sellerQuestions({ dist: join(work, 'storefront') })]),
      /first-view\.json is missing/,
    );
  });
});
