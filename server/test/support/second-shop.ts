// A second shop (s-2) and its seller, for what one shop's seller never sees of another's: on the
// test server and in the mock, which share the backend, with requests as one of four people.
import type { Shop } from '../../../src/api/types.js';
import type { Claims } from '../../../src/backend/context.js';
import type { BackendState } from '../../../src/backend/state.js';
import { buildSeedState } from '../../../src/mocks/seed.js';
import { mockAs, serverAs, type FetchAs } from './requests.js';
import { insertShop, PEOPLE, type TestServer } from './server.js';

/** A second shop (s-2), copied from the seed's. */
const SECOND_SHOP: Shop = { ...buildSeedState().shop, id: 's-2', name: 'Other Shop' };
/** The second shop's seller (token `seller:seller-2`). */
const SECOND_SELLER = {
  id: 'seller-2',
  name: 'Otto Other',
  shopId: 's-2',
  country: 'DE',
  language: 'en',
};

/** Who a check asks as: each shop's seller, a platform agent, a buyer (Anna). */
export type Person = 'seller-1' | 'seller-2' | 'agent' | 'buyer';

const PEOPLE_OF_TWO_SHOPS: Record<Person, Claims> = {
  'seller-1': PEOPLE.seller,
  'seller-2': PEOPLE.seller2,
  agent: PEOPLE.agent,
  buyer: PEOPLE.anna,
};

/** Puts the second shop and its seller in the test server's database; requests to it. */
export async function serverWithSecondShop(server: TestServer): Promise<FetchAs<Person>> {
  await insertShop(server, SECOND_SHOP, SECOND_SELLER);
  return serverAs(server, PEOPLE_OF_TWO_SHOPS);
}

/**
 * The mock's backend on the seed's state with the second shop and its seller (in place of the
 * seed's shop list), and what `add` puts in it; requests to it, with the mock's tokens.
 */
export function mockWithSecondShop(add?: (state: BackendState) => void): FetchAs<Person> {
  const state = buildSeedState();
  state.shops = [SECOND_SHOP];
  state.sellers = [SECOND_SELLER];
  add?.(state);
  return mockAs(state, PEOPLE_OF_TWO_SHOPS);
}
