// Which order topics make sense for an order's status, and why the others are left out: no
// address change after delivery, no "missing item" before it, nothing but status on a
// cancelled order.
import { orderStatusValues } from '../api/generated/enums.js';
import { TOPICS_BY_CATEGORY, type Topic } from './taxonomy.js';

export const ORDER_STATUSES = orderStatusValues;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type UnavailableReason =
  /** The order was cancelled. */
  | 'cancelled'
  /** The order has not been delivered yet. */
  | 'not_delivered'
  /** The order has already shipped; items can no longer change. */
  | 'already_shipped'
  /** The order has been delivered. */
  | 'already_delivered'
  /** The order has not shipped yet, so there is no tracking. */
  | 'not_shipped';

export type OrderTopic =
  | (typeof TOPICS_BY_CATEGORY)['after_sale'][number]
  | (typeof TOPICS_BY_CATEGORY)['order_service'][number];

const SHIPPED: readonly OrderStatus[] = ['shipped', 'in_transit', 'delivered'];

/** `null` when the topic is available for an order in this status, else why not. */
export function unavailableReason(
  topic: OrderTopic,
  status: OrderStatus,
): UnavailableReason | null {
  if (status === 'cancelled') return topic === 'order_status' ? null : 'cancelled';
  const delivered = status === 'delivered';
  const shipped = SHIPPED.includes(status);
  switch (topic) {
    case 'return_refund':
    case 'item_defective':
    case 'item_damaged':
    case 'item_missing':
      return delivered ? null : 'not_delivered';
    case 'change_item':
    case 'remove_item':
      return shipped ? (delivered ? 'already_delivered' : 'already_shipped') : null;
    case 'change_address':
      return delivered ? 'already_delivered' : null;
    case 'tracking':
      return shipped ? null : 'not_shipped';
    case 'order_status':
      return null;
  }
}

export interface TopicAvailability {
  topic: OrderTopic;
  reason: UnavailableReason | null;
}

/** Every order topic with whether it is offered for this status. */
export function orderTopicAvailability(status: OrderStatus): TopicAvailability[] {
  const topics = [...TOPICS_BY_CATEGORY.after_sale, ...TOPICS_BY_CATEGORY.order_service];
  return topics.map((topic) => ({ topic, reason: unavailableReason(topic, status) }));
}

export function isOrderTopic(topic: Topic): topic is OrderTopic {
  return topic !== 'product' && topic !== 'shop';
}
