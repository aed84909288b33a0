// Generated from docs/openapi.yaml by scripts/generate-api.mjs. Do not edit: run `npm run generate`.
/** Values of `Category`. */
export const categoryValues = ['pre_sale', 'after_sale', 'order_service'] as const;

/** Values of `Topic`. */
export const topicValues = [
  'product',
  'shop',
  'return_refund',
  'item_defective',
  'item_damaged',
  'item_missing',
  'change_item',
  'remove_item',
  'change_address',
  'order_status',
  'tracking',
] as const;

/** Values of `ProductSubject`. */
export const productSubjectValues = [
  'size',
  'colour',
  'material',
  'stock',
  'shipping',
  'other',
] as const;

/** Values of `QuestionStatus`. */
export const questionStatusValues = [
  'awaiting_seller',
  'awaiting_buyer',
  'awaiting_platform',
  'resolved',
  'closed',
] as const;

/** Values of `Handler`. */
export const handlerValues = ['seller', 'platform'] as const;

/** Values of `AuthorRole`. */
export const authorRoleValues = ['buyer', 'seller', 'platform', 'system'] as const;

/** Values of `OrderStatus`. */
export const orderStatusValues = [
  'placed',
  'processing',
  'shipped',
  'in_transit',
  'delivered',
  'cancelled',
] as const;

/** Values of `TemplateVariable`. */
export const templateVariableValues = [
  'buyerName',
  'shopName',
  'sellerName',
  'productName',
  'orderNumber',
  'trackingNumber',
  'trackingUrl',
  'carrier',
  'deliveryDate',
  'refundAmount',
] as const;

/** Values of `ProblemCode`. */
export const problemCodeValues = [
  'bad_request',
  'idempotency_key_missing',
  'idempotency_key_reused',
  'unauthenticated',
  'forbidden',
  'not_found',
  'version_conflict',
  'invalid_state',
  'already_rated',
  'validation_failed',
  'file_too_large',
  'unsupported_type',
  'rate_limited',
  'cursor_expired',
  'translation_unavailable',
  'server_error',
  'unavailable',
] as const;

/** Values of `ImageType`. */
export const imageTypeValues = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Values of `EmailFrequency`. */
export const emailFrequencyValues = ['immediate', 'daily', 'off'] as const;

/** Values of `ViewerRole`. */
export const viewerRoleValues = ['buyer', 'seller', 'platform'] as const;

/** Values of `MessageEventType`. */
export const messageEventTypeValues = [
  'resolved',
  'refunded',
  'escalated',
  'handed_back',
  'taken_over',
  'closed',
  'reopened',
  'no_response_needed',
] as const;

/** Values of `MessageTranslationEngine`. */
export const messageTranslationEngineValues = [
  'device',
  'libretranslate',
  'deepl',
  'demo',
] as const;

/** Values of `TemplateSource`. */
export const templateSourceValues = ['official', 'seller'] as const;

/** Values of `TranslationEngine`. */
export const translationEngineValues = ['libretranslate', 'deepl', 'demo'] as const;

/** Values of `Standing`. */
export const standingValues = ['good', 'warning', 'at_risk', 'insufficient_data'] as const;

/** Values of `ChangeKind`. */
export const changeKindValues = ['created', 'updated'] as const;

/** Values of `WebhookEventType`. */
export const webhookEventTypeValues = [
  'question.created',
  'message.created',
  'question.escalated',
  'question.resolved',
  'rating.created',
  'question.sla_warning',
  'question.late',
  'question.taken_over',
] as const;

/** Values of `WebhookDeliveryStatus`. */
export const webhookDeliveryStatusValues = ['pending', 'delivered', 'failed'] as const;
