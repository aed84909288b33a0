// The list's filters: category, status, order and "unread only" in view; topic, product, order
// number and "changed since" under "More filters" (open while one is set); the search last, the
// stop just before the list.
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { QuestionSort } from '../../domain/question-order.js';
import { QUESTION_SORTS } from '../../domain/question-order.js';
import {
  CATEGORIES,
  QUESTION_STATUSES,
  TOPICS_BY_CATEGORY,
  type Topic,
} from '../../domain/taxonomy.js';
import { msg, str } from '../../i18n/localize.js';
import { categoryLabel, statusLabel, topicLabel } from '../shared/labels.js';
import type { ProductChoice } from './list-controller.js';
import { facetCount, type InboxFilters } from './list-filter.js';

/** The facets under "More filters". */
const MORE = ['topic', 'productId', 'orderId', 'since'];

export function sortLabel(sort: QuestionSort): string {
  switch (sort) {
    case 'due':
      return msg('Most urgent first', { id: 'inbox.sort.due' });
    case '-updated':
      return msg('Recently updated first', { id: 'inbox.sort.updated' });
    case '-created':
      return msg('Newest first', { id: 'inbox.sort.created' });
  }
}

export interface FilterBarOptions {
  filters: InboxFilters;
  products: readonly ProductChoice[];
  /** The order number shown for the order filter. */
  orderNumber: string;
  /** Why the order number typed was not taken, or ''. */
  orderError: string;
  change: (change: Partial<InboxFilters>) => void;
  /** The seller typed an order number (looked up by the list). */
  orderNumberChanged: (number: string) => void;
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

function renderProducts(products: readonly ProductChoice[], selected: string) {
  const known = !selected || products.some((product) => product.id === selected);
  return html`${known ? nothing : html`<option value=${selected}>${selected}</option>`}
  ${products.map((product) => html`<option value=${product.id}>${product.name}</option>`)}`;
}

export function renderFilterBar(options: FilterBarOptions) {
  const { filters, change } = options;
  const more = facetCount(filters, MORE);
  return html`<div class="filters" part="filters" role="search">
    <label class="field">
      <span>${msg('Category', { id: 'inbox.filter.category' })}</span>
      <select
        .value=${filters.category}
        @change=${(event: Event) => {
          const category = value(event) as InboxFilters['category'];
          // A topic of another category would match nothing.
          const topic =
            category &&
            filters.topic &&
            !(TOPICS_BY_CATEGORY[category] as readonly string[]).includes(filters.topic)
              ? ''
              : filters.topic;
          change({ category, topic });
        }}
      >
        <option value="">${msg('All categories', { id: 'inbox.filter.all_categories' })}</option>
        ${CATEGORIES.map(
          (category) => html`<option value=${category}>${categoryLabel(category)}</option>`,
        )}
      </select>
    </label>
    <label class="field">
      <span>${msg('Status', { id: 'inbox.filter.status' })}</span>
      <select
        .value=${filters.status}
        @change=${(event: Event) => {
          change({ status: value(event) as InboxFilters['status'] });
        }}
      >
        <option value="">${msg('All statuses', { id: 'inbox.filter.all_statuses' })}</option>
        ${QUESTION_STATUSES.map(
          (status) => html`<option value=${status}>${statusLabel(status, 'seller')}</option>`,
        )}
      </select>
    </label>
    <label class="field">
      <span>${msg('Sort', { id: 'inbox.filter.sort' })}</span>
      <select
        .value=${filters.sort}
        @change=${(event: Event) => {
          change({ sort: value(event) as QuestionSort });
        }}
      >
        ${QUESTION_SORTS.map((sort) => html`<option value=${sort}>${sortLabel(sort)}</option>`)}
      </select>
    </label>
    <label class="check">
      <input
        type="checkbox"
        .checked=${filters.unread}
        @change=${(event: Event) => {
          change({ unread: (event.target as HTMLInputElement).checked });
        }}
      />
      <span>${msg('Unread only', { id: 'inbox.filter.unread' })}</span>
    </label>
    <details class="more" ?open=${more > 0}>
      <summary>
        ${
          more > 0
            ? msg(str`More filters (${more})`, { id: 'inbox.filter.more_count' })
            : msg('More filters', { id: 'inbox.filter.more' })
        }
      </summary>
      <div class="more-fields">
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
            ${guard([options.products, filters.productId], () =>
              renderProducts(options.products, filters.productId),
            )}
          </select>
        </label>
        <label class="field">
          <span>${msg('Order number', { id: 'inbox.filter.order' })}</span>
          <input
            type="text"
            class="order"
            maxlength="60"
            .value=${options.orderNumber}
            aria-invalid=${options.orderError ? 'true' : 'false'}
            aria-describedby=${options.orderError ? 'order-error' : nothing}
            @change=${(event: Event) => {
              options.orderNumberChanged(value(event));
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
          options.orderError
            ? html`<p id="order-error" class="field-error" part="error">${options.orderError}</p>`
            : nothing
        }
      </div>
    </details>
    <label class="field search">
      <span>${msg('Search', { id: 'inbox.filter.search' })}</span>
      <input
        type="search"
        .value=${filters.q}
        placeholder=${msg('Buyer, product, order number…', {
          id: 'inbox.filter.search_placeholder',
        })}
        maxlength="200"
        @input=${(event: Event) => {
          change({ q: value(event) });
        }}
      />
    </label>
  </div>`;
}
