// Internal events between the inbox's parts. They bubble inside the inbox's shadow root only
// (not composed); the public events are in ../events.ts.
import type { Question, QuestionDetail } from '../../api/types.js';
import type { InboxFilters } from './list-filter.js';

/** The inbox's internal events by type, with what each carries in `detail`. */
export interface InboxEventMap {
  /** The seller opened a question from the list. */
  'sq-inbox-open': { question: Question; keyboard: boolean };
  /** The seller changed a filter or the search. */
  'sq-inbox-filters': { filters: InboxFilters };
  /** The seller asked to see the new questions live updates brought ("New questions: 3"). */
  'sq-inbox-show-new': null;
  /** Load the list again after a failure. */
  'sq-inbox-retry': null;
  /** Back from the conversation to the list (narrow layout, or Escape). */
  'sq-inbox-back': null;
  /** A question changed through the conversation (an action, or a reload). */
  'sq-inbox-updated': {
    question: QuestionDetail;
    /** What the seller did; `reload` when the question was reloaded (a conflict, a change). */
    action:
      | 'reply'
      | 'reply_and_resolve'
      | 'refund'
      | 'escalate'
      | 'hand_back'
      | 'close'
      | 'no_response_needed'
      | 'reload';
  };
}

/** One of the inbox's internal events: `new InboxEvent('sq-inbox-open', { question, keyboard })`. */
export class InboxEvent<K extends keyof InboxEventMap> extends Event {
  readonly detail: InboxEventMap[K];
  constructor(type: K, ...detail: InboxEventMap[K] extends null ? [] : [InboxEventMap[K]]) {
    super(type, { bubbles: true });
    this.detail = (detail[0] ?? null) as InboxEventMap[K];
  }
}

/**
 * Something to tell the seller through the inbox's live region (an outcome, a template
 * inserted). Composed, to come out of the conversation's own shadow root; the inbox stops it.
 */
export class InboxAnnounceEvent extends Event {
  readonly text: string;
  constructor(text: string) {
    super('sq-inbox-announce', { bubbles: true, composed: true });
    this.text = text;
  }
}
