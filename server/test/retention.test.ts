// Retention: the purge removes idempotency keys after 24 hours, uploads no message carries
// after UPLOAD_RETENTION_HOURS, and the feed's history after CHANGES_RETENTION_HOURS (an older
// cursor is then 410 cursor_expired). The purge is given the time: nothing waits.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_RETENTION, purge, purgeScheduleFromEnv } from '../src/purge.js';
import { samplePhoto } from '../../src/mocks/pictures.js';
import { buildSeedState } from '../../src/mocks/seed.js';
import {
  count,
  dbNowPlus,
  databaseUrl,
  PEOPLE,
  startServer,
  target,
  tokens,
  type TestServer,
  upload,
} from './support/server.js';
import { mockBackend, mockRequest } from './support/mock.js';

let server: TestServer;
let anna: string;
let seller: string;

async function uploadPhoto(name: string): Promise<string> {
  const response = await upload(server, anna, {
    bytes: samplePhoto(2),
    name,
    type: 'image/png',
  });
  assert.equal(response.status, 201);
  return ((await response.json()) as { id: string }).id;
}

const message = (key: string, body: unknown) =>
  server.fetch('/api/v1/questions/q-001/messages', {
    method: 'POST',
    token: anna,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });

describe(`retention on ${target}`, () => {
  before(async () => {
    server = await startServer();
    ({ anna, seller } = await tokens(server, { anna: PEOPLE.anna, seller: PEOPLE.seller }));
  });
  after(async () => {
    await server.close();
  });

  it('forgets idempotency keys after 24 hours, not before', async () => {
    assert.equal((await message('retention-key-0001', { text: 'Hi', language: 'de' })).status, 201);
    const key = "key = 'retention-key-0001'";
    assert.equal(await count(server.db, 'idempotency', key), 1);
    await purge(server.db, await dbNowPlus(server, 23));
    assert.equal(await count(server.db, 'idempotency', key), 1);
    const result = await purge(server.db, await dbNowPlus(server, 25));
    assert.ok(result && result.idempotencyKeys >= 1);
    assert.equal(await count(server.db, 'idempotency', key), 0);
  });

  it('removes uploads no message carries after their retention, and keeps the attached ones', async () => {
    const loose = await uploadPhoto('never-sent.png');
    const sent = await uploadPhoto('sent.png');
    const seeded = await count(server.db, 'attachments', 'attached_at IS NOT NULL');
    assert.ok(seeded > 0, "the seed's photos are attached");
    assert.equal(
      (
        await message('retention-photo-0001', {
          text: 'A photo',
          language: 'de',
          attachmentIds: [sent],
        })
      ).status,
      201,
    );
    // Drafts keep an upload's id for 7 days: a week later it is still there.
    await purge(server.db, await dbNowPlus(server, 7 * 24 + 1));
    assert.equal(await count(server.db, 'attachments', `id = '${loose}'`), 1);
    const result = await purge(
      server.db,
      await dbNowPlus(server, DEFAULT_RETENTION.uploadHours + 1),
    );
    assert.equal(result?.uploads, 1);
    assert.equal(await count(server.db, 'attachments', `id = '${loose}'`), 0);
    assert.equal((await server.fetch(`/api/v1/attachments/${loose}/content`)).status, 404);
    assert.equal((await server.fetch(`/api/v1/attachments/${sent}/content`)).status, 200);
    assert.equal(await count(server.db, 'attachments', 'attached_at IS NOT NULL'), seeded + 1);
    // Sending a purged upload is refused like an unknown one, and stores nothing.
    const late = await message('retention-photo-0002', {
      text: 'Late',
      language: 'de',
      attachmentIds: [loose],
    });
    assert.equal(late.status, 422);
    const problem = (await late.json()) as { errors: { pointer: string; code: string }[] };
    assert.deepEqual(
      problem.errors.map((error) => [error.pointer, error.code]),
      [['/attachmentIds/0', 'unknown']],
    );
  });

  it('answers a cursor older than the kept feed with 410 cursor_expired; newer cursors work', async () => {
    const cursorOf = async (since?: string) => {
      const response = await server.fetch(`/api/v1/changes${since ? `?since=${since}` : ''}`, {
        token: seller,
      });
      return response;
    };
    const old = ((await (await cursorOf()).json()) as { cursor: string }).cursor;
    assert.equal(
      (await message('retention-feed-0001', { text: 'One', language: 'de' })).status,
      201,
    );
    assert.equal(
      (await message('retention-feed-0002', { text: 'Two', language: 'de' })).status,
      201,
    );
    const fresh = await cursorOf(old);
    assert.equal(fresh.status, 200);
    assert.ok(((await fresh.json()) as { changes: unknown[] }).changes.length > 0);
    // A day later nothing is old enough yet.
    await purge(server.db, await dbNowPlus(server, 24));
    assert.equal((await cursorOf(old)).status, 200);
    const result = await purge(
      server.db,
      await dbNowPlus(server, DEFAULT_RETENTION.changeHours + 1),
    );
    assert.ok(result && result.changes > 0);
    const expired = await cursorOf(old);
    assert.equal(expired.status, 410);
    assert.equal(expired.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(((await expired.json()) as { code: string }).code, 'cursor_expired');
    // The newest change stays: a new cursor does not go back, and it works.
    const current = (await (await cursorOf()).json()) as { cursor: string };
    assert.ok(Number(current.cursor) > Number(old));
    assert.equal((await cursorOf(current.cursor)).status, 200);
    assert.equal(await count(server.db, 'changes'), 1);
    // Purging again removes nothing more.
    const again = await purge(
      server.db,
      await dbNowPlus(server, DEFAULT_RETENTION.changeHours + 1),
    );
    assert.ok(again);
    assert.deepEqual(
      Object.entries(again).filter(([, removed]) => removed > 0),
      [],
    );
  });

  it(
    'lets one process purge at a time (the others skip)',
    { skip: databaseUrl ? false : 'PGlite has one connection' },
    async () => {
      let release!: () => void;
      const held = server.db.transaction(async (sql) => {
        await sql.query('SELECT pg_advisory_xact_lock(7316004)');
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(await purge(server.db, await dbNowPlus(server, 0)), null);
      release();
      await held;
      assert.notEqual(await purge(server.db, await dbNowPlus(server, 0)), null);
    },
  );
});

describe('the change feed of the mock', () => {
  it('answers a cursor older than the history it keeps with 410 cursor_expired', async () => {
    const state = buildSeedState();
    const backend = mockBackend(state);
    const feed = (since: number) =>
      backend.handle(mockRequest(`/changes?since=${since}`, 'seller:seller-1'));
    assert.ok(state.changes.length > 10);
    const first = state.changes[0]!.seq;
    assert.equal((await feed(first - 1)).status, 200);
    // The mock keeps the latest 5000 changes; here the oldest ten went.
    state.changes.splice(0, 10);
    const expired = await feed(first - 1);
    assert.equal(expired.status, 410);
    assert.equal(((await expired.json()) as { code: string }).code, 'cursor_expired');
    assert.equal((await feed(first + 9)).status, 200);
  });
});

describe('purge configuration', () => {
  it('purges hourly by default, keeps uploads 8 days, the feed 7 days and translations 30', () => {
    assert.deepEqual(purgeScheduleFromEnv({}), {
      intervalMinutes: 60,
      batch: 1000,
      retention: { ...DEFAULT_RETENTION, uploadHours: 192, changeHours: 168, translationDays: 30 },
    });
  });

  it('is off with PURGE_INTERVAL_MINUTES=0, and takes each setting from the environment', () => {
    assert.equal(purgeScheduleFromEnv({ PURGE_INTERVAL_MINUTES: '0' }), undefined);
    assert.deepEqual(
      purgeScheduleFromEnv({
        PURGE_INTERVAL_MINUTES: '5',
        UPLOAD_RETENTION_HOURS: '240',
        CHANGES_RETENTION_HOURS: '48',
        TRANSLATION_CACHE_DAYS: '7',
      }),
      {
        intervalMinutes: 5,
        batch: 1000,
        retention: { ...DEFAULT_RETENTION, uploadHours: 240, changeHours: 48, translationDays: 7 },
      },
    );
  });

  it('refuses an upload retention shorter than the 7 days drafts keep photos, and non-numbers', () => {
    assert.throws(
      () => purgeScheduleFromEnv({ UPLOAD_RETENTION_HOURS: '24' }),
      /UPLOAD_RETENTION_HOURS must be at least 168/,
    );
    assert.throws(
      () => purgeScheduleFromEnv({ CHANGES_RETENTION_HOURS: 'week' }),
      /CHANGES_RETENTION_HOURS must be a whole number/,
    );
  });
});
