// The inbox's filters applied on the client: the same facet rules as the backend (category,
// status, topic, product, order, changed since, unread), the backend's orders (question-order.ts)
// and a text search over what a row shows (buyer, product, order number, snippet, id). The
// backend's search also looks into every message, so a local match is a subset of the
// backend's; the list shows the local matches at once and adds the backend's as they arrive.
import type { Question } from '../../api/types.js';
import { questionOrder, type QuestionSort } from '../../domain/question-order.js';
import { foldForSearch, searchNeedle } from '../../domain/question-search.js';
import type { Category, QuestionStatus, Topic } from '../../domain/taxonomy.js';
import { DEFAULT_SORT } from './first-page.js';

/** What the list shows: its filters ('' for any) and its order. */
export interface InboxFilters {
  category: Category | '';
  status: QuestionStatus | '';
  topic: Topic | '';
  productId: string;
  orderId: string;
  /** Platform agents: one shop's questions only. */
  shopId: string;
  /** Changed on or after this day (`YYYY-MM-DD`, the seller's time zone), or ''. */
  since: string;
  /** Only questions with a buyer message the seller has not read. */
  unread: boolean;
  /** Free text, as typed. */
  q: string;
  sort: QuestionSort;
}

export const NO_FILTERS: InboxFilters = {
  category: '',
  status: '',
  topic: '',
  productId: '',
  orderId: '',
  shopId: '',
  since: '',
  unread: false,
  q: '',
  sort: DEFAULT_SORT,
};

/** The filters other than the text search (each applied exactly on the client). */
const FACETS = [
  'category',
  'status',
  'topic',
  'productId',
  'orderId',
  'shopId',
  'since',
  'unread',
] as const;

/** Something narrows the list (the order does not). */
export function hasFilters(filters: InboxFilters): boolean {
  return FACETS.some((facet) => filters[facet] !== NO_FILTERS[facet]) || filters.q.trim() !== '';
}

/** How many filters narrow the list, the text search not counted. */
export function facetCount(filters: InboxFilters, facets: readonly string[] = FACETS): number {
  return FACETS.filter((facet) => facets.includes(facet) && filters[facet] !== NO_FILTERS[facet])
    .length;
}

export function sameFacets(a: InboxFilters, b: InboxFilters): boolean {
  return FACETS.every((facet) => a[facet] === b[facet]);
}

export function sameFilters(a: InboxFilters, b: InboxFilters): boolean {
  return sameFacets(a, b) && a.sort === b.sort && a.q.trim() === b.q.trim();
}

/** The start of `since`'s day in the seller's time zone (ms), or null without one. */
export function sinceMs(since: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) return null;
  const ms = new Date(`${since}T00:00`).getTime();
  return Number.isNaN(ms) ? null : ms;
}

/** The comparator of the list's order. */
export function orderOf(filters: InboxFilters): (a: Question, b: Question) => number {
  return questionOrder(filters.sort);
}

/** The text a search is matched against, folded once per question object (as the backend's). */
const searchKeys = new WeakMap<Question, string>();

function searchKey(question: Question): string {
  let key = searchKeys.get(question);
  if (key === undefined) {
    key = foldForSearch(
      [
        question.id,
        question.buyer.name,
        question.product?.name ?? '',
        question.orderNumber ?? '',
        question.snippet,
      ].join('\n'),
    );
    searchKeys.set(question, key);
  }
  return key;
}

/**
 * Prepares the search text of `questions` ahead of the first keystroke, which would otherwise
 * fold every loaded question at once (tens of milliseconds for 10,000).
 */
export function prepareSearch(questions: readonly Question[]): void {
  for (const question of questions) searchKey(question);
}

export function needleOf(filters: InboxFilters): string {
  return foldForSearch(searchNeedle(filters.q));
}

/** The facets: exactly the backend's rules. */
export function matchesFacets(question: Question, filters: InboxFilters): boolean {
  const since = sinceMs(filters.since);
  return (
    (filters.category === '' || question.category === filters.category) &&
    (filters.status === '' || question.status === filters.status) &&
    (filters.topic === '' || question.topic === filters.topic) &&
    (filters.productId === '' || question.product?.id === filters.productId) &&
    (filters.orderId === '' || question.orderId === filters.orderId) &&
    (filters.shopId === '' || question.shopId === filters.shopId) &&
    (since === null || Date.parse(question.updatedAt) >= since) &&
    (!filters.unread || question.unread)
  );
}

/** Facets and the local text search (`needle` from `needleOf`). */
export function matchesLocally(question: Question, filters: InboxFilters, needle: string): boolean {
  return (
    matchesFacets(question, filters) && (needle === '' || searchKey(question).includes(needle))
  );
}

/** The questions of `list` (in its order) that match. One pass; no sorting. */
export function filterLocally(list: readonly Question[], filters: InboxFilters): Question[] {
  const needle = needleOf(filters);
  const out: Question[] = [];
  for (const question of list) if (matchesLocally(question, filters, needle)) out.push(question);
  return out;
}

/**
 * Both lists are sorted by `compare`; the result is too, with each question once (the one with
 * the higher version when both have it).
 */
export function mergeSorted(
  a: readonly Question[],
  b: readonly Question[],
  compare: (a: Question, b: Question) => number,
): Question[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  const newer = new Map<string, Question>();
  for (const question of [...a, ...b]) {
    const seen = newer.get(question.id);
    if (!seen || question.version > seen.version) newer.set(question.id, question);
  }
  const out: Question[] = [];
  let i = 0;
  let j = 0;
  const take = (question: Question) => {
    if (newer.get(question.id) !== question) return;
    newer.delete(question.id);
    out.push(question);
  };
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && compare(a[i]!, b[j]!) <= 0)) take(a[i++]!);
    else take(b[j++]!);
  }
  return out;
}

/** Inserts `question` into `list`, sorted by `compare`, at its place, replacing an older copy. */
export function insertSorted(
  list: Question[],
  question: Question,
  compare: (a: Question, b: Question) => number,
): void {
  const existing = list.findIndex((candidate) => candidate.id === question.id);
  if (existing >= 0) list.splice(existing, 1);
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle]!, question) <= 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, question);
}
