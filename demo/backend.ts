// The demo pages' backend, one interface with two implementations, chosen when Vite starts:
// - `npm start` (VITE_BACKEND=server): the reference server (server/, demo mode) behind Vite's
//   /api proxy, on PostgreSQL (PGlite) in .data/pglite. Tokens come from its /_demo/token route,
//   the people, products and orders for the pickers from /_demo/catalog.
// - `npm run start:mock`: the mock backend in the page (msw's service worker), with its state in
//   localStorage under one key, so every demo page and every reload sees the same questions.
import type { Order, Product, Shop } from '../src/api/types.js';
import type { TokenProvider } from '../src/api/transport.js';
import type { BuyerRecord, SellerRecord } from '../src/backend/state.js';
import type { BuyerProfile } from '../src/domain/people.js';
import { createClient } from '../src/index.js';
import type { MockSettings } from '../src/mocks/index.js';
import { t } from './i18n.js';
import { startWithRetry } from './startup.js';

export const API_BASE = '/api/v1';
/** The seeded seller of Linden & Loom, the demo's shop. */
const SELLER_ID = 'seller-1';
/** The seeded customer-service agent. */
const AGENT_ID = 'agent-1';

/**
 * A customer the catalogue does not list: signed in for the first time, the backend adds them
 * from their token's claims.
 */
export const NEW_BUYER = {
  id: 'b-tomas',
  profile: { name: 'Tomás Ferreira', email: 'tomas@example.pt', locale: 'pt-PT' },
} as const satisfies { id: string; profile: BuyerProfile };

/** What the pages show in their pickers: the demo's people, products and orders. */
export interface DemoCatalog {
  readonly shops: readonly Shop[];
  readonly sellers: readonly SellerRecord[];
  readonly buyers: readonly BuyerRecord[];
  readonly products: readonly Product[];
  readonly orders: readonly Order[];
}

export interface DemoBackend {
  readonly kind: 'mock' | 'server';
  /** Which backend answers, for the page's footer: where the data lives (in the demo's language). */
  readonly description: string;
  /** Always current on the mock; on the server as of the last `refresh()`. */
  readonly catalog: DemoCatalog;
  /** The mock's knobs (latency, failures, offline); null on the server, where they do not apply. */
  readonly settings: MockSettings | null;
  /** Token provider for the demo's seller. */
  readonly sellerToken: TokenProvider;
  /** Token provider for the demo's customer-service agent (role platform). */
  readonly platformToken: TokenProvider;
  /**
   * Token provider for one of the demo's buyers; with `profile`, for a new customer the backend
   * adds from their token's claims (`NEW_BUYER`).
   */
  buyerToken(buyerId: string, profile?: BuyerProfile): TokenProvider;
  /** The buyer who asked a question, read through the API as the seller. */
  questionBuyerId(questionId: string): Promise<string>;
  /** Reads the catalog again (orders change status); nothing to do on the mock. */
  refresh(): Promise<void>;
  /** Back to the seed data. */
  reset(): Promise<void>;
}

const backendKind: 'mock' | 'server' =
  import.meta.env.VITE_BACKEND === 'server' ? 'server' : 'mock';

/** The page's backend, once it starts: until then the page says why not and tries again. */
export function startDemoBackend(
  latencyMs: readonly [number, number] = [120, 350],
): Promise<DemoBackend> {
  return startWithRetry(() =>
    backendKind === 'server' ? startServerBackend() : startMockBackend(latencyMs),
  );
}

function questionBuyerVia(sellerToken: TokenProvider) {
  const seller = createClient({ baseUrl: API_BASE, getToken: sellerToken });
  return async (questionId: string) => (await seller.getQuestion(questionId)).buyer.id;
}

async function startMockBackend(latencyMs: readonly [number, number]): Promise<DemoBackend> {
  const { createMockBackend, localStorageAdapter, startMockWorker, MOCK_TOKENS } =
    await import('../src/mocks/index.js');
  const mock = createMockBackend({
    storage: localStorageAdapter('seller-questions-demo'),
    settings: { latencyMs },
  });
  // Beside the page, so that the demo works from any folder of a static host.
  await startMockWorker(mock, {
    serviceWorkerUrl: new URL('mockServiceWorker.js', document.baseURI).pathname,
  });
  const sellerToken: TokenProvider = () => MOCK_TOKENS.seller;
  return {
    kind: 'mock',
    get description() {
      return t('backendMock');
    },
    get catalog() {
      const { state } = mock;
      return {
        shops: [state.shop, ...(state.shops ?? [])],
        sellers: [state.seller, ...(state.sellers ?? [])],
        buyers: state.buyers,
        products: state.products,
        orders: state.orders,
      };
    },
    settings: mock.settings,
    sellerToken,
    platformToken: () => MOCK_TOKENS.platform(AGENT_ID),
    buyerToken: (buyerId, profile) => () => MOCK_TOKENS.buyer(buyerId, profile),
    questionBuyerId: questionBuyerVia(sellerToken),
    refresh: () => Promise.resolve(),
    reset() {
      mock.reset();
      return Promise.resolve();
    },
  };
}

async function demoRequest(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${API_BASE}/_demo/${path}`, init);
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    throw new Error(
      `${init?.method ?? 'GET'} ${API_BASE}/_demo/${path}: ${response.status} ${body}`,
    );
  }
  return response;
}

/** Seconds since the epoch when a JWT expires (its `exp` claim), or null. */
function expiresAt(token: string): number | null {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}

async function startServerBackend(): Promise<DemoBackend> {
  // A mock worker left registered by `npm run start:mock` in this browser would sit between the
  // page and the server; the server demo does not need it.
  // (Not on a page served over plain http from another host: no service workers there.)
  const registrations =
    'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistrations() : [];
  await Promise.all(
    registrations
      .filter((registration) =>
        [registration.active, registration.waiting, registration.installing].some((worker) =>
          worker?.scriptURL.endsWith('/mockServiceWorker.js'),
        ),
      )
      .map((registration) => registration.unregister()),
  );

  /** Tokens by person (`buyer:b-anna`, `seller:seller-1`), fetched or on their way. */
  const tokens = new Map<string, Promise<{ token: string; renewAt: number }>>();
  const fetchToken = (
    key: string,
    role: 'buyer' | 'seller' | 'platform',
    id: string,
    profile?: BuyerProfile,
  ) => {
    const entry = demoRequest('token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role, id, profile }),
    })
      .then((response) => response.json() as Promise<{ token: string }>)
      .then(({ token }) => ({
        token,
        // Used until a minute before it expires (the server issues them for an hour).
        renewAt: ((expiresAt(token) ?? Date.now() / 1000 + 600) - 60) * 1000,
      }));
    tokens.set(key, entry);
    entry.catch(() => {
      if (tokens.get(key) === entry) tokens.delete(key);
    });
    return entry;
  };
  const tokenFor =
    (role: 'buyer' | 'seller' | 'platform', id: string, profile?: BuyerProfile): TokenProvider =>
    async ({ refresh }) => {
      const key = `${role}:${id}`;
      const entry = tokens.get(key);
      if (refresh || !entry) return (await fetchToken(key, role, id, profile)).token;
      const cached = await entry.catch(() => null);
      if (cached && cached.renewAt > Date.now()) return cached.token;
      // Expired or failed: renew, unless another request already did while this one waited.
      const newer = tokens.get(key);
      return (await (newer && newer !== entry ? newer : fetchToken(key, role, id, profile))).token;
    };

  const loadCatalog = async () => (await (await demoRequest('catalog')).json()) as DemoCatalog;
  let catalog = await loadCatalog();
  const sellerToken = tokenFor('seller', SELLER_ID);
  return {
    kind: 'server',
    get description() {
      return t('backendServer');
    },
    get catalog() {
      return catalog;
    },
    settings: null,
    sellerToken,
    platformToken: tokenFor('platform', AGENT_ID),
    buyerToken: (buyerId, profile) => tokenFor('buyer', buyerId, profile),
    questionBuyerId: questionBuyerVia(sellerToken),
    async refresh() {
      catalog = await loadCatalog();
    },
    async reset() {
      await demoRequest('reset', { method: 'POST' });
      catalog = await loadCatalog();
    },
  };
}
