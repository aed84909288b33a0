// Uploads in object storage against moto (`moto_server`, an independent implementation of S3
// that checks SigV4 signatures with botocore once its unauthenticated actions are used up):
// TEST_MOTO_URL names one started with INITIAL_NO_AUTH_ACTION_COUNT=3 (.ci/run starts it).
// The test spends those 3 actions making a user, its access key and its policy; everything
// after is signed with that key and refused by moto when the signature is wrong. Skipped when
// TEST_MOTO_URL is unset.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { AwsClient } from 'aws4fetch';
import sharp from 'sharp';
import { EMPTY_SHA256, S3ObjectStore } from '../src/objects.js';
import { DEFAULT_RETENTION, purge } from '../src/purge.js';
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

const motoUrl = process.env['TEST_MOTO_URL'] || undefined;

/** A user with an access key allowed everything in S3 (the 3 unauthenticated actions). */
async function motoUser(url: string): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  const boot = new AwsClient({
    accessKeyId: 'AKIDBOOTSTRAP',
    secretAccessKey: 'bootstrap',
    service: 'iam',
    region: 'us-east-1',
  });
  const iam = async (params: Record<string, string>) => {
    const response = await boot.fetch(`${url}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ Version: '2010-05-08', ...params }).toString(),
    });
    const text = await response.text();
    assert.equal(response.status, 200, `IAM ${params['Action']}: ${text}`);
    return text;
  };
  await iam({ Action: 'CreateUser', UserName: 'seller-questions' });
  const key = await iam({ Action: 'CreateAccessKey', UserName: 'seller-questions' });
  await iam({
    Action: 'PutUserPolicy',
    UserName: 'seller-questions',
    PolicyName: 'photos',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
    }),
  });
  return {
    accessKeyId: /<AccessKeyId>([^<]+)</.exec(key)![1]!,
    secretAccessKey: /<SecretAccessKey>([^<]+)</.exec(key)![1]!,
  };
}

describe(`uploads in object storage on moto's S3, on ${target}`, { skip: !motoUrl }, () => {
  const bucket = 'seller-questions-photos';
  let user: { accessKeyId: string; secretAccessKey: string };
  let server: TestServer;
  let anna: string;
  const store = (secretAccessKey = user.secretAccessKey, name = bucket) =>
    new S3ObjectStore({
      endpoint: motoUrl!,
      bucket: name,
      region: 'us-east-1',
      accessKeyId: user.accessKeyId,
      secretAccessKey,
      prefix: 'attachments/',
      pathStyle: true,
      timeoutMs: 5_000,
    });

  before(async () => {
    user = await motoUser(motoUrl!);
    const client = new AwsClient({ ...user, service: 's3', region: 'us-east-1' });
    const made = await client.fetch(`${motoUrl!}/${bucket}`, {
      method: 'PUT',
      headers: { 'X-Amz-Content-Sha256': EMPTY_SHA256 },
    });
    assert.equal(made.status, 200, await made.text());
    server = await startServer({ objects: store() });
    ({ anna } = await tokens(server, { anna: PEOPLE.anna }));
  });
  after(async () => {
    await server.close();
  });

  it('is let in with the right secret, and refused (SignatureDoesNotMatch) with a wrong one', async () => {
    await store().check();
    await assert.rejects(
      store(`${user.secretAccessKey}x`).check(),
      /refused these credentials \(403\)/,
    );
    await assert.rejects(
      store(user.secretAccessKey, 'no-such-bucket').check(),
      /There is no bucket/,
    );
    const refused = await store(`${user.secretAccessKey}x`)
      .put('attachments/o_wrong', new Uint8Array([1, 2, 3]), 'image/png')
      .catch((error: unknown) => error as Error);
    assert.match(String(refused), /answered 403 to the put/);
  });

  it('keeps a 4 MB photo in the bucket, serves it whole, and the purge deletes it once unattached', async () => {
    // Noise does not compress: a PNG of over 4 MB, as sent and as re-encoded.
    const width = 1250;
    const height = 1100;
    const png = await sharp(randomBytes(width * height * 3), {
      raw: { width, height, channels: 3 },
    })
      .png()
      .toBuffer();
    assert.ok(png.length > 4_000_000, `a 4 MB photo (${png.length} bytes)`);
    const response = await upload(server, anna, {
      bytes: png,
      name: 'big.png',
      type: 'image/png',
    });
    assert.equal(response.status, 201, await response.clone().text());
    const attachment = (await response.json()) as { id: string; url: string; size: number };
    assert.ok(attachment.size > 4_000_000, `stored whole (${attachment.size} bytes)`);
    const [row] = await server.db.query<{ object_key: string }>(
      'SELECT object_key FROM attachments WHERE id = $1 AND bytes IS NULL',
      [attachment.id],
    );
    assert.ok(row, 'the row names an object');

    const kept = await store().get(row.object_key);
    assert.ok(kept, 'moto has the object');
    assert.equal(kept.size, attachment.size);
    await kept.body.cancel();

    const content = await server.fetch(attachment.url);
    assert.equal(content.status, 200);
    assert.equal(content.headers.get('X-Content-Type-Options'), 'nosniff');
    const bytes = Buffer.from(await content.arrayBuffer());
    assert.equal(bytes.length, attachment.size);
    const metadata = await sharp(bytes).metadata();
    assert.equal(metadata.width, width);
    assert.equal(metadata.exif, undefined);

    const result = await purge(
      server.db,
      await dbNowPlus(server, DEFAULT_RETENTION.uploadHours + 1),
      {
        objects: store(),
      },
    );
    assert.ok(result && result.objects >= 1);
    assert.equal(await count(server.db, 'object_sweep'), 0);
    assert.equal(await store().get(row.object_key), null, 'deleted from moto');
    assert.equal((await server.fetch(attachment.url)).status, 404);
  });
});
