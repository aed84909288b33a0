// Each message's language on the reference server: detected from its text when the detector
// is confident (and the language is one the configuration lists), else the one the client
// declared (the author's profile language, as the elements send it).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PEOPLE, postJson, startServer, target, type TestServer } from './support/server.js';
import { preSaleQuestion } from './support/questions.js';

interface Detail {
  id: string;
  version: number;
  messages: { author: string; text: string; language: string }[];
}

describe(`message language detection on ${target}`, () => {
  let server: TestServer;
  let julien: string;
  let seller: string;

  const post = (path: string, token: string, body: unknown) =>
    postJson<Detail>(server, path, token, body);
  /** Julien's pre-sales question to the seed's shop, declared in his profile language. */
  const ask = (text: string) =>
    post('/questions', julien, { ...preSaleQuestion('s-1'), text, language: 'fr' });

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
    const asked = await ask('Ist der Artikel noch auf Lager und wann wird er verschickt?');
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
    // Danish: detected, but not one of the configured languages.
    const asked = await ask('Hvornår kommer min pakke frem til mig?');
    assert.equal(asked.messages[0]!.language, 'fr');
  });
});
