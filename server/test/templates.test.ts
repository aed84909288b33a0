// Response templates belong to a shop: a seller sees the platform's official templates and
// their own shop's, never another shop's; on the server (migration 010) and in the mock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Template } from '../../src/api/types.js';
import { jsonInit, type FetchAs } from './support/requests.js';
import { mockWithSecondShop, serverWithSecondShop, type Person } from './support/second-shop.js';
import { startServer, target, type TestServer } from './support/server.js';

const OTHER_TEMPLATE: Template = {
  id: 'other-secret.en',
  topic: 'product',
  language: 'en',
  title: "Shop B's own answer",
  body: 'Hi {buyerName}, shop B here.',
  variables: ['buyerName'],
  source: 'seller',
};

/** What each seller's template list holds, for the backend behind `fetchAs`. */
async function checkTemplates(fetchAs: FetchAs<Person>) {
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

/** A seller creates, changes and deletes their shop's own templates; the rules hold. */
async function checkTemplateWrites(fetchAs: FetchAs<Person>) {
  const call = (method: string, path: string, as: Person, body?: unknown) =>
    fetchAs(path, as, jsonInit(method, body));
  const problem = async (response: Response, status: number) => {
    assert.equal(response.status, status);
    return (await response.json()) as {
      code: string;
      detail: string;
      currentVersion?: number;
      errors?: { pointer: string; code: string; detail: string }[];
    };
  };
  const draft = {
    topic: 'tracking',
    language: 'de',
    title: 'Sendung unterwegs',
    body: 'Hallo {buyerName}, Ihre Bestellung {orderNumber} ist mit {carrier} unterwegs.',
  };
  const created = await call('POST', '/templates', 'seller-1', draft);
  assert.equal(created.status, 201);
  const template = (await created.json()) as Template & { version: number };
  assert.equal(template.source, 'seller');
  assert.equal(template.version, 1);
  assert.deepEqual(template.variables, ['buyerName', 'orderNumber', 'carrier']);
  // Listed at once for the seller who made it, never for another shop.
  const listed = async (seller: 'seller-1' | 'seller-2') =>
    (
      (await (await call('GET', '/templates?topic=tracking&language=de', seller)).json()) as {
        items: Template[];
      }
    ).items.map((item) => item.id);
  assert.ok((await listed('seller-1')).includes(template.id));
  assert.ok(!(await listed('seller-2')).includes(template.id));

  // An unknown variable is refused, naming it and the variables to use.
  const unknown = await problem(
    await call('POST', '/templates', 'seller-1', { ...draft, title: 'Neu', body: 'Hallo {foo}' }),
    422,
  );
  const atBody = unknown.errors!.find((error) => error.pointer === '/body')!;
  assert.equal(atBody.code, 'unknown');
  assert.match(
    atBody.detail,
    /^Unknown variable \{foo\}\. Use \{buyerName\}, \{shopName\}, .*\{refundAmount\}\.$/,
  );
  // Duplicates, a language the product does not have, empty and too long fields.
  const duplicate = await problem(await call('POST', '/templates', 'seller-1', draft), 422);
  assert.deepEqual(
    duplicate.errors!.map((error) => `${error.pointer} ${error.code}`),
    ['/title duplicate', '/body duplicate'],
  );
  const invalid = await problem(
    await call('POST', '/templates', 'seller-1', {
      ...draft,
      language: 'ja',
      title: ' ',
      body: 'x'.repeat(2001),
    }),
    422,
  );
  assert.deepEqual(invalid.errors!.map((error) => `${error.pointer} ${error.code}`).sort(), [
    '/body too_long',
  ]);
  const rules = await problem(
    await call('POST', '/templates', 'seller-1', { ...draft, language: 'ja', title: ' ' }),
    422,
  );
  assert.deepEqual(
    rules.errors!.map((error) => `${error.pointer} ${error.code}`),
    ['/title required', '/language invalid'],
  );

  // Changing: the version guards against lost updates.
  const changed = await call('PATCH', `/templates/${template.id}`, 'seller-1', {
    body: 'Hallo {buyerName}, hier ist Ihre Sendungsnummer: {trackingNumber}.',
    expectedVersion: 1,
  });
  assert.equal(changed.status, 200);
  const after = (await changed.json()) as Template & { version: number };
  assert.equal(after.version, 2);
  assert.equal(after.title, draft.title);
  assert.deepEqual(after.variables, ['buyerName', 'trackingNumber']);
  const stale = await problem(
    await call('PATCH', `/templates/${template.id}`, 'seller-1', {
      title: 'Alt',
      expectedVersion: 1,
    }),
    409,
  );
  assert.equal(stale.code, 'version_conflict');
  assert.equal(stale.currentVersion, 2);

  // Official templates are read-only; another shop's do not exist; buyers may not.
  const official = (
    (await (await call('GET', '/templates?topic=tracking&language=de', 'seller-1')).json()) as {
      items: Template[];
    }
  ).items.find((item) => item.source === 'official')!;
  const readOnly = await problem(
    await call('PATCH', `/templates/${official.id}`, 'seller-1', { title: 'Mine now' }),
    403,
  );
  assert.equal(readOnly.detail, 'Official templates are read-only.');
  await problem(await call('DELETE', `/templates/${official.id}`, 'seller-1'), 403);
  await problem(await call('PATCH', `/templates/${template.id}`, 'seller-2', { title: 'B' }), 404);
  await problem(await call('DELETE', `/templates/${template.id}`, 'seller-2'), 404);
  await problem(await call('POST', '/templates', 'buyer', draft), 403);
  await problem(await call('POST', '/templates', 'agent', draft), 403);

  // Deleting the version the seller saw: one changed meanwhile is not deleted unseen.
  const unseen = await problem(
    await call('DELETE', `/templates/${template.id}?expectedVersion=1`, 'seller-1'),
    409,
  );
  assert.equal(unseen.code, 'version_conflict');
  assert.equal(unseen.currentVersion, 2);
  assert.ok((await listed('seller-1')).includes(template.id));
  for (const bad of ['0', 'two', '1.5', '-2']) {
    await problem(
      await call('DELETE', `/templates/${template.id}?expectedVersion=${bad}`, 'seller-1'),
      400,
    );
  }
  assert.ok((await listed('seller-1')).includes(template.id));
  // Deleting: gone from the list at once; a second delete finds nothing.
  assert.equal(
    (await call('DELETE', `/templates/${template.id}?expectedVersion=2`, 'seller-1')).status,
    204,
  );
  assert.ok(!(await listed('seller-1')).includes(template.id));
  await problem(await call('DELETE', `/templates/${template.id}`, 'seller-1'), 404);
}

describe(`templates per shop on ${target}`, () => {
  let server: TestServer;
  let fetchAs: FetchAs<Person>;
  before(async () => {
    server = await startServer();
    fetchAs = await serverWithSecondShop(server);
    await server.db.query(
      'INSERT INTO templates (id, shop_id, topic, language, data) VALUES ($1, $2, $3, $4, $5)',
      [OTHER_TEMPLATE.id, 's-2', 'product', 'en', JSON.stringify(OTHER_TEMPLATE)],
    );
  });
  after(async () => {
    await server.close();
  });

  it("shows a seller the official templates and their shop's, never another shop's", async () => {
    await checkTemplates(fetchAs);
  });

  it("lets a seller create, change and delete their shop's own templates only", async () => {
    await checkTemplateWrites(fetchAs);
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
  it("lets a seller create, change and delete their shop's own templates only", async () => {
    await checkTemplateWrites(mockWithSecondShop());
  });

  it("shows a seller the official templates and their shop's, never another shop's", async () => {
    await checkTemplates(
      mockWithSecondShop((state) => state.templates.push({ ...OTHER_TEMPLATE, shopId: 's-2' })),
    );
  });
});
