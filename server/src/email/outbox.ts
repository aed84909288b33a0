// Email's three steps, each safe with any number of server processes on one database:
//   collect  the domain events after the cursor become mails (or digest items) for the people
//            they concern, rendered in each one's language; the cursor moves in the same
//            transaction (claimed with FOR UPDATE SKIP LOCKED), so each event is mailed once;
//   digest   at the digest hour, each seller's collected new questions become one mail;
//   deliver  due mails are leased (FOR UPDATE SKIP LOCKED, then `lease_until`) and sent outside
//            any transaction; a refused mail is tried again with backoff until it is given up.
// The API never waits for any of this: a refusing SMTP server delays mails, nothing else.
import type { Logger } from 'pino';
import type { Database, Sql } from '../db.js';
import type { EventRow } from '../events.js';
import { intlTag, type SupportedLocale } from '../../../src/i18n/languages.js';
import { textsFor } from './catalogue.js';
import type { EmailSettings } from './config.js';
import type { Mailer, OutgoingMail } from './mailer.js';
import { clip, compose, emailLocale, fillLink, formatDue, type Block } from './render.js';
import { unsubscribeToken, type EmailKind, type PersonRole } from './tokens.js';

export type OutboxSettings = Pick<
  EmailSettings,
  'secret' | 'publicUrl' | 'questionUrl' | 'sellerUrl' | 'giveUpHours' | 'digestHour'
>;

export interface OutboxOptions {
  db: Database;
  settings: OutboxSettings;
  /** The API's path prefix (the unsubscribe endpoint is under it). */
  basePath: string;
  now: () => Date;
  logger?: Logger | undefined;
  /** Events, digest items or mails per step. */
  batch?: number | undefined;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How long a sender holds a mail it is sending before another may take it. */
const LEASE_MS = 2 * 60_000;

/** The wait before attempt `attempts + 1`: 30 s, 1 min, 2 min, … at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), HOUR);
}

/** The last digest time at or before `now`: today at `hour` UTC, or yesterday's. */
export function digestBoundary(now: Date, hour: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour);
  return new Date(today <= now.getTime() ? today : today - DAY);
}

interface QuestionFacts {
  id: string;
  shop_id: string;
  buyer_id: string;
  product_id: string | null;
  order_id: string | null;
  status: string;
  handler: string | null;
  reply_due_at: Date | string | null;
  shop_name: string;
  question_url: string | null;
  buyer_name: string;
  buyer_email: string | null;
  buyer_language: string | null;
  product_name: string | null;
  order_number: string | null;
  buyer_text: string | null;
}

interface SellerRow {
  id: string;
  email: string;
  language: string | null;
  new_questions: 'immediate' | 'daily' | 'off';
  deadline_warnings: boolean;
}

const QUESTION_FACTS = `
  SELECT q.id, q.shop_id, q.buyer_id, q.product_id, q.order_id, q.status,
    q.data->>'handler' AS handler, q.reply_due_at,
    s.data->>'name' AS shop_name, s.question_url,
    b.data->>'name' AS buyer_name, b.data->>'email' AS buyer_email,
    b.data->>'language' AS buyer_language,
    p.data->>'name' AS product_name, o.data->>'number' AS order_number,
    (SELECT m.data->>'text' FROM messages m WHERE m.question_id = q.id
       AND m.data->>'author' = 'buyer' ORDER BY m.position DESC LIMIT 1) AS buyer_text
  FROM questions q
    JOIN shops s ON s.id = q.shop_id
    JOIN buyers b ON b.id = q.buyer_id
    LEFT JOIN products p ON p.id = q.product_id
    LEFT JOIN orders o ON o.id = q.order_id
  WHERE q.id = ANY($1::text[])`;

async function questionFacts(sql: Sql, ids: string[]): Promise<Map<string, QuestionFacts>> {
  const rows = await sql.query<QuestionFacts>(QUESTION_FACTS, [ids]);
  return new Map(rows.map((row) => [row.id, row]));
}

const SELLERS = `
  SELECT s.id, s.data->>'email' AS email, s.data->>'language' AS language,
    coalesce(p.new_questions, 'immediate') AS new_questions,
    coalesce(p.deadline_warnings, true) AS deadline_warnings
  FROM sellers s
    LEFT JOIN email_preferences p ON p.role = 'seller' AND p.person_id = s.id
  WHERE s.shop_id = $1 AND coalesce(s.data->>'email', '') <> ''
  ORDER BY s.id`;

const iso = (value: Date | string) => new Date(value).toISOString();

export class EmailOutbox {
  readonly #options: OutboxOptions;
  readonly #batch: number;

  constructor(options: OutboxOptions) {
    this.#options = options;
    this.#batch = options.batch ?? 100;
  }

  #unsubscribeUrl(role: PersonRole, personId: string, kind: EmailKind): string {
    const token = unsubscribeToken({ role, personId, kind }, this.#options.settings.secret);
    const base = `${this.#options.settings.publicUrl}${this.#options.basePath}`;
    return `${base}/email/unsubscribe?token=${token}`;
  }

  #sellerLink(locale: SupportedLocale, facts: QuestionFacts): Block['link'] {
    const template = this.#options.settings.sellerUrl;
    if (!template) return undefined;
    return { label: textsFor(locale).openQuestion(), url: fillLink(template, linkValues(facts)) };
  }

  #about(locale: SupportedLocale, facts: QuestionFacts): string {
    const t = textsFor(locale);
    if (facts.product_name) return facts.product_name;
    if (facts.order_number) return t.aboutOrder(facts.order_number);
    return t.aboutShop();
  }

  /** The events after the cursor as mails; how many events were read (0: none, or claimed). */
  async collect(): Promise<number> {
    const { db } = this.#options;
    return db.transaction(async (sql) => {
      const [cursor] = await sql.query<{ event_id: number }>(
        'SELECT event_id::float8 AS event_id FROM email_cursor WHERE id = 1 FOR UPDATE SKIP LOCKED',
      );
      // Another process is collecting: it takes these events.
      if (!cursor) return 0;
      const events = await sql.query<EventRow>(
        `SELECT id::float8 AS id, type, question_id, shop_id, payload FROM events
         WHERE id > $1 ORDER BY id LIMIT $2`,
        [cursor.event_id, this.#batch],
      );
      if (events.length === 0) return 0;
      const relevant = events.filter((event) =>
        ['question.created', 'question.sla_warning', 'message.created'].includes(event.type),
      );
      const facts = await questionFacts(sql, [
        ...new Set(relevant.map((event) => event.question_id)),
      ]);
      for (const event of relevant) {
        const question = facts.get(event.question_id);
        // A question removed meanwhile: nothing to tell.
        if (!question) continue;
        if (event.type === 'question.created') await this.#newQuestion(sql, event, question);
        else if (event.type === 'question.sla_warning') await this.#warning(sql, event, question);
        else await this.#answer(sql, event, question);
      }
      await sql.query('UPDATE email_cursor SET event_id = $1 WHERE id = 1', [events.at(-1)!.id]);
      return events.length;
    });
  }

  async #enqueue(
    sql: Sql,
    dedupe: string,
    eventId: number | null,
    person: { role: PersonRole; id: string },
    kind: EmailKind,
    mail: OutgoingMail,
  ) {
    const now = this.#options.now();
    await sql.query(
      `INSERT INTO email_outbox (dedupe, event_id, role, person_id, kind, recipient, message,
         next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (dedupe) DO NOTHING`,
      [
        dedupe,
        eventId,
        person.role,
        person.id,
        kind,
        mail.to,
        JSON.stringify({
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: mail.headers,
        }),
        now,
      ],
    );
  }

  /** A new question: its shop's sellers, at once or in their daily digest. */
  async #newQuestion(sql: Sql, event: EventRow, facts: QuestionFacts) {
    // Platform customer service answers this one (a buyer outside the seller's regions).
    if (facts.handler === 'platform') return;
    for (const seller of await sql.query<SellerRow>(SELLERS, [facts.shop_id])) {
      if (seller.new_questions === 'off') continue;
      if (seller.new_questions === 'daily') {
        await sql.query(
          `INSERT INTO email_digest_items (role, person_id, shop_id, question_id, event_id, created_at)
           VALUES ('seller', $1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [seller.id, facts.shop_id, facts.id, event.id, this.#options.now()],
        );
        continue;
      }
      const locale = emailLocale(seller.language);
      const t = textsFor(locale);
      const due = facts.reply_due_at ? iso(facts.reply_due_at) : null;
      const mail = compose(locale, seller.email, {
        subject: t.newQuestionSubject(facts.buyer_name),
        blocks: [
          {
            lead: t.newQuestionIntro(facts.buyer_name, this.#about(locale, facts)),
            quote: facts.buyer_text ?? '',
            ...(due ? { note: t.answerBy(formatDue(due, locale)) } : {}),
            link: this.#sellerLink(locale, facts),
          },
        ],
        unsubscribeUrl: this.#unsubscribeUrl('seller', seller.id, 'newQuestions'),
      });
      await this.#enqueue(
        sql,
        `${event.id}:seller:${seller.id}`,
        event.id,
        { role: 'seller', id: seller.id },
        'newQuestions',
        mail,
      );
    }
  }

  /** The clock's warning (`warn`) or last call (`urgent`) before the seller's deadline. */
  async #warning(sql: Sql, event: EventRow, facts: QuestionFacts) {
    const due =
      typeof event.payload['replyDueAt'] === 'string' ? event.payload['replyDueAt'] : null;
    // Answered (or moved on) since: the warning is out of date.
    if (
      !due ||
      facts.status !== 'awaiting_seller' ||
      !facts.reply_due_at ||
      iso(facts.reply_due_at) !== due
    ) {
      return;
    }
    const urgent = event.payload['level'] === 'urgent';
    for (const seller of await sql.query<SellerRow>(SELLERS, [facts.shop_id])) {
      if (!seller.deadline_warnings) continue;
      const locale = emailLocale(seller.language);
      const t = textsFor(locale);
      const when = formatDue(due, locale);
      const mail = compose(locale, seller.email, {
        subject: urgent
          ? t.urgentSubject(facts.buyer_name, when)
          : t.warnSubject(facts.buyer_name, when),
        blocks: [
          {
            lead: t.waitingIntro(facts.buyer_name),
            quote: facts.buyer_text ?? '',
            note: t.answerBy(when),
            link: this.#sellerLink(locale, facts),
          },
        ],
        unsubscribeUrl: this.#unsubscribeUrl('seller', seller.id, 'deadlineWarnings'),
      });
      await this.#enqueue(
        sql,
        `${event.id}:seller:${seller.id}`,
        event.id,
        { role: 'seller', id: seller.id },
        'deadlineWarnings',
        mail,
      );
    }
  }

  /** A message on a question: the buyer hears of the seller's or customer service's answer. */
  async #answer(sql: Sql, event: EventRow, facts: QuestionFacts) {
    const messageId =
      typeof event.payload['messageId'] === 'string' ? event.payload['messageId'] : null;
    const byId = messageId
      ? await sql.query<{ author: string; text: string }>(
          `SELECT data->>'author' AS author, data->>'text' AS text FROM messages
           WHERE question_id = $1 AND id = $2`,
          [facts.id, messageId],
        )
      : [];
    // Without the message's id (or with one not found): the question's latest message.
    const [message] =
      byId.length > 0
        ? byId
        : await sql.query<{ author: string; text: string }>(
            `SELECT data->>'author' AS author, data->>'text' AS text FROM messages
             WHERE question_id = $1 AND data->>'author' <> 'system'
             ORDER BY position DESC LIMIT 1`,
            [facts.id],
          );
    if (!message || (message.author !== 'seller' && message.author !== 'platform')) return;
    if (!facts.buyer_email) return;
    const [preferences] = await sql.query<{ answers: boolean }>(
      `SELECT answers FROM email_preferences WHERE role = 'buyer' AND person_id = $1`,
      [facts.buyer_id],
    );
    if (preferences && !preferences.answers) return;
    const locale = emailLocale(facts.buyer_language);
    const t = textsFor(locale);
    const template = facts.question_url ?? this.#options.settings.questionUrl;
    const url = template ? fillLink(template, linkValues(facts)) : null;
    const platform = message.author === 'platform';
    const mail = compose(locale, facts.buyer_email, {
      subject: platform ? t.platformAnswerSubject() : t.answerSubject(facts.shop_name),
      blocks: [
        {
          lead: platform ? t.platformAnswerIntro() : t.answerIntro(facts.shop_name),
          quote: message.text,
          ...(url
            ? { link: { label: t.viewConversation(), url } }
            : { note: t.replyOnSite(facts.shop_name) }),
        },
      ],
      unsubscribeUrl: this.#unsubscribeUrl('buyer', facts.buyer_id, 'answers'),
    });
    await this.#enqueue(
      sql,
      `${event.id}:buyer:${facts.buyer_id}`,
      event.id,
      { role: 'buyer', id: facts.buyer_id },
      'answers',
      mail,
    );
  }

  /** The digests due by now, one mail per seller and shop; how many were made. */
  async digest(): Promise<number> {
    const { db, settings } = this.#options;
    const boundary = digestBoundary(this.#options.now(), settings.digestHour);
    return db.transaction(async (sql) => {
      // One process makes the digests of a moment; another finds the lock taken and skips.
      const [lock] = await sql.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock(7316021) AS locked',
      );
      if (!lock?.locked) return 0;
      const items = await sql.query<{
        person_id: string;
        shop_id: string;
        question_id: string;
        event_id: number;
      }>(
        `DELETE FROM email_digest_items WHERE created_at <= $1
         RETURNING person_id, shop_id, question_id, event_id::float8 AS event_id`,
        [boundary],
      );
      if (items.length === 0) return 0;
      const facts = await questionFacts(sql, [...new Set(items.map((item) => item.question_id))]);
      const groups = new Map<string, typeof items>();
      for (const item of items.sort((a, b) => a.event_id - b.event_id)) {
        const key = `${item.person_id}\u0000${item.shop_id}`;
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      let made = 0;
      for (const group of groups.values()) {
        const { person_id: sellerId, shop_id: shopId } = group[0]!;
        const seller = (await sql.query<SellerRow>(SELLERS, [shopId])).find(
          (row) => row.id === sellerId,
        );
        // Gone, without an address, or no longer wanting new questions.
        if (!seller || seller.new_questions === 'off') continue;
        const questions = group.flatMap((item) => {
          const found = facts.get(item.question_id);
          return found ? [found] : [];
        });
        if (questions.length === 0) continue;
        const locale = emailLocale(seller.language);
        const t = textsFor(locale);
        const count = new Intl.NumberFormat(intlTag(locale)).format(questions.length);
        const mail = compose(locale, seller.email, {
          subject: t.digestSubject(questions[0]!.shop_name, count),
          blocks: [
            { lead: t.digestIntro() },
            ...questions.map((question) => ({
              lead: t.newQuestionIntro(question.buyer_name, this.#about(locale, question)),
              quote: clip(question.buyer_text ?? '', 300),
              link: this.#sellerLink(locale, question),
            })),
          ],
          unsubscribeUrl: this.#unsubscribeUrl('seller', seller.id, 'newQuestions'),
        });
        await this.#enqueue(
          sql,
          `digest:seller:${seller.id}:${shopId}:${group[0]!.event_id}`,
          null,
          { role: 'seller', id: seller.id },
          'newQuestions',
          mail,
        );
        made += 1;
      }
      return made;
    });
  }

  /** Sends the mails that are due; how many were sent and how many refused. */
  async deliver(mailer: Mailer): Promise<{ sent: number; refused: number }> {
    const { db, logger, settings } = this.#options;
    const now = this.#options.now();
    const due = await db.query<{
      id: number;
      kind: string;
      recipient: string;
      message: Omit<OutgoingMail, 'to'>;
      attempts: number;
      created_at: Date | string;
    }>(
      `UPDATE email_outbox SET lease_until = $1, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM email_outbox
         WHERE status = 'pending' AND next_attempt_at <= $2
           AND (lease_until IS NULL OR lease_until <= $2)
         ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id::float8 AS id, kind, recipient, message, attempts, created_at`,
      [new Date(now.getTime() + LEASE_MS), now, this.#batch],
    );
    let sent = 0;
    let refused = 0;
    for (const mail of due.sort((a, b) => a.id - b.id)) {
      try {
        await mailer.send({ ...mail.message, to: mail.recipient });
        sent += 1;
        await db.query(
          `UPDATE email_outbox SET status = 'sent', sent_at = $2, message = NULL,
             lease_until = NULL, last_error = NULL WHERE id = $1`,
          [mail.id, this.#options.now()],
        );
      } catch (error) {
        refused += 1;
        const at = this.#options.now();
        const reason = describe(error);
        const givenUp =
          at.getTime() - new Date(mail.created_at).getTime() >= settings.giveUpHours * HOUR;
        const next = new Date(at.getTime() + retryDelayMs(mail.attempts));
        await db.query(
          givenUp
            ? `UPDATE email_outbox SET status = 'failed', message = NULL, lease_until = NULL,
                 last_error = $2 WHERE id = $1`
            : `UPDATE email_outbox SET next_attempt_at = $3, lease_until = NULL, last_error = $2
               WHERE id = $1`,
          givenUp ? [mail.id, reason] : [mail.id, reason, next],
        );
        // The outbox id and kind only: never the address or the text.
        const fields = { email: { id: mail.id, kind: mail.kind, attempts: mail.attempts }, reason };
        if (givenUp) logger?.error(fields, 'email given up: the SMTP server kept refusing it');
        else logger?.warn({ ...fields, retryAt: next.toISOString() }, 'email refused; will retry');
      }
    }
    return { sent, refused };
  }
}

/** What a link template's placeholders are filled with. */
function linkValues(facts: QuestionFacts) {
  return {
    questionId: facts.id,
    orderId: facts.order_id,
    productId: facts.product_id,
    shopId: facts.shop_id,
  };
}

/** An SMTP failure in a few words: the reply code and the error's code, no addresses. */
function describe(error: unknown): string {
  const { code, responseCode, command } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    command?: unknown;
  };
  return (
    [
      typeof responseCode === 'number' ? String(responseCode) : null,
      typeof code === 'string' ? code : null,
      typeof command === 'string' ? command : null,
    ]
      .filter(Boolean)
      .join(' ') || (error instanceof Error ? error.name : 'error')
  );
}
