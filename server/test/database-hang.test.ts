// A PostgreSQL that stops answering (frozen, its machine gone, not closed): once the server has
// started (Database.limitWaits, DATABASE_WAIT_SECONDS), a statement it does not answer in time
// fails, and so does waiting for a connection, as "unavailable" (503 with Retry-After, /readyz
// 503) instead of requests that never end; when it answers again, so does the server. Between
// the driver and PostgreSQL, a proxy that can hold everything it would pass on. PostgreSQL only:
// PGlite runs in the server's own process.
import assert from 'node:assert/strict';
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { isDatabaseUnavailable } from '../src/app.js';
import { openDatabase } from '../src/db.js';
import { databaseUrl } from './support/server.js';

/** A TCP proxy to `host:port` that holds what it would pass on, both ways, while `frozen`. */
async function freezableProxy(host: string, port: number) {
  const sockets = new Set<Socket>();
  let held: (() => void)[] = [];
  let frozen = false;
  const forward = (from: Socket, to: Socket) => {
    sockets.add(from);
    from.on('close', () => {
      sockets.delete(from);
      to.destroy();
    });
    from.on('error', () => undefined);
    from.on('data', (chunk) => {
      if (frozen) held.push(() => to.write(chunk));
      else to.write(chunk);
    });
  };
  const server = createServer((client) => {
    const upstream = connect(port, host);
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    set frozen(value: boolean) {
      frozen = value;
      if (!value) {
        const release = held;
        held = [];
        for (const write of release) write();
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}

describe('a database that stops answering', { skip: !databaseUrl && 'PostgreSQL only' }, () => {
  it('fails statements and connections in time as unavailable, and recovers', async () => {
    const url = new URL(databaseUrl!);
    const proxy = await freezableProxy(url.hostname, Number(url.port || 5432));
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    const db = await openDatabase({ url: url.href, poolSize: 2 });
    try {
      assert.deepEqual(await db.query('SELECT 1 AS one'), [{ one: 1 }]);
      db.limitWaits(400);
      proxy.frozen = true;
      for (const statement of ['SELECT 2 AS two', 'SELECT 3 AS three', 'SELECT 4 AS four']) {
        const started = Date.now();
        await assert.rejects(db.query(statement), (error: Error) => {
          assert.ok(isDatabaseUnavailable(error), `unavailable: ${error.message}`);
          return true;
        });
        const waited = Date.now() - started;
        assert.ok(waited < 3000, `${statement} failed after ${waited} ms`);
      }
      proxy.frozen = false;
      // Answering again: the server's next statements go through (a new connection or a
      // held one).
      let answer: unknown;
      for (let attempt = 0; attempt < 20 && !answer; attempt += 1) {
        answer = await db.query('SELECT 5 AS five').catch(() => null);
        if (!answer) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      assert.deepEqual(answer, [{ five: 5 }]);
    } finally {
      await db.close().catch(() => undefined);
      await proxy.close();
    }
  });
});
