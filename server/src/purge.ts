// Retention: what the server removes once it is old enough. Idempotency keys after 24 hours
// (the contract's retention), uploads never attached to a message after UPLOAD_RETENTION_HOURS
// (longer than the SDK keeps drafts that refer to them: 7 days), and the change feed's history
// after CHANGES_RETENTION_HOURS (a client with an older cursor gets 410 and reloads), kept
// translations after TRANSLATION_CACHE_DAYS (the next view asks the provider again). Runs
// every PURGE_INTERVAL_MINUTES in every process; one process at a time does the work (an
// advisory lock), and running it twice removes nothing more.
import type { Logger } from 'pino';
import type { Database } from './db.js';
import { IDEMPOTENCY_RETENTION_MS } from './sql-store.js';
import { wholeFromEnv, type Env } from './env.js';

const HOUR_MS = 3_600_000;

export interface Retention {
  /** Hours an upload that no message carries is kept. */
  uploadHours: number;
  /** Hours a change stays in the feed. */
  changeHours: number;
  /** Days a translation is kept for the next view. */
  translationDays: number;
}

export const DEFAULT_RETENTION: Retention = {
  uploadHours: 8 * 24,
  changeHours: 7 * 24,
  translationDays: 30,
};

export interface PurgeResult {
  idempotencyKeys: number;
  uploads: number;
  changes: number;
  translations: number;
}

/**
 * Removes what is older than its retention at `now`, in one transaction. Null when another
 * process is purging at the moment (it does the same work).
 */
export async function purge(
  db: Database,
  now: Date,
  retention: Retention = DEFAULT_RETENTION,
): Promise<PurgeResult | null> {
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString();
  return db.transaction(async (sql) => {
    const [lock] = await sql.query<{ ok: boolean }>(
      'SELECT pg_try_advisory_xact_lock(7316004) AS ok',
    );
    if (!lock?.ok) return null;
    const count = async (text: string, params: unknown[]) =>
      (await sql.query<{ n: number }>(text, params))[0]?.n ?? 0;
    const idempotencyKeys = await count(
      `WITH gone AS (DELETE FROM idempotency WHERE created_at < $1 RETURNING 1)
       SELECT count(*)::integer AS n FROM gone`,
      [before(IDEMPOTENCY_RETENTION_MS)],
    );
    const uploads = await count(
      `WITH gone AS (DELETE FROM attachments WHERE attached_at IS NULL AND created_at < $1
         RETURNING 1)
       SELECT count(*)::integer AS n FROM gone`,
      [before(retention.uploadHours * HOUR_MS)],
    );
    // The newest change stays, so the feed's cursor never goes back.
    const [feed] = await sql.query<{ n: number; top: number | null }>(
      `WITH gone AS (DELETE FROM changes WHERE at < $1
         AND seq < (SELECT max(seq) FROM changes) RETURNING seq)
       SELECT count(*)::integer AS n, max(seq)::float8 AS top FROM gone`,
      [before(retention.changeHours * HOUR_MS)],
    );
    if (feed?.top) {
      await sql.query(
        `INSERT INTO feed_horizon (id, seq) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET seq = GREATEST(feed_horizon.seq, EXCLUDED.seq)`,
        [feed.top],
      );
    }
    const translations = await count(
      `WITH gone AS (DELETE FROM translations WHERE created_at < $1 RETURNING 1)
       SELECT count(*)::integer AS n FROM gone`,
      [before(retention.translationDays * 24 * HOUR_MS)],
    );
    return { idempotencyKeys, uploads, changes: feed?.n ?? 0, translations };
  });
}

export interface PurgeSchedule {
  intervalMinutes: number;
  retention: Retention;
}

/** The schedule the environment asks for; undefined when PURGE_INTERVAL_MINUTES is 0 (off). */
export function purgeScheduleFromEnv(env: Env): PurgeSchedule | undefined {
  const intervalMinutes = wholeFromEnv(env, 'PURGE_INTERVAL_MINUTES', 60);
  if (intervalMinutes === 0) return undefined;
  const uploadHours = wholeFromEnv(env, 'UPLOAD_RETENTION_HOURS', DEFAULT_RETENTION.uploadHours);
  if (uploadHours < 7 * 24) {
    // Drafts keep their photos' ids for 7 days; a shorter retention loses them.
    throw new Error('UPLOAD_RETENTION_HOURS must be at least 168 (the SDK keeps drafts 7 days).');
  }
  return {
    intervalMinutes,
    retention: {
      uploadHours,
      changeHours: Math.max(
        1,
        wholeFromEnv(env, 'CHANGES_RETENTION_HOURS', DEFAULT_RETENTION.changeHours),
      ),
      translationDays: Math.max(
        1,
        wholeFromEnv(env, 'TRANSLATION_CACHE_DAYS', DEFAULT_RETENTION.translationDays),
      ),
    },
  };
}

/** Purges now and then every `intervalMinutes`; the timer does not keep the process alive. */
export function schedulePurge(
  db: Database,
  schedule: PurgeSchedule,
  logger: Logger,
  now: () => Date = () => new Date(),
): { stop(): void } {
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= purge(db, now(), schedule.retention)
      .then((result) => {
        if (result) logger.info({ purged: result }, 'purged');
      })
      .catch((error: unknown) => {
        logger.warn({ err: { name: (error as Error).name } }, 'purge failed');
      })
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, schedule.intervalMinutes * 60_000);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
