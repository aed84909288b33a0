// The CDN bundle's first module, for a page without a build step, lit included:
//   <script type="module" src="https://cdn.example.com/seller-questions/seller-questions.js"></script>
// One file (no static imports): it defines <ask-seller>, <order-help> and
// <seller-question-inbox>, and <seller-question-count> once the page has one (its code loads
// then). It exports what a page configures the elements with; the rest of the package's API
// (the domain rules, the inbox's list state, the platform functions, watchQuestionCount) is in
// `seller-questions-api.js` (src/cdn-api.ts), beside it, which exports everything.
import './ask-seller.js';
import './order-help.js';
import './seller-question-inbox.js';
import { defineCountOnDemand } from './cdn-count.js';

export { configure, currentSettings, resolveClient } from './api/configure.js';
export type { SellerQuestionsSettings } from './api/configure.js';
export {
  createClient,
  IdempotencyKeys,
  newIdempotencyKey,
  SellerQuestionsClient,
} from './api/client.js';
export type { CallOptions, ClientOptions, WriteOptions } from './api/client.js';
export type { TokenProvider } from './api/transport.js';
export { clearDrafts } from './controllers/draft.js';
export { getLocale, matchLocale, setLocale, LOCALE_CHANGED_EVENT } from './i18n/localize.js';
export { SUPPORTED_LOCALES, SOURCE_LOCALE } from './i18n/languages.js';
export type { SupportedLocale } from './i18n/languages.js';
export * from './api/errors.js';
export * from './components/events.js';
export { SqQuestionReceivedEvent } from './components/received-event.js';
export type { QuestionArrival } from './components/received-event.js';

defineCountOnDemand(() => import('./seller-question-count.js'));
