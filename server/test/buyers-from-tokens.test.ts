// A shop's new customer, signed in for the first time, whom the catalogue does not list yet: their
// token's claims (name, email, locale, country) add them on their first request, on the server
// (PGlite, or PostgreSQL with TEST_DATABASE_URL) and in the mock alike. A token that cannot add
// them says which claim is missing or wrong, and nothing is stored; a seller's or an agent's id
// never becomes a buyer's; claims never change a buyer the catalogue has.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import type { Claims } from '../../src/backend/context.js';
import { buildSeedState } from '../../src/mocks/seed.js';
import { jsonInit, mockAs, serverAs, type FetchAs } from './support/requests.js';
import { count, startServer, target, type TestServer } from './support/server.js';

const PEOPLE = {
  seller: { role: 'seller', id: 'seller-1', shopId: 's-1' },
  mila: {
    role: 'buyer',
    id: 'b-mila',
    profile: { name: ' Mila Horvat ', email: 'mila@example.hr', locale: 'hr-HR' },
  },
  // A country claim over the locale's region; the language from the locale as it is cased.
  joao: {
    role: 'buyer',
    id: 'b-joao',
    profile: { name: 'João Silva', locale: 'pt_br', country: 'pt' },
  },
  noCountry: { role: 'buyer', id: 'b-nocountry', profile: { name: 'Kim', locale: 'en' } },
  noName: { role: 'buyer', id: 'b-noname', profile: { country: 'DE' } },
  badEmail: {
    role: 'buyer',
    id: 'b-bademail',
    profile: { name: 'Bad Mail', country: 'DE', email: 'not an address' },
  },
  badLocale: {
    role: 'buyer',
    id: 'b-badlocale',
    profile: { name: 'Bad Locale', country: 'DE', locale: 'english please' },
  },
  badCountry: { role: 'buyer', id: 'b-badcountry', profile: { name: 'X', country: 'DEU' } },
  badSub: { role: 'buyer', id: 'b.mila', profile: { name: 'Dotted', country: 'DE' } },
  // A seller's id in a buyer's token: never a buyer too.
  sellerAsBuyer: { role: 'buyer', id: 'seller-1', profile: { name: 'Not Anna', country: 'DE' } },
  // The catalogue's Anna: her token's claims change nothing of her.
  anna: { role: 'buyer', id: 'b-anna', profile: { name: 'Someone Else', country: 'FR' } },
} as const satisfies Record<string, Claims>;
type Person = keyof typeof PEOPLE;

interface Me {
  id: string;
  role: string;
  name: string;
  country: string;
  language: string;
}

async function problemDetail(response: Response): Promise<string> {
  assert.equal(response.status, 401);
  assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer error="invalid_token"');
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  return ((await response.json()) as { detail: string }).detail;
}

/** The checks, against either backend; `buyerIds` lists the buyers the backend holds. */
async function check(fetchAs: FetchAs<Person>, buyerIds: () => Promise<string[]>) {
  const before = (await buyerIds()).length;

  // Mila's first request is her /me, as the elements ask it: she is added, as her token says.
  const me = await fetchAs('/me', 'mila');
  assert.equal(me.status, 200);
  assert.deepEqual(await me.json(), {
    role: 'buyer',
    id: 'b-mila',
    name: 'Mila Horvat',
    country: 'HR',
    language: 'hr-HR',
  });
  // She can ask at once, and the seller reads her name on the question.
  const asked = await fetchAs(
    '/questions',
    'mila',
    jsonInit('POST', {
      category: 'pre_sale',
      topic: 'shop',
      shopId: 's-1',
      text: 'Do you ship to Croatia?',
      language: 'hr',
    }),
  );
  assert.equal(asked.status, 201);
  const { id } = (await asked.json()) as { id: string };
  const seen = await fetchAs(`/questions/${id}`, 'seller');
  assert.equal(seen.status, 200);
  assert.equal(((await seen.json()) as { buyer: { name: string } }).buyer.name, 'Mila Horvat');

  // João's first requests come at once: he is added once.
  const first = await Promise.all([
    ...Array.from({ length: 4 }, () => fetchAs('/me', 'joao')),
    fetchAs('/orders', 'joao'),
  ]);
  assert.deepEqual(
    first.map((response) => response.status),
    [200, 200, 200, 200, 200],
  );
  const joao = (await first[0].json()) as Me;
  assert.equal(joao.country, 'PT');
  assert.equal(joao.language, 'pt-BR');
  assert.deepEqual(
    ((await first[4]!.json()) as { items: unknown[] }).items,
    [],
    'a buyer added from a token has no orders until the catalogue gives them some',
  );

  // Claims that cannot add a buyer: each says which, and no buyer is added.
  const refusals: [Person, RegExp][] = [
    ['noCountry', /does not know yet, and it has no country claim \(nor a locale with a region\)/],
    ['noName', /does not know yet, and it has no name claim/],
    ['badEmail', /its email claim is not an email address/],
    ['badLocale', /its locale claim is not a BCP 47 language tag/],
    ['badCountry', /its country claim is not an ISO 3166-1 alpha-2 code/],
    ['badSub', /its sub is not an id this backend can add a buyer by/],
  ];
  for (const [person, reason] of refusals) {
    assert.match(await problemDetail(await fetchAs('/me', person)), reason, person);
    // A write is refused the same way, before anything of it is stored.
    const write = await fetchAs('/questions', person, jsonInit('POST', { text: 'Hello?' }));
    assert.match(await problemDetail(write), reason, `${person} writing`);
  }
  // The seller's id in a buyer's token: refused, as a token of no one the backend knows.
  assert.match(
    await problemDetail(await fetchAs('/me', 'sellerAsBuyer')),
    /names no buyer, seller or agent this backend knows/,
  );
  // Anna is the catalogue's: her token's claims do not rename or move her.
  const anna = (await (await fetchAs('/me', 'anna')).json()) as Me;
  assert.equal(anna.name, 'Anna Schneider');
  assert.equal(anna.country, 'DE');

  const after = await buyerIds();
  assert.equal(after.length, before + 2, after.join(', '));
  assert.ok(after.includes('b-mila') && after.includes('b-joao'));
  assert.ok(!after.includes('seller-1'));
}

describe(`buyers added from their token on ${target}`, () => {
  let server: TestServer;
  const logged: string[] = [];
  before(async () => {
    server = await startServer({
      logger: pino({ level: 'info' }, { write: (line: string) => void logged.push(line) }),
    });
  });
  after(async () => {
    await server.close();
  });

  it('adds a new buyer from their claims on their first request, once; refuses claims that cannot, saying why', async () => {
    await check(await serverAs(server, PEOPLE), async () =>
      (await server.db.query<{ id: string }>('SELECT id FROM buyers')).map((row) => row.id),
    );
    // The email the token gave is where answers are mailed.
    const [row] = await server.db.query<{ data: { email?: string } }>(
      "SELECT data FROM buyers WHERE id = 'b-mila'",
    );
    assert.equal(row?.data.email, 'mila@example.hr');
    assert.equal(await count(server.db, 'buyers', "id = 'b-joao'"), 1);
    // The log says who was added, by id only: not the name or address the token gave.
    const added = logged
      .map((line) => JSON.parse(line) as { msg: string; buyerId?: string })
      .filter((line) => line.msg === 'buyer added from their token');
    assert.deepEqual(
      added.map((line) => line.buyerId),
      ['b-mila', 'b-joao'],
    );
    assert.ok(!logged.some((line) => /Mila|mila@|Silva/.test(line)), 'no name or address logged');
  });
});

describe('buyers added from their token in the mock', () => {
  it('adds them, and refuses, as the server does', async () => {
    const state = buildSeedState();
    await check(mockAs(state, PEOPLE), () =>
      Promise.resolve(state.buyers.map((buyer) => buyer.id)),
    );
    assert.equal(state.buyers.find((buyer) => buyer.id === 'b-mila')?.email, 'mila@example.hr');
  });
});
