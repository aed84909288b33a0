// The inbox's list state (order, filters, search, open question) as a query string a host can
// keep in its page's URL: `sort=-created&unread=1&q=tent&question=q-123`. Defaults are left out,
// so the state of a fresh inbox is the empty string. Reading is lenient: a value that is not
// valid (an edited or old URL) is left out and the rest still applies; other parameters of the
// host's URL are ignored.
import { QUESTION_SORTS, type QuestionSort } from '../../domain/question-order.js';
import {
  CATEGORIES,
  QUESTION_STATUSES,
  TOPICS,
  type Category,
  type QuestionStatus,
  type Topic,
} from '../../domain/taxonomy.js';
import { NO_FILTERS, type InboxFilters } from './list-filter.js';

/** What `<seller-question-inbox>` shows: the list's order and filters, and the open question. */
export interface InboxListState {
  /** `due` (most urgent first, the default), `-updated` (recently updated), `-created` (newest). */
  sort?: QuestionSort;
  category?: Category;
  status?: QuestionStatus;
  topic?: Topic;
  productId?: string;
  orderId?: string;
  /** Platform agents: one shop's questions. */
  shopId?: string;
  /** Changed on or after this day (`YYYY-MM-DD`, in the seller's time zone). */
  since?: string;
  /** Only questions with a buyer message the seller has not read. */
  unread?: boolean;
  /** The search text. */
  q?: string;
  /** The open question. */
  questionId?: string;
}

/** The query parameters, in the order they are written. */
const KEYS = {
  sort: 'sort',
  category: 'category',
  status: 'status',
  topic: 'topic',
  productId: 'product',
  orderId: 'order',
  shopId: 'shop',
  since: 'since',
  unread: 'unread',
  q: 'q',
  questionId: 'question',
} as const satisfies Record<keyof InboxListState, string>;

/** The names `parseListState` reads and `serializeListState` writes. */
export const LIST_STATE_PARAMS: readonly string[] = Object.values(KEYS);

const MAX_ID = 200;
const MAX_TEXT = 200;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Ids are short and printable: no spaces, no control characters. */
const id = (value: string | null): string | undefined =>
  value && value.length <= MAX_ID && /^[\p{L}\p{N}\p{P}\p{S}]+$/u.test(value) ? value : undefined;

function day(value: string | null): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/**
 * Reads a list state from a query string (`?` optional) or URL parameters. Unknown parameters
 * are ignored; invalid values are left out.
 */
export function parseListState(input: string | URLSearchParams): InboxListState {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const get = (key: keyof InboxListState) => params.get(KEYS[key]);
  const state: InboxListState = {};
  const sort = oneOf(QUESTION_SORTS, get('sort'));
  if (sort && sort !== 'due') state.sort = sort;
  const category = oneOf(CATEGORIES, get('category'));
  if (category) state.category = category;
  const status = oneOf(QUESTION_STATUSES, get('status'));
  if (status) state.status = status;
  const topic = oneOf(TOPICS, get('topic'));
  if (topic) state.topic = topic;
  const productId = id(get('productId'));
  if (productId) state.productId = productId;
  const orderId = id(get('orderId'));
  if (orderId) state.orderId = orderId;
  const shopId = id(get('shopId'));
  if (shopId) state.shopId = shopId;
  const since = day(get('since'));
  if (since) state.since = since;
  const unread = get('unread');
  if (unread === '1' || unread === 'true') state.unread = true;
  const q = get('q');
  if (q?.trim() && q.length <= MAX_TEXT) state.q = q;
  const questionId = id(get('questionId'));
  if (questionId) state.questionId = questionId;
  return state;
}

/** Writes a list state as a query string without `?`; the default state is ''. */
export function serializeListState(state: InboxListState): string {
  const params = new URLSearchParams();
  const checked = parseListState(
    new URLSearchParams(
      Object.entries(state).flatMap(([key, value]) =>
        key in KEYS && value !== undefined && value !== false
          ? [[KEYS[key as keyof InboxListState], value === true ? '1' : String(value)]]
          : [],
      ),
    ),
  );
  for (const [key, name] of Object.entries(KEYS)) {
    const value = checked[key as keyof InboxListState];
    if (value !== undefined) params.set(name, value === true ? '1' : String(value));
  }
  return params.toString();
}

/** The list's filters of a state. */
export function filtersOf(state: InboxListState): InboxFilters {
  return {
    category: state.category ?? '',
    status: state.status ?? '',
    topic: state.topic ?? '',
    productId: state.productId ?? '',
    orderId: state.orderId ?? '',
    shopId: state.shopId ?? '',
    since: state.since ?? '',
    unread: state.unread ?? false,
    q: state.q ?? '',
    sort: state.sort ?? NO_FILTERS.sort,
  };
}

/** The state of the list's filters and the open question. */
export function listStateOf(filters: InboxFilters, questionId: string | null): InboxListState {
  const state: InboxListState = {};
  if (filters.sort !== NO_FILTERS.sort) state.sort = filters.sort;
  if (filters.category) state.category = filters.category;
  if (filters.status) state.status = filters.status;
  if (filters.topic) state.topic = filters.topic;
  if (filters.productId) state.productId = filters.productId;
  if (filters.orderId) state.orderId = filters.orderId;
  if (filters.shopId) state.shopId = filters.shopId;
  if (filters.since) state.since = filters.since;
  if (filters.unread) state.unread = true;
  if (filters.q.trim()) state.q = filters.q;
  if (questionId) state.questionId = questionId;
  return state;
}
