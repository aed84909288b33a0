// Importing this module defines <seller-question-inbox> (and the internal elements it uses).
// Size budget: 40 kB brotli for what loads with it (`npm run size`).
// First, before lit loads: a clear error when the page's policy refuses lit's Trusted Types policy.
import './components/trusted-types-check.js';
import { SellerQuestionInbox } from './components/seller-question-inbox/seller-question-inbox.js';
import { defineElement } from './components/define.js';

defineElement('seller-question-inbox', SellerQuestionInbox);

export { SellerQuestionInbox };
export * from './components/events.js';
export { SqQuestionReceivedEvent } from './components/received-event.js';
export type { QuestionArrival } from './components/received-event.js';
// parseListState and serializeListState come from the main entry (`seller-questions`): the
// element loads its own copy only when a list state is set or changes.
export type { InboxListState } from './components/seller-question-inbox/list-state.js';
