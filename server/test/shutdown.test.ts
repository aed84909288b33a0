// Graceful shutdown (docs/server.md, "Operations"): on SIGTERM the server stops taking
// connections, answers what is in flight (a question whose body was still arriving), closes
// its kept-alive connection after that answer instead of serving more on it, and exits with 0,
// well before its 10-second limit.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { issueToken } from '../src/auth.js';
import { childServerEnv, freePort, spawnServer, target } from './support/server.js';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const secret = randomBytes(32).toString('base64url');
const audience = 'seller-questions-shutdown';

/** One GET on `agent`'s kept-alive socket: its status and Connection header, or the error. */
const get = (agent: Agent, port: number, path: string) =>
  new Promise<{ status: number; connection: string | undefined } | { error: string }>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve({ status: res.statusCode!, connection: res.headers.connection });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      resolve({ error: error.code ?? error.message });
    });
    req.end();
  });

describe(`shutdown on ${target}`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('closes a busy kept-alive connection after its answer and exits with 0', async () => {
    const { env, remove } = await childServerEnv({ secret, audience });
    cleanups.push(remove);
    const port = await freePort();
    const child = await spawnServer(['--import', 'tsx', main], port, env);
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => {
      child.once('exit', (code) => {
        resolve({ code, at: Date.now() });
      });
    });
    cleanups.push(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    });
    // One connection, kept alive and kept busy: a request after each answer.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const before = await get(agent, port, '/healthz');
    assert.deepEqual(before, { status: 200, connection: 'keep-alive' });
    // A question in flight when the signal comes: its body half sent, the rest after it.
    const token = await issueToken({ role: 'buyer', id: 'b-anna' }, { secret, audience });
    const body = JSON.stringify({
      category: 'pre_sale',
      topic: 'shop',
      shopId: 's-1',
      text: 'Do you ship to Norway, and how long does it take?',
      language: 'en',
    });
    const inFlight = new Promise<{ status: number; connection: string | undefined }>(
      (resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/v1/questions',
            method: 'POST',
            agent,
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(body),
              'Idempotency-Key': `shutdown-${randomBytes(6).toString('hex')}`,
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => {
              resolve({ status: res.statusCode!, connection: res.headers.connection });
            });
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 20));
        setTimeout(() => {
          child.kill('SIGTERM');
          signalledAt = Date.now();
          setTimeout(() => req.end(body.slice(20)), 300);
        }, 300);
      },
    );
    let signalledAt = 0;
    // Answered, saying the connection closes: its client sends nothing more on it (an answer
    // that said keep-alive, its connection closed a moment later, reset the client's next
    // request in a rolling deploy).
    assert.deepEqual(await inFlight, { status: 201, connection: 'close' });
    // The client goes on at once with the same agent, as a busy one does.
    const after: Awaited<ReturnType<typeof get>>[] = [];
    for (let i = 0; i < 20; i += 1) after.push(await get(agent, port, '/healthz'));
    agent.destroy();
    const { code, at } = await exited;
    assert.equal(code, 0);
    // Its own limit is 10 s: it did not wait for it (nor for a 5-second keep-alive).
    assert.ok(at - signalledAt < 4000, `exited ${at - signalledAt} ms after SIGTERM`);
    // Not served on: at most one request that raced the close is answered, saying the
    // connection closes; the rest find nothing listening.
    const answered = after.filter((answer) => 'status' in answer);
    assert.ok(answered.length <= 1, JSON.stringify(after));
    for (const answer of answered) assert.deepEqual(answer, { status: 200, connection: 'close' });
    assert.ok(
      after.slice(1).every((answer) => 'error' in answer),
      JSON.stringify(after),
    );
  });
});
