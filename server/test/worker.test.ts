// The loop of the background jobs (server/src/worker.ts): planned runs, never two at once,
// failures logged and retried after the interval, wake() after a pause, stop() waiting for a
// run. With timers the test fires by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { startWorker } from '../src/worker.js';
import { manualTimers } from './support/timers.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('the worker loop', () => {
  it('runs at once, then plans the next run by the job, at most the interval away', async () => {
    const { planned, timers, fire } = manualTimers();
    let runs = 0;
    const worker = startWorker({
      name: 'job',
      intervalMs: 1_000,
      failed: -1,
      run: () => Promise.resolve((runs += 1)),
      next: (result) => (result === 1 ? 300 : 5_000),
      clock: timers,
    });
    await settle();
    assert.equal(runs, 1);
    assert.deepEqual(
      planned.map((entry) => entry.ms),
      [300],
    );
    fire(300);
    await settle();
    assert.equal(runs, 2);
    assert.deepEqual(
      planned.map((entry) => entry.ms),
      [1_000],
      'capped by the interval',
    );
    await worker.stop();
    assert.deepEqual(planned, []);
  });

  it('waits firstDelayMs before the first run', async () => {
    const { timers, fire } = manualTimers();
    let runs = 0;
    const worker = startWorker({
      name: 'job',
      intervalMs: 60_000,
      firstDelayMs: 5_000,
      failed: undefined,
      run: () => {
        runs += 1;
        return Promise.resolve();
      },
      clock: timers,
    });
    await settle();
    assert.equal(runs, 0);
    fire(5_000);
    await settle();
    assert.equal(runs, 1);
    await worker.stop();
  });

  it('never runs twice at once: a tick during a run follows it', async () => {
    const { timers } = manualTimers();
    const gate = deferred();
    let running = 0;
    let most = 0;
    const worker = startWorker({
      name: 'job',
      intervalMs: 1_000,
      failed: 0,
      async run() {
        running += 1;
        most = Math.max(most, running);
        await gate.promise;
        running -= 1;
        return 1;
      },
      clock: timers,
    });
    const ticks = [worker.tick(), worker.tick()];
    await settle();
    assert.equal(running, 1);
    gate.resolve();
    assert.deepEqual(await Promise.all(ticks), [1, 1]);
    assert.equal(most, 1);
    await worker.stop();
  });

  it('logs a failed run by its error name, answers `failed`, and tries again after the interval', async () => {
    const { planned, timers } = manualTimers();
    const lines: { msg: string; err?: { name: string } }[] = [];
    const logger = pino(
      { level: 'warn' },
      { write: (line: string) => lines.push(JSON.parse(line) as (typeof lines)[number]) },
    );
    const worker = startWorker({
      name: 'job run',
      intervalMs: 2_000,
      failed: 'failed',
      next: () => 10,
      run: () => Promise.reject(new TypeError('connection refused')),
      clock: timers,
      logger,
    });
    assert.equal(await worker.tick(), 'failed');
    assert.deepEqual(
      lines.map((line) => [line.msg, line.err?.name]),
      [
        ['job run failed', 'TypeError'],
        ['job run failed', 'TypeError'],
      ],
    );
    assert.deepEqual(
      planned.map((entry) => entry.ms),
      [2_000],
    );
    await worker.stop();
  });

  it('wakes after a pause, once for a burst, with the delay the job asks for', async () => {
    const { planned, timers, fire } = manualTimers();
    let runs = 0;
    const worker = startWorker({
      name: 'job',
      intervalMs: 30_000,
      failed: 0,
      run: () => Promise.resolve((runs += 1)),
      wakeAfterMs: 200,
      wakeDelay: () => Promise.resolve(700),
      clock: timers,
    });
    await settle();
    assert.equal(runs, 1);
    worker.wake();
    worker.wake();
    worker.wake();
    assert.deepEqual(
      planned.map((entry) => entry.ms).sort((a, b) => a - b),
      [200, 30_000],
    );
    fire(200);
    await settle();
    assert.deepEqual(
      planned.map((entry) => entry.ms),
      [700],
      'the new plan replaces the old',
    );
    fire(700);
    await settle();
    assert.equal(runs, 2);
    await worker.stop();
  });

  it('stop() waits for the run under way and plans nothing more; wake() after it does nothing', async () => {
    const { planned, timers } = manualTimers();
    const gate = deferred();
    let finished = false;
    const worker = startWorker({
      name: 'job',
      intervalMs: 1_000,
      failed: undefined,
      async run() {
        await gate.promise;
        finished = true;
      },
      clock: timers,
    });
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await settle();
    assert.equal(stopped, false);
    gate.resolve();
    await stopping;
    assert.equal(finished, true);
    worker.wake();
    assert.deepEqual(planned, []);
  });

  it('with timers off runs on tick() only', async () => {
    const { planned, timers } = manualTimers();
    let runs = 0;
    const worker = startWorker({
      name: 'job',
      intervalMs: 1_000,
      failed: 0,
      run: () => Promise.resolve((runs += 1)),
      timers: false,
      clock: timers,
    });
    worker.wake();
    await settle();
    assert.equal(runs, 0);
    assert.equal(await worker.tick(), 1);
    assert.deepEqual(planned, []);
    await worker.stop();
  });

  it('spreads its delays by the jitter', async () => {
    const { planned, timers } = manualTimers();
    const worker = startWorker({
      name: 'job',
      intervalMs: 10_000,
      jitter: 0.1,
      random: () => 0,
      failed: 0,
      run: () => Promise.resolve(1),
      clock: timers,
    });
    await settle();
    assert.deepEqual(
      planned.map((entry) => entry.ms),
      [9_000],
    );
    await worker.stop();
  });
});
