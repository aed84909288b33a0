// "Write in your language, send in theirs" on the reference server: a seller's reply sent as a
// translation carries what the seller wrote (`original`: text, language, engine); both texts are
// stored and returned to buyer and seller; bad input is refused with the field that is wrong and
// nothing is stored. In demo mode, a reply made of common seller sentences gets a demo
// translation from the phrasebook.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PEOPLE, startServer, target, type TestServer } from './support/server.js';

interface Detail {
  id: string;
  version: number;
  status: string;
  messages: {
    author: string;
    text: string;
    language: string;
    original?: { text: string; language: string; engine: string };
  }[];
}
interface Problem {
  code: string;
  errors?: { pointer: string; code: string; detail: string }[];
}

describe(`replies sent as a translation on ${target}`, () => {
  let server: TestServer;
  let anna: string;
  let seller: string;
  let keys = 0;
  let questionId: string;

  const send = (path: string, token: string, body: unknown) =>
    server.fetch(`/api/v1${path}`, {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `writeback-${++keys}-key` },
      body: JSON.stringify(body),
    });
  const messages = async (token: string) => {
    const response = await server.fetch(`/api/v1/questions/${questionId}`, { token });
    assert.equal(response.status, 200);
    return ((await response.json()) as Detail).messages;
  };

  before(async () => {
    server = await startServer({ phrasebookTranslation: true });
    // Anna Schneider: in Germany, profile language German.
    anna = await server.token(PEOPLE.anna);
    seller = await server.token(PEOPLE.seller);
    const asked = await send('/questions', anna, {
      category: 'pre_sale',
      topic: 'shop',
      shopId: 's-1',
      text: 'Ist der Artikel noch auf Lager und wann wird er verschickt?',
      language: 'de',
    });
    assert.equal(asked.status, 201);
    questionId = ((await asked.json()) as Detail).id;
  });
  after(async () => {
    await server.close();
  });

  it('translates a seller’s common sentences as demo data in demo mode', async () => {
    const response = await send('/translations', seller, {
      text: 'Thank you for your question.\nYes, this item is in stock.',
      from: 'en',
      to: 'de',
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      text: 'Vielen Dank für Ihre Frage.\nJa, dieser Artikel ist auf Lager.',
      from: 'en',
      to: 'de',
      engine: 'demo',
    });
  });

  it('refuses an original in the message’s own language, naming the field', async () => {
    const response = await send(`/questions/${questionId}/messages`, seller, {
      text: 'Ja, dieser Artikel ist auf Lager.',
      language: 'de',
      original: { text: 'Ja, auf Lager.', language: 'de-AT', engine: 'deepl' },
    });
    assert.equal(response.status, 422);
    const problem = (await response.json()) as Problem;
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(
      problem.errors?.map(({ pointer, code }) => ({ pointer, code })),
      [{ pointer: '/original/language', code: 'invalid' }],
    );
    assert.match(problem.errors[0]!.detail, /another language/);
    assert.equal((await messages(seller)).length, 1, 'nothing stored');
  });

  it('refuses a blank or too long original, an unknown engine, and a missing language', async () => {
    const cases: [unknown, string, string][] = [
      [{ text: '   ', language: 'en', engine: 'demo' }, '/original/text', 'required'],
      [{ text: 'x'.repeat(2001), language: 'en', engine: 'demo' }, '/original/text', 'too_long'],
      [{ text: 'In stock.', language: 'en', engine: 'google' }, '/original/engine', 'invalid'],
      [{ text: 'In stock.', engine: 'demo' }, '/original/language', 'required'],
      [{ text: 'In stock.', language: 'English', engine: 'demo' }, '/original/language', 'invalid'],
    ];
    for (const [original, pointer, code] of cases) {
      const response = await send(`/questions/${questionId}/messages`, seller, {
        text: 'Ja, dieser Artikel ist auf Lager.',
        language: 'de',
        original,
      });
      assert.equal(response.status, 422, JSON.stringify(original).slice(0, 80));
      const problem = (await response.json()) as Problem;
      assert.deepEqual(
        problem.errors?.map((error) => [error.pointer, error.code]),
        [[pointer, code]],
        JSON.stringify(original).slice(0, 80),
      );
    }
    assert.equal((await messages(seller)).length, 1, 'nothing stored');
  });

  it('stores both texts and returns them to the buyer and the seller', async () => {
    const original = {
      text: 'Thank you for your question.\nYes, this item is in stock.',
      language: 'en',
      engine: 'demo',
    };
    const response = await send(`/questions/${questionId}/messages`, seller, {
      // Reviewed and edited by the seller after the demo translation.
      text: 'Vielen Dank für Ihre Frage.\nJa, dieser Artikel ist auf Lager und geht morgen raus.',
      language: 'de',
      original,
    });
    assert.equal(response.status, 201);
    const sent = ((await response.json()) as Detail).messages.at(-1)!;
    assert.equal(sent.language, 'de');
    assert.deepEqual(sent.original, original);

    for (const token of [anna, seller]) {
      const reply = (await messages(token)).at(-1)!;
      assert.equal(reply.author, 'seller');
      assert.match(reply.text, /geht morgen raus/);
      assert.equal(reply.language, 'de');
      assert.deepEqual(reply.original, original);
    }
  });

  it('keeps a translation in the language it was made for, even where its text reads as another', async () => {
    // What an engine may leave as it was (the demo's fallback for a sentence it does not know).
    const text = '[en → de] Hello Anna, yes we sell gift cards by e-mail. Thanks a lot!';
    const response = await send(`/questions/${questionId}/messages`, seller, {
      text,
      language: 'de',
      original: { text: text.slice(10), language: 'en', engine: 'demo' },
    });
    assert.equal(response.status, 201);
    for (const token of [anna, seller]) {
      const reply = (await messages(token)).at(-1)!;
      assert.equal(reply.text, text);
      assert.equal(reply.language, 'de');
      assert.equal(reply.original?.language, 'en');
    }
  });

  it('finds the question by the seller’s original words', async () => {
    const response = await server.fetch(
      `/api/v1/questions?q=${encodeURIComponent('this item is in stock')}`,
      { token: seller },
    );
    const list = (await response.json()) as { items: { id: string }[] };
    assert.ok(list.items.some((item) => item.id === questionId));
  });

  it('a message without an original has none', async () => {
    const response = await send(`/questions/${questionId}/messages`, anna, {
      text: 'Danke, perfekt!',
      language: 'de',
    });
    assert.equal(response.status, 201);
    const followUp = ((await response.json()) as Detail).messages.at(-1)!;
    assert.equal('original' in followUp, false);
  });
});
