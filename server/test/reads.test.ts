// Reads on the reference server: lists and questions come from the entries each write keeps
// beside a question (migration 003), without a transaction, starting from what an earlier read
// found about the viewer. What they answer must still be what the database holds.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listQuestions } from '../../src/backend/queries.js';
import { checkListTexts, fillQuestionEntries, SqlStore } from '../src/sql-store.js';
import { HOUR, PEOPLE, startServer, target, type TestServer } from './support/server.js';

interface Entry {
  id: string;
  status: string;
  handler: string;
  details?: { change?: string };
  messageCount: number;
}

describe(`reads on ${target}`, () => {
  let server: TestServer;
  let clock = Date.now();
  let seller: string;
  let anna: string;

  const get = async (path: string, token: string) => {
    const response = await server.fetch(`/api/v1${path}`, { token });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const listOf = async (token: string, query = 'sort=due&limit=200') => {
    const { status, body } = await get(`/questions?${query}`, token);
    assert.equal(status, 200);
    return body['items'] as Entry[];
  };

  before(async () => {
    server = await startServer({ now: () => new Date(clock) });
    seller = await server.token(PEOPLE.seller);
    anna = await server.token(PEOPLE.anna);
  });
  after(async () => {
    await server.close();
  });

  it('shows a question that became late since the viewer’s last read as taken over', async () => {
    const [late] = await server.db.query<{ id: string; due: Date }>(
      `SELECT id, reply_due_at AS due FROM questions
       WHERE status = 'awaiting_seller' AND category = 'after_sale' ORDER BY reply_due_at LIMIT 1`,
    );
    assert.ok(late, 'the seed has an after-sales question awaiting the seller');
    clock = late.due.getTime() - HOUR;
    const before = (await listOf(seller)).find((entry) => entry.id === late.id)!;
    assert.equal(before.status, 'awaiting_seller');
    // The same viewer again, after the deadline: the list and the question say who has it now.
    clock = late.due.getTime() + HOUR;
    const entry = (await listOf(seller)).find((candidate) => candidate.id === late.id)!;
    assert.deepEqual([entry.status, entry.handler], ['awaiting_platform', 'platform']);
    const detail = await get(`/questions/${late.id}`, seller);
    assert.equal(detail.body['status'], 'awaiting_platform');
  });

  it('refuses a viewer whose record changed since their last read', async () => {
    assert.equal((await get('/questions?limit=5', seller)).status, 200);
    assert.equal((await get('/questions/q-001', seller)).status, 200);
    // The seller moves to another shop: their token for s-1 no longer names them.
    await server.db.query(
      `UPDATE sellers SET data = jsonb_set(data, '{shopId}', '"s-elsewhere"') WHERE id = 'seller-1'`,
    );
    try {
      for (const path of ['/questions?limit=5', '/questions/q-001', '/me']) {
        const { status, body } = await get(path, seller);
        assert.equal(status, 401, path);
        assert.equal(body['code'], 'unauthenticated');
      }
    } finally {
      await server.db.query(
        `UPDATE sellers SET data = jsonb_set(data, '{shopId}', '"s-1"') WHERE id = 'seller-1'`,
      );
    }
    assert.equal((await get('/questions?limit=5', seller)).status, 200);
  });

  it('lists a question whose entry is too large for the list index', async () => {
    const change = '😀'.repeat(500);
    const created = await server.fetch('/api/v1/questions', {
      token: anna,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'large-entry-1' },
      body: JSON.stringify({
        category: 'order_service',
        topic: 'change_item',
        shopId: 's-1',
        orderId: 'o-1015',
        items: [{ itemId: 'o-1015-1', quantity: 1 }],
        details: { change },
        text: 'Could I have it in blue instead?',
        language: 'en',
      }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = (await created.json()) as { id: string };
    const [row] = await server.db.query<{ indexed: boolean; large: boolean }>(
      `SELECT seller_entry IS NOT NULL AS indexed, seller_entry_large IS NOT NULL AS large
       FROM questions WHERE id = $1`,
      [id],
    );
    assert.deepEqual(row, { indexed: false, large: true });
    for (const token of [seller, anna]) {
      const entry = (await listOf(token, 'sort=-updated&limit=200')).find((e) => e.id === id)!;
      assert.equal(entry.details?.change, change);
      assert.equal(entry.messageCount, 1);
      const detail = await get(`/questions/${id}`, token);
      assert.equal((detail.body['details'] as { change: string }).change, change);
    }
  });

  it('fills the entries of questions written before they existed, as the writes do', async () => {
    const entries = async () =>
      server.db.query<{ id: string; seller: string; buyer: string }>(
        `SELECT id, COALESCE(seller_entry, seller_entry_large)::text AS seller,
           COALESCE(buyer_entry, buyer_entry_large)::text AS buyer FROM questions ORDER BY id`,
      );
    const written = await entries();
    assert.ok(written.length > 20);
    await server.db.query(
      `UPDATE questions SET seller_entry = NULL, buyer_entry = NULL, seller_entry_large = NULL,
         buyer_entry_large = NULL`,
    );
    assert.equal(await fillQuestionEntries(server.db, '/api/v1'), written.length);
    assert.deepEqual(await entries(), written);
    assert.equal(await fillQuestionEntries(server.db, '/api/v1'), 0);
  });

  it('gives each kind of list its own statement, the same one each time, with what it filters on', async () => {
    // A list's statement is looked up by its shape (which filters, not their values) and the
    // start's check. With the check on, a list whose statement differs from the one its shape
    // found first throws. Each kind of list is read twice by the server (a viewer it knows:
    // with the start's check) and once by a new store (a viewer it does not: without it).
    checkListTexts(true);
    try {
      const [question] = await server.db.query<{ id: string; product: string }>(
        `SELECT id, product_id AS product FROM questions
         WHERE shop_id = 's-1' AND product_id IS NOT NULL ORDER BY id LIMIT 1`,
      );
      assert.ok(question, 'the seed has a product question of shop s-1');
      const filters = [
        'category=after_sale',
        'topic=tracking',
        'status=awaiting_seller&status=awaiting_buyer',
        'status=awaiting_platform',
        `productId=${question.product}`,
        'orderId=o-none',
        'shopId=s-1',
        `updatedSince=${encodeURIComponent(new Date(0).toISOString())}`,
        'unread=true',
        'unread=false',
      ];
      // Each pair of them, but a pair that gives a parameter of one value twice (a 400).
      const name = (filter: string) => filter.slice(0, filter.indexOf('='));
      const queries = [
        '',
        ...filters,
        ...filters.flatMap((one, i) =>
          filters
            .slice(i + 1)
            .filter((other) => name(one) !== name(other) || name(one) === 'status')
            .map((other) => `${one}&${other}`),
        ),
      ];
      const viewers = [PEOPLE.seller, PEOPLE.anna, PEOPLE.agent];
      const tokens = await Promise.all(viewers.map((claims) => server.token(claims)));
      const seen = (text: string) => {
        const { items, total } = JSON.parse(text) as { items: { id: string }[]; total: number };
        return JSON.stringify([items.map((item) => item.id), total]);
      };
      /** The same list three times: two from the server, one from a new store. */
      const threeTimes = async (
        claims: (typeof viewers)[number],
        token: string,
        params: string,
      ) => {
        const answers: string[] = [];
        let next: string | null = null;
        for (let round = 0; round < 2; round++) {
          const response = await server.fetch(`/api/v1/questions?${params}`, { token });
          const text = await response.text();
          assert.equal(response.status, 200, `${claims.id} ${params}: ${text}`);
          answers.push(seen(text));
          next = (JSON.parse(text) as { nextCursor: string | null }).nextCursor;
        }
        const store = new SqlStore(server.db, { baseUrl: '/api/v1', now: () => new Date(clock) });
        const text = await store.read(async (tx) => {
          const { viewer } = await tx.start(claims, new Date(clock));
          return (await listQuestions(tx, viewer!, new URLSearchParams(params))).text;
        });
        answers.push(seen(text));
        assert.equal(new Set(answers).size, 1, `${claims.id} ${params}: ${answers.join(' ')}`);
        return next;
      };
      let pages = 0;
      for (const sort of ['due', '-updated', '-created']) {
        for (const query of queries) {
          const params = `sort=${sort}&limit=2${query ? `&${query}` : ''}`;
          for (const [i, claims] of viewers.entries()) {
            const next = await threeTimes(claims, tokens[i]!, params);
            // A next page: the same kind of list without the change feed's cursor.
            if (next) {
              await threeTimes(claims, tokens[i]!, `${params}&cursor=${encodeURIComponent(next)}`);
              pages++;
            }
          }
        }
      }
      assert.ok(pages > 100, `${pages} lists had a next page`);
      // The filters were applied: one product's list holds that product's questions alone.
      const { body } = await get(`/questions?productId=${question.product}&limit=200`, seller);
      const ids = (body['items'] as { id: string }[]).map((item) => item.id);
      assert.ok(ids.includes(question.id));
      const products = await server.db.query<{ product: string | null }>(
        'SELECT DISTINCT product_id AS product FROM questions WHERE id = ANY($1::text[])',
        [ids],
      );
      assert.deepEqual(
        products.map((row) => row.product),
        [question.product],
      );
    } finally {
      checkListTexts(false);
    }
  });
});

describe(`CORS on ${target}`, () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ corsOrigins: ['https://shop.example'] });
  });
  after(async () => {
    await server.close();
  });

  /** A browser's preflight from `origin` for `method` on `path` (with `headers` when given). */
  const preflightOf = (path: string, origin: string, method: string, headers?: string) =>
    server.fetch(path, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': method,
        ...(headers ? { 'Access-Control-Request-Headers': headers } : {}),
      },
    });

  it('answers preflights and requests of allowed origins, and no other origin', async () => {
    const preflight = await preflightOf(
      '/api/v1/questions',
      'https://shop.example',
      'POST',
      'authorization,content-type,idempotency-key',
    );
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'https://shop.example');
    assert.match(preflight.headers.get('Access-Control-Allow-Methods')!, /POST/);
    assert.match(preflight.headers.get('Access-Control-Allow-Headers')!, /Idempotency-Key/);
    assert.equal(preflight.headers.get('Access-Control-Max-Age'), '600');

    const token = await server.token(PEOPLE.anna);
    const allowed = await server.fetch('/api/v1/questions?limit=1', {
      token,
      headers: { Origin: 'https://shop.example' },
    });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://shop.example');
    assert.match(allowed.headers.get('Access-Control-Expose-Headers')!, /Idempotent-Replayed/);
    assert.match(allowed.headers.get('Access-Control-Expose-Headers')!, /WWW-Authenticate/);
    assert.match(allowed.headers.get('Vary')!, /Origin/);
    assert.equal(allowed.headers.get('Content-Type'), 'application/json');
    assert.equal(((await allowed.json()) as { items: unknown[] }).items.length, 1);

    for (const origin of ['https://elsewhere.example', 'null']) {
      const other = await server.fetch('/api/v1/questions?limit=1', {
        token,
        headers: { Origin: origin },
      });
      assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
      const refused = await preflightOf('/api/v1/questions', origin, 'POST');
      assert.equal(refused.headers.get('Access-Control-Allow-Origin'), null);
    }
  });

  it('lets an allowed origin read a 404 outside the API, so that a wrong apiBase is told apart from an outage', async () => {
    const preflight = await preflightOf(
      '/api/v2/config',
      'https://shop.example',
      'GET',
      'authorization',
    );
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'https://shop.example');
    const missing = await server.fetch('/api/v2/config', {
      headers: { Origin: 'https://shop.example' },
    });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('Access-Control-Allow-Origin'), 'https://shop.example');
    // Another origin still reads nothing there.
    const other = await preflightOf('/api/v2/config', 'https://elsewhere.example', 'GET');
    assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
  });

  it('gives every answer its CORS headers and each Vary name once: the backend’s, its errors and the server’s own routes', async () => {
    const origin = { Origin: 'https://shop.example', 'Accept-Encoding': 'br' };
    const seller = await server.token(PEOPLE.seller);
    // The backend's answers get their headers as they are made (BackendOptions.respond), the
    // server's own routes and its other answers from the middleware: the same either way.
    const answers = {
      config: await server.fetch('/api/v1/config', { token: seller, headers: origin }),
      list: await server.fetch('/api/v1/questions', { token: seller, headers: origin }),
      unauthenticated: await server.fetch('/api/v1/questions', { headers: origin }),
      notFound: await server.fetch('/api/v1/questions/q-none', { token: seller, headers: origin }),
      webhooks: await server.fetch('/api/v1/webhook-endpoints', { token: seller, headers: origin }),
      preferences: await server.fetch('/api/v1/me/email-preferences', {
        token: seller,
        headers: origin,
      }),
    };
    const expected = {
      config: [200, 'Authorization, Origin, Accept-Encoding'],
      list: [200, 'Origin, Accept-Encoding'],
      unauthenticated: [401, 'Origin, Accept-Encoding'],
      notFound: [404, 'Origin, Accept-Encoding'],
      webhooks: [200, 'Origin, Accept-Encoding'],
      preferences: [200, 'Origin, Accept-Encoding'],
    };
    for (const [name, response] of Object.entries(answers)) {
      const [status, vary] = expected[name as keyof typeof expected];
      assert.equal(response.status, status, name);
      assert.equal(
        response.headers.get('Access-Control-Allow-Origin'),
        'https://shop.example',
        name,
      );
      assert.match(response.headers.get('Access-Control-Expose-Headers')!, /Retry-After/, name);
      assert.equal(response.headers.get('Vary'), vary, name);
    }
    // The list is over 1 kB: compressed as it was made; the error is not.
    assert.equal(answers.list.headers.get('Content-Encoding'), 'br');
    assert.equal(answers.unauthenticated.headers.get('Content-Encoding'), null);
    assert.equal(
      ((await answers.unauthenticated.json()) as { code: string }).code,
      'unauthenticated',
    );
  });
});
