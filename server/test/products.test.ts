// A shop's products, searched by name (GET /shops/{shopId}/products), for the inbox's product
// filter: a seller lists their own shop's only (another shop is not found), a platform agent any
// shop's, a buyer none; on the server (PGlite, or PostgreSQL with TEST_DATABASE_URL) and in the
// mock, which share the backend.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Product } from '../../src/api/types.js';
import { buildSeedState } from '../../src/mocks/seed.js';
import type { FetchAs } from './support/requests.js';
import { mockWithSecondShop, serverWithSecondShop, type Person } from './support/second-shop.js';
import { startServer, target, type TestServer } from './support/server.js';

const OTHER_PRODUCTS: Product[] = [
  {
    id: 'p-o-2',
    shopId: 's-2',
    name: 'linen tote (other shop)',
    price: { amountMinor: 1000, currency: 'EUR' },
  },
  {
    id: 'p-o-1',
    shopId: 's-2',
    name: '50% Off Scarf',
    price: { amountMinor: 500, currency: 'EUR' },
  },
];

interface List {
  items: Product[];
  more: boolean;
}

async function check(fetchAs: FetchAs<Person>) {
  const list = async (path: string, as: Person = 'seller-1') => {
    const response = await fetchAs(path, as);
    assert.equal(response.status, 200, `${path} as ${as}`);
    return (await response.json()) as List;
  };
  const status = async (path: string, as: Person) => (await fetchAs(path, as)).status;

  // The seller's own shop: every product of it (the seed's 20), by name, none of another shop.
  const seed = buildSeedState().products.filter((product) => product.shopId === 's-1');
  const mine = await list('/shops/s-1/products?limit=200');
  assert.equal(mine.more, false);
  assert.deepEqual(
    mine.items.map((product) => product.id).sort(),
    seed.map((product) => product.id).sort(),
  );
  const names = mine.items.map((product) => product.name.toLowerCase());
  assert.deepEqual(
    names,
    [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  assert.ok(mine.items.every((product) => product.shopId === 's-1' && product.price));

  // Searched: any case, spaces around ignored; LIKE's wildcards are only characters.
  const linen = await list('/shops/s-1/products?q=%20LINEN%20');
  assert.ok(linen.items.length > 0);
  assert.ok(linen.items.every((product) => product.name.toLowerCase().includes('linen')));
  assert.equal(
    linen.items.length,
    seed.filter((product) => product.name.toLowerCase().includes('linen')).length,
  );
  assert.deepEqual((await list('/shops/s-1/products?q=%25')).items, []);
  assert.deepEqual(
    (await list('/shops/s-2/products?q=50%25', 'seller-2')).items.map((p) => p.id),
    ['p-o-1'],
  );

  // Paged by `limit`: `more` says that more match.
  const two = await list('/shops/s-1/products?limit=2');
  assert.deepEqual(two.items, mine.items.slice(0, 2));
  assert.equal(two.more, true);

  // Another shop's products are never shown to a seller: not found, either way round.
  assert.equal(await status('/shops/s-2/products', 'seller-1'), 404);
  assert.equal(await status('/shops/s-1/products?q=linen', 'seller-2'), 404);
  const theirs = await list('/shops/s-2/products', 'seller-2');
  assert.deepEqual(
    theirs.items.map((product) => product.id),
    ['p-o-1', 'p-o-2'],
  );

  // A platform agent lists any shop; an unknown shop is not found; a buyer is refused.
  assert.equal((await list('/shops/s-2/products', 'agent')).items.length, 2);
  assert.equal((await list('/shops/s-1/products?limit=200', 'agent')).items.length, seed.length);
  assert.equal(await status('/shops/s-9/products', 'agent'), 404);
  assert.equal(await status('/shops/s-1/products', 'buyer'), 403);

  // Bad input: a clear 400.
  const tooLong = await fetchAs(`/shops/s-1/products?q=${'x'.repeat(201)}`, 'seller-1');
  assert.equal(tooLong.status, 400);
  assert.match(((await tooLong.json()) as { detail: string }).detail, /q must be at most 200/);
  const badLimit = await fetchAs('/shops/s-1/products?limit=0', 'seller-1');
  assert.equal(badLimit.status, 400);
  assert.match(((await badLimit.json()) as { detail: string }).detail, /limit must be/);
}

describe(`a shop's products on ${target}`, () => {
  let server: TestServer;
  let fetchAs: FetchAs<Person>;
  before(async () => {
    server = await startServer();
    fetchAs = await serverWithSecondShop(server);
    for (const product of OTHER_PRODUCTS) {
      await server.db.query('INSERT INTO products (id, shop_id, data) VALUES ($1, $2, $3)', [
        product.id,
        product.shopId,
        JSON.stringify(product),
      ]);
    }
  });
  after(async () => {
    await server.close();
  });

  it("lists and searches a shop's products; never another shop's to a seller", async () => {
    await check(fetchAs);
  });

  it('reads them by the index products_by_shop_name (migration 023)', async () => {
    const rows = await server.db.query<{ indexname: string }>(
      "SELECT indexname FROM pg_indexes WHERE tablename = 'products'",
    );
    assert.ok(rows.some((row) => row.indexname === 'products_by_shop_name'));
  });
});

describe("a shop's products in the mock", () => {
  it("lists and searches a shop's products; never another shop's to a seller", async () => {
    await check(mockWithSecondShop((state) => state.products.push(...OTHER_PRODUCTS)));
  });
});
