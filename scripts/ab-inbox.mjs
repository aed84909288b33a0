#!/usr/bin/env node
// A/B comparison of the inbox's first paint between builds of the benchmark page, measured by
// tachometer (the benchmark runner Lit uses): it loads the builds' pages in turn, a fresh tab for
// each sample, in one headless Chromium on one backend, so that the machine's drift over minutes
// affects each the same, and reports each difference with its 95 % confidence interval.
// Chromium is driven through chromedriver; the one that comes with the machine's Chromium
// (Debian: `apt-get install chromium-driver`) is used (tools/system-chromedriver).
//
// Usage:
//   node scripts/ab-inbox.mjs build NAME [--no-compile-hints]
//       builds demo/bench from the working tree into node_modules/.cache/ab-inbox/NAME
//       (change the code, build again under another name)
//   node scripts/ab-inbox.mjs run RUNS NAME... [--navigation]
//       RUNS samples of each build: the first paint of the inbox made in a loaded, idle page
//       (as bench:inbox measures it); --navigation: from navigation instead, the inbox made as
//       the page loads. Prints each build's mean and each difference (later build minus
//       earlier), with 95 % confidence intervals.
// Times to filter the 10,000 questions are not compared here: loading them all takes longer
// than tachometer waits for a sample (10 s); `npm run bench:inbox` measures them.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildBenchPage, bundleMocks, chromePath, root } from './harness.mjs';

const [command, ...rest] = process.argv.slice(2);
const flags = new Set(rest.filter((arg) => arg.startsWith('--')));
const [first, ...others] = rest.filter((arg) => !arg.startsWith('--'));
const dir = join(root, 'node_modules/.cache/ab-inbox');

/** The chromedriver on PATH that tachometer's selenium-webdriver will start, or undefined. */
async function chromedriver() {
  return (await import('chromedriver')).path;
}

/** Runs tachometer with `config`; resolves with its JSON results. */
async function tachometer(config) {
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, 'tachometer.json');
  const jsonFile = join(dir, 'results.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const bin = join(root, 'node_modules/tachometer/bin/tach.js');
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--config', configFile, '--json-file', jsonFile], {
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`tachometer exited with ${code}`);
  return JSON.parse(readFileSync(jsonFile, 'utf8'));
}

const number = (value) => value.toFixed(1);
const signed = (value) => (value > 0 ? '+' : value < 0 ? '−' : '±') + Math.abs(value).toFixed(1);
const interval = (low, high, format, unit = '') =>
  `[${format(low)}${unit}, ${format(high)}${unit}]`;

/** Each build's mean and each difference, with 95 % confidence intervals, from tachometer's JSON. */
function report(results, names, label) {
  console.log(`\n${label}, 95 % confidence intervals (tachometer):`);
  for (const benchmark of results) {
    const { low, high } = benchmark.mean;
    console.log(
      `${benchmark.name.padEnd(16)} mean ${number((low + high) / 2).padStart(6)} ms  ` +
        `${interval(low, high, number)}  (${benchmark.samples.length} samples)`,
    );
  }
  for (let later = 1; later < results.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) {
      const difference = results[later].differences[earlier];
      if (!difference) continue;
      const { absolute, percentChange } = difference;
      const decided =
        absolute.low > 0 ? 'slower' : absolute.high < 0 ? 'faster' : 'no difference shown';
      console.log(
        `${names[later]} − ${names[earlier]}: ${signed((absolute.low + absolute.high) / 2)} ms ` +
          `${interval(absolute.low, absolute.high, signed, ' ms')}  ` +
          `${interval(percentChange.low, percentChange.high, signed, ' %')}  ${decided}`,
      );
    }
  }
}

if (command === 'build' && first) {
  await buildBenchPage({ outDir: join(dir, first), hints: !flags.has('--no-compile-hints') });
  console.log(`Built ${join(dir, first)}`);
} else if (command === 'run' && Number.isInteger(Number(first)) && Number(first) > 1) {
  const runs = Number(first);
  const names = others;
  if (names.length < 2) {
    console.error('Name at least two builds to compare (made with `build NAME`).');
    process.exit(1);
  }
  const missing = names.filter((name) => !existsSync(join(dir, name, 'index.html')));
  if (missing.length > 0) {
    console.error(`Not built: ${missing.join(', ')} (build them with \`build NAME\` first).`);
    process.exit(1);
  }
  if (!(await chromedriver())) {
    console.error(
      'No chromedriver on PATH: tachometer drives Chromium through the chromedriver of the same ' +
        'version (Debian: apt-get install chromium-driver).',
    );
    process.exit(1);
  }
  const worker = new Worker(join(root, 'scripts/bench-backend.mjs'), {
    workerData: {
      mocksUrl: pathToFileURL(await bundleMocks()).href,
      pageDir: dir,
      questions: 10_000,
    },
  });
  try {
    const { origin } = await new Promise((resolve) => worker.once('message', resolve));
    const navigation = flags.has('--navigation');
    const label = navigation ? 'From navigation (ms)' : 'First paint (ms)';
    const { benchmarks } = await tachometer({
      $schema: 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json',
      sampleSize: runs,
      // A fixed number of samples: no automatic sampling beyond them.
      timeout: 0,
      benchmarks: names.map((name) => ({
        name,
        url: `${origin}/${name}/index.html${navigation ? '?inbox' : '?ab'}`,
        measurement: [
          {
            mode: 'expression',
            expression: navigation ? 'window.bench?.fromNavigation' : 'window.bench?.abFirstPaint',
          },
        ],
        browser: {
          name: 'chrome',
          headless: true,
          binary: chromePath(),
          addArguments: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
          ],
          windowSize: { width: 1440, height: 1000 },
        },
      })),
    });
    report(benchmarks, names, label);
  } finally {
    worker.postMessage('close');
  }
} else {
  console.error(
    'Usage: ab-inbox.mjs build NAME [--no-compile-hints] | run RUNS NAME... [--navigation]\n' +
      '(RUNS: 2 or more samples of each build; at least two builds)',
  );
  process.exit(1);
}
