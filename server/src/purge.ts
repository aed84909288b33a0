// Retention: what the server removes once it is old enough. Idempotency keys after 24 hours
// (the contract's retention), uploads never attached to a message after UPLOAD_RETENTION_HOURS
// (longer than the SDK keeps drafts that refer to them: 7 days), the change feed's history
// after CHANGES_RETENTION_HOURS (a client with an older cursor gets 410 and reloads), kept
// translations after TRANSLATION_CACHE_DAYS (the next view asks the provider again), and the
// outboxes: domain events every reader has passed after EVENTS_RETENTION_DAYS, settled webhook
// deliveries and emails after their log retention (docs/server.md, "Storage"). Runs every
// PURGE_INTERVAL_MINUTES in every process. It deletes in batches of PURGE_BATCH rows, oldest
// first, each batch its own short transaction; one process at a time does the work (an
// advisory lock each batch takes), and running it twice removes nothing more.
import type { Logger } from 'pino';
import type { Database, Sql } from './db.js';
import type { ObjectStore } from './objects.js';
import { IDEMPOTENCY_RETENTION_MS } from './sql-store.js';
import { wholeFromEnv, type Env } from './env.js';
import { startWorker, type Timers, type Worker } from './worker.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The advisory lock a purge batch holds: one process purges at a time. */
const PURGE_LOCK = 7316004;
/** Deletes sent to the object store at once. */
const OBJECT_DELETES_AT_ONCE = 8;
/** New questions wait for a daily digest; one still waiting after this will not get it. */
const DIGEST_ITEM_DAYS = 7;

export interface Retention {
  /** Hours an upload that no message carries is kept. */
  uploadHours: number;
  /** Hours a change stays in the feed. */
  changeHours: number;
  /** Days a translation is kept for the next view. */
  translationDays: number;
  /** Days a domain event is kept once every reader has passed it. */
  eventDays: number;
  /** Days a delivered webhook delivery stays in the delivery log after its last attempt. */
  deliveredWebhookDays: number;
  /** Days a failed webhook delivery stays in the delivery log (it can be redelivered). */
  failedWebhookDays: number;
  /** Days a sent email's row stays in the email log. */
  sentEmailDays: number;
  /** Days a given-up email's row stays in the email log. */
  failedEmailDays: number;
}

export const DEFAULT_RETENTION: Retention = {
  uploadHours: 8 * 24,
  changeHours: 7 * 24,
  translationDays: 30,
  eventDays: 7,
  deliveredWebhookDays: 30,
  failedWebhookDays: 90,
  sentEmailDays: 30,
  failedEmailDays: 90,
};

export interface PurgeOptions {
  retention?: Retention | undefined;
  /** Rows one transaction deletes at the most. */
  batch?: number | undefined;
  /**
   * Whether events wait for the email consumer's cursor (`email_cursor`); on by default. Off
   * where no process sends email: nothing moves that cursor.
   */
  emailReader?: boolean | undefined;
  /**
   * Object storage: the objects of purged uploads (and of uploads that were never recorded)
   * are deleted there. Without it, their keys wait in `object_sweep`.
   */
  objects?: ObjectStore | null | undefined;
  /** Told of each object the store would not delete (the key and why). */
  onObjectError?: ((key: string, error: unknown) => void) | undefined;
}

/** The counts of the steps that delete in the database (the objects' sweep makes the others). */
type StepName = Exclude<keyof PurgeResult, 'objects' | 'objectsFailed'>;

export interface PurgeResult {
  idempotencyKeys: number;
  uploads: number;
  /** Objects deleted from object storage. */
  objects: number;
  /** Objects the store would not delete this time: tried again an hour later. */
  objectsFailed: number;
  changes: number;
  translations: number;
  events: number;
  webhookDeliveries: number;
  emails: number;
  digestItems: number;
}

/** One kind of row to remove: deletes a batch of at most `limit` rows, says how many. */
type Step = (sql: Sql, limit: number) => Promise<number>;

/** `DELETE … WHERE ctid = ANY(ARRAY(SELECT ctid … LIMIT n))`: the oldest rows, by an index. */
function deleteOldest(table: string, where: string, order: string, params: unknown[]): Step {
  return async (sql, limit) => {
    const [row] = await sql.query<{ n: number }>(
      `WITH gone AS (DELETE FROM ${table} WHERE ctid = ANY(ARRAY(
         SELECT ctid FROM ${table} WHERE ${where} ORDER BY ${order} LIMIT ${limit}))
         RETURNING 1)
       SELECT count(*)::integer AS n FROM gone`,
      params,
    );
    return row?.n ?? 0;
  };
}

/**
 * Removes what is older than its retention at `now`, a batch per transaction. Null when
 * another process is purging at the moment (it does the same work).
 */
export async function purge(
  db: Database,
  now: Date,
  options: PurgeOptions = {},
): Promise<PurgeResult | null> {
  const retention = options.retention ?? DEFAULT_RETENTION;
  const limit = Math.max(1, options.batch ?? 1000);
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const steps: Record<StepName, Step> = {
    idempotencyKeys: deleteOldest('idempotency', 'created_at < $1', 'created_at', [
      before(IDEMPOTENCY_RETENTION_MS),
    ]),
    // An upload in object storage leaves its key to the sweep below, due at once.
    uploads: async (sql, batch) => {
      const [row] = await sql.query<{ n: number }>(
        `WITH gone AS (DELETE FROM attachments WHERE ctid = ANY(ARRAY(
           SELECT ctid FROM attachments WHERE attached_at IS NULL AND created_at < $1
           ORDER BY created_at LIMIT ${batch}))
           RETURNING object_key),
         swept AS (INSERT INTO object_sweep (key, due_at)
           SELECT object_key, $2 FROM gone WHERE object_key IS NOT NULL
           ON CONFLICT (key) DO UPDATE SET due_at = EXCLUDED.due_at)
         SELECT count(*)::integer AS n FROM gone`,
        [before(retention.uploadHours * HOUR_MS), now.toISOString()],
      );
      return row?.n ?? 0;
    },
    // The newest change stays, so the feed's cursor never goes back; the horizon moves past
    // what went in the same transaction.
    changes: async (sql, batch) => {
      const [feed] = await sql.query<{ n: number; top: number | null }>(
        `WITH gone AS (DELETE FROM changes WHERE seq = ANY(ARRAY(
           SELECT seq FROM changes WHERE at < $1 AND seq < (SELECT max(seq) FROM changes)
           ORDER BY seq LIMIT ${batch}))
           RETURNING seq)
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
      return feed?.n ?? 0;
    },
    translations: deleteOldest('translations', 'created_at < $1', 'created_at', [
      before(retention.translationDays * DAY_MS),
    ]),
    // An event goes once every reader is past it: each enabled webhook endpoint (a disabled one
    // starts at the newest event when enabled again), the email cursor, and every delivery
    // still pending (it was read, but a retry or redelivery is under way).
    events: async (sql, batch) => {
      const [row] = await sql.query<{ n: number }>(
        `WITH horizon AS (
           SELECT least(
             coalesce((SELECT min(last_event_id) FROM webhook_endpoints WHERE enabled),
               9223372036854775807),
             CASE WHEN $2::boolean
               THEN coalesce((SELECT event_id FROM email_cursor WHERE id = 1), 0)
               ELSE 9223372036854775807 END) AS id),
         gone AS (DELETE FROM events WHERE id = ANY(ARRAY(
           SELECT e.id FROM events e, horizon
           WHERE e.id <= horizon.id AND e.created_at < $1
             AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d
               WHERE d.event_id = e.id AND d.status = 'pending')
           ORDER BY e.id LIMIT ${batch}))
           RETURNING 1)
         SELECT count(*)::integer AS n FROM gone`,
        [before(retention.eventDays * DAY_MS), options.emailReader !== false],
      );
      return row?.n ?? 0;
    },
    webhookDeliveries: async (sql, batch) =>
      (await deleteOldest(
        'webhook_deliveries',
        "status = 'delivered' AND last_attempt_at < $1",
        'status, last_attempt_at',
        [before(retention.deliveredWebhookDays * DAY_MS)],
      )(sql, batch)) +
      (await deleteOldest(
        'webhook_deliveries',
        "status = 'failed' AND last_attempt_at < $1",
        'status, last_attempt_at',
        [before(retention.failedWebhookDays * DAY_MS)],
      )(sql, batch)),
    emails: async (sql, batch) =>
      (await deleteOldest('email_outbox', "status = 'sent' AND created_at < $1", 'created_at', [
        before(retention.sentEmailDays * DAY_MS),
      ])(sql, batch)) +
      (await deleteOldest('email_outbox', "status = 'failed' AND created_at < $1", 'created_at', [
        before(retention.failedEmailDays * DAY_MS),
      ])(sql, batch)),
    digestItems: deleteOldest('email_digest_items', 'created_at < $1', 'created_at', [
      before(DIGEST_ITEM_DAYS * DAY_MS),
    ]),
  };

  const result = Object.fromEntries(
    [...Object.keys(steps), 'objects', 'objectsFailed'].map((name) => [name, 0]),
  ) as unknown as PurgeResult;
  let first = true;
  for (const [name, step] of Object.entries(steps) as [StepName, Step][]) {
    for (;;) {
      const removed = await db.transaction(async (sql) => {
        const [lock] = await sql.query<{ ok: boolean }>(
          `SELECT pg_try_advisory_xact_lock(${PURGE_LOCK}) AS ok`,
        );
        return lock?.ok ? step(sql, limit) : null;
      });
      // Another process is purging: it does the rest.
      if (removed === null) return first ? null : result;
      first = false;
      result[name] += removed;
      // Fewer than a batch: nothing of this kind is left (a step of two states deletes up to a
      // batch of each; fewer than one batch in all means both are done).
      if (removed < limit) break;
    }
  }
  if (options.objects) {
    const swept = await sweepObjects(db, options.objects, now, limit, options.onObjectError);
    result.objects = swept.deleted;
    result.objectsFailed = swept.failed;
  }
  return result;
}

/**
 * Deletes the objects whose key is due in `object_sweep` and no row names, a batch at a time:
 * the keys are read, the objects deleted with no transaction open (a slow store holds no
 * connection), then the deleted keys removed and the ones the store refused put off an hour.
 * Deleting an object twice (two processes) does no harm.
 */
async function sweepObjects(
  db: Database,
  objects: ObjectStore,
  now: Date,
  limit: number,
  onError: PurgeOptions['onObjectError'],
): Promise<{ deleted: number; failed: number }> {
  let deleted = 0;
  let failed = 0;
  const retryAt = new Date(now.getTime() + HOUR_MS).toISOString();
  for (;;) {
    const rows = await db.query<{ key: string }>(
      `SELECT key FROM object_sweep s WHERE due_at <= $1
         AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.object_key = s.key)
       ORDER BY due_at LIMIT ${limit}`,
      [now.toISOString()],
    );
    const gone: string[] = [];
    const refused: string[] = [];
    for (let index = 0; index < rows.length; index += OBJECT_DELETES_AT_ONCE) {
      const keys = rows.slice(index, index + OBJECT_DELETES_AT_ONCE).map((row) => row.key);
      const outcomes = await Promise.allSettled(keys.map((key) => objects.delete(key)));
      outcomes.forEach((outcome, at) => {
        const key = keys[at]!;
        if (outcome.status === 'fulfilled') {
          gone.push(key);
        } else {
          refused.push(key);
          onError?.(key, outcome.reason);
        }
      });
    }
    if (rows.length > 0) {
      await db.transaction(async (sql) => {
        if (gone.length > 0) {
          await sql.query('DELETE FROM object_sweep WHERE key = ANY($1::text[])', [gone]);
        }
        if (refused.length > 0) {
          await sql.query('UPDATE object_sweep SET due_at = $2 WHERE key = ANY($1::text[])', [
            refused,
            retryAt,
          ]);
        }
      });
    }
    deleted += gone.length;
    failed += refused.length;
    if (rows.length < limit) return { deleted, failed };
  }
}

export interface PurgeSchedule {
  intervalMinutes: number;
  retention: Retention;
  batch: number;
}

/** Whole days of at least `min` from `env[name]`. */
function daysFromEnv(env: Env, name: string, fallback: number, min = 1): number {
  const days = wholeFromEnv(env, name, fallback);
  if (days < min) throw new Error(`${name} must be at least ${min}.`);
  return days;
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
  const deliveredWebhookDays = daysFromEnv(
    env,
    'WEBHOOK_DELIVERED_RETENTION_DAYS',
    DEFAULT_RETENTION.deliveredWebhookDays,
  );
  // A failed delivery is redelivered from the log after 24 hours of retries at the most.
  const failedWebhookDays = daysFromEnv(
    env,
    'WEBHOOK_FAILED_RETENTION_DAYS',
    DEFAULT_RETENTION.failedWebhookDays,
    2,
  );
  const batch = wholeFromEnv(env, 'PURGE_BATCH', 1000);
  if (batch < 1) throw new Error('PURGE_BATCH must be at least 1.');
  return {
    intervalMinutes,
    batch,
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
      eventDays: daysFromEnv(env, 'EVENTS_RETENTION_DAYS', DEFAULT_RETENTION.eventDays),
      deliveredWebhookDays,
      failedWebhookDays,
      sentEmailDays: daysFromEnv(env, 'EMAIL_SENT_RETENTION_DAYS', DEFAULT_RETENTION.sentEmailDays),
      failedEmailDays: daysFromEnv(
        env,
        'EMAIL_FAILED_RETENTION_DAYS',
        DEFAULT_RETENTION.failedEmailDays,
      ),
    },
  };
}

export interface SchedulePurgeOptions {
  /** See PurgeOptions.emailReader. */
  emailReader?: boolean | undefined;
  /** See PurgeOptions.objects. */
  objects?: ObjectStore | null | undefined;
  now?: (() => Date) | undefined;
  timers?: Timers | undefined;
}

/**
 * Purges a few seconds after start and then every `intervalMinutes`; the timers do not keep
 * the process alive, and stop() waits for a purge under way.
 */
export function schedulePurge(
  db: Database,
  schedule: PurgeSchedule,
  logger: Logger,
  options: SchedulePurgeOptions = {},
): Worker<PurgeResult | null> {
  const now = options.now ?? (() => new Date());
  return startWorker<PurgeResult | null>({
    name: 'purge',
    intervalMs: schedule.intervalMinutes * 60_000,
    firstDelayMs: 5_000,
    failed: null,
    async run() {
      const result = await purge(db, now(), {
        retention: schedule.retention,
        batch: schedule.batch,
        emailReader: options.emailReader,
        objects: options.objects,
        onObjectError: (key, error) => {
          logger.warn(
            { key, reason: error instanceof Error ? error.message : String(error) },
            'object storage: delete failed, tried again in an hour',
          );
        },
      });
      if (result) logger.info({ purged: result }, 'purged');
      return result;
    },
    clock: options.timers,
    logger,
  });
}
