// Who handles an order issue and how fast, in words: before sending (from the domain's routing
// rule) and after (from what the backend decided).
import type { Config, QuestionDetail, Shop } from '../../api/types.js';
import type { Routing } from '../../domain/routing.js';
import { formatDateTime, formatHours } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';

export function routingText(routing: Routing, shop: Shop, config: Config): string {
  const shopName = isolate(shop.name);
  const hours = formatHours(config.slaHours);
  switch (routing.reason) {
    case 'seller_region':
      return msg(str`${shopName} handles this directly and usually answers within ${hours}.`, {
        id: 'order.routing_seller',
      });
    case 'seller_funded':
      return msg(
        str`${shopName} covers refunds on this order, so the shop handles this itself and usually answers within ${hours}.`,
        { id: 'order.routing_seller_funded' },
      );
    case 'high_value':
      return msg(
        str`This is a high-value order, so ${shopName} handles this itself and usually answers within ${hours}.`,
        { id: 'order.routing_high_value' },
      );
    case 'after_sale':
      return msg(
        str`The marketplace’s customer service handles problems with delivered items for ${shopName} and usually answers within ${hours}.`,
        { id: 'order.routing_after_sale' },
      );
    case 'unserved_region':
      return msg(
        str`The marketplace’s customer service handles requests from your country for ${shopName} and usually answers within ${hours}.`,
        { id: 'order.routing_platform' },
      );
  }
}

/** The "still need help?" button after the self-service answer, naming who answers. */
export function askAnywayLabel(routing: Routing): string {
  return routing.handler === 'seller'
    ? msg('Still need help? Ask the seller', { id: 'order.ask_anyway_seller' })
    : msg('Still need help? Ask customer service', { id: 'order.ask_anyway_platform' });
}

export function confirmationText(question: QuestionDetail, shop: Shop, config: Config): string {
  const shopName = isolate(shop.name);
  if (question.handler === 'seller' && question.replyDueAt) {
    const due = formatDateTime(question.replyDueAt);
    return msg(str`Your request was sent. ${shopName} will answer by ${due}.`, {
      id: 'order.sent_seller',
    });
  }
  const hours = formatHours(config.slaHours);
  return msg(
    str`Your request was sent. The marketplace’s customer service will answer, usually within ${hours}.`,
    { id: 'order.sent_platform' },
  );
}
