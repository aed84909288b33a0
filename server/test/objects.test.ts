// Uploads' bytes in object storage (S3 or compatible): configuration, SigV4 signing against
// AWS's published examples, and the server on a local S3 stand-in (support/s3.ts): a photo
// goes to the bucket before its row, is served from there with the server's own headers, and
// nothing is lost or left behind when the store fails, a request is replayed, or uploads are
// purged. Rows written before (the seed's photos, in the database) are served as they were.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { AwsClient } from 'aws4fetch';
import sharp from 'sharp';
import { EMPTY_SHA256, objectStoreFromEnv, S3ObjectStore } from '../src/objects.js';
import { DEFAULT_RETENTION, purge } from '../src/purge.js';
import { reseed } from '../src/demo.js';
import { samplePhoto } from '../../src/mocks/pictures.js';
import {
  count,
  dbNowPlus,
  PEOPLE,
  startServer,
  target,
  tokens,
  type TestServer,
  upload,
} from './support/server.js';
import { startFakeS3, type FakeS3 } from './support/s3.js';

describe('SigV4 requests as aws4fetch signs them (AWS S3 documentation, "Signature Calculations")', () => {
  // The examples' credentials and time (AWS's documentation, not secrets).
  const client = new AwsClient({
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    service: 's3',
    region: 'us-east-1',
  });
  const empty = EMPTY_SHA256;
  const signatureOf = async (
    url: string,
    init: RequestInit & { headers: Record<string, string> },
  ) =>
    (await client.sign(url, { ...init, aws: { datetime: '20130524T000000Z' } })).headers.get(
      'Authorization',
    );

  it('signs GET Bucket Lifecycle and GET Bucket (List Objects) as AWS does', async () => {
    assert.equal(
      await signatureOf('https://examplebucket.s3.amazonaws.com/?lifecycle', {
        headers: { 'X-Amz-Content-Sha256': empty },
      }),
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543',
    );
    assert.match(
      (await signatureOf('https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J', {
        headers: { 'X-Amz-Content-Sha256': empty },
      }))!,
      /Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7$/,
    );
  });

  it('signs PUT Object with its payload hash as AWS does', async () => {
    assert.match(
      (await signatureOf('https://examplebucket.s3.amazonaws.com/test$file.text', {
        method: 'PUT',
        body: 'Welcome to Amazon S3.',
        headers: {
          Date: 'Fri, 24 May 2013 00:00:00 GMT',
          'X-Amz-Storage-Class': 'REDUCED_REDUNDANCY',
          'X-Amz-Content-Sha256':
            '44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072',
        },
      }))!,
      /SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd$/,
    );
  });
});

describe('object storage configuration (S3_*)', () => {
  const base = { S3_BUCKET: 'photos', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' };

  it('is off without S3_BUCKET: uploads stay in the database', () => {
    assert.equal(objectStoreFromEnv({}), null);
    assert.equal(objectStoreFromEnv({ S3_BUCKET: ' ', S3_ACCESS_KEY_ID: 'x' }), null);
  });

  it("addresses AWS's endpoint by virtual host and a store of one's own by path", () => {
    assert.equal(
      objectStoreFromEnv({ ...base, S3_REGION: 'eu-central-1' })!.location,
      'https://photos.s3.eu-central-1.amazonaws.com/attachments/',
    );
    assert.equal(
      objectStoreFromEnv({ ...base, S3_ENDPOINT: 'http://127.0.0.1:9000', S3_PREFIX: '' })!
        .location,
      'http://127.0.0.1:9000/photos/',
    );
    assert.equal(
      objectStoreFromEnv({ ...base, S3_ENDPOINT: 'https://r2.example', S3_PATH_STYLE: '0' })!
        .location,
      'https://photos.r2.example/attachments/',
    );
    // The AWS_* names an AWS deployment already has are read too.
    assert.ok(
      objectStoreFromEnv({
        S3_BUCKET: 'photos',
        AWS_ACCESS_KEY_ID: 'id',
        AWS_SECRET_ACCESS_KEY: 'secret',
      }),
    );
  });

  it('refuses a configuration that cannot work, saying which variable', () => {
    const refused = (env: Record<string, string>, pattern: RegExp) => {
      assert.throws(() => objectStoreFromEnv(env), pattern);
    };
    refused({ S3_BUCKET: 'photos' }, /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    refused({ ...base, S3_BUCKET: 'Photos_1' }, /S3_BUCKET "Photos_1" is not a valid bucket name/);
    refused({ ...base, S3_ENDPOINT: 'https://s3.example/photos' }, /S3_ENDPOINT must be/);
    refused({ ...base, S3_ENDPOINT: 'ftp://s3.example' }, /S3_ENDPOINT must be/);
    refused({ ...base, S3_PREFIX: 'uploads' }, /S3_PREFIX "uploads" must be empty or end in "\/"/);
    refused({ ...base, S3_PREFIX: '../x/' }, /S3_PREFIX/);
    refused({ ...base, S3_PATH_STYLE: 'sometimes' }, /S3_PATH_STYLE must be 1 or 0/);
    refused({ ...base, S3_TIMEOUT_MS: '-5' }, /S3_TIMEOUT_MS must be a whole number/);
  });
});

describe(`uploads in object storage, on ${target}`, () => {
  let s3: FakeS3;
  let server: TestServer;
  let anna: string;
  let seller: string;

  const options = (overrides: Partial<{ accessKeyId: string; bucket: string }> = {}) => ({
    endpoint: s3.endpoint,
    bucket: overrides.bucket ?? s3.bucket,
    region: s3.region,
    accessKeyId: overrides.accessKeyId ?? s3.accessKeyId,
    secretAccessKey: s3.secretAccessKey,
    prefix: 'attachments/',
    pathStyle: true,
    timeoutMs: 2_000,
  });
  const store = (overrides: Partial<{ accessKeyId: string; bucket: string }> = {}) =>
    new S3ObjectStore(options(overrides));

  const photo = () => ({ bytes: samplePhoto(3), name: 'scratch.png', type: 'image/png' });
  const uploaded = async (response: Response) => {
    assert.equal(response.status, 201, await response.clone().text());
    return (await response.json()) as { id: string; url: string; size: number };
  };
  const keyOf = async (id: string) => {
    const [row] = await server.db.query<{ object_key: string | null; bytes: unknown }>(
      'SELECT object_key, bytes FROM attachments WHERE id = $1',
      [id],
    );
    assert.ok(row, `attachment ${id} has a row`);
    assert.equal(row.bytes, null, 'no bytes in the database');
    assert.match(row.object_key ?? '', /^attachments\/o_[A-Za-z0-9_-]{22}$/);
    return row.object_key!;
  };
  const sweep = () => server.db.query<{ key: string }>('SELECT key FROM object_sweep ORDER BY key');

  before(async () => {
    s3 = await startFakeS3();
    server = await startServer({ objects: store() });
    ({ anna, seller } = await tokens(server, { anna: PEOPLE.anna, seller: PEOPLE.seller }));
  });
  after(async () => {
    await server.close();
    await s3.close();
  });
  beforeEach(() => {
    s3.mode = 'ok';
  });

  it('checks the bucket and its credentials, and says what is wrong', async () => {
    await store().check();
    await assert.rejects(
      store({ accessKeyId: 'AKIDSOMEONEELSE' }).check(),
      /The bucket at http:\/\/127\.0\.0\.1:\d+\/test-photos\/ refused these credentials \(403\): check S3_ACCESS_KEY_ID/,
    );
    await assert.rejects(store({ bucket: 'no-such-bucket' }).check(), /There is no bucket at/);
    await s3.stop();
    await assert.rejects(store().check(), /is not reachable/);
    await s3.start();
    s3.mode = 'hang';
    const slow = new S3ObjectStore({ ...options(), timeoutMs: 200 });
    await assert.rejects(slow.check(), /is not reachable: no answer within 200 ms/);
  });

  it('tries a 5xx twice more, then answers 503; a refused put is 503 too, never a 404', async () => {
    const before = s3.log.length;
    s3.mode = '500';
    assert.equal((await upload(server, anna, photo())).status, 503);
    assert.deepEqual(
      s3.log.slice(before).map((line) => line.split(' ')[0]),
      ['PUT', 'PUT', 'PUT'],
      'three attempts',
    );
    s3.mode = '403';
    const refused = await upload(server, anna, photo());
    assert.equal(refused.status, 503);
    assert.equal(((await refused.json()) as { code: string }).code, 'unavailable');
  });

  it('puts a photo in the bucket before its row, without EXIF, and serves it from there with its headers', async () => {
    const withGps = await sharp({
      create: { width: 32, height: 24, channels: 3, background: { r: 10, g: 90, b: 200 } },
    })
      .jpeg()
      .withExif({ IFD0: { Make: 'TestCam', Model: 'GPS-2' } })
      .toBuffer();
    const attachment = await uploaded(
      await upload(server, anna, { bytes: withGps, name: 'box.jpg', type: 'image/jpeg' }),
    );
    const key = await keyOf(attachment.id);
    const object = s3.objects.get(key);
    assert.ok(object, 'the object is in the bucket');
    assert.equal(object.contentType, 'image/jpeg');
    assert.equal(object.bytes.includes(Buffer.from('GPS-2')), false, 'EXIF gone before the put');
    assert.equal(attachment.size, object.bytes.length);
    assert.ok(
      (await sweep()).every((row) => row.key !== key),
      'the recorded object is no longer up for sweeping',
    );

    const content = await server.fetch(attachment.url);
    assert.equal(content.status, 200);
    assert.equal(content.headers.get('Content-Type'), 'image/jpeg');
    assert.equal(content.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(content.headers.get('Content-Disposition'), 'inline; filename="box.jpg"');
    assert.equal(content.headers.get('Content-Length'), String(object.bytes.length));
    assert.match(content.headers.get('Cache-Control') ?? '', /immutable/);
    assert.deepEqual(Buffer.from(await content.arrayBuffer()), object.bytes);
    assert.equal((await sharp(object.bytes).metadata()).exif, undefined);
    // HEAD: the same headers, no body.
    const head = await server.fetch(attachment.url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('Content-Length'), String(object.bytes.length));
    assert.equal((await head.arrayBuffer()).byteLength, 0);
  });

  it('keeps serving photos stored in the database before (the seed), beside those in the bucket', async () => {
    const [seeded] = await server.db.query<{ id: string }>(
      'SELECT id FROM attachments WHERE bytes IS NOT NULL ORDER BY id LIMIT 1',
    );
    assert.ok(seeded, 'the seed has photos in the database');
    const before = s3.log.length;
    const content = await server.fetch(`/api/v1/attachments/${seeded.id}/content`);
    assert.equal(content.status, 200);
    assert.ok((await content.arrayBuffer()).byteLength > 0);
    assert.equal(s3.log.length, before, 'the bucket was not asked');
  });

  it('answers 503 with Retry-After while the store fails, and records no attachment', async () => {
    const rows = await count(server.db, 'attachments');
    const swept = (await sweep()).length;
    s3.mode = '500';
    const failing = await upload(server, anna, photo());
    assert.equal(failing.status, 503);
    assert.equal(failing.headers.get('Retry-After'), '5');
    assert.equal(((await failing.json()) as { code: string }).code, 'unavailable');
    await s3.stop();
    const away = await upload(server, anna, photo());
    assert.equal(away.status, 503);
    assert.equal(away.headers.get('Retry-After'), '5');
    assert.equal(await count(server.db, 'attachments'), rows, 'no row without its object');
    // Had a put reached the store after all, the purge would delete what it left.
    assert.equal((await sweep()).length, swept + 2);
    await s3.start();
    s3.mode = 'ok';
    // Once the store is back the same upload goes through.
    await keyOf((await uploaded(await upload(server, anna, photo()))).id);
  });

  it('answers 503 for a photo in the bucket while the bucket is away, 404 once its object is gone', async () => {
    const attachment = await uploaded(await upload(server, anna, photo()));
    const key = await keyOf(attachment.id);
    await s3.stop();
    const away = await server.fetch(attachment.url);
    assert.equal(away.status, 503);
    assert.equal(away.headers.get('Retry-After'), '5');
    await s3.start();
    const back = await server.fetch(attachment.url);
    assert.equal(back.status, 200);
    assert.equal((await back.arrayBuffer()).byteLength, s3.objects.get(key)!.bytes.length);
    s3.objects.delete(key);
    const gone = await server.fetch(attachment.url);
    assert.equal(gone.status, 404);
    assert.equal(((await gone.json()) as { code: string }).code, 'not_found');
  });

  it('replays a repeated upload without a second row; the purge deletes the object it made meanwhile', async () => {
    const key = randomUUID();
    const send = () => {
      const form = new FormData();
      form.set('file', new Blob([samplePhoto(4)], { type: 'image/png' }), 'again.png');
      return server.fetch('/api/v1/attachments', {
        method: 'POST',
        token: anna,
        headers: { 'Idempotency-Key': key },
        body: form,
      });
    };
    const earlier = new Set((await sweep()).map((row) => row.key));
    const first = await uploaded(await send());
    const again = await send();
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(((await again.json()) as { id: string }).id, first.id);
    const kept = await keyOf(first.id);
    const waiting = (await sweep()).map((row) => row.key).filter((name) => !earlier.has(name));
    assert.equal(waiting.length, 1, 'the replay put an object no row names');
    assert.ok(s3.objects.has(waiting[0]!));
    // Within a day an upload may be on its way, in principle: nothing is deleted.
    await purge(server.db, await dbNowPlus(server, 23), { objects: store() });
    assert.ok(s3.objects.has(waiting[0]!));
    const result = await purge(server.db, await dbNowPlus(server, 25), { objects: store() });
    assert.equal(result?.objects, earlier.size + 1);
    assert.equal(s3.objects.has(waiting[0]!), false);
    assert.ok(s3.objects.has(kept), "the recorded upload's object stays");
    assert.deepEqual(await sweep(), []);
  });

  it('purges an unattached upload with its object, keeps a sent one, and retries deletes the store refused', async () => {
    const loose = await uploaded(await upload(server, anna, photo()));
    const sent = await uploaded(await upload(server, anna, photo()));
    const sending = await server.fetch('/api/v1/questions/q-001/messages', {
      method: 'POST',
      token: anna,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ text: 'The photo', language: 'de', attachmentIds: [sent.id] }),
    });
    assert.equal(sending.status, 201);
    const looseKey = await keyOf(loose.id);
    const sentKey = await keyOf(sent.id);
    const late = await dbNowPlus(server, DEFAULT_RETENTION.uploadHours + 1);

    // The store refuses deletes: the rows go, their keys wait in the sweep for an hour, and
    // the rest of the purge is done all the same.
    s3.mode = '500';
    const errors: string[] = [];
    const refused = await purge(server.db, late, {
      objects: store(),
      onObjectError: (key, error) => errors.push(`${key}: ${(error as Error).message}`),
    });
    assert.ok(refused);
    assert.equal(refused.objects, 0);
    assert.ok(refused.objectsFailed >= 1);
    assert.ok(refused.uploads >= 1, 'the uploads were purged');
    assert.ok(refused.idempotencyKeys >= 1, 'and the steps after them ran');
    assert.ok(errors.some((line) => line.startsWith(`${looseKey}: `) && /answered 500/.test(line)));
    assert.equal(await count(server.db, 'attachments', `id = '${loose.id}'`), 0);
    assert.ok((await sweep()).some((row) => row.key === looseKey));
    assert.ok(s3.objects.has(looseKey));
    assert.equal((await server.fetch(loose.url)).status, 404);

    s3.mode = 'ok';
    assert.equal((await purge(server.db, late, { objects: store() }))?.objects, 0, 'put off');
    const result = await purge(server.db, new Date(late.getTime() + 2 * 3_600_000), {
      objects: store(),
    });
    assert.ok(result && result.objects >= 1);
    assert.equal(s3.objects.has(looseKey), false);
    assert.ok(s3.objects.has(sentKey));
    assert.deepEqual(await sweep(), []);
    const served = await server.fetch(sent.url);
    assert.equal(served.status, 200);
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), s3.objects.get(sentKey)!.bytes);

    // A purge with no object store configured deletes nothing there and keeps the keys.
    await server.db.query(
      "INSERT INTO object_sweep (key, due_at) VALUES ('attachments/o_x', now())",
    );
    const later = new Date(late.getTime() + 2 * 3_600_000);
    assert.equal((await purge(server.db, later))?.objects, 0);
    assert.equal((await sweep()).length, 1);
    await purge(server.db, later, { objects: store() });
    assert.deepEqual(await sweep(), []);
  });

  it("lets a demo reset's purge delete the objects of the uploads it removed", async () => {
    const attachment = await uploaded(await upload(server, seller, photo()));
    const key = await keyOf(attachment.id);
    assert.ok(s3.objects.size >= 2);
    await reseed(server.db, server.basePath);
    const due = new Set((await sweep()).map((row) => row.key));
    for (const name of s3.objects.keys()) assert.ok(due.has(name), `${name} is due for deletion`);
    await purge(server.db, await dbNowPlus(server, 0), { objects: store() });
    assert.equal(s3.objects.has(key), false);
    assert.equal(s3.objects.size, 0, 'nothing left in the bucket');
  });
});
