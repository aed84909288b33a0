// The loop every background job of a server process runs in (the clock, webhooks, email, the
// purge): a run at start (or after `firstDelayMs`), then the next one planned after each run
// (at most `intervalMs` later, sooner when the job knows its next time), never two runs at once
// (a run asked for during another follows it), a run that throws logged and planned again
// after the interval, and a stop that waits for the run in progress. The timers do not keep
// the process alive; tests pass their own timers and call tick().
import type { Logger } from 'pino';
import { errorFields } from './log-fields.js';

/** The timer functions a worker plans with (the global ones by default). */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout(run, ms) {
    const handle = setTimeout(run, ms);
    handle.unref();
    return handle;
  },
  clearTimeout(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

export interface WorkerOptions<T> {
  /** Named in the log: "`name` failed". */
  name: string;
  /** One run of the job. */
  run(): Promise<T>;
  /** What a run that threw counts as (tick() resolves to it). */
  failed: T;
  /** The longest time between two runs, in milliseconds. */
  intervalMs: number;
  /** How long after a run the next one is due (`intervalMs` by default; capped by it). */
  next?: ((result: T) => Promise<number> | number) | undefined;
  /** The first run's delay (0: at once). */
  firstDelayMs?: number | undefined;
  /** A random share of the delays (0.1: up to 10 % earlier or later), so processes spread. */
  jitter?: number | undefined;
  /** wake() waits this long, then plans again: a burst of wakes counts once. */
  wakeAfterMs?: number | undefined;
  /** The delay wake() plans (0, a run, by default): e.g. the job's next due time. */
  wakeDelay?: (() => Promise<number>) | undefined;
  /** False: no run at start, no timers, wake() does nothing; runs happen on tick() only. */
  timers?: boolean | undefined;
  /** Timers to plan with (tests); the global ones, unref'd, by default. */
  clock?: Timers | undefined;
  logger?: Logger | undefined;
  /** Random numbers for the jitter (tests); Math.random by default. */
  random?: (() => number) | undefined;
}

export interface Worker<T> {
  /** Runs now (after a run in progress) and plans the next run. */
  tick(): Promise<T>;
  /** Plans again soon: a write in this process may have made work. */
  wake(): void;
  /** Stops planning runs and waits for a run in progress. */
  stop(): Promise<void>;
}

export function startWorker<T>(options: WorkerOptions<T>): Worker<T> {
  const timers = options.clock ?? realTimers;
  const planning = options.timers !== false;
  const random = options.random ?? Math.random;
  let timer: unknown;
  let waking: unknown;
  let stopped = false;

  const jittered = (ms: number) => {
    const share = options.jitter ?? 0;
    return share > 0 ? ms * (1 + share * (2 * random() - 1)) : ms;
  };

  const plan = (delayMs: number) => {
    if (stopped || !planning) return;
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(
      () => {
        timer = undefined;
        void tick();
      },
      Math.max(0, Math.round(delayMs)),
    );
  };

  const run = async (): Promise<T> => {
    let result: T;
    try {
      result = await options.run();
    } catch (error) {
      // The database away for a moment: what is due stays due for the next run.
      options.logger?.warn({ err: errorFields(error) }, `${options.name} failed`);
      plan(jittered(options.intervalMs));
      return options.failed;
    }
    let delay = options.intervalMs;
    try {
      if (options.next) delay = Math.min(await options.next(result), options.intervalMs);
    } catch (error) {
      options.logger?.warn({ err: errorFields(error) }, `${options.name} failed`);
    }
    plan(jittered(delay));
    return result;
  };

  // Runs one after another: a tick asked for during a run follows it.
  let queue: Promise<unknown> = Promise.resolve();
  const tick = (): Promise<T> => {
    const result = queue.then(run);
    queue = result.catch(() => undefined);
    return result;
  };

  if (planning) {
    const first = options.firstDelayMs ?? 0;
    if (first > 0) plan(jittered(first));
    else void tick();
  }
  return {
    tick,
    wake() {
      if (stopped || !planning || waking !== undefined) return;
      waking = timers.setTimeout(() => {
        waking = undefined;
        if (!options.wakeDelay) {
          plan(0);
          return;
        }
        options.wakeDelay().then(plan, (error: unknown) => {
          options.logger?.warn({ err: errorFields(error) }, `${options.name} failed`);
        });
      }, options.wakeAfterMs ?? 0);
    },
    async stop() {
      stopped = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      if (waking !== undefined) timers.clearTimeout(waking);
      timer = undefined;
      waking = undefined;
      await queue;
    },
  };
}
