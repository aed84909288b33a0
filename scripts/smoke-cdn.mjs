#!/usr/bin/env node
// CI check of the CDN bundle as a page without a build step uses it: examples/plain-html loads
// dist/cdn/seller-questions.js with one module script, the three elements render against the
// mock backend (<ask-seller> with the product's published answers), and a buyer's question sent
// through <ask-seller> is found in the inbox.
// Also checks that every file of the bundle starts with V8's compile hint
// (tools/compile-hints.mjs), that the source map still points at the right lines, that the
// first loads are the files a page preloads (seller-questions.js imports the three elements'
// files and all shared files, each element's file only its shared files), that a
// <seller-question-count> added later loads its code and shows the seller's count, and that
// seller-questions-api.js exports the whole API over the same module.
// Then the elements' own files (test/cdn/pages/): <ask-seller> alone loads its file and the
// core, nothing of the other elements, and so does <seller-question-count> alone (no
// configuration request); the three elements with the head start's configure() send each
// request of their first view once, and ask once for the on-demand code it preloads; two
// elements from two files, and an element's file beside seller-questions.js, share one
// configure() (one configuration request), one locale (setLocale switches both), one lit, and
// define each element once.
// Run after `npm run build`. Exits non-zero on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { COMPILE_HINT } from '../tools/compile-hints.mjs';
import { launch, loadMocks, root } from './harness.mjs';
import { publicElements } from './public-elements.mjs';
import { startServer } from './http-server.mjs';

/** The inbox's first page (src/components/seller-question-inbox/first-page.ts, read from there). */
const FIRST_PAGE_SIZE = Number(
  /FIRST_PAGE_SIZE = (\d+)/.exec(
    readFileSync(join(root, 'src/components/seller-question-inbox/first-page.ts'), 'utf8'),
  )?.[1],
);
if (!Number.isInteger(FIRST_PAGE_SIZE)) throw new Error('first-page.ts has no FIRST_PAGE_SIZE');

const bundle = join(root, 'dist/cdn/seller-questions.js');
if (!existsSync(bundle)) {
  console.error('dist/cdn/seller-questions.js is missing: run `npm run build` first.');
  process.exit(1);
}
const problems = [];

// The compile hint first in each file, and the entry's source map moved down with it: a text
// of the inbox's list is found at the line of src/.../list.ts that holds it.
const cdnDir = join(root, 'dist/cdn');
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
for (const file of files(cdnDir).filter((name) => name.endsWith('.js'))) {
  if (!readFileSync(file, 'utf8').startsWith(`${COMPILE_HINT}\n`))
    problems.push(`${relative(root, file)} does not start with the compile hint`);
}
// The first loads: the files a page preloads beside its script tag (docs/frameworks.md), no
// chunk with a hashed name (a page could not preload it: a second round trip after the file).
const staticImportsOf = (file) =>
  [
    ...readFileSync(join(cdnDir, file), 'utf8').matchAll(
      /\b(?:import|export)\s*(?:[\w$*{][^"'()]*?from\s*)?["']\.\/([^"']+)["']/g,
    ),
  ]
    .map((match) => match[1])
    .sort();
const CORE = 'seller-questions-core.js';
const expectedImports = {
  // (Every file it waits for, so that its script tag alone makes two round trips, not three.)
  'seller-questions.js': [
    'ask-seller.js',
    'order-help.js',
    'seller-question-inbox.js',
    'seller-questions-composer.js',
    'seller-questions-conversation.js',
    CORE,
    'seller-questions-live.js',
  ],
  'ask-seller.js': ['seller-questions-composer.js', CORE],
  'order-help.js': ['seller-questions-conversation.js', CORE],
  'seller-question-inbox.js': [
    'seller-questions-conversation.js',
    CORE,
    'seller-questions-live.js',
  ],
  'seller-questions-composer.js': [CORE],
  'seller-questions-conversation.js': [CORE],
  'seller-questions-live.js': [CORE],
  [CORE]: [],
  // The head start: configure() and the first reads, on their own (vite.config.ts).
  'seller-questions-start.js': [],
};
const ELEMENT_FILES = ['seller-questions.js', ...publicElements().map(({ tag }) => `${tag}.js`)];
// What a page fetches for an element's file: it and the files it imports (as expected above;
// as built for the other elements' files).
const firstLoad = (file) => [file, ...expectedImports[file].flatMap(firstLoad)];
const loadedWith = (file) => [file, ...staticImportsOf(file).flatMap(loadedWith)];
for (const [file, expected] of Object.entries(expectedImports)) {
  const imports = existsSync(join(cdnDir, file)) ? staticImportsOf(file) : null;
  if (JSON.stringify(imports) !== JSON.stringify(expected))
    problems.push(`dist/cdn/${file} imports ${JSON.stringify(imports)}, not ${expected}`);
}
// Every other public element has its file too (<seller-question-count>, and an element added
// later), which imports only the core and shared files (named, so a page can preload them).
const sharedFiles = readdirSync(cdnDir).filter(
  (file) => /^seller-questions-.+\.js$/.test(file) && file !== 'seller-questions-api.js',
);
for (const file of sharedFiles.filter((shared) => !(shared in expectedImports))) {
  const imports = staticImportsOf(file);
  if (imports.some((imported) => !sharedFiles.includes(imported)))
    problems.push(`dist/cdn/${file} imports ${JSON.stringify(imports)}: only shared files`);
}
for (const { tag } of publicElements()) {
  const file = `${tag}.js`;
  if (file in expectedImports) continue;
  if (!existsSync(join(cdnDir, file))) {
    problems.push(`dist/cdn/${file} is missing: every public element has its file`);
    continue;
  }
  const imports = staticImportsOf(file);
  if (!imports.includes(CORE) || imports.some((imported) => !sharedFiles.includes(imported)))
    problems.push(
      `dist/cdn/${file} imports ${JSON.stringify(imports)}: only the core and shared files`,
    );
}
// The inbox's texts are in its file.
const inboxFile = join(cdnDir, 'seller-question-inbox.js');
const rawMap = JSON.parse(readFileSync(`${inboxFile}.map`, 'utf8'));
const sourceMap = new SourceMap(rawMap);
const lines = readFileSync(inboxFile, 'utf8').split('\n');
for (const text of ['Loading questions…', 'No questions yet.']) {
  const line = lines.findIndex((candidate) => candidate.includes(text));
  const entry = line < 0 ? null : sourceMap.findEntry(line, lines[line].indexOf(text));
  const index = entry
    ? rawMap.sources.findIndex((source) =>
        entry.originalSource.endsWith(source.replace(/^(\.\.\/)+/, '')),
      )
    : -1;
  const original =
    index >= 0 ? rawMap.sourcesContent?.[index]?.split('\n')[entry.originalLine] : undefined;
  if (!original?.includes(text))
    problems.push(`the source map does not lead "${text}" back to its line (got: ${original})`);
}

const mocks = await loadMocks();
let backend;
const apiCalls = [];
const server = await startServer({
  backend: () => backend,
  onApi: ({ path }) => apiCalls.push(path),
  files: (pathname) =>
    pathname.startsWith('/dist/') || pathname.startsWith('/test/cdn/pages/')
      ? join(root, pathname)
      : join(root, 'examples/plain-html', pathname === '/' ? 'index.html' : pathname),
});
backend = mocks.createMockBackend({ baseUrl: `${server.origin}/api/v1` });
const browser = await launch();
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${server.origin}/`);
  await page.locator('ask-seller textarea').waitFor({ timeout: 15000 });
  // The product's published answers: their element comes in an on-demand file, defined as it
  // loads (a bundle that dropped it would show the form without them).
  await page
    .locator('ask-seller [part~=public-answers]', { hasText: 'Answered questions' })
    .waitFor({ timeout: 15000 });
  await page.locator('order-help input[type=radio]').first().waitFor({ timeout: 15000 });
  // The inbox is below the fold; its list renders the rows in view.
  await page.locator('seller-question-inbox').scrollIntoViewIfNeeded();
  await page.locator('seller-question-inbox [role=option]').first().waitFor({ timeout: 15000 });
  const before = backend.state.questions.length;
  await page.locator('ask-seller input[value=size]').check();
  await page.locator('ask-seller textarea').fill('Does M fit a 96 cm chest?');
  await page.locator('ask-seller [part~=submit]').click();
  await page.locator('ask-seller .confirmation').waitFor({ timeout: 15000 });
  if (backend.state.questions.length !== before + 1)
    problems.push('the question was not created once');
  // The seller finds it in the inbox by searching for its text.
  // (Sending scrolled the page up; the virtualized list renders the rows in view.)
  await page.locator('seller-question-inbox input[type=search]').fill('96 cm chest');
  await page.locator('seller-question-inbox').scrollIntoViewIfNeeded();
  await page
    .locator('seller-question-inbox [role=option]', { hasText: 'Does M fit a 96 cm chest?' })
    .waitFor({ timeout: 15000 });
  // The count badge, added after load (a route change): its code loads then, and it shows the
  // seller's count from the seller's client.
  const counted = await page.evaluate(async () => {
    const { createClient } = await import('/dist/cdn/seller-questions.js');
    const badge = document.createElement('seller-question-count');
    badge.client = createClient({ baseUrl: '/api/v1', getToken: async () => 'seller:seller-1' });
    document.body.append(badge);
    const defined = await Promise.race([
      customElements.whenDefined('seller-question-count').then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    if (!defined) return 'not defined within 10 s';
    for (let tries = 0; tries < 100; tries++) {
      const text = badge.shadowRoot?.querySelector('[part~=badge]')?.textContent?.trim();
      if (text && /^\d+$/.test(text)) return text;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return badge.shadowRoot?.innerHTML ?? 'no shadow root';
  });
  if (!/^\d+$/.test(counted)) problems.push(`<seller-question-count> shows no count: ${counted}`);
  // The whole API beside it, over the same modules (one set of settings, one client class).
  const api = await page.evaluate(async () => {
    const first = await import('/dist/cdn/seller-questions.js');
    const all = await import('/dist/cdn/seller-questions-api.js');
    return {
      same: all.configure === first.configure && all.createClient === first.createClient,
      functions: [
        'watchQuestionCount',
        'parseListState',
        'getPlatformQueue',
        'sellerActions',
      ].filter((name) => typeof all[name] !== 'function'),
      // (The first file also exports its chunks' imports under short mangled names.)
      missing: Object.keys(first).filter((name) => name.length > 2 && !(name in all)),
    };
  });
  if (!api.same)
    problems.push('seller-questions-api.js has its own copy of configure/createClient');
  if (api.functions.length) problems.push(`seller-questions-api.js lacks ${api.functions}`);
  if (api.missing.length) problems.push(`seller-questions-api.js lacks ${api.missing}`);
  const names = await page.evaluate(() =>
    ['ask-seller', 'order-help', 'seller-question-inbox', 'seller-question-count'].map((tag) =>
      Boolean(customElements.get(tag)),
    ),
  );
  if (names.includes(false)) problems.push(`elements not defined: ${JSON.stringify(names)}`);
  await page.close();
  // Imported alone, the API loads seller-questions.js first: the same elements are defined.
  const alone = await browser.newPage();
  await alone.goto(`${server.origin}/test/cdn/pages/api-alone.html`);
  const aloneNames = await alone.evaluate(
    async (tags) => {
      await import('/dist/cdn/seller-questions-api.js');
      return tags.filter((tag) => !customElements.get(tag));
    },
    publicElements().map(({ tag }) => tag),
  );
  if (aloneNames.length)
    problems.push(`seller-questions-api.js alone leaves undefined: ${aloneNames.join(', ')}`);
  await alone.close();
  await elementFiles();
} catch (error) {
  problems.push(String(error));
} finally {
  await browser.close();
  await server.close();
}
/**
 * The elements' own files, each page in a fresh context: which of the bundle's files it fetched,
 * its configuration requests, lit's copies and the warnings of a second definition; then
 * setLocale('de') from the core switches every element on the page.
 */
async function elementFiles() {
  const pages = [
    { file: 'ask-seller.html', tags: ['ask-seller'], files: firstLoad('ask-seller.js') },
    {
      file: 'two-files.html',
      tags: ['ask-seller', 'order-help'],
      files: [...firstLoad('ask-seller.js'), ...firstLoad('order-help.js')],
    },
    {
      file: 'with-all.html',
      tags: ['ask-seller', 'order-help'],
      files: firstLoad('seller-questions.js'),
    },
    // The head start (seller-questions-start.js, configure() in an async script): each request
    // of the element's first view sent once, the early one taken by the element.
    {
      file: 'ask-seller-start.html',
      tags: ['ask-seller'],
      files: [...firstLoad('ask-seller.js'), 'seller-questions-start.js'],
      once: ['/api/v1/config', '/api/v1/me', '/api/v1/products/p-02'],
    },
    {
      file: 'order-help-start.html',
      tags: ['order-help'],
      files: [...firstLoad('order-help.js'), 'seller-questions-start.js'],
      once: ['/api/v1/config', '/api/v1/me', '/api/v1/orders/o-1001'],
      preloads: ['issue-picker', 'response-schemas'],
    },
    {
      file: 'seller-question-inbox-start.html',
      tags: ['seller-question-inbox'],
      files: [...firstLoad('seller-question-inbox.js'), 'seller-questions-start.js'],
      once: [`/api/v1/questions?sort=due&limit=${FIRST_PAGE_SIZE}`],
      preloads: ['performance', 'response-schemas'],
    },
    // The count's own file (every element has one): the badge alone, no configuration request.
    {
      file: 'seller-question-count.html',
      tags: ['seller-question-count'],
      files: loadedWith('seller-question-count.js'),
      configRequests: 0,
    },
  ];
  const ready = {
    'ask-seller': 'ask-seller textarea',
    'order-help': 'order-help input[type=radio]',
    'seller-question-count': 'seller-question-count [part~=badge]',
    'seller-question-inbox': 'seller-question-inbox [role=option]',
  };
  for (const entry of pages) {
    const failed = (message) => problems.push(`test/cdn/pages/${entry.file}: ${message}`);
    backend = mocks.createMockBackend({ baseUrl: `${server.origin}/api/v1` });
    apiCalls.length = 0;
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched = new Set();
    const chunkRequests = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/^\/dist\/cdn\/[^/]+\.js$/.test(path)) fetched.add(path.slice('/dist/cdn/'.length));
      if (path.startsWith('/dist/cdn/chunks/')) chunkRequests.push(path.slice('/dist/cdn/'.length));
    });
    page.on('pageerror', (error) => failed(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || /already defined/.test(message.text()))
        failed(`console ${message.type()}: ${message.text()}`);
    });
    await page.goto(`${server.origin}/test/cdn/pages/${entry.file}`);
    for (const tag of entry.tags)
      await page.locator(ready[tag]).first().waitFor({ timeout: 15000 });
    // Its files, and no other element's: on demand, an element may load the shared files.
    const missing = [...new Set(entry.files)].filter((file) => !fetched.has(file));
    if (missing.length) failed(`did not fetch ${missing.join(', ')}`);
    const others = ELEMENT_FILES.filter((file) => fetched.has(file) && !entry.files.includes(file));
    if (others.length) failed(`fetched ${others.join(', ')}`);
    // The on-demand chunks the head start preloads: each asked for once, by its link. (Only when
    // the head start ran before the element was defined: configure-start.js, which the page does
    // not preload, may run after the element's file, and the element then asks for itself.)
    const headStarted = await page.evaluate(
      () => Symbol.for('seller-questions.early') in globalThis,
    );
    for (const name of entry.preloads ?? []) {
      const links = await page.evaluate(
        (prefix) =>
          [...document.querySelectorAll('link[rel=modulepreload]')].filter((link) =>
            new URL(link.href).pathname.startsWith(prefix),
          ).length,
        `/dist/cdn/chunks/${name}.js`,
      );
      const asked = chunkRequests.filter((path) => path === `chunks/${name}.js`).length;
      if (asked !== 1 || links !== (headStarted ? 1 : 0))
        failed(
          `chunk ${name}: ${links} preload links, asked for ${asked} times (head start ${headStarted ? 'ran' : 'did not run'})`,
        );
    }
    for (const path of entry.once ?? []) {
      const sent = apiCalls.filter((call) => call === path).length;
      if (sent !== 1) failed(`${path} sent ${sent} times, not once`);
    }
    const configRequests = apiCalls.filter((path) => path.startsWith('/api/v1/config')).length;
    const expectedConfig = entry.configRequests ?? 1;
    if (configRequests !== expectedConfig)
      failed(`${configRequests} configuration requests, not ${expectedConfig}`);
    const state = await page.evaluate(async (tags) => {
      const core = await import('/dist/cdn/seller-questions-core.js');
      const text = (tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '';
      const before = tags.map(text);
      await core.setLocale('de');
      // The elements render again with the new locale's messages.
      for (let tries = 0; tries < 100; tries++) {
        if (tags.every((tag, index) => text(tag) !== before[index])) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return {
        lits: globalThis.litHtmlVersions?.length ?? 0,
        locale: core.getLocale(),
        switched: tags.filter((tag, index) => text(tag) === before[index]),
        configured: core.currentSettings().apiBase,
        classes: tags.map((tag) => customElements.get(tag)?.name ?? null),
      };
    }, entry.tags);
    if (state.lits !== 1) failed(`lit loaded ${state.lits} times`);
    if (state.locale !== 'de') failed(`setLocale('de') left the locale at ${state.locale}`);
    if (state.switched.length) failed(`setLocale did not switch ${state.switched.join(', ')}`);
    if (state.configured !== '/api/v1') failed(`the core's settings: ${state.configured}`);
    if (state.classes.includes(null)) failed(`elements not defined: ${state.classes}`);
    await context.close();
  }
}

if (problems.length) {
  console.error(`CDN bundle smoke test failed:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  "CDN bundle smoke test passed: compile hints and source maps, first loads of preloadable files, three elements, a question sent and found in the inbox, the count badge on demand, the whole API in seller-questions-api.js, which alone defines the elements too; the elements' own files alone, two from two files and one beside seller-questions.js: one configuration request, one locale, one lit, one definition each.",
);
