// The orders a question list can be sorted in (the contract's `sort` of GET /questions), as
// comparators: the backend sorts with them and the inbox keeps its loaded questions in the same
// order when a question changes.
import { compareByDue } from './response-clock.js';

/** `due`: most urgent first; `-updated`: most recently changed first; `-created`: newest first. */
export const QUESTION_SORTS = ['due', '-updated', '-created'] as const;
export type QuestionSort = (typeof QUESTION_SORTS)[number];

type Instant = Date | number | string;

/** What the orders compare: a listed question, a stored record, or one keyed with numbers. */
export interface Sortable {
  id: string;
  replyDueAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
}

const ms = (instant: Instant): number =>
  typeof instant === 'number'
    ? instant
    : instant instanceof Date
      ? instant.getTime()
      : Date.parse(instant);

/** Ties (the same millisecond) are broken by id, the later id first. */
function byIdDescending(a: Sortable, b: Sortable): number {
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function compareByUpdated(a: Sortable, b: Sortable): number {
  return ms(b.updatedAt) - ms(a.updatedAt) || byIdDescending(a, b);
}

export function compareByCreated(a: Sortable, b: Sortable): number {
  return ms(b.createdAt) - ms(a.createdAt) || byIdDescending(a, b);
}

/** The comparator of `sort`: negative when `a` comes first. */
export function questionOrder(sort: QuestionSort): (a: Sortable, b: Sortable) => number {
  switch (sort) {
    case 'due':
      return compareByDue;
    case '-updated':
      return compareByUpdated;
    case '-created':
      return compareByCreated;
  }
}
