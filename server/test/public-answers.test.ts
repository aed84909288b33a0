// Published answers: a seller publishes an answered pre-sales question whose buyer consented,
// without the buyer's name; anyone who may read the product lists and searches them. The same
// checks run on the server (PGlite, or PostgreSQL with TEST_DATABASE_URL) and on the mock's
// backend, so the SQL search and the domain's matcher give the same answers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PublicAnswerPage, QuestionDetail } from '../../src/api/types.js';
import { buildSeedState } from '../../src/mocks/seed.js';
import { jsonInit, mockAs, serverAs, type FetchAs } from './support/requests.js';
import { PEOPLE, startServer, target, type TestServer } from './support/server.js';

/** Who the checks ask as (`anonymous`: no token). */
const WHO = {
  seller: PEOPLE.seller,
  buyer: PEOPLE.anna,
  otherBuyer: PEOPLE.julien,
  platform: PEOPLE.agent,
};
type Who = keyof typeof WHO | 'anonymous';
type Call = (
  method: string,
  path: string,
  who: Who,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Response>;

/** A Call on the backend behind `fetchAs`. */
const callOn =
  (fetchAs: FetchAs<keyof typeof WHO>): Call =>
  (method, path, who, body, headers) =>
    fetchAs(path, who, jsonInit(method, body, headers));

const seed = buildSeedState();
const BUYER_NAMES = seed.buyers.flatMap((buyer) => [
  buyer.name,
  ...buyer.name.split(' ').filter((part) => part.length > 2),
]);
const BUYER_IDS = seed.buyers.map((buyer) => buyer.id);

async function problem(response: Response, status: number) {
  assert.equal(response.status, status, `status of ${response.url || 'the request'}`);
  assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
  return (await response.json()) as {
    code: string;
    detail: string;
    errors?: { pointer: string; code: string }[];
  };
}

async function list(call: Call, productId: string, query = '', who: Who = 'buyer') {
  const response = await call('GET', `/products/${productId}/public-answers${query}`, who);
  assert.equal(response.status, 200);
  return (await response.json()) as PublicAnswerPage;
}

const questionsOf = (page: PublicAnswerPage) => page.items.map((item) => item.question);

/** The seeded answers: listed without anything about the buyer, and searched. */
async function checkListAndSearch(call: Call) {
  const all = await list(call, 'p-02');
  assert.deepEqual(questionsOf(all), [
    'Is this shirt 100% linen?',
    'Fällt das Leinenhemd eher klein oder groß aus? Ich trage sonst meistens M.',
  ]);
  assert.deepEqual(Object.keys(all.items[0]!).sort(), [
    'answer',
    'answeredAt',
    'id',
    'language',
    'publishedAt',
    'question',
  ]);
  assert.equal(all.items[0]!.language, 'en');
  assert.equal(all.items[1]!.language, 'de');
  // Nothing about the buyers: no names, no buyer or question ids, no photos.
  const text = JSON.stringify(all);
  for (const name of [...BUYER_NAMES, ...BUYER_IDS, 'q-061', 'q-001', 'attachments']) {
    assert.ok(!text.includes(name), `the public answers mention ${name}`);
  }
  // The seller published Anna's question shortened: "Hallo Anna" is not in it.
  assert.ok(!all.items[1]!.answer.includes('Anna'));

  // What the buyer types finds it: case, accents, spacing and word order do not matter.
  for (const q of ['is it 100 % linen', 'IS IT 100% LINÉN?', 'linen, 100', 'stonewashed', 'line']) {
    const found = await list(call, 'p-02', `?q=${encodeURIComponent(q)}`);
    assert.equal(found.items[0]?.question, 'Is this shirt 100% linen?', q);
  }
  // German, with the accents typed or not.
  for (const q of ['fallt es klein aus', 'Fällt es groß aus']) {
    const found = await list(call, 'p-02', `?q=${encodeURIComponent(q)}`);
    assert.deepEqual(questionsOf(found), [all.items[1]!.question], q);
  }
  // Nothing to search for yet (only short or function words), or no match: nothing.
  assert.deepEqual((await list(call, 'p-02', '?q=is%20it')).items, []);
  assert.deepEqual((await list(call, 'p-02', '?q=waterproof%20zipper')).items, []);
  // Another product has its own answers; an unknown one is 404.
  assert.deepEqual(questionsOf(await list(call, 'p-07')), [
    '¿Las alpargatas tallan grande o pequeño?',
  ]);
  assert.deepEqual((await list(call, 'p-01')).items, []);
  assert.equal(
    (await problem(await call('GET', '/products/p-404/public-answers', 'buyer'), 404)).code,
    'not_found',
  );
  // Every role reads them, as it reads the product; without a token: 401.
  assert.equal((await list(call, 'p-02', '', 'seller')).items.length, 2);
  assert.equal((await list(call, 'p-02', '', 'platform')).items.length, 2);
  await problem(await call('GET', '/products/p-02/public-answers', 'anonymous'), 401);

  // Paging: a page of one, then the next from its cursor, then the end.
  const first = await list(call, 'p-02', '?limit=1');
  assert.deepEqual(questionsOf(first), [all.items[0]!.question]);
  assert.ok(first.nextCursor);
  const second = await list(
    call,
    'p-02',
    `?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`,
  );
  assert.deepEqual(questionsOf(second), [all.items[1]!.question]);
  assert.equal(second.nextCursor, null);
  // Bad input: 400 problems.
  for (const query of [
    '?limit=0',
    '?limit=51',
    '?limit=x',
    `?q=${'a'.repeat(201)}`,
    '?cursor=o1.zz',
  ]) {
    assert.equal(
      (await problem(await call('GET', `/products/p-02/public-answers${query}`, 'buyer'), 400))
        .code,
      'bad_request',
      query,
    );
  }
  // A page from another query's cursor is refused.
  await problem(
    await call(
      'GET',
      `/products/p-02/public-answers?q=linen&cursor=${encodeURIComponent(first.nextCursor)}`,
      'buyer',
    ),
    400,
  );
  // Cached like the catalogue, revalidated with its ETag.
  const cached = await call('GET', '/products/p-02/public-answers', 'buyer');
  assert.match(cached.headers.get('Cache-Control') ?? '', /max-age=60/);
  const etag = cached.headers.get('ETag');
  assert.ok(etag);
  const again = await call('GET', '/products/p-02/public-answers', 'buyer', undefined, {
    'If-None-Match': etag,
  });
  assert.equal(again.status, 304);
}

/** Publishing and unpublishing: the rules, who may, and bad input storing nothing. */
async function checkPublishing(call: Call) {
  const ask = async (body: Record<string, unknown>) => {
    const response = await call('POST', '/questions', 'buyer', {
      category: 'pre_sale',
      topic: 'product',
      details: { subject: 'material' },
      shopId: 's-1',
      productId: 'p-03',
      language: 'en',
      ...body,
    });
    assert.equal(response.status, 201);
    return (await response.json()) as QuestionDetail;
  };
  const answer = async (id: string, text: string) => {
    const response = await call('POST', `/questions/${id}/messages`, 'seller', {
      text,
      language: 'en',
    });
    assert.equal(response.status, 201);
    return (await response.json()) as QuestionDetail;
  };
  const publish = (id: string, body: unknown = {}, who: Who = 'seller') =>
    call('POST', `/questions/${id}/publication`, who, body);

  // Without consent: never published (409), and the seller's view says so.
  const plain = await ask({ text: 'Is the cardigan itchy? Sarah from Leeds' });
  assert.equal(plain.publicConsent, false);
  await answer(plain.id, 'Not at all: extra-fine merino.');
  const refused = await problem(await publish(plain.id), 409);
  assert.equal(refused.code, 'invalid_state');
  assert.match(refused.detail, /did not agree/);

  // With consent: not before the seller answered.
  const asked = await ask({
    text: 'Hi, I am Sarah from Leeds. Is the cardigan machine washable?',
    publicConsent: true,
  });
  assert.equal(asked.publicConsent, true);
  assert.match((await problem(await publish(asked.id), 409)).detail, /no answer/);
  const first = await answer(asked.id, 'Hi Sarah, yes: wool cycle at 30 degrees.');
  await answer(asked.id, 'Hi Sarah, and dry it flat, please.');

  // Bad input is refused and stores nothing.
  const tooLong = await problem(await publish(asked.id, { question: 'x'.repeat(501) }), 422);
  assert.deepEqual(
    tooLong.errors!.map((error) => `${error.pointer} ${error.code}`),
    ['/question too_long'],
  );
  const blank = await problem(await publish(asked.id, { answer: '   ' }), 422);
  assert.deepEqual(
    blank.errors!.map((error) => `${error.pointer} ${error.code}`),
    ['/answer required'],
  );
  const unknownMessage = await problem(
    await publish(asked.id, { answerMessageId: plain.messages[0]!.id }),
    422,
  );
  assert.deepEqual(
    unknownMessage.errors!.map((error) => `${error.pointer} ${error.code}`),
    ['/answerMessageId unknown'],
  );
  await problem(await publish(asked.id, { photos: ['a-1'] }), 422);
  assert.deepEqual((await list(call, 'p-03')).items, [], 'nothing published by bad input');

  // Who may: the seller only; buyers (even the asker) and agents 403; unknown ids 404.
  await problem(await publish(asked.id, {}, 'buyer'), 403);
  await problem(await publish(asked.id, {}, 'platform'), 403);
  await problem(await call('DELETE', `/questions/${asked.id}/publication`, 'buyer'), 403);
  await problem(await publish('q-unknown'), 404);
  await problem(await publish('%2E%2E'), 404);
  await problem(await call('POST', '/questions/../publication', 'seller', {}), 404);

  // Published, with the seller's texts: the question shortened, the answer by default the
  // seller's latest message.
  const published = await publish(asked.id, { question: 'Is the cardigan machine washable?' });
  assert.equal(published.status, 200);
  const detail = (await published.json()) as QuestionDetail;
  assert.equal(detail.publication!.question, 'Is the cardigan machine washable?');
  assert.equal(detail.publication!.answer, 'Hi Sarah, and dry it flat, please.');
  let page = await list(call, 'p-03', '?q=washable%20cardigan');
  assert.deepEqual(questionsOf(page), ['Is the cardigan machine washable?']);
  assert.ok(!JSON.stringify(page).includes('Leeds'));

  // Again with another answer and edited text: the same published answer, new texts.
  const again = await publish(asked.id, {
    question: 'Is the cardigan machine washable?',
    answerMessageId: first.messages.at(-1)!.id,
    answer: 'Yes: wool cycle at 30 degrees.',
  });
  assert.equal(again.status, 200);
  const changed = ((await again.json()) as QuestionDetail).publication!;
  assert.equal(changed.id, detail.publication!.id);
  assert.equal(changed.publishedAt, detail.publication!.publishedAt);
  page = await list(call, 'p-03');
  assert.deepEqual(
    page.items.map((item) => item.answer),
    ['Yes: wool cycle at 30 degrees.'],
  );
  // The seller's list carries consent and publication; so does the buyer's own question.
  const mine = (await (
    await call('GET', `/questions/${asked.id}`, 'buyer')
  ).json()) as QuestionDetail;
  assert.equal(mine.publicConsent, true);
  assert.equal(mine.publication!.question, 'Is the cardigan machine washable?');
  const sellerList = (await (
    await call('GET', '/questions?productId=p-03&category=pre_sale&limit=50', 'seller')
  ).json()) as { items: QuestionDetail[] };
  const row = sellerList.items.find((item) => item.id === asked.id)!;
  assert.equal(row.publicConsent, true);
  assert.ok(row.publication);

  // Unpublished: gone from the product; a second time 404.
  assert.equal((await call('DELETE', `/questions/${asked.id}/publication`, 'seller')).status, 204);
  assert.deepEqual((await list(call, 'p-03')).items, []);
  await problem(await call('DELETE', `/questions/${asked.id}/publication`, 'seller'), 404);
  const after = (await (
    await call('GET', `/questions/${asked.id}`, 'seller')
  ).json()) as QuestionDetail;
  assert.equal(after.publication, undefined);
  assert.equal(after.publicConsent, true);

  // Consent belongs to pre-sales questions about a product: 422 elsewhere.
  const shopQuestion = await call('POST', '/questions', 'buyer', {
    category: 'pre_sale',
    topic: 'shop',
    shopId: 's-1',
    text: 'Do you ship to Malta?',
    language: 'en',
    publicConsent: true,
  });
  const refusedConsent = await problem(shopQuestion, 422);
  assert.deepEqual(
    refusedConsent.errors!.map((error) => `${error.pointer} ${error.code}`),
    ['/publicConsent not_allowed'],
  );
  // An after-sales question is never published (409), whatever else.
  const afterSale = seed.questions.find(
    (question) =>
      question.category === 'after_sale' && question.messages.some((m) => m.author === 'seller'),
  )!;
  await problem(await publish(afterSale.id), 409);
}

describe(`public answers on ${target}`, () => {
  let server: TestServer;
  let call: Call;
  before(async () => {
    server = await startServer();
    call = callOn(await serverAs(server, WHO));
  });
  after(async () => {
    await server.close();
  });

  it('lists and searches the seeded answers without anything about the buyer', async () => {
    await checkListAndSearch(call);
  });

  it('publishes only with consent and an answer, for the seller only; unpublishes', async () => {
    await checkPublishing(call);
  });

  it('keeps the product page copy in step with the question (migration 024)', async () => {
    const rows = await server.db.query<{ question_id: string; search_text: string }>(
      'SELECT question_id, search_text FROM public_answers ORDER BY question_id',
    );
    assert.deepEqual(
      rows.map((row) => row.question_id),
      ['q-001', 'q-014', 'q-061'],
    );
    assert.match(rows.find((row) => row.question_id === 'q-061')!.search_text, / 100 linen /);
    // The product's answers are read by its index once the table is large enough to matter.
    const plan = await server.db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT data FROM public_answers WHERE product_id = 'p-02'
       ORDER BY published_at DESC, id COLLATE "C" LIMIT 11`,
    );
    assert.ok(plan.length > 0);
  });
});

describe('public answers in the mock', () => {
  let call: Call;
  before(() => {
    call = callOn(mockAs(buildSeedState(), WHO));
  });

  it('lists and searches the seeded answers as the server does', async () => {
    await checkListAndSearch(call);
  });

  it('publishes and unpublishes by the same rules', async () => {
    await checkPublishing(call);
  });
});
