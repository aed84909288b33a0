// The clock that runs by itself: SLA warnings, late questions and the platform's take-over of
// late after-sales issues happen at their time, with no request. Every server process runs a
// scheduler; each question's next time is in `questions.clock_at` (migration 014), and a run
// claims the questions whose time has come with SELECT ... FOR UPDATE SKIP LOCKED (runDueClocks
// in sql-store.ts), so two processes never take the same question and each notice is given
// once. The scheduler runs at start (what fell due while no server ran happens then), then
// at the nearest `clock_at` it knows of, and at least every CLOCK_INTERVAL_SECONDS (another
// process's writes may have brought a time nearer).
import type { Logger } from 'pino';
import type { Database } from './db.js';
import { wholeFromEnv, type Env } from './env.js';
import { nextClockTime, runDueClocks, type ClockRun } from './sql-store.js';

export interface ClockSchedule {
  /** The longest the scheduler sleeps, in milliseconds. */
  intervalMs: number;
  /** Questions claimed per transaction. */
  batch: number;
}

/** A write wakes the scheduler to plan again this long after it (a burst of writes: once). */
const WAKE_AFTER_MS = 200;

export const DEFAULT_CLOCK_SCHEDULE: ClockSchedule = { intervalMs: 30_000, batch: 100 };

/**
 * The schedule the environment asks for: CLOCK_INTERVAL_SECONDS (30; 0: this process runs no
 * scheduler, another must) and CLOCK_BATCH (100).
 */
export function clockScheduleFromEnv(env: Env): ClockSchedule | undefined {
  const seconds = wholeFromEnv(env, 'CLOCK_INTERVAL_SECONDS', 30);
  if (seconds === 0) return undefined;
  const batch = wholeFromEnv(env, 'CLOCK_BATCH', DEFAULT_CLOCK_SCHEDULE.batch);
  if (batch < 1) throw new Error('CLOCK_BATCH must be at least 1.');
  return { intervalMs: seconds * 1000, batch };
}

export interface Scheduler {
  /** Runs the clock now (after a run in progress), and plans the next run. */
  tick(): Promise<ClockRun>;
  /** Plans again soon: a write in this process may have brought a time nearer. */
  wake(): void;
  /** Stops planning runs and waits for a run in progress. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  db: Database;
  /** The API base the questions' list entries are made with. */
  baseUrl: string;
  schedule?: ClockSchedule | undefined;
  /** The clock's time; the real time by default (tests move it). */
  now?: (() => Date) | undefined;
  logger?: Logger | undefined;
}

/** Starts a scheduler: it runs at once, then as planned. Its timers do not keep the process up. */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const schedule = options.schedule ?? DEFAULT_CLOCK_SCHEDULE;
  const now = options.now ?? (() => new Date());
  // A question another process holds stays due a moment longer: look again soon, not at once.
  const retryMs = Math.min(schedule.intervalMs, 1_000);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waking: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const plan = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), Math.max(0, delayMs));
    timer.unref();
  };

  const nextDelay = async (): Promise<number> => {
    const next = await nextClockTime(options.db);
    if (!next) return schedule.intervalMs;
    const wait = next.getTime() - now().getTime();
    return wait <= 0 ? retryMs : Math.min(wait, schedule.intervalMs);
  };

  const run = async (): Promise<ClockRun> => {
    try {
      const result = await runDueClocks(options.db, {
        baseUrl: options.baseUrl,
        now,
        batch: schedule.batch,
      });
      if (result.changed > 0) options.logger?.info({ clock: result }, 'clock ran');
      plan(await nextDelay());
      return result;
    } catch (error) {
      // The database away for a moment: the questions stay due and the next run takes them.
      options.logger?.warn({ err: { name: (error as Error).name } }, 'clock run failed');
      plan(schedule.intervalMs);
      return { claimed: 0, changed: 0 };
    }
  };

  // Runs one after another: a tick asked for during a run follows it.
  let queue: Promise<unknown> = Promise.resolve();
  const tick = (): Promise<ClockRun> => {
    const result = queue.then(run);
    queue = result.catch(() => undefined);
    return result;
  };

  void tick();
  return {
    tick,
    wake() {
      // Many writes in a burst look once.
      if (stopped || waking) return;
      waking = setTimeout(() => {
        waking = undefined;
        void nextDelay()
          .then(plan)
          .catch(() => undefined);
      }, WAKE_AFTER_MS);
      waking.unref();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(waking);
      await queue;
    },
  };
}
