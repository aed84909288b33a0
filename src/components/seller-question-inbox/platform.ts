// What the inbox shows platform customer-service agents (viewer role `platform`), loaded on
// demand only for them: the queue's figures in the header instead of the seller's performance
// (how many questions await customer service, since when the oldest waits, per shop, each shop
// a filter of the list), and, in the conversation, "Hand back to the seller" (with a reason)
// and "Close question" in place of the seller's escalation.
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import type { IdempotencyKeys, SellerQuestionsClient } from '../../api/client.js';
import { getPlatformQueue } from '../../api/platform.js';
import { KeptLoadController } from '../../controllers/kept-load.js';
import { LocaleController } from '../../controllers/locale.js';
import { formatNumber } from '../../i18n/format.js';
import { formatRelative } from '../../i18n/format-relative.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { errorText } from '../shared/error-text.js';
import { InboxEvent } from './inbox-events.js';
import type { InboxFilters } from './list-filter.js';
// Through the header's module, which the inbox has loaded before this one: the header's styles
// then go into the header's own file, one request fewer while the inbox's first rows wait.
import { performanceStyles } from './performance.js';
import { ReasonDialog } from './reason-dialog.js';

/** The shops the queue knows, by id: their names for the list's rows. */
export class InboxShopsEvent extends Event {
  readonly shops: ReadonlyMap<string, string>;
  constructor(shops: ReadonlyMap<string, string>) {
    super('sq-inbox-shops', { bubbles: true });
    this.shops = shops;
  }
}

/**
 * @summary Internal: the platform queue's figures and the shop filter.
 * @csspart platform-queue - The whole header.
 */
export class SqInboxPlatformQueue extends LitElement {
  static override styles = [tokens, controls, performanceStyles];

  @property({ attribute: false }) client: SellerQuestionsClient | null = null;
  @property({ attribute: false }) filters: InboxFilters | null = null;
  @property({ attribute: false }) now = Date.now();

  readonly #queue = new KeptLoadController(this, {
    args: () => [this.client] as const,
    task: async ([client], signal) => {
      if (!client) return null;
      const queue = await getPlatformQueue(client, { signal });
      this.dispatchEvent(
        new InboxShopsEvent(new Map(queue.shops.map((shop) => [shop.shopId, shop.shopName]))),
      );
      return queue;
    },
  });

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Loads the figures again (after the agent acted, or a change arrived). */
  refresh() {
    void this.#queue.run();
  }

  #filterShop(shopId: string) {
    if (!this.filters) return;
    this.dispatchEvent(
      new InboxEvent('sq-inbox-filters', { filters: { ...this.filters, shopId } }),
    );
  }

  protected override render() {
    const state = this.#queue.state;
    // The last queue loaded stays while it loads again.
    const queue = this.#queue.last ?? null;
    const title = msg('Customer-service queue', { id: 'inbox.platform.title' });
    if (!queue) {
      return html`<section class="performance" part="platform-queue" aria-label=${title}>
        ${
          state.status === 'failed'
            ? html`<div class="notice" data-tone="error" role="alert">
                <span>${errorText(state.error)}</span>
                <button
                  type="button"
                  @click=${() => {
                    this.refresh();
                  }}
                >
                  ${msg('Retry', { id: 'common.retry' })}
                </button>
              </div>`
            : html`<p class="muted" role="status">${msg('Loading…', { id: 'common.loading' })}</p>`
        }
      </section>`;
    }
    const count = formatNumber(queue.count);
    const oldest = queue.oldestSince ? formatRelative(queue.oldestSince, this.now) : '';
    const selected = this.filters?.shopId ?? '';
    return html`<section class="performance" part="platform-queue" aria-label=${title}>
      <h2 class="visually-hidden">${title}</h2>
      <p data-queue-count>
        <strong
          >${msg(str`${count} awaiting customer service`, { id: 'inbox.platform.count' })}</strong
        >
        ${
          oldest
            ? html` ·
                <span data-queue-oldest
                  >${msg(str`oldest: ${oldest}`, { id: 'inbox.platform.oldest' })}</span
                >`
            : nothing
        }
      </p>
      <div class="field">
        <label for="shop">${msg('Shop', { id: 'inbox.platform.shop' })}</label>
        <select
          id="shop"
          @change=${(event: Event) => {
            this.#filterShop((event.target as HTMLSelectElement).value);
          }}
        >
          <option value="" ?selected=${selected === ''}>
            ${msg('All shops', { id: 'inbox.platform.all_shops' })}
          </option>
          ${queue.shops.map((shop) => {
            const name = shop.shopName;
            const waiting = formatNumber(shop.count);
            const since = formatRelative(shop.oldestSince, this.now);
            return html`<option value=${shop.shopId} ?selected=${selected === shop.shopId}>
              ${msg(str`${isolate(name)}: ${waiting} waiting, oldest ${since}`, {
                id: 'inbox.platform.shop_option',
              })}
            </option>`;
          })}
        </select>
      </div>
    </section>`;
  }
}

/**
 * @summary Internal: "Hand back to the seller" (a reason required) or "Close question" (a
 * reason optional), each a button and its dialog.
 * @csspart platform-action-button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 */
export class SqInboxPlatformAction extends ReasonDialog {
  @property() kind: 'hand_back' | 'close' = 'hand_back';

  protected override texts() {
    const handBack = this.kind === 'hand_back';
    const label = handBack
      ? msg('Hand back to the seller', { id: 'inbox.hand_back.button' })
      : msg('Close question', { id: 'inbox.close.button' });
    return {
      part: 'platform-action-button',
      label,
      text: handBack
        ? msg('The seller answers this question again, with a new response time. Tell them why.', {
            id: 'inbox.hand_back.text',
          })
        : msg('Nobody can write in a closed question any more; the buyer asks a new one instead.', {
            id: 'inbox.close.text',
          }),
      reasonLabel: handBack
        ? msg('Reason', { id: 'inbox.escalate.reason' })
        : msg('Reason (optional)', { id: 'inbox.close.reason' }),
      rows: 3,
      send: label,
    };
  }

  protected override requiredText() {
    return this.kind === 'hand_back'
      ? msg('Tell the seller why they should answer.', { id: 'inbox.hand_back.required' })
      : null;
  }

  protected override action(reason: string, keys: IdempotencyKeys) {
    return { kind: this.kind, reason, idempotencyKey: keys.for(`${this.kind} ${reason}`) };
  }
}

export const platformElements = {
  'sq-inbox-platform-queue': SqInboxPlatformQueue,
  'sq-inbox-platform-action': SqInboxPlatformAction,
};

declare global {
  interface HTMLElementTagNameMap {
    'sq-inbox-platform-queue': SqInboxPlatformQueue;
    'sq-inbox-platform-action': SqInboxPlatformAction;
  }
}
