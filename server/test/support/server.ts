// What the server tests share: the database they run on (PGlite in memory, or a fresh database
// on the PostgreSQL server of TEST_DATABASE_URL), a seeded test server, tokens for the seed's
// people, a shop of a test's own (and a server with one), JSON requests, uploads, a second
// "process" on the same database, a server in a child process, and waiting for something to
// happen.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Claims } from '../../../src/backend/context.js';
import { openDatabase, type Database } from '../../src/db.js';
import {
  freshPostgres,
  startTestServer,
  type TestServer,
  type TestServerOptions,
} from '../../src/testing.js';

export type { TestServer } from '../../src/testing.js';

/** The PostgreSQL server the tests make their databases on; none: PGlite. */
export const databaseUrl = process.env['TEST_DATABASE_URL'] || undefined;
/** What the tests run on, for their names. */
export const target = databaseUrl ? 'PostgreSQL' : 'PGlite';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The seed's people, as their tokens name them. */
export const PEOPLE = {
  seller: { role: 'seller', id: 'seller-1', shopId: 's-1' },
  seller2: { role: 'seller', id: 'seller-2', shopId: 's-2' },
  anna: { role: 'buyer', id: 'b-anna' },
  julien: { role: 'buyer', id: 'b-julien' },
  sanne: { role: 'buyer', id: 'b-sanne' },
  emily: { role: 'buyer', id: 'b-emily' },
  agent: { role: 'platform', id: 'agent-1' },
} as const satisfies Record<string, Claims>;

/** A test server on the tests' database, seeded with the demo data unless told otherwise. */
export function startServer(
  options: Omit<TestServerOptions, 'databaseUrl'> = {},
): Promise<TestServer> {
  return startTestServer({ databaseUrl, ...options });
}

/** A token for each of `claims`, by the same names. */
export async function tokens<K extends string>(
  server: TestServer,
  claims: Record<K, Claims>,
): Promise<Record<K, string>> {
  const entries = await Promise.all(
    (Object.entries(claims) as [K, Claims][]).map(
      async ([name, claim]) => [name, await server.token(claim)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<K, string>;
}

export interface ShopOptions {
  id: string;
  name: string;
  /** The seller of the shop, a copy of seed's seller-1 with these fields. */
  seller?: { id: string; [field: string]: unknown };
  /** An order of the shop, a copy of the seed's o-1003 (Sanne's, seller-funded). */
  order?: { id: string; number: string };
  /** The link to the host's page of a question (emails). */
  questionUrl?: string;
}

/**
 * A shop of the test's own (copied from the seed's s-1): the seed's questions stay out of it.
 * Its seller's claims (for a token), when it has one.
 */
export async function addShop(server: TestServer, shop: ShopOptions): Promise<Claims> {
  await server.db.query(
    `INSERT INTO shops (id, data, question_url) SELECT $1, data || jsonb_build_object('id',
       $1::text, 'name', $2::text), $3 FROM shops WHERE id = 's-1'`,
    [shop.id, shop.name, shop.questionUrl ?? null],
  );
  if (shop.seller) {
    await server.db.query(
      `INSERT INTO sellers (id, shop_id, data) SELECT $2, $1,
         data || $3::jsonb || jsonb_build_object('id', $2::text, 'shopId', $1::text)
       FROM sellers WHERE id = 'seller-1'`,
      [shop.id, shop.seller.id, JSON.stringify(shop.seller)],
    );
  }
  if (shop.order) {
    await server.db.query(
      `INSERT INTO orders (id, shop_id, buyer_id, placed_at, data)
       SELECT $2, $1, buyer_id, placed_at, data || jsonb_build_object('id', $2::text,
         'shopId', $1::text, 'number', $3::text) FROM orders WHERE id = 'o-1003'`,
      [shop.id, shop.order.id, shop.order.number],
    );
  }
  return { role: 'seller', id: shop.seller?.id ?? '', shopId: shop.id };
}

/**
 * A test server (`options` as startServer's) with a shop of the test's own and its seller
 * (addShop), and tokens: `owner` for that seller, and one for each of `people`, by their names.
 */
export async function startServerWithShop<K extends string>(
  shop: ShopOptions & Required<Pick<ShopOptions, 'seller'>>,
  people: Record<K, Claims>,
  options: Omit<TestServerOptions, 'databaseUrl'> = {},
): Promise<{ server: TestServer; tokens: Record<K | 'owner', string> }> {
  const server = await startServer(options);
  const owner = await addShop(server, shop);
  const claims: Record<K | 'owner', Claims> = { ...people, owner };
  return { server, tokens: await tokens(server, claims) };
}

/** A shop and its seller as given (their whole records). */
export async function insertShop(
  server: TestServer,
  shop: { id: string },
  seller: { id: string; shopId: string },
): Promise<void> {
  await server.db.query('INSERT INTO shops (id, data) VALUES ($1, $2)', [
    shop.id,
    JSON.stringify(shop),
  ]);
  await server.db.query('INSERT INTO sellers (id, shop_id, data) VALUES ($1, $2, $3)', [
    seller.id,
    seller.shopId,
    JSON.stringify(seller),
  ]);
}

/** POSTs JSON under /api/v1 with a new idempotency key; the body of the 2xx it asserts. */
export async function postJson<T = { id: string; status: string }>(
  server: TestServer,
  path: string,
  token: string,
  body: unknown,
): Promise<T> {
  const response = await server.fetch(`/api/v1${path}`, {
    method: 'POST',
    token,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  assert.ok(response.status < 300, `${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * A seeded server whose API allows `origin` (CORS), with tokens for the seller and Anna, the
 * seller's first question, and a photo Anna uploaded (its URL): what the lane tests send.
 */
export async function startServerWithPhoto(origin: string): Promise<{
  server: TestServer;
  people: Record<'seller' | 'anna', string>;
  questionId: string;
  attachmentUrl: string;
}> {
  const server = await startServer({ corsOrigins: [origin] });
  const people = await tokens(server, { seller: PEOPLE.seller, anna: PEOPLE.anna });
  const list = await server.fetch('/api/v1/questions?sort=due', { token: people.seller });
  const questionId = ((await list.json()) as { items: { id: string }[] }).items[0]!.id;
  const photo = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } },
  })
    .jpeg()
    .toBuffer();
  const uploaded = await upload(server, people.anna, { bytes: photo, name: 'red.jpg' });
  assert.equal(uploaded.status, 201);
  const attachmentUrl = ((await uploaded.json()) as { url: string }).url;
  return { server, people, questionId, attachmentUrl };
}

/**
 * POSTs a file to /api/v1/attachments as a form, as the elements send a photo (`type` empty: as
 * a browser sends a file it cannot name the type of). The response, whatever its status.
 */
export function upload(
  server: TestServer,
  token: string,
  file: { bytes: BlobPart; name: string; type?: string },
): Promise<Response> {
  const form = new FormData();
  form.set('file', new Blob([file.bytes], { type: file.type ?? '' }), file.name);
  return server.fetch('/api/v1/attachments', {
    method: 'POST',
    token,
    headers: { 'Idempotency-Key': randomUUID() },
    body: form,
  });
}

/** Waits until `check` holds; fails after `ms`. */
export async function until(
  check: () => Promise<boolean> | boolean,
  what: string,
  ms = 10_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A second server process's view of the test server's database: a pool of its own on
 * PostgreSQL; on PGlite the same database (it has one connection). close() leaves the server's.
 */
export async function otherProcess(
  server: TestServer,
  poolSize = 4,
): Promise<{ db: Database; close: () => Promise<void> }> {
  if (!server.databaseUrl) return { db: server.db, close: () => Promise.resolve() };
  const db = await openDatabase({ url: server.databaseUrl, poolSize });
  return { db, close: () => db.close() };
}

/**
 * An empty database, not migrated: a fresh one on PostgreSQL (dropped by close), or PGlite in
 * memory. `url` is the PostgreSQL database's (for a child process or a second pool).
 */
export async function emptyDatabase(
  poolSize?: number,
): Promise<{ db: Database; url: string | undefined; close: () => Promise<void> }> {
  const postgres = databaseUrl ? await freshPostgres(databaseUrl) : null;
  const db = await openDatabase({ url: postgres?.url, poolSize });
  return {
    db,
    url: postgres?.url,
    async close() {
      await db.close();
      await postgres?.drop();
    },
  };
}

/** Rows of `table` that match `where`. */
export async function count(db: Database, table: string, where = 'true'): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM ${table} WHERE ${where}`,
  );
  return row!.n;
}

/** A shop's questions in one category and status (migration 027's tallies, or counted). */
export interface Tally {
  shop_id: string;
  category: string;
  status: string;
  n: number;
}

/** The tallies that are not zero, in the order of their key. */
export function tallies(db: Database): Promise<Tally[]> {
  return db.query<Tally>(
    `SELECT shop_id, category, status, n FROM question_tallies WHERE n <> 0
     ORDER BY shop_id, category, status`,
  );
}

/** The same, counted from the questions. */
export function countedTallies(db: Database): Promise<Tally[]> {
  return db.query<Tally>(
    `SELECT shop_id, category, status, count(*)::integer AS n FROM questions
     GROUP BY shop_id, category, status ORDER BY shop_id, category, status`,
  );
}

/**
 * The list statement (the one that reads `total`) that `db` ran while `work` ran, as the
 * database heard it, with its parameters.
 */
export async function listStatementDuring(
  db: Database,
  work: () => Promise<unknown>,
): Promise<{ text: string; params: readonly unknown[] | undefined } | undefined> {
  const heard: { text: string; params: readonly unknown[] | undefined }[] = [];
  const query = db.query.bind(db);
  db.query = (text, params) => {
    heard.push({ text, params });
    return query(text, params);
  };
  try {
    await work();
  } finally {
    db.query = query;
  }
  return heard.find((statement) => statement.text.includes('AS total'));
}
/** The database's clock (rows are stamped by it), plus `hours`. */
export async function dbNowPlus(server: TestServer, hours: number): Promise<Date> {
  const [row] = await server.db.query<{ now: Date | string }>('SELECT now() AS now');
  return new Date(new Date(row!.now).getTime() + hours * HOUR);
}

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * The environment of a server run as a child process, in demo mode (seeded), its tokens signed
 * with `jwt`, on a database of its own: a fresh database on TEST_DATABASE_URL's server, or a new
 * PGlite data directory. `remove` drops the database or deletes the directory.
 */
export async function childServerEnv(jwt: {
  secret: string;
  audience: string;
}): Promise<{ env: Record<string, string>; remove: () => Promise<void> }> {
  const env: Record<string, string> = {
    DEMO: '1',
    JWT_SECRET: jwt.secret,
    JWT_AUDIENCE: jwt.audience,
  };
  if (databaseUrl) {
    const postgres = await freshPostgres(databaseUrl);
    env['DATABASE_URL'] = postgres.url;
    return { env, remove: () => postgres.drop() };
  }
  const dir = await mkdtemp(join(tmpdir(), 'sq-server-'));
  env['DATA_DIR'] = dir;
  return { env, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Runs `node <args>` as a server on 127.0.0.1:`port` with `env` (its stderr shown), and resolves
 * once its /readyz answers ready. Rejects if it exits first, or is not ready within two minutes
 * (then it is killed).
 */
export function spawnServer(
  args: readonly string[],
  port: number,
  env: Record<string, string>,
  options: { cwd?: string } = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  return new Promise((resolve, reject) => {
    const poll = async () => {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.ok,
        () => false, // Not listening yet.
      );
      if (ready) resolve(child);
      else if (child.exitCode !== null || child.signalCode !== null) {
        reject(new Error(`the server exited (${child.exitCode ?? child.signalCode})`));
      } else if (Date.now() > deadline) {
        child.kill('SIGKILL');
        reject(new Error('the server was not ready in 2 minutes'));
      } else setTimeout(() => void poll(), 100);
    };
    void poll();
  });
}
