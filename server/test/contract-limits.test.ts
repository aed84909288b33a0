// The contract's limits as the shared backend enforces them (so on the server and the mock
// alike): 405 with Allow, and the maxLength / maxItems / pattern of docs/openapi.yaml on request
// bodies, answered 422 with the field named and nothing stored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { count, PEOPLE, startServer, target, tokens, type TestServer } from './support/server.js';

let server: TestServer;
let anna: string;
let seller: string;

type Problem = {
  status: number;
  code: string;
  errors?: { pointer: string; code: string; detail: string }[];
};

async function problemOf(response: Response): Promise<Problem> {
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  return (await response.json()) as Problem;
}

const post = (path: string, token: string, body: unknown, key?: string) =>
  server.fetch(`/api/v1${path}`, {
    method: 'POST',
    token,
    headers: {
      'Content-Type': 'application/json',
      ...(key ? { 'Idempotency-Key': key } : {}),
    },
    body: JSON.stringify(body),
  });

describe(`contract limits on ${target}`, () => {
  before(async () => {
    server = await startServer();
    ({ anna, seller } = await tokens(server, { anna: PEOPLE.anna, seller: PEOPLE.seller }));
  });
  after(async () => {
    await server.close();
  });

  describe('405', () => {
    it('names the methods a path has in Allow', async () => {
      const onList = await server.fetch('/api/v1/questions', { method: 'PUT', token: anna });
      assert.equal(onList.status, 405);
      assert.equal(onList.headers.get('Allow'), 'GET, POST');
      assert.equal((await problemOf(onList)).code, 'bad_request');
      const onRead = await server.fetch('/api/v1/questions/q-001/read', { token: anna });
      assert.equal(onRead.status, 405);
      assert.equal(onRead.headers.get('Allow'), 'POST');
      const onConfig = await server.fetch('/api/v1/config', { method: 'DELETE', token: anna });
      assert.equal(onConfig.headers.get('Allow'), 'GET');
    });
  });

  describe('maxLength, maxItems and pattern', () => {
    it('refuses a text over its maxLength with too_long at its pointer', async () => {
      const response = await post('/translations', seller, {
        text: 'x'.repeat(5001),
        from: 'en',
        to: 'de',
      });
      assert.equal(response.status, 422);
      const problem = await problemOf(response);
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(problem.errors, [
        { pointer: '/text', code: 'too_long', detail: 'At most 5000 characters.' },
      ]);
    });

    it('counts code points, as the contract does: 5000 emoji are not too long', async () => {
      const response = await post('/translations', seller, {
        text: '🙂'.repeat(5000),
        from: 'en',
        to: 'de',
      });
      // Valid: it reaches the translation step, which this server has not configured.
      assert.equal(response.status, 503);
      assert.equal((await problemOf(response)).code, 'translation_unavailable');
    });

    it('refuses a list over its maxItems with too_many, storing nothing', async () => {
      const questions = await count(server.db, 'questions');
      const messages = await count(server.db, 'messages');
      const response = await post(
        '/questions',
        anna,
        {
          category: 'pre_sale',
          topic: 'shop',
          shopId: 's-1',
          text: 'Do you gift-wrap?',
          language: 'en',
          items: Array.from({ length: 101 }, (_, index) => ({ itemId: `i-${index}`, quantity: 1 })),
        },
        'too-many-items-0001',
      );
      assert.equal(response.status, 422);
      const problem = await problemOf(response);
      assert.deepEqual(problem.errors, [
        { pointer: '/items', code: 'too_many', detail: 'At most 100.' },
      ]);
      assert.equal(await count(server.db, 'questions'), questions);
      assert.equal(await count(server.db, 'messages'), messages);
    });

    it('refuses a nested text over its maxLength (an address line), storing nothing', async () => {
      const questions = await count(server.db, 'questions');
      const response = await post(
        '/questions',
        anna,
        {
          category: 'order_service',
          topic: 'change_address',
          shopId: 's-1',
          orderId: 'o-1001',
          text: 'Please send it to my office.',
          language: 'de',
          details: {
            address: {
              name: 'Anna Schneider',
              line1: 'x'.repeat(201),
              postalCode: '10115',
              city: 'Berlin',
              country: 'DE',
            },
          },
        },
        'long-address-0001',
      );
      assert.equal(response.status, 422);
      const problem = await problemOf(response);
      const [first] = problem.errors ?? [];
      assert.equal(first?.pointer, '/details/address/line1');
      assert.equal(first.code, 'too_long');
      assert.equal(await count(server.db, 'questions'), questions);
    });

    it('refuses a value that does not fit its pattern with invalid', async () => {
      const response = await post(
        '/questions/q-001/messages',
        anna,
        { text: 'Hello', language: 'English please' },
        'bad-language-0001',
      );
      assert.equal(response.status, 422);
      const problem = await problemOf(response);
      const [first] = problem.errors ?? [];
      assert.equal(first?.pointer, '/language');
      assert.equal(first.code, 'invalid');
    });

    it('leaves the limits /config sets to /config (a message text is checked against maxMessageLength)', async () => {
      const response = await post(
        '/questions/q-001/messages',
        anna,
        { text: 'y'.repeat(2001), language: 'de' },
        'long-message-0001',
      );
      assert.equal(response.status, 422);
      const problem = await problemOf(response);
      assert.deepEqual(problem.errors, [
        { pointer: '/text', code: 'too_long', detail: 'At most 2000 characters.' },
      ]);
    });
  });
});
