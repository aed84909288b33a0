// The inbox's search (`GET /questions?q=`) on the reference server finds what the mock finds
// (views.ts matchesSearch, the rule both follow): a question's id, its buyer's name, its
// product's name, its order's number, and its messages' texts and their originals, in any case
// and with or without accents (question-search.ts foldForSearch; server migration 033).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BackendContext } from '../../src/backend/context.js';
import { matchesSearch } from '../../src/backend/views.js';
import { foldForSearch, searchNeedle } from '../../src/domain/question-search.js';
import { buildSeedState } from '../../src/mocks/seed.js';
import { PEOPLE, startServer, target, type TestServer } from './support/server.js';

describe(`search on ${target}`, () => {
  let server: TestServer;
  let seller: string;
  const state = buildSeedState({ baseUrl: '/api/v1' });
  const context: BackendContext = { state, baseUrl: '/api/v1', now: () => new Date() };
  const shopId = PEOPLE.seller.shopId;
  const mine = state.questions.filter((question) => question.shopId === shopId);

  before(async () => {
    server = await startServer();
    seller = await server.token(PEOPLE.seller);
  });
  after(async () => {
    await server.close();
  });

  const found = async (q: string) => {
    const response = await server.fetch(`/api/v1/questions?limit=200&q=${encodeURIComponent(q)}`, {
      token: seller,
    });
    assert.equal(response.status, 200, q);
    const body = (await response.json()) as { items: { id: string }[]; total: number };
    assert.equal(body.total, body.items.length, `${q}: total`);
    return body.items.map((item) => item.id).sort();
  };
  const expected = (q: string) =>
    mine
      .filter((question) => matchesSearch(context, question, searchNeedle(q)))
      .map((question) => question.id)
      .sort();

  it('finds ids, buyers, products, orders and message texts as the mock does', async () => {
    const withOrder = mine.find((question) => question.orderId)!;
    const order = state.orders.find((candidate) => candidate.id === withOrder.orderId)!;
    const buyer = state.buyers.find((candidate) => candidate.id === mine[0]!.buyerId)!;
    const withProduct = mine.filter((question) => question.productId).at(-1)!;
    const product = state.products.find((candidate) => candidate.id === withProduct.productId)!;
    const text = mine[2]!.messages[0]!.text;
    const needles = [
      mine[3]!.id,
      mine[3]!.id.slice(-3),
      buyer.name.split(' ')[0]!.toUpperCase(),
      product.name.slice(2, 9).toLowerCase(),
      order.number.slice(-4),
      text.slice(10, 24),
      'the',
      '  tracking ',
      'no such words in this shop',
      // No three letters in a row: no trigram to look up (sql-store.ts reads the shop's texts).
      'an',
      'Q-',
      '%',
      '€1',
    ];
    let nonEmpty = 0;
    for (const q of needles) {
      const want = expected(q);
      if (want.length > 0) nonEmpty += 1;
      assert.deepEqual(await found(q), want, q);
    }
    assert.ok(nonEmpty >= 7, `${nonEmpty} of the needles found questions`);
  });

  it('finds an order by its number as the inbox writes it, with a # in front', async () => {
    const withOrder = mine.find((question) => question.orderId)!;
    const order = state.orders.find((candidate) => candidate.id === withOrder.orderId)!;
    const ids = expected(order.number);
    assert.ok(ids.includes(withOrder.id));
    for (const q of [`#${order.number}`, ` # ${order.number.toLowerCase()}`]) {
      assert.deepEqual(await found(q), ids, q);
    }
  });

  it('sets accents and case aside, as the mock does: "Lindstrom" finds "Lindström"', async () => {
    const of = (name: string) => {
      const buyer = state.buyers.find((candidate) => candidate.name === name)!;
      const ids = mine.filter((question) => question.buyerId === buyer.id).map(({ id }) => id);
      assert.ok(ids.length > 0, name);
      return ids.sort();
    };
    const erik = of('Erik Lindström');
    const siobhan = of('Siobhán Murphy');
    const elise = of('Élise Dubois');
    for (const [q, ids] of [
      ['Lindstrom', erik],
      ['LINDSTRÖM', erik],
      ['lindström', erik],
      ['Siobhan', siobhan],
      ['SIOBHÁN MURPHY', siobhan],
      ['elise dubois', elise],
    ] as const) {
      const want = expected(q);
      for (const id of ids) assert.ok(want.includes(id), `${q}: the mock finds ${id}`);
      assert.deepEqual(await found(q), want, q);
    }
    // In the messages too: "Krakow" finds "Kraków", "Rakowicka" as written, "Grusse" "Grüße".
    for (const q of ['Krakow', 'KRAKÓW', 'rakowicka', 'freundliche grusse', 'GROSS']) {
      const want = expected(q);
      assert.ok(want.length > 0, `${q}: the mock finds it`);
      assert.deepEqual(await found(q), want, q);
    }
  });

  it('folds a text in SQL (search_fold, migration 033) as foldForSearch folds it', async () => {
    const texts = [
      'Erik Lindström',
      'SIOBHÁN',
      'Straße ẞ',
      'İstanbul',
      'ΟΔΟΣ Σοφία',
      'Łódź Ærø Œuvre Đorđe',
      'Nguyễn',
      'Ёлка',
      '한국어',
      'e\u0301 (decomposed)',
      '#SQ-2026-1006 19,90 €',
    ];
    const rows = await server.db.query<{ folded: string }>(
      'SELECT search_fold(t) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n',
      [texts],
    );
    assert.deepEqual(
      rows.map((row) => row.folded),
      texts.map(foldForSearch),
    );
  });

  it('finds a message by its original text, before translation', async () => {
    const question = mine[4]!;
    const message = question.messages[0]!;
    const original = {
      language: 'de',
      text: 'Wann kommt meine Bestellung Quarzuhr an?',
      engine: 'deepl',
    };
    await server.db.query(
      `UPDATE messages SET data = jsonb_set(data, '{original}', $2::jsonb) WHERE id = $1`,
      [message.id, JSON.stringify(original)],
    );
    message.original = original as typeof message.original;
    assert.deepEqual(expected('quarzuhr'), [question.id]);
    assert.deepEqual(await found('quarzuhr'), [question.id]);
  });

  it('finds a reply by its words as soon as it is sent', async () => {
    const question = mine.find(
      (candidate) => candidate.status === 'awaiting_seller' && candidate.handler === 'seller',
    )!;
    assert.deepEqual(await found('zebrafinch'), []);
    const response = await server.fetch(`/api/v1/questions/${question.id}/messages`, {
      method: 'POST',
      token: seller,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'search-reply-0001' },
      body: JSON.stringify({ text: 'Packed with the Zebrafinch print, as asked.', language: 'en' }),
    });
    assert.equal(response.status, 201);
    // The mock's state, for the tests after this one: the reply's text is what they search.
    question.messages.push({
      ...question.messages[0]!,
      id: 'sent',
      text: 'Packed with the Zebrafinch print, as asked.',
      original: undefined,
    });
    assert.deepEqual(await found('ZEBRAFINCH'), [question.id]);
    assert.deepEqual(await found('with the zebra'), [question.id]);
  });

  it("finds a buyer's own questions only, as the mock does", async () => {
    const anna = await server.token(PEOPLE.anna);
    const hers = state.questions.filter((question) => question.buyerId === PEOPLE.anna.id);
    const word = hers[0]!.messages[0]!.text.split(' ').find((part) => part.length > 4)!;
    for (const q of [word, 'the', 'an']) {
      const response = await server.fetch(
        `/api/v1/questions?limit=200&q=${encodeURIComponent(q)}`,
        { token: anna },
      );
      assert.equal(response.status, 200);
      const ids = ((await response.json()) as { items: { id: string }[] }).items
        .map((item) => item.id)
        .sort();
      const want = hers
        .filter((question) => matchesSearch(context, question, q))
        .map((question) => question.id)
        .sort();
      assert.deepEqual(ids, want, q);
      if (q === word) assert.ok(want.length > 0, word);
    }
  });

  it("finds a question by its product's, buyer's and order's new names at once", async () => {
    const withProduct = mine.find((candidate) => candidate.productId)!;
    const withOrder = mine.find((candidate) => candidate.orderId)!;
    const renames = [
      ['products', withProduct.productId!, 'name', 'Heron Lamp', withProduct.id],
      ['buyers', mine[0]!.buyerId, 'name', 'Wilhelmina Quartermaine', mine[0]!.id],
      ['orders', withOrder.orderId!, 'number', 'ZX-90817', withOrder.id],
    ] as const;
    for (const [table, id, field, value, questionId] of renames) {
      assert.deepEqual(await found(value), [], value);
      await server.db.query(
        `UPDATE ${table} SET data = jsonb_set(data, '{${field}}', to_jsonb($2::text)) WHERE id = $1`,
        [id, value],
      );
      // The mock's state reads the record as it is now.
      const records: { id: string; name?: string; number?: string }[] =
        table === 'products' ? state.products : table === 'buyers' ? state.buyers : state.orders;
      Object.assign(
        records.find((record) => record.id === id)!,
        { [field]: value },
      );
      assert.deepEqual(await found(value.toLowerCase()), expected(value), value);
      assert.ok(expected(value).includes(questionId), value);
    }
  });
});
