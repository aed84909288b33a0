// Each message's language on the reference server: detected from its text when the detector
// is confident (and the language is one the configuration lists), else the one the client
// declared (the author's profile language, as the elements send it).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PEOPLE, startServer, target, type TestServer } from './support/server.js';

interface Detail {
  id: string;
  version: number;
  messages: { author: string; text: string; language: string }[];
}

describe(`message language detection on ${target}`, () => {
  let server: TestServer;
  let julien: string;
  let seller: string;
  let keys = 0;

  const post = async (path: string, token: string, body: unknown) => {
    const response = await server.fetch(`/api/v1${path}`, {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `language-${++keys}-key` },
      body: JSON.stringify(body),
    });
    assert.ok(response.status < 300, `${path}: ${response.status}`);
    return (await response.json()) as Detail;
  };

  before(async () => {
    server = await startServer();
    // Julien Moreau: in France, profile language French.
    julien = await server.token(PEOPLE.julien);
    seller = await server.token(PEOPLE.seller);
  });
  after(async () => {
    await server.close();
  });

  it('a French buyer writing German: the question’s first message is German', async () => {
    const asked = await post('/questions', julien, {
      category: 'pre_sale',
      topic: 'shop',
      shopId: 's-1',
      text: 'Ist der Artikel noch auf Lager und wann wird er verschickt?',
      language: 'fr',
    });
    assert.equal(asked.messages[0]!.language, 'de');
    // Kept as detected: read again from the database.
    const read = await server.fetch(`/api/v1/questions/${asked.id}`, { token: julien });
    assert.equal(((await read.json()) as Detail).messages[0]!.language, 'de');

    // A short, ambiguous follow-up: the declared (profile) language.
    const short = await post(`/questions/${asked.id}/messages`, julien, {
      text: 'Super, merci !',
      language: 'fr',
    });
    assert.equal(short.messages.at(-1)!.language, 'fr');

    // The seller answers in Spanish with German as the reply language: Spanish.
    const replied = await post(`/questions/${asked.id}/messages`, seller, {
      text: 'Sí, el artículo está disponible y se envía mañana.',
      language: 'de',
      expectedVersion: short.version,
    });
    assert.equal(replied.messages.at(-1)!.language, 'es');
  });

  it('keeps the declared language for a language the configuration does not list', async () => {
    const asked = await post('/questions', julien, {
      category: 'pre_sale',
      topic: 'shop',
      shopId: 's-1',
      // Danish: detected, but not one of the configured languages.
      text: 'Hvornår kommer min pakke frem til mig?',
      language: 'fr',
    });
    assert.equal(asked.messages[0]!.language, 'fr');
  });
});
