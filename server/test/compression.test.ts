// Response compression on the reference server: brotli or gzip by the request's
// Accept-Encoding, for JSON over 1 kB only, never for images; validators and HEAD stay right.
import { serve } from '@hono/node-server';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import {
  brotliWindowBits,
  chooseEncoding,
  compressBody,
  compressionFromEnv,
  COMPRESS_ON_THE_MAIN_THREAD_BELOW,
  responseCompressor,
} from '../src/compress.js';
import { startTestServer, type TestServer } from '../src/testing.js';
import { upload } from './support/server.js';

const databaseUrl = process.env['TEST_DATABASE_URL'] || undefined;
const target = databaseUrl ? 'PostgreSQL' : 'PGlite';
const LIST = '/api/v1/questions?sort=due&limit=50';

describe('Accept-Encoding', () => {
  it('picks brotli, then gzip, by q-value; none for identity or refusals', () => {
    assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(chooseEncoding('gzip, deflate'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('gzip;q=1, br;q=0.5'), 'gzip');
    assert.equal(chooseEncoding('GZIP;Q=0.8, BR;Q=0.9'), 'br');
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('*;q=0.5, br;q=0'), 'gzip');
    assert.equal(chooseEncoding('identity'), null);
    assert.equal(chooseEncoding('deflate'), null);
    assert.equal(chooseEncoding('br;q=0, gzip;q=0'), null);
    assert.equal(chooseEncoding('*;q=0'), null);
    assert.equal(chooseEncoding(''), null);
    assert.equal(chooseEncoding(undefined), null);
  });
});

describe('compressing a body', () => {
  const compressedResponse = responseCompressor();
  const settings = { threshold: 1024, brotliQuality: 3, gzipLevel: 6 };
  // Text with non-ASCII letters: zlib is given the string and must encode it as UTF-8.
  const text = (bytes: number) => {
    const unit = JSON.stringify({ name: 'Jürgen Ćosić', text: 'Größe 42, ¿todavía hay? ' }) + ',';
    return `[${unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))}{}]`;
  };

  it('gives back the same text on the main thread (small bodies) and through zlib’s threads (large)', async () => {
    for (const size of [2_000, COMPRESS_ON_THE_MAIN_THREAD_BELOW + 10_000]) {
      const body = text(size);
      const byteLength = Buffer.byteLength(body);
      assert.ok(
        size < COMPRESS_ON_THE_MAIN_THREAD_BELOW === byteLength < COMPRESS_ON_THE_MAIN_THREAD_BELOW,
      );
      const br = await compressBody(body, byteLength, 'br', settings);
      assert.equal(brotliDecompressSync(br).toString(), body, `br, ${byteLength} bytes`);
      const gz = await compressBody(body, byteLength, 'gzip', settings);
      assert.equal(gunzipSync(gz).toString(), body, `gzip, ${byteLength} bytes`);
      assert.ok(br.length * 5 < byteLength && gz.length * 5 < byteLength);
    }
  });

  it('sizes brotli’s window to the body, and compresses as well as the default window', async () => {
    assert.equal(brotliWindowBits(0), 10);
    assert.equal(brotliWindowBits(1_025), 11);
    assert.equal(brotliWindowBits(33_421), 16);
    assert.equal(brotliWindowBits(65_536), 16);
    assert.equal(brotliWindowBits(65_537), 17);
    assert.equal(brotliWindowBits(6 * 1024 * 1024), 23);
    assert.equal(brotliWindowBits(100 * 1024 * 1024), 24);
    for (const size of [1_500, 33_000, 65_536, COMPRESS_ON_THE_MAIN_THREAD_BELOW + 10_000]) {
      // A page whose second half repeats its first: the longest back-reference a window can need.
      const half = text(size / 2);
      const body = half + half;
      const byteLength = Buffer.byteLength(body);
      const br = await compressBody(body, byteLength, 'br', settings);
      assert.equal(brotliDecompressSync(br).toString(), body, `${byteLength} bytes`);
      const defaultWindow = brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: settings.brotliQuality,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: byteLength,
        },
      });
      assert.ok(
        br.length <= defaultWindow.length * 1.01 + 8,
        `${byteLength} bytes: ${br.length} against ${defaultWindow.length} with the default window`,
      );
    }
  });

  it('makes a response from its parts as the middleware would send it', async () => {
    const body = text(4_000);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      ETag: '"abc"',
      Vary: 'Authorization',
    };
    const response = await compressedResponse(
      { method: 'GET', acceptEncoding: 'gzip, br' },
      200,
      headers,
      body,
    );
    assert.equal(response.headers.get('Content-Encoding'), 'br');
    assert.equal(response.headers.get('Vary'), 'Authorization, Accept-Encoding');
    assert.equal(response.headers.get('ETag'), 'W/"abc"');
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.equal(Number(response.headers.get('Content-Length')), bytes.length);
    assert.equal(brotliDecompressSync(bytes).toString(), body);
    // Under the threshold, for HEAD, and for what is not text: as it is.
    const make = (method: string, type: string, sent: string | null) =>
      compressedResponse({ method, acceptEncoding: 'br' }, 200, { 'content-type': type }, sent);
    const small = await make('GET', 'application/problem+json', '{"status":404}');
    assert.equal(small.headers.get('Content-Encoding'), null);
    assert.equal(small.headers.get('Vary'), 'Accept-Encoding');
    assert.equal(await small.text(), '{"status":404}');
    const head = await make('HEAD', 'application/json', null);
    assert.equal(head.headers.get('Content-Encoding'), null);
    assert.equal(head.headers.get('Vary'), 'Accept-Encoding');
    const image = await make('GET', 'image/svg+xml', body);
    assert.equal(image.headers.get('Content-Encoding'), null);
    assert.equal(image.headers.get('Vary'), null);
  });
});

describe('configuration', () => {
  it('is on by default, off with COMPRESSION=0, and refuses a quality brotli does not have', () => {
    assert.deepEqual(compressionFromEnv({}), {});
    assert.equal(compressionFromEnv({ COMPRESSION: '0' }), false);
    assert.deepEqual(compressionFromEnv({ COMPRESSION_BROTLI_QUALITY: '6' }), { brotliQuality: 6 });
    assert.throws(() => compressionFromEnv({ COMPRESSION_BROTLI_QUALITY: '12' }), /0 to 11/);
    assert.throws(() => compressionFromEnv({ COMPRESSION_BROTLI_QUALITY: 'high' }), /0 to 11/);
    assert.equal(compressionFromEnv({ COMPRESSION: 'off' }), false);
    assert.throws(() => compressionFromEnv({ COMPRESSION: 'gzip' }), /COMPRESSION must be 1 or 0/);
  });
});

describe(`response compression on ${target}`, () => {
  let server: TestServer;
  let seller: string;
  let anna: string;
  /** The seller's first page, as sent without compression. */
  let plain: string;

  const get = (path: string, headers: Record<string, string> = {}, token = seller) =>
    server.fetch(path, { token, headers });

  before(async () => {
    server = await startTestServer({ databaseUrl });
    seller = await server.token({ role: 'seller', id: 'seller-1', shopId: 's-1' });
    anna = await server.token({ role: 'buyer', id: 'b-anna' });
    const response = await get(LIST);
    assert.equal(response.status, 200);
    plain = await response.text();
    assert.ok(Buffer.byteLength(plain) > 4096, 'the seed gives the seller a page of several kB');
  });
  after(async () => {
    await server.close();
  });

  it('sends brotli when the client accepts it, the same JSON in fewer bytes', async () => {
    const response = await get(LIST, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Encoding'), 'br');
    assert.equal(response.headers.get('Content-Type'), 'application/json');
    assert.match(response.headers.get('Vary') ?? '', /(^|, )Accept-Encoding$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.equal(Number(response.headers.get('Content-Length')), bytes.length);
    assert.ok(bytes.length * 3 < Buffer.byteLength(plain), `${bytes.length} bytes`);
    assert.deepEqual(JSON.parse(brotliDecompressSync(bytes).toString()), JSON.parse(plain));
  });

  it('sends gzip to a client without brotli, or that prefers gzip', async () => {
    for (const accept of ['gzip, deflate', 'br;q=0.1, gzip']) {
      const response = await get(LIST, { 'Accept-Encoding': accept });
      assert.equal(response.headers.get('Content-Encoding'), 'gzip', accept);
      assert.match(response.headers.get('Vary') ?? '', /Accept-Encoding/);
      const bytes = Buffer.from(await response.arrayBuffer());
      assert.deepEqual(JSON.parse(gunzipSync(bytes).toString()), JSON.parse(plain));
    }
  });

  it('sends the body as it is without Accept-Encoding or for identity, still varying on it', async () => {
    const variants: Record<string, string>[] = [
      {},
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': '*;q=0' },
    ];
    for (const headers of variants) {
      const response = await get(LIST, headers);
      assert.equal(response.headers.get('Content-Encoding'), null);
      assert.match(response.headers.get('Vary') ?? '', /Accept-Encoding/);
      assert.deepEqual(JSON.parse(await response.text()), JSON.parse(plain));
    }
  });

  it('does not compress a body under 1 kB', async () => {
    const response = await get('/api/v1/me', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.ok(Buffer.byteLength(text) < 1024, `${Buffer.byteLength(text)} bytes`);
    assert.equal(response.headers.get('Content-Encoding'), null);
    assert.ok(JSON.parse(text));
    // Problem details too.
    const missing = await get('/api/v1/questions/q-none', { 'Accept-Encoding': 'br' });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('Content-Encoding'), null);
    assert.equal(((await missing.json()) as { code: string }).code, 'not_found');
  });

  it('never compresses an attachment’s bytes or a picture', async () => {
    // A PNG of one colour: its bytes would shrink a lot under brotli.
    const png = await sharp({
      create: { width: 400, height: 400, channels: 3, background: { r: 10, g: 120, b: 200 } },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    assert.ok(png.length > 100_000);
    const uploaded = await upload(server, anna, {
      bytes: png,
      name: 'flat.png',
      type: 'image/png',
    });
    assert.equal(uploaded.status, 201);
    const { url } = (await uploaded.json()) as { url: string };
    const content = await server.fetch(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(content.status, 200);
    assert.match(content.headers.get('Content-Type') ?? '', /^image\//);
    assert.equal(content.headers.get('Content-Encoding'), null);
    const bytes = Buffer.from(await content.arrayBuffer());
    assert.equal((await sharp(bytes).metadata()).width, 400);
    // The demo's product pictures are SVG, text, and still images: as they are.
    const picture = await server.fetch('/api/v1/_mock/pictures/p-1.svg', {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    assert.equal(picture.status, 200);
    assert.equal(picture.headers.get('Content-Encoding'), null);
    assert.match(await picture.text(), /^<svg/);
  });

  it('gives a compressed resource a weak ETag that If-None-Match matches, with a 304 that varies alike', async () => {
    const first = await get('/api/v1/config', { 'Accept-Encoding': 'br' });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('Content-Encoding'), null, 'the config is under 1 kB');
    const etag = first.headers.get('ETag') ?? '';
    assert.match(etag, /^W\/"/);
    const templates = await get('/api/v1/templates', { 'Accept-Encoding': 'br' });
    assert.equal(templates.status, 200);
    assert.equal(templates.headers.get('Content-Encoding'), 'br');
    const templatesTag = templates.headers.get('ETag') ?? '';
    assert.match(templatesTag, /^W\/"/);
    // The same tag without compression: one representation, whatever the encoding.
    assert.equal((await get('/api/v1/templates')).headers.get('ETag'), templatesTag);
    for (const sent of [templatesTag, templatesTag.slice(2)]) {
      for (const accept of ['br', 'gzip', 'identity']) {
        const again = await get('/api/v1/templates', {
          'Accept-Encoding': accept,
          'If-None-Match': sent,
        });
        assert.equal(again.status, 304, `${sent} ${accept}`);
        assert.equal(again.headers.get('ETag'), templatesTag);
        assert.equal(again.headers.get('Content-Encoding'), null);
        assert.match(again.headers.get('Vary') ?? '', /Authorization.*Accept-Encoding/);
        assert.equal(await again.text(), '');
      }
    }
  });

  it('answers HEAD as GET without a body: status, type, validator and Vary', async () => {
    const got = await get('/api/v1/templates', { 'Accept-Encoding': 'br' });
    const head = await server.fetch('/api/v1/templates', {
      method: 'HEAD',
      token: seller,
      headers: { 'Accept-Encoding': 'br' },
    });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('Content-Type'), 'application/json');
    assert.equal(head.headers.get('ETag'), got.headers.get('ETag'));
    assert.match(head.headers.get('Vary') ?? '', /Accept-Encoding/);
    assert.equal(await head.text(), '');
    const unauthenticated = await server.fetch('/api/v1/templates', { method: 'HEAD' });
    assert.equal(unauthenticated.status, 401);
  });

  it('compresses on the wire through the Node server, and leaves small answers alone', async () => {
    const listener = serve({ fetch: server.handle, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => listener.once('listening', resolve));
    const { port } = listener.address() as AddressInfo;
    const request = (path: string, accept: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
        http
          .get(
            {
              host: '127.0.0.1',
              port,
              path,
              headers: { Authorization: `Bearer ${seller}`, 'Accept-Encoding': accept },
            },
            (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () => {
                resolve({ headers: response.headers, bytes: Buffer.concat(chunks) });
              });
            },
          )
          .on('error', reject);
      });
    try {
      const br = await request(LIST, 'gzip, br');
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(Number(br.headers['content-length']), br.bytes.length);
      assert.deepEqual(JSON.parse(brotliDecompressSync(br.bytes).toString()), JSON.parse(plain));
      const small = await request('/api/v1/me', 'gzip, br');
      assert.equal(small.headers['content-encoding'], undefined);
      assert.ok(JSON.parse(small.bytes.toString()));
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
  });
});
