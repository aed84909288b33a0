// Platform customer service on the reference server: agents sign in with `role: platform` (no
// shop), work the awaiting-platform queue of every shop (reply, resolve, refund, close, hand
// back to the seller), read any question for audit, and are refused what only buyers or sellers
// may do; buyers and sellers are refused the platform's operations. On PGlite by default; on
// PostgreSQL when TEST_DATABASE_URL names a server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { HOUR, PEOPLE, startServer, target, type TestServer } from './support/server.js';

interface Detail {
  id: string;
  shopId: string;
  status: string;
  handler: string;
  replyDueAt: string | null;
  version: number;
  unread: boolean;
  buyer: { language: string };
  messages: {
    author: string;
    authorName: string;
    text: string;
    language: string;
    event?: { type: string; reason?: string };
  }[];
}

let server: TestServer;
let agent: string;
let seller: string;
let emily: string;

let keys = 0;
const write = (path: string, token: string, body: unknown) =>
  server.fetch(`/api/v1${path}`, {
    method: 'POST',
    token,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `platform-${++keys}-key` },
    body: JSON.stringify(body),
  });
const read = (path: string, token: string) => server.fetch(`/api/v1${path}`, { token });
const question = async (id: string, token = agent) =>
  (await (await read(`/questions/${id}`, token)).json()) as Detail;

async function problemCode(response: Response): Promise<string> {
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  return ((await response.json()) as { code: string }).code;
}

describe(`platform customer service on ${target}`, () => {
  before(async () => {
    server = await startServer();
    agent = await server.token(PEOPLE.agent);
    seller = await server.token(PEOPLE.seller);
    emily = await server.token(PEOPLE.emily);
  });
  after(async () => {
    await server.close();
  });

  it('signs in an agent with role platform and no shop; a platform token naming a shop, or an unknown agent, is 401', async () => {
    const me = await read('/me', agent);
    assert.equal(me.status, 200);
    assert.deepEqual(await me.json(), {
      role: 'platform',
      id: 'agent-1',
      name: 'Lena Fischer',
      country: 'DE',
      language: 'en',
    });
    const withShop = await new SignJWT({ role: 'platform', shop_id: 's-1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('agent-1')
      .setAudience(server.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(server.secret));
    assert.equal((await read('/me', withShop)).status, 401);
    const stranger = await server.token({ role: 'platform', id: 'agent-999' });
    assert.equal((await read('/me', stranger)).status, 401);
    // A seller's id is not an agent's.
    const sellerAsAgent = await server.token({ role: 'platform', id: 'seller-1' });
    assert.equal((await read('/me', sellerAsAgent)).status, 401);
  });

  it('lists the awaiting-platform queue across shops with each entry’s shop, and narrows it by shop', async () => {
    const response = await read('/questions?status=awaiting_platform&limit=200', agent);
    assert.equal(response.status, 200);
    const page = (await response.json()) as { items: Detail[]; total: number };
    assert.ok(page.total >= 5, `the seed has questions awaiting platform (${page.total})`);
    assert.equal(page.items.length, page.total);
    for (const item of page.items) {
      assert.equal(item.status, 'awaiting_platform');
      assert.equal(item.shopId, 's-1');
    }
    const narrowed = (await (
      await read('/questions?status=awaiting_platform&shopId=s-1', agent)
    ).json()) as { total: number };
    assert.equal(narrowed.total, page.total);
    const other = (await (
      await read('/questions?status=awaiting_platform&shopId=s-nope', agent)
    ).json()) as { total: number; items: unknown[] };
    assert.deepEqual([other.total, other.items.length], [0, 0]);
    // Every question of every shop, for audit.
    const all = (await (await read('/questions', agent)).json()) as { total: number };
    const shop = (await (await read('/questions', seller)).json()) as { total: number };
    assert.equal(all.total, shop.total);
  });

  it('gives the queue’s figures: how many, since when the oldest waits, per shop with its name', async () => {
    const response = await read('/platform/queue', agent);
    assert.equal(response.status, 200);
    const queue = (await response.json()) as {
      count: number;
      oldestSince: string;
      shops: { shopId: string; shopName: string; count: number; oldestSince: string }[];
    };
    const listed = (await (await read('/questions?status=awaiting_platform', agent)).json()) as {
      total: number;
    };
    assert.equal(queue.count, listed.total);
    assert.deepEqual(
      queue.shops.map(({ shopId, shopName, count }) => ({ shopId, shopName, count })),
      [{ shopId: 's-1', shopName: 'Linden & Loom', count: listed.total }],
    );
    assert.equal(queue.shops[0]!.oldestSince, queue.oldestSince);
    // The seed's oldest escalation waits for days, not since the seed was loaded.
    assert.ok(Date.now() - Date.parse(queue.oldestSince) > 24 * HOUR, queue.oldestSince);
  });

  it('reads any question but acts only on what platform handles (409 on a seller’s question)', async () => {
    const sellers = await question('q-005');
    assert.equal(sellers.handler, 'seller');
    const reply = await write('/questions/q-005/messages', agent, {
      text: 'Hello',
      language: 'en',
    });
    assert.equal(reply.status, 409);
    assert.equal(await problemCode(reply), 'invalid_state');
    assert.equal((await question('q-005')).version, sellers.version);
  });

  it('replies in the buyer’s language; the buyer sees the answer from customer service', async () => {
    const before = await question('q-058');
    assert.equal(before.status, 'awaiting_platform');
    const reply = await write('/questions/q-058/messages', agent, {
      text: 'Your parcel left the depot this morning.',
      language: before.buyer.language,
      expectedVersion: before.version,
    });
    assert.equal(reply.status, 201);
    const after = (await reply.json()) as Detail;
    assert.equal(after.status, 'awaiting_buyer');
    assert.equal(after.handler, 'platform');
    const last = after.messages.at(-1)!;
    assert.deepEqual(
      [last.author, last.authorName, last.language],
      ['platform', 'Lena Fischer', before.buyer.language],
    );
    const seen = await question('q-058', emily);
    assert.equal(seen.messages.at(-1)!.text, 'Your parcel left the depot this morning.');
    assert.equal(seen.unread, true);
    // The buyer follows up: back in the platform's queue.
    const follow = await write('/questions/q-058/messages', emily, {
      text: 'Thanks, and when will it arrive?',
      language: 'en',
    });
    assert.equal(((await follow.json()) as Detail).status, 'awaiting_platform');
  });

  it('hands a question back to the seller with a reason: a system message and a fresh clock', async () => {
    const empty = await write('/questions/q-043/hand-back', agent, { reason: '   ' });
    assert.equal(empty.status, 422);
    const missing = await write('/questions/q-043/hand-back', agent, {});
    assert.equal(missing.status, 422);
    const started = Date.now();
    const response = await write('/questions/q-043/hand-back', agent, {
      reason: 'The seller knows their opening hours best.',
    });
    assert.equal(response.status, 201);
    const detail = (await response.json()) as Detail;
    assert.equal(detail.status, 'awaiting_seller');
    assert.equal(detail.handler, 'seller');
    const due = Date.parse(detail.replyDueAt!) - started;
    assert.ok(due > 47 * HOUR && due <= 48 * HOUR + 60_000, `due in ${due} ms`);
    assert.deepEqual(detail.messages.at(-1)!.event, {
      type: 'handed_back',
      reason: 'The seller knows their opening hours best.',
    });
    // The seller sees it and may answer again; the platform may not hand it back twice.
    const sellers = await question('q-043', seller);
    assert.equal(sellers.messages.at(-1)!.event?.type, 'handed_back');
    const again = await write('/questions/q-043/hand-back', agent, { reason: 'Again' });
    assert.equal(again.status, 409);
    const answer = await write('/questions/q-043/messages', seller, {
      text: 'We open at nine.',
      language: 'en',
    });
    assert.equal(answer.status, 201);
  });

  it('refunds an after-sales question, resolves, and closes one for good', async () => {
    const preSale = await write('/questions/q-055/refunds', agent, {
      items: [{ itemId: 'x', quantity: 1 }],
    });
    assert.equal(preSale.status, 409);
    const order = (await (await read('/orders/o-1011', agent)).json()) as {
      items: { id: string }[];
    };
    const refund = await write('/questions/q-042/refunds', agent, {
      items: [{ itemId: order.items[0]!.id, quantity: 1 }],
    });
    assert.equal(refund.status, 201);
    const refunded = (await refund.json()) as Detail;
    assert.equal(refunded.status, 'resolved');
    assert.equal(refunded.messages.at(-1)!.event?.type, 'refunded');

    const resolved = await write('/questions/q-057/resolve', agent, {});
    assert.equal(resolved.status, 200);
    assert.equal(((await resolved.json()) as Detail).status, 'resolved');

    const closed = await write('/questions/q-056/close', agent, { reason: '  Duplicate  ' });
    assert.equal(closed.status, 200);
    const detail = (await closed.json()) as Detail;
    assert.equal(detail.status, 'closed');
    assert.deepEqual(detail.messages.at(-1)!.event, { type: 'closed', reason: 'Duplicate' });
    const oliver = await server.token({ role: 'buyer', id: 'b-oliver' });
    const follow = await write('/questions/q-056/messages', oliver, {
      text: 'Hello?',
      language: 'en',
    });
    assert.equal(follow.status, 409);
    assert.equal((await write('/questions/q-056/close', agent, {})).status, 409);
    // Closing a seller's question is not the platform's to do.
    assert.equal((await write('/questions/q-005/close', agent, {})).status, 409);
  });

  it('refuses a platform token on buyer- and seller-only operations (403)', async () => {
    const forbidden = [
      await read('/metrics', agent),
      await read('/orders', agent),
      await write('/questions', agent, {
        category: 'pre_sale',
        topic: 'shop',
        shopId: 's-1',
        text: 'Hi',
        language: 'en',
      }),
      await write('/questions/q-060/escalations', agent, { reason: 'Help' }),
      await write('/questions/q-060/ratings', agent, { messageId: 'm-1', satisfied: true }),
    ];
    for (const response of forbidden) {
      assert.equal(response.status, 403, response.url);
      assert.equal(await problemCode(response), 'forbidden');
    }
  });

  it('refuses buyers and sellers the platform’s operations (403)', async () => {
    for (const token of [seller, emily]) {
      const responses = [
        await read('/platform/queue', token),
        await write('/questions/q-060/hand-back', token, { reason: 'Mine' }),
        await write('/questions/q-060/close', token, {}),
      ];
      for (const response of responses) {
        assert.equal(response.status, 403);
        assert.equal(await problemCode(response), 'forbidden');
      }
    }
    // The buyer still may not resolve; the seller may not act on platform's question.
    assert.equal((await write('/questions/q-060/resolve', emily, {})).status, 403);
    assert.equal((await write('/questions/q-060/resolve', seller, {})).status, 409);
  });

  it('offers agents the official templates only, and hears of changes in every shop', async () => {
    const templates = (await (await read('/templates?topic=shop', agent)).json()) as {
      items: { source: string }[];
    };
    assert.ok(templates.items.length > 0);
    assert.ok(templates.items.every((template) => template.source === 'official'));
    const sellers = (await (await read('/templates', seller)).json()) as {
      items: { source: string }[];
    };
    assert.ok(sellers.items.some((template) => template.source === 'seller'));

    const start = (await (await read('/changes', agent)).json()) as { cursor: string };
    const lucia = await server.token({ role: 'buyer', id: 'b-lucia' });
    assert.equal(
      (
        await write('/questions/q-017/messages', lucia, {
          text: 'One more thing.',
          language: 'en',
        })
      ).status,
      201,
    );
    const feed = (await (await read(`/changes?since=${start.cursor}`, agent)).json()) as {
      changes: { questionId: string }[];
    };
    assert.deepEqual(
      feed.changes.map((change) => change.questionId),
      ['q-017'],
    );
  });

  it('accepts an agent’s reading without marking anything read for the shop', async () => {
    const before = await question('q-060', seller);
    const marked = await server.fetch('/api/v1/questions/q-060/read', {
      method: 'POST',
      token: agent,
      headers: { 'Idempotency-Key': 'platform-read-q-060' },
    });
    assert.equal(marked.status, 204);
    const after = await question('q-060', seller);
    assert.equal(after.unread, before.unread);
  });

  it('issues demo tokens for agents', async () => {
    const response = await server.fetch('/api/v1/_demo/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'platform', id: 'agent-1' }),
    });
    assert.equal(response.status, 200);
    const { token } = (await response.json()) as { token: string };
    assert.equal(((await (await read('/me', token)).json()) as { role: string }).role, 'platform');
    const unknown = await server.fetch('/api/v1/_demo/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'platform', id: 'nobody' }),
    });
    assert.equal(unknown.status, 404);
  });
});
