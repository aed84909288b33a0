// Importing this module defines <seller-question-count>.
// Size budget: 14 kB brotli for what loads with it (`npm run size`): a badge in the host's
// navigation, on every page of the back office: lit, the client and the count's poller; nothing
// of the inbox.
// First, before lit loads: a clear error when the page's policy refuses lit's Trusted Types policy.
import './components/trusted-types-check.js';
import { SellerQuestionCount } from './components/seller-question-count/seller-question-count.js';
import { defineElement } from './components/define.js';

defineElement('seller-question-count', SellerQuestionCount);

export { SellerQuestionCount };
export { watchQuestionCount } from './controllers/question-count.js';
export type {
  QuestionCount,
  QuestionCountKind,
  WatchQuestionCountOptions,
} from './controllers/question-count.js';
