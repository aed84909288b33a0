// The CDN bundle's core, seller-questions-core.js: what a page configures the elements with
// (seller-questions.js exports the same), and, built, the modules that the elements' files
// (ask-seller.js, order-help.js, seller-question-inbox.js) share: lit, the client, the settings,
// the locale. Every file of the bundle imports it, so a page has one of each, whichever files
// it loads:
//   import { configure } from 'https://cdn.example.com/seller-questions/seller-questions-core.js';
// First, before lit loads (the core's first module): a clear error when the page's policy
// refuses lit's Trusted Types policy.
import './components/trusted-types-check.js';

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
