// The bench's trace report (trace-report.mjs) on a small synthetic Chrome trace: the page's
// requests as moments, and the main thread's tasks with their self time by kind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastResponseBeforeUsable, mainThreadTasks, requestMoments } from './trace-report.mjs';

const PAGE = 7;
const MAIN = 1;
const send = (ts, requestId, url, pid = PAGE) => ({
  name: 'ResourceSendRequest',
  ph: 'I',
  pid,
  tid: MAIN,
  ts,
  args: { data: { requestId, url } },
});
const finish = (ts, requestId, finishTime, pid = PAGE) => ({
  name: 'ResourceFinish',
  ph: 'I',
  pid,
  tid: MAIN,
  ts,
  args: { data: { requestId, finishTime } },
});
const complete = (name, ts, dur) => ({ name, ph: 'X', pid: PAGE, tid: MAIN, ts, dur });

const trace = {
  traceEvents: [
    { name: 'thread_name', ph: 'M', pid: PAGE, tid: MAIN, args: { name: 'CrRendererMain' } },
    send(1_000, 'doc', 'http://127.0.0.1:1/nav/page.html'),
    send(20_000, 'code', 'http://127.0.0.1:1/cdn/element.js'),
    send(40_000, 'data', 'http://127.0.0.1:1/api/v1/products/p-1?x=1'),
    send(45_000, 'pic', 'http://127.0.0.1:1/pictures/p-1.svg'),
    // Another renderer's request (the browser's own page): not this page's.
    send(2_000, 'other', 'http://127.0.0.1:1/elsewhere', 99),
    // The event may come after the network's finish: the finish time counts.
    finish(36_000, 'code', 0.03),
    finish(60_000, 'data', 0.05),
    finish(70_000, 'pic', 0.065),
    complete('RunTask', 30_000, 5_000),
    complete('v8.compileModule', 31_000, 3_000),
    complete('RunTask', 52_000, 20_000),
    complete('FunctionCall', 53_000, 12_000),
    complete('Layout', 66_000, 4_000),
    { name: 'usable', cat: 'blink.user_timing', ph: 'R', pid: PAGE, tid: MAIN, ts: 80_000 },
  ],
};

test('requestMoments: the page’s sends and network finishes, in order, by path', () => {
  assert.deepEqual(
    requestMoments(trace).map(({ at, text }) => [at, text]),
    [
      [1_000, '> send /nav/page.html'],
      [20_000, '> send /cdn/element.js'],
      [30_000, '< done /cdn/element.js'],
      [40_000, '> send /api/v1/products/p-1'],
      [45_000, '> send /pictures/p-1.svg'],
      [50_000, '< done /api/v1/products/p-1'],
      [65_000, '< done /pictures/p-1.svg'],
    ],
  );
});

test('lastResponseBeforeUsable: the last response that is not a picture', () => {
  const { usable, last } = lastResponseBeforeUsable(trace);
  assert.equal(usable, 80_000);
  assert.deepEqual(last, { url: 'http://127.0.0.1:1/api/v1/products/p-1?x=1', end: 50_000 });
});

test('mainThreadTasks: each task with its self time by kind, and the totals', () => {
  const { tasks, total } = mainThreadTasks(trace, 0, 80_000);
  assert.deepEqual(
    tasks.map(({ start, dur, parts }) => ({ start, dur, parts })),
    [
      {
        start: 30_000,
        dur: 5_000,
        parts: [
          ['v8.compileModule', 3_000],
          ['(task)', 2_000],
        ],
      },
      {
        start: 52_000,
        dur: 20_000,
        parts: [
          ['FunctionCall', 12_000],
          ['(task)', 4_000],
          ['Layout', 4_000],
        ],
      },
    ],
  );
  assert.deepEqual(new Map(total).get('(task)'), 6_000);
  // A window that ends before the second task leaves it out.
  assert.equal(mainThreadTasks(trace, 0, 40_000).tasks.length, 1);
});
