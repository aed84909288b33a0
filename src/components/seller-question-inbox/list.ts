// The inbox's question list: filters and search above a virtualized listbox (only the rows in
// view, plus a margin, are in the DOM, however many questions there are). The listbox keeps the
// focus itself and points at the active row with aria-activedescendant, so scrolling rows out of
// the DOM never drops the focus. Countdowns come from the inbox's one shared clock (`now`).
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import {
  virtualize,
  virtualizerRef,
  type VirtualizerHostElement,
} from '@lit-labs/virtualizer/virtualize.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import type { Question } from '../../api/types.js';
import { DEFAULT_CLOCK, type ClockSettings } from '../../domain/response-clock.js';
import { getLocale, msg, str } from '../../i18n/localize.js';
import { questionCount } from '../../i18n/plurals.js';
import { errorText } from '../shared/error-text.js';
import { afterNextPaint } from '../../controllers/next-task.js';
import { getLocale as intlLocale } from '../../i18n/format-number.js';
import { warmedUp, warmUpIntl } from '../../i18n/warm-up.js';
import { baseStyles } from '../shared/base-styles.js';
import { FirstRenderInOwnTask } from '../shared/first-render-in-own-task.js';
import { InboxEvent } from './inbox-events.js';
import { renderFilterBar } from './filter-bar.js';
import type { OrderTyped, ProductShop, renderMoreFilters } from './more-filters.js';
import type { LoadedQuestions } from './list-controller.js';
import { NO_FILTERS, hasFilters, type InboxFilters } from './list-filter.js';
import { renderRow } from './list-parts.js';
import type { InboxViewer } from './conversation-parts.js';
import { disclosureStyles } from './disclosure.styles.js';
import { listStyles } from './list.styles.js';
import { FrameResizeObserver } from './frame-resize-observer.js';

const KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp', 'Enter', ' '];
/** Rows rendered beyond the view, each way, to scroll into. */
const OVERHANG_PX = 400;

/**
 * The flow layout with a smaller margin of rows rendered beyond the view (400 px instead of
 * 1000 px each way): half the rows to update when a filter changes, still enough to scroll.
 * (250 px applied a filter faster, 16.2 → 14.5 ms in 8 A/B runs, but jumping with End or
 * PageDown then ended in a ResizeObserver loop error: the rows did not settle in one frame.)
 * The first rows are only those in view; the margin follows in the task after the first frame
 * with them is painted (a task sooner, it often came before that frame and was laid out in it:
 * first paint 187 → 172 ms, median of 12 A/B runs; in a hidden tab, in the next task). Its first
 * guess of a row's height is the rows' own
 * (5.5rem at 16 px instead of 100 px), so that measuring the first rows does not change which
 * rows are shown and render them again.
 */
class InboxLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = 0;
    this._itemSize = { width: 100, height: 88 };
    void afterNextPaint().then(() => {
      this._overhang = OVERHANG_PX;
      this._triggerReflow();
    });
  }
}
const layout = { type: InboxLayout };

/**
 * @summary Internal: filters, search and the virtualized list of questions.
 * @csspart filters - The filters and search.
 * @csspart new-marker - "New questions: N".
 * @csspart list - The listbox.
 * @csspart item - One question row.
 * @csspart countdown - A row's response time remaining.
 * @csspart status - Loading, count and empty states.
 * @csspart error - A loading error with its retry.
 */
export class SqInboxList extends FirstRenderInOwnTask {
  static override styles = [...baseStyles, disclosureStyles, listStyles];

  @property({ attribute: false }) items: readonly Question[] = [];
  /** Hidden (`display: none`) until the inbox's header is there. */
  @property({ attribute: false }) waiting = false;
  /** The rows are shown and painted (the inbox shows the list once its header is there). */
  @property({ attribute: false }) shown = false;
  /** The locale whose Intl names are loading or loaded. */
  #namesFor = '';
  /** How many match in all (null while unknown). */
  @property({ attribute: false }) count: number | null = null;
  @property() state: 'loading' | 'error' | 'ready' = 'loading';
  @property({ attribute: false }) error: unknown = null;
  @property({ attribute: false }) pageError: unknown = null;
  @property({ type: Boolean, attribute: 'loading-more' }) loadingMore = false;
  @property({ attribute: false }) filters: InboxFilters = NO_FILTERS;
  /** Every question loaded: "More filters" offers their products and finds order numbers. */
  @property({ attribute: false }) loaded: LoadedQuestions = { items: [], revision: 0 };
  /** Whose products the product filter offers (null: those of the loaded questions). */
  @property({ attribute: false }) productShop: ProductShop | null = null;
  /** Questions live updates brought that the seller has not seen. */
  @property({ type: Number, attribute: false }) unseen = 0;
  /** The question open in the conversation. */
  @property({ attribute: 'open-id' }) openId: string | null = null;
  /** Who reads the list: status names are worded for them. */
  @property({ attribute: false }) viewer: InboxViewer = 'seller';
  /** For platform agents: shop names by id, shown in each row. */
  @property({ attribute: false }) shops: ReadonlyMap<string, string> | null = null;
  /** The shared clock's time (ms). */
  @property({ type: Number }) now = Date.now();
  @property({ attribute: false }) clock: Pick<ClockSettings, 'warnHours' | 'urgentHours'> =
    DEFAULT_CLOCK;

  @state() private activeId: string | null = null;
  /** In a narrow inbox: the filters are shown. */
  @state() private filtersOpen = false;
  /** The order number typed in the order filter, while it names no loaded order. */
  @state() private orderTyped: OrderTyped | null = null;
  /** The fields of "More filters", once it opened (loaded on demand). */
  @state() private moreFilters: typeof renderMoreFilters | undefined;
  #loadingMoreFilters: Promise<void> | undefined;
  /** The rows in the DOM: aria-activedescendant may only name one of them. */
  #rendered = { first: -1, last: -1 };
  @query('.rows') private listbox?: VirtualizerHostElement;
  #visible = { first: 0, last: 0 };

  constructor() {
    super();
    // The virtualizer measures its rows in its observers' callbacks: a frame later, so that
    // jumps and resizes end in no "ResizeObserver loop" error (see frame-resize-observer.ts).
    provideResizeObserver(FrameResizeObserver);
  }

  /** Moves the focus to the list, on `id`'s row when given (else the active one). */
  async focusRow(id?: string | null) {
    if (id && this.items.some((question) => question.id === id)) this.activeId = id;
    await this.updateComplete;
    this.#scrollToActive();
    this.listbox?.focus();
  }

  /** The positions of the first and last rows in view. */
  get visibleRange(): { first: number; last: number } {
    return { ...this.#visible };
  }

  /** Focuses the search field. */
  focusSearch() {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  }

  get #activeIndex(): number {
    const id = this.activeId ?? this.openId;
    const index = id ? this.items.findIndex((question) => question.id === id) : -1;
    return index;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('openId') && this.openId) this.activeId = this.openId;
  }

  protected override updated(changed: PropertyValues<this>) {
    // Shown now: the virtualizer places the rows for the list's size in this frame. Left to its
    // resize observer, that came a frame later (frame-resize-observer.ts); hidden but laid out
    // instead (visibility), the rows moved when the header came, which counts as a layout shift.
    if (changed.has('waiting') && !this.waiting) {
      const virtualizer = this.listbox?.[virtualizerRef] as
        { _hostElementSizeChanged?: () => void } | undefined;
      virtualizer?._hostElementSizeChanged?.();
    }
    // Intl's names take 15–30 ms of locale data the first time in a page: the first rows are
    // shown without them, and render again once they are loaded (once per page and language).
    const locale = intlLocale();
    if (this.shown && this.#namesFor !== locale && !warmedUp(locale)) {
      this.#namesFor = locale;
      void warmUpIntl(locale).then(() => {
        this.requestUpdate();
      });
    }
    // A question opened from outside (`question-id`, the next question) is shown in the list.
    if (changed.has('openId') && this.openId) this.#scrollToActive();
  }

  #scrollToActive() {
    const index = this.#activeIndex;
    const virtualizer = this.listbox ? this.listbox[virtualizerRef] : undefined;
    if (index >= 0) virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  #move(index: number) {
    if (this.items.length === 0) return;
    const target = Math.max(0, Math.min(this.items.length - 1, index));
    this.activeId = this.items[target]!.id;
    this.#scrollToActive();
  }

  #onKeydown(event: KeyboardEvent) {
    if (!KEYS.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const index = this.#activeIndex;
    const page = Math.max(1, this.#visible.last - this.#visible.first);
    switch (event.key) {
      case 'ArrowDown':
        this.#move(index + 1);
        break;
      case 'ArrowUp':
        this.#move(index < 0 ? 0 : index - 1);
        break;
      case 'Home':
        this.#move(0);
        break;
      case 'End':
        this.#move(this.items.length - 1);
        break;
      case 'PageDown':
        this.#move(index + page);
        break;
      case 'PageUp':
        this.#move(index - page);
        break;
      default: {
        const question = this.items[index];
        if (question)
          this.dispatchEvent(new InboxEvent('sq-inbox-open', { question, keyboard: true }));
      }
    }
  }

  /** One listener for every row: the row is found from the click's target. */
  #onClick(event: MouseEvent) {
    const row = (event.target as Element).closest<HTMLElement>('[role=option]');
    const question = this.items.find((candidate) => `row-${candidate.id}` === row?.id);
    if (!question) return;
    this.activeId = question.id;
    this.dispatchEvent(new InboxEvent('sq-inbox-open', { question, keyboard: false }));
  }

  /** The list gets the focus from a pointer: the click that follows picks the row. */
  #pointerFocus = false;

  /**
   * Focused without an active row: the first row in view becomes active, where the list is
   * scrolled to (moving to row 0 would scroll away, and a mouse's click would land on another
   * row than the one it was pressed on, or none). From a pointer, the click decides.
   */
  #onFocus() {
    const pointer = this.#pointerFocus;
    this.#pointerFocus = false;
    if (pointer || this.#activeIndex >= 0 || this.items.length === 0) return;
    const first = Math.min(this.#visible.first, this.items.length - 1);
    this.activeId = this.items[Math.max(0, first)]!.id;
  }

  #counted = { key: '', text: '' };
  /** Plural rules are slow to make; the count is worded again only when it changes. */
  #countText(count: number): string {
    const key = `${getLocale()}|${count}`;
    if (this.#counted.key !== key) this.#counted = { key, text: questionCount(count) };
    return this.#counted.text;
  }

  #setFilter(change: Partial<InboxFilters>) {
    if ('orderId' in change) this.orderTyped = null;
    this.dispatchEvent(
      new InboxEvent('sq-inbox-filters', { filters: { ...this.filters, ...change } }),
    );
  }

  /** Loads the fields of "More filters" (again after a failure, when it opens again). */
  #loadMoreFilters() {
    if (this.#loadingMoreFilters) return;
    this.#loadingMoreFilters = import('./more-filters.js').then(
      ({ renderMoreFilters }) => {
        this.moreFilters = renderMoreFilters;
      },
      () => {
        this.#loadingMoreFilters = undefined;
      },
    );
  }

  #renderMoreFilters() {
    return this.moreFilters?.({
      host: this,
      shop: this.productShop,
      filters: this.filters,
      loaded: this.loaded,
      items: this.items,
      orderTyped: this.orderTyped,
      change: (change) => {
        this.#setFilter(change);
      },
      orderTypedChanged: (typed) => {
        this.orderTyped = typed;
      },
    });
  }

  protected override render() {
    return html`
      ${renderFilterBar({
        filters: this.filters,
        change: (change) => {
          this.#setFilter(change);
        },
        moreOpened: () => {
          this.#loadMoreFilters();
        },
        renderMore: this.moreFilters && (() => this.#renderMoreFilters()),
        open: this.filtersOpen,
        viewer: this.viewer,
        toggle: () => {
          this.filtersOpen = !this.filtersOpen;
        },
      })}
      ${this.#renderBody()}
    `;
  }

  #renderBody() {
    if (this.state === 'loading') {
      // The list's box is there already; the virtualizer starts with the first rows, so that
      // measuring the page is not part of the element's first task.
      return html`<p class="state muted" part="status" role="status">
          ${msg('Loading questions…', { id: 'inbox.list.loading' })}
        </p>
        <div class="rows" part="list"></div>`;
    }
    if (this.state === 'error') {
      return html`<div class="notice state" data-tone="error" part="error" role="alert">
        <span>${errorText(this.error)}</span>
        <button type="button" @click=${() => this.dispatchEvent(new InboxEvent('sq-inbox-retry'))}>
          ${msg('Retry', { id: 'common.retry' })}
        </button>
      </div>`;
    }
    const count =
      this.count === null
        ? msg('Searching…', { id: 'inbox.list.searching' })
        : this.#countText(this.count);
    return html`
      <div class="summary muted" part="status">
        <span>${count}</span>
        ${this.loadingMore ? html`<span>${msg('Loading more…', { id: 'inbox.list.loading_more' })}</span>` : nothing}
        ${
          this.unseen > 0
            ? html`<button
                type="button"
                class="show-new"
                part="new-marker"
                @click=${() => this.dispatchEvent(new InboxEvent('sq-inbox-show-new'))}
              >
                ${msg(str`New questions: ${this.unseen}`, { id: 'inbox.list.new_marker' })}
              </button>`
            : nothing
        }
      </div>
      ${this.pageError ? this.#renderPageError() : nothing}
      ${this.items.length === 0 ? this.#renderEmpty() : nothing} ${this.#renderRows()}
    `;
  }

  #renderPageError() {
    return html`<div class="notice" data-tone="error" part="error" role="alert">
      <span
        >${msg('Not every question could be loaded.', { id: 'inbox.list.page_error' })}
        ${errorText(this.pageError)}</span
      >
      <button type="button" @click=${() => this.dispatchEvent(new InboxEvent('sq-inbox-retry'))}>
        ${msg('Retry', { id: 'common.retry' })}
      </button>
    </div>`;
  }

  #renderEmpty() {
    if (!hasFilters(this.filters)) {
      return html`<p class="state empty" part="status">
        ${msg('No questions yet. New questions from buyers appear here.', { id: 'inbox.list.empty' })}
      </p>`;
    }
    return html`<div class="state empty" part="status">
      <p>${msg('No questions match these filters.', { id: 'inbox.list.no_match' })}</p>
      <button
        type="button"
        @click=${() => {
          this.orderTyped = null;
          this.dispatchEvent(
            new InboxEvent('sq-inbox-filters', {
              filters: { ...NO_FILTERS, sort: this.filters.sort },
            }),
          );
        }}
      >
        ${msg('Clear filters', { id: 'inbox.filter.clear' })}
      </button>
    </div>`;
  }

  #label(): string {
    switch (this.filters.sort) {
      case 'due':
        return msg('Questions, most urgent first', { id: 'inbox.list.label' });
      case '-updated':
        return msg('Questions, recently updated first', { id: 'inbox.list.label_updated' });
      case '-created':
        return msg('Questions, newest first', { id: 'inbox.list.label_created' });
    }
  }

  #inDom(index: number): boolean {
    return index >= this.#rendered.first && index <= this.#rendered.last;
  }

  #renderRows() {
    // Until Intl's names are loaded (updated()), the rows leave out country and language.
    const names = warmedUp(intlLocale());
    const index = this.#activeIndex;
    const active = this.#inDom(index) ? this.items[index] : undefined;
    // Without rows it is not a listbox (nor a tab stop): an empty listbox means nothing.
    const rows = this.items.length > 0;
    return html`<div
      class="rows"
      part="list"
      role=${rows ? 'listbox' : nothing}
      tabindex=${rows ? '0' : nothing}
      aria-label=${rows ? this.#label() : nothing}
      aria-activedescendant=${active ? `row-${active.id}` : nothing}
      @keydown=${this.#onKeydown}
      @click=${this.#onClick}
      @focus=${this.#onFocus}
      @pointerdown=${() => {
        this.#pointerFocus = true;
      }}
      @blur=${() => {
        this.#pointerFocus = false;
      }}
      @rangeChanged=${(event: Event & { first: number; last: number }) => {
        // Rendered again only when the active row comes into or leaves the DOM, not for every
        // scroll: that would render every row in view once more.
        const index = this.#activeIndex;
        const before = this.#inDom(index);
        this.#rendered = { first: event.first, last: event.last };
        if (this.#inDom(index) !== before) this.requestUpdate();
      }}
      @visibilityChanged=${(event: Event & { first: number; last: number }) => {
        this.#visible = { first: event.first, last: event.last };
      }}
    >
      ${virtualize({
        items: this.items as Question[],
        // Rows are keyed by position: after a filter or a keystroke the rows in view are
        // updated in place instead of being made anew.
        keyFunction: (_question: Question, position: number) => position,
        // The virtualizer may still ask for a position of the previous, longer list between a
        // filter and its next layout: an empty row keeps the others in their places.
        renderItem: (question: Question | undefined, position: number) =>
          question
            ? renderRow(question, {
                position,
                setSize: Math.max(this.items.length, this.count ?? 0),
                now: this.now,
                clock: this.clock,
                open: question.id === this.openId,
                active: (this.activeId ?? this.openId) === question.id,
                shops: this.shops,
                viewer: this.viewer,
                names,
              })
            : html`<div class="row"></div>`,
        layout,
        scroller: true,
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-inbox-list': SqInboxList;
  }
}
