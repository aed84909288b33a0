// Email notifications end to end: events in the `events` outbox become mails in the
// recipient's language (the elements' catalogue), sent through SMTP to a local server
// (smtp-server) that a test can make refuse. The seller's deadline warning from the clock's own
// events, the buyer's answer mail with the shop's link, the daily digest, preferences and
// one-click unsubscribe with signed tokens, retries while SMTP refuses (the API unaffected)
// and two consumers that send each mail once. PGlite by default; PostgreSQL when
// TEST_DATABASE_URL is set (the second consumer then has its own connection pool).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { emailFromEnv, type EmailSettings } from '../src/email/config.js';
import { startScheduler } from '../src/clock.js';
import { emailOff, startEmail, type EmailEngine } from '../src/email/engine.js';
import { parseXliff } from '../src/email/catalogue.js';
import { unsubscribeToken } from '../src/email/tokens.js';
import { CatalogueError, importCatalogue } from '../src/import.js';
import { readFileSync } from 'node:fs';
import {
  HOUR,
  otherProcess,
  PEOPLE,
  postJson,
  startServer,
  startServerWithShop,
  target,
  type TestServer,
  until,
} from './support/server.js';
import { nothingDue, runClocks, TestClock } from './support/clock.js';
import { preSaleQuestion } from './support/questions.js';

const SHOP = 's-mail';
const SELLER_EMAIL = 'verkauf@mail-shop.example';
const BUYER_EMAIL = 'sanne.devries@example.com';
const SECRET = 'a-test-secret-that-is-long-enough-for-hmac';

interface Received {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Header lines as sent, by lower-case name. */
  headers: Map<string, string>;
}

let smtp: SMTPServer;
let smtpPort = 0;
/** Mails the SMTP server accepted. */
let inbox: Received[] = [];
/** While set, the SMTP server answers RCPT TO with 451 (try again later). */
let refusing = false;

let server: TestServer;
let engine: EmailEngine;
let settings: EmailSettings;
let seller: string;
let sanne: string;
const logs: { level: number; msg: string; reason?: string }[] = [];
const clock = new TestClock(Date.UTC(2027, 0, 4, 10));
const { now } = clock;

const post = (path: string, token: string, body: unknown) =>
  postJson<{ id: string; status: string }>(server, path, token, body);

const latestEventId = async () =>
  (
    await server.db.query<{ id: number }>('SELECT coalesce(max(id), 0)::float8 AS id FROM events')
  )[0]!.id;

/**
 * Writes the event the API is to emit for `questionId` (question.created, message.created),
 * unless the API already wrote one of that type since event `since`.
 */
async function emitted(type: string, questionId: string, since: number, payload = {}) {
  await server.db.query(
    `INSERT INTO events (id, type, question_id, shop_id, payload, created_at)
     SELECT nextval('events_seq'), $1, q.id, q.shop_id, $3::jsonb, $4 FROM questions q
     WHERE q.id = $2 AND NOT EXISTS (
       SELECT 1 FROM events e WHERE e.question_id = $2 AND e.type = $1 AND e.id > $5)`,
    [type, questionId, JSON.stringify(payload), now(), since],
  );
}

/** A buyer's pre-sales question to the test shop, with its question.created event. */
async function ask(text: string) {
  const since = await latestEventId();
  const question = await post('/questions', sanne, { ...preSaleQuestion(SHOP), text });
  await emitted('question.created', question.id, since);
  return question;
}

/** The seller's reply, with its message.created event. */
async function reply(questionId: string, text: string) {
  const since = await latestEventId();
  const response = await server.fetch(`/api/v1/questions/${questionId}/messages`, {
    method: 'POST',
    token: seller,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({ text, language: 'en' }),
  });
  assert.equal(response.status, 201);
  const detail = (await response.json()) as { messages: { id: string }[] };
  const messageId = detail.messages.at(-1)!.id;
  await emitted('message.created', questionId, since, { messageId, role: 'seller' });
}

const to = (address: string) => inbox.filter((mail) => mail.to === address);

async function preferences(token: string, body?: unknown) {
  const response = await server.fetch('/api/v1/me/email-preferences', {
    method: body === undefined ? 'GET' : 'PUT',
    token,
    ...(body === undefined
      ? {}
      : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const DEFAULTS = { newQuestions: 'immediate', deadlineWarnings: true, answers: true };

describe(`email on ${target}`, () => {
  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (refusing) {
          const error = Object.assign(new Error('Mailbox busy, try again later'), {
            responseCode: 451,
          });
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            inbox.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              headers: new Map(
                mail.headerLines.map((header) => [
                  header.key,
                  header.line.slice(header.line.indexOf(':') + 1).trim(),
                ]),
              ),
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as AddressInfo).port;
    settings = emailFromEnv({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      EMAIL_FROM: 'Marketplace <no-reply@market.example>',
      EMAIL_SECRET: SECRET,
      PUBLIC_URL: 'https://api.market.example/',
      EMAIL_SELLER_URL: 'https://sellers.market.example/questions/{questionId}',
    })!;

    // The test's shop, with its link template, and its German seller.
    ({
      server,
      tokens: { owner: seller, sanne },
    } = await startServerWithShop(
      {
        id: SHOP,
        name: 'Mail & Co',
        questionUrl: 'https://mail-shop.example/account/questions/{questionId}',
        seller: { id: 'seller-mail', name: 'Greta Maier', language: 'de', email: SELLER_EMAIL },
        order: { id: 'o-mail', number: 'SQ-MAIL-1' },
      },
      { sanne: PEOPLE.sanne },
      { now, emailSecret: SECRET },
    ));
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logs.push(JSON.parse(chunk.toString()) as (typeof logs)[number]);
          done();
        },
      }),
    );
    engine = await startEmail({
      db: server.db,
      settings,
      basePath: server.basePath,
      now,
      logger,
      timers: false,
    });
  });
  after(async () => {
    await engine.stop();
    await server.close();
    await new Promise<void>((resolve) => {
      smtp.close(() => {
        resolve();
      });
    });
  });
  beforeEach(async () => {
    // Nothing left over: earlier questions' clocks have run out (late: no mail), mails are out.
    await nothingDue(server, clock);
    refusing = false;
    await engine.tick();
    inbox = [];
    logs.length = 0;
  });

  it("warns the seller before the deadline in the seller's language (German)", async () => {
    const config = (await (await server.fetch('/api/v1/config', { token: sanne })).json()) as {
      slaHours: number;
      warnHours: number;
      urgentHours: number;
    };
    const question = await ask('Liefern Sie auch in die Niederlande?');
    const asked = clock.ms;
    const due = new Date(asked + config.slaHours * HOUR);
    await engine.tick();
    const [created] = to(SELLER_EMAIL);
    assert.equal(created?.subject, 'Neue Frage von Sanne de Vries');
    // The clock's own events, with the injected time: `warnHours` before the deadline.
    clock.ms = due.getTime() - config.warnHours * HOUR + 1;
    await runClocks(server, clock);
    await engine.tick();
    const warnings = to(SELLER_EMAIL).slice(1);
    assert.equal(warnings.length, 1);
    const [warning] = warnings;
    const when = new Intl.DateTimeFormat('de', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    }).format(due);
    assert.equal(warning!.subject, `Erinnerung: Antworten Sie Sanne de Vries bis ${when}`);
    assert.match(warning!.text, /Sanne de Vries wartet noch auf Ihre Antwort:/);
    assert.match(warning!.text, /> Liefern Sie auch in die Niederlande\?/);
    assert.match(warning!.text, new RegExp(`Bitte antworten Sie bis ${when}\\.`));
    assert.match(
      warning!.text,
      new RegExp(`Frage öffnen: https://sellers\\.market\\.example/questions/${question.id}`),
    );
    assert.match(warning!.html, /<html lang="de" dir="ltr">/);
    assert.match(warning!.text, /Diese E-Mails abbestellen: https:\/\/api\.market\.example\//);
    // RFC 8058 one-click unsubscribe.
    assert.match(
      warning!.headers.get('list-unsubscribe') ?? '',
      /^<https:\/\/api\.market\.example\/api\/v1\/email\/unsubscribe\?token=[\w-]+\.[\w-]+>$/,
    );
    assert.equal(warning!.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');

    // The last call, once; a few more runs send nothing more.
    clock.ms = due.getTime() - config.urgentHours * HOUR + 1;
    await runClocks(server, clock);
    await engine.tick();
    await engine.tick();
    const urgent = to(SELLER_EMAIL).slice(2);
    assert.deepEqual(
      urgent.map((mail) => mail.subject.split(':')[0]),
      ['Dringend'],
    );
  });

  it('tells the buyer of the answer in their language, with the shop’s link', async () => {
    const question = await ask('Do you ship to the Netherlands?');
    await engine.tick();
    // The buyer's own message mails no one but the seller's new-question mail.
    assert.deepEqual(to(BUYER_EMAIL), []);
    await reply(question.id, 'Yes <b>we do</b> & it takes "2 days".');
    await engine.tick();
    const [answer] = to(BUYER_EMAIL);
    assert.ok(answer, 'the buyer got a mail');
    // Sanne's profile language is Dutch.
    assert.equal(answer.subject, 'Mail & Co heeft uw vraag beantwoord');
    assert.match(answer.text, /Mail & Co schreef:\n\n> Yes <b>we do<\/b> & it takes "2 days"\./);
    assert.match(
      answer.text,
      new RegExp(`Gesprek bekijken: https://mail-shop\\.example/account/questions/${question.id}`),
    );
    // The answer is the seller's text: escaped in the HTML part, never markup.
    assert.doesNotMatch(answer.html, /<b>we do<\/b>/);
    assert.match(answer.html, /Yes &lt;b&gt;we do&lt;\/b&gt; &amp; it takes &quot;2 days&quot;\./);
    assert.match(answer.html, /Mail &amp; Co schreef:/);
    assert.match(
      answer.html,
      new RegExp(`<a href="https://mail-shop\\.example/account/questions/${question.id}">`),
    );
    assert.equal(to(BUYER_EMAIL).length, 1);
  });

  it('escapes what the buyer wrote in the seller’s mail', async () => {
    await ask('<img src=x onerror=alert(1)> Is this "cotton" & wool?');
    await engine.tick();
    const [mail] = to(SELLER_EMAIL);
    assert.ok(mail);
    assert.doesNotMatch(mail.html, /<img/);
    assert.match(
      mail.html,
      /&lt;img src=x onerror=alert\(1\)&gt; Is this &quot;cotton&quot; &amp; wool\?/,
    );
    assert.match(mail.text, /> <img src=x onerror=alert\(1\)> Is this "cotton" & wool\?/);
  });

  it('collects new questions into one daily digest when the seller prefers it', async () => {
    const chosen = await preferences(seller, { ...DEFAULTS, newQuestions: 'daily' });
    assert.equal(chosen.status, 200);
    assert.deepEqual(chosen.body, { email: SELLER_EMAIL, ...DEFAULTS, newQuestions: 'daily' });
    try {
      // 10:00 UTC: the next digest is tomorrow at 08:00.
      clock.ms = Date.UTC(2040, 5, 1, 10);
      await ask('Is the mug dishwasher safe?');
      await ask('Do you sell gift cards?');
      await engine.tick();
      assert.deepEqual(to(SELLER_EMAIL), []);
      clock.ms = Date.UTC(2040, 5, 2, 7, 59);
      await engine.tick();
      assert.deepEqual(to(SELLER_EMAIL), []);
      clock.ms = Date.UTC(2040, 5, 2, 8, 0);
      await engine.tick();
      await engine.tick();
      const digests = to(SELLER_EMAIL);
      assert.equal(digests.length, 1);
      assert.equal(digests[0]!.subject, 'Neue Fragen für Mail & Co: 2');
      assert.match(
        digests[0]!.text,
        /Diese Fragen sind seit der letzten Zusammenfassung eingegangen:/,
      );
      assert.match(digests[0]!.text, /> Is the mug dishwasher safe\?/);
      assert.match(digests[0]!.text, /> Do you sell gift cards\?/);
    } finally {
      await preferences(seller, DEFAULTS);
    }
  });

  it('unsubscribes with one click from the link’s signed token and refuses a forged one', async () => {
    const question = await ask('Can I pick it up in person?');
    await engine.tick();
    const [mail] = to(SELLER_EMAIL);
    const link = /Diese E-Mails abbestellen: (\S+)/.exec(mail!.text)?.[1];
    assert.ok(link);
    const path = new URL(link).pathname + new URL(link).search;
    assert.ok(path.startsWith('/api/v1/email/unsubscribe?token='));

    // Opening the link shows a page with a button; it changes nothing.
    const page = await server.fetch(path);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('Content-Type') ?? '', /text\/html/);
    const html = await page.text();
    assert.match(html, /<h1[^>]*>Diese E-Mails abbestellen\?<\/h1>/);
    assert.match(html, /<form method="post"/);
    assert.equal((await preferences(seller)).body['newQuestions'], 'immediate');

    // One click (RFC 8058): a POST with List-Unsubscribe=One-Click.
    const done = await server.fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(done.status, 200);
    assert.match(await done.text(), /Sie erhalten diese E-Mails nicht mehr\./);
    assert.deepEqual((await preferences(seller)).body, {
      email: SELLER_EMAIL,
      ...DEFAULTS,
      newQuestions: 'off',
    });
    await ask('And on Saturdays?');
    await engine.tick();
    assert.equal(to(SELLER_EMAIL).length, 1, 'no new-question mail after unsubscribing');
    // Warnings are another kind: still on.
    clock.ms += 36 * HOUR + 1;
    await runClocks(server, clock);
    await engine.tick();
    assert.ok(to(SELLER_EMAIL).some((mail) => mail.subject.startsWith('Erinnerung')));
    assert.ok(question.id);

    // Forged: another person in the payload with the old signature; signed with another
    // secret; not a token at all.
    const token = new URL(link).searchParams.get('token')!;
    const signature = token.split('.')[1]!;
    const otherPayload = Buffer.from(
      JSON.stringify(['seller', 'seller-1', 'newQuestions']),
    ).toString('base64url');
    const forged = [
      `${otherPayload}.${signature}`,
      unsubscribeToken(
        { role: 'seller', personId: 'seller-1', kind: 'newQuestions' },
        'another-secret-that-is-also-long-enough',
      ),
      'nonsense',
      '',
    ];
    for (const bad of forged) {
      for (const method of ['GET', 'POST']) {
        const response = await server.fetch(
          `/api/v1/email/unsubscribe?token=${encodeURIComponent(bad)}`,
          { method },
        );
        assert.equal(response.status, 400, `${method} ${bad}`);
        assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
        assert.equal(((await response.json()) as { code: string }).code, 'bad_request');
      }
    }
    const seed = await server.token(PEOPLE.seller);
    assert.equal((await preferences(seed)).body['newQuestions'], 'immediate');
    await preferences(seller, DEFAULTS);
  });

  it('checks preference changes like every request', async () => {
    assert.equal((await preferences('')).status, 401);
    const bad = await preferences(seller, { ...DEFAULTS, newQuestions: 'weekly' });
    assert.equal(bad.status, 422);
    assert.equal((bad.body['errors'] as { pointer: string }[])[0]!.pointer, '/newQuestions');
    const unknown = await preferences(seller, { ...DEFAULTS, sms: true });
    assert.equal(unknown.status, 422);
    assert.equal((unknown.body['errors'] as { code: string }[])[0]!.code, 'unknown');
    const partial = await preferences(seller, { answers: false });
    assert.equal(partial.status, 422);
    const text = await server.fetch('/api/v1/me/email-preferences', {
      method: 'PUT',
      token: seller,
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    assert.equal(text.status, 415);
    const deleted = await server.fetch('/api/v1/me/email-preferences', {
      method: 'DELETE',
      token: seller,
    });
    assert.equal(deleted.status, 405);
    assert.equal(deleted.headers.get('Allow'), 'GET, PUT');
    // A buyer's own: the catalogue's address, every email by default.
    assert.deepEqual((await preferences(sanne)).body, { email: BUYER_EMAIL, ...DEFAULTS });
  });

  it('retries while the SMTP server refuses, logs it, and the API is unaffected', async () => {
    const question = await ask('Is there a warranty?');
    await engine.tick();
    inbox = [];
    refusing = true;
    // The seller answers: the API answers as always, whatever SMTP does.
    await reply(question.id, 'Two years.');
    const first = await engine.tick();
    assert.equal(first.refused, 1);
    assert.deepEqual(to(BUYER_EMAIL), []);
    const [row] = await server.db.query<{ status: string; attempts: number; last_error: string }>(
      `SELECT status, attempts, last_error FROM email_outbox WHERE person_id = 'b-sanne'
       ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual(
      { status: row!.status, attempts: row!.attempts },
      { status: 'pending', attempts: 1 },
    );
    assert.match(row!.last_error, /451/);
    const warned = logs.find((entry) => entry.msg === 'email refused; will retry');
    assert.ok(warned, 'the refusal is logged');
    assert.doesNotMatch(JSON.stringify(logs), /sanne|Two years/i, 'no address or text in logs');
    // Not again at once: it backs off.
    refusing = false;
    assert.equal((await engine.tick()).sent, 0);
    clock.ms += 31_000;
    assert.equal((await engine.tick()).sent, 1);
    assert.equal(to(BUYER_EMAIL).length, 1);
    assert.equal(to(BUYER_EMAIL)[0]!.subject, 'Mail & Co heeft uw vraag beantwoord');
    const detail = await server.fetch(`/api/v1/questions/${question.id}`, { token: sanne });
    assert.equal(((await detail.json()) as { status: string }).status, 'awaiting_buyer');

    // A server that keeps refusing: given up after EMAIL_GIVE_UP_HOURS, logged as an error.
    refusing = true;
    await reply(question.id, 'And we repair for free.');
    for (let hour = 0; hour <= 25; hour += 1) {
      await engine.tick();
      clock.ms += HOUR;
    }
    await engine.tick();
    const [given] = await server.db.query<{ status: string; message: unknown; attempts: number }>(
      `SELECT status, message, attempts FROM email_outbox WHERE person_id = 'b-sanne'
       ORDER BY id DESC LIMIT 1`,
    );
    assert.equal(given!.status, 'failed');
    assert.equal(given!.message, null, 'the text is not kept');
    assert.ok(given!.attempts > 5);
    assert.ok(logs.some((entry) => entry.msg.startsWith('email given up')));
  });

  it('with two processes on their own, warns the seller before the platform takes over', async () => {
    const config = (await (await server.fetch('/api/v1/config', { token: sanne })).json()) as {
      slaHours: number;
      warnHours: number;
    };
    const since = await latestEventId();
    const question = await post('/questions', sanne, {
      category: 'after_sale',
      topic: 'item_defective',
      shopId: SHOP,
      orderId: 'o-mail',
      items: [{ itemId: 'o-1003-1', quantity: 1 }],
      text: 'Die Naht ist nach einer Wäsche aufgegangen.',
      language: 'de',
    });
    await emitted('question.created', question.id, since);
    const due = clock.ms + config.slaHours * HOUR;
    const process2 = await otherProcess(server, 5);
    const other = process2.db;
    // Two processes: each its clock and its email worker, nothing called by hand.
    const fast = { ...settings, intervalMs: 25 };
    const processes = [server.db, other].map((db) => ({
      clock: startScheduler({
        db,
        baseUrl: server.basePath,
        now,
        schedule: { intervalMs: 25, batch: 100 },
      }),
      email: startEmail({ db, settings: fast, basePath: server.basePath, now }),
    }));
    const status = async () =>
      (
        await server.db.query<{ status: string }>('SELECT status FROM questions WHERE id = $1', [
          question.id,
        ])
      )[0]!.status;
    try {
      // Received, and recorded as sent (the injected time then jumps ahead by hours, past
      // the lease of a mail still being sent).
      const settled = async () =>
        (
          await server.db.query(
            "SELECT 1 FROM email_outbox WHERE status = 'pending' AND lease_until IS NOT NULL",
          )
        ).length === 0;
      await until(
        async () => to(SELLER_EMAIL).length === 1 && (await settled()),
        'the new-question mail',
      );
      clock.ms = due - config.warnHours * HOUR + 1;
      await until(
        () => to(SELLER_EMAIL).some((mail) => mail.subject.startsWith('Erinnerung')),
        'the warning',
      );
      assert.equal(await status(), 'awaiting_seller');
      await until(settled, 'the warning recorded as sent');
      clock.ms = due + 1;
      await until(async () => (await status()) === 'awaiting_platform', 'the take-over');
      // A few more runs of both processes send nothing twice.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const subjects = to(SELLER_EMAIL).map((mail) => mail.subject.split(':')[0]);
      assert.deepEqual(subjects, ['Neue Frage von Sanne de Vries', 'Erinnerung']);

      // Customer service answers: the buyer hears it from customer service, in Dutch.
      const agent = await server.token(PEOPLE.agent);
      const before = await latestEventId();
      const response = await server.fetch(`/api/v1/questions/${question.id}/messages`, {
        method: 'POST',
        token: agent,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ text: 'Wir senden Ihnen Ersatz.', language: 'de' }),
      });
      assert.equal(response.status, 201);
      await emitted('message.created', question.id, before, { role: 'platform' });
      await until(() => to(BUYER_EMAIL).length === 1, 'the answer mail');
      assert.equal(to(BUYER_EMAIL)[0]!.subject, 'De klantenservice heeft uw vraag beantwoord');
      assert.match(
        to(BUYER_EMAIL)[0]!.text,
        /De klantenservice schreef:\n\n> Wir senden Ihnen Ersatz\./,
      );
    } finally {
      for (const process of processes) {
        await process.clock.stop();
        await (await process.email).stop();
      }
      await process2.close();
    }
  });

  it('mails nothing of what was written while it ran without email, and loses nothing over a restart with it', async () => {
    const restart = () =>
      startEmail({ db: server.db, settings, basePath: server.basePath, now, timers: false });
    // The server runs without SMTP for a while: questions come.
    await engine.stop();
    await emailOff(server.db);
    await ask('Asked while the server sent no mail?');
    await ask('Asked as well while it sent none?');
    // Started with SMTP: the history written meanwhile is not mailed.
    engine = await restart();
    await engine.tick();
    assert.deepEqual(to(SELLER_EMAIL), []);
    await ask('Asked once mail is on?');
    await engine.tick();
    assert.deepEqual(
      to(SELLER_EMAIL).map((mail) => /> (Asked[^\n]*)/.exec(mail.text)?.[1]),
      ['Asked once mail is on?'],
    );
    // Stopped and started again with SMTP: what came in between is mailed.
    await engine.stop();
    await ask('Asked while the mailing server restarted?');
    engine = await restart();
    await engine.tick();
    assert.equal(to(SELLER_EMAIL).length, 2);
    assert.match(to(SELLER_EMAIL)[1]!.text, /Asked while the mailing server restarted\?/);
  });

  it('sends each mail once with two consumers at the same time', async () => {
    const process2 = await otherProcess(server, 5);
    const other = process2.db;
    const second = await startEmail({
      db: other,
      settings,
      basePath: server.basePath,
      now,
      timers: false,
    });
    try {
      const asked = [];
      for (let i = 0; i < 6; i += 1) asked.push(await ask(`Question number ${i}?`));
      await Promise.all([engine.tick(), second.tick(), engine.tick(), second.tick()]);
      await Promise.all([engine.tick(), second.tick()]);
      const subjects = to(SELLER_EMAIL).map(
        (mail) => /> (Question number \d)/.exec(mail.text)?.[1],
      );
      assert.equal(subjects.length, 6);
      assert.equal(new Set(subjects).size, 6);
    } finally {
      await second.stop();
      await process2.close();
    }
  });
});

describe('email settings and the catalogue', () => {
  it('is off without SMTP and refuses half a configuration', () => {
    assert.equal(emailFromEnv({}), undefined);
    assert.throws(
      () => emailFromEnv({ SMTP_URL: 'smtp://mail.example:587' }),
      /EMAIL_FROM, EMAIL_SECRET, PUBLIC_URL is not set/,
    );
    assert.throws(
      () =>
        emailFromEnv({
          SMTP_URL: 'smtp://mail.example:587',
          EMAIL_FROM: 'x@example.com',
          EMAIL_SECRET: 'short',
          PUBLIC_URL: 'https://api.example',
        }),
      /EMAIL_SECRET must be at least 32 bytes/,
    );
    assert.throws(
      () =>
        emailFromEnv({
          SMTP_HOST: 'mail.example',
          EMAIL_FROM: 'x@example.com',
          EMAIL_SECRET: SECRET,
          PUBLIC_URL: 'https://api.example',
          EMAIL_QUESTION_URL: 'https://shop.example/{question}',
        }),
      /unknown placeholder \{question\}/,
    );
  });

  it('has every email text in all ten languages', () => {
    const ids = parseXliff(readFileSync(new URL('../../locales/de.xlf', import.meta.url), 'utf8'));
    const emailIds = [...ids.keys()].filter((id) => id.startsWith('email.'));
    assert.ok(emailIds.length >= 20);
    for (const locale of ['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'ar']) {
      const table = parseXliff(
        readFileSync(new URL(`../../locales/${locale}.xlf`, import.meta.url), 'utf8'),
      );
      for (const id of emailIds) assert.ok(table.has(id), `${locale}: ${id}`);
    }
  });

  it('imports people’s addresses and a shop’s link, and refuses bad ones', async () => {
    const server = await startServer({ seed: false, demo: false });
    try {
      const catalogue = JSON.parse(
        readFileSync(new URL('../examples/catalogue.json', import.meta.url), 'utf8'),
      ) as Record<string, Record<string, unknown>[]>;
      await importCatalogue(server.db, catalogue);
      const [shop] = await server.db.query<{ question_url: string; data: Record<string, unknown> }>(
        "SELECT question_url, data FROM shops WHERE id = 'shop-berlin'",
      );
      assert.equal(
        shop!.question_url,
        'https://spree-ceramics.example/account/questions/{questionId}',
      );
      assert.equal(shop!.data['questionUrl'], undefined, 'not part of the API’s Shop');
      const bad = structuredClone(catalogue);
      bad['sellers']![0]!['email'] = 'not an address';
      bad['shops']![0]!['questionUrl'] = 'javascript:alert(1)';
      await assert.rejects(
        () => importCatalogue(server.db, bad),
        (error: unknown) =>
          error instanceof CatalogueError &&
          error.problems.some((problem) => problem.startsWith('/sellers/0/email')) &&
          error.problems.some((problem) => problem.includes('/shops/0/questionUrl')),
      );
    } finally {
      await server.close();
    }
  });
});
