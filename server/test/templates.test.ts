// Response templates belong to a shop: a seller sees the platform's official templates and
// their own shop's, never another shop's; on the server (migration 010) and in the mock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Shop, Template } from '../../src/api/types.js';
import { mockClaims } from '../../src/backend/context.js';
import { MemoryStore } from '../../src/backend/memory-store.js';
import { createBackend } from '../../src/backend/pipeline.js';
import type { BackendState } from '../../src/backend/state.js';
import { buildSeedState } from '../../src/mocks/seed.js';
import { startTestServer, type TestServer } from '../src/testing.js';

const databaseUrl = process.env['TEST_DATABASE_URL'] || undefined;

const OTHER_SHOP: Shop = { ...buildSeedState().shop, id: 's-2', name: 'Other Shop' };
const OTHER_SELLER = {
  id: 'seller-2',
  name: 'Otto Other',
  shopId: 's-2',
  country: 'DE',
  language: 'en',
};
const OTHER_TEMPLATE: Template = {
  id: 'other-secret.en',
  topic: 'product',
  language: 'en',
  title: "Shop B's own answer",
  body: 'Hi {buyerName}, shop B here.',
  variables: ['buyerName'],
  source: 'seller',
};

type Fetch = (path: string, seller: 'seller-1' | 'seller-2') => Promise<Response>;

/** What each seller's template list holds, for the backend behind `fetchAs`. */
async function checkTemplates(fetchAs: Fetch) {
  const idsOf = async (seller: 'seller-1' | 'seller-2', query = '') => {
    const response = await fetchAs(`/templates${query}`, seller);
    assert.equal(response.status, 200);
    return ((await response.json()) as { items: Template[] }).items.map((t) => t.id);
  };
  const mine = await idsOf('seller-1');
  const theirs = await idsOf('seller-2');
  // Shop A's seller: the official templates and shop A's own, not shop B's.
  assert.ok(mine.includes('seller-thanks.en'));
  assert.ok(
    mine.some((id) => !id.startsWith('seller-')),
    'official templates too',
  );
  assert.ok(!mine.includes(OTHER_TEMPLATE.id));
  // Shop B's seller: the official templates and shop B's own, not shop A's.
  assert.ok(theirs.includes(OTHER_TEMPLATE.id));
  assert.ok(!theirs.some((id) => id.startsWith('seller-thanks')));
  assert.deepEqual(
    mine.filter((id) => !id.startsWith('seller-')),
    theirs.filter((id) => id !== OTHER_TEMPLATE.id),
  );
  // The topic filter keeps to the shop as well.
  assert.ok(!(await idsOf('seller-1', '?topic=product')).includes(OTHER_TEMPLATE.id));
  assert.ok(!(await idsOf('seller-2', '?topic=product&language=en')).includes('seller-thanks.en'));
}

describe(`templates per shop on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ databaseUrl });
    await server.db.query('INSERT INTO shops (id, data) VALUES ($1, $2)', [
      OTHER_SHOP.id,
      JSON.stringify(OTHER_SHOP),
    ]);
    await server.db.query('INSERT INTO sellers (id, shop_id, data) VALUES ($1, $2, $3)', [
      OTHER_SELLER.id,
      OTHER_SELLER.shopId,
      JSON.stringify(OTHER_SELLER),
    ]);
    await server.db.query(
      'INSERT INTO templates (id, shop_id, topic, language, data) VALUES ($1, $2, $3, $4, $5)',
      [OTHER_TEMPLATE.id, 's-2', 'product', 'en', JSON.stringify(OTHER_TEMPLATE)],
    );
  });
  after(async () => {
    await server.close();
  });

  it("shows a seller the official templates and their shop's, never another shop's", async () => {
    const tokens = {
      'seller-1': await server.token({ role: 'seller', id: 'seller-1', shopId: 's-1' }),
      'seller-2': await server.token({ role: 'seller', id: 'seller-2', shopId: 's-2' }),
    };
    await checkTemplates((path, seller) =>
      server.fetch(`/api/v1${path}`, { token: tokens[seller] }),
    );
  });

  it("keeps the demo's seller templates with its shop (the seed writes shop_id)", async () => {
    const rows = await server.db.query<{ shop_id: string | null; source: string }>(
      "SELECT shop_id, data->>'source' AS source FROM templates WHERE id LIKE 'seller-thanks%'",
    );
    assert.ok(rows.length > 0);
    assert.ok(rows.every((row) => row.shop_id === 's-1' && row.source === 'seller'));
  });
});

describe('templates per shop in the mock', () => {
  it("shows a seller the official templates and their shop's, never another shop's", async () => {
    const state: BackendState = buildSeedState();
    state.shops = [OTHER_SHOP];
    state.sellers = [OTHER_SELLER];
    state.templates.push({ ...OTHER_TEMPLATE, shopId: 's-2' });
    const context = { state, baseUrl: '/api/v1', now: () => new Date() };
    const backend = createBackend({
      store: new MemoryStore(() => context),
      baseUrl: '/api/v1',
      authenticate: mockClaims,
    });
    await checkTemplates((path, seller) =>
      backend.handle(
        new Request(`http://localhost/api/v1${path}`, {
          headers: { Authorization: `Bearer seller:${seller}` },
        }),
      ),
    );
  });
});
