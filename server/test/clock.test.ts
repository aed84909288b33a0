// The clock that runs by itself: with an injected clock and no client request, SLA warnings,
// late questions and the platform's take-over of late after-sales issues happen once each at
// their time, recorded as domain events in the `events` table; two schedulers on one database
// give each once; what fell due while no scheduler ran happens at start. And the seller metrics
// the server answers count late answers honestly, as the shared rules do. On PGlite by default;
// on PostgreSQL when TEST_DATABASE_URL names a server (the race then uses two connection pools,
// as two server processes do).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { computeMetrics } from '../../src/domain/metrics.js';
import { startScheduler } from '../src/clock.js';
import type { EventRow } from '../src/events.js';
import { runDueClocks } from '../src/sql-store.js';
import { nothingDue, runClocks, TestClock } from './support/clock.js';
import {
  DAY,
  HOUR,
  otherProcess,
  PEOPLE,
  postJson,
  startServerWithShop,
  target,
  type TestServer,
  until,
} from './support/server.js';
import { afterSaleIssue, preSaleQuestion } from './support/questions.js';

/** This test's own shop: the seed's questions stay out of what it counts. */
const SHOP = 's-clock';

let server: TestServer;
let seller: string;
let sanne: string;
let anna: string;
/** The injected clock. */
const clock = new TestClock();
const { now } = clock;

/** The clock's events on a question (requests record theirs too: question.created, …). */
const events = (questionId: string) =>
  server.db.query<EventRow>(
    `SELECT id::float8 AS id, type, question_id, shop_id, payload FROM events
     WHERE question_id = $1 AND type IN ('question.sla_warning', 'question.late',
       'question.taken_over')
     ORDER BY id`,
    [questionId],
  );

/** Each event as `type` or `type:level`, in order. */
const kinds = async (questionId: string) =>
  (await events(questionId)).map((event) =>
    typeof event.payload['level'] === 'string'
      ? `${event.type}:${event.payload['level']}`
      : event.type,
  );

/** The question's row as the database has it: no request to the API. */
async function row(id: string) {
  const [found] = await server.db.query<{
    status: string;
    reply_due_at: Date | null;
    clock_at: Date | null;
    data: { handler: string };
    last_event: { type: string; reason?: string } | null;
    taken_over: number;
  }>(
    `SELECT q.status, q.reply_due_at, q.clock_at, q.data,
       (SELECT m.data->'event' FROM messages m WHERE m.question_id = q.id
         ORDER BY m.position DESC LIMIT 1) AS last_event,
       (SELECT count(*)::integer FROM messages m WHERE m.question_id = q.id
         AND m.data->'event'->>'type' = 'taken_over') AS taken_over
     FROM questions q WHERE q.id = $1`,
    [id],
  );
  assert.ok(found, `question ${id}`);
  return found;
}

const post = (path: string, token: string, body: unknown) =>
  postJson<{ id: string; status: string }>(server, path, token, body);

/** A pre-sales question to the seller (the buyer is in the EU). */
const askPreSale = (token = sanne) => post('/questions', token, preSaleQuestion(SHOP));

/** An after-sales issue on a seller-funded order: the seller must answer it. */
const askAfterSale = () => post('/questions', sanne, afterSaleIssue(SHOP, 'o-clock'));

const tick = () => runClocks(server, clock);

/** A scheduler on the test server, every `intervalMs` unless woken. */
const schedule = (intervalMs: number) =>
  startScheduler({
    db: server.db,
    baseUrl: server.basePath,
    now,
    schedule: { intervalMs, batch: 100 },
  });

describe(`the clock on ${target}`, () => {
  before(async () => {
    // A second shop with its seller and a seller-funded order, copied from the seed's.
    ({
      server,
      tokens: { owner: seller, sanne, anna },
    } = await startServerWithShop(
      {
        id: SHOP,
        name: 'Clockwork',
        seller: { id: 'seller-clock' },
        order: { id: 'o-clock', number: 'SQ-CLOCK-1' },
      },
      { sanne: PEOPLE.sanne, anna: PEOPLE.anna },
      { now },
    ));
  });
  after(async () => {
    await server.close();
  });
  beforeEach(async () => {
    // Each test starts with nothing due: the seed's and earlier tests' clocks have run out.
    await nothingDue(server, clock);
  });

  it('moves an unanswered after-sales issue to the platform at 48 h, with no request', async () => {
    const question = await askAfterSale();
    assert.equal(question.status, 'awaiting_seller');
    const asked = clock.ms;
    const scheduler = schedule(30);
    try {
      clock.ms = asked + 48 * HOUR; // exactly due: still the seller's
      await until(
        async () => (await kinds(question.id)).includes('question.sla_warning:urgent'),
        'urgent',
      );
      assert.equal((await row(question.id)).status, 'awaiting_seller');
      clock.ms += 1;
      await until(
        async () => (await row(question.id)).status === 'awaiting_platform',
        'taken over',
      );
      const taken = await row(question.id);
      assert.equal(taken.data.handler, 'platform');
      assert.equal(taken.reply_due_at, null);
      assert.equal(taken.clock_at, null);
      assert.deepEqual(taken.last_event, { type: 'taken_over', reason: 'late' });
      assert.equal(taken.taken_over, 1);
      // A few more runs change nothing.
      await new Promise((resolve) => setTimeout(resolve, 150));
    } finally {
      await scheduler.stop();
    }
    const seen = await events(question.id);
    assert.deepEqual(
      seen.map((event) => event.type),
      ['question.sla_warning', 'question.late', 'question.taken_over'],
    );
    const takenOver = seen[2]!;
    assert.equal(takenOver.shop_id, SHOP);
    assert.deepEqual(takenOver.payload, {
      reason: 'late',
      replyDueAt: new Date(asked + 48 * HOUR).toISOString(),
      category: 'after_sale',
      topic: 'item_defective',
    });
    // The buyer sees the platform's take-over.
    const detail = (await (
      await server.fetch(`/api/v1/questions/${question.id}`, { token: sanne })
    ).json()) as { status: string; handler: string; messages: { event?: { type: string } }[] };
    assert.equal(detail.status, 'awaiting_platform');
    assert.equal(detail.handler, 'platform');
    assert.equal(detail.messages.at(-1)?.event?.type, 'taken_over');
  });

  it('warns at warnHours and urgentHours before the deadline, once each', async () => {
    const question = await askPreSale();
    const asked = clock.ms;
    const config = (await (await server.fetch('/api/v1/config', { token: sanne })).json()) as {
      slaHours: number;
      warnHours: number;
      urgentHours: number;
    };
    const due = asked + config.slaHours * HOUR;
    clock.ms = due - config.warnHours * HOUR; // exactly 12 h left: not below yet
    await tick();
    assert.deepEqual(await kinds(question.id), []);
    clock.ms += 1;
    await tick();
    await tick();
    assert.deepEqual(await kinds(question.id), ['question.sla_warning:warn']);
    clock.ms = due - config.urgentHours * HOUR + 1;
    await tick();
    await tick();
    assert.deepEqual(await kinds(question.id), [
      'question.sla_warning:warn',
      'question.sla_warning:urgent',
    ]);
    const [warn] = await events(question.id);
    assert.deepEqual(warn!.payload, {
      level: 'warn',
      replyDueAt: new Date(due).toISOString(),
      category: 'pre_sale',
      topic: 'shop',
    });
    assert.equal((await row(question.id)).clock_at?.getTime(), due + 1);
  });

  it('marks a late pre-sales question late and leaves it with the seller', async () => {
    const question = await askPreSale();
    clock.ms += 48 * HOUR + 1;
    await tick();
    await tick();
    // Every notice was due at once: the warnings are not given any more, only "late".
    assert.deepEqual(await kinds(question.id), ['question.late']);
    const [late] = await events(question.id);
    assert.equal(late!.payload['takenOver'], false);
    const stays = await row(question.id);
    assert.equal(stays.status, 'awaiting_seller');
    assert.equal(stays.data.handler, 'seller');
    assert.equal(stays.clock_at, null);
    assert.equal(stays.taken_over, 0);
    // The seller may still answer it.
    await post(`/questions/${question.id}/messages`, seller, {
      text: 'Yes, we do.',
      language: 'en',
    });
    assert.deepEqual(await kinds(question.id), ['question.late']);
  });

  it('gives no warning or late event on a question answered before its time', async () => {
    const answered = await askPreSale();
    const resolved = await askPreSale();
    clock.ms += 2 * HOUR;
    await post(`/questions/${answered.id}/messages`, seller, {
      text: 'Yes, to the whole EU.',
      language: 'en',
    });
    await post(`/questions/${resolved.id}/resolve`, seller, {});
    assert.equal((await row(answered.id)).clock_at, null);
    clock.ms += 100 * HOUR;
    await tick();
    assert.deepEqual(await kinds(answered.id), []);
    assert.deepEqual(await kinds(resolved.id), []);
    // A follow-up starts a new clock, and its warning comes on time.
    await post(`/questions/${answered.id}/messages`, sanne, {
      text: 'And to Norway?',
      language: 'en',
    });
    clock.ms += 37 * HOUR;
    await tick();
    assert.deepEqual(await kinds(answered.id), ['question.sla_warning:warn']);
  });

  it('runs at start what fell due while no scheduler ran', async () => {
    const issue = await askAfterSale();
    const question = await askPreSale();
    clock.ms += 49 * HOUR; // the server was down
    assert.equal((await row(issue.id)).status, 'awaiting_seller');
    const scheduler = schedule(60_000);
    try {
      await until(async () => (await row(issue.id)).status === 'awaiting_platform', 'taken over');
      await until(async () => (await kinds(question.id)).length > 0, 'late');
    } finally {
      await scheduler.stop();
    }
    assert.deepEqual(await kinds(issue.id), ['question.late', 'question.taken_over']);
    assert.deepEqual(await kinds(question.id), ['question.late']);
  });

  it('plans its next run by the nearest due time when a write wakes it', async () => {
    const scheduler = schedule(600_000);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100)); // its run at start: nothing due
      const question = await askPreSale();
      clock.ms += 36 * HOUR + 1;
      // Asleep for ten minutes; a write in this process wakes it (the server's onWrite).
      scheduler.wake();
      await until(async () => (await kinds(question.id)).length > 0, 'warned', 5_000);
      assert.deepEqual(await kinds(question.id), ['question.sla_warning:warn']);
    } finally {
      await scheduler.stop();
    }
  });

  it('gives each notice once with two schedulers racing (and requests arriving)', async () => {
    // Two server processes: a pool of their own each (on PGlite, one database connection).
    const second = await otherProcess(server, 4);
    const other = second.db;
    try {
      const issues: { id: string }[] = [];
      const questions: { id: string }[] = [];
      for (let index = 0; index < 4; index += 1) issues.push(await askAfterSale());
      for (let index = 0; index < 12; index += 1) {
        questions.push(await askPreSale(index % 2 ? sanne : anna));
      }
      const asked = clock.ms;
      const race = async () => {
        const runs: Promise<unknown>[] = [];
        for (let index = 0; index < 4; index += 1) {
          runs.push(runDueClocks(server.db, { baseUrl: server.basePath, now, batch: 3 }));
          runs.push(runDueClocks(other, { baseUrl: server.basePath, now, batch: 3 }));
        }
        // Requests that find a late issue hand it over themselves (the same rules, once).
        for (const issue of issues) {
          runs.push(server.fetch(`/api/v1/questions/${issue.id}`, { token: sanne }));
        }
        return Promise.all(runs);
      };
      for (const at of [37, 47, 49]) {
        clock.ms = asked + at * HOUR;
        await race();
      }
      for (const issue of issues) {
        assert.deepEqual(await kinds(issue.id), [
          'question.sla_warning:warn',
          'question.sla_warning:urgent',
          'question.late',
          'question.taken_over',
        ]);
        const taken = await row(issue.id);
        assert.equal(taken.status, 'awaiting_platform');
        assert.equal(taken.taken_over, 1);
      }
      for (const question of questions) {
        assert.deepEqual(await kinds(question.id), [
          'question.sla_warning:warn',
          'question.sla_warning:urgent',
          'question.late',
        ]);
      }
      // Across the whole database (the seed's questions too): no notice given twice.
      const twice = await server.db.query(
        `SELECT question_id, type, payload->>'level' AS level, payload->>'replyDueAt' AS due,
           count(*)::integer AS n
         FROM events WHERE type IN ('question.sla_warning', 'question.late',
           'question.taken_over')
         GROUP BY 1, 2, 3, 4 HAVING count(*) > 1`,
      );
      assert.deepEqual(twice, []);
    } finally {
      await second.close();
    }
  });

  describe('seller metrics', () => {
    interface Metrics {
      responses: { needed: number; late: number };
      delayedRate: number | null;
    }
    const metrics = async () => {
      const response = await server.fetch('/api/v1/metrics', { token: seller });
      assert.equal(response.status, 200);
      const { responses, delayedRate } = (await response.json()) as Metrics;
      return { responses, delayedRate };
    };
    /** The shared rules on every obligation of the shop, unfiltered. */
    const fromRules = async () => {
      const rows = await server.db.query<{
        question_id: string;
        requested_at: Date;
        due_at: Date;
        answered_at: Date | null;
      }>(
        'SELECT question_id, requested_at, due_at, answered_at FROM obligations WHERE shop_id = $1',
        [SHOP],
      );
      const computed = computeMetrics({
        now: now(),
        ratings: [],
        obligations: rows.map((obligation) => ({
          questionId: obligation.question_id,
          requestedAt: obligation.requested_at.toISOString(),
          dueAt: obligation.due_at.toISOString(),
          answeredAt: obligation.answered_at?.toISOString() ?? null,
        })),
      });
      return { responses: computed.responses, delayedRate: computed.delayedRate };
    };

    it('counts late answers honestly, whatever the seller does afterwards', async () => {
      // Leave earlier tests' questions out of the window.
      clock.ms += 100 * DAY;
      const asked = clock.ms;
      const never = await askPreSale();
      const repliedLate = await askPreSale();
      const escalatedLate = await askPreSale();
      const resolvedLate = await askPreSale();
      const onTime = await askPreSale();
      const escalatedOnTime = await askPreSale();
      const refundedOnTime = await askAfterSale();
      const takenOver = await askAfterSale();

      clock.ms = asked + HOUR;
      await post(`/questions/${onTime.id}/messages`, seller, { text: 'Yes.', language: 'en' });
      await post(`/questions/${escalatedOnTime.id}/escalations`, seller, {
        reason: 'Customs question for the platform.',
      });
      await post(`/questions/${refundedOnTime.id}/refunds`, seller, {
        items: [{ itemId: 'o-1003-1', quantity: 1 }],
      });
      clock.ms = asked + 48 * HOUR; // exactly due: nothing late yet
      assert.deepEqual(await metrics(), { responses: { needed: 8, late: 0 }, delayedRate: 0 });

      clock.ms += 1;
      // Late as soon as the due time passes, before the clock or the seller does anything.
      assert.deepEqual(await metrics(), { responses: { needed: 8, late: 5 }, delayedRate: 5 / 8 });
      await tick();
      assert.equal((await row(takenOver.id)).status, 'awaiting_platform');

      clock.ms = asked + 50 * HOUR;
      await post(`/questions/${repliedLate.id}/messages`, seller, {
        text: 'Sorry for the wait: yes.',
        language: 'en',
      });
      await post(`/questions/${escalatedLate.id}/escalations`, seller, {
        reason: 'Passing this on, late.',
      });
      await post(`/questions/${resolvedLate.id}/resolve`, seller, {});
      const afterActions = await metrics();
      assert.deepEqual(afterActions, { responses: { needed: 8, late: 5 }, delayedRate: 5 / 8 });
      assert.deepEqual(afterActions, await fromRules());

      // Asked 31 days ago, due 29 days ago: still in the window by the due date.
      clock.ms = asked + 31 * DAY;
      const stays = await metrics();
      assert.deepEqual(stays, { responses: { needed: 8, late: 5 }, delayedRate: 5 / 8 });
      assert.deepEqual(stays, await fromRules());
      // Once the due dates leave the window, so do the questions.
      clock.ms = asked + 48 * HOUR + 30 * DAY + 1;
      assert.deepEqual(await metrics(), { responses: { needed: 0, late: 0 }, delayedRate: null });
      assert.deepEqual(await fromRules(), { responses: { needed: 0, late: 0 }, delayedRate: null });
      assert.equal((await row(never.id)).status, 'awaiting_seller');
    });

    it('counts "no response needed" as answered then: on time before the due time, late after', async () => {
      clock.ms += 100 * DAY;
      const asked = clock.ms;
      const thanksOnTime = await askPreSale();
      const thanksLate = await askPreSale();
      const mark = async (id: string, key: string = randomUUID()) => {
        const response = await server.fetch(`/api/v1/questions/${id}/no-response-needed`, {
          method: 'POST',
          token: seller,
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: '{}',
        });
        return {
          status: response.status,
          replayed: response.headers.get('Idempotent-Replayed'),
          body: (await response.json()) as {
            status: string;
            replyDueAt: string | null;
            code?: string;
            messages: { event?: { type: string } }[];
          },
        };
      };

      clock.ms = asked + HOUR;
      const key = randomUUID();
      const marked = await mark(thanksOnTime.id, key);
      assert.equal(marked.status, 200);
      assert.equal(marked.body.status, 'awaiting_buyer');
      assert.equal(marked.body.replyDueAt, null);
      assert.deepEqual(marked.body.messages.at(-1)?.event, { type: 'no_response_needed' });
      assert.equal((await row(thanksOnTime.id)).clock_at, null);
      // The same request again is replayed; another one finds nothing to answer.
      const again = await mark(thanksOnTime.id, key);
      assert.equal(again.status, 200);
      assert.equal(again.replayed, 'true');
      const nothing = await mark(thanksOnTime.id);
      assert.equal(nothing.status, 409);
      assert.equal(nothing.body.code, 'invalid_state');
      // The buyer's view leaves the shop's note out.
      const asBuyer = (await (
        await server.fetch(`/api/v1/questions/${thanksOnTime.id}`, { token: sanne })
      ).json()) as { messages: { event?: { type: string } }[] };
      assert.ok(!asBuyer.messages.some((message) => message.event?.type === 'no_response_needed'));
      // The buyer cannot mark it.
      const buyerTries = await server.fetch(
        `/api/v1/questions/${thanksLate.id}/no-response-needed`,
        {
          method: 'POST',
          token: sanne,
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
          body: '{}',
        },
      );
      assert.equal(buyerTries.status, 403);

      clock.ms = asked + 48 * HOUR + 1;
      assert.deepEqual(await metrics(), { responses: { needed: 2, late: 1 }, delayedRate: 1 / 2 });
      clock.ms = asked + 50 * HOUR;
      const late = await mark(thanksLate.id);
      assert.equal(late.status, 200);
      // Marked after the due time: still late, and it stays in the rate.
      const after = await metrics();
      assert.deepEqual(after, { responses: { needed: 2, late: 1 }, delayedRate: 1 / 2 });
      assert.deepEqual(after, await fromRules());

      // A "thanks" that reopened a resolved question goes back to resolved.
      const resolved = await askPreSale();
      await post(`/questions/${resolved.id}/resolve`, seller, {});
      await post(`/questions/${resolved.id}/messages`, sanne, { text: 'Thanks!', language: 'en' });
      assert.equal((await row(resolved.id)).status, 'awaiting_seller');
      const back = await mark(resolved.id);
      assert.equal(back.body.status, 'resolved');
    });
  });
});
