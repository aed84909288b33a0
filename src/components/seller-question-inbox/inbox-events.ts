// Internal events between the inbox's parts. They bubble inside the inbox's shadow root only
// (not composed); the public events are in ../events.ts.
import type { Question, QuestionDetail } from '../../api/types.js';
import type { InboxFilters } from './list-filter.js';

abstract class InboxEvent<T> extends Event {
  readonly detail: T;
  constructor(type: string, detail: T) {
    super(type, { bubbles: true });
    this.detail = detail;
  }
}

/** The seller opened a question from the list. */
export class InboxOpenEvent extends InboxEvent<{ question: Question; keyboard: boolean }> {
  constructor(detail: { question: Question; keyboard: boolean }) {
    super('sq-inbox-open', detail);
  }
}

/** The seller changed a filter or the search. */
export class InboxFiltersEvent extends InboxEvent<{ filters: InboxFilters }> {
  constructor(detail: { filters: InboxFilters }) {
    super('sq-inbox-filters', detail);
  }
}

/** The seller asked to see the new questions live updates brought ("New questions: 3"). */
export class InboxShowNewEvent extends InboxEvent<null> {
  constructor() {
    super('sq-inbox-show-new', null);
  }
}

/** Load the list again after a failure. */
export class InboxRetryEvent extends InboxEvent<null> {
  constructor() {
    super('sq-inbox-retry', null);
  }
}

/** Back from the conversation to the list (narrow layout, or Escape). */
export class InboxBackEvent extends InboxEvent<null> {
  constructor() {
    super('sq-inbox-back', null);
  }
}

/** A question changed through the conversation (an action, or a reload). */
export class InboxUpdatedEvent extends InboxEvent<{
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
}> {
  constructor(detail: InboxUpdatedEvent['detail']) {
    super('sq-inbox-updated', detail);
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
