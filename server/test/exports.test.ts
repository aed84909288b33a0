// The seller's exports on the reference server: metrics for a date range (GET /metrics?from&to)
// and the shop's questions created in a range, a page at a time (GET /exports/questions). Only
// sellers, only their own shop's questions; bad ranges are 400 with a message saying why. On
// PGlite by default; on PostgreSQL when TEST_DATABASE_URL names a server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DAY,
  PEOPLE,
  postJson,
  startServerWithShop,
  target,
  type TestServer,
} from './support/server.js';

const OTHER_SHOP = 's-export';

interface Row {
  id: string;
  createdAt: string;
  category: string;
  topic: string;
  product: { id: string; name: string } | null;
  order: { id: string; number: string } | null;
  buyerName: string;
  status: string;
  handler: string;
  language: string;
  messageCount: number;
  firstAnswerAt: string | null;
  late: boolean;
  satisfied: boolean | null;
  resolvedAt: string | null;
  updatedAt: string;
}
interface Page {
  items: Row[];
  nextCursor: string | null;
  total: number;
}

let server: TestServer;
let seller: string;
let otherSeller: string;
let anna: string;
let agent: string;

const read = (path: string, token: string) => server.fetch(`/api/v1${path}`, { token });

const post = (path: string, token: string, body: unknown) =>
  postJson<{ id: string; messages: { id: string }[] }>(server, path, token, body);

const range = (fromMs: number, toMs: number) =>
  `from=${encodeURIComponent(new Date(fromMs).toISOString())}&to=${encodeURIComponent(new Date(toMs).toISOString())}`;
/** The last year up to a moment ago. */
const lastYear = () => range(Date.now() - 365 * DAY, Date.now() - 1);

async function problem(response: Response): Promise<{ code: string; detail: string }> {
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  return (await response.json()) as { code: string; detail: string };
}

/** Every row of an export, page by page. */
async function exportAll(token: string, query: string, limit: number) {
  const rows: Row[] = [];
  let pages = 0;
  let cursor: string | null = null;
  let total = -1;
  do {
    const response = await read(
      `/exports/questions?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      token,
    );
    assert.equal(response.status, 200);
    const page = (await response.json()) as Page;
    assert.ok(page.items.length <= limit);
    if (total >= 0) assert.equal(page.total, total, 'the total stays the same on every page');
    total = page.total;
    rows.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor);
  return { rows, pages, total };
}

describe(`exports on ${target}`, () => {
  before(async () => {
    // A second shop with its own seller.
    ({
      server,
      tokens: { owner: otherSeller, seller, anna, agent },
    } = await startServerWithShop(
      { id: OTHER_SHOP, name: 'Export Test Shop', seller: { id: 'seller-export' } },
      { seller: PEOPLE.seller, anna: PEOPLE.anna, agent: PEOPLE.agent },
    ));
  });
  after(async () => {
    await server.close();
  });

  it('refuses buyers and platform agents with 403, before looking at the range', async () => {
    for (const token of [anna, agent]) {
      for (const path of [`/exports/questions?${lastYear()}`, `/metrics?${lastYear()}`]) {
        const response = await read(path, token);
        assert.equal(response.status, 403, path);
        assert.equal((await problem(response)).code, 'forbidden');
      }
    }
    assert.equal((await read('/exports/questions?from=x', anna)).status, 403);
  });

  it('answers a bad range with 400 and a message saying what is wrong', async () => {
    const now = Date.now();
    const cases: [string, string, RegExp][] = [
      ['no range', '', /from and to are required/],
      ['only from', `from=${new Date(now - DAY).toISOString()}`, /both from and to/],
      ['from after to', range(now - DAY, now - 2 * DAY), /from must be before to/],
      ['from equal to to', range(now - DAY, now - DAY), /from must be before to/],
      ['over 366 days', range(now - 367 * DAY - 1, now - DAY), /at most 366 days/],
      ['to in the future', range(now - DAY, now + 6 * 60_000), /must not be in the future/],
      ['not a date-time', 'from=yesterday&to=today', /from must be a date-time/],
      ['a date without a time', 'from=2026-01-01&to=2026-02-01', /date-time with a time zone/],
      ['limit 0', `${lastYear()}&limit=0`, /limit must be a whole number from 1 to 500/],
      ['limit 501', `${lastYear()}&limit=501`, /limit must be a whole number from 1 to 500/],
      ['a made-up cursor', `${lastYear()}&cursor=o5.nope`, /cursor is not valid/],
    ];
    for (const [name, query, message] of cases) {
      const response = await read(`/exports/questions?${query}`, seller);
      assert.equal(response.status, 400, name);
      const body = await problem(response);
      assert.equal(body.code, 'bad_request', name);
      assert.match(body.detail, message, name);
    }
    // A range of exactly 366 days is allowed.
    assert.equal(
      (await read(`/exports/questions?${range(now - 366 * DAY, now - 1)}`, seller)).status,
      200,
    );
    // The same rules for the metrics, and windowDays is not given with a range.
    for (const [query, message] of [
      [range(now - DAY, now + DAY), /must not be in the future/],
      [range(now - DAY, now - 2 * DAY), /from must be before to/],
      [`${lastYear()}&windowDays=30`, /not both/],
      [`from=${new Date(now - DAY).toISOString()}`, /both from and to/],
    ] as const) {
      const response = await read(`/metrics?${query}`, seller);
      assert.equal(response.status, 400, query);
      assert.match((await problem(response)).detail, message);
    }
  });

  it('pages through every question of the shop created in the range, oldest first, each once', async () => {
    const query = lastYear();
    const { rows, pages, total } = await exportAll(seller, query, 7);
    const [{ n }] = (await server.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM questions WHERE shop_id = 's-1'
         AND created_at > now() - interval '365 days'`,
    )) as [{ n: number }];
    assert.ok(n > 14, `the seed has questions in the last year (${n})`);
    assert.equal(total, n);
    assert.equal(rows.length, n);
    assert.equal(pages, Math.ceil(n / 7));
    assert.equal(new Set(rows.map((row) => row.id)).size, n, 'no row twice');
    const times = rows.map((row) => Date.parse(row.createdAt));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
      'oldest first',
    );
    // Each row as the contract says.
    for (const row of rows) {
      assert.equal(typeof row.buyerName, 'string');
      assert.ok(row.messageCount >= 1, row.id);
      assert.equal(typeof row.late, 'boolean');
      if (row.status !== 'resolved' && row.status !== 'closed') {
        assert.equal(row.resolvedAt, null, row.id);
      }
    }
    // A question closed a week after it was resolved keeps when it was resolved.
    assert.ok(
      rows.some((row) => row.status === 'closed' && row.resolvedAt !== null),
      'a closed row with its resolve time',
    );
    assert.ok(rows.some((row) => row.order !== null && row.order.number.length > 0));
    assert.ok(rows.some((row) => row.product !== null && row.product.name.length > 0));
    assert.ok(rows.some((row) => row.firstAnswerAt !== null));
    // One page of 500 holds them all.
    const whole = (await (
      await read(`/exports/questions?${query}&limit=500`, seller)
    ).json()) as Page;
    assert.equal(whole.nextCursor, null);
    assert.deepEqual(
      whole.items.map((row) => row.id),
      rows.map((row) => row.id),
    );
    // A cursor belongs to its range.
    const first = (await (
      await read(`/exports/questions?${query}&limit=2`, seller)
    ).json()) as Page;
    const elsewhere = await read(
      `/exports/questions?${range(Date.now() - 10 * DAY, Date.now() - 1)}&cursor=${encodeURIComponent(first.nextCursor!)}`,
      seller,
    );
    assert.equal(elsewhere.status, 400);
  });

  it('gives a seller only their own shop’s questions, and a new question its row', async () => {
    const before = Date.now() - 1;
    const asked = await post('/questions', anna, {
      category: 'pre_sale',
      topic: 'shop',
      shopId: OTHER_SHOP,
      text: 'Liefern Sie auch nach Österreich? Ich würde gern drei Stück bestellen.',
      language: 'de',
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const query = range(before - 365 * DAY, Date.now());
    const other = await exportAll(otherSeller, query, 500);
    assert.deepEqual(
      other.rows.map((row) => row.id),
      [asked.id],
    );
    const row = other.rows[0]!;
    assert.equal(row.buyerName, 'Anna Schneider');
    assert.deepEqual(
      {
        category: row.category,
        topic: row.topic,
        product: row.product,
        order: row.order,
        status: row.status,
        language: row.language,
        messageCount: row.messageCount,
        firstAnswerAt: row.firstAnswerAt,
        late: row.late,
        satisfied: row.satisfied,
        resolvedAt: row.resolvedAt,
      },
      {
        category: 'pre_sale',
        topic: 'shop',
        product: null,
        order: null,
        status: 'awaiting_seller',
        language: 'de',
        messageCount: 1,
        firstAnswerAt: null,
        late: false,
        satisfied: null,
        resolvedAt: null,
      },
    );
    // The first shop's seller never sees it; the other shop's never sees the first's.
    const own = await exportAll(seller, query, 500);
    assert.ok(own.rows.length > 0);
    assert.ok(!own.rows.some((candidate) => candidate.id === asked.id));
    // Answered and resolved: the row says when.
    await post(`/questions/${asked.id}/messages`, otherSeller, {
      text: 'Ja, nach Österreich in 3 Tagen.',
      language: 'de',
      resolve: true,
    });
    const [answered] = (await exportAll(otherSeller, range(before - DAY, Date.now()), 10)).rows;
    assert.ok(answered!.firstAnswerAt);
    assert.equal(answered!.status, 'resolved');
    assert.ok(answered!.resolvedAt);
    assert.equal(answered!.messageCount, 2);
  });

  it('gives a question answered by a refund alone the refund as its first answer', async () => {
    // q-025 waits for the seller, about an item of order o-1003; the refund is the response the
    // response clock and the delayed-response rate count, so it is the row's first answer too.
    const before = Date.now();
    const refunded = await post('/questions/q-025/refunds', seller, {
      items: [{ itemId: 'o-1003-1', quantity: 1 }],
    });
    assert.equal(refunded.messages.length, 2);
    const { rows } = await exportAll(seller, lastYear(), 500);
    const row = rows.find((candidate) => candidate.id === 'q-025');
    assert.ok(row, 'q-025 is in the export');
    assert.equal(row.messageCount, 1, 'no reply, only the refund');
    assert.ok(row.firstAnswerAt, 'a first answer');
    const at = Date.parse(row.firstAnswerAt);
    assert.ok(at >= before - 1000 && at <= Date.now(), row.firstAnswerAt);
    assert.equal(row.status, 'resolved');
    assert.equal(row.late, false);
  });

  it('gives the metrics of a range, the window as asked', async () => {
    // One moment for both ends: two readings of the clock a millisecond apart made the range
    // 80 days and 1 ms, which is 81 days rounded up.
    const now = Date.now();
    const from = new Date(now - 90 * DAY);
    const to = new Date(now - 10 * DAY);
    const response = await read(`/metrics?${range(from.getTime(), to.getTime())}`, seller);
    assert.equal(response.status, 200);
    const metrics = (await response.json()) as {
      windowDays: number;
      windowStart: string;
      windowEnd: string;
      responses: { needed: number; late: number };
    };
    assert.equal(metrics.windowStart, from.toISOString());
    assert.equal(metrics.windowEnd, to.toISOString());
    assert.equal(metrics.windowDays, 80);
    // A `to` a minute ahead (the browser's clock runs ahead) means now.
    const ahead = await read(`/metrics?${range(Date.now() - DAY, Date.now() + 60_000)}`, seller);
    assert.equal(ahead.status, 200);
    const end = Date.parse(((await ahead.json()) as { windowEnd: string }).windowEnd);
    assert.ok(end <= Date.now(), 'the window ends now, not in the future');
    // The trailing window still works as before.
    const trailing = (await (await read('/metrics?windowDays=7', seller)).json()) as {
      windowDays: number;
    };
    assert.equal(trailing.windowDays, 7);
  });
});
