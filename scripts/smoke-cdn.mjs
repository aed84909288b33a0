#!/usr/bin/env node
// CI check of the CDN bundle as a page without a build step uses it: examples/plain-html loads
// dist/cdn/seller-questions.js with one module script, the three elements render against the
// mock backend, and a buyer's question sent through <ask-seller> is found in the inbox.
// Run after `npm run build`. Exits non-zero on any failure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, loadMocks, root } from './harness.mjs';
import { startServer } from './http-server.mjs';

const bundle = join(root, 'dist/cdn/seller-questions.js');
if (!existsSync(bundle)) {
  console.error('dist/cdn/seller-questions.js is missing: run `npm run build` first.');
  process.exit(1);
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
const problems = [];
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
  const names = await page.evaluate(() =>
    ['ask-seller', 'order-help', 'seller-question-inbox'].map((tag) =>
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
  'CDN bundle smoke test passed: one script tag, three elements, a question sent and found in the inbox.',
);
