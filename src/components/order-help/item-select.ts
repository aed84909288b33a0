// Choosing the affected items of an order and how many of each. Long orders get a filter box
// and a scrolling list, and the count of what is selected stays in view, so fifty items are as
// quick to go through as three.
import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ItemQuantity, OrderItem } from '../../api/types.js';
import {
  availableQuantity,
  checkItemSelection,
  type ItemSelection,
} from '../../domain/item-selection.js';
import { LocaleController } from '../../controllers/locale.js';
import { formatNumber } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { itemCount } from '../../i18n/plurals.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { itemChoiceStyles } from '../shared/item-choice.styles.js';
import { itemRowStyles, renderItemRow } from './order-summary.js';

/** From this many items on, a filter box is offered. */
const FILTER_FROM = 7;

/** Internal event (not composed): the selection changed. */
export class ItemsChangeEvent extends Event {
  readonly detail: { selection: ItemSelection[] };
  constructor(selection: ItemSelection[]) {
    super('sq-items-change', { bubbles: true });
    this.detail = { selection };
  }
}

/**
 * @summary Internal: the order's items with a checkbox and a quantity each.
 * @csspart item-list - The (scrolling) list of items.
 * @csspart item - One item.
 * @csspart item-image - An item's picture.
 * @csspart filter - The filter box of long orders.
 * @csspart quantity - An item's quantity field.
 * @csspart field-error - An error at an item or at the list.
 */
export class SqItemSelect extends LitElement {
  static override styles = [
    tokens,
    controls,
    itemRowStyles,
    itemChoiceStyles,
    css`
      fieldset {
        display: grid;
        gap: var(--_space);
      }
      .list {
        display: grid;
        gap: calc(var(--_space) * 0.5);
        margin: 0;
        padding: 0;
        list-style: none;
        max-block-size: 24rem;
        overflow-y: auto;
        overscroll-behavior: contain;
      }
      .pick {
        display: flex;
        flex: 1 1 16rem;
        align-items: center;
        gap: var(--_space);
        font-weight: normal;
        cursor: pointer;
      }
      .item .field-error {
        flex-basis: 100%;
        margin: 0;
      }
      p {
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) items: OrderItem[] = [];
  /** Quantities already refunded: they cannot be claimed again. */
  @property({ attribute: false }) refunded: ItemQuantity[] = [];
  @property({ attribute: false }) selection: ItemSelection[] = [];
  /** Errors by item id. */
  @property({ attribute: false }) errors: Readonly<Record<string, string>> = {};
  /** An error about the selection as a whole (e.g. nothing selected). */
  @property() error = '';
  @property() legend = '';

  @state() private filter = '';

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Moves focus to the first item with an error (or the first checkbox). */
  async focusFirstError() {
    const id = this.items.find((item) => this.errors[item.id])?.id;
    if (id && !this.#visible().some((item) => item.id === id)) {
      this.filter = '';
      await this.updateComplete;
    }
    const target = id
      ? (this.shadowRoot?.querySelector<HTMLElement>(`#qty-${id}`) ??
        this.shadowRoot?.querySelector<HTMLElement>(`#check-${id}`))
      : this.shadowRoot?.querySelector<HTMLElement>('input[type=checkbox]:not(:disabled)');
    target?.focus();
  }

  #visible(): OrderItem[] {
    const words = this.filter.trim().toLocaleLowerCase();
    if (!words) return this.items;
    return this.items.filter((item) =>
      `${item.title} ${item.variant ?? ''}`.toLocaleLowerCase().includes(words),
    );
  }

  #emit(selection: ItemSelection[]) {
    this.selection = selection;
    this.dispatchEvent(new ItemsChangeEvent(selection));
  }

  #toggle(item: OrderItem, checked: boolean) {
    const rest = this.selection.filter((entry) => entry.itemId !== item.id);
    // Keep the order's item order, so the request (and its error pointers) is predictable.
    const next = checked ? [...rest, { itemId: item.id, quantity: 1 }] : rest;
    const position = (id: string) => this.items.findIndex((candidate) => candidate.id === id);
    this.#emit(next.sort((a, b) => position(a.itemId) - position(b.itemId)));
  }

  #setQuantity(item: OrderItem, input: HTMLInputElement) {
    const quantity = input.value === '' ? Number.NaN : Number(input.value);
    this.#emit(
      this.selection.map((entry) => (entry.itemId === item.id ? { ...entry, quantity } : entry)),
    );
  }

  protected override render() {
    const many = this.items.length >= FILTER_FROM;
    const visible = this.#visible();
    // What can be claimed of what is selected: an entry the selection's rule refuses counts for
    // nothing (its field says why).
    const selected = itemCount(
      this.selection.reduce(
        (sum, entry) =>
          sum +
          (checkItemSelection([entry], this.items, this.refunded).length > 0 ? 0 : entry.quantity),
        0,
      ),
    );
    const shown = formatNumber(visible.length);
    const total = formatNumber(this.items.length);
    return html`<fieldset aria-describedby=${this.error ? 'error' : nothing}>
      <legend>${this.legend}</legend>
      ${
        many
          ? html`<div class="field">
              <label for="filter">${msg('Find an item', { id: 'items.filter' })}</label>
              <input
                id="filter"
                type="search"
                part="filter"
                autocomplete="off"
                .value=${this.filter}
                @input=${(event: Event) => (this.filter = (event.target as HTMLInputElement).value)}
              />
            </div>`
          : nothing
      }
      <p class="muted" role="status">
        ${msg(str`Selected: ${selected}`, { id: 'items.selected' })}
        ${many ? msg(str`(showing ${shown} of ${total})`, { id: 'items.showing' }) : nothing}
      </p>
      <ul class="list" part="item-list">
        ${repeat(
          visible,
          (item) => item.id,
          (item) => this.#renderItem(item),
        )}
      </ul>
      ${
        visible.length === 0
          ? html`<p class="muted">${msg('No item matches.', { id: 'items.no_match' })}</p>`
          : nothing
      }
      ${
        this.error
          ? html`<p id="error" class="field-error" part="field-error" role="alert">
              ${this.error}
            </p>`
          : nothing
      }
    </fieldset>`;
  }

  #renderItem(item: OrderItem) {
    const entry = this.selection.find((candidate) => candidate.itemId === item.id);
    const available = availableQuantity(item, this.refunded);
    const error = this.errors[item.id];
    const errorId = error ? `error-${item.id}` : '';
    const title = isolate(item.title);
    return html`<li part="item" class="item" data-item=${item.id}>
      <label class="pick">
        <input
          type="checkbox"
          id=${`check-${item.id}`}
          .checked=${!!entry}
          ?disabled=${available === 0 && !entry}
          aria-invalid=${
            (error && !(entry && item.quantity > 1)) || (this.error && available > 0)
              ? 'true'
              : 'false'
          }
          aria-describedby=${errorId || (this.error ? 'error' : nothing)}
          @change=${(event: Event) => {
            this.#toggle(item, (event.target as HTMLInputElement).checked);
          }}
        />
        ${renderItemRow(item)}
      </label>
      ${
        available < item.quantity
          ? html`<span class="muted">
              ${
                available === 0
                  ? msg('Already refunded', { id: 'items.refunded_all' })
                  : msg(str`${formatNumber(available)} can still be claimed`, {
                      id: 'items.available',
                    })
              }
            </span>`
          : nothing
      }
      ${
        entry && item.quantity > 1
          ? html`<label class="quantity">
              ${msg('Quantity', { id: 'items.quantity' })}
              <span class="visually-hidden"
                >${msg(str`of ${title}`, { id: 'items.quantity_of' })}</span
              >
              <input
                id=${`qty-${item.id}`}
                type="number"
                part="quantity"
                inputmode="numeric"
                min="1"
                max=${available}
                .value=${Number.isNaN(entry.quantity) ? '' : String(entry.quantity)}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${errorId || nothing}
                @input=${(event: Event) => {
                  this.#setQuantity(item, event.target as HTMLInputElement);
                }}
              />
            </label>`
          : nothing
      }
      ${error ? html`<p id=${errorId} class="field-error" part="field-error">${error}</p>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-item-select': SqItemSelect;
  }
}
