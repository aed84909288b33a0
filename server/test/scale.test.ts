// Two server processes on one PostgreSQL behave as one: nothing lives in a process. (PGlite is
// one process's database, so this runs on PostgreSQL only: TEST_DATABASE_URL.)
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { createVerifier, issueToken } from '../src/auth.js';
import { migrate, openDatabase, type Database } from '../src/db.js';
import { reseed } from '../src/demo.js';
import { freshPostgres } from '../src/testing.js';
import { databaseUrl } from './support/server.js';

const secret = randomBytes(32).toString('base64url');
const audience = 'seller-questions-scale';

describe(
  'two servers on one PostgreSQL',
  { skip: databaseUrl ? false : 'needs TEST_DATABASE_URL' },
  () => {
    let drop: () => Promise<void>;
    const databases: Database[] = [];
    const apps: ReturnType<typeof createApp>['app'][] = [];

    before(async () => {
      const postgres = await freshPostgres(databaseUrl!);
      drop = () => postgres.drop();
      for (let index = 0; index < 2; index++) {
        const db = await openDatabase({ url: postgres.url, poolSize: 10 });
        await migrate(db); // the second finds nothing to do
        databases.push(db);
        apps.push(
          createApp({
            db,
            verify: createVerifier({ secret, audience }),
            logger: pino({ level: 'silent' }),
          }).app,
        );
      }
      await reseed(databases[0]!, '/api/v1');
    });
    after(async () => {
      for (const db of databases) await db.close();
      await drop();
    });

    const call = async (
      app: number,
      path: string,
      token: string,
      init: RequestInit = {},
    ): Promise<Response> =>
      await apps[app]!.fetch(
        new Request(`http://localhost/api/v1${path}`, {
          ...init,
          headers: { Authorization: `Bearer ${token}`, ...(init.headers as object) },
        }),
      );

    it('gives one effect for one key sent to both at once, and each sees the other’s writes', async () => {
      const anna = await issueToken({ role: 'buyer', id: 'b-anna' }, { secret, audience });
      const seller = await issueToken(
        { role: 'seller', id: 'seller-1', shopId: 's-1' },
        { secret, audience },
      );
      const cursor = ((await (await call(1, '/changes', seller)).json()) as { cursor: string })
        .cursor;
      const body = JSON.stringify({
        category: 'pre_sale',
        topic: 'shop',
        shopId: 's-1',
        text: 'Sent to two servers at once',
        language: 'en',
      });
      const pending: Promise<Response>[] = [];
      for (let index = 0; index < 12; index++) {
        pending.push(
          call(index % 2, '/questions', anna, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'two-servers-0001' },
            body,
          }),
        );
      }
      const responses = await Promise.all(pending);
      assert.deepEqual(
        responses.map((response) => response.status),
        Array(12).fill(201),
      );
      const ids = new Set(
        await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id)),
      );
      assert.equal(ids.size, 1);
      const [id] = [...ids];
      // Written through one, read through the other: the question and the change feed.
      assert.equal((await call(1, `/questions/${id!}`, seller)).status, 200);
      assert.equal((await call(0, `/questions/${id!}`, seller)).status, 200);
      const feed = (await (await call(1, `/changes?since=${cursor}`, seller)).json()) as {
        changes: { questionId: string; kind: string }[];
      };
      assert.deepEqual(
        feed.changes.map((change) => [change.questionId, change.kind]),
        [[id, 'created']],
      );
    });
  },
);
