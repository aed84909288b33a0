// Importing this module defines <seller-question-inbox> (and the internal elements it uses).
// First, before lit loads: a clear error when the page's policy refuses lit's Trusted Types policy.
import './components/trusted-types-check.js';
import { SellerQuestionInbox } from './components/seller-question-inbox/seller-question-inbox.js';
import { defineElement } from './components/define.js';

defineElement('seller-question-inbox', SellerQuestionInbox);

export { SellerQuestionInbox };
export * from './components/events.js';
export {
  LIST_STATE_PARAMS,
  parseListState,
  serializeListState,
} from './components/seller-question-inbox/list-state.js';
export type { InboxListState } from './components/seller-question-inbox/list-state.js';
