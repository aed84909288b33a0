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
import { startWorker, type Timers, type Worker } from './worker.js';

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

/** The clock's worker: tick() runs it now; wake() plans again (a write may have brought a time nearer). */
export type Scheduler = Worker<ClockRun>;

export interface SchedulerOptions {
  db: Database;
  /** The API base the questions' list entries are made with. */
  baseUrl: string;
  schedule?: ClockSchedule | undefined;
  /** The clock's time; the real time by default (tests move it). */
  now?: (() => Date) | undefined;
  logger?: Logger | undefined;
  /** The timers the scheduler plans with (tests); the real ones by default. */
  timers?: Timers | undefined;
}

/** Starts a scheduler: it runs at once, then as planned. Its timers do not keep the process up. */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const schedule = options.schedule ?? DEFAULT_CLOCK_SCHEDULE;
  const now = options.now ?? (() => new Date());
  // A question another process holds stays due a moment longer: look again soon, not at once.
  const retryMs = Math.min(schedule.intervalMs, 1_000);

  const nextDelay = async (): Promise<number> => {
    const next = await nextClockTime(options.db);
    if (!next) return schedule.intervalMs;
    const wait = next.getTime() - now().getTime();
    return wait <= 0 ? retryMs : Math.min(wait, schedule.intervalMs);
  };

  return startWorker<ClockRun>({
    name: 'clock run',
    intervalMs: schedule.intervalMs,
    failed: { claimed: 0, changed: 0 },
    async run() {
      const result = await runDueClocks(options.db, {
        baseUrl: options.baseUrl,
        now,
        batch: schedule.batch,
      });
      if (result.changed > 0) options.logger?.info({ clock: result }, 'clock ran');
      return result;
    },
    next: nextDelay,
    // Many writes in a burst look once; a write plans again, it does not run the clock.
    wakeAfterMs: WAKE_AFTER_MS,
    wakeDelay: nextDelay,
    clock: options.timers,
    logger: options.logger,
  });
}
