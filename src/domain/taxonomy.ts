// The question taxonomy: which topics belong to which category, and what each topic asks of the
// buyer. The value lists themselves come from the contract (generated from docs/openapi.yaml).
import {
  categoryValues,
  productSubjectValues,
  questionStatusValues,
  topicValues,
} from '../api/generated/enums.js';

export const CATEGORIES = categoryValues;
export const TOPICS = topicValues;
export const PRODUCT_SUBJECTS = productSubjectValues;
export const QUESTION_STATUSES = questionStatusValues;

export type Category = (typeof CATEGORIES)[number];
export type Topic = (typeof TOPICS)[number];
export type ProductSubject = (typeof PRODUCT_SUBJECTS)[number];
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export type Handler = 'seller' | 'platform';

/** Every topic belongs to exactly one category. */
export const TOPICS_BY_CATEGORY = {
  pre_sale: ['product', 'shop'],
  after_sale: ['return_refund', 'item_defective', 'item_damaged', 'item_missing'],
  order_service: ['change_item', 'remove_item', 'change_address', 'order_status', 'tracking'],
} as const satisfies { readonly [C in Category]: readonly Topic[] };

export type TopicOf<C extends Category> = (typeof TOPICS_BY_CATEGORY)[C][number];

/** The category a topic belongs to. */
export function categoryOf(topic: Topic): Category {
  for (const category of CATEGORIES) {
    if ((TOPICS_BY_CATEGORY[category] as readonly Topic[]).includes(topic)) return category;
  }
  throw new RangeError(`Unknown topic: ${topic as string}`);
}

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
}

/** After-sales and order-service questions are about an order the buyer owns. */
export function needsOrder(category: Category): boolean {
  return category !== 'pre_sale';
}

/**
 * Topics where the buyer selects the affected order items (and quantities): every after-sales
 * topic, and the order changes that are about items.
 */
export const ITEM_TOPICS: readonly Topic[] = /* @__PURE__ */ (
  TOPICS_BY_CATEGORY.after_sale as readonly Topic[]
).concat('change_item', 'remove_item');

/** Topics where photos are asked for (the buyer may still send without). */
export const PHOTO_TOPICS = ['item_defective', 'item_damaged'] as const satisfies readonly Topic[];

export function needsItems(topic: Topic): boolean {
  return ITEM_TOPICS.includes(topic);
}

export function asksForPhotos(topic: Topic): boolean {
  return (PHOTO_TOPICS as readonly Topic[]).includes(topic);
}

/** Statuses in which the conversation is still open (someone must act). */
export const OPEN_STATUSES = [
  'awaiting_seller',
  'awaiting_buyer',
  'awaiting_platform',
] as const satisfies readonly QuestionStatus[];

export function isOpen(status: QuestionStatus): boolean {
  return (OPEN_STATUSES as readonly QuestionStatus[]).includes(status);
}
