// The change feed's cursor tells a viewer nothing of what happens where they cannot see: a
// question asked in another shop moves neither the cursor of this shop's seller nor a buyer's
// (from `GET /changes` and from a list's first page alike), while their own questions move it
// and a platform agent's follows every shop. On the server (PGlite, or PostgreSQL with
// TEST_DATABASE_URL) and in the mock, which share the backend.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { jsonInit, type FetchAs } from './support/requests.js';
import { mockWithSecondShop, serverWithSecondShop, type Person } from './support/second-shop.js';
import { startServer, target, type TestServer } from './support/server.js';

async function check(fetchAs: FetchAs<Person>) {
  const read = async <T>(path: string, as: Person): Promise<T> => {
    const response = await fetchAs(path, as);
    assert.equal(response.status, 200, `${path} as ${as}`);
    return (await response.json()) as T;
  };
  const cursors = async () => {
    const people: Person[] = ['seller-1', 'seller-2', 'buyer', 'agent'];
    const entries = await Promise.all(
      people.map(async (as) => {
        const { cursor } = await read<{ cursor: string }>('/changes', as);
        const list = await read<{ changesCursor: string }>('/questions?limit=1', as);
        assert.equal(list.changesCursor, cursor, `${as}: the list's cursor is the feed's`);
        return [as, Number(cursor)] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<Person, number>;
  };
  const ask = async (shopId: string) => {
    const response = await fetchAs(
      '/questions',
      'buyer',
      jsonInit('POST', {
        category: 'pre_sale',
        topic: 'shop',
        shopId,
        text: `Do you ship to Austria? (${shopId})`,
        language: 'en',
      }),
    );
    assert.equal(response.status, 201);
    return ((await response.json()) as { id: string }).id;
  };

  const before = await cursors();
  // Anna asks the second shop: its seller, Anna and the agent hear of it; the first shop's
  // seller sees nothing move.
  const other = await ask('s-2');
  const afterOther = await cursors();
  assert.equal(afterOther['seller-1'], before['seller-1'], 'another shop moved nothing');
  for (const as of ['seller-2', 'buyer', 'agent'] as const) {
    assert.ok(afterOther[as] > before[as], `${as} hears of it`);
  }
  const quiet = await read<{ changes: { questionId: string }[]; cursor: string }>(
    `/changes?since=${before['seller-1']}`,
    'seller-1',
  );
  assert.deepEqual(quiet.changes, []);
  assert.equal(Number(quiet.cursor), before['seller-1']);
  const heard = await read<{ changes: { questionId: string }[] }>(
    `/changes?since=${before['seller-2']}`,
    'seller-2',
  );
  assert.deepEqual(
    heard.changes.map((change) => change.questionId),
    [other],
  );

  // A question in the first shop moves its seller's cursor past the other shop's change, and
  // the feed from the old cursor has it.
  const own = await ask('s-1');
  const afterOwn = await cursors();
  assert.ok(afterOwn['seller-1'] > afterOther['seller-2']);
  assert.equal(afterOwn['seller-2'], afterOther['seller-2'], 'nor the other way round');
  const mine = await read<{ changes: { questionId: string }[]; cursor: string }>(
    `/changes?since=${before['seller-1']}`,
    'seller-1',
  );
  assert.deepEqual(
    mine.changes.map((change) => change.questionId),
    [own],
  );
  assert.equal(Number(mine.cursor), afterOwn['seller-1']);
  // A cursor ahead of the viewer's newest change (the agent's, here) never goes back.
  const ahead = await read<{ changes: unknown[]; cursor: string }>(
    `/changes?since=${afterOwn.agent}`,
    'seller-2',
  );
  assert.deepEqual(ahead.changes, []);
  assert.equal(Number(ahead.cursor), afterOwn.agent);
}

describe(`the change feed's cursor, on ${target}`, () => {
  let server: TestServer;
  let fetchAs: FetchAs<Person>;
  before(async () => {
    server = await startServer();
    fetchAs = await serverWithSecondShop(server);
  });
  after(async () => {
    await server.close();
  });

  it('moves with what the viewer can see, not with other shops', async () => {
    await check(fetchAs);
  });
});

describe("the change feed's cursor, in the mock", () => {
  it('moves with what the viewer can see, not with other shops', async () => {
    await check(mockWithSecondShop());
  });
});
