// Self-service first: for "order status" and "tracking" the order itself usually holds the
// answer (status, carrier, tracking link, last scan, expected delivery). The buyer sees it at
// once and can still write to the seller.
import { html, nothing } from 'lit';
import type { Order } from '../../api/types.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { orderStatusLabel } from '../shared/labels.js';
import { safeLinkUrl } from '../shared/safe-url.js';

export interface SelfServiceProps {
  order: Order;
  /** The "still need help?" button's text (it names who answers). */
  askLabel: string;
  onAsk: () => void;
}

function statusNote(order: Order): string {
  switch (order.status) {
    case 'placed':
    case 'processing':
      return msg('Your order is being prepared. You get a tracking number as soon as it ships.', {
        id: 'self.not_shipped',
      });
    case 'shipped':
    case 'in_transit':
      return msg('Your order is on its way.', { id: 'self.on_its_way' });
    case 'delivered':
      return msg('The carrier reports your order as delivered.', { id: 'self.delivered' });
    case 'cancelled':
      return msg('This order was cancelled. Nothing will be shipped or charged for it.', {
        id: 'self.cancelled',
      });
  }
}

export function renderSelfService({ order, askLabel, onAsk }: SelfServiceProps) {
  const tracking = order.tracking;
  const link = safeLinkUrl(tracking?.url);
  const event = tracking?.lastEvent;
  const carrier = tracking?.carrier ?? '';
  return html`<section part="self-service" class="self-service" aria-labelledby="self-title">
    <h3 id="self-title">${msg('Here is what we know', { id: 'self.title' })}</h3>
    <p>${statusNote(order)}</p>
    <dl class="facts">
      <div>
        <dt>${msg('Status', { id: 'self.status' })}</dt>
        <dd>
          <span class="badge" data-status=${order.status}>${orderStatusLabel(order.status)}</span>
        </dd>
      </div>
      ${
        order.deliveredAt
          ? html`<div>
              <dt>${msg('Delivered on', { id: 'self.delivered_on' })}</dt>
              <dd>${formatDateTime(order.deliveredAt)}</dd>
            </div>`
          : nothing
      }
      ${
        tracking
          ? html`<div>
                <dt>${msg('Carrier', { id: 'self.carrier' })}</dt>
                <dd>${isolate(carrier)}</dd>
              </div>
              <div>
                <dt>${msg('Tracking number', { id: 'self.tracking_number' })}</dt>
                <dd class="tracking-number">${isolate(tracking.number)}</dd>
              </div>`
          : nothing
      }
      ${
        event
          ? html`<div class="wide">
              <dt>${msg('Latest update', { id: 'self.last_event' })}</dt>
              <dd>
                ${event.description}${event.location ? html` · ${event.location}` : nothing}
                <br /><time class="muted" datetime=${event.at}>${formatDateTime(event.at)}</time>
              </dd>
            </div>`
          : nothing
      }
      ${
        tracking?.estimatedDelivery && order.status !== 'delivered'
          ? html`<div>
              <dt>${msg('Expected delivery', { id: 'self.estimated' })}</dt>
              <dd>${formatDate(tracking.estimatedDelivery)}</dd>
            </div>`
          : nothing
      }
    </dl>
    <div class="actions">
      ${
        link
          ? html`<a part="track-link" href=${link} target="_blank" rel="noopener noreferrer"
              >${msg(str`Track with ${isolate(carrier)}`, { id: 'self.track_link' })}
              <span class="visually-hidden"
                >${msg('(opens in a new tab)', { id: 'common.new_tab' })}</span
              ></a
            >`
          : nothing
      }
      <button type="button" part="ask-anyway" @click=${onAsk}>${askLabel}</button>
    </div>
  </section>`;
}
