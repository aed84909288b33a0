// What "More filters" holds: topic, product, order number and "changed since". Loaded on demand,
// when the seller opens it (or a filter in it is set): the list's first view does without it.
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Question } from '../../api/types.js';
import { CATEGORIES, TOPICS_BY_CATEGORY, type Topic } from '../../domain/taxonomy.js';
import { msg, str } from '../../i18n/localize.js';
import { categoryLabel, topicLabel } from '../shared/labels.js';
import type { LoadedQuestions } from './list-controller.js';
import type { InboxFilters } from './list-filter.js';

export interface MoreFiltersOptions {
  filters: InboxFilters;
  /** Every question loaded: their products, and the orders of order numbers typed. */
  loaded: LoadedQuestions;
  /** The questions shown, where the order filter's order number is found. */
  items: readonly Question[];
  /** The order number typed, while it names no loaded order. */
  orderTyped: OrderTyped | null;
  change: (change: Partial<InboxFilters>) => void;
  /** The order number typed names no loaded order. */
  orderTypedChanged: (typed: OrderTyped) => void;
}

/** An order number as typed, and why it was not taken. */
export interface OrderTyped {
  number: string;
  error: string;
}

const value = (event: Event) => (event.target as HTMLSelectElement | HTMLInputElement).value;

function renderTopics(filters: InboxFilters) {
  const categories = filters.category ? [filters.category] : CATEGORIES;
  return categories.map(
    (category) =>
      html`<optgroup label=${categoryLabel(category)}>
        ${(TOPICS_BY_CATEGORY[category] as readonly Topic[]).map(
          (topic) => html`<option value=${topic}>${topicLabel(topic)}</option>`,
        )}
      </optgroup>`,
  );
}

/** A product the loaded questions are about, to filter by. */
interface ProductChoice {
  id: string;
  name: string;
}

const productChoices = new WeakMap<LoadedQuestions, ProductChoice[]>();

/** The products the loaded questions are about, by name. */
function productsOf(loaded: LoadedQuestions): ProductChoice[] {
  let choices = productChoices.get(loaded);
  if (!choices) {
    const byId = new Map<string, string>();
    for (const question of loaded.items) {
      if (question.product) byId.set(question.product.id, question.product.name);
    }
    choices = [...byId].map(([id, name]) => ({ id, name }));
    choices.sort((a, b) => a.name.localeCompare(b.name));
    productChoices.set(loaded, choices);
  }
  return choices;
}

/** The loaded question about the order numbered `number` ("#" and spaces ignored), if any. */
function orderIdOf(loaded: LoadedQuestions, number: string): string | undefined {
  const wanted = number.replace(/^[\s#]+|\s+$/g, '').toLowerCase();
  if (!wanted) return undefined;
  for (const question of loaded.items) {
    if (question.orderId && question.orderNumber?.toLowerCase() === wanted) {
      return question.orderId;
    }
  }
  return undefined;
}

function renderProducts(products: readonly ProductChoice[], selected: string) {
  const known = !selected || products.some((product) => product.id === selected);
  return html`${known ? nothing : html`<option value=${selected}>${selected}</option>`}
  ${products.map((product) => html`<option value=${product.id}>${product.name}</option>`)}`;
}

/** The order number the order filter shows. */
function orderNumberOf(options: MoreFiltersOptions): string {
  if (options.orderTyped) return options.orderTyped.number;
  const { orderId } = options.filters;
  if (!orderId) return '';
  const question = options.items.find((candidate) => candidate.orderId === orderId);
  return question?.orderNumber ?? orderId;
}

function orderNumberChanged(options: MoreFiltersOptions, typed: string) {
  const number = typed.trim().replace(/^#/, '');
  const orderId = number ? orderIdOf(options.loaded, number) : '';
  if (orderId !== undefined) {
    options.change({ orderId });
    return;
  }
  // Kept as typed, with the reason; the list stays as it was.
  options.orderTypedChanged({
    number: typed,
    error: msg(str`No question about order ${number} is loaded.`, {
      id: 'inbox.filter.order_unknown',
    }),
  });
}

export function renderMoreFilters(options: MoreFiltersOptions) {
  const { filters, change } = options;
  const orderError = options.orderTyped?.error ?? '';
  return html`<div class="more-fields">
    <label class="field">
      <span>${msg('Topic', { id: 'inbox.filter.topic' })}</span>
      <select
        .value=${filters.topic}
        @change=${(event: Event) => {
          change({ topic: value(event) as InboxFilters['topic'] });
        }}
      >
        <option value="">${msg('All topics', { id: 'inbox.filter.all_topics' })}</option>
        ${renderTopics(filters)}
      </select>
    </label>
    <label class="field">
      <span>${msg('Product', { id: 'inbox.filter.product' })}</span>
      <select
        .value=${filters.productId}
        @change=${(event: Event) => {
          change({ productId: value(event) });
        }}
      >
        <option value="">${msg('All products', { id: 'inbox.filter.all_products' })}</option>
        ${guard([options.loaded, filters.productId], () =>
          renderProducts(productsOf(options.loaded), filters.productId),
        )}
      </select>
    </label>
    <label class="field">
      <span>${msg('Order number', { id: 'inbox.filter.order' })}</span>
      <input
        type="text"
        class="order"
        maxlength="60"
        .value=${orderNumberOf(options)}
        aria-invalid=${orderError ? 'true' : 'false'}
        aria-describedby=${orderError ? 'order-error' : nothing}
        @change=${(event: Event) => {
          orderNumberChanged(options, value(event));
        }}
      />
    </label>
    <label class="field">
      <span>${msg('Changed since', { id: 'inbox.filter.since' })}</span>
      <input
        type="date"
        .value=${filters.since}
        @change=${(event: Event) => {
          change({ since: value(event) });
        }}
      />
    </label>
    ${
      orderError
        ? html`<p id="order-error" class="field-error" part="error">${orderError}</p>`
        : nothing
    }
  </div>`;
}
