#!/usr/bin/env node
// Takes screenshots of demo pages in headless Chromium (the machine's, or CHROME_PATH), waiting
// for a selector, so a person can look at what the page shows.
// Usage: node scripts/screenshot.mjs <url> <out.png> [--wait <css selector>] [--width 1280]
//        [--height 900] [--full] [--dark] [--forced-colors] [--eval <js run before the shot>]
//        [--click <selector>]... [--type <selector>=<text>]... (in the order given; locators
//        pierce open shadow roots)
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const [url, out] = args;
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
if (!url || !out) {
  console.error('Usage: node scripts/screenshot.mjs <url> <out.png> [--wait <selector>]');
  process.exit(2);
}
const executablePath = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
].find((path) => path && existsSync(path));
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
try {
  const page = await browser.newPage({
    viewport: { width: Number(option('width', 1280)), height: Number(option('height', 900)) },
    colorScheme: args.includes('--dark') ? 'dark' : 'light',
    // As in Windows' contrast themes: the system's colours in place of the page's.
    forcedColors: args.includes('--forced-colors') ? 'active' : 'none',
  });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('console:', message.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  const wait = option('wait');
  if (wait) await page.locator(wait).first().waitFor({ timeout: 15000 });
  for (let index = 0; index < args.length; index++) {
    if (args[index] === '--click') {
      await page
        .locator(args[index + 1])
        .first()
        .click();
      await page.waitForTimeout(Number(option('step', 600)));
    } else if (args[index] === '--type') {
      // The first `=` outside square brackets: `input[type=search]=tracking`.
      const [, selector, text] = /^((?:[^=[]|\[[^\]]*\])*)=(.*)$/s.exec(args[index + 1]) ?? [];
      if (selector === undefined) throw new Error(`--type ${args[index + 1]}: no "=" to split at`);
      await page.locator(selector).first().fill(text);
    }
  }
  const script = option('eval');
  if (script) await page.evaluate(script);
  await page.waitForTimeout(Number(option('settle', 400)));
  await page.screenshot({ path: out, fullPage: args.includes('--full') });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
}
