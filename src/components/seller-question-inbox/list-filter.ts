// The inbox's filters applied on the client: the same category and status rules as the backend,
// and a text search over what a row shows (buyer, product, order number, snippet, id). The
// backend's search also looks into every message, so a local match is a subset of the
// backend's; the list shows the local matches at once and adds the backend's as they arrive.
import type { Question } from '../../api/types.js';
import { compareByDue } from '../../domain/response-clock.js';
import type { Category, QuestionStatus } from '../../domain/taxonomy.js';

export interface InboxFilters {
  category: Category | '';
  status: QuestionStatus | '';
  /** Free text, as typed. */
  q: string;
}

export const NO_FILTERS: InboxFilters = { category: '', status: '', q: '' };

export function hasFilters(filters: InboxFilters): boolean {
  return filters.category !== '' || filters.status !== '' || filters.q.trim() !== '';
}

export function sameFilters(a: InboxFilters, b: InboxFilters): boolean {
  return a.category === b.category && a.status === b.status && a.q.trim() === b.q.trim();
}

/** The text a search is matched against, lower-cased once per question object. */
const searchKeys = new WeakMap<Question, string>();

function searchKey(question: Question): string {
  let key = searchKeys.get(question);
  if (key === undefined) {
    key = [
      question.id,
      question.buyer.name,
      question.product?.name ?? '',
      question.orderNumber ?? '',
      question.snippet,
    ]
      .join('\n')
      .toLocaleLowerCase();
    searchKeys.set(question, key);
  }
  return key;
}

/**
 * Prepares the search text of `questions` ahead of the first keystroke, which would otherwise
 * lower-case every loaded question at once (tens of milliseconds for 10,000).
 */
export function prepareSearch(questions: readonly Question[]): void {
  for (const question of questions) searchKey(question);
}

export function needleOf(filters: InboxFilters): string {
  return filters.q.trim().toLocaleLowerCase();
}

/** Category and status: exactly the backend's rule. */
export function matchesFacets(question: Question, filters: InboxFilters): boolean {
  return (
    (filters.category === '' || question.category === filters.category) &&
    (filters.status === '' || question.status === filters.status)
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
 * Both lists are sorted by response time remaining; the result is too, with each question once
 * (the one with the higher version when both have it).
 */
export function mergeByDue(a: readonly Question[], b: readonly Question[]): Question[] {
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
    if (j >= b.length || (i < a.length && compareByDue(a[i]!, b[j]!) <= 0)) take(a[i++]!);
    else take(b[j++]!);
  }
  return out;
}

/** Inserts `question` into the sorted `list` at its place, replacing an older copy. */
export function insertByDue(list: Question[], question: Question): void {
  const existing = list.findIndex((candidate) => candidate.id === question.id);
  if (existing >= 0) list.splice(existing, 1);
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareByDue(list[middle]!, question) <= 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, question);
}
