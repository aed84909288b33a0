// Faults: the server killed with SIGKILL in the middle of a stream of retried writes loses and
// duplicates nothing; a database that goes away while the server runs gives 503 with
// Retry-After, and the server recovers by itself when it is back.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { createVerifier, issueToken } from '../src/auth.js';
import { migrate, openDatabase } from '../src/db.js';
import { reseed } from '../src/demo.js';
import { freshPostgres } from '../src/testing.js';
import { childServerEnv, databaseUrl, freePort, spawnServer, target } from './support/server.js';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const secret = randomBytes(32).toString('base64url');
const audience = 'seller-questions-faults';

/** SIGKILL, then wait until the process is gone (its data directory is free again). */
function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  child.kill('SIGKILL');
  return exited;
}

const startServer = (port: number, env: Record<string, string>) =>
  spawnServer(['--import', 'tsx', main], port, env);

describe(`faults on ${target}`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('loses and duplicates no acknowledged write when the server is killed with SIGKILL', async () => {
    const { env, remove } = await childServerEnv({ secret, audience });
    cleanups.push(remove);
    const port = await freePort();
    let server = await startServer(port, env);
    cleanups.push(() => kill(server));
    const token = await issueToken({ role: 'buyer', id: 'b-anna' }, { secret, audience });
    const marker = `fault-run-${randomBytes(4).toString('hex')}`;
    const acknowledged = new Map<string, string>(); // key -> question id
    const writes = 40;
    let killed = 0;

    // Each write is retried with its key until the server acknowledges it, as the SDK does.
    for (let index = 0; index < writes; index++) {
      const key = `${marker}-${index}`;
      for (let attempt = 0; ; attempt++) {
        assert.ok(attempt < 400, `write ${index} never acknowledged`);
        // Kill the server twice during the stream, right after a request has gone out.
        const request = fetch(`http://127.0.0.1:${port}/api/v1/questions`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': key,
          },
          body: JSON.stringify({
            category: 'pre_sale',
            topic: 'shop',
            shopId: 's-1',
            text: `${marker} #${index}`,
            language: 'en',
          }),
        });
        if ((index === 13 || index === 29) && attempt === 0) {
          await new Promise((resolve) => setTimeout(resolve, 2 + killed * 3));
          void kill(server);
          killed++;
        }
        try {
          const response = await request;
          if (response.status === 201) {
            acknowledged.set(key, ((await response.json()) as { id: string }).id);
            break;
          }
          await response.body?.cancel();
        } catch {
          // Connection refused or reset: restart the server if it is down, then retry.
          if (server.exitCode !== null || server.signalCode !== null) {
            server = await startServer(port, env);
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    }
    assert.equal(killed, 2);
    assert.equal(acknowledged.size, writes);

    // Look at the data through a fresh process.
    await kill(server);
    server = await startServer(port, env);
    const seller = await issueToken(
      { role: 'seller', id: 'seller-1', shopId: 's-1' },
      { secret, audience },
    );
    const list = (await (
      await fetch(`http://127.0.0.1:${port}/api/v1/questions?q=${marker}&limit=200`, {
        headers: { Authorization: `Bearer ${seller}` },
      })
    ).json()) as { items: { id: string }[]; total: number };
    assert.equal(list.total, writes, 'each write exactly once');
    assert.deepEqual(
      new Set(list.items.map((item) => item.id)),
      new Set(acknowledged.values()),
      'every acknowledged question exists',
    );
  });

  it(
    'answers 503 with Retry-After while the database is away, and recovers without a restart',
    { skip: databaseUrl ? false : 'PGlite runs inside the server process' },
    async () => {
      const postgres = await freshPostgres(databaseUrl!);
      cleanups.push(() => postgres.drop());
      const target = new URL(postgres.url);
      // A TCP proxy in front of PostgreSQL: closing it is the database going away.
      const sockets = new Set<Socket>();
      let proxy: Server | null = null;
      const proxyPort = await freePort();
      const openProxy = () =>
        new Promise<void>((resolve) => {
          proxy = createServer((client) => {
            const upstream = connect(Number(target.port || 5432), target.hostname);
            sockets.add(client).add(upstream);
            client.pipe(upstream).pipe(client);
            const drop = () => {
              client.destroy();
              upstream.destroy();
            };
            client.on('error', drop).on('close', drop);
            upstream.on('error', drop).on('close', drop);
          }).listen(proxyPort, '127.0.0.1', () => {
            resolve();
          });
        });
      const closeProxy = () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy();
          sockets.clear();
          proxy!.close(() => {
            resolve();
          });
        });
      await openProxy();
      const viaProxy = new URL(postgres.url);
      viaProxy.port = String(proxyPort);
      viaProxy.hostname = '127.0.0.1';
      const db = await openDatabase({ url: viaProxy.toString(), poolSize: 4 });
      cleanups.push(() => db.close().catch(() => undefined));
      await migrate(db);
      await reseed(db, '/api/v1');
      const { fetch } = createApp({
        db,
        verify: createVerifier({ secret, audience }),
        logger: pino({ level: 'silent' }),
      });
      const token = await issueToken({ role: 'buyer', id: 'b-anna' }, { secret, audience });
      const get = () =>
        fetch(
          new Request('http://localhost/api/v1/questions', {
            headers: { Authorization: `Bearer ${token}` },
          }),
        );
      assert.equal((await get()).status, 200);

      await closeProxy();
      const down = await get();
      assert.equal(down.status, 503);
      assert.equal(down.headers.get('Retry-After'), '5');
      assert.equal(((await down.json()) as { code: string }).code, 'unavailable');
      const ready = await fetch(new Request('http://localhost/readyz'));
      assert.equal(ready.status, 503);

      await openProxy();
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
        status = (await get()).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(status, 200, 'recovered without a restart');
      await closeProxy();
    },
  );
});
