// What a page configures the elements with: configure() and the settings, the client, the
// locale, drafts, the typed errors and the elements' events. The main entry (src/index.ts)
// exports it with the rest of the API; the CDN bundle's core (src/cdn-core.ts) exports it alone.
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
