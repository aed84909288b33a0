#!/usr/bin/env node
// Cumulative Layout Shift of a demo page as a phone shows it: the page served by Vite's dev
// server (the mock backend in the page, as `npm run start:mock`), opened in headless Chromium
// at 412 × 915 CSS px, layout shifts collected by a PerformanceObserver ('layout-shift', without
// those right after input) until the page has been still for 3 s. CLS is the largest session
// window (shifts less than 1 s apart, at most 5 s long), as web-vitals counts it. Prints each
// run's figure, the median and the elements that moved most. Not part of `npm test`.
//
// Usage: node scripts/measure-cls.mjs [--page merchant.html] [--runs 3] [--width 412]
import { createServer } from 'vite';
import { launch, median, root } from './harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const PAGE = option('page', 'merchant.html');
const RUNS = Number(option('runs', 3));
const WIDTH = Number(option('width', 412));

const server = await createServer({
  configFile: `${root}vite.config.ts`,
  server: { host: '127.0.0.1', port: 0 },
  logLevel: 'error',
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await launch();
const figures = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({
      viewport: { width: WIDTH, height: 915 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts = [];
      globalThis.__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          shifts.push({
            value: entry.value,
            time: entry.startTime,
            sources: (entry.sources ?? []).map((source) => {
              const node = source.node;
              const host = node?.getRootNode?.().host;
              const name = (element) =>
                element
                  ? `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`
                  : '?';
              const moved = `${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
              return `${host ? `${name(host)} › ${name(node)}` : name(node)} (y ${moved}, h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)})`;
            }),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`http://127.0.0.1:${port}/${PAGE}`, { waitUntil: 'load' });
    // Still for 3 s (no shift), or 15 s at most.
    const started = Date.now();
    let seen = -1;
    let stillSince = Date.now();
    while (Date.now() - started < 15_000) {
      await page.waitForTimeout(250);
      const count = await page.evaluate(() => globalThis.__shifts.length);
      if (count !== seen) {
        seen = count;
        stillSince = Date.now();
      } else if (Date.now() - stillSince >= 3000) break;
    }
    const shifts = await page.evaluate(() => globalThis.__shifts);
    let best = 0;
    let current = 0;
    let windowStart = -Infinity;
    let last = -Infinity;
    for (const shift of shifts) {
      if (shift.time - last >= 1000 || shift.time - windowStart >= 5000) {
        current = 0;
        windowStart = shift.time;
      }
      current += shift.value;
      last = shift.time;
      best = Math.max(best, current);
    }
    figures.push(best);
    const movers = shifts
      .sort((a, b) => b.value - a.value)
      .slice(0, 4)
      .map(
        (shift) =>
          `${shift.value.toFixed(3)} at ${Math.round(shift.time)} ms: ${shift.sources.join(', ')}`,
      );
    console.log(`run ${run + 1}: CLS ${best.toFixed(3)} (${shifts.length} shifts)`);
    for (const mover of movers) console.log(`  ${mover}`);
    await context.close();
  }
  console.log(`${PAGE} at ${WIDTH} px: CLS median ${median(figures).toFixed(3)} over ${RUNS} runs`);
} finally {
  await browser.close();
  await server.close();
}
