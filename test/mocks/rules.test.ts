import { expect } from '@open-wc/testing';
import type { SellerQuestionsClient } from '../../src/api/client.js';
import type { ValidationError } from '../../src/api/errors.js';
import { ConflictError, NotFoundError } from '../../src/api/errors.js';
import { getPlatformQueue, handBack } from '../../src/api/platform.js';
import type { Address, QuestionCreate } from '../../src/api/types.js';
import { samplePhoto } from '../../src/mocks/pictures.js';
import { MOCK_TOKENS, type MockBackend } from '../../src/mocks/index.js';
import {
  API_BASE,
  buyerClient,
  platformClient,
  rejectionOf,
  sellerClient,
  useMockBackend,
} from '../support/backend.js';

const HOUR = 3_600_000;
const START = Date.parse('2026-11-27T12:00:00.000Z');

describe('mock backend rules', () => {
  let backend: MockBackend;
  let now: number;
  let seller: SellerQuestionsClient;

  beforeEach(async () => {
    now = START;
    backend = await useMockBackend({ now: () => now });
    seller = sellerClient();
  });

  const buyerIn = (country: string) => {
    const buyer = backend.state.buyers.find((candidate) => candidate.country === country);
    if (!buyer) throw new Error(`no seeded buyer in ${country}`);
    return buyerClient(buyer.id);
  };
  const orderWhere = (test: (order: MockBackend['state']['orders'][number]) => boolean) => {
    const order = backend.state.orders.find(test);
    if (!order) throw new Error('no seeded order fits');
    return order;
  };
  /** An item of the order that can still be claimed (not fully refunded already). */
  const claimable = (order: MockBackend['state']['orders'][number]) => {
    const item = order.items.find(
      (candidate) =>
        candidate.quantity >
        order.refunded
          .filter((entry) => entry.itemId === candidate.id)
          .reduce((sum, entry) => sum + entry.quantity, 0),
    );
    if (!item) throw new Error(`order ${order.id} has nothing left to claim`);
    return item;
  };
  const ask = (overrides: Partial<QuestionCreate> = {}): QuestionCreate => ({
    category: 'pre_sale',
    topic: 'product',
    details: { subject: 'material' },
    shopId: 's-1',
    productId: 'p-02',
    text: 'Is this 100 % cotton?',
    language: 'en',
    ...overrides,
  });

  describe('routing and the response clock', () => {
    it('routes an EU buyer to the seller with an answer due in exactly 48 hours', async () => {
      const question = await buyerIn('DE').createQuestion(ask());
      expect(question.handler).to.equal('seller');
      expect(question.status).to.equal('awaiting_seller');
      expect(question.createdAt).to.equal('2026-11-27T12:00:00.000Z');
      expect(question.replyDueAt).to.equal('2026-11-29T12:00:00.000Z');
    });

    it('routes a buyer outside the EU/EEA to platform customer service, no seller clock', async () => {
      const question = await buyerIn('US').createQuestion(ask());
      expect(question.handler).to.equal('platform');
      expect(question.status).to.equal('awaiting_platform');
      expect(question.replyDueAt).to.equal(null);
    });

    it('routes after-sales issues to the platform unless the order is high-value', async () => {
      const ordinary = orderWhere(
        (order) =>
          order.status === 'delivered' &&
          !order.sellerFunded &&
          order.total.currency === 'EUR' &&
          order.total.amountMinor < 50_000 &&
          ['DE', 'FR', 'ES', 'IT', 'NL', 'AT', 'BE', 'IE', 'PT'].includes(order.buyer.country),
      );
      const highValue = orderWhere(
        (order) =>
          order.status === 'delivered' &&
          order.total.currency === 'EUR' &&
          order.total.amountMinor >= 50_000,
      );
      const issue = (order: typeof ordinary): QuestionCreate => ({
        category: 'after_sale',
        topic: 'item_damaged',
        shopId: 's-1',
        orderId: order.id,
        items: [{ itemId: claimable(order).id, quantity: 1 }],
        text: 'It arrived broken.',
        language: order.buyer.language,
      });
      const toPlatform = await buyerClient(ordinary.buyer.id).createQuestion(issue(ordinary));
      expect(toPlatform.handler).to.equal('platform');
      const toSeller = await buyerClient(highValue.buyer.id).createQuestion(issue(highValue));
      expect(toSeller.handler).to.equal('seller');
      expect(toSeller.replyDueAt).to.equal('2026-11-29T12:00:00.000Z');
    });

    it('hands a late after-sales issue to the platform and counts it as delayed', async () => {
      const order = orderWhere(
        (candidate) =>
          candidate.status === 'delivered' &&
          candidate.total.currency === 'EUR' &&
          candidate.total.amountMinor >= 50_000,
      );
      const buyer = buyerClient(order.buyer.id);
      backend.state.questions.length = 0; // measure this one question alone
      const question = await buyer.createQuestion({
        category: 'after_sale',
        topic: 'return_refund',
        shopId: 's-1',
        orderId: order.id,
        items: [{ itemId: claimable(order).id, quantity: 1 }],
        text: 'I would like to return this.',
        language: 'en',
      });
      expect(await seller.getMetrics()).to.deep.include({
        responses: { needed: 1, late: 0 },
        delayedRate: 0,
        standing: 'insufficient_data',
      });
      now += 48 * HOUR; // exactly due: still the seller's
      expect((await seller.getQuestion(question.id)).status).to.equal('awaiting_seller');
      now += 1;
      const late = await seller.getQuestion(question.id);
      expect(late.status).to.equal('awaiting_platform');
      expect(late.handler).to.equal('platform');
      expect(late.messages.at(-1)?.event).to.deep.equal({ type: 'taken_over', reason: 'late' });
      expect(await seller.getMetrics()).to.deep.include({
        responses: { needed: 1, late: 1 },
        delayedRate: 1,
        standing: 'at_risk',
      });
    });

    it('keeps a late question in the delayed-response rate whatever the seller does next', async () => {
      backend.state.questions.length = 0; // measure these questions alone
      const buyer = buyerIn('NL');
      const never = await buyer.createQuestion(ask());
      const replied = await buyer.createQuestion(ask());
      const escalated = await buyer.createQuestion(ask());
      const resolved = await buyer.createQuestion(ask());
      const onTime = await buyer.createQuestion(ask());
      now += HOUR;
      await seller.escalate(onTime.id, { reason: 'A question for the platform.' });
      now += 48 * HOUR; // an hour late
      // Late as soon as the due time passed, before anyone does anything.
      expect(await seller.getMetrics()).to.deep.include({
        responses: { needed: 5, late: 4 },
        delayedRate: 0.8,
      });
      await seller.sendMessage(replied.id, { text: 'Sorry: yes.', language: 'en' });
      await seller.escalate(escalated.id, { reason: 'Passing it on, late.' });
      await seller.resolveQuestion(resolved.id, {});
      expect(await seller.getMetrics()).to.deep.include({
        responses: { needed: 5, late: 4 },
        delayedRate: 0.8,
      });
      // Asked 31 days ago, due 29 days ago: still counted by its due date.
      now = START + 31 * 24 * HOUR;
      expect(await seller.getMetrics()).to.deep.include({ responses: { needed: 5, late: 4 } });
      expect((await seller.getQuestion(never.id)).status).to.equal('awaiting_seller');
    });

    it("records the clock's warnings and late questions as domain events, once each", async () => {
      const question = await buyerIn('NL').createQuestion(ask());
      // The clock's events (requests record theirs too: question.created, …).
      const mine = () =>
        (backend.state.events ?? [])
          .filter((event) => event.questionId === question.id && event.type !== 'question.created')
          .map((event) => [event.type, event.payload['level'] ?? null]);
      now += 36 * HOUR + 1; // below 12 hours left
      await seller.getQuestion(question.id);
      await seller.getQuestion(question.id);
      expect(mine()).to.deep.equal([['question.sla_warning', 'warn']]);
      now += 10 * HOUR; // below 2 hours left
      await seller.listQuestions({});
      now += 2 * HOUR; // late
      await seller.listQuestions({});
      await seller.getQuestion(question.id);
      expect(mine()).to.deep.equal([
        ['question.sla_warning', 'warn'],
        ['question.sla_warning', 'urgent'],
        ['question.late', null],
      ]);
    });

    it('keeps a late pre-sales question with the seller, marked by its due time', async () => {
      const question = await buyerIn('NL').createQuestion(ask());
      now += 72 * HOUR;
      const late = await seller.getQuestion(question.id);
      expect(late.status).to.equal('awaiting_seller');
      expect(Date.parse(late.replyDueAt!)).to.be.lessThan(now);
    });
  });

  describe('the conversation', () => {
    it('goes seller reply -> awaiting buyer -> follow-up -> awaiting seller with a new clock', async () => {
      const buyer = buyerIn('FR');
      const asked = await buyer.createQuestion(ask({ language: 'fr', text: 'Est-ce du coton ?' }));
      now += 5 * HOUR;
      const replied = await seller.sendMessage(asked.id, {
        text: 'Oui, 100 % coton bio.',
        language: 'fr',
        expectedVersion: asked.version,
      });
      expect(replied.status).to.equal('awaiting_buyer');
      expect(replied.replyDueAt).to.equal(null);
      now += 2 * HOUR;
      const followed = await buyer.sendMessage(asked.id, {
        text: 'Et lavable à 60 ?',
        language: 'fr',
      });
      expect(followed.status).to.equal('awaiting_seller');
      expect(followed.replyDueAt).to.equal('2026-11-29T19:00:00.000Z');
      expect(followed.version).to.be.greaterThan(replied.version);
    });

    it('gives each message the language of its text when the detector is sure, else the declared one', async () => {
      // A French buyer writes in German; the client declares their profile language (fr).
      const buyer = buyerIn('FR');
      const asked = await buyer.createQuestion(
        ask({ language: 'fr', text: 'Ist der Artikel noch auf Lager?' }),
      );
      expect(asked.messages[0]!.language).to.equal('de');
      // Too short to tell ("Super, merci" reads as Italian to a detector): the declared one.
      const short = await buyer.sendMessage(asked.id, { text: 'Super, merci !', language: 'fr' });
      expect(short.messages.at(-1)!.language).to.equal('fr');
      // A language the configuration does not list (Danish): the declared one.
      const danish = await buyer.sendMessage(asked.id, {
        text: 'Hvornår kommer min pakke frem til mig?',
        language: 'fr',
      });
      expect(danish.messages.at(-1)!.language).to.equal('fr');
      // The seller's reply too: written in English while the reply language was set to German.
      const replied = await seller.sendMessage(asked.id, {
        text: 'Yes, it is in stock and ships tomorrow.',
        language: 'de',
        expectedVersion: danish.version,
      });
      expect(replied.messages.at(-1)!.language).to.equal('en');
    });

    it('reopens a resolved question on a follow-up and says so in the thread', async () => {
      const buyer = buyerIn('ES');
      const asked = await buyer.createQuestion(ask({ language: 'es', text: '¿Es algodón?' }));
      await seller.sendMessage(asked.id, { text: 'Sí.', language: 'es', resolve: true });
      const reopened = await buyer.sendMessage(asked.id, { text: '¿Y el forro?', language: 'es' });
      expect(reopened.status).to.equal('awaiting_seller');
      expect(
        reopened.messages.map((message) => message.event?.type ?? message.author),
      ).to.deep.equal(['buyer', 'seller', 'resolved', 'buyer', 'reopened']);
    });

    it('refuses reply-and-resolve on an after-sales issue (a refund closes those)', async () => {
      const question = backend.state.questions.find(
        (candidate) =>
          candidate.category === 'after_sale' && candidate.status === 'awaiting_seller',
      );
      if (!question) throw new Error('the seed needs an after-sales issue awaiting the seller');
      const error = await rejectionOf(
        seller.sendMessage(question.id, { text: 'Done', language: 'en', resolve: true }),
      );
      expect(error).to.be.instanceOf(ConflictError);
      expect((error as ConflictError).code).to.equal('invalid_state');
    });

    it('refuses a reply on a closed question and a follow-up on it', async () => {
      const closed = backend.state.questions.find((candidate) => candidate.status === 'closed')!;
      const reply = await rejectionOf(
        seller.sendMessage(closed.id, { text: 'Hi', language: 'en' }),
      );
      expect((reply as ConflictError).code).to.equal('invalid_state');
      expect((reply as ConflictError).message).to.equal(
        'The question is closed and cannot be answered any more.',
      );
      const followUp = await rejectionOf(
        buyerClient(closed.buyerId).sendMessage(closed.id, { text: 'Hello?', language: 'en' }),
      );
      expect((followUp as ConflictError).code).to.equal('invalid_state');
    });

    it('refunds marked items, states the amount and resolves', async () => {
      const question = backend.state.questions.find(
        (candidate) =>
          candidate.category === 'after_sale' &&
          candidate.handler === 'seller' &&
          candidate.status === 'awaiting_seller',
      )!;
      const order = backend.state.orders.find((candidate) => candidate.id === question.orderId)!;
      const item = claimable(order);
      const missing = await rejectionOf(seller.refundItems(question.id, { items: [] }));
      expect((missing as ValidationError).errorsAt('/items')[0]?.code).to.equal('required');
      const tooMany = await rejectionOf(
        seller.refundItems(question.id, {
          items: [{ itemId: item.id, quantity: item.quantity + 1 }],
        }),
      );
      expect((tooMany as ValidationError).errorsAt('/items/0/quantity')[0]?.code).to.equal(
        'exceeds_ordered',
      );
      const refunded = await seller.refundItems(question.id, {
        items: [{ itemId: item.id, quantity: 1 }],
      });
      expect(refunded.status).to.equal('resolved');
      expect(refunded.refunds[0]?.amount).to.deep.equal(item.unitPrice);
      expect(refunded.messages.at(-1)?.event).to.deep.include({ type: 'refunded' });
    });

    it('needs a reason to escalate, then hands over to the platform', async () => {
      const question = backend.state.questions.find(
        (candidate) => candidate.category === 'pre_sale' && candidate.status === 'awaiting_seller',
      )!;
      const noReason = await rejectionOf(seller.escalate(question.id, { reason: '  ' }));
      expect((noReason as ValidationError).errorsAt('/reason')[0]?.code).to.equal('required');
      const escalated = await seller.escalate(question.id, {
        reason: 'Buyer asks for a customs invoice.',
      });
      expect(escalated.status).to.equal('awaiting_platform');
      expect(escalated.messages.at(-1)?.event).to.deep.equal({
        type: 'escalated',
        reason: 'Buyer asks for a customs invoice.',
      });
    });

    it('lets platform customer service take an escalation, hand it back with a fresh clock, and counts its queue', async () => {
      const agent = platformClient();
      const question = backend.state.questions.find(
        (candidate) => candidate.category === 'pre_sale' && candidate.status === 'awaiting_seller',
      )!;
      const before = await getPlatformQueue(agent);
      // A seller's question: the agent reads it but may not answer or hand it back.
      expect((await agent.getQuestion(question.id)).handler).to.equal('seller');
      const notYet = await rejectionOf(
        agent.sendMessage(question.id, { text: 'Hi', language: 'en' }),
      );
      expect(notYet).to.be.instanceOf(ConflictError);

      now += HOUR;
      await seller.escalate(question.id, { reason: 'Customs invoice.' });
      const queue = await getPlatformQueue(agent);
      expect(queue.count).to.equal(before.count + 1);
      expect(queue.shops[0]).to.deep.include({ shopId: 's-1', count: before.count + 1 });
      expect(Date.parse(queue.oldestSince!)).to.be.at.most(now);

      now += HOUR;
      const noReason = await rejectionOf(handBack(agent, question.id, { reason: ' ' }));
      expect((noReason as ValidationError).errorsAt('/reason')[0]?.code).to.equal('required');
      const back = await handBack(agent, question.id, { reason: 'Only the seller can say.' });
      expect(back).to.deep.include({ status: 'awaiting_seller', handler: 'seller' });
      expect(Date.parse(back.replyDueAt!)).to.equal(now + 48 * HOUR);
      expect(back.messages.at(-1)?.event).to.deep.equal({
        type: 'handed_back',
        reason: 'Only the seller can say.',
      });
      expect((await getPlatformQueue(agent)).count).to.equal(before.count);
      // The seller answers again; the seller's token on the platform's operations is 403.
      expect(
        (await seller.sendMessage(question.id, { text: 'Yes.', language: 'en' })).status,
      ).to.equal('awaiting_buyer');
      const forbidden = await rejectionOf(getPlatformQueue(seller));
      expect((forbidden as { status?: number }).status).to.equal(403);
    });

    it('takes one rating per seller answer and only for seller answers', async () => {
      const buyer = buyerIn('PL');
      const asked = await buyer.createQuestion(ask({ language: 'pl', text: 'Czy to bawełna?' }));
      const answered = await seller.sendMessage(asked.id, { text: 'Tak.', language: 'pl' });
      const answer = answered.messages.at(-1)!;
      const rated = await buyer.rateAnswer(asked.id, {
        messageId: answer.id,
        satisfied: true,
        comment: 'Dzięki!',
      });
      expect(rated.messages.at(-1)?.rating).to.deep.include({
        satisfied: true,
        comment: 'Dzięki!',
      });
      const twice = await rejectionOf(
        buyer.rateAnswer(asked.id, { messageId: answer.id, satisfied: false }),
      );
      expect((twice as ConflictError).code).to.equal('already_rated');
      const own = await rejectionOf(
        buyer.rateAnswer(asked.id, { messageId: answered.messages[0]!.id, satisfied: true }),
      );
      expect((own as ValidationError).errorsAt('/messageId')[0]?.code).to.equal('not_allowed');
    });
  });

  describe('orders', () => {
    /** The buyer of `order` asks the seller to send it to `address` instead. */
    const askToChangeAddress = (
      order: MockBackend['state']['orders'][number],
      address: Address,
      text: string,
      language: string,
    ) =>
      buyerClient(order.buyer.id).createQuestion({
        category: 'order_service',
        topic: 'change_address',
        shopId: 's-1',
        orderId: order.id,
        details: { address },
        text,
        language,
      });

    it('refuses an address change after delivery, with the reason', async () => {
      const order = orderWhere((candidate) => candidate.status === 'delivered');
      const error = await rejectionOf(
        askToChangeAddress(order, order.shippingAddress, 'Please send it elsewhere.', 'en'),
      );
      expect((error as ValidationError).errorsAt('/topic')[0]).to.deep.include({
        code: 'not_allowed',
        detail: 'Not possible: already_delivered.',
      });
    });

    it('validates a new address field by field', async () => {
      const order = orderWhere((candidate) =>
        ['placed', 'processing', 'in_transit'].includes(candidate.status),
      );
      const address = {
        name: 'A',
        line1: 'Street 1',
        postalCode: '12',
        city: 'Berlin',
        country: 'DE',
      };
      const error = await rejectionOf(
        askToChangeAddress(order, address, 'New address please.', 'de'),
      );
      expect((error as ValidationError).fieldErrors.map((field) => field.pointer)).to.deep.equal([
        '/details/address/postalCode',
      ]);
    });

    it('stores a postal code as its country writes it, as the buyer obviously meant it', async () => {
      const order = orderWhere((candidate) =>
        ['placed', 'processing', 'in_transit'].includes(candidate.status),
      );
      const address = {
        name: 'Anna Nowak',
        line1: 'ul. Wielicka 12',
        postalCode: ' 30529',
        city: 'Kraków',
        country: 'PL',
      };
      const question = await askToChangeAddress(order, address, 'New address please.', 'pl');
      const written = { ...address, postalCode: '30-529' };
      expect(question.details?.address).to.deep.equal(written);
      const stored = backend.state.questions.find(({ id }) => id === question.id);
      expect(stored?.details?.address).to.deep.equal(written);
    });

    it('needs items for an item issue and no more than ordered', async () => {
      const order = orderWhere((candidate) => candidate.status === 'delivered');
      const buyer = buyerClient(order.buyer.id);
      const base: QuestionCreate = {
        category: 'after_sale',
        topic: 'item_missing',
        shopId: 's-1',
        orderId: order.id,
        text: 'Something is missing.',
        language: 'en',
      };
      const none = await rejectionOf(buyer.createQuestion(base));
      expect((none as ValidationError).errorsAt('/items')[0]?.code).to.equal('required');
      const item = claimable(order);
      const tooMany = await rejectionOf(
        buyer.createQuestion({
          ...base,
          items: [{ itemId: item.id, quantity: item.quantity + 1 }],
        }),
      );
      expect((tooMany as ValidationError).errorsAt('/items/0/quantity')[0]?.code).to.equal(
        'exceeds_ordered',
      );
    });

    it('answers 404 for an unknown order or product', async () => {
      const buyer = buyerIn('DE');
      expect(await rejectionOf(buyer.getOrder('o-missing'))).to.be.instanceOf(NotFoundError);
      expect(
        await rejectionOf(buyer.createQuestion(ask({ productId: 'p-missing' }))),
      ).to.be.instanceOf(NotFoundError);
    });
  });

  describe('lists, paging and the change feed', () => {
    it('pages through every question once with the cursor', async () => {
      const seen = new Set<string>();
      let cursor: string | undefined;
      let total = 0;
      do {
        const page = await seller.listQuestions({
          limit: 7,
          sort: 'due',
          ...(cursor ? { cursor } : {}),
        });
        total = page.total;
        for (const question of page.items) {
          expect(seen.has(question.id)).to.be.false;
          seen.add(question.id);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.size).to.equal(total);
      expect(total).to.equal(backend.state.questions.length);
    });

    it('refuses a cursor from other filters', async () => {
      const page = await seller.listQuestions({ limit: 2 });
      const error = await rejectionOf(
        seller.listQuestions({ limit: 2, category: 'after_sale', cursor: page.nextCursor! }),
      );
      expect((error as ValidationError).problem?.code).to.equal('bad_request');
    });

    it('sorts by response time remaining with late questions first', async () => {
      const page = await seller.listQuestions({
        status: ['awaiting_seller'],
        sort: 'due',
        limit: 200,
      });
      const due = page.items.map((question) => Date.parse(question.replyDueAt!));
      expect(due).to.deep.equal([...due].sort((a, b) => a - b));
      expect(due[0]).to.be.lessThan(now);
    });

    it('keeps the response-time order current when questions change, also behind its back', async () => {
      const first = async () =>
        (await seller.listQuestions({ status: ['awaiting_seller'], sort: 'due', limit: 3 }))
          .items[0]!.id;
      const firstId = await first();
      const before = backend.state.questions.find((question) => question.id === firstId)!;
      const dueBefore = Date.parse(before.replyDueAt!);
      // A change made to the state directly (no change-feed entry): the listing notices it.
      const last = backend.state.questions.findLast(
        (question) =>
          question.status === 'awaiting_seller' &&
          question.category === before.category &&
          question.id !== before.id,
      )!;
      last.replyDueAt = new Date(dueBefore - 60_000).toISOString();
      expect(await first()).to.equal(last.id);
      // A question added at the end, more urgent still.
      const added = {
        ...last,
        id: 'q-added',
        replyDueAt: new Date(dueBefore - 120_000).toISOString(),
      };
      backend.state.questions.push(added);
      expect(await first()).to.equal('q-added');
      backend.state.questions.pop();
      expect(await first()).to.equal(last.id);
    });

    it('filters by category, status, product and text', async () => {
      const afterSale = await seller.listQuestions({ category: 'after_sale', limit: 200 });
      expect(afterSale.items.every((question) => question.category === 'after_sale')).to.be.true;
      const resolved = await seller.listQuestions({ status: ['resolved', 'closed'], limit: 200 });
      expect(resolved.items.every((question) => ['resolved', 'closed'].includes(question.status)))
        .to.be.true;
      const someone = backend.state.buyers[3]!;
      const theirs = backend.state.questions
        .filter((question) => question.buyerId === someone.id)
        .map((question) => question.id);
      expect(theirs.length).to.be.greaterThan(0);
      const byName = await seller.listQuestions({ q: someone.name.toUpperCase(), limit: 200 });
      expect(byName.items.map((question) => question.id)).to.include.members(theirs);
      const nothing = await seller.listQuestions({ q: 'zzzz-no-such-text', limit: 200 });
      expect(nothing).to.deep.include({ items: [], total: 0, nextCursor: null });
    });

    it('shows a buyer only their own questions', async () => {
      const buyer = backend.state.buyers[0]!;
      const page = await buyerClient(buyer.id).listQuestions({ limit: 200 });
      expect(page.items.every((question) => question.buyer.id === buyer.id)).to.be.true;
    });

    it('reports changes after a cursor to the side that can see them', async () => {
      const buyerRecord = backend.state.buyers.find((buyer) => buyer.country === 'IT')!;
      const buyer = buyerClient(buyerRecord.id);
      const start = await buyer.listChanges();
      expect(start.changes).to.deep.equal([]);
      const asked = await buyer.createQuestion(ask({ language: 'it', text: 'È cotone?' }));
      await seller.sendMessage(asked.id, { text: 'Sì.', language: 'it' });
      const feed = await buyer.listChanges(start.cursor);
      expect(feed.changes.map((change) => change.questionId)).to.deep.equal([asked.id]);
      expect(feed.changes[0]).to.deep.include({ kind: 'created', version: 2 });
      const other = backend.state.buyers.find((candidate) => candidate.id !== buyerRecord.id)!;
      expect((await buyerClient(other.id).listChanges(start.cursor)).changes).to.deep.equal([]);
    });
  });

  describe('attachments', () => {
    it('stores a real image and serves it back', async () => {
      const buyer = buyerIn('SE');
      const png = samplePhoto(1);
      const attachment = await buyer.uploadAttachment(new Blob([png]), 'crack.png');
      expect(attachment).to.deep.include({
        contentType: 'image/png',
        size: png.length,
        name: 'crack.png',
      });
      const served = await fetch(attachment.url);
      expect(served.headers.get('Content-Type')).to.equal('image/png');
      expect(new Uint8Array(await served.arrayBuffer())).to.deep.equal(png);
      const question = await buyer.createQuestion(ask({ attachmentIds: [attachment.id] }));
      expect(question.messages[0]!.attachments).to.deep.equal([attachment]);
    });

    it('refuses a renamed executable and a file over the size limit', async () => {
      const buyer = buyerIn('SE');
      const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);
      const renamed = await rejectionOf(buyer.uploadAttachment(new Blob([exe]), 'photo.jpg'));
      expect((renamed as ValidationError).status).to.equal(415);
      expect((renamed as ValidationError).problem?.code).to.equal('unsupported_type');
      backend.state.config.attachments.maxBytes = 100;
      const big = await rejectionOf(buyer.uploadAttachment(new Blob([samplePhoto(2)]), 'big.png'));
      expect((big as ValidationError).status).to.equal(413);
    });

    it("does not let a buyer attach someone else's upload", async () => {
      const [first, second] = backend.state.buyers.filter((buyer) => buyer.country !== 'US');
      const upload = await buyerClient(first!.id).uploadAttachment(
        new Blob([samplePhoto(3)]),
        'a.png',
      );
      const error = await rejectionOf(
        buyerClient(second!.id).createQuestion(ask({ attachmentIds: [upload.id] })),
      );
      expect((error as ValidationError).errorsAt('/attachmentIds/0')[0]?.code).to.equal('unknown');
    });
  });

  describe('protocol', () => {
    it('requires an idempotency key on writes', async () => {
      const response = await fetch(`${API_BASE}/questions`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${MOCK_TOKENS.seller}`,
          'Content-Type': 'application/json',
        },
        body: '{}',
      });
      expect(response.status).to.equal(400);
      expect(response.headers.get('Content-Type')).to.equal('application/problem+json');
      expect(await response.json()).to.deep.include({
        code: 'idempotency_key_missing',
        status: 400,
      });
    });

    it('replays the first response for a repeated key', async () => {
      const buyer = backend.state.buyers[0]!;
      const send = () =>
        fetch(`${API_BASE}/questions`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${MOCK_TOKENS.buyer(buyer.id)}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': 'repeat-me-123',
          },
          body: JSON.stringify(ask()),
        });
      const first = await send();
      const second = await send();
      expect(second.status).to.equal(201);
      expect(second.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(((await second.json()) as { id: string }).id).to.equal(
        ((await first.json()) as { id: string }).id,
      );
    });

    it('refuses a field the API does not know, storing nothing', async () => {
      const buyer = backend.state.buyers[0]!;
      const before = backend.state.questions.length;
      const response = await fetch(`${API_BASE}/questions`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${MOCK_TOKENS.buyer(buyer.id)}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': 'unknown-field-1',
        },
        body: JSON.stringify({ ...ask(), handler: 'platform' }),
      });
      expect(response.status).to.equal(422);
      expect(((await response.json()) as { errors: unknown[] }).errors).to.deep.equal([
        { pointer: '/handler', code: 'unknown', detail: 'Not a field of this request.' },
      ]);
      expect(backend.state.questions.length).to.equal(before);
    });

    it('says which field of a malformed body is wrong', async () => {
      const buyer = buyerIn('DE');
      const error = await rejectionOf(
        buyer.createQuestion({ ...ask(), topic: 'gift_wrap' as never }),
      );
      expect((error as ValidationError).fieldErrors[0]).to.deep.include({
        pointer: '/topic',
        code: 'invalid',
      });
    });
  });
});
