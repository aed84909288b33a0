// Email's worker in each server process: collects new domain events into mails, makes the
// digests that are due and sends what is due, every EMAIL_INTERVAL_SECONDS and soon after a
// write in this process. Every step is safe with other processes doing the same (outbox.ts).
import type { Logger } from 'pino';
import { errorFields } from '../log-fields.js';
import type { Database } from '../db.js';
import type { EmailSettings } from './config.js';
import { createMailer, type Mailer } from './mailer.js';
import { EmailOutbox } from './outbox.js';
import { startWorker, type Timers, type Worker } from '../worker.js';

export interface EmailRun {
  events: number;
  digests: number;
  sent: number;
  refused: number;
}

/** Email's worker: tick() runs the three steps now; wake() runs them soon. */
export type EmailEngine = Worker<EmailRun>;

export interface EmailEngineOptions {
  db: Database;
  settings: EmailSettings;
  basePath: string;
  /** Sends the mails; SMTP from the settings by default. */
  mailer?: Mailer | undefined;
  now?: (() => Date) | undefined;
  logger?: Logger | undefined;
  /** Run at once and then every `settings.intervalMs`; off: only when tick() is called. */
  timers?: boolean | undefined;
  /** The timers the engine plans with (tests); the real ones by default. */
  clock?: Timers | undefined;
}

const WAKE_AFTER_MS = 500;

/**
 * A server starting without email says so: when it starts with email again, it starts at the
 * newest event instead of mailing what was written meanwhile. Every process of one server has
 * the same email settings (docs/server.md).
 */
export async function emailOff(db: Database): Promise<void> {
  await db.query('UPDATE email_cursor SET mailing = false WHERE mailing');
}

export async function startEmail(options: EmailEngineOptions): Promise<EmailEngine> {
  const mailer = options.mailer ?? createMailer(options.settings.smtp, options.settings.from);
  const now = options.now ?? (() => new Date());
  const outbox = new EmailOutbox({
    db: options.db,
    settings: options.settings,
    basePath: options.basePath,
    now,
    logger: options.logger,
  });
  // A database whose cursor's row is gone, or a server that ran without email until now:
  // start at the latest event (what happened meanwhile is not mailed at once). A server that
  // was mailing goes on where it stopped, so nothing written while it restarted is lost.
  await options.db.query(
    `INSERT INTO email_cursor (id, event_id, mailing) SELECT 1, coalesce(max(id), 0), true FROM events
     ON CONFLICT (id) DO UPDATE SET event_id = EXCLUDED.event_id, mailing = true
     WHERE NOT email_cursor.mailing`,
  );
  const worker = startWorker<EmailRun>({
    name: 'email run',
    intervalMs: options.settings.intervalMs,
    failed: { events: 0, digests: 0, sent: 0, refused: 0 },
    async run() {
      const result: EmailRun = { events: 0, digests: 0, sent: 0, refused: 0 };
      try {
        // A backlog is read in batches, a few per run.
        for (let round = 0; round < 10; round += 1) {
          const read = await outbox.collect();
          result.events += read;
          if (read < 100) break;
        }
        result.digests = await outbox.digest();
        const delivered = await outbox.deliver(mailer);
        result.sent = delivered.sent;
        result.refused = delivered.refused;
      } catch (error) {
        // The database away for a moment: the next run goes on where this one stopped (what
        // this run did is still counted).
        options.logger?.warn({ err: errorFields(error) }, 'email run failed');
      }
      if (result.sent > 0 || result.digests > 0) {
        options.logger?.info({ email: result }, 'email ran');
      }
      return result;
    },
    wakeAfterMs: WAKE_AFTER_MS,
    timers: options.timers,
    clock: options.clock,
    logger: options.logger,
  });
  return {
    ...worker,
    async stop() {
      await worker.stop();
      if (!options.mailer) mailer.close();
    },
  };
}
