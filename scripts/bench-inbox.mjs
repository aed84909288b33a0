#!/usr/bin/env node
// Benchmark of <seller-question-inbox> with 10,000 questions in headless Chromium, against a
// bare @lit-labs/virtualizer list of the same 10,000 questions' texts (already in memory, no
// countdowns, no Intl) measured in the same run. Prints medians over
// several runs: first paint of the list, applying a filter, a search keystroke, JS heap used,
// DOM nodes (shadow roots included) and the longest task. Not part of `npm test`.
//
// The page (demo/bench/) is built with Vite in production mode, as an integrator ships it. The
// mock backend runs in Node, in a worker thread of its own (msw handlers behind a local HTTP
// server that also serves the page), so the browser's main thread does only the inbox's work
// and the backend does not share a heap with this script, as with a real backend.
//
// Usage: npm run bench:inbox [-- --runs 5] [--questions 10000] [--profile] [--trace] [--frames]
//   [--no-compile-hints]
// The page's chunks start with V8's compile hint (scripts/compile-hints.mjs), as
// docs/performance.md advises; --no-compile-hints builds it without.
// --profile records CPU profiles of the inbox in the first run (node_modules/.cache/
// bench-inbox/inbox-*.cpuprofile, for Chrome DevTools) and prints where the time went.
// --trace records a timeline trace of the first run's start-up (inbox-start.trace.json, for
// DevTools' Performance panel) and prints every task over 10 ms on the page's main thread with
// what it spent its time on (script, style, layout, paint…). --frames prints, for each run, the
// long animation frames until the list is painted, with the scripts that ran in them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildBenchPage, bundleMocks, launch, median, quiet, root } from './harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const RUNS = option('runs', 5);
const QUESTIONS = option('questions', 10_000);
const PROFILE = args.includes('--profile');
const TRACE = args.includes('--trace');
const FRAMES = args.includes('--frames');
// As docs/performance.md advises integrators: the chunks start with V8's compile hint.
const HINTS = !args.includes('--no-compile-hints');
const out = join(root, 'node_modules/.cache/bench-inbox');
mkdirSync(out, { recursive: true });

// 1. The page, built for production (lit's production build, minified).
console.log('Building the benchmark page…');
await buildBenchPage({ outDir: join(out, 'page'), hints: HINTS, minify: !PROFILE });

// 2. The mock backend for Node (run with 10,000 questions by scripts/bench-backend.mjs).
const mocksFile = await bundleMocks();

// 3. The backend, in a worker thread with its own heap, serving the page and the API over HTTP.
const worker = new Worker(join(root, 'scripts/bench-backend.mjs'), {
  workerData: {
    mocksUrl: pathToFileURL(mocksFile).href,
    pageDir: join(out, 'page'),
    questions: QUESTIONS,
  },
});
const ready = await new Promise((resolve, reject) => {
  worker.once('message', resolve);
  worker.once('error', reject);
});
const { origin: ORIGIN, bulkMs, sellerToken } = ready;
const API = `${ORIGIN}/api/v1`;
const seller = { Authorization: `Bearer ${sellerToken}` };
/** The backend's own time per request since the last call (path, start, duration). */
const takeBackendTimes = () =>
  new Promise((resolve) => {
    worker.once('message', (message) => resolve(message.times));
    worker.postMessage('times');
  });

// The baseline's rows: the same questions' texts, in the same order, ready in memory.
const bareRows = [];
for (let cursor = ''; ;) {
  const query = `sort=due&limit=200${cursor && `&cursor=${cursor}`}`;
  const page = await (await fetch(`${API}/questions?${query}`, { headers: seller })).json();
  for (const question of page.items) {
    bareRows.push({
      id: question.id,
      buyer: question.buyer.name,
      meta: `${question.buyer.country} · ${question.buyer.language}`,
      about: `${question.topic} · ${question.product?.name ?? question.orderNumber ?? ''}`,
      snippet: question.snippet,
    });
  }
  if (!page.nextCursor) break;
  cursor = page.nextCursor;
}
// A real backend is warm: run each kind of request a few times before measuring.
for (let round = 0; round < 3; round++) {
  for (const path of ['/config', '/me', '/metrics', '/changes', '/questions?sort=due&limit=40']) {
    await (await fetch(`${API}${path}`, { headers: seller })).arrayBuffer();
  }
}
await takeBackendTimes();

// 4. The browser.
const browser = await launch();

async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => 'bench' in window);
  return page;
}

/** Every measurement starts on a quiet machine (see `quiet` in harness.mjs). */
let noisy = 0;
async function settle() {
  const idle = await quiet();
  if (idle !== null && idle < 0.9) noisy++;
}

/** Saves the profile and prints the functions that took the most time of their own. */
function report(profile, phase, name) {
  writeFileSync(join(out, `inbox-${name}.cpuprofile`), JSON.stringify(profile));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  console.log(`\nSelf time in the inbox page ${phase} (ms):`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${ms.toFixed(1).padStart(9)}  ${key}`);
  }
}

/**
 * The trace's tasks over 10 ms on the renderer's main thread, each with the time of its own
 * spent per kind of work (the events' self times, summed by name).
 */
function reportTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  const complete = events
    .filter((event) => event.pid === main?.pid && event.tid === main?.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = complete.filter((event) => event.name === 'RunTask' && event.dur > 10_000);
  const first = tasks[0]?.ts ?? 0;
  console.log('\nTasks over 10 ms on the main thread from creating the element (ms):');
  for (const task of tasks) {
    const end = task.ts + task.dur;
    const inside = complete.filter(
      (event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end,
    );
    // Self time: an event's duration less that of the events directly inside it.
    const self = new Map();
    const stack = [];
    for (const event of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur);
      self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
      stack.push(event);
    }
    const parts = [...self]
      .filter(([, us]) => us >= 1000)
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`);
    console.log(
      `+${((task.ts - first) / 1000).toFixed(0).padStart(4)}  ${(task.dur / 1000).toFixed(1).padStart(6)}  ${parts.join(', ')}`,
    );
  }
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const used = await page.evaluate(() => performance.memory.usedJSHeapSize);
  return used / 1_048_576;
}

const results = [];
for (let run = 1; run <= RUNS; run++) {
  process.stdout.write(`Run ${run} of ${RUNS}… `);
  const bare = await openPage();
  await bare.evaluate((rows) => window.bench.setBareRows(rows), bareRows);
  await settle();
  const bareStart = await bare.evaluate(() => window.bench.now());
  const bareResult = await bare.evaluate(() => window.bench.bare());
  const bareTasks = await bare.evaluate((since) => window.bench.longTasks(since), bareStart);
  const bareHeap = await heapMb(bare);
  const bareNodes = await bare.evaluate(() => window.bench.nodes());
  await bare.close();

  // The floor: the bare list loading and formatting the same first page (see bench.ts).
  const floor = await openPage();
  await settle();
  const floorResult = await floor.evaluate(() =>
    window.bench.bareLoading('/api/v1', 'seller:seller-1'),
  );
  await floor.close();

  await takeBackendTimes();
  const page = await openPage();
  const profiler = PROFILE && run === 1 ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.send('Profiler.start');
  }
  const tracing = TRACE && run === 1;
  if (tracing) {
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'disabled-by-default-v8.compile',
        'blink.user_timing',
        'blink',
      ],
    });
  }
  await settle();
  const start = await page.evaluate(() => window.bench.now());
  const first = await page.evaluate(() => window.bench.inbox('/api/v1', 'seller:seller-1'));
  if (tracing) {
    const trace = await browser.stopTracing();
    writeFileSync(join(out, 'inbox-start.trace.json'), trace);
    reportTasks(JSON.parse(trace.toString()));
  }
  const backendTimes = await takeBackendTimes();
  const firstBackend = backendTimes.find((entry) => entry.path.startsWith('/api/v1/questions?'));
  if (profiler)
    report((await profiler.send('Profiler.stop')).profile, 'until the list is painted', 'load');
  await page.evaluate((total) => window.bench.loaded(total), QUESTIONS);
  const loadedAt = await page.evaluate(() => window.bench.now());
  // Settle: the last page's render and any idle work.
  await page.waitForTimeout(500);
  const interactionsFrom = await page.evaluate(() => window.bench.now());
  if (profiler) await profiler.send('Profiler.start');
  const filters = [];
  for (const category of ['after_sale', 'order_service', 'pre_sale', '', 'after_sale', '']) {
    filters.push(await page.evaluate((value) => window.bench.filter(value), category));
  }
  const keystrokes = [];
  for (const text of [
    'm',
    'mü',
    'mül',
    'müll',
    'mülle',
    'müller',
    'mülle',
    'müll',
    'mü',
    'm',
    '',
  ]) {
    keystrokes.push(await page.evaluate((value) => window.bench.keystroke(value), text));
    // As a person types: a keystroke every 120 ms lets the debounced backend search run too.
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(600);
  if (profiler)
    report(
      (await profiler.send('Profiler.stop')).profile,
      'while filtering and typing',
      'interactions',
    );
  if (PROFILE && run === 1) {
    const tasks = await page.evaluate((since) => window.bench.longTasks(since), start);
    console.log('Long tasks (ms after creation: duration):');
    console.log(
      tasks
        .map((task) => `${(task.start - start).toFixed(0)}: ${task.duration.toFixed(0)}`)
        .join(', ') || 'none',
    );
    console.log('Backend (Node) time per request, first 8 (ms):');
    const first = Math.min(...backendTimes.map((entry) => entry.at));
    for (const entry of backendTimes.slice(0, 8))
      console.log(
        `${entry.ms.toFixed(1).padStart(8)}  ${entry.path} (started at +${(entry.at - first).toFixed(0)} ms)`,
      );
  }
  const heap = await heapMb(page);
  const nodes = await page.evaluate(() => window.bench.nodes());
  const tasksAll = await page.evaluate((since) => window.bench.longTasks(since), start);
  const tasksInteractions = await page.evaluate(
    (since) => window.bench.longTasks(since),
    interactionsFrom,
  );
  const frames = FRAMES
    ? await page.evaluate((since) => window.bench.longFrames(since), start)
    : [];
  await page.close();

  // The inbox in the page as it loads: from navigation to its painted rows.
  await settle();
  const loading = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await loading.goto(`${ORIGIN}/index.html?inbox`);
  const fromNavigation = await (
    await loading.waitForFunction(() => window.bench?.fromNavigation)
  ).jsonValue();
  await loading.close();
  const incorrect = [...filters, ...keystrokes].filter((result) => !result.correct).length;
  if (incorrect) console.warn(`${incorrect} filter results did not show the right rows!`);
  results.push({
    bareFirstPaint: bareResult.firstPaint,
    floorFirstPaint: floorResult.firstPaint,
    bareHeap,
    bareNodes: bareNodes.all,
    bareLongest: Math.max(0, ...bareTasks.map((task) => task.duration)),
    firstPaint: first.firstPaint,
    firstPageWait: first.firstPageWait,
    fromNavigation,
    afterFirstPage: first.afterFirstPage,
    firstPageBackend: firstBackend?.ms,
    // What the page spends itself: first paint less the backend's time on the first page.
    ownFirstPaint: firstBackend ? first.firstPaint - firstBackend.ms : undefined,
    loaded: loadedAt - start,
    filterHandler: median(filters.map((result) => result.handler)),
    filterRendered: median(filters.map((result) => result.rendered)),
    keyHandler: median(keystrokes.map((result) => result.handler)),
    keyRendered: median(keystrokes.map((result) => result.rendered)),
    filterDom: median(filters.map((result) => result.inDom)),
    filterMax: Math.max(...filters.map((result) => result.inDom)),
    filterPainted: median(filters.map((result) => result.painted)),
    keyDom: median(keystrokes.map((result) => result.inDom)),
    keyMax: Math.max(...keystrokes.map((result) => result.inDom)),
    keyPainted: median(keystrokes.map((result) => result.painted)),
    heap,
    nodes: nodes.all,
    elements: nodes.elements,
    longest: Math.max(0, ...tasksAll.map((task) => task.duration)),
    longestInteractions: Math.max(0, ...tasksInteractions.map((task) => task.duration)),
  });
  // The long tasks, for seeing which phase they belong to: ms after creation, duration.
  const taskList = tasksAll
    .map((task) => `+${(task.start - start).toFixed(0)}: ${task.duration.toFixed(0)}`)
    .join(', ');
  console.log(
    `first paint ${first.firstPaint.toFixed(0)} ms; long tasks (+start: ms) ${taskList || 'none'}`,
  );
  if (FRAMES) {
    // Long animation frames over 50 ms until the list was painted, with the scripts in them.
    for (const frame of frames.filter((entry) => entry.start - start < first.firstPaint + 100)) {
      console.log(
        `  frame +${(frame.start - start).toFixed(0)}: ${frame.duration.toFixed(0)} ms, ` +
          `rendering ${frame.render.toFixed(0)} (style and layout ${frame.styleAndLayout.toFixed(0)}); ` +
          `scripts: ${frame.scripts.join(', ') || 'none over 5 ms'}`,
      );
    }
  }
}
await browser.close();
worker.postMessage('close');

// 5. The table.
const m = (key) => median(results.map((result) => result[key]));
const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const verdict = (ok) => (ok ? 'met' : 'NOT MET');
const budget = 1.5 * m('bareFirstPaint');
const rows = [
  [
    'first paint of the list (ms)',
    fixed(m('firstPaint')),
    fixed(m('bareFirstPaint')),
    `≤ 1.5 × bare = ${fixed(budget)}`,
    verdict(m('firstPaint') <= budget),
  ],
  [
    '  the inbox in the page as it loads, from navigation (ms)',
    fixed(m('fromNavigation')),
    '',
    '',
    '',
  ],
  [
    '  a bare list that loads its first page (ms)',
    '',
    fixed(m('floorFirstPaint')),
    `inbox ${fixed(m('firstPaint') / m('floorFirstPaint'), 2)} × this`,
    '',
  ],
  [
    '  of it the element, without the backend (ms)',
    fixed(m('ownFirstPaint')),
    '',
    `≤ ${fixed(budget)}`,
    verdict(m('ownFirstPaint') <= budget),
  ],
  [
    '  waiting for the first page (ms)',
    fixed(m('firstPageWait')),
    '',
    `backend in Node: ${fixed(m('firstPageBackend'))} ms`,
    '',
  ],
  ['  from its arrival to painted rows (ms)', fixed(m('afterFirstPage')), '', '', ''],
  [
    `  all ${QUESTIONS.toLocaleString('en')} loaded, in the background (ms)`,
    fixed(m('loaded'), 0),
    '',
    '',
    '',
  ],
  [
    'filter apply, rows in the DOM (ms)',
    fixed(m('filterDom')),
    '',
    '≤ 16',
    verdict(m('filterDom') <= 16),
  ],
  [
    '  event handler / + render / + layout (ms)',
    `${fixed(m('filterHandler'))} / ${fixed(m('filterRendered'))} / ${fixed(m('filterDom'))}`,
    '',
    '',
    '',
  ],
  ['  slowest of the run (ms), median', fixed(m('filterMax')), '', '', ''],
  ['  until the next frame is painted (ms)', fixed(m('filterPainted')), '', '', ''],
  [
    'search keystroke, rows in the DOM (ms)',
    fixed(m('keyDom')),
    '',
    '≤ 16',
    verdict(m('keyDom') <= 16),
  ],
  [
    '  event handler / + render / + layout (ms)',
    `${fixed(m('keyHandler'))} / ${fixed(m('keyRendered'))} / ${fixed(m('keyDom'))}`,
    '',
    '',
    '',
  ],
  ['  slowest of the run (ms), median', fixed(m('keyMax')), '', '', ''],
  ['  until the next frame is painted (ms)', fixed(m('keyPainted')), '', '', ''],
  ['JS heap used (MB)', fixed(m('heap')), fixed(m('bareHeap')), '', ''],
  [
    'DOM nodes, shadow roots included',
    fixed(m('nodes'), 0),
    fixed(m('bareNodes'), 0),
    '< 1500',
    verdict(m('nodes') < 1500),
  ],
  ['  of which elements', fixed(m('elements'), 0), '', '', ''],
  [
    'longest task, from creation on (ms)',
    fixed(m('longest')),
    fixed(m('bareLongest')),
    '≤ 50',
    verdict(m('longest') <= 50),
  ],
  [
    '  runs with a long task from creation on',
    `${results.filter((result) => result.longest > 50).length} of ${RUNS}`,
    `${results.filter((result) => result.bareLongest > 50).length} of ${RUNS}`,
    '',
    results.some((result) => result.longest > 50)
      ? `(${results
          .map((result) => result.longest)
          .filter((ms) => ms > 50)
          .map((ms) => ms.toFixed(0))
          .join(', ')} ms)`
      : '',
  ],
  [
    'longest task, filters and typing (ms)',
    fixed(m('longestInteractions')),
    '',
    '≤ 50',
    verdict(m('longestInteractions') <= 50),
  ],
];
const header = ['metric', 'inbox', 'bare list', 'goal', ''];
const widths = header.map((_, column) =>
  Math.max(...[header, ...rows].map((row) => row[column].length)),
);
const line = (row) =>
  row
    .map((cell, column) => cell.padEnd(widths[column]))
    .join('  ')
    .trimEnd();
console.log(
  `\n<seller-question-inbox> with ${QUESTIONS.toLocaleString('en')} questions, median of ${RUNS} runs ` +
    `(${browser.version ? `Chromium ${browser.version()}` : 'Chromium'}, headless, 1440×1000, ` +
    `${HINTS ? 'with' : 'without'} compile hints). ` +
    `Mock data built in ${fixed(bulkMs, 0)} ms.\n`,
);
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
console.log(
  '\nFirst paint runs from creating the element to the painted rows, including the request for the' +
    '\nfirst page; "without the backend" takes out the mock backend\'s own time answering it (in Node,' +
    "\nin a thread that shares this machine's cores with Chromium)." +
    '\n"Rows in the DOM": from the change until the list shows the new rows, styled and laid out;' +
    '\n"painted": until the following frame. A task over 50 ms counts as a long task (none: 0).' +
    '\nEach first paint is measured on a quiet machine: after the CPUs were 90 % idle for 200 ms' +
    '\n(the page before is torn down, the page itself has loaded)' +
    (noisy ? `; ${noisy} measurements started without that after 5 s of waiting.` : '.'),
);
