// Words for the domain's values, in the reader's language. One place for each label, so every
// element calls a topic, a status or a category the same.
import type { Category, QuestionStatus, Topic } from '../../domain/taxonomy.js';
import type { OrderStatus, UnavailableReason } from '../../domain/order-issues.js';
import type { Standing } from '../../domain/metrics.js';
import type { Urgency } from '../../domain/response-clock.js';
import { msg } from '../../i18n/localize.js';

// In its own module so <ask-seller>'s entry carries only the labels it shows.
export { subjectLabel } from './subject-label.js';

export function categoryLabel(category: Category): string {
  switch (category) {
    case 'pre_sale':
      return msg('Pre-sales', { id: 'category.pre_sale' });
    case 'after_sale':
      return msg('After-sales issues', { id: 'category.after_sale' });
    case 'order_service':
      return msg('Order service', { id: 'category.order_service' });
  }
}

export function topicLabel(topic: Topic): string {
  switch (topic) {
    case 'product':
      return msg('About the product', { id: 'topic.product' });
    case 'shop':
      return msg('About the shop', { id: 'topic.shop' });
    case 'return_refund':
      return msg('Return or refund', { id: 'topic.return_refund' });
    case 'item_defective':
      return msg('Item is defective', { id: 'topic.item_defective' });
    case 'item_damaged':
      return msg('Item arrived damaged', { id: 'topic.item_damaged' });
    case 'item_missing':
      return msg('Item is missing', { id: 'topic.item_missing' });
    case 'change_item':
      return msg('Change an item (size, colour…)', { id: 'topic.change_item' });
    case 'remove_item':
      return msg('Remove an item', { id: 'topic.remove_item' });
    case 'change_address':
      return msg('Change the delivery address', { id: 'topic.change_address' });
    case 'order_status':
      return msg('Order status', { id: 'topic.order_status' });
    case 'tracking':
      return msg('Tracking and delivery', { id: 'topic.tracking' });
  }
}

/**
 * A status in words for whoever reads it: "Awaiting your reply" to the seller, "Waiting for the
 * seller" to the buyer and to customer service (for whom the seller's questions are someone
 * else's to answer).
 */
export function statusLabel(status: QuestionStatus, role: 'buyer' | 'seller' | 'platform'): string {
  switch (status) {
    case 'awaiting_seller':
      return role === 'seller'
        ? msg('Awaiting your reply', { id: 'status.awaiting_seller.seller' })
        : msg('Waiting for the seller', { id: 'status.awaiting_seller.buyer' });
    case 'awaiting_buyer':
      return role === 'buyer'
        ? msg('Answered', { id: 'status.awaiting_buyer.buyer' })
        : msg('Awaiting the buyer', { id: 'status.awaiting_buyer.seller' });
    case 'awaiting_platform':
      return msg('With customer service', { id: 'status.awaiting_platform' });
    case 'resolved':
      return msg('Resolved', { id: 'status.resolved' });
    case 'closed':
      return msg('Closed', { id: 'status.closed' });
  }
}

export function unavailableLabel(reason: UnavailableReason): string {
  switch (reason) {
    case 'cancelled':
      return msg('The order was cancelled.', { id: 'unavailable.cancelled' });
    case 'not_delivered':
      return msg('Possible once the order has been delivered.', {
        id: 'unavailable.not_delivered',
      });
    case 'already_shipped':
      return msg('The order has already shipped.', { id: 'unavailable.already_shipped' });
    case 'already_delivered':
      return msg('The order has already been delivered.', { id: 'unavailable.already_delivered' });
    case 'not_shipped':
      return msg('The order has not shipped yet.', { id: 'unavailable.not_shipped' });
  }
}

export function standingLabel(standing: Standing): string {
  switch (standing) {
    case 'good':
      return msg('Good', { id: 'standing.good' });
    case 'warning':
      return msg('Needs attention', { id: 'standing.warning' });
    case 'at_risk':
      return msg('At risk', { id: 'standing.at_risk' });
    case 'insufficient_data':
      return msg('Not enough data', { id: 'standing.insufficient_data' });
  }
}

export function urgencyLabel(urgency: Urgency): string {
  switch (urgency) {
    case 'normal':
      return msg('On time', { id: 'urgency.normal' });
    case 'warn':
      return msg('Due soon', { id: 'urgency.warn' });
    case 'urgent':
      return msg('Urgent', { id: 'urgency.urgent' });
    case 'late':
      return msg('Late', { id: 'urgency.late' });
  }
}

/** An order's status as the buyer reads it. */
export function orderStatusLabel(status: OrderStatus): string {
  switch (status) {
    case 'placed':
      return msg('Placed', { id: 'order_status.placed' });
    case 'processing':
      return msg('Being prepared', { id: 'order_status.processing' });
    case 'shipped':
      return msg('Shipped', { id: 'order_status.shipped' });
    case 'in_transit':
      return msg('On its way', { id: 'order_status.in_transit' });
    case 'delivered':
      return msg('Delivered', { id: 'order_status.delivered' });
    case 'cancelled':
      return msg('Cancelled', { id: 'order_status.cancelled' });
  }
}
