// The list's filters: category, status, order and "unread only" in view; topic, product, order
// number and "changed since" under "More filters" (open while one is set; its fields load when
// it opens, more-filters.ts); the search last, the stop just before the list.
import { html, nothing } from 'lit';
import type { QuestionSort } from '../../domain/question-order.js';
import { QUESTION_SORTS } from '../../domain/question-order.js';
import { CATEGORIES, QUESTION_STATUSES, TOPICS_BY_CATEGORY } from '../../domain/taxonomy.js';
import { msg, str } from '../../i18n/localize.js';
import { categoryLabel, statusLabel } from '../shared/labels.js';
import type { InboxViewer } from './conversation-parts.js';
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
  change: (change: Partial<InboxFilters>) => void;
  /** "More filters" opened (by the seller, or because one of them is set). */
  moreOpened: () => void;
  /** Its fields, once their code is loaded (more-filters.ts). */
  renderMore: (() => unknown) | undefined;
  /** In a narrow inbox: the filters are shown (else only "Filters (n)" and the search). */
  open: boolean;
  viewer: InboxViewer;
  toggle: () => void;
}

const value = (event: Event) => (event.target as HTMLSelectElement | HTMLInputElement).value;

export function renderFilterBar(options: FilterBarOptions) {
  const { filters, change } = options;
  const more = facetCount(filters, MORE);
  const all = facetCount(filters);
  // "Filters (n)" is shown only in a narrow inbox (list.styles.ts), where it hides the others.
  return html`<div class="filters" part="filters" role="search" ?data-open=${options.open}>
    <button
      type="button"
      class="link filters-toggle disclosure"
      aria-expanded=${options.open ? 'true' : 'false'}
      @click=${options.toggle}
    >
      ${
        all > 0
          ? msg(str`Filters (${all})`, { id: 'inbox.filter.toggle_count' })
          : msg('Filters', { id: 'inbox.filter.toggle' })
      }
    </button>
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
          (status) => html`<option value=${status}>${statusLabel(status, options.viewer)}</option>`,
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
    <details
      class="more"
      ?open=${more > 0}
      @toggle=${(event: Event) => {
        if ((event.target as HTMLDetailsElement).open) options.moreOpened();
      }}
    >
      <summary>
        ${
          more > 0
            ? msg(str`More filters (${more})`, { id: 'inbox.filter.more_count' })
            : msg('More filters', { id: 'inbox.filter.more' })
        }
      </summary>
      ${options.renderMore?.() ?? nothing}
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
