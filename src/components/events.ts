// The typed events of the public elements. Every one bubbles and is composed (it leaves the
// shadow root); intents (`...-submit`) are cancelable. Listen with
// `el.addEventListener('sq-question-created', (event) => event.detail.question)`.
// The inbox's `sq-question-received` is in ./received-event.ts: a module of its own, so the
// buyer elements' bundles stay exactly as they were.
import type { Message, QuestionCreate, QuestionDetail, Refund } from '../api/types.js';
import type { InboxAction } from './seller-question-inbox/actions.js';
import type { InboxListState } from './seller-question-inbox/list-state.js';

abstract class SqEvent<T> extends Event {
  readonly detail: T;
  constructor(type: string, detail: T, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}

/** Before a question is sent; `preventDefault()` stops it (e.g. to ask the user to sign in). */
export class SqQuestionSubmitEvent extends SqEvent<{ input: QuestionCreate }> {
  constructor(detail: { input: QuestionCreate }) {
    super('sq-question-submit', detail, true);
  }
}

/** A question was created. */
export class SqQuestionCreatedEvent extends SqEvent<{ question: QuestionDetail }> {
  constructor(detail: { question: QuestionDetail }) {
    super('sq-question-created', detail);
  }
}

/** Before an order issue is sent (`<order-help>`); cancelable. */
export class SqIssueSubmitEvent extends SqEvent<{ input: QuestionCreate }> {
  constructor(detail: { input: QuestionCreate }) {
    super('sq-issue-submit', detail, true);
  }
}

/** An order issue was created (`<order-help>`). */
export class SqIssueCreatedEvent extends SqEvent<{ question: QuestionDetail }> {
  constructor(detail: { question: QuestionDetail }) {
    super('sq-issue-created', detail);
  }
}

/** A buyer follow-up was sent. */
export class SqFollowUpSentEvent extends SqEvent<{ question: QuestionDetail }> {
  constructor(detail: { question: QuestionDetail }) {
    super('sq-follow-up-sent', detail);
  }
}

/** A new answer from the seller or customer service arrived (live update). */
export class SqReplyReceivedEvent extends SqEvent<{ question: QuestionDetail; message: Message }> {
  constructor(detail: { question: QuestionDetail; message: Message }) {
    super('sq-reply-received', detail);
  }
}

/** The buyer rated an answer. */
export class SqRatingSentEvent extends SqEvent<{
  question: QuestionDetail;
  messageId: string;
  satisfied: boolean;
}> {
  constructor(detail: { question: QuestionDetail; messageId: string; satisfied: boolean }) {
    super('sq-rating-sent', detail);
  }
}

/** The seller sent a reply (`<seller-question-inbox>`). */
export class SqReplySentEvent extends SqEvent<{ question: QuestionDetail; resolved: boolean }> {
  constructor(detail: { question: QuestionDetail; resolved: boolean }) {
    super('sq-reply-sent', detail);
  }
}

/** The seller refunded items (`<seller-question-inbox>`). */
export class SqRefundIssuedEvent extends SqEvent<{ question: QuestionDetail; refund: Refund }> {
  constructor(detail: { question: QuestionDetail; refund: Refund }) {
    super('sq-refund-issued', detail);
  }
}

/** The seller asked platform customer service for help (`<seller-question-inbox>`). */
export class SqEscalatedEvent extends SqEvent<{ question: QuestionDetail; reason: string }> {
  constructor(detail: { question: QuestionDetail; reason: string }) {
    super('sq-escalated', detail);
  }
}

/** The backend said 401 or 403: the host should let the user sign in. */
export class SqAuthRequiredEvent extends SqEvent<{ status: number }> {
  constructor(detail: { status: number }) {
    super('sq-auth-required', detail);
  }
}

/** What was being done when something failed (`sq-error`'s `detail.action`; docs/backend.md). */
export type SqErrorAction =
  /** The data an element shows first (`<ask-seller>`, `<order-help>`). */
  | 'load'
  /** The count of `<seller-question-count>`. */
  | 'load-count'
  | 'create-question'
  | 'create-issue'
  | 'load-questions'
  | 'follow-up'
  | 'load-conversation'
  | 'load-header'
  /** The code of `<order-help>`'s issue form below its picker. */
  | 'load-form'
  | 'load-question'
  /** `<ask-seller>`'s published answers: the first page, then a search as the buyer types. */
  | 'load-public-answers'
  | 'search-public-answers'
  | 'load-list-state'
  | 'announce-arrivals'
  | 'conflict'
  | `inbox-${InboxAction['kind']}`;

/**
 * Something failed; the element shows it too. `action` names what was being done. `error` is
 * usually one of the client's errors (`ApiError` and its kinds) or a `ConfigurationError`, but
 * anything may have been thrown: check with `instanceof`.
 */
export class SqErrorEvent extends SqEvent<{ error: unknown; action: SqErrorAction }> {
  constructor(detail: { error: unknown; action: SqErrorAction }) {
    super('sq-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sq-question-submit': SqQuestionSubmitEvent;
    'sq-question-created': SqQuestionCreatedEvent;
    'sq-issue-submit': SqIssueSubmitEvent;
    'sq-issue-created': SqIssueCreatedEvent;
    'sq-follow-up-sent': SqFollowUpSentEvent;
    'sq-reply-received': SqReplyReceivedEvent;
    'sq-rating-sent': SqRatingSentEvent;
    'sq-reply-sent': SqReplySentEvent;
    'sq-refund-issued': SqRefundIssuedEvent;
    'sq-escalated': SqEscalatedEvent;
    'sq-auth-required': SqAuthRequiredEvent;
    'sq-error': SqErrorEvent;
  }
}

/** The seller opened a question (`<seller-question-inbox>`); e.g. to put its id in the URL. */
export class SqQuestionOpenedEvent extends SqEvent<{ questionId: string }> {
  constructor(detail: { questionId: string }) {
    super('sq-question-opened', detail);
  }
}

/**
 * The inbox's list state changed: its order, a filter, the search or the open question
 * (`<seller-question-inbox>`). `detail.value` is the state as a query string (`''` for the
 * default), e.g. to keep in the page's URL; set it back as `list-state` to restore it.
 */
export class SqListStateChangedEvent extends SqEvent<{ state: InboxListState; value: string }> {
  constructor(detail: { state: InboxListState; value: string }) {
    super('sq-list-state-changed', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sq-question-opened': SqQuestionOpenedEvent;
    'sq-list-state-changed': SqListStateChangedEvent;
  }
}
