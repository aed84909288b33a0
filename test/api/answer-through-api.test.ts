// The "answer through the API" guide (docs/answer-through-api.md), step by step, with the
// exported client against the mock backend: what a seller's own tool relies on.
import { expect } from '@open-wc/testing';
import {
  checkItemSelection,
  ConflictError,
  createClient,
  fillTemplate,
  newIdempotencyKey,
  remainingMs,
  sellerActions,
  urgencyOf,
  type Question,
} from '../../src/index.js';
import { MOCK_TOKENS, type MockBackend } from '../../src/mocks/index.js';
import { API_BASE, buyerClient, useMockBackend } from '../support/backend.js';

describe('answering through the API (docs/answer-through-api.md)', () => {
  let backend: MockBackend;
  const client = createClient({ baseUrl: API_BASE, getToken: () => MOCK_TOKENS.seller });
  beforeEach(async () => {
    backend = await useMockBackend();
  });

  it('pages through the questions awaiting the seller, most urgent first', async () => {
    const questions: Question[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listQuestions({
        status: ['awaiting_seller'],
        sort: 'due',
        limit: 5,
        cursor,
      });
      questions.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const expected = backend.state.questions.filter(
      (question) => question.status === 'awaiting_seller',
    );
    expect(questions.map((question) => question.id)).to.have.members(
      expected.map((question) => question.id),
    );
    const config = await client.getConfig();
    const urgencies = questions.map((question) =>
      urgencyOf(remainingMs(question.replyDueAt!, Date.now()), config),
    );
    expect(urgencies[0]).to.equal('late');
    const due = questions.map((question) => Date.parse(question.replyDueAt!));
    expect(due).to.deep.equal([...due].sort((a, b) => a - b));
  });

  it('fills a template in the buyer’s language and sends it once, with its version', async () => {
    const question = await client.getQuestion('q-053');
    const order = await client.getOrder(question.orderId!);
    const viewer = await client.getViewer();
    const shop = await client.getShop(question.shopId);
    const language = question.buyer.language;
    const { items: templates } = await client.listTemplates({ topic: question.topic, language });
    expect(templates.every((template) => template.language === 'en')).to.equal(true);
    const filled = fillTemplate(templates[0]!.body, {
      buyerName: question.buyer.name,
      sellerName: viewer.name,
      shopName: shop.name,
      orderNumber: question.orderNumber,
      carrier: order.tracking?.carrier,
      trackingNumber: order.tracking?.number,
      trackingUrl: order.tracking?.url,
    });
    expect(filled.missing).to.deep.equal([]);
    expect(filled.unknown).to.deep.equal([]);

    const key = newIdempotencyKey();
    const body = { text: filled.text, language, expectedVersion: question.version };
    const [first, again] = await Promise.all([
      client.sendMessage(question.id, body, { idempotencyKey: key }),
      client.sendMessage(question.id, body, { idempotencyKey: key }),
    ]);
    expect(first.status).to.equal('awaiting_buyer');
    expect(again.messages.length).to.equal(first.messages.length);
    const sent = backend.state.questions
      .find((candidate) => candidate.id === 'q-053')!
      .messages.filter((message) => message.author === 'seller');
    expect(sent).to.have.length(1);
    expect(sent[0]!.text).to.include('CE482731905DE');
  });

  it('refuses an answer to a question that changed meanwhile, and changes nothing', async () => {
    const question = await client.getQuestion('q-012');
    await buyerClient('b-julien').sendMessage('q-012', {
      text: 'Encore une chose…',
      language: 'fr',
    });
    let error: unknown;
    try {
      await client.sendMessage(
        question.id,
        { text: 'Oui.', language: 'fr', expectedVersion: question.version },
        { idempotencyKey: newIdempotencyKey() },
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError).code).to.equal('version_conflict');
    const fresh = await client.getQuestion('q-012');
    expect(fresh.messages.at(-1)!.text).to.equal('Encore une chose…');
    expect(sellerActions(fresh)).to.include('reply');
  });

  it('refunds marked items and escalates with a reason', async () => {
    const issue = await client.getQuestion('q-025');
    const order = await client.getOrder(issue.orderId!);
    const items = [{ itemId: order.items[0]!.id, quantity: 1 }];
    expect(checkItemSelection(items, order.items, order.refunded)).to.deep.equal([]);
    const refunded = await client.refundItems(
      issue.id,
      { items, expectedVersion: issue.version },
      { idempotencyKey: newIdempotencyKey() },
    );
    expect(refunded.refunds.at(-1)!.amount).to.deep.equal({ amountMinor: 14900, currency: 'EUR' });
    expect(refunded.status).to.equal('resolved');

    const question = await client.getQuestion('q-005');
    const escalated = await client.escalate(
      question.id,
      {
        reason: 'The buyer asks about a custom order we cannot price.',
        expectedVersion: question.version,
      },
      { idempotencyKey: newIdempotencyKey() },
    );
    expect(escalated.status).to.equal('awaiting_platform');
    expect(escalated.replyDueAt).to.equal(null);
  });

  it('follows changes through the feed', async () => {
    const { cursor } = await client.listChanges();
    await buyerClient('b-julien').sendMessage('q-012', { text: 'Bonjour ?', language: 'fr' });
    const feed = await client.listChanges(cursor);
    expect(feed.changes.map((change) => change.questionId)).to.deep.equal(['q-012']);
  });
});
