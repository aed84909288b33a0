// What "More filters" holds: topic, product, order number and "changed since". Loaded on demand,
// when the seller opens it (or a filter in it is set): the list's first view does without it.
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { listShopProducts } from '../../api/catalogue.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import type { Product, Question } from '../../api/types.js';
import { CATEGORIES, TOPICS_BY_CATEGORY, type Topic } from '../../domain/taxonomy.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { categoryLabel, topicLabel } from '../shared/labels.js';
import type { LoadedQuestions } from './list-controller.js';
import type { InboxFilters } from './list-filter.js';

/** Whose products the product filter offers: the seller's shop, or the shop an agent chose. */
export interface ProductShop {
  client: SellerQuestionsClient;
  shopId: string;
}

export interface MoreFiltersOptions {
  /** Renders again when the shop's products arrive. */
  host: ReactiveControllerHost;
  /** The shop whose products to offer; null: those of the loaded questions (every shop). */
  shop: ProductShop | null;
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

/** A product to filter by. */
interface ProductChoice {
  id: string;
  name: string;
}

/** How many of a shop's products are listed at once; more are found by searching. */
const PRODUCTS_LISTED = 100;
/** Waiting for the seller to stop typing before asking the backend. */
const SEARCH_DELAY_MS = 250;

const byName = (a: ProductChoice, b: ProductChoice) => a.name.localeCompare(b.name);

const loadedChoices = new WeakMap<LoadedQuestions, ProductChoice[]>();

/** The products the loaded questions are about, by name (an agent's choice of every shop). */
function productsOf(loaded: LoadedQuestions): ProductChoice[] {
  let choices = loadedChoices.get(loaded);
  if (!choices) {
    const byId = new Map<string, string>();
    for (const question of loaded.items) {
      if (question.product) byId.set(question.product.id, question.product.name);
    }
    choices = [...byId].map(([id, name]) => ({ id, name })).sort(byName);
    loadedChoices.set(loaded, choices);
  }
  return choices;
}

/**
 * The shop's products as the backend lists them (GET /shops/{shopId}/products), searched by
 * name: the filter offers every product of the shop, also those no loaded question is about.
 */
class ShopProducts {
  shop: ProductShop | null = null;
  /** The search typed, and the one the products shown answer. */
  typed = '';
  #asked: string | null = null;
  products: Product[] | null = null;
  /** The shop has more products than listed without a search: the search is offered. */
  many = false;
  failed = false;
  readonly #names = new Map<string, string>();
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly host: ReactiveControllerHost) {}

  /** Asks for `typed`'s products unless they are shown or on their way. */
  follow(shop: ProductShop | null) {
    if (shop?.client !== this.shop?.client || shop?.shopId !== this.shop?.shopId) {
      this.shop = shop;
      this.typed = '';
      this.#asked = null;
      this.products = null;
      this.many = false;
    }
    if (this.shop && this.#asked === null) this.#ask(0);
  }

  search(typed: string) {
    this.typed = typed;
    this.#ask(SEARCH_DELAY_MS);
  }

  /** A product's name, once a list or a loaded question named it. */
  nameOf(id: string): string | undefined {
    return this.#names.get(id);
  }

  #ask(delay: number) {
    const shop = this.shop;
    if (!shop) return;
    const q = this.typed.trim();
    this.#asked = q;
    clearTimeout(this.#timer);
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#timer = setTimeout(() => {
      listShopProducts(
        shop.client,
        shop.shopId,
        { q, limit: PRODUCTS_LISTED },
        { signal: abort.signal },
      ).then(
        (list) => {
          if (abort.signal.aborted) return;
          for (const product of list.items) this.#names.set(product.id, product.name);
          this.products = list.items;
          this.failed = false;
          if (!q) this.many = list.more;
          this.host.requestUpdate();
        },
        () => {
          if (abort.signal.aborted) return;
          // The products of the loaded questions stay offered; opening again asks again.
          this.failed = true;
          this.#asked = null;
          this.host.requestUpdate();
        },
      );
    }, delay);
  }
}

const shopProducts = new WeakMap<ReactiveControllerHost, ShopProducts>();

function shopProductsOf(host: ReactiveControllerHost): ShopProducts {
  let products = shopProducts.get(host);
  if (!products) shopProducts.set(host, (products = new ShopProducts(host)));
  return products;
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

function renderProducts(options: MoreFiltersOptions, shop: ShopProducts) {
  const selected = options.filters.productId;
  const choices: ProductChoice[] =
    options.shop && shop.products && !shop.failed
      ? shop.products.map(({ id, name }) => ({ id, name }))
      : productsOf(options.loaded);
  const known = !selected || choices.some((product) => product.id === selected);
  const selectedName =
    shop.nameOf(selected) ??
    options.loaded.items.find((question) => question.product?.id === selected)?.product?.name ??
    selected;
  return html`${known ? nothing : html`<option value=${selected}>${selectedName}</option>`}
  ${choices.map((product) => html`<option value=${product.id}>${product.name}</option>`)}`;
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
    error: msg(str`No question about order ${isolate(number)} is loaded.`, {
      id: 'inbox.filter.order_unknown',
    }),
  });
}

export function renderMoreFilters(options: MoreFiltersOptions) {
  const { filters, change } = options;
  const shop = shopProductsOf(options.host);
  shop.follow(options.shop);
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
    ${
      shop.many || shop.typed
        ? html`<label class="field">
            <span>${msg('Find a product', { id: 'inbox.filter.product_search' })}</span>
            <input
              type="search"
              class="product-search"
              maxlength="200"
              .value=${shop.typed}
              @input=${(event: Event) => {
                shop.search(value(event));
              }}
            />
          </label>`
        : nothing
    }
    <label class="field">
      <span>${msg('Product', { id: 'inbox.filter.product' })}</span>
      <select
        .value=${filters.productId}
        @change=${(event: Event) => {
          change({ productId: value(event) });
        }}
      >
        <option value="">${msg('All products', { id: 'inbox.filter.all_products' })}</option>
        ${renderProducts(options, shop)}
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
