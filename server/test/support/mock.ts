// The shared backend (src/backend/) on the in-memory store of the browser's mock, for the tests
// that check the mock answers as the server does; and a second shop with its seller, for what
// one shop's seller never sees of another's (on the server with insertShop, in the mock's state).
import type { Shop } from '../../../src/api/types.js';
import { mockClaims } from '../../../src/backend/context.js';
import { MemoryStore } from '../../../src/backend/memory-store.js';
import { createBackend } from '../../../src/backend/pipeline.js';
import type { BackendState } from '../../../src/backend/state.js';
import { buildSeedState } from '../../../src/mocks/seed.js';

/** A second shop (s-2), copied from the seed's. */
export const SECOND_SHOP: Shop = { ...buildSeedState().shop, id: 's-2', name: 'Other Shop' };
/** The second shop's seller (token `seller:seller-2`). */
export const SECOND_SELLER = {
  id: 'seller-2',
  name: 'Otto Other',
  shopId: 's-2',
  country: 'DE',
  language: 'en',
};

/** The seed's state with the second shop and its seller (in place of the seed's shop list). */
export function stateWithSecondShop(): BackendState {
  const state = buildSeedState();
  state.shops = [SECOND_SHOP];
  state.sellers = [SECOND_SELLER];
  return state;
}

/** The mock's backend on `state` (the seed's unless given), tokens as the mock reads them. */
export function mockBackend(state: BackendState = buildSeedState()) {
  const context = { state, baseUrl: '/api/v1', now: () => new Date() };
  return createBackend({
    store: new MemoryStore(() => context),
    baseUrl: '/api/v1',
    authenticate: mockClaims,
  });
}

/** A request under /api/v1 of the mock, with `token` as the bearer (none: anonymous). */
export function mockRequest(path: string, token?: string, init: RequestInit = {}): Request {
  const headers = {
    ...(init.headers as Record<string, string> | undefined),
    ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
  };
  return new Request(`http://localhost/api/v1${path}`, { ...init, headers });
}
