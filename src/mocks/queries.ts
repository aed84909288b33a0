// The mock backend's reads: lists with filters and cursor paging, orders, metrics, templates,
// translations and the change feed.
import { categoryValues, questionStatusValues, topicValues } from '../api/generated/enums.js';
import type {
  ChangeFeed,
  Order,
  OrderPage,
  QuestionPage,
  SellerMetrics,
  TemplateList,
  Translation,
  TranslationRequest,
} from '../api/types.js';
import { computeMetrics, METRICS_WINDOW_DAYS } from '../domain/metrics.js';
import { compareByDue } from '../domain/response-clock.js';
import { CATEGORIES } from '../domain/taxonomy.js';
import { canSee, checkBody, requireSeller, type MockContext, type Viewer } from './context.js';
import { forbidden, notFound, ProblemError } from './problems.js';
import type { QuestionRecord } from './state.js';
import { timeOf } from './times.js';
import { matchesSearch, questionView } from './views.js';

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

function limitOf(params: URLSearchParams): number {
  const raw = params.get('limit');
  if (raw === null) return 50;
  const limit = Number(raw);
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

function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function page<T>(items: readonly T[], params: URLSearchParams, filterKey: string) {
  const offset = offsetOf(params, filterKey);
  const limit = limitOf(params);
  const end = offset + limit;
  return {
    slice: items.slice(offset, end),
    nextCursor: end < items.length ? `o${end}.${filterKey}` : null,
  };
}

/** Every question in response-time order, and what that order was worked out from. */
interface DueOrder {
  snapshot: QuestionRecord[];
  dueAt: (string | null)[];
  updatedAt: string[];
  sorted: QuestionRecord[];
}
const dueOrders = new WeakMap<readonly QuestionRecord[], DueOrder>();

/**
 * All questions sorted by response time remaining (`compareByDue`), kept between requests as
 * long as the same questions have the same times: sorting 10,000 questions was most of a list
 * request's time. Checking costs one comparison per question and notices any change, also one
 * made to the state directly (as tests do).
 */
function sortedByDue(questions: QuestionRecord[]): readonly QuestionRecord[] {
  const known = dueOrders.get(questions);
  if (
    known?.snapshot.length === questions.length &&
    questions.every(
      (question, index) =>
        known.snapshot[index] === question &&
        known.dueAt[index] === question.replyDueAt &&
        known.updatedAt[index] === question.updatedAt,
    )
  ) {
    return known.sorted;
  }
  // Times as numbers, not parsed at every comparison.
  const keyed = questions.map((question) => ({
    question,
    replyDueAt: question.replyDueAt === null ? null : timeOf(question.replyDueAt),
    updatedAt: timeOf(question.updatedAt),
  }));
  keyed.sort(compareByDue);
  dueOrders.set(questions, {
    snapshot: [...questions],
    dueAt: questions.map((question) => question.replyDueAt),
    updatedAt: questions.map((question) => question.updatedAt),
    sorted: keyed.map((entry) => entry.question),
  });
  return dueOrders.get(questions)!.sorted;
}

export function listQuestions(
  context: MockContext,
  viewer: Viewer,
  params: URLSearchParams,
): QuestionPage {
  const category = oneOf(params, 'category', categoryValues);
  const topic = oneOf(params, 'topic', topicValues);
  const statuses = params.getAll('status').filter(Boolean);
  for (const status of statuses) {
    if (!(questionStatusValues as readonly string[]).includes(status)) {
      throw badRequest(`status must be one of ${questionStatusValues.join(', ')}.`);
    }
  }
  const sort = oneOf(params, 'sort', ['due', '-updated'] as const) ?? '-updated';
  const updatedSince = params.get('updatedSince');
  if (updatedSince && Number.isNaN(Date.parse(updatedSince))) {
    throw badRequest('updatedSince must be a date-time.');
  }
  const productId = params.get('productId');
  const orderId = params.get('orderId');
  const shopId = params.get('shopId');
  const query = params.get('q') ?? '';
  const since = updatedSince ? Date.parse(updatedSince) : 0;

  const matches = (question: QuestionRecord) =>
    canSee(viewer, question) &&
    (!category || question.category === category) &&
    (!topic || question.topic === topic) &&
    (statuses.length === 0 || statuses.includes(question.status)) &&
    (!productId || question.productId === productId) &&
    (!orderId || question.orderId === orderId) &&
    (!shopId || question.shopId === shopId) &&
    (!updatedSince || timeOf(question.updatedAt) > since) &&
    matchesSearch(context, question, query);
  const matching =
    sort === 'due'
      ? sortedByDue(context.state.questions).filter(matches)
      : context.state.questions
          .filter(matches)
          .sort((a, b) => timeOf(b.updatedAt) - timeOf(a.updatedAt) || b.id.localeCompare(a.id));
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
      query,
    ].join('|'),
  );
  const { slice, nextCursor } = page(matching, params, filterKey);
  return {
    items: slice.map((question) => questionView(context, question, viewer)),
    nextCursor,
    total: matching.length,
  };
}

export function listOrders(
  context: MockContext,
  viewer: Viewer,
  params: URLSearchParams,
): OrderPage {
  const visible = context.state.orders
    .filter((order) => viewer.role === 'seller' || order.buyer.id === viewer.id)
    .sort((a, b) => timeOf(b.placedAt) - timeOf(a.placedAt));
  const { slice, nextCursor } = page(visible, params, fingerprint(viewer.id));
  return { items: slice, nextCursor };
}

export function getOrder(context: MockContext, viewer: Viewer, orderId: string): Order {
  const order = context.state.orders.find((candidate) => candidate.id === orderId);
  if (!order) throw notFound('Order');
  if (viewer.role === 'buyer' && order.buyer.id !== viewer.id) {
    throw forbidden('This order belongs to someone else.');
  }
  return order;
}

export function getMetrics(
  context: MockContext,
  viewer: Viewer,
  params: URLSearchParams,
): SellerMetrics {
  requireSeller(viewer);
  const raw = params.get('windowDays');
  const windowDays = raw === null ? METRICS_WINDOW_DAYS : Number(raw);
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > 365) {
    throw badRequest('windowDays must be a whole number from 1 to 365.');
  }
  const questions = context.state.questions.filter((question) => canSee(viewer, question));
  const ratings = questions.flatMap((question) =>
    question.messages.flatMap((message) => (message.rating ? [message.rating] : [])),
  );
  const obligations = questions.flatMap((question) =>
    question.obligations.map((obligation) => ({ ...obligation, questionId: question.id })),
  );
  const metrics = computeMetrics({ ratings, obligations, now: context.now(), windowDays });
  const awaiting = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      questions.filter(
        (question) => question.category === category && question.status === 'awaiting_seller',
      ).length,
    ]),
  ) as SellerMetrics['awaiting'];
  return { ...metrics, awaiting };
}

export function listTemplates(
  context: MockContext,
  viewer: Viewer,
  params: URLSearchParams,
): TemplateList {
  requireSeller(viewer);
  const topic = oneOf(params, 'topic', topicValues);
  const language = params.get('language');
  return {
    items: context.state.templates.filter(
      (template) =>
        (!topic || template.topic === topic) &&
        (!language ||
          template.language === language ||
          template.language.startsWith(`${language}-`)),
    ),
  };
}

/**
 * Translations come from the phrasebook (seed messages and templates are known in several
 * languages). Anything else is returned marked as a mock translation, since the mock has no
 * translation engine.
 */
export function translate(context: MockContext, body: unknown): Translation {
  checkBody(body, 'TranslationRequest');
  const input = body as TranslationRequest;
  const text = input.text.trim();
  for (const entry of context.state.phrasebook) {
    const from = Object.keys(entry).find((language) => entry[language]?.trim() === text);
    const translated = entry[input.to];
    if (from && translated !== undefined) return { text: translated, from, to: input.to };
  }
  const from = input.from ?? 'und';
  if (from === input.to) return { text: input.text, from, to: input.to };
  return { text: `[${from} → ${input.to}] ${input.text}`, from, to: input.to };
}

export function listChanges(
  context: MockContext,
  viewer: Viewer,
  params: URLSearchParams,
): ChangeFeed {
  const changes = context.state.changes;
  const latest = changes.at(-1)?.seq ?? 0;
  const pollAfterSeconds = context.state.config.pollIntervalSeconds;
  const since = params.get('since');
  if (since === null || since === '')
    return { changes: [], cursor: String(latest), pollAfterSeconds };
  if (!/^\d+$/.test(since)) throw badRequest('since must be a cursor from an earlier response.');
  const after = Number(since);
  const newest = new Map<string, (typeof changes)[number]>();
  for (const change of changes) {
    if (change.seq <= after) continue;
    const question = context.state.questions.find(
      (candidate) => candidate.id === change.questionId,
    );
    if (!question || !canSee(viewer, question)) continue;
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
    cursor: String(latest),
    pollAfterSeconds,
  };
}
