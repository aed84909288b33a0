// What the backend refuses of a request's input, on the server (PGlite, or PostgreSQL with
// TEST_DATABASE_URL) and in the mock, which share it: a question naming another shop's product
// or order, texts with U+0000 or half a surrogate pair, texts that show nothing, a query parameter
// given twice, and a 401 that says which scheme to use. Each is a 4xx problem, and nothing is
// stored. (Found by an outside run against the server: each was a 201, or a 500.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { jsonInit, type FetchAs } from './support/requests.js';
import { mockWithSecondShop, serverWithSecondShop, type Person } from './support/second-shop.js';
import { startServer, target, type TestServer } from './support/server.js';

interface Problem {
  status: number;
  code: string;
  errors?: { pointer: string; code: string; detail: string }[];
}

/** A question of Anna's about her order o-1001 (shop s-1), with `change` over it. */
const orderQuestion = (change: Record<string, unknown> = {}) => ({
  category: 'order_service',
  topic: 'order_status',
  shopId: 's-1',
  orderId: 'o-1001',
  text: 'Where is my parcel?',
  language: 'en',
  ...change,
});

async function problemOf(response: Response, status: number): Promise<Problem> {
  assert.equal(response.status, status);
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  return (await response.json()) as Problem;
}

async function check(fetchAs: FetchAs<Person>) {
  const post = (path: string, as: Person, body: unknown) =>
    fetchAs(path, as, jsonInit('POST', body));
  const total = async (as: Person) => {
    const response = await fetchAs('/questions?limit=1', as);
    assert.equal(response.status, 200);
    return ((await response.json()) as { total: number }).total;
  };
  const before = { buyer: await total('buyer'), s1: await total('seller-1') };
  const fieldError = async (response: Response) => {
    const problem = await problemOf(response, 422);
    assert.equal(problem.code, 'validation_failed');
    return problem.errors?.[0];
  };

  // A question goes to the shop it names: its order and product must be that shop's.
  const elsewhere = await post('/questions', 'buyer', orderQuestion({ shopId: 's-2' }));
  assert.deepEqual(await fieldError(elsewhere), {
    pointer: '/orderId',
    code: 'invalid',
    detail: 'Not an order of this shop.',
  });
  const product = await post('/questions', 'buyer', {
    category: 'pre_sale',
    topic: 'product',
    shopId: 's-2',
    productId: 'p-01',
    details: { subject: 'size' },
    text: 'Does it come in blue?',
    language: 'en',
  });
  assert.deepEqual(await fieldError(product), {
    pointer: '/productId',
    code: 'invalid',
    detail: 'Not a product of this shop.',
  });
  assert.equal(await total('seller-2'), 0, "nothing reached the other shop's seller");

  // U+0000 and half a surrogate pair (JSON's \u0000 and a lone \ud800): a 422 at the string.
  for (const text of ['before\u0000after', 'half \ud800 a pair', '\udc00']) {
    const refused = await post('/questions', 'buyer', orderQuestion({ text }));
    assert.deepEqual(
      await fieldError(refused),
      {
        pointer: '/text',
        code: 'invalid',
        detail: 'Holds U+0000 or half of a surrogate pair, which no text can hold.',
      },
      JSON.stringify(text),
    );
  }
  const key = await post('/questions', 'buyer', { ...orderQuestion(), 'x\u0000': 1 });
  assert.equal((await fieldError(key))?.pointer, '/x\u0000');
  const nested = await post('/questions', 'buyer', {
    ...orderQuestion({ topic: 'change_address' }),
    details: { address: { name: 'A\u0000', line1: 'x', postalCode: '1', city: 'y' } },
  });
  assert.equal((await fieldError(nested))?.pointer, '/details/address/name');
  const list = (await (await fetchAs('/questions?sort=due', 'seller-1')).json()) as {
    items: { id: string; version: number }[];
  };
  const question = list.items[0]!;
  const reply = await post(`/questions/${question.id}/messages`, 'seller-1', {
    text: 'x\ud83d',
    language: 'en',
  });
  assert.equal((await fieldError(reply))?.pointer, '/text');
  const template = await post('/templates', 'seller-1', {
    title: 'T\u0000',
    body: 'Hello',
    language: 'en',
  });
  assert.equal((await fieldError(template))?.pointer, '/title');

  // A text of only characters that show nothing is a missing one.
  const invisible = await post(
    '/questions',
    'buyer',
    orderQuestion({ text: '\u200b\u200d\ufeff' }),
  );
  assert.deepEqual(await fieldError(invisible), {
    pointer: '/text',
    code: 'required',
    detail: 'This is required.',
  });

  // In a query: a 400.
  for (const query of ['q=a%00b', 'productId=a%00b', 'sort=due&q=%00']) {
    const problem = await problemOf(await fetchAs(`/questions?${query}`, 'seller-1'), 400);
    assert.equal(problem.code, 'bad_request', query);
  }

  // A query parameter is given once; only `status` takes a list.
  for (const query of ['limit=3&limit=500', 'limit=500&limit=3', 'sort=due&sort=-created']) {
    const problem = (await problemOf(await fetchAs(`/questions?${query}`, 'seller-1'), 400)) as {
      detail?: string;
    };
    assert.match(problem.detail ?? '', /is given more than once/, query);
  }
  // Numbers in digits, date-times as RFC 3339 writes them in the years the database holds.
  for (const query of [
    'limit=1e2',
    'limit=0x5',
    'updatedSince=0000-01-01T00:00:00Z',
    'updatedSince=%2B275760-09-13T00:00:00.000Z',
    'updatedSince=-271821-04-20T00:00:00.000Z',
    'updatedSince=2026-11-01',
    'updatedSince=0001-01-01T00:00:00%2B01:00',
  ]) {
    const problem = await problemOf(await fetchAs(`/questions?${query}`, 'seller-1'), 400);
    assert.equal(problem.code, 'bad_request', query);
  }
  const since = await fetchAs('/questions?updatedSince=0001-01-01T00:00:00Z', 'seller-1');
  assert.equal(since.status, 200);

  // Who asks is checked first: without a token, a 401 still.
  assert.equal((await fetchAs('/questions?limit=3&limit=500', 'anonymous')).status, 401);
  const statuses = await fetchAs(
    '/questions?status=awaiting_seller&status=awaiting_buyer',
    'seller-1',
  );
  assert.equal(statuses.status, 200);

  // Nothing was stored, and the question replied to is as it was.
  assert.equal(await total('buyer'), before.buyer);
  assert.equal(await total('seller-1'), before.s1);
  const after = (await (await fetchAs(`/questions/${question.id}`, 'seller-1')).json()) as {
    version: number;
  };
  assert.equal(after.version, question.version);

  // The same question in its own shop is taken.
  const taken = await post('/questions', 'buyer', orderQuestion());
  assert.equal(taken.status, 201);
  assert.equal(((await taken.json()) as { shopId: string }).shopId, 's-1');

  // A 401 says which scheme the API takes.
  const anonymous = await problemOf(await fetchAs('/me', 'anonymous'), 401);
  assert.equal(anonymous.code, 'unauthenticated');
  assert.equal((await fetchAs('/me', 'anonymous')).headers.get('WWW-Authenticate'), 'Bearer');
  const forged = await fetchAs('/me', 'anonymous', {
    headers: { Authorization: 'Bearer not-a-token' },
  });
  assert.equal(forged.status, 401);
  assert.equal(forged.headers.get('WWW-Authenticate'), 'Bearer error="invalid_token"');
}

describe(`input the backend refuses, on ${target}`, () => {
  let server: TestServer;
  let fetchAs: FetchAs<Person>;
  before(async () => {
    server = await startServer();
    fetchAs = await serverWithSecondShop(server);
  });
  after(async () => {
    await server.close();
  });

  it("refuses another shop's order or product, unstorable and invisible texts, repeated parameters", async () => {
    await check(fetchAs);
  });

  it('reads the scheme of Authorization in any case', async () => {
    const token = await server.token({ role: 'buyer', id: 'b-anna' });
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const response = await server.fetch('/api/v1/me', {
        headers: { Authorization: `${scheme} ${token}` },
      });
      assert.equal(response.status, 200, scheme);
    }
    const other = await server.fetch('/api/v1/me', {
      headers: { Authorization: `Basic ${token}` },
    });
    assert.equal(other.status, 401);
    assert.equal(other.headers.get('WWW-Authenticate'), 'Bearer');
  });

  it('says why a token is refused, for the integrator setting up the sign-in', async () => {
    const detail = async (authorization: string) => {
      const response = await server.fetch('/api/v1/me', {
        headers: { Authorization: authorization },
      });
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer error="invalid_token"');
      return ((await response.json()) as { detail: string }).detail;
    };
    assert.equal(await detail('Bearer not-a-token'), 'The token was refused: it is not a JWT.');
    // Valid, but for someone the catalogue does not have (yet): not "sign in again".
    const stranger = await server.token({ role: 'buyer', id: 'b-not-imported' });
    assert.match(
      await detail(`Bearer ${stranger}`),
      /^The token was refused: it names no buyer, seller or agent this backend knows/,
    );
  });
});

describe('input the backend refuses, in the mock', () => {
  it("refuses another shop's order or product, unstorable and invisible texts, repeated parameters", async () => {
    await check(mockWithSecondShop());
  });
});
