// One list of questions as fetched page by page for one set of filters, and the small helpers
// the list controller pages with.
import type { Question, QuestionDetail } from '../../api/types.js';
import type { InboxFilters } from './list-filter.js';

export interface Listing {
  filters: InboxFilters;
  items: Question[];
  byId: Map<string, Question>;
  cursor: string | null;
  total: number | null;
  done: boolean;
  loading: boolean;
  error: unknown;
  abort: AbortController;
}

export function listing(filters: InboxFilters): Listing {
  return {
    filters,
    items: [],
    byId: new Map(),
    cursor: null,
    total: null,
    done: false,
    loading: false,
    error: null,
    abort: new AbortController(),
  };
}

/** A question as the list keeps it: without its messages. */
export function summaryOf(question: Question | QuestionDetail): Question {
  if (!('messages' in question)) return question;
  const summary: Question & Partial<Pick<QuestionDetail, 'messages' | 'refunds'>> = { ...question };
  delete summary.messages;
  delete summary.refunds;
  return summary;
}

/** Resolves once the browser is idle (within 300 ms): pages load between the seller's work. */
export function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in globalThis)
      requestIdleCallback(
        () => {
          resolve();
        },
        { timeout: 300 },
      );
    else setTimeout(resolve, 16);
  });
}
