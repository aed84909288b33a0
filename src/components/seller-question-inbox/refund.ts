// "Affected products" of an after-sales issue: a checkbox per order item (and a quantity where
// more than one can be refunded), then a confirmation dialog that states the items and the
// amount before anything is refunded. The idempotency key stays the same while the selection
// does, so trying again after a lost answer cannot refund twice.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import { IdempotencyKeys } from '../../api/client.js';
import { ValidationError } from '../../api/errors.js';
import type { ItemQuantity, Order, OrderItem, QuestionDetail } from '../../api/types.js';
import { multiplyMoney, selectionTotal, type Money } from '../../domain/money.js';
import { availableQuantity, checkItemSelection } from '../../domain/item-selection.js';
import { LocaleController } from '../../controllers/locale.js';
import { SubmitController } from '../../controllers/submit.js';
import { formatMoney, formatNumber } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { itemCount } from '../../i18n/plurals.js';
import { errorText } from '../shared/error-text.js';
import { safeImageUrl } from '../shared/safe-url.js';
import type { Act } from './actions.js';
import { renderDialogActions } from './dialog-actions.js';
import { dialogViewStyles } from './dialog.styles.js';
import { itemChoiceStyles } from '../shared/item-choice.styles.js';
import { refundStyles } from './refund.styles.js';
import { thumbnail } from '../../styles/thumbnail.js';

/**
 * @summary Internal: affected products, "Refund marked items" and its confirmation.
 * @csspart refund - The section.
 * @csspart refund-item - One order item.
 * @csspart refund-button - The "Refund marked items" button.
 * @csspart dialog - The confirmation dialog.
 */
export class SqInboxRefund extends LitElement {
  static override styles = [...dialogViewStyles, thumbnail, itemChoiceStyles, refundStyles];

  @property({ attribute: false }) question: QuestionDetail | null = null;
  @property({ attribute: false }) order: Order | null = null;
  @property({ attribute: false }) act: Act | null = null;

  @state() private selected = new Map<string, number>();
  @state() private fieldError: string | null = null;
  /** The refund being sent and its last failure (the same selection sends the same key). */
  readonly #send = new SubmitController<null>(this);
  @query('dialog') private dialog?: HTMLDialogElement;
  readonly #keys = new IdempotencyKeys();

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('question') && changed.get('question')?.id !== this.question?.id) {
      this.selected = new Map();
      this.fieldError = null;
      this.#send.reset();
      this.#keys.reset();
    }
  }

  get #selection(): ItemQuantity[] {
    return [...this.selected].map(([itemId, quantity]) => ({ itemId, quantity }));
  }

  #total(selection: readonly ItemQuantity[]): Money | null {
    const order = this.order;
    return order ? selectionTotal(selection, order.items, order.total.currency) : null;
  }

  #toggle(item: OrderItem, checked: boolean) {
    const selected = new Map(this.selected);
    if (checked) selected.set(item.id, this.selected.get(item.id) ?? 1);
    else selected.delete(item.id);
    this.selected = selected;
    this.fieldError = null;
  }

  #review() {
    const order = this.order;
    if (!order) return;
    const selection = this.#selection;
    const problem = checkItemSelection(selection, order.items, order.refunded)[0];
    if (problem) {
      this.fieldError = this.#problemText(problem.code, problem.limit, selection, problem.pointer);
      this.renderRoot.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
      return;
    }
    this.#send.reset();
    this.dialog?.showModal();
  }

  #problemText(
    code: string,
    limit: number | undefined,
    selection: ItemQuantity[],
    pointer: string,
  ) {
    if (code === 'required') {
      return msg('Mark at least one item to refund.', { id: 'inbox.refund.none_marked' });
    }
    const index = Number(/\/items\/(\d+)/.exec(pointer)?.[1] ?? -1);
    const title =
      this.order?.items.find((item) => item.id === selection[index]?.itemId)?.title ?? '';
    const most = formatNumber(limit ?? 0);
    return msg(str`${isolate(title)}: enter a quantity from 1 to ${most}.`, {
      id: 'inbox.refund.quantity',
    });
  }

  async #confirm() {
    const items = this.#selection;
    if (!this.act || !this.#send.start()) return;
    const outcome = await this.act({
      kind: 'refund',
      items,
      idempotencyKey: this.#keys.for(JSON.stringify(items)),
    });
    this.#send.finish();
    this.dialog?.close();
    if (outcome.ok) {
      this.selected = new Map();
      this.#keys.reset();
      return;
    }
    if (outcome.conflict) return;
    this.#send.fail(outcome.error, null);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~=refund-button]')?.focus();
  }

  #failureText(error: unknown) {
    return error instanceof ValidationError
      ? msg(str`The refund was refused: ${error.problem?.detail ?? errorText(error)}`, {
          id: 'inbox.refund.refused',
        })
      : `${errorText(error)} ${msg('Try again: nothing will be refunded twice.', { id: 'inbox.refund.retry_safe' })}`;
  }

  protected override render() {
    const order = this.order;
    if (!order) return nothing;
    const selection = this.#selection;
    const total = this.#total(selection);
    const failure = this.#send.failure;
    return html`<section class="refund" part="refund" aria-labelledby="refund-title">
      <h3 id="refund-title">${msg('Affected products', { id: 'inbox.refund.title' })}</h3>
      <fieldset aria-describedby=${this.fieldError ? 'refund-hint refund-error' : 'refund-hint'}>
        <legend id="refund-hint" class="muted">
          ${msg('Mark the items to refund, then confirm the amount.', { id: 'inbox.refund.hint' })}
        </legend>
        <ul class="items">
          ${order.items.map((item) => this.#renderItem(item))}
        </ul>
      </fieldset>
      ${this.fieldError ? html`<p id="refund-error" class="field-error" part="field-error" role="alert">${this.fieldError}</p>` : nothing}
      ${failure ? html`<div class="notice" data-tone="error" part="error" role="alert">${this.#failureText(failure.error)}</div>` : nothing}
      <div class="actions">
        <button
          type="button"
          class="primary"
          part="refund-button"
          ?disabled=${this.#send.sending}
          @click=${this.#review}
        >
          ${msg('Refund marked items', { id: 'inbox.refund.button' })}
        </button>
      </div>
      <dialog
        part="dialog"
        aria-labelledby="refund-dialog-title"
        aria-describedby="refund-dialog-text"
      >
        ${total && selection.length ? this.#renderConfirmation(selection, total) : nothing}
      </dialog>
    </section>`;
  }

  #renderItem(item: OrderItem) {
    const available = availableQuantity(item, this.order?.refunded);
    const reported = this.question?.items.some((entry) => entry.itemId === item.id) ?? false;
    const checked = this.selected.has(item.id);
    const image = safeImageUrl(item.imageUrl);
    const price = formatMoney(item.unitPrice);
    const ordered = formatNumber(item.quantity);
    return html`<li class="item" part="refund-item">
      <input
        type="checkbox"
        id="refund-${item.id}"
        .checked=${checked}
        ?disabled=${available <= 0}
        aria-invalid=${this.fieldError ? 'true' : 'false'}
        @change=${(event: Event) => {
          this.#toggle(item, (event.target as HTMLInputElement).checked);
        }}
      />
      <label for="refund-${item.id}">
        ${image ? html`<img class="thumb" src=${image} alt="" />` : nothing}
        <span class="title"
          >${isolate(item.title)}${item.variant ? html` <span class="muted">(${isolate(item.variant)})</span>` : nothing}</span
        >
        <span class="muted"
          >${item.quantity > 1 ? msg(str`${price} × ${ordered}`, { id: 'inbox.refund.price_each' }) : price}</span
        >
        ${reported ? html`<span class="badge" data-tone="warn">${msg('Reported by the buyer', { id: 'inbox.refund.reported' })}</span>` : nothing}
        ${available <= 0 ? html`<span class="badge" data-tone="done">${msg('Already refunded', { id: 'inbox.refund.already' })}</span>` : nothing}
      </label>
      ${
        checked && available > 1
          ? html`<label class="quantity">
              <span>${msg('Quantity', { id: 'inbox.refund.quantity_label' })}</span>
              <input
                type="number"
                min="1"
                max=${available}
                step="1"
                .value=${String(this.selected.get(item.id))}
                @input=${(event: Event) => {
                  this.selected = new Map(this.selected).set(
                    item.id,
                    Number((event.target as HTMLInputElement).value),
                  );
                  this.fieldError = null;
                }}
              />
            </label>`
          : nothing
      }
    </li>`;
  }

  #renderConfirmation(selection: ItemQuantity[], total: Money) {
    const order = this.order!;
    const amount = formatMoney(total);
    const count = itemCount(selection.reduce((sum, entry) => sum + entry.quantity, 0));
    return html`
      <h2 id="refund-dialog-title">
        ${msg(str`Refund ${count}?`, { id: 'inbox.refund.confirm_title' })}
      </h2>
      <p id="refund-dialog-text">
        ${msg(str`The buyer gets ${amount} back. A refund cannot be undone.`, { id: 'inbox.refund.confirm_text' })}
      </p>
      <ul class="summary">
        ${selection.map((entry) => {
          const item = order.items.find((candidate) => candidate.id === entry.itemId)!;
          const line = formatMoney(multiplyMoney(item.unitPrice, entry.quantity));
          return html`<li>
            <span>${isolate(item.title)} × ${formatNumber(entry.quantity)}</span
            ><span>${line}</span>
          </li>`;
        })}
        <li class="total">
          <strong>${msg('Total', { id: 'inbox.refund.total' })}</strong><strong>${amount}</strong>
        </li>
      </ul>
      ${renderDialogActions({
        busy: this.#send.sending,
        label: msg(str`Refund ${amount}`, { id: 'inbox.refund.confirm' }),
        busyLabel: msg('Refunding…', { id: 'inbox.refund.busy' }),
        onCancel: () => this.dialog?.close(),
        onConfirm: () => void this.#confirm(),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-inbox-refund': SqInboxRefund;
  }
}
