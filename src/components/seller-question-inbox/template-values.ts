// The values a response template's variables are filled with, from the question's context: the
// buyer, the shop, the signed-in seller, the product or order, tracking, and the amount of the
// items concerned. Dates and money are written for the reply's language. A value that is not
// known stays unset, so `fillTemplate` leaves its placeholder visible for the seller to fill.
import type { Order, QuestionDetail, Shop, Viewer } from '../../api/types.js';
import { sumMoney } from '../../domain/money.js';
import type { TemplateValues } from '../../domain/templates.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import { safeLinkUrl } from '../shared/safe-url.js';

export interface TemplateContext {
  question: QuestionDetail;
  order: Order | null;
  shop: Shop | null;
  viewer: Viewer | null;
  /** The reply's language: dates and amounts are written for it. */
  language: string;
}

export function templateValues(context: TemplateContext): TemplateValues {
  const { question, order, shop, viewer, language } = context;
  const items = question.items
    .map((selected) => ({
      selected,
      item: order?.items.find((item) => item.id === selected.itemId),
    }))
    .filter((entry) => entry.item !== undefined);
  const tracking = order?.tracking;
  const delivery = tracking?.estimatedDelivery ?? order?.deliveredAt;
  const refund = question.refunds.at(-1)?.amount;
  let amount = refund;
  if (!amount && order && items.length > 0) {
    try {
      amount = sumMoney(
        items.map(({ selected, item }) => ({
          amountMinor: item!.unitPrice.amountMinor * selected.quantity,
          currency: item!.unitPrice.currency,
        })),
        order.total.currency,
      );
    } catch {
      amount = undefined;
    }
  }
  return {
    buyerName: question.buyer.name,
    shopName: shop?.name,
    sellerName: viewer?.name,
    productName: question.product?.name ?? items[0]?.item?.title,
    orderNumber: question.orderNumber ?? order?.number,
    trackingNumber: tracking?.number,
    trackingUrl: safeLinkUrl(tracking?.url),
    carrier: tracking?.carrier,
    deliveryDate: delivery ? formatDate(delivery, language) : undefined,
    refundAmount: amount ? formatMoney(amount, language) : undefined,
  };
}
