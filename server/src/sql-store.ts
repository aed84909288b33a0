// The backend's store on PostgreSQL. `load()` reads the rows one request needs into a partial
// state (locking the questions and orders a write will change), the shared operations of
// src/backend run on it unchanged, and `save()` writes back what they changed, comparing with
// what was loaded. Lists, the clock, metrics and the change feed are answered from indexes.
// Each question keeps its list entry for each side (migration 003), written by `save()` with
// the shared views.ts, so a list or a question's detail is one statement whose JSON text goes
// out as it is; reads run without a transaction.
import { randomBytes } from 'node:crypto';
import type { Config, Order, PlatformQueue, Product, Shop, Template } from '../../src/api/types.js';
import { TAKEN_OVER_WHEN_LATE } from '../../src/domain/question-state.js';
import { CATEGORIES } from '../../src/domain/taxonomy.js';
import type { BackendContext, Claims, Viewer } from '../../src/backend/context.js';
import { bodyText, JsonText } from '../../src/backend/json-text.js';
import { isUnread, questionView } from '../../src/backend/views.js';
import { isoOf } from '../../src/backend/times.js';
import { nextClockAt, runClock } from '../../src/backend/commands.js';
import type {
  BuyerRecord,
  PlatformAgentRecord,
  ChangeRecord,
  QuestionRecord,
  SellerRecord,
  BackendState,
  PublicationRecord,
  StoredAttachment,
  TemplateRecord,
} from '../../src/backend/state.js';
import { searchTextOf, termsNeeded } from '../../src/domain/public-answers.js';
import type {
  BackendStore,
  IdempotencyScope,
  MetricsInput,
  Needs,
  QuestionQuery,
  Start,
  StoreTx,
  StoredWrite,
} from '../../src/backend/store.js';
import { ProblemError } from '../../src/backend/problems.js';
import { PLANNED_FOR_ITS_VALUES, type Database, type Sql } from './db.js';
import { ObjectStoreError, type ObjectStore } from './objects.js';
import { RecentMap } from './recent.js';

/** The answer while the database has no configuration: nothing was imported yet. */
export function notConfigured(): ProblemError {
  return new ProblemError(
    503,
    'unavailable',
    'The server is not configured yet: load the catalogue and configuration with `npm run server:import -- <catalogue.json>` (docs/server.md).',
    { retryAfter: 60 },
    { 'Retry-After': '60' },
  );
}

/** Idempotency keys are kept this long (24 hours). */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3_600_000;

/** Random ids: a kind prefix and 128 bits, e.g. `q_3vQ…` (22 characters of base64url). */
export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString('base64url')}`;
}

const NO_SHOP: Shop = { id: '', name: '', country: '', languages: [] } as unknown as Shop;
const NO_SELLER: SellerRecord = { id: '', name: '', shopId: '', country: '', language: '' };

type QuestionRow = {
  id: string;
  data: Omit<QuestionRecord, 'messages' | 'obligations'>;
  messages: QuestionRecord['messages'];
  /** [requested_at, due_at, answered_at] of each obligation, as JSON timestamps. */
  obligations: [string, string, string | null][];
  buyer: BuyerRecord | null;
  product: Product | null;
  order_data: Order | null;
  clock_at: Date | string | null;
};
type ObligationRow = {
  question_id: string;
  requested_at: Date;
  due_at: Date;
  answered_at: Date | null;
};

const iso = (value: Date | string | null) =>
  value === null
    ? null
    : value instanceof Date
      ? value.toISOString()
      : new Date(value).toISOString();

/** What was loaded, to write back only what changed. */
interface Loaded {
  questions: Map<string, string>;
  messages: Map<string, string>;
  obligations: Map<string, string>;
  orders: Map<string, string>;
  attachments: Set<string>;
  /** The list entries of each loaded question, as `entriesOf` made them. */
  entries: Map<string, string>;
  /** Each loaded question's `clock_at`, as an ISO string or null. */
  clockAt: Map<string, string | null>;
}

/** Larger entries are not carried in the list indexes (a btree entry holds at most 2,704 bytes). */
export const MAX_INDEXED_ENTRY_BYTES = 2000;

/**
 * A statement's clause that `column` is one of `ids` (its only parameter, `$1`): `= $1` for one
 * id, `= ANY($1)` for more, with `idsParam(ids)` as the value. PostgreSQL keeps one plan for a
 * prepared statement only when that plan costs no more than one made for the values, and it
 * prices `= ANY($1)` for an array of ten: a statement for one id (every write's question, its
 * order) was planned again at every execution.
 */
function idIn(column: string, ids: readonly string[]): string {
  return ids.length === 1 ? `${column} = $1` : `${column} = ANY($1::text[])`;
}

const idsParam = (ids: readonly string[]): unknown => (ids.length === 1 ? ids[0] : ids);

/** The list entries of a question for both sides, as JSON text (views.ts questionView). */
function entriesOf(context: BackendContext, question: QuestionRecord) {
  return {
    seller: JSON.stringify(questionView(context, question, { role: 'seller' })),
    buyer: JSON.stringify(questionView(context, question, { role: 'buyer' })),
  };
}

/** The four entry columns: each side's entry in its indexed column, or its large one. */
function entryColumns(entries: { seller: string; buyer: string }) {
  const indexed = (text: string) => Buffer.byteLength(text) <= MAX_INDEXED_ENTRY_BYTES;
  return [
    indexed(entries.seller) ? entries.seller : null,
    indexed(entries.buyer) ? entries.buyer : null,
    indexed(entries.seller) ? null : entries.seller,
    indexed(entries.buyer) ? null : entries.buyer,
  ];
}

interface Statement {
  text: string;
  params: unknown[];
}

/**
 * Statements that change rows and return nothing, as one: each a data-modifying CTE, their
 * parameters numbered on. PostgreSQL runs every one of them to completion, with the same
 * snapshot (none reads what another writes; `save()` writes each row once), and checks foreign
 * keys at the statement's end, so a question and its first message go in together.
 */
export function combined(statements: readonly Statement[]): Statement {
  if (statements.length === 1) return statements[0]!;
  const params: unknown[] = [];
  const parts = statements.map((statement, index) => {
    const offset = params.length;
    params.push(...statement.params);
    const text = statement.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    return `w${index} AS (${text})`;
  });
  return { text: `WITH ${parts.join(',\n')}\nSELECT 1`, params };
}

export class SqlStore implements BackendStore {
  readonly #db: Database;
  readonly #baseUrl: string;
  readonly #now: () => Date;
  readonly #objects: ObjectStore | null;

  constructor(
    db: Database,
    options: {
      baseUrl: string;
      now?: (() => Date) | undefined;
      /** Where the bytes of attachments with an object key are (server/src/objects.ts). */
      objects?: ObjectStore | null | undefined;
    },
  ) {
    this.#db = db;
    this.#baseUrl = options.baseUrl;
    this.#now = options.now ?? (() => new Date());
    this.#objects = options.objects ?? null;
  }

  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.#db.transaction(async (sql) => {
      const tx = new SqlTx(sql, this.#baseUrl, this.#now, true);
      tx.objects = this.#objects;
      const result = await work(tx);
      await tx.flush();
      return result;
    });
  }

  /**
   * Statements straight on the pool: no BEGIN and COMMIT, no connection held in between. A read
   * starts from the viewer's record as an earlier request found it and no late question; the
   * read's own statement (a list, a question) checks both in the same round trip, or one more
   * statement does at the end. When either changed, the answer is dropped and the read runs
   * again from the database: what it answers is never older than its start.
   */
  read<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    const tx = this.#reader(false);
    // `then` rather than an async function's await: each step is promises for every request.
    return work(tx).then(
      (result) => {
        // Mostly known by now (the read's own statement checked it): no wait then.
        const held = tx.confirmed();
        if (held === true) return result;
        if (held === false) return work(this.#reader(true));
        return held.then((ok) => (ok ? result : work(this.#reader(true))));
      },
      async (error: unknown) => {
        let held: boolean;
        try {
          held = await tx.confirmed();
        } catch {
          held = true;
        }
        if (held) throw error;
        return work(this.#reader(true));
      },
    );
  }

  #reader(fresh: boolean): SqlTx {
    const tx = new SqlTx(this.#db, this.#baseUrl, this.#now, false, this.#viewers, fresh);
    tx.objects = this.#objects;
    return tx;
  }

  /** Viewers as the last read found them, by their claims; a read confirms what it uses. */
  readonly #viewers = new RecentMap<string, KnownViewer>(VIEWERS_KEPT);
}

interface KnownViewer {
  viewer: Viewer;
  /** The record's JSON as the database gave it, to compare. */
  text: string;
}

/** A list's statement by its shape and the start's check (`questionList`): a few dozen. */
const LIST_TEXTS = new Map<string, Map<string, string>>();
let checkingListTexts = false;

/**
 * Tests: each list's statement is compared with the one its shape found, and a difference
 * throws (a shape that leaves out what its text depends on).
 */
export function checkListTexts(on: boolean): void {
  checkingListTexts = on;
}

function listText(shape: string, columns: string, made: string): string {
  let texts = LIST_TEXTS.get(shape);
  if (texts === undefined) LIST_TEXTS.set(shape, (texts = new Map<string, string>()));
  const known = texts.get(columns);
  if (known === undefined) {
    texts.set(columns, made);
    return made;
  }
  if (checkingListTexts && known !== made) {
    throw new Error(`a list of shape "${shape}" made another statement than its first`);
  }
  return known;
}

/** A question's statement by side and by the start's check (`questionDetail`). */
const DETAIL_TEXTS = { buyer: new Map<string, string>(), seller: new Map<string, string>() };

/** The start's columns, alone and after a comma. */
interface StartText {
  text: string;
  appended: string;
}
/** The start's columns by table and the time's placeholder (`#startColumns`): a few dozen. */
const START_COLUMNS = new Map<string | null, Map<string, StartText>>();

/**
 * The viewer's feed cursor as an expression (store.ts changesSince): the newest change they can
 * see (one step down the shop's or the buyer's index), or the feed's horizon when that is newer;
 * every change for a platform agent. Never the platform's newest for anyone else: polling it
 * would tell a buyer or another shop's seller how much happens in every shop.
 */
function feedCursorSql(viewer: Viewer, param: (value: unknown) => string): string {
  const own =
    viewer.role === 'platform'
      ? 'SELECT max(seq) FROM changes'
      : viewer.role === 'seller'
        ? `SELECT max(seq) FROM changes WHERE shop_id = ${param(viewer.record.shopId)}`
        : `SELECT max(seq) FROM changes WHERE buyer_id = ${param(viewer.id)}`;
  return `GREATEST(COALESCE((${own}), 0),
           COALESCE((SELECT h.seq FROM feed_horizon h WHERE h.id = 1), 0))::float8`;
}

/** Viewers remembered per process. */
const VIEWERS_KEPT = 10_000;

const claimsKey = (claims: Claims) => `${claims.role} ${claims.id} ${claims.shopId ?? ''}`;

/** The viewer the claims name, from their record's JSON; null when the record does not fit. */
function viewerOf(claims: Claims, text: string | null): Viewer | null {
  if (text === null) return null;
  if (claims.role === 'buyer') {
    return { role: 'buyer', id: claims.id, record: JSON.parse(text) as BuyerRecord };
  }
  if (claims.role === 'platform') {
    return { role: 'platform', id: claims.id, record: JSON.parse(text) as PlatformAgentRecord };
  }
  const record = JSON.parse(text) as SellerRecord;
  if (claims.shopId !== undefined && claims.shopId !== record.shopId) return null;
  return { role: 'seller', id: claims.id, record };
}

/** The start a read assumed, still to be checked against the database. */
interface Assumed {
  claims: Claims;
  now: Date;
  text: string;
  /** Set once a statement checked it: whether it held. */
  held?: boolean;
}

class SqlTx implements StoreTx {
  /** Runs a statement after the writes `save()` left pending. */
  readonly #sql: Sql;
  readonly #raw: Sql;
  /**
   * What the last `save()` writes, not sent yet: it goes with the next statement when that one
   * only writes too (the idempotency record), else just before it, or at the end.
   */
  #pending: Statement[] = [];
  readonly #baseUrl: string;
  readonly #now: () => Date;
  #config: Config | undefined;
  /** Made by the first load (most reads load nothing). */
  #loadedRecords: Loaded | undefined;
  get #loaded(): Loaded {
    return (this.#loadedRecords ??= {
      questions: new Map(),
      messages: new Map(),
      obligations: new Map(),
      orders: new Map(),
      attachments: new Set(),
      entries: new Map(),
      clockAt: new Map(),
    });
  }
  #viewerBuyer: BuyerRecord | undefined;
  /** One context per transaction: loads add to it. */
  #context: BackendContext | undefined;
  /** In a transaction (writes): the first statement also reads the config. */
  readonly #writes: boolean;
  /** Reads: the viewers known from earlier reads (none in a transaction). */
  readonly #viewers: RecentMap<string, KnownViewer> | undefined;
  /** Reads: start from the database, not from what an earlier read found. */
  readonly #fresh: boolean;
  #assumed: Assumed | undefined;
  /** Object storage, for the attachments whose bytes are there. */
  objects: ObjectStore | null = null;

  constructor(
    sql: Sql,
    baseUrl: string,
    now: () => Date,
    writes: boolean,
    viewers?: RecentMap<string, KnownViewer>,
    fresh = false,
  ) {
    this.#raw = sql;
    this.#sql = {
      query: <T>(text: string, params?: readonly unknown[]) =>
        this.#pending.length === 0
          ? sql.query<T>(text, params)
          : this.flush().then(() => sql.query<T>(text, params)),
    };
    this.#baseUrl = baseUrl;
    this.#now = now;
    this.#writes = writes;
    this.#viewers = viewers;
    this.#fresh = fresh;
  }

  /**
   * The statement part that reads the viewer's record and whether any question is late (the
   * late ones' ids come in a statement of their own, `#lateIds`, when there are any). A column
   * with the ids, `ARRAY(… ORDER BY reply_due_at LIMIT 500)`, made PostgreSQL plan every
   * statement it was in again at every execution: it prices that subquery for a third of the
   * awaited questions when it plans for any `now`, ten times what a plan for the actual `now`
   * costs, so the plan it keeps for a prepared statement never won. `EXISTS` costs the first row.
   */
  #startColumns(claims: Claims | null, now: Date, param: (value: unknown) => string): StartText {
    const table =
      claims === null
        ? null
        : claims.role === 'buyer'
          ? 'buyers'
          : claims.role === 'platform'
            ? 'platform_agents'
            : 'sellers';
    const viewer = claims === null ? null : param(claims.id);
    const at = param(isoOf(now));
    const late = param(TAKEN_OVER_WHEN_LATE);
    // The same text objects for the same statement (by the table and the placeholders, which
    // follow from the time's): the statements made with them are found again by their
    // text objects, and db.ts's lookup of the prepared statement hashes no new text.
    let byPlace = START_COLUMNS.get(table);
    if (byPlace === undefined) START_COLUMNS.set(table, (byPlace = new Map<string, StartText>()));
    let made = byPlace.get(at);
    if (made === undefined) {
      const text = `${viewer === null ? 'NULL::text' : `(SELECT data::text FROM ${table} WHERE id = ${viewer})`} AS start_viewer,
       EXISTS (SELECT FROM questions
         WHERE status = 'awaiting_seller' AND reply_due_at <= ${at}
           AND category = ANY(${late}::text[])) AS start_late`;
      byPlace.set(at, (made = { text, appended: `, ${text}` }));
    }
    return made;
  }

  /** The questions whose reply is due at or before `now` and still awaited, earliest first. */
  async #lateIds(now: Date): Promise<string[]> {
    const rows = await this.#sql.query<{ id: string }>(
      `SELECT id FROM questions
       WHERE status = 'awaiting_seller' AND reply_due_at <= $1 AND category = ANY($2::text[])
       ORDER BY reply_due_at LIMIT 500`,
      [now.toISOString(), TAKEN_OVER_WHEN_LATE],
    );
    return rows.map((row) => row.id);
  }

  start(claims: Claims | null, now: Date): Start | Promise<Start> {
    const key = claims && this.#viewers ? claimsKey(claims) : null;
    const known = key === null ? undefined : this.#viewers!.get(key);
    if (known && !this.#fresh) {
      // As an earlier read found it; checked before this read's answer counts (no wait).
      this.#assumed = { claims: claims!, now, text: known.text };
      return { viewer: known.viewer, due: [] };
    }
    return this.#startFromDatabase(claims, now, key);
  }

  async #startFromDatabase(claims: Claims | null, now: Date, key: string | null): Promise<Start> {
    // One round trip: the viewer's record, the late questions and, for a write, the config
    // (for a read, whether there is one).
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const [row] = await this.#sql.query<{
      start_viewer: string | null;
      start_late: boolean;
      config: Config | boolean | null;
    }>(
      `SELECT ${this.#startColumns(claims, now, param).text},
         ${this.#writes ? '(SELECT data FROM config WHERE id = 1)' : 'EXISTS (SELECT 1 FROM config WHERE id = 1)'} AS config`,
      params,
    );
    // Nothing imported yet: every request is answered 503 with what to run, before its 401.
    if (!row?.config) throw notConfigured();
    if (typeof row.config === 'object') this.#config = row.config;
    // Late questions are rare (the clock hands them over as they fall due): a second statement.
    const due = row.start_late ? await this.#lateIds(now) : [];
    const text = row.start_viewer;
    const viewer = claims ? viewerOf(claims, text) : null;
    if (!claims || !viewer) return { viewer: null, due };
    // The viewer's own record is part of every state this transaction loads.
    if (viewer.role === 'buyer') this.#viewerBuyer = viewer.record;
    this.#viewers?.set(key ?? claimsKey(claims), { viewer, text: text! });
    return { viewer, due };
  }

  /**
   * Adds the start's check to a read's statement when the start was assumed: `param` adds the
   * statement's parameters, `check` takes the row it returned.
   */
  #checking(param: (value: unknown) => string): {
    columns: string;
    check(row: { start_viewer?: string | null; start_late?: boolean } | undefined): void;
  } {
    const assumed = this.#assumed;
    if (!assumed || assumed.held !== undefined) return { columns: '', check: () => undefined };
    return {
      columns: this.#startColumns(assumed.claims, assumed.now, param).appended,
      check: (row) => {
        assumed.held = row?.start_viewer === assumed.text && row.start_late !== true;
      },
    };
  }

  /** Whether what this read started from still held; checks it when no statement did. */
  confirmed(): boolean | Promise<boolean> {
    const assumed = this.#assumed;
    if (!assumed) return true;
    return assumed.held === undefined ? this.#confirm(assumed) : this.#settled(assumed);
  }

  async #confirm(assumed: Assumed): Promise<boolean> {
    const params: unknown[] = [];
    const check = this.#checking((value) => `$${params.push(value)}`);
    const [row] = await this.#sql.query<{ start_viewer: string | null; start_late: boolean }>(
      `SELECT ${check.columns.slice(2)}`,
      params,
    );
    check.check(row);
    return this.#settled(assumed);
  }

  /** The check's outcome; a viewer that changed is forgotten, to be read again next time. */
  #settled(assumed: Assumed): boolean {
    if (!assumed.held) this.#viewers?.delete(claimsKey(assumed.claims));
    return assumed.held!;
  }

  async #configOf(): Promise<Config> {
    if (!this.#config) {
      const [row] = await this.#sql.query<{ data: Config }>('SELECT data FROM config WHERE id = 1');
      if (!row) throw notConfigured();
      this.#config = row.data;
    }
    return this.#config;
  }

  async addBuyer(buyer: BuyerRecord): Promise<boolean> {
    // An id is one person's: a seller's or an agent's is not a buyer's too (import.ts keeps it
    // so); of two first requests at once, one adds the buyer, the other finds them.
    const added = await this.#sql.query(
      `INSERT INTO buyers (id, data)
       SELECT $1, $2::jsonb
       WHERE NOT EXISTS (SELECT 1 FROM sellers WHERE id = $1)
         AND NOT EXISTS (SELECT 1 FROM platform_agents WHERE id = $1)
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [buyer.id, JSON.stringify(buyer)],
    );
    return added.length === 1;
  }

  async load(needs: Needs): Promise<BackendContext> {
    const config = await this.#configOf();
    if (!this.#context) {
      const state: BackendState = {
        schema: 1,
        config,
        shop: NO_SHOP,
        seller: NO_SELLER,
        shops: [],
        sellers: [],
        buyers: [],
        products: [],
        pictures: {},
        orders: [],
        questions: [],
        attachments: {},
        templates: [],
        phrasebook: [],
        changes: [],
        idempotency: {},
        counters: {},
      };
      // Random ids: a counter in a partial state would repeat the ids of rows it did not load.
      this.#context = { state, baseUrl: this.#baseUrl, now: this.#now, newId: randomId };
    }
    const { state } = this.#context;
    const viewerBuyer = this.#viewerBuyer;
    if (viewerBuyer && !state.buyers.some((buyer) => buyer.id === viewerBuyer.id)) {
      state.buyers.push(viewerBuyer);
    }
    const lock = needs.lock ? ' FOR UPDATE' : '';
    const missing = (ids: readonly string[] | undefined, have: { id: string }[]) =>
      [...new Set(ids ?? [])].filter((id) => !have.some((record) => record.id === id));

    const questionIds = missing(needs.questionIds, state.questions);
    /** The questions this load adds. */
    const fresh: QuestionRecord[] = [];
    if (questionIds.length > 0) {
      // A write locks its questions first: the statement below then starts after any other
      // writer of them committed and sees its messages (a statement that waits for a row lock
      // re-reads that row, but its subqueries keep the snapshot it started with).
      if (needs.lock) {
        await this.#sql.query(
          `SELECT id FROM questions WHERE ${idIn('id', questionIds)} ORDER BY id FOR UPDATE`,
          [idsParam(questionIds)],
        );
      }
      // One round trip: the questions with their messages and obligations, their buyers and
      // products and, for a read, their orders (a write locks its orders below, in id order).
      const people = `(SELECT b.data FROM buyers b WHERE b.id = q.buyer_id) AS buyer,
           (SELECT p.data FROM products p WHERE p.id = q.product_id) AS product`;
      const related = needs.lock
        ? `${people}, NULL::jsonb AS order_data`
        : `${people},
           (SELECT o.data FROM orders o WHERE o.id = q.order_id) AS order_data`;
      const rows = await this.#sql.query<QuestionRow>(
        `SELECT q.id, q.data,
           COALESCE((SELECT jsonb_agg(m.data ORDER BY m.position) FROM messages m
             WHERE m.question_id = q.id), '[]'::jsonb) AS messages,
           COALESCE((SELECT jsonb_agg(jsonb_build_array(o.requested_at, o.due_at, o.answered_at)
             ORDER BY o.position) FROM obligations o WHERE o.question_id = q.id), '[]'::jsonb)
             AS obligations,
           q.clock_at,
           ${related}
         FROM questions q WHERE ${idIn('q.id', questionIds)} ORDER BY q.id`,
        [idsParam(questionIds)],
      );
      for (const row of rows) {
        const question: QuestionRecord = {
          ...row.data,
          messages: row.messages,
          obligations: row.obligations.map(([requestedAt, dueAt, answeredAt]) => ({
            requestedAt: iso(requestedAt)!,
            dueAt: iso(dueAt)!,
            answeredAt: iso(answeredAt),
          })),
        };
        state.questions.push(question);
        // What was loaded, for `save()` to compare with; a read never saves.
        if (!this.#writes) continue;
        fresh.push(question);
        this.#loaded.questions.set(row.id, JSON.stringify(row.data));
        this.#loaded.clockAt.set(row.id, iso(row.clock_at));
        this.#loaded.obligations.set(row.id, JSON.stringify(question.obligations));
        for (const message of question.messages) {
          this.#loaded.messages.set(message.id, JSON.stringify(message));
        }
      }
      for (const row of rows) {
        if (row.buyer && !state.buyers.some((buyer) => buyer.id === row.buyer!.id)) {
          state.buyers.push(row.buyer);
        }
        if (row.product && !state.products.some((product) => product.id === row.product!.id)) {
          state.products.push(row.product);
        }
        const order = row.order_data;
        if (order && !state.orders.some((candidate) => candidate.id === order.id)) {
          state.orders.push(order);
          this.#loaded.orders.set(order.id, JSON.stringify(order));
        }
      }
    }
    const loadedQuestions = state.questions;
    const buyerIds = missing(
      loadedQuestions.map((q) => q.buyerId),
      state.buyers,
    );
    if (buyerIds.length > 0) {
      const rows = await this.#sql.query<{ data: BuyerRecord }>(
        `SELECT data FROM buyers WHERE ${idIn('id', buyerIds)}`,
        [idsParam(buyerIds)],
      );
      state.buyers.push(...rows.map((row) => row.data));
    }
    const productIds = missing(
      [
        ...(needs.productIds ?? []),
        ...loadedQuestions.flatMap((q) => (q.productId ? [q.productId] : [])),
      ],
      state.products,
    );
    if (productIds.length > 0) {
      const rows = await this.#sql.query<{ data: Product }>(
        `SELECT data FROM products WHERE ${idIn('id', productIds)}`,
        [idsParam(productIds)],
      );
      state.products.push(...rows.map((row) => row.data));
    }
    const orderIds = missing(
      [
        ...(needs.orderIds ?? []),
        ...loadedQuestions.flatMap((q) => (q.orderId ? [q.orderId] : [])),
      ],
      state.orders,
    );
    if (orderIds.length > 0) {
      const rows = await this.#sql.query<{ id: string; data: Order }>(
        `SELECT id, data FROM orders WHERE ${idIn('id', orderIds)} ORDER BY id${lock}`,
        [idsParam(orderIds)],
      );
      for (const row of rows) {
        state.orders.push(row.data);
        this.#loaded.orders.set(row.id, JSON.stringify(row.data));
      }
    }
    const shopIds = missing(needs.shopIds, state.shops!);
    if (shopIds.length > 0) {
      const rows = await this.#sql.query<{ data: Shop }>(
        `SELECT data FROM shops WHERE ${idIn('id', shopIds)}`,
        [idsParam(shopIds)],
      );
      state.shops!.push(...rows.map((row) => row.data));
    }
    const attachmentIds = [...new Set(needs.attachmentIds ?? [])].filter(
      (id) => !Object.hasOwn(state.attachments, id),
    );
    if (attachmentIds.length > 0) {
      const rows = await this.#sql.query<{ id: string; owner_id: string; data: never }>(
        `SELECT id, owner_id, data FROM attachments WHERE ${idIn('id', attachmentIds)}`,
        [idsParam(attachmentIds)],
      );
      for (const row of rows) {
        state.attachments[row.id] = { attachment: row.data, ownerId: row.owner_id, base64: '' };
        this.#loaded.attachments.add(row.id);
      }
    }
    // Their entries as they are now, to write them again only when they change.
    for (const question of fresh) {
      this.#loaded.entries.set(question.id, JSON.stringify(entriesOf(this.#context, question)));
    }
    return this.#context;
  }

  async save(context: BackendContext): Promise<void> {
    // Every change is written by one statement (each write a data-modifying CTE of it): one
    // round trip to PostgreSQL instead of one per row kind, which cost the server more CPU in
    // socket writes than it spent on the request's JavaScript.
    const writes: Statement[] = [];
    const sql = { query: (text: string, params: unknown[]) => void writes.push({ text, params }) };
    /** Uploads that new messages carry, checked before the writes. */
    const attached: string[] = [];
    const { state } = context;
    for (const question of state.questions) {
      const { messages, obligations, ...record } = question;
      const data = JSON.stringify(record);
      const before = this.#loaded.questions.get(question.id);
      const entries = entriesOf(context, question);
      const entriesText = JSON.stringify(entries);
      const next = nextClockAt(context, question);
      const clockAt = next === null ? null : new Date(next).toISOString();
      const columns = [
        question.id,
        question.shopId,
        question.buyerId,
        question.productId ?? null,
        question.orderId ?? null,
        question.category,
        question.topic,
        question.status,
        question.replyDueAt,
        question.createdAt,
        question.updatedAt,
        data,
        ...entryColumns(entries),
        isUnread(question, 'seller'),
        isUnread(question, 'buyer'),
        clockAt,
      ];
      if (before === undefined) {
        sql.query(
          `INSERT INTO questions (id, shop_id, buyer_id, product_id, order_id, category, topic, status,
             reply_due_at, created_at, updated_at, data, seller_entry, buyer_entry,
             seller_entry_large, buyer_entry_large, seller_unread, buyer_unread, clock_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
             $18, $19)`,
          columns,
        );
      } else if (
        before !== data ||
        this.#loaded.entries.get(question.id) !== entriesText ||
        this.#loaded.clockAt.get(question.id) !== clockAt
      ) {
        sql.query(
          `UPDATE questions SET shop_id = $2, buyer_id = $3, product_id = $4, order_id = $5,
             category = $6, topic = $7, status = $8, reply_due_at = $9, created_at = $10,
             updated_at = $11, data = $12, seller_entry = $13, buyer_entry = $14,
             seller_entry_large = $15, buyer_entry_large = $16, seller_unread = $17,
             buyer_unread = $18, clock_at = $19 WHERE id = $1`,
          columns,
        );
      }
      if (before !== data) await this.#keepPublication(question, before);
      this.#loaded.questions.set(question.id, data);
      this.#loaded.entries.set(question.id, entriesText);
      this.#loaded.clockAt.set(question.id, clockAt);
      for (const [position, message] of messages.entries()) {
        const text = JSON.stringify(message);
        const seen = this.#loaded.messages.get(message.id);
        if (seen === text) continue;
        sql.query(
          `INSERT INTO messages (id, question_id, position, created_at, rated_at, data)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (id) DO UPDATE SET rated_at = EXCLUDED.rated_at, data = EXCLUDED.data`,
          [
            message.id,
            question.id,
            position,
            message.createdAt,
            message.rating?.createdAt ?? null,
            text,
          ],
        );
        if (seen === undefined) attached.push(...message.attachments.map((item) => item.id));
        this.#loaded.messages.set(message.id, text);
      }
      const obligationText = JSON.stringify(obligations);
      if (this.#loaded.obligations.get(question.id) !== obligationText) {
        // Obligations are only added or answered, never removed: one upsert of them all.
        sql.query(
          `INSERT INTO obligations (question_id, position, shop_id, requested_at, due_at, answered_at)
           SELECT $1, o.position - 1, $2, o.requested_at, o.due_at, o.answered_at
           FROM unnest($3::timestamptz[], $4::timestamptz[], $5::timestamptz[])
             WITH ORDINALITY AS o (requested_at, due_at, answered_at, position)
           ON CONFLICT (question_id, position) DO UPDATE SET shop_id = EXCLUDED.shop_id,
             requested_at = EXCLUDED.requested_at, due_at = EXCLUDED.due_at,
             answered_at = EXCLUDED.answered_at`,
          [
            question.id,
            question.shopId,
            obligations.map((obligation) => obligation.requestedAt),
            obligations.map((obligation) => obligation.dueAt),
            obligations.map((obligation) => obligation.answeredAt),
          ],
        );
        this.#loaded.obligations.set(question.id, obligationText);
      }
    }
    for (const order of state.orders) {
      const data = JSON.stringify(order);
      if (this.#loaded.orders.get(order.id) === data) continue;
      sql.query('UPDATE orders SET data = $2 WHERE id = $1', [order.id, data]);
      this.#loaded.orders.set(order.id, data);
    }
    for (const [id, stored] of Object.entries(state.attachments)) {
      if (this.#loaded.attachments.has(id)) continue;
      if (stored.objectKey) {
        // The bytes went to object storage before this transaction; once the row names the
        // object, the purge's sweep no longer deletes it (it skips keys a row names, too).
        sql.query(
          'INSERT INTO attachments (id, owner_id, data, object_key) VALUES ($1, $2, $3, $4)',
          [id, stored.ownerId, JSON.stringify(stored.attachment), stored.objectKey],
        );
        sql.query('DELETE FROM object_sweep WHERE key = $1', [stored.objectKey]);
      } else {
        sql.query('INSERT INTO attachments (id, owner_id, data, bytes) VALUES ($1, $2, $3, $4)', [
          id,
          stored.ownerId,
          JSON.stringify(stored.attachment),
          Buffer.from(stored.base64, 'base64'),
        ]);
      }
      this.#loaded.attachments.add(id);
    }
    if (state.changes.length > 0) {
      const questionOf = (change: ChangeRecord) =>
        state.questions.find((question) => question.id === change.questionId)!;
      // Sequence numbers are taken and committed in one order, so a reader that saw change n
      // has seen every change before it: a cursor never skips a change still being committed.
      // The lock comes first in the statement that takes the numbers, and is held to commit.
      sql.query(
        `INSERT INTO changes (seq, question_id, shop_id, buyer_id, version, updated_at, kind)
         SELECT nextval('changes_seq'), c.question_id, c.shop_id, c.buyer_id, c.version,
           c.updated_at, c.kind
         FROM (SELECT pg_advisory_xact_lock(7316002)) AS lock,
           unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::text[], $6::text[])
             WITH ORDINALITY AS c (question_id, shop_id, buyer_id, version, updated_at, kind, n)
         ORDER BY c.n`,
        [
          state.changes.map((change) => change.questionId),
          state.changes.map((change) => questionOf(change).shopId),
          state.changes.map((change) => questionOf(change).buyerId),
          state.changes.map((change) => change.version),
          state.changes.map((change) => change.updatedAt),
          state.changes.map((change) => change.kind),
        ],
      );
      state.changes.length = 0;
    }
    if (state.events && state.events.length > 0) {
      // The outbox: ids are taken and committed in one order, like the feed's (a consumer that
      // saw event n has seen every event before it).
      sql.query(
        `INSERT INTO events (id, type, question_id, shop_id, payload, created_at)
         SELECT nextval('events_seq'), e.value->>'type', e.value->>'questionId',
           e.value->>'shopId', e.value->'payload', (e.value->>'createdAt')::timestamptz
         FROM (SELECT pg_advisory_xact_lock(7316003)) AS lock,
           jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e (value, n)
         ORDER BY e.n`,
        [JSON.stringify(state.events)],
      );
      state.events.length = 0;
    }
    if (attached.length > 0) await this.#markAttached(attached);
    // A save before this one is written first (it may have written the same rows).
    await this.flush();
    this.#pending = writes;
  }

  /** Sends the writes `save()` left pending, with `also` (a statement that writes only). */
  async flush(also?: Statement): Promise<void> {
    const writes = also ? [...this.#pending, also] : this.#pending;
    this.#pending = [];
    if (writes.length === 0) return;
    const { text, params } = combined(writes);
    await this.#raw.query(text, params);
  }

  /** The product page's copy of a publication (migration 024), as the question's record has it. */
  async #keepPublication(question: QuestionRecord, before: string | undefined): Promise<void> {
    const publication = question.publication;
    if (publication && question.productId) {
      await this.#sql.query(
        `INSERT INTO public_answers (question_id, id, product_id, published_at, search_text, data)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (question_id) DO UPDATE SET id = EXCLUDED.id,
           product_id = EXCLUDED.product_id, published_at = EXCLUDED.published_at,
           search_text = EXCLUDED.search_text, data = EXCLUDED.data`,
        [
          question.id,
          publication.id,
          question.productId,
          publication.publishedAt,
          searchTextOf(publication.question, publication.answer),
          JSON.stringify(publication),
        ],
      );
    } else if (before !== undefined && (JSON.parse(before) as QuestionRecord).publication) {
      await this.#sql.query('DELETE FROM public_answers WHERE question_id = $1', [question.id]);
    }
  }

  /** Uploads a message now carries are kept (the purge removes only unattached ones). */
  async #markAttached(ids: string[]): Promise<void> {
    const rows = await this.#sql.query(
      `UPDATE attachments SET attached_at = now() WHERE ${idIn('id', ids)} RETURNING id`,
      [idsParam(ids)],
    );
    // An upload the purge removed meanwhile: as if it had never been uploaded.
    if (rows.length < new Set(ids).size) {
      throw new ProblemError(422, 'validation_failed', 'Some fields are not valid.', {
        errors: [{ pointer: '/attachmentIds', code: 'unknown', detail: 'Unknown.' }],
      });
    }
  }

  async claimKey(scope: IdempotencyScope, fingerprint: string): Promise<StoredWrite | null> {
    const sql = this.#sql;
    const key = [scope.viewerId, scope.method, scope.path, scope.key];
    // A concurrent request with the same key waits here until the first one commits or rolls
    // back; then this one either replays its stored response or goes ahead itself.
    const claim = () =>
      sql.query(
        `INSERT INTO idempotency (viewer_id, method, path, key, fingerprint)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1`,
        [...key, fingerprint],
      );
    if ((await claim()).length > 0) return null;
    const [row] = await sql.query<{
      fingerprint: string;
      status: number | null;
      body: string | null;
      expired: boolean;
    }>(
      `SELECT fingerprint, status, body, created_at < now() - make_interval(secs => $5) AS expired
       FROM idempotency WHERE viewer_id = $1 AND method = $2 AND path = $3 AND key = $4`,
      [...key, IDEMPOTENCY_RETENTION_MS / 1000],
    );
    if (row?.expired) {
      // An expired key is forgotten: a request with it is a new request.
      await sql.query(
        'DELETE FROM idempotency WHERE viewer_id = $1 AND method = $2 AND path = $3 AND key = $4',
        key,
      );
      await claim();
      return null;
    }
    if (!row || row.status === null) return null;
    // The text that was sent, sent again as it is.
    const body = row.body === null ? null : new JsonText(row.body);
    return { fingerprint: row.fingerprint, status: row.status, body };
  }

  async storeWrite(scope: IdempotencyScope, write: StoredWrite): Promise<void> {
    // In the same statement as the request's own writes: one round trip less.
    await this.flush({
      text: `UPDATE idempotency SET fingerprint = $5, status = $6, body = $7
       WHERE viewer_id = $1 AND method = $2 AND path = $3 AND key = $4`,
      params: [
        scope.viewerId,
        scope.method,
        scope.path,
        scope.key,
        write.fingerprint,
        write.status,
        write.body === null ? null : bodyText(write.body),
      ],
    });
  }

  async questionList(viewer: Viewer, query: QuestionQuery, withCursor = false) {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const shop = viewer.role === 'seller' ? param(viewer.record.shopId) : null;
    // A platform agent sees every shop's questions.
    where.push(
      viewer.role === 'buyer'
        ? `q.buyer_id = ${param(viewer.id)}`
        : shop
          ? `q.shop_id = ${shop}`
          : 'TRUE',
    );
    // The list's shape: the viewer's role and a letter for each filter clause below (which
    // filters, not their values). Every clause of the statement follows from it.
    let shape: string = viewer.role;
    const filterBy = (letter: string, clause: string) => {
      where.push(clause);
      shape += letter;
    };
    const category = query.category ? param(query.category) : null;
    if (category) filterBy('c', `q.category = ${category}`);
    if (query.topic) filterBy('t', `q.topic = ${param(query.topic)}`);
    const statuses = query.statuses.length > 0 ? param(query.statuses) : null;
    if (statuses) filterBy('s', `q.status = ANY(${statuses}::text[])`);
    // The platform's queue, spelt out so its partial index (migration 016) serves it.
    if (query.statuses.length === 1 && query.statuses[0] === 'awaiting_platform') {
      filterBy('p', `q.status = 'awaiting_platform'`);
    }
    if (query.productId) filterBy('P', `q.product_id = ${param(query.productId)}`);
    if (query.orderId) filterBy('o', `q.order_id = ${param(query.orderId)}`);
    if (query.shopId) filterBy('S', `q.shop_id = ${param(query.shopId)}`);
    if (query.updatedSince !== undefined) {
      filterBy('u', `q.updated_at > ${param(new Date(query.updatedSince).toISOString())}`);
    }
    if (query.unread !== undefined) {
      // Unread for the viewer's side, as its list entry says (views.ts isUnread, written with
      // the entry; migration 013): carried in the list indexes.
      const side = viewer.role === 'buyer' ? 'buyer' : 'seller';
      filterBy('r', `q.${side}_unread = ${param(query.unread)}`);
    }
    const needle = query.q.trim();
    if (needle) {
      const like = param(`%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      // What views.ts matchesSearch searches, kept in `question_search` by triggers (a row for
      // each question's own texts and one for each message; migration 028), folded as the
      // needle is (accents and case set aside: foldForSearch, migration 033; so LIKE, not
      // ILIKE), and read through its index of shops and trigrams. A seller's or agent's needle
      // with three letters or digits in a row asks the index for its trigrams. One without them
      // (`an`, `%`, `€1`) has none to ask for, and an index asked anyway reads every entry of
      // every shop: `|| ''` keeps the pattern out of the index, and a seller's reads the shop's
      // texts by shop. A buyer's, or an agent's without trigrams, reads each question's rows by
      // key (a buyer has a few questions; the index has every buyer's).
      const trigrams = /[\p{L}\p{N}]{3}/u.test(needle);
      if (viewer.role !== 'buyer' && (trigrams || shop)) {
        where.push(`q.id IN (SELECT s.question_id FROM question_search s
          WHERE ${shop ? `s.shop_id = ${shop} AND ` : ''}${trigrams ? 's.search' : "(s.search || '')"} LIKE ${like})`);
      } else {
        where.push(`EXISTS (SELECT FROM question_search s
          WHERE s.question_id = q.id AND (s.search || '') LIKE ${like})`);
      }
    }
    const order =
      query.sort === 'due'
        ? '(q.reply_due_at IS NULL), q.reply_due_at, q.updated_at DESC, q.id'
        : query.sort === '-created'
          ? 'q.created_at DESC, q.id DESC'
          : 'q.updated_at DESC, q.id DESC';
    const filter = where.join(' AND ');
    // A list by category and status alone (the inbox's selects) counts from the tallies
    // (migration 027), which stay as small as the categories and statuses however large the
    // shop or the marketplace: a seller's from its shop's, a platform agent's from every
    // shop's. Its filter is then the viewer's clause and those two alone; any other clause
    // (every other filter adds one) means counting the questions it matches.
    const tallies = [
      ...(shop ? [`t.shop_id = ${shop}`] : []),
      ...(category ? [`t.category = ${category}`] : []),
      ...(statuses ? [`t.status = ANY(${statuses}::text[])`] : []),
    ];
    const tallied =
      viewer.role !== 'buyer' && where.length === 1 + (category ? 1 : 0) + (statuses ? 1 : 0);
    const total = tallied
      ? `(SELECT COALESCE(sum(t.n), 0)::integer FROM question_tallies t${
          tallies.length > 0 ? ` WHERE ${tallies.join(' AND ')}` : ''
        })`
      : `(SELECT count(*)::integer FROM questions q WHERE ${filter})`;
    const side = viewer.role === 'buyer' ? 'buyer' : 'seller';
    // The page's entries from the list index (a large one from the table), and the count: one
    // round trip, and the entries' text is the response's as it is.
    const check = this.#checking(param);
    // A search is planned for its pattern: a plan for any pattern (PostgreSQL's generic one,
    // priced for a word few texts hold) took 0.8 s where a word most texts hold took 0.2 s
    // with its own plan, in a shop of 31,711 questions.
    const made = `${needle ? PLANNED_FOR_ITS_VALUES : ''}SELECT '[' || array_to_string(page.entries, ',') || ']' AS items,
         cardinality(page.entries) AS count,
         ${total} AS total${
           withCursor ? `,\n         ${feedCursorSql(viewer, param)} AS latest` : ''
         }${check.columns}
       FROM (SELECT ARRAY(
         SELECT COALESCE(q.${side}_entry,
             (SELECT l.${side}_entry_large FROM questions l WHERE l.id = q.id))::text
         FROM questions q WHERE ${filter} ORDER BY ${order}
         LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}) AS entries
         -- Evaluated once (without this, each use of page.entries ran the scan again).
         OFFSET 0) page`;
    // The same shape, sort, cursor and start's check get the same text object, so db.ts finds
    // its prepared statement without hashing ~1,000 new characters. A search is planned at each
    // execution and has no prepared statement.
    const text = needle
      ? made
      : listText(`${shape}${withCursor ? 'w' : ''} ${query.sort}`, check.columns, made);
    const [row] = await this.#sql.query<{
      items: string;
      count: number;
      total: number;
      latest?: number | null;
      start_viewer?: string | null;
      start_late?: boolean;
    }>(text, params);
    check.check(row);
    return {
      items: new JsonText(row?.items ?? '[]'),
      count: row?.count ?? 0,
      total: row?.total ?? 0,
      ...(withCursor ? { latest: row?.latest ?? 0 } : {}),
    };
  }

  async questionDetail(viewer: Viewer, id: string) {
    const side = viewer.role === 'buyer' ? 'buyer' : 'seller';
    const params: unknown[] = [id];
    const check = this.#checking((value) => `$${params.push(value)}`);
    // One row even without the question: the start's check comes with it. Its text is made
    // once per side and check (the same object each time: db.ts looks it up without hashing).
    const texts = DETAIL_TEXTS[side];
    let text = texts.get(check.columns);
    if (text === undefined) {
      // "No response needed" is the shop side's note (views.ts detailView): not in the buyer's.
      const hidden =
        side === 'buyer'
          ? ` AND m.data->'event'->>'type' IS DISTINCT FROM 'no_response_needed'`
          : '';
      text = `SELECT q.shop_id, q.buyer_id,
         (COALESCE(q.${side}_entry, q.${side}_entry_large)::jsonb || jsonb_build_object(
           'messages', COALESCE((SELECT jsonb_agg(m.data ORDER BY m.position) FROM messages m
             WHERE m.question_id = q.id${hidden}), '[]'::jsonb),
           'refunds', q.data->'refunds'))::text AS detail${check.columns}
       FROM (SELECT 1) one LEFT JOIN questions q ON q.id = $1`;
      texts.set(check.columns, text);
    }
    const [row] = await this.#sql.query<{
      shop_id: string | null;
      buyer_id: string;
      detail: string;
      start_viewer?: string | null;
      start_late?: boolean;
    }>(text, params);
    check.check(row);
    return row?.shop_id
      ? { shopId: row.shop_id, buyerId: row.buyer_id, detail: new JsonText(row.detail) }
      : null;
  }

  async orderPage(viewer: Viewer, offset: number, limit: number) {
    // Platform agents list no orders (queries.ts listOrders answers 403 first).
    const [column, value] =
      viewer.role === 'buyer'
        ? ['buyer_id', viewer.id]
        : ['shop_id', viewer.role === 'seller' ? viewer.record.shopId : ''];
    const rows = await this.#sql.query<{ data: Order }>(
      `SELECT data FROM orders WHERE ${column} = $1 ORDER BY placed_at DESC, id LIMIT $2 OFFSET $3`,
      [value, limit + 1, offset],
    );
    return { orders: rows.slice(0, limit).map((row) => row.data), more: rows.length > limit };
  }

  async changesSince(viewer: Viewer, seq: number) {
    // A platform agent hears of every shop's questions.
    const [column, value] =
      viewer.role === 'buyer'
        ? ['buyer_id', viewer.id]
        : viewer.role === 'seller'
          ? ['shop_id', viewer.record.shopId]
          : ["'*'", '*'];
    const params: unknown[] = [];
    const latestSql = feedCursorSql(viewer, (value) => `$${params.push(value)}`);
    const [head] = await this.#sql.query<{ latest: number | null; horizon: number | null }>(
      `SELECT ${latestSql} AS latest,
         (SELECT h.seq::float8 FROM feed_horizon h WHERE h.id = 1) AS horizon`,
      params,
    );
    const latest = head?.latest ?? 0;
    // The purge removed changes up to the horizon: an older cursor may have missed some.
    if (seq < (head?.horizon ?? 0)) return { changes: [], latest, expired: true };
    if (seq >= latest) return { changes: [], latest };
    const rows = await this.#sql.query<{
      seq: number;
      question_id: string;
      version: number;
      updated_at: string;
      kind: ChangeRecord['kind'];
    }>(
      `SELECT seq::float8 AS seq, question_id, version, updated_at, kind FROM changes
       WHERE ${column} = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT 5000`,
      [value, seq, latest],
    );
    return {
      changes: rows.map((row) => ({
        seq: row.seq,
        questionId: row.question_id,
        version: row.version,
        updatedAt: row.updated_at,
        kind: row.kind,
      })),
      latest,
    };
  }

  async metricsInput(viewer: Viewer, since: Date): Promise<MetricsInput> {
    const shopId = viewer.role === 'seller' ? viewer.record.shopId : '';
    const ratings = await this.#sql.query<{ rating: MetricsInput['ratings'][number] }>(
      `SELECT m.data->'rating' AS rating FROM messages m JOIN questions q ON q.id = m.question_id
       WHERE q.shop_id = $1 AND m.rated_at > $2`,
      [shopId, since.toISOString()],
    );
    // Every reply owed whose time to answer overlaps the window (due after its start; the
    // domain leaves out any requested after its end): metrics.ts decides what counts.
    const obligations = await this.#sql.query<ObligationRow>(
      `SELECT question_id, requested_at, due_at, answered_at FROM obligations
       WHERE shop_id = $1 AND due_at > $2`,
      [shopId, since.toISOString()],
    );
    const counts = await this.#sql.query<{ category: string; n: number }>(
      `SELECT category, count(*)::integer AS n FROM questions
       WHERE shop_id = $1 AND status = 'awaiting_seller' GROUP BY category`,
      [shopId],
    );
    const awaiting = Object.fromEntries(
      CATEGORIES.map((category) => [category, counts.find((c) => c.category === category)?.n ?? 0]),
    ) as MetricsInput['awaiting'];
    return {
      ratings: ratings.map((row) => row.rating),
      obligations: obligations.map((row) => ({
        questionId: row.question_id,
        requestedAt: iso(row.requested_at)!,
        dueAt: iso(row.due_at)!,
        answeredAt: iso(row.answered_at),
      })),
      awaiting,
    };
  }

  async questionsCreated(shopId: string, from: Date, to: Date, offset: number, limit: number) {
    // Both from the index questions_shop_created (shop_id, created_at DESC, id DESC), read
    // backwards for the page: the shop's questions of the range only, never a scan of all.
    const range = [shopId, from.toISOString(), to.toISOString()];
    const where = 'shop_id = $1 AND created_at > $2 AND created_at <= $3';
    const rows = await this.#sql.query<{ id: string }>(
      `SELECT id FROM questions WHERE ${where} ORDER BY created_at, id OFFSET $4 LIMIT $5`,
      [...range, offset, limit],
    );
    const [count] = await this.#sql.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM questions WHERE ${where}`,
      range,
    );
    return { ids: rows.map((row) => row.id), total: count?.n ?? 0 };
  }

  async platformQueue(): Promise<PlatformQueue> {
    // Per shop: how many and since when the longest-waiting one waits (the time it last became
    // awaiting platform, kept in its record; rows from before that was kept: its updatedAt).
    const rows = await this.#sql.query<{
      shop_id: string;
      name: string | null;
      n: number;
      oldest: string | Date;
    }>(
      `SELECT w.shop_id, s.data->>'name' AS name, w.n, w.oldest
       FROM (SELECT shop_id, count(*)::integer AS n,
           min(COALESCE((data->>'platformSince')::timestamptz, updated_at)) AS oldest
         FROM questions WHERE status = 'awaiting_platform' GROUP BY shop_id) w
       LEFT JOIN shops s ON s.id = w.shop_id
       ORDER BY w.oldest, w.shop_id`,
    );
    const shops = rows.map((row) => ({
      shopId: row.shop_id,
      shopName: row.name ?? row.shop_id,
      count: row.n,
      oldestSince: iso(row.oldest)!,
    }));
    return {
      count: shops.reduce((sum, shop) => sum + shop.count, 0),
      oldestSince: shops[0]?.oldestSince ?? null,
      shops: shops.slice(0, 200),
    };
  }

  async products(shopId: string, q: string, limit: number) {
    // By the index products_by_shop_name (migration 023); the memory store orders the same way.
    const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.#sql.query<{ data: Product }>(
      `SELECT data FROM products
       WHERE shop_id = $1 AND lower(data->>'name') COLLATE "C" LIKE $2
       ORDER BY lower(data->>'name') COLLATE "C", id
       LIMIT $3`,
      [shopId, like, limit + 1],
    );
    return { items: rows.slice(0, limit).map((row) => row.data), more: rows.length > limit };
  }

  async publicAnswers(
    productId: string,
    terms: readonly string[] | null,
    offset: number,
    limit: number,
  ) {
    // By the index public_answers_product (migration 024); a term matches where ' ' || term
    // occurs in search_text (domain/public-answers.ts, which the memory store applies as is).
    const params: unknown[] = [productId, offset, limit + 1];
    let where = '';
    let order = '';
    if (terms !== null) {
      params.push(terms, termsNeeded(terms));
      const score = `(SELECT count(*) FROM unnest($4::text[]) AS t (term)
        WHERE strpos(p.search_text, ' ' || t.term) > 0)`;
      where = `AND ${score} >= $5`;
      order = `${score} DESC, `;
    }
    const rows = await this.#sql.query<{ data: PublicationRecord }>(
      `SELECT p.data FROM public_answers p
       WHERE p.product_id = $1 ${where}
       ORDER BY ${order}p.published_at DESC, p.id COLLATE "C"
       OFFSET $2 LIMIT $3`,
      params,
    );
    return { items: rows.slice(0, limit).map((row) => row.data), more: rows.length > limit };
  }

  async templates(shopId: string, topic: string | undefined): Promise<Template[]> {
    // The shop's own templates and the platform's (no shop); a seller template without a shop
    // (from before migration 010, with several shops) is nobody's until it is given one.
    const rows = await this.#sql.query<{ data: Template }>(
      `SELECT data FROM templates
       WHERE (shop_id = $1 OR (shop_id IS NULL AND data->>'source' = 'official'))
         AND ($2::text IS NULL OR topic = $2)
       ORDER BY id`,
      [shopId, topic ?? null],
    );
    return rows.map((row) => row.data);
  }

  async template(id: string): Promise<TemplateRecord | null> {
    const [row] = await this.#sql.query<{ shop_id: string | null; data: Template }>(
      'SELECT shop_id, data FROM templates WHERE id = $1',
      [id],
    );
    if (!row) return null;
    return row.shop_id ? { ...row.data, shopId: row.shop_id } : row.data;
  }

  async putTemplate(record: TemplateRecord): Promise<void> {
    const { shopId, ...data } = record;
    await this.#sql.query(
      `INSERT INTO templates (id, shop_id, topic, language, data) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET shop_id = EXCLUDED.shop_id, topic = EXCLUDED.topic,
         language = EXCLUDED.language, data = EXCLUDED.data`,
      [record.id, shopId ?? null, record.topic, record.language, JSON.stringify(data)],
    );
  }

  async removeTemplate(id: string): Promise<void> {
    await this.#sql.query('DELETE FROM templates WHERE id = $1', [id]);
  }

  async lockTemplates(shopId: string): Promise<void> {
    // Two sellers of a shop saving at once: the second checks for duplicates after the first.
    await this.#sql.query("SELECT pg_advisory_xact_lock(hashtext('templates:' || $1::text))", [
      shopId,
    ]);
  }

  async attachment(id: string) {
    const [row] = await this.#sql.query<{
      owner_id: string;
      data: StoredAttachment['attachment'];
      bytes: Uint8Array | null;
      object_key: string | null;
    }>('SELECT owner_id, data, bytes, object_key FROM attachments WHERE id = $1', [id]);
    if (!row) return null;
    const stored = { attachment: row.data, ownerId: row.owner_id, base64: '' };
    if (row.bytes) {
      const body = new Uint8Array(row.bytes);
      return { ...stored, body, size: body.length };
    }
    const key = row.object_key!;
    if (!this.objects) {
      throw new ObjectStoreError(
        `Attachment ${id} is in object storage (${key}), and none is configured (S3_BUCKET).`,
      );
    }
    const object = await this.objects.get(key);
    // The row is there and its object is not: the object store lost it, or a sweep deleted
    // an object still named (a bug). The photo is gone either way.
    if (!object)
      throw new ObjectStoreError(`The object of attachment ${id} (${key}) is missing.`, 404);
    // The length is the row's (what was put): a proxy in front of the store may compress.
    return { ...stored, objectKey: key, body: object.body, size: row.data.size };
  }
}

/**
 * Writes the list entries of the questions that have none yet (rows from before migration 003,
 * or inserted by a seed), with the same code as every write, in batches: each in a transaction
 * of its own on a database, or all in the caller's transaction. Returns how many it filled; a
 * database with none to fill costs one index lookup.
 */
export async function fillQuestionEntries(
  target: Database | Sql,
  baseUrl: string,
): Promise<number> {
  const batch = async (sql: Sql) => {
    // Locked: a second process starting at once waits, then finds these filled.
    const rows = await sql.query<{ id: string }>(
      `SELECT id FROM questions WHERE seller_entry IS NULL AND seller_entry_large IS NULL
       ORDER BY id LIMIT 500 FOR UPDATE`,
    );
    if (rows.length === 0) return 0;
    const tx = new SqlTx(sql, baseUrl, () => new Date(), false);
    const context = await tx.load({ questionIds: rows.map((row) => row.id) });
    const columns = context.state.questions.map((question) => {
      const next = nextClockAt(context, question);
      return [
        question.id,
        ...entryColumns(entriesOf(context, question)),
        isUnread(question, 'seller'),
        isUnread(question, 'buyer'),
        next === null ? null : new Date(next).toISOString(),
      ];
    });
    await sql.query(
      `UPDATE questions q SET seller_entry = e.seller, buyer_entry = e.buyer,
         seller_entry_large = e.seller_large, buyer_entry_large = e.buyer_large,
         seller_unread = e.seller_unread, buyer_unread = e.buyer_unread, clock_at = e.clock_at
       FROM unnest($1::text[], $2::json[], $3::json[], $4::json[], $5::json[], $6::boolean[],
           $7::boolean[], $8::timestamptz[])
         AS e (id, seller, buyer, seller_large, buyer_large, seller_unread, buyer_unread, clock_at)
       WHERE q.id = e.id`,
      [0, 1, 2, 3, 4, 5, 6, 7].map((index) => columns.map((column) => column[index])),
    );
    return rows.length;
  };
  let filled = 0;
  for (;;) {
    const count = 'transaction' in target ? await target.transaction(batch) : await batch(target);
    if (count === 0) return filled;
    filled += count;
  }
}

/** What one run of the clock did. */
export interface ClockRun {
  /** Questions the run looked at. */
  claimed: number;
  /** Questions on which something happened (a warning, a late question, a take-over). */
  changed: number;
}

/**
 * Runs the clock on the questions whose `clock_at` has come by `now()`, `batch` at a time, each
 * batch in one transaction: claimed with FOR UPDATE SKIP LOCKED (a second process running at
 * once takes other questions, never the same ones), the shared rules run on them (runClock in
 * src/backend/commands.ts, which checks what the question already had), and what happened is
 * written back with its domain events and the new `clock_at` before the locks go. Runs batches
 * until none is full.
 */
export async function runDueClocks(
  db: Database,
  options: { baseUrl: string; now: () => Date; batch?: number },
): Promise<ClockRun> {
  const batch = options.batch ?? 100;
  const total: ClockRun = { claimed: 0, changed: 0 };
  // Bounded: a clock that keeps finding work (a flood of questions) yields to the next tick.
  for (let round = 0; round < 100; round += 1) {
    const run = await db.transaction(async (sql) => {
      const now = options.now();
      const rows = await sql.query<{ id: string }>(
        `SELECT id FROM questions WHERE clock_at <= $1
         ORDER BY clock_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now.toISOString(), batch],
      );
      if (rows.length === 0) return { claimed: 0, changed: 0 };
      const ids = rows.map((row) => row.id);
      const tx = new SqlTx(sql, options.baseUrl, () => now, true);
      const context = await tx.load({ questionIds: ids, lock: true });
      let changed = 0;
      for (const question of context.state.questions) {
        if (ids.includes(question.id) && runClock(context, question)) changed += 1;
      }
      await tx.save(context);
      await tx.flush();
      return { claimed: rows.length, changed };
    });
    total.claimed += run.claimed;
    total.changed += run.changed;
    if (run.claimed < batch) break;
  }
  return total;
}

/** When the clock next has something to do on any question; null when no clock runs. */
export async function nextClockTime(db: Database): Promise<Date | null> {
  const [row] = await db.query<{ at: Date | string | null }>(
    'SELECT min(clock_at) AS at FROM questions WHERE clock_at IS NOT NULL',
  );
  return row?.at ? new Date(row.at) : null;
}
