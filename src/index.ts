// seller-questions: the main entry. Importing it registers no element; import the per-element
// entries (`seller-questions/ask-seller.js`...) for that.
// What a page configures the elements with (the CDN's seller-questions-core.js exports it too).
export * from './core-api.js';
// A shop's products, searched (sellers, platform agents): a function over a client.
export { listShopProducts } from './api/catalogue.js';
// Platform customer service (role `platform`): functions over a client.
export { closeQuestion, getPlatformQueue, handBack } from './api/platform.js';
// A seller's own templates and "no response needed": functions over a client.
export { createTemplate, deleteTemplate, updateTemplate } from './api/templates.js';
export { markNoResponseNeeded } from './api/no-response.js';
// Published answers: list and search a product's (every role), publish and unpublish (seller).
export { listPublicAnswers, publishQuestion, unpublishQuestion } from './api/public-answers.js';
// The seller's exports: functions over a client.
export {
  exportQuestions,
  exportQuestionsPage,
  type ExportProgress,
  type ExportRange,
} from './api/exports.js';
// A live count of questions awaiting the seller (or unread), for the host's own navigation.
export { watchQuestionCount } from './controllers/question-count.js';
export type {
  QuestionCount,
  QuestionCountKind,
  WatchQuestionCountOptions,
} from './controllers/question-count.js';
// Wire types (generated from docs/openapi.yaml). Category, Topic, Money and the other value
// types shared with the rules are exported once, from the domain below.
export type {
  Language,
  Config,
  Viewer,
  Shop,
  Product,
  Address,
  Order,
  OrderItem,
  OrderPage,
  Tracking,
  Question,
  QuestionDetail,
  QuestionPage,
  QuestionDetails,
  BuyerRef,
  ItemQuantity,
  Message,
  MessageEvent,
  Rating,
  Refund,
  Attachment,
  Template,
  TemplateList,
  TemplateCreate,
  TemplateUpdate,
  ProductList,
  Translation,
  SellerMetrics,
  PlatformQueue,
  QuestionExportPage,
  QuestionExportRow,
  ChangeFeed,
  Change,
  Problem,
  ProblemCode,
  FieldError,
  QuestionCreate,
  MessageCreate,
  ResolveRequest,
  RefundCreate,
  EscalationCreate,
  HandBackCreate,
  CloseRequest,
  RatingCreate,
  TranslationRequest,
  QuestionFilters,
  MetricsFilters,
  TemplateFilters,
} from './api/types.js';
export * from './domain/index.js';
// The inbox's list state as a query string, for hosts that keep it in their URL.
export {
  LIST_STATE_PARAMS,
  parseListState,
  serializeListState,
} from './components/seller-question-inbox/list-state.js';
export type { InboxListState } from './components/seller-question-inbox/list-state.js';
