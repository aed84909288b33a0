#!/usr/bin/env node
// CI check of the CDN bundle as a page without a build step uses it: examples/plain-html loads
// dist/cdn/seller-questions.js with one module script, the three elements render against the
// mock backend, and a buyer's question sent through <ask-seller> is found in the inbox.
// Also checks that every file of the bundle starts with V8's compile hint
// (tools/compile-hints.mjs), that the source map still points at the right lines, that the
// first load is one file (seller-questions.js imports nothing statically), that a
// <seller-question-count> added later loads its code and shows the seller's count, and that
// seller-questions-api.js exports the whole API over the same module.
// Run after `npm run build`. Exits non-zero on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { COMPILE_HINT } from '../tools/compile-hints.mjs';
import { launch, loadMocks, root } from './harness.mjs';
import { startServer } from './http-server.mjs';

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
// One file to wait for: static imports would be a second round trip after it.
const staticImport = /\bimport\s*(?:[\w$*{][^"'()]*?from\s*)?["'][^"']+["']/;
if (staticImport.test(readFileSync(bundle, 'utf8')))
  problems.push('dist/cdn/seller-questions.js imports other files statically');
const rawMap = JSON.parse(readFileSync(`${bundle}.map`, 'utf8'));
const sourceMap = new SourceMap(rawMap);
const lines = readFileSync(bundle, 'utf8').split('\n');
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
const server = await startServer({
  backend: () => backend,
  files: (pathname) =>
    pathname.startsWith('/dist/')
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
} catch (error) {
  problems.push(String(error));
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(`CDN bundle smoke test failed:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  'CDN bundle smoke test passed: compile hints and source maps, one first file, three elements, a question sent and found in the inbox, the count badge on demand, the whole API in seller-questions-api.js.',
);
