// The order as the buyer knows it from the shop: number, status, total, where it goes, how it
// travels, and its items. One row renderer for items, shared with the item selection.
import { css, html, nothing } from 'lit';
import type { Address, Order, OrderItem } from '../../api/types.js';
import { countryName, formatDate, formatMoney } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { itemCount } from '../../i18n/plurals.js';
import { orderStatusLabel } from '../shared/labels.js';
import { safeImageUrl } from '../shared/safe-url.js';
import { thumbnail } from '../../styles/thumbnail.js';

/** An item's picture, title, variant, quantity and price. */
export function renderItemRow(item: OrderItem) {
  const image = safeImageUrl(item.imageUrl);
  const quantity = item.quantity;
  const price = formatMoney(item.unitPrice);
  return html`${
      image
        ? html`<img part="item-image" class="thumb" src=${image} alt="" loading="lazy" />`
        : html`<span class="thumb"></span>`
    }
    <span class="what">
      <span class="title">${isolate(item.title)}</span>
      ${item.variant ? html`<span class="muted">${isolate(item.variant)}</span>` : nothing}
    </span>
    <span class="muted numbers"
      >${msg(str`${quantity} × ${price}`, { id: 'order.quantity_price' })}</span
    >`;
}

export const itemRowStyles = [
  thumbnail,
  css`
    .what {
      display: grid;
      flex: 1;
      min-inline-size: 0;
    }
    .title {
      font-weight: var(--_font-weight-strong);
    }
    .numbers {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
  `,
];

/**
 * The address as its lines. Its country's name takes Intl's locale data (15–30 ms the first time
 * in a page): until `names` are loaded, its line is there, blank.
 */
export function renderAddress(address: Address, names: boolean) {
  const place = [address.postalCode, address.city, address.region].filter(Boolean).join(' ');
  // Each line keeps its own direction: "10435 Berlin" in an Arabic page too.
  return html`<address>
    ${isolate(address.name)}<br />${isolate(address.line1)}<br />
    ${address.line2 ? html`${isolate(address.line2)}<br />` : nothing}${isolate(place)}<br />${names ? countryName(address.country) : '\u00a0'}
  </address>`;
}

/** Stands for the order's number in the title's words, to set the number apart in them. */
const NUMBER = '\uE000';

/**
 * "Help with order SQ-2026-1001", the number in a box of its own: on a narrow screen it moves to
 * the next line whole rather than break at a hyphen (it breaks only where a line is too short).
 */
function renderTitle(order: Order) {
  const number = NUMBER; // named as the translations know the placeholder
  const [before = '', after = ''] = msg(str`Help with order ${number}`, {
    id: 'order.title',
  }).split(NUMBER);
  return html`${before}<span class="number">${isolate(order.number)}</span>${after}`;
}

/** The order's number, date, status, total, address, shipping and items. */
export function renderOrderSummary(order: Order, names: boolean) {
  const placed = formatDate(order.placedAt);
  const units = order.items.reduce((sum, item) => sum + item.quantity, 0);
  return html`
    <header part="header" class="header">
      <h2 id="title">${renderTitle(order)}</h2>
      <p class="muted">
        ${msg(str`Placed on ${placed}`, { id: 'order.placed_on' })}
        <span class="badge" part="order-status" data-status=${order.status}
          >${orderStatusLabel(order.status)}</span
        >
      </p>
    </header>
    <div part="order" class="order">
      <dl class="facts">
        <div>
          <dt>${msg('Total', { id: 'order.total' })}</dt>
          <dd>${formatMoney(order.total)}</dd>
        </div>
        <div>
          <dt>${msg('Delivery address', { id: 'order.address' })}</dt>
          <dd>${renderAddress(order.shippingAddress, names)}</dd>
        </div>
        ${
          order.tracking
            ? html`<div>
                <dt>${msg('Shipping', { id: 'order.shipping' })}</dt>
                <dd>
                  ${isolate(order.tracking.carrier)}<br /><span class="muted"
                    >${isolate(order.tracking.number)}</span
                  >
                </dd>
              </div>`
            : nothing
        }
      </dl>
      <details part="items" class="items" ?open=${order.items.length <= 3}>
        <summary>${itemCount(units)}</summary>
        <ul part="item-list" class="item-list">
          ${order.items.map((item) => html`<li part="item" class="item">${renderItemRow(item)}</li>`)}
        </ul>
      </details>
    </div>
  `;
}
