// The demo: a storefront (product, shop and order pages) and the merchant's back office, on the
// reference server (`npm start`: PostgreSQL on PGlite, data in .data/pglite) or on the built-in
// mock backend running in this page (`npm run start:mock`: msw's service worker, its state kept
// in localStorage). A visitor plays both sides: ask as a buyer, answer as the seller.
import { html, nothing, render } from 'lit';
import { createClient, setLocale, SUPPORTED_LOCALES, type SupportedLocale } from '../src/index.js';
import { orderStatusLabel } from '../src/components/shared/labels.js';
import { API_BASE, NEW_BUYER, startDemoBackend } from './backend.js';
import { setDemoLocale, t } from './i18n.js';
import { renderTokenEditor } from './token-editor.js';

const backend = await startDemoBackend([150, 400]);
await Promise.all([
  import('../src/ask-seller.js'),
  import('../src/order-help.js'),
  import('../src/seller-question-inbox.js'),
]);

const prefs = {
  load<T>(key: string, fallback: T): T {
    try {
      return (JSON.parse(localStorage.getItem(`sq-demo:${key}`) ?? 'null') as T | null) ?? fallback;
    } catch {
      return fallback;
    }
  },
  save(key: string, value: unknown) {
    localStorage.setItem(`sq-demo:${key}`, JSON.stringify(value));
  },
};

const state = {
  buyerId: prefs.load('buyer', 'b-anna'),
  theme: prefs.load<'default' | 'dark' | 'brand'>('theme', 'default'),
  locale: prefs.load<SupportedLocale>('locale', 'en'),
  latency: prefs.load('latency', 300),
  failure: prefs.load('failure', 0),
  offline: false,
  editor: false,
};

// Links may set the language and theme: ?lang=de&theme=dark (used for the docs' screenshots).
const query = new URLSearchParams(location.search);
const requestedLocale = query.get('lang');
if (requestedLocale && (SUPPORTED_LOCALES as readonly string[]).includes(requestedLocale)) {
  state.locale = requestedLocale as SupportedLocale;
}
const requestedTheme = query.get('theme');
if (requestedTheme === 'default' || requestedTheme === 'dark' || requestedTheme === 'brand') {
  state.theme = requestedTheme;
}

const seller = createClient({ baseUrl: API_BASE, getToken: backend.sellerToken });
const buyers = new Map<string, ReturnType<typeof createClient>>();
function buyer(id = state.buyerId) {
  let client = buyers.get(id);
  if (!client) {
    // The new customer's token carries what the backend adds them by (their first request).
    const profile = id === NEW_BUYER.id ? NEW_BUYER.profile : undefined;
    client = createClient({ baseUrl: API_BASE, getToken: backend.buyerToken(id, profile) });
    buyers.set(id, client);
  }
  return client;
}

function applySettings() {
  const settings = backend.settings;
  if (settings) {
    settings.latencyMs = [Math.round(state.latency * 0.5), state.latency];
    settings.failureRate = state.failure / 100;
    settings.offline = state.offline;
  }
  document.body.dataset['theme'] = state.theme;
}

// Each language by its own name ("Deutsch", "Polski"), as a language picker should.
const languageName = (locale: string) => {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
};

function route(): { page: string; id: string | undefined } {
  const [page = 'product', id] = location.hash.replace(/^#\/?/, '').split('/');
  return { page, id };
}

const nav = [
  ['product', 'productPage'],
  ['shop', 'shopPage'],
  ['orders', 'myOrders'],
  ['both', 'bothSides'],
  ['merchant', 'backOffice'],
] as const;

function controls() {
  const buyerRecord = backend.catalog.buyers.find((candidate) => candidate.id === state.buyerId);
  return html`
    <form
      class="controls"
      aria-label=${t('controls')}
      @submit=${(event: Event) => {
        event.preventDefault();
      }}
    >
      <label>
        ${t('buyer')}
        <select
          @change=${(event: Event) => {
            state.buyerId = (event.target as HTMLSelectElement).value;
            prefs.save('buyer', state.buyerId);
            update();
          }}
        >
          ${backend.catalog.buyers.map(
            (candidate) =>
              html`<option value=${candidate.id} ?selected=${candidate.id === state.buyerId}>
                ${candidate.name} (${candidate.country})
              </option>`,
          )}
          ${
            backend.catalog.buyers.some((candidate) => candidate.id === NEW_BUYER.id)
              ? nothing
              : html`<option value=${NEW_BUYER.id} ?selected=${NEW_BUYER.id === state.buyerId}>
                  ${t('newBuyer', { name: NEW_BUYER.profile.name })}
                </option>`
          }
        </select>
      </label>
      <label>
        ${t('language')}
        <select
          @change=${async (event: Event) => {
            state.locale = (event.target as HTMLSelectElement).value as SupportedLocale;
            prefs.save('locale', state.locale);
            await setLocale(state.locale);
            setDemoLocale(state.locale);
            update();
          }}
        >
          ${SUPPORTED_LOCALES.map(
            (locale) =>
              html`<option value=${locale} ?selected=${locale === state.locale}>
                ${languageName(locale)}
              </option>`,
          )}
        </select>
      </label>
      <label>
        ${t('theme')}
        <select
          @change=${(event: Event) => {
            state.theme = (event.target as HTMLSelectElement).value as typeof state.theme;
            prefs.save('theme', state.theme);
            update();
          }}
        >
          <option value="default" ?selected=${state.theme === 'default'}>
            ${t('themeDefault')}
          </option>
          <option value="dark" ?selected=${state.theme === 'dark'}>${t('themeDark')}</option>
          <option value="brand" ?selected=${state.theme === 'brand'}>${t('themeBrand')}</option>
        </select>
      </label>
      ${
        backend.settings
          ? html`
              <span class="range">
                <label for="demo-latency">${t('latency')}</label>
                <input
                  id="demo-latency"
                  aria-valuetext=${`${state.latency} ms`}
                  type="range"
                  min="0"
                  max="3000"
                  step="50"
                  .value=${String(state.latency)}
                  @input=${(event: Event) => {
                    state.latency = Number((event.target as HTMLInputElement).value);
                    prefs.save('latency', state.latency);
                    update();
                  }}
                />
                <output for="demo-latency">${state.latency} ms</output>
              </span>
              <span class="range">
                <label for="demo-failures">${t('failures')}</label>
                <input
                  id="demo-failures"
                  aria-valuetext=${`${state.failure} %`}
                  type="range"
                  min="0"
                  max="60"
                  step="5"
                  .value=${String(state.failure)}
                  @input=${(event: Event) => {
                    state.failure = Number((event.target as HTMLInputElement).value);
                    prefs.save('failure', state.failure);
                    update();
                  }}
                />
                <output for="demo-failures">${state.failure} %</output>
              </span>
              <label class="check">
                <input
                  type="checkbox"
                  .checked=${state.offline}
                  @change=${(event: Event) => {
                    state.offline = (event.target as HTMLInputElement).checked;
                    update();
                  }}
                />
                ${t('offline')}
              </label>
            `
          : html`<span class="backend-note">${t('serverNote')}</span>`
      }
      <button
        type="button"
        aria-pressed=${state.editor ? 'true' : 'false'}
        @click=${() => {
          state.editor = !state.editor;
          update();
        }}
      >
        ${t('tokenEditor')}
      </button>
      <button
        type="button"
        @click=${async () => {
          await backend.reset();
          location.reload();
        }}
      >
        ${t('resetData')}
      </button>
      <span class="who"
        >${t('signedInAs', {
          name:
            buyerRecord?.name ??
            (state.buyerId === NEW_BUYER.id ? NEW_BUYER.profile.name : state.buyerId),
        })}</span
      >
    </form>
  `;
}

function productPage(productId = 'p-02') {
  const product = backend.catalog.products.find((candidate) => candidate.id === productId);
  if (!product) return html`<p>${t('noProduct')}</p>`;
  const price = new Intl.NumberFormat(state.locale, {
    style: 'currency',
    currency: product.price.currency,
  }).format(product.price.amountMinor / 100);
  return html`
    <article class="product">
      <img src=${product.imageUrl ?? ''} alt="" width="320" height="320" />
      <div>
        <h1>${product.name}</h1>
        <p class="price">${price}</p>
        <p>${t('productText')}</p>
        <p class="launcher-slot">
          <ask-seller variant="launcher" product-id=${product.id} .client=${buyer()}></ask-seller>
        </p>
        <nav class="more" aria-label=${t('otherProducts')}>
          ${backend.catalog.products
            .slice(0, 8)
            .map(
              (candidate) =>
                html`<a
                  href=${`#/product/${candidate.id}`}
                  aria-current=${candidate.id === product.id ? 'page' : 'false'}
                  >${candidate.name}</a
                >`,
            )}
        </nav>
      </div>
    </article>
    <ask-seller product-id=${product.id} .client=${buyer()}></ask-seller>
  `;
}

function shopPage() {
  return html`
    <h1>Linden &amp; Loom</h1>
    <p>${t('shopText')}</p>
    <ask-seller shop-id="s-1" .client=${buyer()}></ask-seller>
  `;
}

function ordersPage(orderId: string | undefined) {
  const mine = backend.catalog.orders.filter((order) => order.buyer.id === state.buyerId);
  const featured = [
    ['o-1006', t('inTransitEu')],
    ['o-1001', t('deliveredEu')],
    ['o-1005', t('inTransitAway')],
    ['o-1002', t('highValue')],
  ] as const;
  const selected = orderId ?? mine[0]?.id;
  const order = backend.catalog.orders.find((candidate) => candidate.id === selected);
  return html`
    <h1>${t('myOrders')}</h1>
    <p class="hint">
      ${t('tryOrders')}
      ${featured.map(
        ([id, label], index) =>
          html`${index ? ', ' : ''}<a
              href=${`#/orders/${id}`}
              @click=${() => {
                const owner = backend.catalog.orders.find((candidate) => candidate.id === id)?.buyer
                  .id;
                if (owner) {
                  state.buyerId = owner;
                  prefs.save('buyer', owner);
                }
              }}
              >${label}</a
            >`,
      )}
      ${t('switchesBuyer')}
    </p>
    ${
      mine.length
        ? html`<ul class="orders">
            ${mine.map(
              (candidate) =>
                html`<li>
                  <a
                    href=${`#/orders/${candidate.id}`}
                    aria-current=${candidate.id === selected ? 'page' : 'false'}
                    >${candidate.number}</a
                  >
                  · ${orderStatusLabel(candidate.status)}
                </li>`,
            )}
          </ul>`
        : html`<p>${t('noOrders')}</p>`
    }
    ${
      order && order.buyer.id === state.buyerId
        ? html`<order-help order-id=${order.id} .client=${buyer()}></order-help>`
        : nothing
    }
  `;
}

function bothSides() {
  return html`
    <h1 class="visually-hidden">${t('bothSides')}</h1>
    <p class="hint">${t('bothHint')}</p>
    <div class="split">
      <section aria-label=${t('buyer')}>
        <h2>${t('buyerSide')}</h2>
        <ask-seller product-id="p-02" .client=${buyer()}></ask-seller>
      </section>
      <section aria-label=${t('seller')}>
        <h2>${t('sellerSide')}</h2>
        <seller-question-inbox .client=${seller}></seller-question-inbox>
      </section>
    </div>
  `;
}

function merchantPage() {
  return html`<h1 class="visually-hidden">${t('backOffice')}</h1>
    <seller-question-inbox .client=${seller}></seller-question-inbox>`;
}

function page() {
  const { page: name, id } = route();
  switch (name) {
    case 'shop':
      return shopPage();
    case 'orders':
      return ordersPage(id);
    case 'both':
      return bothSides();
    case 'merchant':
      return merchantPage();
    default:
      return productPage(id);
  }
}

/** The footer's sentence with the backend's description in it, emphasised. */
function footer() {
  const [before = '', after = ''] = t('footer').split('{backend}');
  return html`${before}<strong class="backend">${backend.description}</strong>${after}`;
}

function update() {
  applySettings();
  const { page: current } = route();
  render(
    html`
      <header class="demo-header">
        <a class="brand" href="#/product">Linden &amp; Loom</a>
        <nav aria-label=${t('pages')}>
          ${nav.map(
            ([name, label]) =>
              html`<a href=${`#/${name}`} aria-current=${current === name ? 'page' : 'false'}
                >${t(label)}</a
              >`,
          )}
        </nav>
      </header>
      ${controls()} ${state.editor ? renderTokenEditor(update) : nothing}
      <main class=${current === 'both' || current === 'merchant' ? 'wide' : ''}>${page()}</main>
      <footer class="demo-footer">
        ${footer()} <a href=${`./product.html?lang=${state.locale}`}>${t('product')}</a>,
        <a href=${`./order.html?lang=${state.locale}`}>${t('order')}</a>,
        <a href=${`./merchant.html?lang=${state.locale}`}>${t('backOffice')}</a>,
        <a href=${`./service.html?lang=${state.locale}`}>${t('customerService')}</a>.
      </footer>
    `,
    document.body,
  );
}

window.addEventListener('hashchange', () => {
  update();
  // On the server, orders change status (refunds, cancellations): show the new ones.
  if (backend.kind === 'server') void backend.refresh().then(update);
});
await setLocale(state.locale);
setDemoLocale(state.locale);
document.querySelector('.loading')?.remove();
update();
