// What the API's answers say of caching, on the server and in the mock alike (the shared
// pipeline sets it): the slow-changing reads keep their own Cache-Control and ETag, and every
// other answer (a viewer's questions, `/me`, lists, problems) is `no-store`, so that not even
// the browser's own cache keeps personal data. Found by an outside operator run: those carried
// no Cache-Control at all.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildSeedState } from '../../src/mocks/seed.js';
import { mockAs, serverAs, type FetchAs } from './support/requests.js';
import { PEOPLE, startServer, target, type TestServer } from './support/server.js';

const WHO = { seller: PEOPLE.seller, buyer: PEOPLE.anna };

async function checkCaching(fetchAs: FetchAs<keyof typeof WHO>) {
  const list = await fetchAs('/questions?sort=due', 'seller');
  assert.equal(list.status, 200);
  assert.equal(list.headers.get('Cache-Control'), 'no-store');
  const { items } = (await list.json()) as { items: { id: string }[] };
  const personal = [
    ['/me', 'buyer'],
    ['/me', 'seller'],
    [`/questions/${items[0]!.id}`, 'seller'],
    ['/questions', 'buyer'],
    // A problem too: it may say what exists.
    ['/questions/q-nothing', 'buyer'],
    ['/me', 'anonymous'],
  ] as const;
  for (const [path, as] of personal) {
    const answer = await fetchAs(path, as);
    assert.equal(answer.headers.get('Cache-Control'), 'no-store', `${path} as ${as}`);
    assert.equal(answer.headers.get('ETag'), null, path);
  }

  // The slow-changing reads keep their own, and revalidate with their ETag.
  const own = [
    ['/config', 'buyer', /^private, max-age=300, stale-while-revalidate=\d+$/],
    ['/products/p-02', 'buyer', /^private, max-age=60\b/],
    ['/templates?topic=tracking', 'seller', /^private, no-cache$/],
  ] as const;
  for (const [path, as, control] of own) {
    const first = await fetchAs(path, as);
    assert.equal(first.status, 200, path);
    assert.match(first.headers.get('Cache-Control') ?? '', control, path);
    const etag = first.headers.get('ETag');
    assert.ok(etag, path);
    const again = await fetchAs(path, as, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304, path);
    assert.match(again.headers.get('Cache-Control') ?? '', control, path);
  }
}

describe(`caching headers on ${target}`, () => {
  let server: TestServer;
  let fetchAs: FetchAs<keyof typeof WHO>;
  before(async () => {
    server = await startServer();
    fetchAs = await serverAs(server, WHO);
  });
  after(async () => {
    await server.close();
  });

  it('marks personal answers no-store and keeps the slow-changing reads cacheable', async () => {
    await checkCaching(fetchAs);
  });
});

describe('caching headers in the mock', () => {
  it('are those of the server', async () => {
    await checkCaching(mockAs(buildSeedState(), WHO));
  });
});
