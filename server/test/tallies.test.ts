// Lists count their `total` from each shop's tallies per category and status (migration 027),
// kept by triggers on `questions` in every write's own transaction. What they say must be what
// the questions say, after any write, at once or concurrently, and after the demo's reset.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { reseed } from '../src/demo.js';
import {
  count,
  countedTallies,
  listStatementDuring,
  PEOPLE,
  postJson,
  startServerWithShop,
  tallies,
  target,
  type TestServer,
} from './support/server.js';
import { preSaleQuestion } from './support/questions.js';

const SHOP = 's-tally';

describe(`question tallies on ${target}`, () => {
  let server: TestServer;
  let seller: string;
  let sanne: string;
  let anna: string;
  let agent: string;

  /** This test shop's questions (in one status); the seller's unread ones. */
  const countIn = (status?: string) =>
    count(
      server.db,
      'questions',
      `shop_id = '${SHOP}'${status ? ` AND status = '${status}'` : ''}`,
    );
  const countUnread = () => count(server.db, 'questions', `shop_id = '${SHOP}' AND seller_unread`);
  const totalOf = async (query: string, token = seller) => {
    const response = await server.fetch(`/api/v1/questions?${query}`, { token });
    assert.equal(response.status, 200);
    return ((await response.json()) as { total: number }).total;
  };
  const post = (path: string, token: string, body: unknown) =>
    postJson<{ id: string; status: string }>(server, path, token, body);
  const ask = (token = sanne) => post('/questions', token, preSaleQuestion(SHOP));

  before(async () => {
    ({
      server,
      tokens: { owner: seller, sanne, anna, agent },
    } = await startServerWithShop(
      { id: SHOP, name: 'Tally', seller: { id: 'seller-tally' } },
      { sanne: PEOPLE.sanne, anna: PEOPLE.anna, agent: PEOPLE.agent },
    ));
  });
  after(async () => {
    await server.close();
  });

  it('starts from the seeded questions', async () => {
    assert.ok(
      (await countedTallies(server.db)).length > 3,
      'the seed has questions in several statuses',
    );
    assert.deepEqual(await tallies(server.db), await countedTallies(server.db));
  });

  it('follows questions asked, answered, followed up and resolved, and the lists count from it', async () => {
    const first = await ask();
    const second = await ask(anna);
    const third = await ask();
    assert.deepEqual(await tallies(server.db), await countedTallies(server.db));
    assert.equal(await countIn('awaiting_seller'), 3);

    await post(`/questions/${first.id}/messages`, seller, { text: 'Yes.', language: 'en' });
    await post(`/questions/${second.id}/resolve`, seller, {});
    assert.deepEqual(await tallies(server.db), await countedTallies(server.db));
    await post(`/questions/${first.id}/messages`, sanne, { text: 'And Norway?', language: 'en' });
    await post(`/questions/${third.id}/messages`, seller, { text: 'We do.', language: 'en' });
    assert.deepEqual(await tallies(server.db), await countedTallies(server.db));

    // The totals the seller's lists give: by status from the tallies, the rest counted.
    assert.equal(await totalOf('limit=1'), await countIn());
    assert.equal(await totalOf('limit=1&status=awaiting_seller'), await countIn('awaiting_seller'));
    assert.equal(
      await totalOf('limit=1&status=awaiting_seller&status=awaiting_buyer'),
      (await countIn('awaiting_seller')) + (await countIn('awaiting_buyer')),
    );
    assert.equal(await totalOf('limit=1&status=resolved'), await countIn('resolved'));
    assert.equal(await totalOf('limit=1&status=awaiting_platform'), 0);
    assert.equal(await totalOf('limit=1&category=after_sale'), 0);
    assert.equal(await totalOf('limit=1&category=pre_sale'), await countIn());
    assert.equal(
      await totalOf('limit=1&category=pre_sale&status=awaiting_buyer'),
      await countIn('awaiting_buyer'),
    );
    assert.equal(await totalOf('limit=1&unread=true'), await countUnread());
    assert.equal(await totalOf(`limit=1&q=${first.id}`), 1);
    // A platform agent's lists: every shop's questions.
    const everywhere = (status?: string) =>
      count(server.db, 'questions', status ? `status = '${status}'` : 'true');
    assert.equal(await totalOf('limit=1', agent), await everywhere());
    assert.equal(await totalOf('limit=1&status=resolved', agent), await everywhere('resolved'));
    assert.equal(
      await totalOf('limit=1&category=pre_sale', agent),
      await count(server.db, 'questions', "category = 'pre_sale'"),
    );
    assert.equal(
      await totalOf('limit=1&status=awaiting_platform', agent),
      await everywhere('awaiting_platform'),
    );
    assert.equal(await totalOf(`limit=1&shopId=${SHOP}`, agent), await countIn());
  });

  it('stays exact under concurrent writes that move questions both ways between two statuses', async () => {
    // Half the questions wait for the seller, half for the buyer; then every one moves to the
    // other status at once: the two directions take the same two tallies.
    const toSeller = await Promise.all(Array.from({ length: 8 }, () => ask()));
    const toBuyer = await Promise.all(Array.from({ length: 8 }, () => ask()));
    for (const question of toBuyer) {
      await post(`/questions/${question.id}/messages`, seller, { text: 'Yes.', language: 'en' });
    }
    const before = [await countIn('awaiting_seller'), await countIn('awaiting_buyer')];
    await Promise.all([
      ...toSeller.map((question) =>
        post(`/questions/${question.id}/messages`, seller, { text: 'Yes.', language: 'en' }),
      ),
      ...toBuyer.map((question) =>
        post(`/questions/${question.id}/messages`, sanne, { text: 'Thanks, and?', language: 'en' }),
      ),
    ]);
    assert.deepEqual([await countIn('awaiting_seller'), await countIn('awaiting_buyer')], before);
    assert.deepEqual(await tallies(server.db), await countedTallies(server.db));
    assert.equal(await totalOf('limit=1&status=awaiting_buyer'), await countIn('awaiting_buyer'));
  });

  it('counts a list by category and status from the tallies, and one with another filter from the questions', async () => {
    // The statement the server runs for a list, as the database hears it.
    const heard = async (work: () => Promise<unknown>) =>
      (await listStatementDuring(server.db, work))?.text;
    const byStatus = await heard(() => totalOf('limit=5&status=awaiting_seller'));
    assert.ok(byStatus, 'the list statement');
    assert.match(byStatus, /FROM question_tallies t WHERE t\.shop_id = \$1 AND t\.status = ANY/);
    assert.doesNotMatch(byStatus, /count\(\*\)/);
    const byCategory = await heard(() =>
      totalOf('limit=5&category=pre_sale&status=awaiting_seller'),
    );
    assert.match(
      byCategory ?? '',
      /FROM question_tallies t WHERE t\.shop_id = \$1 AND t\.category = \$2 AND t\.status = ANY/,
    );
    const filtered = await heard(() => totalOf('limit=5&topic=shop'));
    assert.match(filtered ?? '', /count\(\*\)::integer FROM questions q WHERE/);
    // A platform agent's list of every shop by status: every shop's tallies.
    const agents = await heard(() => totalOf('limit=5&status=resolved', agent));
    assert.match(agents ?? '', /FROM question_tallies t WHERE t\.status = ANY/);
  });
  it('is what the questions say after questions are deleted and after the demo’s reset', async () => {
    await server.db.query(
      `WITH gone AS (SELECT id FROM questions WHERE shop_id = $1 AND status = 'resolved')
       DELETE FROM messages WHERE question_id IN (SELECT id FROM gone)`,
      [SHOP],
    );
    await server.db.query(
      `DELETE FROM obligations WHERE question_id IN
         (SELECT id FROM questions WHERE shop_id = $1 AND status = 'resolved')`,
      [SHOP],
    );
    await server.db.query(
      `DELETE FROM changes WHERE question_id IN
         (SELECT id FROM questions WHERE shop_id = $1 AND status = 'resolved')`,
      [SHOP],
    );
    await server.db.query(`DELETE FROM questions WHERE shop_id = $1 AND status = 'resolved'`, [
      SHOP,
    ]);
    assert.equal(await countIn('resolved'), 0);
    assert.deepEqual(await tallies(server.db), await countedTallies(server.db));
    // The reset empties the tables (TRUNCATE) and seeds them again.
    await reseed(server.db, server.basePath);
    assert.deepEqual(await tallies(server.db), await countedTallies(server.db));
    assert.equal(
      (await tallies(server.db)).filter((row) => row.shop_id === SHOP).length,
      0,
      'the test shop’s questions are gone',
    );
  });
});
