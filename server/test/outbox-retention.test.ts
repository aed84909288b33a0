// Retention of the outboxes: the purge removes domain events every reader has passed (each
// enabled webhook endpoint, the email cursor, every pending delivery) once they are older than
// EVENTS_RETENTION_DAYS, settled webhook deliveries and emails by their state and age, and
// digest items no digest took; a batch per transaction. The purge is given the time.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { pino } from 'pino';
import { DEFAULT_RETENTION, purge, purgeScheduleFromEnv, schedulePurge } from '../src/purge.js';
import { count, DAY, HOUR, startServer, target, until, type TestServer } from './support/server.js';
import { manualTimers } from './support/timers.js';

const NOW = new Date(Date.UTC(2027, 2, 1, 12));
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

let server: TestServer;

/** Events with these ids, made `age` ago. */
async function addEvents(ids: number[], age: number) {
  for (const id of ids) {
    await server.db.query(
      `INSERT INTO events (id, type, question_id, shop_id, payload, created_at)
       VALUES ($1, 'question.created', 'q-001', 's-1', '{}', $2)`,
      [id, ago(age)],
    );
  }
}

async function addEndpoint(id: string, lastEventId: number, enabled = true) {
  await server.db.query(
    `INSERT INTO webhook_endpoints (id, shop_id, url, secret, last_event_id, enabled, created_by,
       created_at, updated_at)
     VALUES ($1, 's-1', 'https://hooks.example/in', 'whsec_test', $2, $3, 'seller-1', $4, $4)`,
    [id, lastEventId, enabled, ago(60 * DAY)],
  );
}

/** A delivery of event `eventId` to endpoint `endpoint` in `status`, last tried `age` ago. */
async function addDelivery(
  endpoint: string,
  eventId: number,
  status: 'pending' | 'delivered' | 'failed',
  age: number,
) {
  await server.db.query(
    `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, message_id, body,
       status, attempts, next_attempt_at, retry_until, last_attempt_at, delivered_at, created_at)
     VALUES ($1 || '_' || $2::text, $1, $2::bigint, 'question.created', 'evt_' || $2::text, '{}', $3, 1,
       CASE WHEN $3 = 'pending' THEN $4::timestamptz END, $4::timestamptz + interval '1 day', $4,
       CASE WHEN $3 = 'delivered' THEN $4::timestamptz END, $4)`,
    [endpoint, eventId, status, ago(age)],
  );
}

async function addEmail(dedupe: string, status: 'pending' | 'sent' | 'failed', age: number) {
  await server.db.query(
    `INSERT INTO email_outbox (dedupe, role, person_id, kind, recipient, status, next_attempt_at,
       created_at, sent_at)
     VALUES ($1, 'seller', 'seller-1', 'new_question', 'seller@shop.example', $2, $3, $3,
       CASE WHEN $2 = 'sent' THEN $3::timestamptz END)`,
    [dedupe, status, ago(age)],
  );
}

const eventIds = async () =>
  (await server.db.query<{ id: number }>('SELECT id::float8 AS id FROM events ORDER BY id')).map(
    (row) => row.id,
  );

const setEmailCursor = (eventId: number) =>
  server.db.query('UPDATE email_cursor SET event_id = $1 WHERE id = 1', [eventId]);

describe(`outbox retention on ${target}`, () => {
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.close();
  });
  beforeEach(async () => {
    for (const table of ['webhook_deliveries', 'webhook_endpoints', 'events', 'email_outbox']) {
      await server.db.query(`DELETE FROM ${table}`);
    }
    await server.db.query('DELETE FROM email_digest_items');
    await setEmailCursor(0);
  });

  it('removes old events every reader has passed, and keeps the ones a reader still needs', async () => {
    await addEvents([1, 2, 3, 4, 5, 6], 10 * DAY);
    await addEvents([7], DAY);
    // The shop's endpoint has read up to 4; a disabled one stopped at 1 (enabled again it
    // starts at the newest event: it holds nothing back); the email consumer read up to 6.
    await addEndpoint('we_shop', 4);
    await addEndpoint('we_off', 1, false);
    await setEmailCursor(6);
    // Event 2's delivery is still being retried.
    await addDelivery('we_shop', 2, 'pending', HOUR);
    await addDelivery('we_shop', 3, 'delivered', HOUR);

    const first = await purge(server.db, NOW);
    assert.equal(first?.events, 3);
    // 1, 3 and 4 went; 2 (pending delivery), 5 and 6 (unread by the endpoint), 7 (young) stay.
    assert.deepEqual(await eventIds(), [2, 5, 6, 7]);

    // The endpoint reads on and the retry succeeds; the email cursor is still at 6.
    await server.db.query("UPDATE webhook_endpoints SET last_event_id = 7 WHERE id = 'we_shop'");
    await server.db.query(
      "UPDATE webhook_deliveries SET status = 'delivered', next_attempt_at = NULL WHERE event_id = 2",
    );
    assert.equal((await purge(server.db, NOW))?.events, 3);
    assert.deepEqual(await eventIds(), [7]);
    // Past its retention, 7 still waits for the email consumer.
    const later = new Date(NOW.getTime() + DEFAULT_RETENTION.eventDays * DAY);
    assert.equal((await purge(server.db, later))?.events, 0);
    await setEmailCursor(7);
    assert.equal((await purge(server.db, later))?.events, 1);
    assert.deepEqual(await eventIds(), []);
    // Purging again removes nothing more.
    assert.equal((await purge(server.db, later))?.events, 0);
  });

  it('keeps events for the email cursor only where email is sent', async () => {
    await addEvents([1, 2, 3], 10 * DAY);
    await addEndpoint('we_shop', 3);
    assert.equal((await purge(server.db, NOW))?.events, 0, 'the email cursor is at 0');
    assert.equal((await purge(server.db, NOW, { emailReader: false }))?.events, 3);
    assert.deepEqual(await eventIds(), []);
  });

  it('keeps every event younger than EVENTS_RETENTION_DAYS, read or not', async () => {
    await addEvents([1, 2], 2 * DAY);
    await setEmailCursor(2);
    const retention = { ...DEFAULT_RETENTION, eventDays: 3 };
    assert.equal((await purge(server.db, NOW, { retention }))?.events, 0);
    assert.deepEqual(await eventIds(), [1, 2]);
    assert.equal(
      (await purge(server.db, NOW, { retention: { ...retention, eventDays: 1 } }))?.events,
      2,
    );
  });

  it('removes delivered deliveries after 30 days and failed ones after 90, never pending ones', async () => {
    await addEndpoint('we_shop', 0);
    await addDelivery('we_shop', 1, 'delivered', 31 * DAY);
    await addDelivery('we_shop', 2, 'delivered', 29 * DAY);
    await addDelivery('we_shop', 3, 'failed', 91 * DAY);
    await addDelivery('we_shop', 4, 'failed', 89 * DAY);
    await addDelivery('we_shop', 5, 'pending', 100 * DAY);
    const result = await purge(server.db, NOW);
    assert.equal(result?.webhookDeliveries, 2);
    const left = await server.db.query<{ event_id: number; status: string }>(
      'SELECT event_id::float8 AS event_id, status FROM webhook_deliveries ORDER BY event_id',
    );
    assert.deepEqual(
      left.map((row) => `${row.event_id}:${row.status}`),
      ['2:delivered', '4:failed', '5:pending'],
    );
    // The delivery log answers with what is left.
    const token = await server.token({ role: 'seller', id: 'seller-1', shopId: 's-1' });
    const log = await server.fetch('/api/v1/webhook-endpoints/we_shop/deliveries', { token });
    assert.equal(log.status, 200);
    assert.equal(((await log.json()) as { total: number }).total, 3);
  });

  it('removes sent emails after 30 days and given-up ones after 90, never pending ones', async () => {
    await addEmail('sent-old', 'sent', 31 * DAY);
    await addEmail('sent-new', 'sent', 29 * DAY);
    await addEmail('failed-old', 'failed', 91 * DAY);
    await addEmail('failed-new', 'failed', 89 * DAY);
    await addEmail('pending-old', 'pending', 100 * DAY);
    assert.equal((await purge(server.db, NOW))?.emails, 2);
    const left = await server.db.query<{ dedupe: string }>(
      'SELECT dedupe FROM email_outbox ORDER BY dedupe',
    );
    assert.deepEqual(
      left.map((row) => row.dedupe),
      ['failed-new', 'pending-old', 'sent-new'],
    );
  });

  it('removes digest items no digest took within a week', async () => {
    for (const [eventId, age] of [
      [1, 8 * DAY],
      [2, 6 * DAY],
    ] as const) {
      await server.db.query(
        `INSERT INTO email_digest_items (role, person_id, shop_id, question_id, event_id, created_at)
         VALUES ('seller', 'seller-1', 's-1', 'q-001', $1, $2)`,
        [eventId, ago(age)],
      );
    }
    assert.equal((await purge(server.db, NOW))?.digestItems, 1);
    assert.equal(await count(server.db, 'email_digest_items'), 1);
  });

  it('deletes in batches until nothing old is left', async () => {
    const ids = Array.from({ length: 25 }, (_, index) => index + 1);
    await addEvents(ids, 10 * DAY);
    await setEmailCursor(25);
    await addEndpoint('we_shop', 0);
    for (const id of ids)
      await addDelivery('we_shop', id, id % 2 ? 'delivered' : 'failed', 100 * DAY);
    for (const id of ids) await addEmail(`mail-${id}`, id % 2 ? 'sent' : 'failed', 100 * DAY);
    const result = await purge(server.db, NOW, { emailReader: false, batch: 4 });
    assert.ok(result);
    assert.equal(result.webhookDeliveries, 25);
    assert.equal(result.emails, 25);
    // No pending delivery holds an event, but the endpoint has read none.
    assert.equal(result.events, 0);
    await server.db.query("UPDATE webhook_endpoints SET last_event_id = 25 WHERE id = 'we_shop'");
    assert.equal((await purge(server.db, NOW, { batch: 4 }))?.events, 25);
    assert.equal(await count(server.db, 'events'), 0);
  });
});

describe('outbox retention configuration', () => {
  it('keeps events 7 days, delivered webhooks and sent emails 30, failed ones 90', () => {
    assert.deepEqual(purgeScheduleFromEnv({})?.retention, DEFAULT_RETENTION);
    assert.equal(purgeScheduleFromEnv({})?.batch, 1000);
    assert.deepEqual(
      purgeScheduleFromEnv({
        EVENTS_RETENTION_DAYS: '2',
        WEBHOOK_DELIVERED_RETENTION_DAYS: '7',
        WEBHOOK_FAILED_RETENTION_DAYS: '14',
        EMAIL_SENT_RETENTION_DAYS: '3',
        EMAIL_FAILED_RETENTION_DAYS: '10',
        PURGE_BATCH: '200',
      }),
      {
        intervalMinutes: 60,
        batch: 200,
        retention: {
          ...DEFAULT_RETENTION,
          eventDays: 2,
          deliveredWebhookDays: 7,
          failedWebhookDays: 14,
          sentEmailDays: 3,
          failedEmailDays: 10,
        },
      },
    );
  });

  it('refuses retentions of 0 days, a failed-delivery log shorter than the retries, and a batch of 0', () => {
    assert.throws(
      () => purgeScheduleFromEnv({ EVENTS_RETENTION_DAYS: '0' }),
      /EVENTS_RETENTION_DAYS must be at least 1/,
    );
    assert.throws(
      () => purgeScheduleFromEnv({ WEBHOOK_FAILED_RETENTION_DAYS: '1' }),
      /WEBHOOK_FAILED_RETENTION_DAYS must be at least 2/,
    );
    assert.throws(
      () => purgeScheduleFromEnv({ PURGE_BATCH: '0' }),
      /PURGE_BATCH must be at least 1/,
    );
    assert.throws(
      () => purgeScheduleFromEnv({ EMAIL_SENT_RETENTION_DAYS: 'month' }),
      /EMAIL_SENT_RETENTION_DAYS must be a whole number/,
    );
  });
});

describe(`the purge's schedule on ${target}`, () => {
  it('purges 5 seconds after start, then every PURGE_INTERVAL_MINUTES, and plans nothing after stop()', async () => {
    const server = await startServer({ seed: false, demo: false });
    try {
      const { planned, timers, fire } = manualTimers();
      await server.db.query(
        `INSERT INTO events (id, type, question_id, shop_id, payload, created_at)
         VALUES (1, 'question.created', 'q-001', 's-1', '{}', $1)`,
        [ago(10 * DAY)],
      );
      const schedule = purgeScheduleFromEnv({ PURGE_INTERVAL_MINUTES: '15' })!;
      const worker = schedulePurge(server.db, schedule, pino({ level: 'silent' }), {
        now: () => NOW,
        emailReader: false,
        timers,
      });
      assert.deepEqual(
        planned.map((entry) => entry.ms),
        [5_000],
      );
      assert.equal(await count(server.db, 'events'), 1, 'nothing runs before its time');
      fire(5_000);
      await until(() => planned.length === 1, 'the next purge is planned');
      assert.equal(planned[0]!.ms, 15 * 60_000);
      assert.equal(await count(server.db, 'events'), 0);
      fire(15 * 60_000);
      await worker.stop();
      assert.deepEqual(planned, [], 'nothing is planned after stop()');
    } finally {
      await server.close();
    }
  });
});
