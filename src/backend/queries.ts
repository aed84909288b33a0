// The backend's reads: lists with filters and cursor paging, orders, metrics, templates,
// translations and the change feed. What to fetch is the store's; what it means is here.
import { categoryValues, questionStatusValues, topicValues } from '../api/generated/enums.js';
import type {
  ChangeFeed,
  Order,
  OrderPage,
  PlatformQueue,
  ProductList,
  QuestionExportPage,
  QuestionPage,
  SellerMetrics,
  TemplateList,
  Translation,
  TranslationRequest,
} from '../api/types.js';
import type { QuestionStatus } from '../api/types.js';
import { computeMetrics, METRICS_WINDOW_DAYS } from '../domain/metrics.js';
import { QUESTION_SORTS } from '../domain/question-order.js';
import { foldForSearch, searchNeedle } from '../domain/question-search.js';
import {
  checkBody,
  findShop,
  requirePlatform,
  requireSeller,
  type BackendContext,
  type Viewer,
} from './context.js';
import { fingerprint } from './fingerprint.js';
import { JsonText } from './json-text.js';
import { forbidden, notFound, ProblemError } from './problems.js';
import type { ChangeRecord } from './state.js';
import { exportRow } from './views.js';
import type { QuestionQuery, StoreTx } from './store.js';

const DAY_MS = 86_400_000;

const badRequest = (detail: string) => new ProblemError(400, 'bad_request', detail);

function oneOf<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
): T | undefined {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  if (!(values as readonly string[]).includes(value)) {
    throw badRequest(`${name} must be one of ${values.join(', ')}.`);
  }
  return value as T;
}

/** A whole number written in digits alone (not `1e2`, `0x5` or ` 3`); NaN otherwise. */
export function digitsOf(raw: string): number {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
}

/** RFC 3339's date-time with a time zone (e.g. 2026-11-01T00:00:00Z or …+01:00). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * A date-time with a time zone, as RFC 3339 writes it (e.g. 2026-11-01T00:00:00Z or
 * …+01:00), from the year 1 on in UTC (the database's range holds those); null otherwise.
 */
export function dateTimeOf(raw: string): Date | null {
  if (!DATE_TIME.test(raw)) return null;
  const date = new Date(raw);
  return date.getUTCFullYear() >= 1 ? date : null;
}

function limitOf(params: URLSearchParams): number {
  const raw = params.get('limit');
  if (raw === null) return 50;
  const limit = digitsOf(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
    throw badRequest('limit must be a whole number from 1 to 200.');
  }
  return limit;
}

/** Cursors are the offset plus a fingerprint of the filters they belong to. */
function offsetOf(params: URLSearchParams, filterKey: string): number {
  const cursor = params.get('cursor');
  if (!cursor) return 0;
  const match = /^o(\d+)\.(.+)$/.exec(cursor);
  if (!match || match[2] !== filterKey) {
    throw badRequest('The cursor is not valid for these filters; start from the first page.');
  }
  return Number(match[1]);
}

/** The query parameters that may be given more than once (a list of values); any other, once. */
export const REPEATABLE_PARAMETERS: ReadonlySet<string> = new Set(['status']);

export function parseQuestionQuery(
  viewer: Viewer,
  params: URLSearchParams,
): { query: QuestionQuery; filterKey: string } {
  const category = oneOf(params, 'category', categoryValues);
  const topic = oneOf(params, 'topic', topicValues);
  const statuses = params.getAll('status').filter(Boolean);
  for (const status of statuses) {
    if (!(questionStatusValues as readonly string[]).includes(status)) {
      throw badRequest(`status must be one of ${questionStatusValues.join(', ')}.`);
    }
  }
  const sort = oneOf(params, 'sort', QUESTION_SORTS) ?? '-updated';
  const unreadParam = oneOf(params, 'unread', ['true', 'false'] as const);
  const unread = unreadParam === undefined ? undefined : unreadParam === 'true';
  const updatedSince = params.get('updatedSince');
  if (updatedSince && !dateTimeOf(updatedSince)) {
    throw badRequest(
      'updatedSince must be a date-time with a time zone, e.g. 2026-11-01T00:00:00Z.',
    );
  }
  const productId = params.get('productId') || undefined;
  const orderId = params.get('orderId') || undefined;
  const shopId = params.get('shopId') || undefined;
  const typed = params.get('q') ?? '';
  if (typed.length > 200) throw badRequest('q must be at most 200 characters.');
  // Folded once here, for every store (accents and case set aside).
  const q = foldForSearch(searchNeedle(typed));
  const filterKey = fingerprint(
    [
      viewer.id,
      category,
      topic,
      statuses.join(','),
      sort,
      updatedSince,
      productId,
      orderId,
      shopId,
      q,
      unreadParam,
    ].join('|'),
  );
  return {
    query: {
      category,
      topic,
      statuses: statuses as QuestionStatus[],
      productId,
      orderId,
      shopId,
      updatedSince: updatedSince ? Date.parse(updatedSince) : undefined,
      q,
      unread,
      sort,
      offset: offsetOf(params, filterKey),
      limit: limitOf(params),
    },
    filterKey,
  };
}

/** A QuestionPage as JSON text: the store's entries as they are, with the cursor and total. */
export async function listQuestions(
  tx: StoreTx,
  viewer: Viewer,
  params: URLSearchParams,
): Promise<JsonText> {
  const { query, filterKey } = parseQuestionQuery(viewer, params);
  // A first page carries the change feed's cursor, read with the list (one statement, one
  // snapshot): a change the list does not show comes after the cursor, so the feed reports it.
  const first = !params.get('cursor');
  const { items, count, total, latest } = await tx.questionList(viewer, query, first);
  const end = query.offset + count;
  const page: Omit<QuestionPage, 'items'> = {
    nextCursor: end < total ? `o${end}.${filterKey}` : null,
    total,
    ...(first ? { changesCursor: String(latest ?? 0) } : {}),
  };
  return new JsonText(`{"items":${items.text},${JSON.stringify(page).slice(1)}`);
}

export async function listOrders(
  tx: StoreTx,
  viewer: Viewer,
  params: URLSearchParams,
): Promise<OrderPage> {
  if (viewer.role === 'platform') {
    throw forbidden('Platform agents have no orders of their own.');
  }
  const filterKey = fingerprint(viewer.id);
  const offset = offsetOf(params, filterKey);
  const limit = limitOf(params);
  const { orders, more } = await tx.orderPage(viewer, offset, limit);
  return { items: orders, nextCursor: more ? `o${offset + limit}.${filterKey}` : null };
}

/** Orders a viewer may see: a buyer their own, a seller their shop's, a platform agent any. */
export function canSeeOrder(viewer: Viewer, order: Order): boolean {
  if (viewer.role === 'platform') return true;
  return viewer.role === 'buyer'
    ? order.buyer.id === viewer.id
    : order.shopId === viewer.record.shopId;
}

export function getOrder(context: BackendContext, viewer: Viewer, orderId: string): Order {
  const order = context.state.orders.find((candidate) => candidate.id === orderId);
  // Someone else's order answers as if it did not exist.
  if (!order || !canSeeOrder(viewer, order)) throw notFound('Order');
  return order;
}

/** How far a range's `to` may lie ahead of the backend's clock (clocks differ) and mean now. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The longest range a metrics or export request may ask for. */
export const MAX_RANGE_DAYS = 366;

/**
 * `from` and `to` of a range request, checked: both date-times, `from` before `to`, at most
 * MAX_RANGE_DAYS apart, `to` not after `now` (up to CLOCK_SKEW_MS after it counts as `now`).
 * Null when neither is given.
 */
export function rangeOf(params: URLSearchParams, now: Date): { from: Date; to: Date } | null {
  const [rawFrom, rawTo] = [params.get('from'), params.get('to')];
  if (rawFrom === null && rawTo === null) return null;
  if (!rawFrom || !rawTo) throw badRequest('Give both from and to, or neither.');
  const from = dateTimeOf(rawFrom);
  const to = dateTimeOf(rawTo);
  if (!from) {
    throw badRequest('from must be a date-time with a time zone, e.g. 2026-11-01T00:00:00Z.');
  }
  if (!to) {
    throw badRequest('to must be a date-time with a time zone, e.g. 2026-12-01T00:00:00Z.');
  }
  if (from.getTime() >= to.getTime()) throw badRequest('from must be before to.');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw badRequest(`The range from from to to may be at most ${MAX_RANGE_DAYS} days.`);
  }
  if (to.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw badRequest('to must not be in the future: the figures are known up to now.');
  }
  // A `to` a moment ahead (the caller's clock runs ahead of ours) means now.
  return { from, to: to.getTime() > now.getTime() ? now : to };
}

export async function getMetrics(
  tx: StoreTx,
  context: BackendContext,
  viewer: Viewer,
  params: URLSearchParams,
): Promise<SellerMetrics> {
  requireSeller(viewer);
  const now = context.now();
  const range = rangeOf(params, now);
  const raw = params.get('windowDays');
  if (range && raw !== null) throw badRequest('Give windowDays or from and to, not both.');
  const windowDays = raw === null ? METRICS_WINDOW_DAYS : digitsOf(raw);
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > 365) {
    throw badRequest('windowDays must be a whole number from 1 to 365.');
  }
  const since = range ? range.from : new Date(now.getTime() - windowDays * DAY_MS);
  const { ratings, obligations, awaiting } = await tx.metricsInput(viewer, since);
  const metrics = range
    ? computeMetrics({ ratings, obligations, now, ...range })
    : computeMetrics({ ratings, obligations, now, windowDays });
  return { ...metrics, awaiting };
}

/** A page of the seller's export: the shop's questions created in the range, oldest first. */
export async function exportQuestions(
  tx: StoreTx,
  context: BackendContext,
  viewer: Viewer,
  params: URLSearchParams,
): Promise<QuestionExportPage> {
  requireSeller(viewer);
  const now = context.now();
  const range = rangeOf(params, now);
  if (!range) throw badRequest('from and to are required.');
  const raw = params.get('limit');
  const limit = raw === null ? 200 : digitsOf(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    throw badRequest('limit must be a whole number from 1 to 500.');
  }
  const filterKey = fingerprint(
    [viewer.id, viewer.record.shopId, range.from.toISOString(), range.to.toISOString()].join('|'),
  );
  const offset = offsetOf(params, filterKey);
  const { ids, total } = await tx.questionsCreated(
    viewer.record.shopId,
    range.from,
    range.to,
    offset,
    limit,
  );
  const loaded = ids.length > 0 ? await tx.load({ questionIds: ids }) : context;
  const byId = new Map(loaded.state.questions.map((question) => [question.id, question]));
  const items = ids.flatMap((id) => {
    const question = byId.get(id);
    return question ? [exportRow(loaded, question, now)] : [];
  });
  const end = offset + ids.length;
  return { items, nextCursor: end < total ? `o${end}.${filterKey}` : null, total };
}

export async function getPlatformQueue(tx: StoreTx, viewer: Viewer): Promise<PlatformQueue> {
  requirePlatform(viewer);
  return tx.platformQueue();
}

/** Whether a template in `candidate` serves a request for `wanted`: `pt` takes `pt-PT` and `pt`. */
export function templateLanguageMatches(candidate: string, wanted: string | null): boolean {
  if (!wanted) return true;
  const a = candidate.toLowerCase();
  const b = wanted.toLowerCase();
  return a === b || a.startsWith(`${b}-`);
}

/**
 * A shop's products by name, searched (`q`): a seller's own shop only (another shop is not
 * found, as if it did not exist), any shop for platform agents, never for buyers.
 */
export async function listShopProducts(
  tx: StoreTx,
  viewer: Viewer,
  shopId: string,
  params: URLSearchParams,
): Promise<ProductList> {
  if (viewer.role !== 'platform') requireSeller(viewer);
  const q = (params.get('q') ?? '').trim();
  if (q.length > 200) throw badRequest('q must be at most 200 characters.');
  const limit = limitOf(params);
  const known =
    viewer.role === 'seller'
      ? viewer.record.shopId === shopId
      : !!findShop((await tx.load({ shopIds: [shopId] })).state, shopId);
  if (!known) throw notFound('Shop');
  const { items, more } = await tx.products(shopId, q, limit);
  return { items, more };
}

export async function listTemplates(
  tx: StoreTx,
  viewer: Viewer,
  params: URLSearchParams,
): Promise<TemplateList> {
  if (viewer.role !== 'platform') requireSeller(viewer);
  const topic = oneOf(params, 'topic', topicValues);
  const language = params.get('language');
  // A seller sees the official templates and their own shop's, never another shop's; a
  // platform agent the official ones.
  const templates = await tx.templates(viewer.role === 'seller' ? viewer.record.shopId : '', topic);
  return {
    items: templates.filter((template) => templateLanguageMatches(template.language, language)),
  };
}

/**
 * Demo translations (`engine: demo`): the phrasebook (seed messages and templates are known in
 * several languages), anything else marked `[de → en]` as a stand-in. The mock has no
 * translation engine; the reference server answers this in demo mode only.
 */
export function translate(context: BackendContext, body: unknown): Translation {
  checkBody(body, 'TranslationRequest');
  const input = body as TranslationRequest;
  const engine = 'demo';
  const known = (text: string) => lookUp(context.state.phrasebook, text.trim(), input.to);
  const whole = known(input.text);
  if (whole) return { ...whole, to: input.to, engine };
  // A text made only of known sentences (a reply of common phrases), sentence by sentence.
  const parts = input.text.split(/((?<=[.!?؟])[ \t]+|\n+)/);
  const sentences = parts.filter((_, index) => index % 2 === 0 && parts[index]!.trim());
  const found = sentences.map(known);
  if (found.length > 1 && found.every(Boolean)) {
    let next = 0;
    const text = parts
      .map((part, index) => (index % 2 === 0 && part.trim() ? found[next++]!.text : part))
      .join('');
    return { text, from: found[0]!.from, to: input.to, engine };
  }
  const from = input.from ?? 'und';
  if (from === input.to) return { text: input.text, from, to: input.to, engine };
  return { text: `[${from} → ${input.to}] ${input.text}`, from, to: input.to, engine };
}

export async function listChanges(
  tx: StoreTx,
  context: BackendContext,
  viewer: Viewer,
  params: URLSearchParams,
): Promise<ChangeFeed> {
  const pollAfterSeconds = context.state.config.pollIntervalSeconds;
  const since = params.get('since');
  if (since !== null && since !== '' && !/^\d{1,15}$/.test(since)) {
    throw badRequest('since must be a cursor from an earlier response.');
  }
  const after = since ? Number(since) : Number.MAX_SAFE_INTEGER;
  const { changes, latest, expired } = await tx.changesSince(viewer, after);
  if (!since) return { changes: [], cursor: String(latest), pollAfterSeconds };
  if (expired) {
    // Changes after this cursor are no longer kept: the client reloads its list instead.
    throw new ProblemError(
      410,
      'cursor_expired',
      'The cursor is older than the change feed keeps; reload and start from a new cursor.',
    );
  }
  const newest = new Map<string, ChangeRecord>();
  for (const change of changes) {
    // One entry per question: its latest version, and `created` if it is new since the cursor.
    const earlier = newest.get(change.questionId);
    newest.set(
      change.questionId,
      earlier?.kind === 'created' ? { ...change, kind: 'created' } : change,
    );
  }
  return {
    changes: [...newest.values()].map(({ questionId, version, updatedAt, kind }) => ({
      questionId,
      version,
      updatedAt,
      kind,
    })),
    // Never back: a cursor given out before the feed's cursors were the viewer's own (the
    // platform's newest then) may be ahead of the viewer's newest change; nothing they can see
    // is between the two.
    cursor: String(Math.max(after, latest)),
    pollAfterSeconds,
  };
}

/** The phrasebook's entry for `text` (trimmed) in `to`, and the language it is in. */
function lookUp(
  phrasebook: readonly Record<string, string>[],
  text: string,
  to: string,
): { text: string; from: string } | null {
  for (const entry of phrasebook) {
    const from = Object.keys(entry).find((language) => entry[language]?.trim() === text);
    const translated = entry[to];
    if (from && translated !== undefined) return { text: translated, from };
  }
  return null;
}
