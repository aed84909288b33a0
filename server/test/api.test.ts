// The reference server through HTTP requests to its app: authentication, authorization,
// idempotency under concurrency, bad input, and photos. On PGlite by default; on PostgreSQL when
// TEST_DATABASE_URL names a server (.ci/run does both).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT, UnsecuredJWT } from 'jose';
import sharp from 'sharp';
import { count, PEOPLE, startServer, target, type TestServer, upload } from './support/server.js';

let server: TestServer;
let seller: string;
let anna: string;
let julien: string;

const json = (body: unknown) => JSON.stringify(body);
const jsonHeaders = (key?: string) => ({
  'Content-Type': 'application/json',
  ...(key ? { 'Idempotency-Key': key } : {}),
});

async function problemOf(response: Response) {
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  return (await response.json()) as { status: number; code: string; detail: string };
}

const question = (text: string) => ({
  category: 'pre_sale',
  topic: 'shop',
  shopId: 's-1',
  text,
  language: 'en',
});

describe(`reference server on ${target}`, () => {
  before(async () => {
    server = await startServer();
    seller = await server.token(PEOPLE.seller);
    anna = await server.token(PEOPLE.anna);
    julien = await server.token(PEOPLE.julien);
  });
  after(async () => {
    await server.close();
  });

  describe('authentication', () => {
    const secretKey = () => new TextEncoder().encode(server.secret);

    it('answers a signed-in viewer', async () => {
      const response = await server.fetch('/api/v1/me', { token: anna });
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), {
        role: 'buyer',
        id: 'b-anna',
        name: 'Anna Schneider',
        country: 'DE',
        language: 'de',
      });
    });

    it('refuses no token, alg none, a forged signature, an expired token and a wrong audience', async () => {
      const none = new UnsecuredJWT({ role: 'buyer' })
        .setSubject('b-anna')
        .setAudience(server.audience)
        .setExpirationTime('1h')
        .encode();
      const forged = await new SignJWT({ role: 'seller', shop_id: 's-1' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('seller-1')
        .setAudience(server.audience)
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('x'.repeat(32)));
      const expired = await new SignJWT({ role: 'buyer' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('b-anna')
        .setAudience(server.audience)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(secretKey());
      const otherAudience = await new SignJWT({ role: 'buyer' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('b-anna')
        .setAudience('another-app')
        .setExpirationTime('1h')
        .sign(secretKey());
      const unknownPerson = await server.token({ role: 'buyer', id: 'b-nobody' });
      const wrongShop = await server.token({ role: 'seller', id: 'seller-1', shopId: 's-2' });
      for (const token of [
        undefined,
        none,
        forged,
        expired,
        otherAudience,
        unknownPerson,
        wrongShop,
      ]) {
        const response = await server.fetch('/api/v1/questions', { token });
        assert.equal(response.status, 401, `token ${token?.slice(0, 12)}`);
        assert.equal((await problemOf(response)).code, 'unauthenticated');
      }
    });
  });

  describe('authorization', () => {
    it("answers someone else's question, order and list entries as if they did not exist", async () => {
      const mine = await server.fetch('/api/v1/questions/q-001', { token: anna });
      assert.equal(mine.status, 200);
      const theirs = await server.fetch('/api/v1/questions/q-001', { token: julien });
      assert.equal(theirs.status, 404);
      assert.equal((await problemOf(theirs)).code, 'not_found');
      assert.equal((await server.fetch('/api/v1/orders/o-1001', { token: julien })).status, 404);
      const list = (await (
        await server.fetch('/api/v1/questions?limit=200', { token: julien })
      ).json()) as {
        items: { buyer: { id: string } }[];
      };
      assert.ok(list.items.length > 0);
      assert.ok(list.items.every((item) => item.buyer.id === 'b-julien'));
      const reply = await server.fetch('/api/v1/questions/q-001/messages', {
        method: 'POST',
        token: julien,
        headers: jsonHeaders('julien-into-anna-1'),
        body: json({ text: 'Not mine', language: 'fr' }),
      });
      assert.equal(reply.status, 404);
    });

    it('keeps seller operations from buyers (403)', async () => {
      const response = await server.fetch('/api/v1/metrics', { token: anna });
      assert.equal(response.status, 403);
      assert.equal((await problemOf(response)).code, 'forbidden');
    });
  });

  describe('idempotency', () => {
    it('gives ten concurrent requests with one key one question, the others the same answer replayed', async () => {
      const before = await count(server.db, 'questions');
      const body = json(question('Do you ship to Iceland? (concurrent)'));
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          server.fetch('/api/v1/questions', {
            method: 'POST',
            token: anna,
            headers: jsonHeaders('concurrent-key-0001'),
            body,
          }),
        ),
      );
      assert.deepEqual(
        responses.map((response) => response.status),
        Array(10).fill(201),
      );
      // The same answer: the very text of the first, not only the same values.
      const texts = new Set(await Promise.all(responses.map((response) => response.text())));
      assert.equal(texts.size, 1);
      assert.match([...texts][0]!, /^\{"id":"q_/);
      assert.equal(
        responses.filter((response) => response.headers.get('Idempotent-Replayed') === 'true')
          .length,
        9,
      );
      assert.equal(await count(server.db, 'questions'), before + 1);
    });

    it('keeps every one of eight concurrent messages to one question, in order, once', async () => {
      const before = (await (
        await server.fetch('/api/v1/questions/q-001', { token: anna })
      ).json()) as {
        messages: unknown[];
      };
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          server.fetch('/api/v1/questions/q-001/messages', {
            method: 'POST',
            token: anna,
            headers: jsonHeaders(`concurrent-message-${index}`),
            body: json({ text: `Follow-up ${index}`, language: 'de' }),
          }),
        ),
      );
      assert.deepEqual(
        responses.map((response) => response.status),
        Array(8).fill(201),
      );
      const after = (await (
        await server.fetch('/api/v1/questions/q-001', { token: anna })
      ).json()) as {
        messages: { id: string; text: string }[];
      };
      const texts = after.messages
        .map((message) => message.text)
        .filter((text) => text.startsWith('Follow-up '));
      assert.deepEqual(
        [...texts].sort(),
        Array.from({ length: 8 }, (_, index) => `Follow-up ${index}`),
      );
      assert.equal(
        new Set(after.messages.map((message) => message.id)).size,
        after.messages.length,
      );
      assert.ok(after.messages.length >= before.messages.length + 8);
      const [positions] = await server.db.query<{ n: number; d: number }>(
        "SELECT count(*)::integer AS n, count(DISTINCT position)::integer AS d FROM messages WHERE question_id = 'q-001'",
      );
      assert.equal(positions!.n, positions!.d);
    });

    it('refuses a key reused for another body, and scopes keys per viewer', async () => {
      const send = (token: string, text: string) =>
        server.fetch('/api/v1/questions', {
          method: 'POST',
          token,
          headers: jsonHeaders('scoped-key-0001'),
          body: json(question(text)),
        });
      assert.equal((await send(anna, 'First text')).status, 201);
      const reused = await send(anna, 'Another text');
      assert.equal(reused.status, 422);
      assert.equal((await problemOf(reused)).code, 'idempotency_key_reused');
      // The same key from another buyer is another request.
      const other = await send(julien, 'Another text');
      assert.equal(other.status, 201);
      assert.equal(other.headers.get('Idempotent-Replayed'), null);
    });

    it('forgets a key after 24 hours: a request with it is a new request', async () => {
      const send = (text: string) =>
        server.fetch('/api/v1/questions', {
          method: 'POST',
          token: anna,
          headers: jsonHeaders('aging-key-0001'),
          body: json(question(text)),
        });
      const first = await send('Before the key expired');
      assert.equal(first.status, 201);
      const replayed = await send('Before the key expired');
      assert.equal(replayed.headers.get('Idempotent-Replayed'), 'true');
      await server.db.query(
        `UPDATE idempotency SET created_at = now() - interval '25 hours'
         WHERE key = 'aging-key-0001'`,
      );
      const questions = await count(server.db, 'questions');
      const again = await send('After the key expired');
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('Idempotent-Replayed'), null);
      assert.notEqual(
        ((await again.json()) as { id: string }).id,
        ((await first.json()) as { id: string }).id,
      );
      assert.equal(await count(server.db, 'questions'), questions + 1);
      // The key now belongs to the new request.
      const replayedAgain = await send('After the key expired');
      assert.equal(replayedAgain.headers.get('Idempotent-Replayed'), 'true');
    });

    it('refuses a write without a key, storing nothing', async () => {
      const before = await count(server.db, 'questions');
      const response = await server.fetch('/api/v1/questions', {
        method: 'POST',
        token: anna,
        headers: jsonHeaders(),
        body: json(question('No key')),
      });
      assert.equal(response.status, 400);
      assert.equal((await problemOf(response)).code, 'idempotency_key_missing');
      assert.equal(await count(server.db, 'questions'), before);
    });
  });

  describe('bad input: a 4xx problem and nothing stored', () => {
    const cases: [string, RequestInit & { path?: string }, number][] = [
      ['malformed JSON', { body: '{"text": "unclosed' }, 400],
      [
        'a wrong content type',
        { body: json(question('x')), headers: { 'Content-Type': 'text/plain' } },
        415,
      ],
      ['a body over the limit', { body: json(question('x'.repeat(70_000))) }, 413],
      ['a text over its maximum length', { body: json(question('x'.repeat(2001))) }, 422],
      [
        'a missing field',
        { body: json({ category: 'pre_sale', topic: 'shop', text: 'x', language: 'en' }) },
        422,
      ],
      ['a wrong type', { body: json({ ...question('x'), shopId: 42 }) }, 422],
      ['an unknown field', { body: json({ ...question('x'), isAdmin: true }) }, 422],
      [
        'an unknown field inside a known one',
        {
          body: json({
            ...question('x'),
            topic: 'product',
            productId: 'p-01',
            details: { subject: 'size', html: '<b>' },
          }),
        },
        422,
      ],
    ];
    for (const [name, init, status] of cases) {
      it(name, async () => {
        const before = await count(server.db, 'questions');
        const response = await server.fetch('/api/v1/questions', {
          method: 'POST',
          token: anna,
          ...init,
          headers: {
            ...jsonHeaders(`bad-${name.replaceAll(' ', '-')}`),
            ...(init.headers as object),
          },
        });
        assert.equal(response.status, status);
        await problemOf(response);
        assert.equal(await count(server.db, 'questions'), before);
      });
    }

    it('answers `..`, encoded slashes and SQL metacharacters in ids with 404', async () => {
      for (const id of [
        '..',
        '%2E%2E',
        'q-001%2F..',
        "q-001'--",
        'q-001%27%20OR%20%271%27%3D%271',
        'x'.repeat(65),
      ]) {
        const response = await server.fetch(`/api/v1/questions/${id}`, { token: seller });
        assert.equal(response.status, 404, id);
        await problemOf(response);
      }
    });

    it('keeps SQL metacharacters in text and query parameters as text', async () => {
      const text = 'Robert\'); DROP TABLE questions; -- 100 % _linen_ \\ "quoted"';
      const created = await server.fetch('/api/v1/questions', {
        method: 'POST',
        token: anna,
        headers: jsonHeaders('sql-text-0001'),
        body: json(question(text)),
      });
      assert.equal(created.status, 201);
      const id = ((await created.json()) as { id: string }).id;
      const detail = (await (
        await server.fetch(`/api/v1/questions/${id}`, { token: anna })
      ).json()) as {
        messages: { text: string }[];
      };
      assert.equal(detail.messages[0]!.text, text);
      for (const q of ["'; DROP TABLE questions; --", '%', '_', '\\']) {
        const response = await server.fetch(`/api/v1/questions?q=${encodeURIComponent(q)}`, {
          token: seller,
        });
        assert.equal(response.status, 200, q);
      }
      const percent = (await (
        await server.fetch(`/api/v1/questions?q=${encodeURIComponent('100 % _linen_')}`, {
          token: seller,
        })
      ).json()) as {
        items: { id: string }[];
      };
      assert.deepEqual(
        percent.items.map((item) => item.id),
        [id],
      );
      for (const query of ["sort=due'", "status=open' OR '1'='1", 'limit=1;DROP', 'cursor=%27']) {
        const response = await server.fetch(`/api/v1/questions?${query}`, { token: seller });
        assert.equal(response.status, 400, query);
        await problemOf(response);
      }
      assert.ok((await count(server.db, 'questions')) > 60);
    });
  });

  describe('photos', () => {
    it('keeps an uploaded JPEG without its EXIF and GPS, served with nosniff and a file name', async () => {
      const withGps = await sharp({
        create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 80, b: 40 } },
      })
        .jpeg()
        .withExif({
          IFD0: { Make: 'TestCam', Model: 'GPS-1' },
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: '48/1 8/1 0/1',
            GPSLongitudeRef: 'E',
            GPSLongitude: '11/1 34/1 0/1',
          },
        })
        .toBuffer();
      assert.ok((await sharp(withGps).metadata()).exif, 'the test photo carries EXIF');
      const uploaded = await upload(server, anna, {
        bytes: withGps,
        name: 'holiday.jpg',
        type: 'image/jpeg',
      });
      assert.equal(uploaded.status, 201);
      const attachment = (await uploaded.json()) as {
        id: string;
        url: string;
        contentType: string;
      };
      assert.match(attachment.id, /^a_[A-Za-z0-9_-]{22}$/, '128 random bits');
      assert.equal(attachment.contentType, 'image/jpeg');
      const content = await server.fetch(attachment.url);
      assert.equal(content.status, 200);
      assert.equal(content.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.match(
        content.headers.get('Content-Disposition') ?? '',
        /^inline; filename="holiday\.jpg"$/,
      );
      const bytes = Buffer.from(await content.arrayBuffer());
      const metadata = await sharp(bytes).metadata();
      assert.equal(metadata.exif, undefined);
      assert.equal(metadata.width, 64);
      assert.equal(bytes.includes(Buffer.from('GPS-1')), false);
      assert.equal(bytes.includes(Buffer.from('Exif\0\0')), false);
    });

    it('refuses a program renamed to .jpg by its bytes, storing nothing', async () => {
      const before = await count(server.db, 'attachments');
      const response = await upload(server, anna, {
        bytes: new TextEncoder().encode('MZ\x90\x00 not an image at all'),
        name: 'cat.jpg',
      });
      assert.equal(response.status, 415);
      assert.equal((await problemOf(response)).code, 'unsupported_type');
      assert.equal(await count(server.db, 'attachments'), before);
    });
  });
});
