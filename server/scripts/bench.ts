// `node --import tsx server/scripts/bench.ts [--pglite] [--questions N] [--seconds S] [--runs R]
//  [--node-options=--max-semi-space-size=8] [--tsx] [--accept-encoding br]`
//
// Load figures for the reference server; prints them, fails nothing by exit code. Seeds a fresh
// database (a new PostgreSQL database on BENCH_DATABASE_URL, or PGlite in a temporary data
// directory with --pglite), starts the real server as production runs it (server/dist/main.js,
// built first when stale, with the production command's Node options; `--node-options` replaces
// those, `--tsx` runs server/src/main.ts through tsx instead) as a child process and
// loads it with 50 concurrent keep-alive connections: a seller's list by due time, one question
// with its messages, and new messages (seller replies and buyer follow-ups). The clock's notices
// due on the fresh seed are given before the server starts, and every seller reads once before
// the runs: the runs measure a server in its steady state, not its first minute. Beside each, the
// same SQL alone: the statements the store ran for such requests (recorded through the same
// app in this process, writes rolled back), replayed through the database driver the way the
// server ran them (in the same transactions, or each on its own for reads) at the same
// concurrency. Then EXPLAIN (ANALYZE, BUFFERS) of every list query, the CPU time each request
// took in the server, in PostgreSQL and in this load generator, the server's peak RSS, and the
// goals beside the figures. The databases and processes it makes are gone at the end.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { schemas } from '../../src/api/generated/schemas.js';
import { findSchemaError } from '../../src/api/validate.js';
import type { Claims } from '../../src/backend/context.js';
import { buildSeedState } from '../../src/mocks/seed.js';
import { createApp } from '../src/app.js';
import { issueToken } from '../src/auth.js';
import { migrate, openDatabase, type Database, type Sql } from '../src/db.js';
import { runDueClocks } from '../src/sql-store.js';
import { freshPostgres } from '../src/testing.js';
import { seedBench, type BenchSize } from './bench-seed.js';
import { LoadClient } from './load-client.js';

const { values: args } = parseArgs({
  options: {
    pglite: { type: 'boolean', default: false },
    questions: { type: 'string' },
    seconds: { type: 'string', default: '8' },
    runs: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    'node-options': { type: 'string' },
    tsx: { type: 'boolean', default: false },
    client: { type: 'string', default: 'raw' },
    'accept-encoding': { type: 'string' },
  },
});
if (args.client !== 'raw' && args.client !== 'node') {
  throw new Error(`--client raw (default: load-client.ts) or node (node:http), not ${args.client}`);
}
/** The load generator's HTTP client: load-client.ts, or node:http's (the bench's until stop 33). */
const CLIENT = args.client;
/**
 * `--accept-encoding br`: the server's requests ask for compressed answers, as a browser's do
 * (the server then pays for brotli on every answer over 1 kB; the floor and the SQL alone do not).
 */
const ACCEPT_ENCODING = args['accept-encoding'];
const PGLITE = args.pglite;
const QUESTIONS = Number(args.questions ?? (PGLITE ? 10_000 : 100_000));
const SECONDS = Number(args.seconds);
const RUNS = Number(args.runs);
const CONNECTIONS = Number(args.connections);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The server's command line after `node`: the production command's, unless told otherwise. */
const SERVER_ARGS = args.tsx
  ? [...nodeOptions(args['node-options']), '--import', 'tsx', 'server/src/main.ts']
  : [...nodeOptions(args['node-options'] ?? productionNodeOptions()), 'server/dist/main.js'];

function nodeOptions(text: string | undefined): string[] {
  return (text ?? '').split(/\s+/).filter(Boolean);
}

/** The Node options in package.json's `server` script (`node <options> server/dist/main.js`). */
function productionNodeOptions(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const match = /\bnode((?:\s+--\S+)*)\s+server\/dist\/main\.js/.exec(
    manifest.scripts['server'] ?? '',
  );
  if (!match) throw new Error('package.json: the server script does not run server/dist/main.js');
  return match[1]!;
}
const POOL_SIZE = 10; // the server's default DATABASE_POOL_SIZE
const BASE = '/api/v1';
const ADMIN_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const SECRET = randomBytes(32).toString('base64url');
const AUDIENCE = 'seller-questions';

const size: BenchSize = {
  questions: QUESTIONS,
  shops: Math.max(1, Math.round(QUESTIONS / 100)),
  buyers: Math.max(1, Math.round(QUESTIONS / 5)),
  productsPerShop: 20,
};

// ---------------------------------------------------------------------------------------------
// Figures

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  n: number;
  errors: number;
  /** CPU milliseconds per request: in the server, in PostgreSQL, in this process. */
  cpu?: { server: number; db: number; client: number };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function figures(latencies: number[], elapsedMs: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    rps: (latencies.length / elapsedMs) * 1000,
    n: latencies.length,
    errors,
  };
}

/** The middle value; for an even count, the mean of the two middle ones (of 2 runs: not the larger). */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function medianOf(runs: Figures[]): Figures {
  const cpus = runs.flatMap((run) => (run.cpu ? [run.cpu] : []));
  return {
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    rps: median(runs.map((run) => run.rps)),
    n: runs.reduce((sum, run) => sum + run.n, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    ...(cpus.length > 0
      ? {
          cpu: {
            server: median(cpus.map((cpu) => cpu.server)),
            db: median(cpus.map((cpu) => cpu.db)),
            client: median(cpus.map((cpu) => cpu.client)),
          },
        }
      : {}),
  };
}

const ms = (value: number) => value.toFixed(1).padStart(7);
const cpuText = (cpu: NonNullable<Figures['cpu']>) =>
  `CPU/request: server ${cpu.server.toFixed(2)}, PostgreSQL ${cpu.db.toFixed(2)}, load ${cpu.client.toFixed(2)} ms`;
const describeRun = (f: Figures) =>
  `p50 ${ms(f.p50)} ms  p99 ${ms(f.p99)} ms  ${f.rps.toFixed(0).padStart(5)} req/s  (${f.n} requests${f.errors ? `, ${f.errors} ERRORS` : ''})${f.cpu ? `  ${cpuText(f.cpu)}` : ''}`;

/**
 * CPU time (user and system) of each process, in ms, from /proc: unlike latency on a machine
 * shared with other work, it says what a request costs.
 */
function cpuOf(pids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, in clock ticks of 10 ms.
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The process ended.
    }
  }
  return out;
}

/** Runs `run` and adds the CPU time per request of the server, PostgreSQL and this process. */
async function withCpu(
  run: () => Promise<Figures>,
  serverPid: number | undefined,
  backends: () => Promise<number[]>,
): Promise<Figures> {
  const pidsBefore = await backends();
  const before = cpuOf([...pidsBefore, ...(serverPid ? [serverPid] : [])]);
  const client = process.cpuUsage();
  const figures = await run();
  const clientUsage = process.cpuUsage(client);
  const clientMs = (clientUsage.user + clientUsage.system) / 1000;
  const pidsAfter = await backends();
  const after = cpuOf([...new Set([...pidsBefore, ...pidsAfter])]);
  const serverAfter = serverPid ? cpuOf([serverPid]).get(serverPid) : undefined;
  let db = 0;
  for (const [pid, total] of after) db += total - (before.get(pid) ?? 0);
  const n = Math.max(1, figures.n);
  return {
    ...figures,
    cpu: {
      server:
        serverPid && serverAfter !== undefined ? (serverAfter - before.get(serverPid)!) / n : 0,
      db: db / n,
      client: clientMs / n,
    },
  };
}

/** `count` workers run `task` until `seconds` pass (or a task returns false); latencies in ms. */
async function load(
  count: number,
  seconds: number,
  task: (worker: number) => Promise<boolean>,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  let stop = false;
  await Promise.all(
    Array.from({ length: count }, async (_, worker) => {
      while (!stop && performance.now() < end) {
        const t0 = performance.now();
        try {
          if (!(await task(worker))) errors++;
          latencies.push(performance.now() - t0);
        } catch (error) {
          if (error === EXHAUSTED) {
            stop = true;
            return;
          }
          errors++;
        }
      }
    }),
  );
  return figures(latencies, performance.now() - started, errors);
}

const EXHAUSTED = new Error('no more recorded requests');

// ---------------------------------------------------------------------------------------------
// Recording the store's statements

interface Statement {
  text: string;
  params: readonly unknown[] | undefined;
}
/** Statements of one transaction, or one statement run on its own (a read). */
interface Unit {
  transaction: boolean;
  statements: Statement[];
}
/** What one request ran, in order. */
type Recorded = Unit[];
interface Recording {
  units: Recorded;
  rollback: boolean;
}
const statementsOf = (recorded: Recorded) => recorded.flatMap((unit) => unit.statements);
const recording = new AsyncLocalStorage<Recording>();
const ROLLBACK = new Error('rollback');

/** A database that notes each statement and transaction; rolls back when asked to. */
function recorder(inner: Database): Database {
  return {
    kind: inner.kind,
    query: (text, params) => {
      recording.getStore()?.units.push({ transaction: false, statements: [{ text, params }] });
      return inner.query(text, params);
    },
    close: () => inner.close(),
    limitWaits: (ms) => {
      inner.limitWaits(ms);
    },
    async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
      const log = recording.getStore();
      const unit: Unit = { transaction: true, statements: [] };
      log?.units.push(unit);
      let result: T | undefined;
      try {
        await inner.transaction(async (sql) => {
          result = await work({
            query: (text, params) => {
              unit.statements.push({ text, params });
              return sql.query(text, params);
            },
          });
          if (log?.rollback) throw ROLLBACK;
        });
      } catch (error) {
        if (error !== ROLLBACK) throw error;
      }
      return result as T;
    },
  };
}

// Tokens: the recording app trusts claims written into the token; the server verifies JWTs.
const claimsToken = (claims: Claims) => Buffer.from(JSON.stringify(claims)).toString('base64url');

function recordingApp(db: Database) {
  return createApp({
    db: recorder(db),
    basePath: BASE,
    verify: (token) =>
      Promise.resolve(JSON.parse(Buffer.from(token, 'base64url').toString()) as Claims),
    logger: pino({ level: 'silent' }),
  }).fetch;
}

interface BenchRequest {
  claims: Claims;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** The status a good answer has. */
  expect: number;
}

let keyCounter = 0;
const idempotencyKey = () =>
  `bench-${process.pid}-${++keyCounter}-${randomBytes(4).toString('hex')}`;

async function record(
  app: ReturnType<typeof recordingApp>,
  request: BenchRequest,
  rollback: boolean,
): Promise<{ recorded: Recorded; status: number; body: unknown }> {
  const log: Recording = { units: [], rollback };
  const response = await recording.run(log, () =>
    app(
      new Request(`http://bench${BASE}${request.path}`, {
        method: request.method,
        headers: {
          Authorization: `Bearer ${claimsToken(request.claims)}`,
          ...(request.method === 'POST'
            ? { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey() }
            : {}),
        },
        body: request.body === undefined ? null : JSON.stringify(request.body),
      }),
    ),
  );
  const text = await response.text();
  return {
    recorded: log.units,
    status: response.status,
    body: text ? (JSON.parse(text) as unknown) : null,
  };
}

async function recordAll(
  app: ReturnType<typeof recordingApp>,
  requests: BenchRequest[],
  rollback: boolean,
): Promise<Recorded[]> {
  const out: Recorded[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        const { recorded, status } = await record(app, request, rollback);
        if (status !== request.expect) {
          throw new Error(`recording ${request.method} ${request.path}: status ${status}`);
        }
        out.push(recorded);
      }
    }),
  );
  return out;
}

/**
 * Replays recorded requests through the driver as the server ran them: a transaction as BEGIN,
 * the same statements, COMMIT; a statement on its own as one query on the pool.
 */
async function replay(db: Database, requests: Recorded[], once: boolean): Promise<Figures> {
  let next = 0;
  return load(CONNECTIONS, SECONDS, async () => {
    if (once && next >= requests.length) throw EXHAUSTED;
    for (const unit of requests[next++ % requests.length]!) {
      if (!unit.transaction) {
        await db.query(unit.statements[0]!.text, unit.statements[0]!.params);
        continue;
      }
      await db.transaction(async (sql) => {
        for (const statement of unit.statements) await sql.query(statement.text, statement.params);
      });
    }
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// The server as a child process, and HTTP load

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: ROOT,
    // No rate limit: the bench's few viewers send thousands of requests a second on purpose.
    env: {
      ...process.env,
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { child, port };
    if (Date.now() > deadline) throw new Error('the server did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function startFloor(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['server/scripts/floor-server.mjs'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the floor server exited (${child.exitCode})`);
    if ((await get(port, '/none/0').catch(() => 0)) === 404) return { child, port };
    if (Date.now() > deadline) throw new Error('the floor server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A GET through the bench's keep-alive connections: the status, once the body is read. */
function get(port: number, path: string, worker = 0): Promise<number> {
  if (CLIENT === 'raw') {
    return clientOf(port)
      .request(worker, 'GET', path)
      .then((response) => response.status);
  }
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (response) => {
        response.resume();
        response.on('end', () => {
          resolve(response.statusCode ?? 0);
        });
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

function memoryOf(pid: number): { hwm: number; rss: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { hwm: kb('VmHWM') / 1024, rss: kb('VmRSS') / 1024 };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const clients = new Map<number, LoadClient>();
function closeClient(port: number): void {
  clients.get(port)?.close();
  clients.delete(port);
}
/** The raw client's connections to a port, one per worker. */
function clientOf(port: number): LoadClient {
  let client = clients.get(port);
  if (!client) clients.set(port, (client = new LoadClient(port, CONNECTIONS)));
  return client;
}

function send(port: number, token: string, request: BenchRequest, worker: number): Promise<number> {
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  if (CLIENT === 'raw') {
    const headers = [`Authorization: Bearer ${token}`];
    if (ACCEPT_ENCODING) headers.push(`Accept-Encoding: ${ACCEPT_ENCODING}`);
    if (body !== undefined) {
      headers.push('Content-Type: application/json', `Idempotency-Key: ${idempotencyKey()}`);
    }
    return clientOf(port)
      .request(worker, request.method, `${BASE}${request.path}`, headers, body)
      .then((response) => response.status);
  }
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: `${BASE}${request.path}`,
        agent,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(ACCEPT_ENCODING ? { 'Accept-Encoding': ACCEPT_ENCODING } : {}),
          ...(body === undefined
            ? {}
            : {
                'Content-Type': 'application/json',
                'Content-Length': Buffer.byteLength(body),
                'Idempotency-Key': idempotencyKey(),
              }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          // The body read whole and decoded, as the bench did before load-client.ts.
          Buffer.concat(chunks).toString();
          resolve(response.statusCode ?? 0);
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const tokens = new Map<string, Promise<string>>();
function tokenOf(claims: Claims): Promise<string> {
  const key = `${claims.role}:${claims.id}`;
  let token = tokens.get(key);
  if (!token) {
    token = issueToken(claims, { secret: SECRET, audience: AUDIENCE, expiresIn: '2h' });
    tokens.set(key, token);
  }
  return token;
}

// ---------------------------------------------------------------------------------------------
// Scenarios

const random = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const sellerOf = (shop: string): Claims => ({
  role: 'seller',
  id: shop.replace('shop-', 'seller-'),
  shopId: shop,
});

interface Sample {
  shops: string[];
  /** Questions to read, with their shop. */
  reads: { id: string; shop: string }[];
  /** Seller-handled questions awaiting the seller or the buyer: both may write on them. */
  writes: { id: string; shop: string; buyer: string }[];
}

async function sample(db: Database): Promise<Sample> {
  const shops = (await db.query<{ id: string }>('SELECT id FROM shops ORDER BY id')).map(
    (row) => row.id,
  );
  const reads = await db.query<{ id: string; shop: string }>(
    'SELECT id, shop_id AS shop FROM questions ORDER BY md5(id) LIMIT 2000',
  );
  const writes = await db.query<{ id: string; shop: string; buyer: string }>(
    `SELECT id, shop_id AS shop, buyer_id AS buyer FROM questions
     WHERE data->>'handler' = 'seller' AND status IN ('awaiting_seller', 'awaiting_buyer')
     ORDER BY md5(id || 'w') LIMIT 8000`,
  );
  return { shops, reads, writes };
}

const listRequest = (shop: string): BenchRequest => ({
  claims: sellerOf(shop),
  method: 'GET',
  path: '/questions?sort=due&limit=50',
  expect: 200,
});
const detailRequest = (question: { id: string; shop: string }): BenchRequest => ({
  claims: sellerOf(question.shop),
  method: 'GET',
  path: `/questions/${question.id}`,
  expect: 200,
});
let writeCount = 0;
const writeRequest = (question: { id: string; shop: string; buyer: string }): BenchRequest => {
  // Half seller replies, half buyer follow-ups: both keep the question open for both.
  const seller = ++writeCount % 2 === 0;
  return {
    claims: seller ? sellerOf(question.shop) : { role: 'buyer', id: question.buyer },
    method: 'POST',
    path: `/questions/${question.id}/messages`,
    body: seller
      ? { text: 'Thanks for waiting: it ships tomorrow morning.', language: 'en' }
      : { text: 'One more question: can I pick it up in the shop?', language: 'en' },
    expect: 201,
  };
};

// ---------------------------------------------------------------------------------------------
// EXPLAIN

/** EXPLAIN (ANALYZE, BUFFERS) of the list queries a seller and a buyer make; seq scans flagged. */
async function explainLists(db: Database, app: ReturnType<typeof recordingApp>): Promise<string[]> {
  const [bigShop] = await db.query<{ shop: string }>(
    'SELECT shop_id AS shop FROM questions GROUP BY shop_id ORDER BY count(*) DESC LIMIT 1',
  );
  const [bigBuyer] = await db.query<{ buyer: string }>(
    'SELECT buyer_id AS buyer FROM questions GROUP BY buyer_id ORDER BY count(*) DESC LIMIT 1',
  );
  const viewers: [string, Claims][] = [
    [`seller of ${bigShop!.shop}`, sellerOf(bigShop!.shop)],
    [`buyer ${bigBuyer!.buyer}`, { role: 'buyer', id: bigBuyer!.buyer }],
  ];
  const queries = [
    'sort=due&limit=50',
    'sort=due&limit=50&status=awaiting_seller',
    'sort=-updated&limit=50',
    'sort=-updated&limit=50&status=awaiting_buyer&status=resolved',
  ];
  const failures: string[] = [];
  const seen = new Set<string>();
  for (const [who, claims] of viewers) {
    for (const query of queries) {
      const { recorded, status } = await record(
        app,
        { claims, method: 'GET', path: `/questions?${query}`, expect: 200 },
        false,
      );
      if (status !== 200) throw new Error(`list for EXPLAIN: ${status}`);
      console.log(`\n### ${who}: GET /questions?${query}`);
      for (const statement of statementsOf(recorded)) {
        if (!/^\s*SELECT/i.test(statement.text)) continue;
        const rows = await db.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
          statement.params,
        );
        const plan = rows.map((row) => row['QUERY PLAN']);
        const oneLine = statement.text.replace(/\s+/g, ' ').trim();
        const isList = /FROM questions q WHERE/.test(oneLine);
        const seqScan = plan.some((line) => line.includes('Seq Scan on questions'));
        if (seqScan) failures.push(`${who} ${query}: ${oneLine.slice(0, 100)}`);
        // The list's own queries in full; each other statement once, in one line.
        if (isList || seqScan) {
          console.log(`\n  ${oneLine}`);
          console.log(`  params: ${JSON.stringify(statement.params)}`);
          for (const line of plan) console.log(`    ${line}`);
        } else if (!seen.has(oneLine.slice(0, 60))) {
          seen.add(oneLine.slice(0, 60));
          const time = plan.find((line) => line.startsWith('Execution Time')) ?? '';
          console.log(`  (${oneLine.slice(0, 90)}…) → ${plan[0]!.trim()}; ${time}`);
        }
        if (seqScan) console.log('  !!!!!!!! FAIL: Seq Scan on questions in this plan !!!!!!!!');
      }
    }
  }
  return failures;
}

// ---------------------------------------------------------------------------------------------
// Main

interface Row {
  name: string;
  server: Figures[];
  sql: Figures[];
  /** Reads: the same statements behind node:http and pg alone (floor-server.mjs). */
  floor: Figures[];
}

async function main() {
  const machine = `${(await import('node:os')).cpus().length} cores, load average ${(
    await import('node:os')
  )
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} at start (shared with other engineers' tests)`;
  console.log(
    `bench:server on ${PGLITE ? 'PGlite' : 'PostgreSQL'}: ${size.questions} questions, ${size.questions * 5} messages, ${size.shops} shops, ${size.buyers} buyers; ${CONNECTIONS} connections, ${RUNS} runs × ${SECONDS} s per scenario; ${machine}`,
  );
  console.log(
    `server: node ${SERVER_ARGS.join(' ')}; load generator's client: ${CLIENT === 'raw' ? 'keep-alive sockets (server/scripts/load-client.ts)' : "node:http's Agent"}${ACCEPT_ENCODING ? `; the server's requests send Accept-Encoding: ${ACCEPT_ENCODING} (the floor's and the SQL alone's pay no compression)` : ''}`,
  );
  if (!args.tsx) {
    execFileSync(process.execPath, ['server/scripts/build.mjs', '--if-stale'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const cleanup: (() => Promise<void>)[] = [];
  let child: ChildProcess | undefined;
  try {
    // The database.
    let serverEnv: Record<string, string>;
    let openDb: () => Promise<Database>;
    if (PGLITE) {
      const dir = await mkdtemp(join(tmpdir(), 'sq-bench-pglite-'));
      cleanup.push(() => rm(dir, { recursive: true, force: true }));
      serverEnv = { DATA_DIR: dir, JWT_SECRET: SECRET };
      delete process.env['DATABASE_URL'];
      openDb = () => openDatabase({ dataDir: dir });
    } else {
      const fresh = await freshPostgres(ADMIN_URL);
      cleanup.push(() => fresh.drop());
      serverEnv = { DATABASE_URL: fresh.url, JWT_SECRET: SECRET };
      openDb = () => openDatabase({ url: fresh.url, poolSize: POOL_SIZE });
    }
    let db = await openDb();
    await migrate(db);
    const seedStart = performance.now();
    const counts = await seedBench(db, size, buildSeedState({ baseUrl: BASE }), new Date());
    console.log(
      `seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${Object.entries(counts)
        .map(([table, n]) => `${n} ${table}`)
        .join(', ')}`,
    );

    // The clock's notices that fell due with the seed (SLA warnings for ~7,500 questions), given
    // here as a server that has been running gave them: a server started on the fresh seed spends
    // its first seconds on them (~2 s of CPU), inside the first measured runs.
    const clockStart = performance.now();
    const clock = { claimed: 0, changed: 0 };
    for (let round = 0; round < 100; round++) {
      const run = await runDueClocks(db, { baseUrl: BASE, now: () => new Date() });
      clock.claimed += run.claimed;
      clock.changed += run.changed;
      if (run.claimed === 0) break;
    }
    console.log(
      `the clock ran on ${clock.claimed} questions (${clock.changed} changed) in ${((performance.now() - clockStart) / 1000).toFixed(1)} s, before the server starts`,
    );

    const picked = await sample(db);
    const app = recordingApp(db);

    // The rows validate: lists and questions through the API, against the contract's schemas.
    let checked = 0;
    for (const shop of picked.shops.slice(0, 20)) {
      const list = await record(app, listRequest(shop), false);
      const problem = findSchemaError(list.body, '@QuestionPage', schemas);
      if (list.status !== 200 || problem) {
        throw new Error(`list of ${shop}: ${list.status} ${problem?.message ?? ''}`);
      }
      // Its total, from the shop's tallies, is what counting the questions gives.
      const [counted] = await db.query<{ n: number }>(
        'SELECT count(*)::integer AS n FROM questions WHERE shop_id = $1',
        [shop],
      );
      const { total } = list.body as { total: number };
      if (total !== counted?.n) {
        throw new Error(
          `list of ${shop}: total ${total}, but the shop has ${counted?.n} questions`,
        );
      }
      checked++;
    }
    for (const question of picked.reads.slice(0, 50)) {
      const detail = await record(app, detailRequest(question), false);
      const problem = findSchemaError(detail.body, '@QuestionDetail', schemas);
      if (detail.status !== 200 || problem) {
        throw new Error(`question ${question.id}: ${detail.status} ${problem?.message ?? ''}`);
      }
      checked++;
    }
    const firstList = (await record(app, listRequest(picked.shops[0]!), false)).body as {
      total: number;
      items: { status: string; replyDueAt: string | null }[];
    };
    console.log(
      `checked ${checked} responses against docs/openapi.yaml's schemas: all 200 and valid, the lists' totals as counted; ${picked.shops[0]} has ${firstList.total} questions, first page: ${firstList.items.filter((q) => q.replyDueAt).length} running clocks, ${firstList.items.filter((q) => !q.replyDueAt).length} stopped`,
    );

    // EXPLAIN.
    console.log('\n=== EXPLAIN (ANALYZE, BUFFERS) of the list requests’ statements ===');
    const failures = await explainLists(db, app);

    // The statements each scenario's requests run, recorded (writes rolled back). The server
    // writes to the first half of the write sample, the replay to the second.
    const half = Math.floor(picked.writes.length / 2);
    const serverWrites = picked.writes.slice(0, half);
    const replayWrites = picked.writes.slice(half);
    const recordStart = performance.now();
    // Reads are recorded the second time each viewer asks, as the server answers them once it
    // knows the viewer (the first read of a viewer takes one more statement).
    const listRequests = picked.shops.map(listRequest);
    const detailRequests = picked.reads.map(detailRequest);
    await recordAll(app, [...listRequests, ...detailRequests], false);
    const recorded = {
      list: await recordAll(app, listRequests, false),
      detail: await recordAll(app, detailRequests, false),
      write: await recordAll(app, replayWrites.map(writeRequest), true),
    };
    const shape = (requests: Recorded[]) => {
      const [first] = requests;
      const transactions = first!.filter((unit) => unit.transaction).length;
      const count = statementsOf(first!).length;
      return `${count} statement${count > 1 ? 's' : ''}, ${transactions === 0 ? 'no transaction' : `${transactions} transaction${transactions > 1 ? 's' : ''} (plus BEGIN/COMMIT)`}`;
    };
    console.log(
      `\nrecorded the store's statements in ${((performance.now() - recordStart) / 1000).toFixed(1)} s: ${recorded.list.length} lists (${shape(recorded.list)}), ${recorded.detail.length} questions (${shape(recorded.detail)}), ${recorded.write.length} writes (${shape(recorded.write)})`,
    );
    if (PGLITE) await db.close();

    // Warm tokens.
    for (const shop of picked.shops) await tokenOf(sellerOf(shop));

    const scenarios: {
      name: string;
      next: () => BenchRequest;
      transactions: Recorded[];
      once: boolean;
    }[] = [
      {
        name: '(a) GET /questions?sort=due&limit=50 (seller)',
        next: () => listRequest(random(picked.shops)),
        transactions: recorded.list,
        once: false,
      },
      {
        name: '(b) GET /questions/:id (seller)',
        next: () => detailRequest(random(picked.reads)),
        transactions: recorded.detail,
        once: false,
      },
      {
        name: '(c) POST /questions/:id/messages',
        next: () => writeRequest(random(serverWrites)),
        transactions: recorded.write,
        once: true,
      },
    ];
    const rows: Row[] = scenarios.map((scenario) => ({
      name: scenario.name,
      server: [],
      sql: [],
      floor: [],
    }));

    const started = await startServer(serverEnv);
    child = started.child;
    const pid = child.pid!;
    const idle = memoryOf(pid);
    console.log(
      `\nserver pid ${pid} ready on port ${started.port}; RSS at idle ${idle.rss.toFixed(0)} MB`,
    );
    const httpTask = (scenario: (typeof scenarios)[number]) => async (worker: number) => {
      const request = scenario.next();
      const status = await send(started.port, await tokenOf(request.claims), request, worker);
      return status === request.expect;
    };
    let writeOffset = 0;
    const runSql = async (index: number) => {
      const scenario = scenarios[index]!;
      if (!scenario.once) return replay(db, scenario.transactions, false);
      // Writes: each recorded one once (the replay commits it); a share per run.
      const share = Math.floor(scenario.transactions.length / RUNS);
      const slice = scenario.transactions.slice(writeOffset, writeOffset + share);
      writeOffset += share;
      return replay(db, slice, true);
    };
    if (!PGLITE) db = await openDb();
    // PostgreSQL's processes serving this database (none for PGlite: it runs in the server).
    const monitor = PGLITE ? undefined : await openDb();
    const backends = async () =>
      monitor
        ? (
            await monitor.query<{ pid: number }>(
              'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
            )
          ).map((row) => row.pid)
        : [];
    // Every seller once, as the SQL alone was recorded (a viewer's first read verifies the token
    // and takes one more statement): the runs measure a server that knows its viewers.
    let nextShop = 0;
    await load(10, 600, async (worker) => {
      if (nextShop >= picked.shops.length) throw EXHAUSTED;
      const request = listRequest(picked.shops[nextShop++]!);
      return (await send(started.port, await tokenOf(request.claims), request, worker)) === 200;
    });
    for (const [index, scenario] of scenarios.entries()) {
      console.log(`\n${scenario.name}`);
      // Warm-up, not counted: V8's young generation grows and the code is optimized in the first
      // seconds under load (a first run after 2 s took ~1.7 times the server CPU of the second).
      await load(CONNECTIONS, 5, httpTask(scenario));
      for (let run = 0; run < RUNS; run++) {
        const server = await withCpu(
          () => load(CONNECTIONS, SECONDS, httpTask(scenario)),
          pid,
          backends,
        );
        rows[index]!.server.push(server);
        console.log(`  run ${run + 1} server    ${describeRun(server)}`);
        if (!PGLITE) {
          const sql = await withCpu(() => runSql(index), undefined, backends);
          rows[index]!.sql.push(sql);
          console.log(`  run ${run + 1} SQL alone ${describeRun(sql)}`);
        }
      }
      // VmHWM is the whole process's: after each scenario, to see which one set it.
      const rss = memoryOf(pid);
      console.log(
        `  server RSS ${rss.rss.toFixed(0)} MB after these runs, peak so far (VmHWM) ${rss.hwm.toFixed(0)} MB`,
      );
    }
    const memory = memoryOf(pid);
    await monitor?.close();
    closeClient(started.port);
    await stopServer(child);
    child = undefined;
    if (!PGLITE) {
      // The floor: the reads' statements behind node:http and pg's pool alone.
      const floorDir = await mkdtemp(join(tmpdir(), 'sq-bench-floor-'));
      cleanup.push(() => rm(floorDir, { recursive: true, force: true }));
      const file = join(floorDir, 'statements.json');
      await writeFile(
        file,
        JSON.stringify({
          list: recorded.list.map(statementsOf),
          detail: recorded.detail.map(statementsOf),
        }),
      );
      const floor = await startFloor({
        DATABASE_URL: serverEnv['DATABASE_URL']!,
        DATABASE_POOL_SIZE: String(POOL_SIZE),
        FLOOR_STATEMENTS: file,
      });
      child = floor.child;
      const floorMonitor = await openDb();
      const floorBackends = async () =>
        (
          await floorMonitor.query<{ pid: number }>(
            'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
          )
        ).map((row) => row.pid);
      for (const [index, set] of (['list', 'detail'] as const).entries()) {
        const count = recorded[set].length;
        const task = async (worker: number) =>
          (await get(floor.port, `/${set}/${Math.floor(Math.random() * count)}`, worker)) === 200;
        await load(CONNECTIONS, 5, task); // warm-up, not counted (as the server's)
        for (let run = 0; run < RUNS; run++) {
          const figures = await withCpu(
            () => load(CONNECTIONS, SECONDS, task),
            floor.child.pid,
            floorBackends,
          );
          rows[index]!.floor.push(figures);
          console.log(`  ${scenarios[index]!.name} run ${run + 1} floor ${describeRun(figures)}`);
        }
      }
      await floorMonitor.close();
      closeClient(floor.port);
      await stopServer(floor.child);
      child = undefined;
    }
    if (PGLITE) {
      // PGlite's data directory is one process's: the replay runs after the server stopped.
      db = await openDb();
      for (const [index, scenario] of scenarios.entries()) {
        for (let run = 0; run < RUNS; run++) {
          const sql = await withCpu(() => runSql(index), undefined, backends);
          rows[index]!.sql.push(sql);
          console.log(`  ${scenario.name} run ${run + 1} SQL alone ${describeRun(sql)}`);
        }
      }
    }
    await db.close();

    // The table.
    console.log(
      `\n=== ${PGLITE ? 'PGlite' : 'PostgreSQL'}, ${size.questions} questions, ${CONNECTIONS} connections: medians of ${RUNS} runs × ${SECONDS} s (machine shared) ===`,
    );
    console.log(
      `${'scenario'.padEnd(44)} | ${'server p50'.padStart(10)} ${'p99'.padStart(7)} ${'req/s'.padStart(6)} | ${'SQL p50'.padStart(8)} ${'p99'.padStart(7)} ${'req/s'.padStart(6)} | ${'×p50'.padStart(5)} ${'×p99'.padStart(5)}`,
    );
    const goals: string[] = [];
    for (const row of rows) {
      const server = medianOf(row.server);
      const sql = medianOf(row.sql);
      console.log(
        `${row.name.padEnd(44)} | ${ms(server.p50).padStart(10)} ${ms(server.p99)} ${server.rps.toFixed(0).padStart(6)} | ${ms(sql.p50).padStart(8)} ${ms(sql.p99)} ${sql.rps.toFixed(0).padStart(6)} | ${(server.p50 / sql.p50).toFixed(2).padStart(5)} ${(server.p99 / sql.p99).toFixed(2).padStart(5)}${server.errors + sql.errors ? `  (${server.errors + sql.errors} ERRORS)` : ''}`,
      );
      const ratio = server.p50 / sql.p50;
      goals.push(
        `${ratio <= 1.5 ? 'MET ' : 'MISS'} server ≤ 1.5 × SQL alone (p50) for ${row.name}: ${ratio.toFixed(2)}×`,
      );
    }
    const floors = rows.filter((row) => row.floor.length > 0);
    if (floors.length > 0) {
      console.log(
        `\nThe floor: the same statements behind node:http and pg's pool alone (server/scripts/floor-server.mjs):`,
      );
      for (const row of floors) {
        const floor = medianOf(row.floor);
        const server = medianOf(row.server);
        const sql = medianOf(row.sql);
        console.log(
          `${row.name.padEnd(44)} | floor ${ms(floor.p50).padStart(7)} ${ms(floor.p99)} ${floor.rps.toFixed(0).padStart(6)} req/s | floor ÷ SQL ${(floor.p50 / sql.p50).toFixed(2)}× | server ÷ floor ${(server.p50 / floor.p50).toFixed(2)}×${floor.errors ? `  (${floor.errors} ERRORS)` : ''}`,
        );
        if (floor.cpu) console.log(`  ${''.padEnd(44)} floor:      ${cpuText(floor.cpu)}`);
      }
    }
    const list = medianOf(rows[0]!.server);
    goals.unshift(
      `${list.p99 <= 25 ? 'MET ' : 'MISS'} list p99 ≤ 25 ms: ${list.p99.toFixed(1)} ms (SQL alone: ${medianOf(rows[0]!.sql).p99.toFixed(1)} ms)`,
    );
    goals.push(
      `${failures.length === 0 ? 'MET ' : 'MISS'} no Seq Scan on questions in the list plans${failures.length ? `: ${failures.length} plans` : ''}`,
    );
    goals.push(
      `${memory.hwm <= 150 ? 'MET ' : 'MISS'} server peak RSS ≤ 150 MB: VmHWM ${memory.hwm.toFixed(0)} MB (idle after start ${idle.rss.toFixed(0)} MB)`,
    );
    console.log(
      `\nCPU time per request (medians; ${PGLITE ? 'PGlite runs inside the server, and inside this process for the SQL alone' : 'PostgreSQL: its processes serving this database'}):`,
    );
    for (const row of rows) {
      const server = medianOf(row.server).cpu;
      const sql = medianOf(row.sql).cpu;
      if (server) console.log(`  ${row.name.padEnd(44)} server run: ${cpuText(server)}`);
      if (sql) console.log(`  ${''.padEnd(44)} SQL alone:  ${cpuText(sql)}`);
    }
    console.log(
      '\nGoals (on a 2-core machine shared with other work: latency figures vary from run to run):',
    );
    for (const goal of goals) console.log(`  ${goal}`);
    if (failures.length > 0) {
      console.log('\n!!!!!!!! FAIL: Seq Scan on questions in these plans:');
      for (const failure of failures) console.log(`  ${failure}`);
    }
  } finally {
    if (child) await stopServer(child);
    agent.destroy();
    for (const client of clients.values()) client.close();
    for (const step of cleanup.reverse()) await step();
  }
}

await main();
