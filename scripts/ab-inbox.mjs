#!/usr/bin/env node
// A/B comparison of the inbox's first paint between builds of the benchmark page, with runs
// alternating between them on one backend and one browser, so that the machine's drift over
// minutes affects each the same. On this 2-vCPU machine the medians of two `bench:inbox`
// invocations of the same code differ by up to ~10 ms; alternating runs make a 10–15 ms change
// visible (an A/A comparison of two copies of one build: 154.4 and 153.8 ms, 16 runs each).
//
// Usage:
//   node scripts/ab-inbox.mjs build NAME [--no-compile-hints]
//       builds demo/bench from the working tree into node_modules/.cache/ab-inbox/NAME
//       (change the code, build again under another name)
//   node scripts/ab-inbox.mjs run RUNS NAME... [--navigation] [--filters]
//       first paint of the inbox made in a loaded, quiet page (as bench:inbox measures it);
//       --navigation: from navigation instead, the inbox made as the page loads;
//       --filters: also the median time to apply a filter, per run.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildBenchPage, bundleMocks, launch, median, quiet, root } from './harness.mjs';

const [command, ...rest] = process.argv.slice(2);
const flags = new Set(rest.filter((arg) => arg.startsWith('--')));
const [first, ...others] = rest.filter((arg) => !arg.startsWith('--'));
const dir = join(root, 'node_modules/.cache/ab-inbox');

if (command === 'build' && first) {
  await buildBenchPage({ outDir: join(dir, first), hints: !flags.has('--no-compile-hints') });
  console.log(`Built ${join(dir, first)}`);
} else if (command === 'run' && Number(first) > 0 && others.length > 0) {
  const runs = Number(first);
  const names = others;
  const worker = new Worker(join(root, 'scripts/bench-backend.mjs'), {
    workerData: {
      mocksUrl: pathToFileURL(await bundleMocks()).href,
      pageDir: dir,
      questions: 10_000,
    },
  });
  const { origin } = await new Promise((resolve) => worker.once('message', resolve));
  const browser = await launch();
  const paints = new Map(names.map((name) => [name, []]));
  const filters = new Map(names.map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const name of run % 2 ? [...names].reverse() : names) {
      await quiet();
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
      if (flags.has('--navigation')) {
        await page.goto(`${origin}/${name}/index.html?inbox`);
        const handle = await page.waitForFunction(() => window.bench?.fromNavigation);
        paints.get(name).push(await handle.jsonValue());
      } else {
        await page.goto(`${origin}/${name}/index.html`);
        await page.waitForFunction(() => 'bench' in window);
        await quiet();
        const result = await page.evaluate(() => window.bench.inbox('/api/v1', 'seller:seller-1'));
        paints.get(name).push(result.firstPaint);
      }
      if (flags.has('--filters')) {
        await page.evaluate((total) => window.bench.loaded(total), 10_000);
        await page.waitForTimeout(500);
        const times = [];
        for (const category of ['after_sale', 'order_service', 'pre_sale', '', 'after_sale', '']) {
          times.push((await page.evaluate((value) => window.bench.filter(value), category)).inDom);
        }
        filters.get(name).push(median(times));
      }
      await page.close();
    }
    process.stdout.write('.');
  }
  console.log(`\n${flags.has('--navigation') ? 'From navigation' : 'First paint'} (ms):`);
  for (const name of names) {
    const values = paints.get(name);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    console.log(
      `${name.padEnd(16)} median ${median(values).toFixed(1).padStart(6)}  mean ${mean.toFixed(1).padStart(6)}  ` +
        `runs: ${values.map((value) => value.toFixed(0)).join(' ')}`,
    );
    if (flags.has('--filters'))
      console.log(
        `${''.padEnd(16)} filter, median of the runs' medians ${median(filters.get(name)).toFixed(1)} ms`,
      );
  }
  await browser.close();
  worker.postMessage('close');
} else {
  console.error(
    'Usage: ab-inbox.mjs build NAME [--no-compile-hints] | run RUNS NAME... [--navigation] [--filters]',
  );
  process.exit(1);
}
