// What the question is about, beside the thread: the product, or the order with its items
// (pictures, variants, quantities, prices), total and tracking, and the items the buyer named.
import { html, nothing } from 'lit';
import type { Order, Question } from '../../api/types.js';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { orderStatusLabel } from '../shared/labels.js';
import { safeImageUrl, safeLinkUrl } from '../shared/safe-url.js';

export function renderContext(question: Question, order: Order | null, orderFailed: boolean) {
  if (question.orderId) {
    const number = question.orderNumber ?? order?.number ?? question.orderId;
    return html`<section class="context" part="context" aria-labelledby="context-title">
      <h3 id="context-title">
        ${msg(str`Order ${isolate(number)}`, { id: 'inbox.context.order' })}
      </h3>
      ${
        order
          ? renderOrder(question, order)
          : orderFailed
            ? html`<p class="muted">
                ${msg('The order’s details could not be loaded.', { id: 'inbox.context.order_failed' })}
              </p>`
            : html`<p class="muted">${msg('Loading…', { id: 'common.loading' })}</p>`
      }
    </section>`;
  }
  if (question.product) {
    const image = safeImageUrl(question.product.imageUrl);
    return html`<section class="context" part="context" aria-labelledby="context-title">
      <h3 id="context-title">${msg('Product', { id: 'inbox.context.product' })}</h3>
      <div class="product">
        ${image ? html`<img class="thumb" src=${image} alt="" />` : nothing}
        <span>${isolate(question.product.name)}</span>
      </div>
    </section>`;
  }
  return nothing;
}

function renderOrder(question: Question, order: Order) {
  const placed = formatDate(order.placedAt);
  const tracking = order.tracking;
  const trackingUrl = safeLinkUrl(tracking?.url);
  return html`
    <p class="muted">
      ${orderStatusLabel(order.status)} ·
      ${msg(str`placed ${placed}`, { id: 'inbox.context.placed' })}
    </p>
    <ul class="order-items">
      ${order.items.map((item) => {
        const image = safeImageUrl(item.imageUrl);
        const named = question.items.find((entry) => entry.itemId === item.id);
        const quantity = formatNumber(item.quantity);
        return html`<li class="order-item" ?data-named=${!!named}>
          ${image ? html`<img class="thumb" src=${image} alt="" />` : html`<span class="thumb"></span>`}
          <span class="title">
            ${isolate(item.title)}
            ${item.variant ? html`<span class="muted">${isolate(item.variant)}</span>` : nothing}
            ${
              named
                ? html`<span class="badge" data-tone="warn"
                    >${msg(str`Concerned: ${formatNumber(named.quantity)}`, { id: 'inbox.context.concerned' })}</span
                  >`
                : nothing
            }
          </span>
          <span class="price">
            ${item.quantity > 1 ? msg(str`${quantity} × ${formatMoney(item.unitPrice)}`, { id: 'inbox.context.quantity_price' }) : formatMoney(item.unitPrice)}
          </span>
        </li>`;
      })}
    </ul>
    <p class="total">
      <span>${msg('Total', { id: 'inbox.refund.total' })}</span>
      <strong>${formatMoney(order.total)}</strong>
    </p>
    ${
      tracking
        ? html`<p class="muted">
            ${msg(str`${isolate(tracking.carrier)}, tracking number ${isolate(tracking.number)}`, { id: 'inbox.context.tracking' })}
            ${trackingUrl ? html`· <a href=${trackingUrl} target="_blank" rel="noopener noreferrer">${msg('Track the parcel', { id: 'inbox.context.track' })}</a>` : nothing}
          </p>`
        : nothing
    }
  `;
}
