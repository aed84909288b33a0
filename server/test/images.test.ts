// Photos are re-encoded one at a time per process, a few wait for their turn, and an upload
// beyond those is refused with 503 and Retry-After, storing nothing: a buyer's burst of
// high-resolution photos cannot take the server's memory (each decodes to up to ~300 MB).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { ProblemError } from '../../src/backend/problems.js';
import {
  IMAGES_WAITING_MAX,
  imageWork,
  inImageTurn,
  MAX_IMAGE_PIXELS,
  stripMetadata,
} from '../src/images.js';
import { count, PEOPLE, startServer, target, type TestServer, upload } from './support/server.js';

/** A turn held until the test lets it go. */
function held() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started = false;
  const finished = inImageTurn(async () => {
    started = true;
    await released;
  });
  return {
    release,
    finished,
    get started() {
      return started;
    },
  };
}

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 90, g: 140, b: 60 } } })
    .jpeg()
    .toBuffer();

describe(`photos re-encoded in turns, on ${target}`, () => {
  let server: TestServer;
  let anna: string;
  before(async () => {
    server = await startServer();
    anna = await server.token(PEOPLE.anna);
  });
  after(async () => {
    await server.close();
  });

  it('re-encodes one photo at a time, the others in the order they came', async () => {
    const bytes = await photo(1600, 1200);
    let most = 0;
    const order: number[] = [];
    const sampling = setInterval(() => {
      most = Math.max(most, imageWork().running);
    }, 1);
    const all = Array.from({ length: 5 }, (_, index) =>
      stripMetadata(bytes, 'image/jpeg').then(() => order.push(index)),
    );
    assert.deepEqual(imageWork(), { running: 1, waiting: 4 });
    await Promise.all(all);
    clearInterval(sampling);
    assert.equal(most, 1);
    assert.deepEqual(order, [0, 1, 2, 3, 4]);
    assert.deepEqual(imageWork(), { running: 0, waiting: 0 });
  });

  it('refuses the upload after the ones waiting with 503 and Retry-After, storing nothing', async () => {
    const turns = Array.from({ length: 1 + IMAGES_WAITING_MAX }, held);
    try {
      await refusedWhileTheyWait(turns);
    } finally {
      for (const turn of turns) turn.release();
    }
  });

  async function refusedWhileTheyWait(turns: ReturnType<typeof held>[]) {
    await new Promise(setImmediate);
    assert.equal(turns[0]!.started, true);
    assert.equal(turns[1]!.started, false);
    assert.deepEqual(imageWork(), { running: 1, waiting: IMAGES_WAITING_MAX });
    const before = await count(server.db, 'attachments');

    const refused = await upload(server, anna, { bytes: await photo(64, 48), name: 'one.jpg' });
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('Retry-After'), '2');
    assert.equal(refused.headers.get('Content-Type'), 'application/problem+json');
    const problem = (await refused.json()) as { code: string; detail: string };
    assert.equal(problem.code, 'unavailable');
    assert.match(problem.detail, /try again shortly/);
    assert.equal(await count(server.db, 'attachments'), before);
    // Refused directly too, at the call.
    await assert.rejects(
      stripMetadata(await photo(8, 8), 'image/jpeg'),
      (error: unknown) => error instanceof ProblemError && error.problem.status === 503,
    );

    // The turns go one after another as each is done; then an upload is kept again.
    turns[0]!.release();
    await turns[0]!.finished;
    await new Promise(setImmediate);
    assert.equal(turns[1]!.started, true);
    assert.equal(turns[2]!.started, false);
    for (const turn of turns.slice(1)) turn.release();
    await Promise.all(turns.map((turn) => turn.finished));
    assert.deepEqual(imageWork(), { running: 0, waiting: 0 });
    const kept = await upload(server, anna, { bytes: await photo(64, 48), name: 'two.jpg' });
    assert.equal(kept.status, 201);
    assert.equal(await count(server.db, 'attachments'), before + 1);
  }

  it('keeps a photo within the size limit even when re-encoding makes it larger', async () => {
    // Found by an outside operator run: a detailed 4.67 MB JPEG (quality 80) was refused as
    // "larger than 5242880 bytes", its quality-90 re-encoding being 5.5 MB.
    const limit = await maxBytes();
    const side = 2680;
    const noise = await sharp(randomBytes(side * side * 3), {
      raw: { width: side, height: side, channels: 3 },
    })
      .jpeg({ quality: 80 })
      .toBuffer();
    assert.ok(noise.length < limit, `${noise.length} bytes`);
    const reencoded = await stripMetadata(noise, 'image/jpeg');
    assert.ok(reencoded.length > limit, `re-encoded: ${reencoded.length} bytes`);

    const response = await upload(server, anna, { bytes: noise, name: 'detailed.jpg' });
    assert.equal(response.status, 201, await response.clone().text());
    const kept = (await response.json()) as { size: number; url: string };
    assert.equal(kept.size, reencoded.length);
    const content = await server.fetch(kept.url);
    assert.equal(content.status, 200);
    assert.equal((await content.arrayBuffer()).byteLength, reencoded.length);
  });

  it('refuses a photo over the size limit (413) before re-encoding it', async () => {
    const limit = await maxBytes();
    const jpeg = await photo(64, 48);
    // A JPEG with bytes after its end: it reads, and it is over the limit by one byte.
    const over = new Uint8Array(limit + 1);
    over.set(jpeg);
    // With a turn held, an upload that went to be re-encoded would wait for it.
    const turn = held();
    try {
      await new Promise(setImmediate);
      const before = await count(server.db, 'attachments');
      const response = await upload(server, anna, { bytes: over, name: 'over.jpg' });
      assert.equal(response.status, 413);
      const problem = (await response.json()) as { code: string };
      assert.equal(problem.code, 'file_too_large');
      assert.deepEqual(imageWork(), { running: 1, waiting: 0 });
      assert.equal(await count(server.db, 'attachments'), before);
    } finally {
      turn.release();
      await turn.finished;
    }
  });

  async function maxBytes(): Promise<number> {
    const response = await server.fetch('/api/v1/config', { token: anna });
    return ((await response.json()) as { attachments: { maxBytes: number } }).attachments.maxBytes;
  }

  it('passes the turn on when a photo cannot be read', async () => {
    await assert.rejects(stripMetadata(new TextEncoder().encode('not a jpeg'), 'image/jpeg'));
    assert.deepEqual(imageWork(), { running: 0, waiting: 0 });
  });

  it('refuses a photo over 50 megapixels as unreadable (415), whatever its size in bytes', async () => {
    // 7,100 × 7,100 is 50.4 million pixels; its JPEG of one colour is a few hundred kB.
    const side = Math.ceil(Math.sqrt(MAX_IMAGE_PIXELS)) + 30;
    const huge = await sharp({
      create: { width: side, height: side, channels: 3, background: '#ffffff' },
    })
      .jpeg({ quality: 10 })
      .toBuffer();
    assert.ok(huge.length < 1_000_000, `${huge.length} bytes`);
    const before = await count(server.db, 'attachments');
    const response = await upload(server, anna, { bytes: huge, name: 'huge.jpg' });
    assert.equal(response.status, 415);
    assert.equal(await count(server.db, 'attachments'), before);
    assert.deepEqual(imageWork(), { running: 0, waiting: 0 });
  });
});
