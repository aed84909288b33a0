// An operator's own catalogue: without DEMO=1 the database starts empty, /readyz and the API
// say so with 503 and what to run; `npm run server:import -- file.json` checks the file, writes
// it in one transaction (a bad file writes nothing) and the API then works.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Database } from '../src/db.js';
import { CatalogueError, importCatalogue } from '../src/import.js';
import { freshPostgres } from '../src/testing.js';
import { databaseUrl, startServer, target, type TestServer } from './support/server.js';

const EXAMPLE = fileURLToPath(new URL('../examples/catalogue.json', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../scripts/import.ts', import.meta.url));
const TABLES = [
  'config',
  'shops',
  'sellers',
  'buyers',
  'platform_agents',
  'products',
  'orders',
  'templates',
];

const example = async () => JSON.parse(await readFile(EXAMPLE, 'utf8')) as Record<string, unknown>;

/** The error an import of `catalogue` is refused with (it must be refused). */
async function refusal(db: Database, catalogue: unknown): Promise<CatalogueError> {
  let error: unknown;
  try {
    await importCatalogue(db, catalogue);
  } catch (caught) {
    error = caught;
  }
  assert.ok(error instanceof CatalogueError);
  return error;
}

async function counts(db: Database): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`);
    result[table] = row!.n;
  }
  return result;
}

const EMPTY = Object.fromEntries(TABLES.map((table) => [table, 0]));

/** A buyer's new question through the API: its id (201, or the test fails with the problem). */
async function askAs(
  server: TestServer,
  token: string,
  key: string,
  question: Record<string, unknown>,
): Promise<{ id: string }> {
  const asked = await server.fetch('/api/v1/questions', {
    method: 'POST',
    token,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(question),
  });
  assert.equal(asked.status, 201, await asked.clone().text());
  return (await asked.json()) as { id: string };
}

describe(`importing a catalogue on ${target}`, () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ seed: false, demo: false });
  });
  after(async () => {
    await server.close();
  });

  it('answers 503 with what to run, in /readyz and the API, while nothing is imported', async () => {
    const ready = await server.fetch('/readyz');
    assert.equal(ready.status, 503);
    const body = (await ready.json()) as { status: string; detail: string };
    assert.equal(body.status, 'not configured');
    assert.match(body.detail, /npm run server:import/);
    const token = await server.token({ role: 'buyer', id: 'c-1001' });
    const config = await server.fetch('/api/v1/config', { token });
    assert.equal(config.status, 503);
    assert.ok(config.headers.get('Retry-After'));
    const problem = (await config.json()) as { code: string; detail: string };
    assert.equal(problem.code, 'unavailable');
    assert.match(problem.detail, /not configured.*npm run server:import/);
  });

  it('refuses a file with mistakes, naming each with its pointer, and writes nothing', async () => {
    const bad = await example();
    const orders = bad['orders'] as Record<string, unknown>[];
    orders[0]!['buyer'] = { id: 'c-404', name: 'Nobody', country: 'DE', language: 'de' };
    (bad['products'] as Record<string, unknown>[]).push({
      id: 'vase/../x',
      shopId: 'shop-berlin',
      name: 'Vase',
      price: { amountMinor: 100, currency: 'EUR' },
    });
    (bad['sellers'] as Record<string, unknown>[])[0]!['shopId'] = 'shop-hamburg';
    (bad['shops'] as Record<string, unknown>[]).push({ id: 'shop-2', name: 'No language' });
    bad['customers'] = [];
    const error = await refusal(server.db, bad);
    assert.deepEqual(error.problems.sort(), [
      '/customers: not a section of a catalogue',
      '/orders/0/buyer/id: no buyer "c-404"',
      '/products/1/id: not in the allowed form',
      '/sellers/0/shopId: no shop "shop-hamburg"',
      '/shops/1/language: missing',
    ]);
    assert.match(error.message, /nothing was imported/);
    assert.deepEqual(await counts(server.db), EMPTY);
  });

  it('writes nothing when the database fails halfway (one transaction)', async () => {
    const failing: Database = {
      ...server.db,
      transaction: (work) =>
        server.db.transaction((sql) =>
          work({
            query: (text, params) =>
              text.includes('INTO orders')
                ? Promise.reject(new Error('disk full'))
                : sql.query(text, params),
          }),
        ),
    };
    await assert.rejects(importCatalogue(failing, await example()), /disk full/);
    assert.deepEqual(await counts(server.db), EMPTY);
  });

  it('imports a good file, after which /readyz is ready and the API works for its people', async () => {
    const { written, refreshed } = await importCatalogue(server.db, await example());
    assert.equal(refreshed, 0);
    assert.deepEqual(written, {
      config: 1,
      shops: 1,
      sellers: 1,
      buyers: 1,
      agents: 1,
      products: 1,
      orders: 1,
      templates: 1,
    });
    assert.equal((await server.fetch('/readyz')).status, 200);
    // A platform agent of the file signs in with role platform and no shop.
    const agent = await server.token({ role: 'platform', id: 'cs-17' });
    const me = await server.fetch('/api/v1/me', { token: agent });
    assert.equal(me.status, 200);
    assert.deepEqual(await me.json(), {
      role: 'platform',
      id: 'cs-17',
      name: 'Ines Hartmann',
      country: 'DE',
      language: 'de',
    });
    const buyer = await server.token({ role: 'buyer', id: 'c-1001' });
    const seller = await server.token({ role: 'seller', id: 'u-4711', shopId: 'shop-berlin' });
    const config = (await (await server.fetch('/api/v1/config', { token: buyer })).json()) as {
      slaHours: number;
      servedRegions: string[];
      maxMessageLength: number;
    };
    // The file's settings over the defaults.
    assert.deepEqual(config.servedRegions, ['DE', 'AT', 'FR']);
    assert.equal(config.maxMessageLength, 2000);
    await askAs(server, buyer, 'import-question-1', {
      category: 'order_service',
      topic: 'order_status',
      shopId: 'shop-berlin',
      orderId: 'ord-5001',
      text: 'Wann kommt meine Bestellung?',
      language: 'de',
    });
    const list = (await (await server.fetch('/api/v1/questions', { token: seller })).json()) as {
      total: number;
    };
    assert.equal(list.total, 1);
    const templates = (await (
      await server.fetch('/api/v1/templates?language=de', { token: seller })
    ).json()) as { items: { id: string }[] };
    assert.ok(templates.items.some((template) => template.id === 'shop-berlin.thanks.de'));
  });

  it('updates records on a second import and keeps refunds made through the API', async () => {
    await server.db.query(
      `UPDATE orders SET data = jsonb_set(data, '{refunded}', '[{"itemId":"ord-5001-1","quantity":1}]')
       WHERE id = 'ord-5001'`,
    );
    const again = await example();
    (again['orders'] as Record<string, unknown>[])[0]!['status'] = 'delivered';
    (again['products'] as Record<string, unknown>[])[0]!['name'] = 'Stoneware mug, ocean blue';
    await importCatalogue(server.db, again);
    const [order] = await server.db.query<{ data: { status: string; refunded: unknown[] } }>(
      "SELECT data FROM orders WHERE id = 'ord-5001'",
    );
    assert.equal(order!.data.status, 'delivered');
    assert.deepEqual(order!.data.refunded, [{ itemId: 'ord-5001-1', quantity: 1 }]);
    const [product] = await server.db.query<{ data: { name: string } }>(
      "SELECT data FROM products WHERE id = 'mug-blue'",
    );
    assert.equal(product!.data.name, 'Stoneware mug, ocean blue');
    assert.equal((await counts(server.db))['orders'], 1);
  });

  it('refuses a buyer, seller or agent with another kind of person’s id, in the file or imported', async () => {
    const before = await counts(server.db);
    const imported = await example();
    const sellerId = (imported['sellers'] as { id: string }[])[0]!.id;
    const buyer = (imported['buyers'] as Record<string, unknown>[])[0]!;
    const refuse = async (catalogue: Record<string, unknown>, problems: string[]) => {
      assert.deepEqual((await refusal(server.db, catalogue)).problems, problems);
      assert.deepEqual(await counts(server.db), before);
    };
    // A buyer with the id of a seller already imported.
    await refuse({ buyers: [{ ...buyer, id: sellerId }] }, [
      `/buyers/0/id: "${sellerId}" is already one of the sellers: a buyer, a seller and an agent need ids of their own`,
    ]);
    // An agent and a buyer of one id in one file.
    await refuse(
      {
        buyers: [{ ...buyer, id: 'person-7' }],
        agents: [{ id: 'person-7', name: 'Pat Agent', country: 'DE', language: 'de' }],
      },
      [
        '/agents/0/id: "person-7" is already one of the buyers: a buyer, a seller and an agent need ids of their own',
      ],
    );
    // The same buyer again is an update, not a clash.
    await importCatalogue(server.db, { buyers: [{ ...buyer, name: 'Renamed Buyer' }] });
  });
});

describe(`a second import's new names in the lists on ${target}`, () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ seed: false, demo: false });
  });
  after(async () => {
    await server.close();
  });

  type Entry = { id: string; product: { name: string }; buyer?: { name: string } };
  const list = async (token: string) => {
    const response = await server.fetch('/api/v1/questions?limit=50', { token });
    assert.equal(response.status, 200);
    return ((await response.json()) as { items: Entry[] }).items;
  };

  it('shows a renamed product and buyer at once, and rewrites nothing when nothing changed', async () => {
    const catalogue = await example();
    await importCatalogue(server.db, catalogue);
    const buyer = await server.token({ role: 'buyer', id: 'c-1001' });
    const seller = await server.token({ role: 'seller', id: 'u-4711', shopId: 'shop-berlin' });
    const { id } = await askAs(server, buyer, 'rename-question-1', {
      category: 'pre_sale',
      topic: 'product',
      shopId: 'shop-berlin',
      productId: 'mug-blue',
      details: { subject: 'material' },
      text: 'Is it dishwasher safe?',
      language: 'en',
    });
    const [before] = await server.db.query<{ updated_at: Date }>(
      'SELECT updated_at FROM questions WHERE id = $1',
      [id],
    );

    // The same file again: no record changed, no entry is written.
    const same = await importCatalogue(server.db, catalogue);
    assert.equal(same.refreshed, 0);

    const renamed = await example();
    const product = (renamed['products'] as Record<string, unknown>[])[0]!;
    product['name'] = 'Stoneware mug, ocean blue';
    const person = (renamed['buyers'] as Record<string, unknown>[])[0]!;
    person['name'] = 'Jonas Berger-Klein';
    const result = await importCatalogue(server.db, renamed);
    assert.equal(result.refreshed, 1);

    const [sellerEntry, buyerEntry] = await Promise.all(
      [seller, buyer].map(async (token) => (await list(token)).find((item) => item.id === id)),
    );
    for (const entry of [sellerEntry, buyerEntry]) {
      assert.equal(entry?.product.name, 'Stoneware mug, ocean blue');
    }
    assert.ok(sellerEntry);
    assert.equal(sellerEntry.buyer?.name, 'Jonas Berger-Klein');
    // What a list shows is what the question itself shows.
    const detail = (await (
      await server.fetch(`/api/v1/questions/${id}`, { token: seller })
    ).json()) as Entry;
    assert.equal(detail.product.name, sellerEntry.product.name);
    // The rename is not the question's news: its time of update stays.
    const [after] = await server.db.query<{ updated_at: Date }>(
      'SELECT updated_at FROM questions WHERE id = $1',
      [id],
    );
    assert.equal(after!.updated_at.getTime(), before!.updated_at.getTime());
  });
});

describe('npm run server:import', () => {
  const run = promisify(execFile);
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let drop: (() => Promise<void>) | undefined;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sq-import-'));
    env = { ...process.env, DATA_DIR: join(dir, 'pglite') };
    delete env['DATABASE_URL'];
    if (databaseUrl) {
      const postgres = await freshPostgres(databaseUrl);
      env['DATABASE_URL'] = postgres.url;
      drop = () => postgres.drop();
    }
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
    await drop?.();
  });

  const importFile = (file: string) =>
    run(process.execPath, ['--import', 'tsx', SCRIPT, file], { env }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: unknown) => error as { code: number; stdout: string; stderr: string },
    );

  it('exits with 1 and lists the mistakes of a bad file, then imports the example', async () => {
    const badFile = join(dir, 'bad.json');
    await writeFile(badFile, JSON.stringify({ shops: [{ id: 'x', name: 'No language' }] }));
    const bad = await importFile(badFile);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /nothing was imported/);
    assert.match(bad.stderr, /\/shops\/0\/language: missing/);
    const notJson = join(dir, 'not.json');
    await writeFile(notJson, '{ "shops": [');
    const broken = await importFile(notJson);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /Cannot read .*not\.json as JSON/);
    const good = await importFile(EXAMPLE);
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /Imported 1 config, 1 shops, 1 sellers, 1 buyers/);
    // A file of templates alone: what it had, and no configuration it did not give.
    const example = JSON.parse(await readFile(EXAMPLE, 'utf8')) as { templates: unknown[] };
    const templatesFile = join(dir, 'templates.json');
    await writeFile(templatesFile, JSON.stringify({ templates: example.templates.slice(0, 1) }));
    const templates = await importFile(templatesFile);
    assert.equal(templates.code, 0, templates.stderr);
    assert.match(templates.stdout, /^Imported 1 templates into /);
  });

  it(
    'says in one line, exiting with 1, that a running server owns the PGlite directory',
    { skip: databaseUrl ? 'PGlite only' : false },
    async () => {
      // Found by an outside operator run: it was a stack trace. The lock names a process that
      // runs (this one), as a server's would.
      const lock = `${env['DATA_DIR']}.lock`;
      await writeFile(lock, `${process.pid}\n`);
      try {
        const refused = await importFile(EXAMPLE);
        assert.equal(refused.code, 1);
        assert.match(
          refused.stderr,
          new RegExp(`^Import failed, nothing was imported: .* in use by process ${process.pid}`),
        );
        assert.equal(refused.stderr.trim().split('\n').length, 1, refused.stderr);
        assert.doesNotMatch(refused.stderr, /\bat |db\.ts/);
      } finally {
        await rm(lock, { force: true });
      }
    },
  );
});
