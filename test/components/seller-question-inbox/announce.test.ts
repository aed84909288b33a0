// What the inbox tells a screen-reader user: every outcome and every arrival goes through one
// polite live region that is in the page, empty, from the first render (a region inserted with
// its text already in it is often not read), each message as a new node in it.
import { expect } from '@open-wc/testing';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import type { SellerQuestionInbox } from '../../../src/seller-question-inbox.js';
import type { SqQuestionReceivedEvent } from '../../../src/seller-question-inbox.js';
import { buyerClient, sellerClient, useMockBackend } from '../../support/backend.js';
import { askAboutShop } from '../../support/questions.js';
import {
  buttonWithText,
  inShadow,
  pretendPageVisible,
  shadowReady,
  typeInto,
  waitFor,
} from '../../support/elements.js';
import {
  choose,
  clearInboxDrafts,
  composerOf,
  conversationOf,
  escalateOf,
  mountInbox,
  mountReplyingTo,
  openQuestion,
  refundItems,
  refundOf,
  rowsOf,
  typeText,
} from '../../support/inbox.js';

/** The inbox's live region. */
const regionOf = (el: SellerQuestionInbox) =>
  inShadow(el, '[role=status][aria-live=polite]:not([part])');

/** Waits until the live region has said `text` (in a node of its own). */
async function announced(el: SellerQuestionInbox, text: string) {
  await waitFor(
    () => [...regionOf(el).children].some((node) => node.textContent.includes(text)),
    `"${text}" announced`,
  );
}

/** Live regions anywhere inside the inbox, shadow roots included, besides the inbox's own. */
function otherLiveRegions(el: SellerQuestionInbox): Element[] {
  const found: Element[] = [];
  const walk = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.matches('[role=status], [aria-live]') && node.textContent.trim()) found.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return found.filter((node) => node !== regionOf(el));
}

describe('<seller-question-inbox>: announcements', () => {
  let backend: MockBackend;
  let restore: () => void;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
    restore = pretendPageVisible();
  });
  afterEach(() => {
    restore();
  });

  it('has its live region, empty, from the first render, and says "Reply sent" in it', async () => {
    const el = await mountInbox();
    const region = regionOf(el);
    expect(region.textContent.trim()).to.equal('');
    await openQuestion(el, 'q-012');
    const composer = await composerOf(el);
    await typeInto(composer, 'Bonjour Julien, oui.');
    buttonWithText(composer, 'Send').click();
    await announced(el, 'Reply sent to Julien Moreau.');
    // The same node as at first, and no second region that appeared already filled.
    expect(regionOf(el)).to.equal(region);
    const conversation = await conversationOf(el);
    const notice = inShadow(conversation, '[part=notice]');
    expect(notice.textContent).to.include('Reply sent to Julien Moreau.');
    expect(notice.hasAttribute('role')).to.equal(false);
    // What the focus move says follows it, in its own node: both are read.
    await announced(el, 'Next question awaiting you');
    expect(regionOf(el).textContent).to.include('Reply sent to Julien Moreau.');
    await expect(el).to.be.accessible();
  });

  it('says the same outcome twice as two messages', async () => {
    const { el, reply } = await mountReplyingTo('q-053');
    const select = await shadowReady<HTMLSelectElement>(reply, 'select#template:not([disabled])');
    const insert = async () => {
      await waitFor(() => select.options.length > 1, 'templates');
      await choose(select, select.options[1]!.value);
      await reply.updateComplete;
      buttonWithText(reply, 'Insert').click();
      await reply.updateComplete;
    };
    await insert();
    await announced(el, 'inserted; you can still edit the text.');
    const note = inShadow(reply, '[part~=template-note]');
    expect(note.hasAttribute('role')).to.equal(false);
    await insert();
    await waitFor(
      () =>
        [...regionOf(el).children].filter((node) => node.textContent.includes('inserted'))
          .length === 2,
      'the second insertion announced again',
    );
    expect(otherLiveRegions(el).map((node) => node.textContent.trim())).to.deep.equal([]);
  });

  it('says "Refunded" in the live region', async () => {
    backend.state.orders.find((order) => order.id === 'o-1003')!.refunded = [];
    const el = await mountInbox();
    await openQuestion(el, 'q-025');
    const refund = await refundOf(el);
    await refundItems(refund, ['o-1003-1'], 'Refund €149.00');
    await announced(el, 'Refunded €149.00; the question is resolved.');
  });

  it('says that customer service takes over, once, after the request is sent', async () => {
    const el = await mountInbox();
    await openQuestion(el, 'q-005');
    const escalate = await escalateOf(el);
    buttonWithText(escalate, 'Request customer-service assistance').click();
    const textarea = await shadowReady<HTMLTextAreaElement>(escalate, 'dialog[open] textarea');
    await typeText(textarea, 'The buyer asks about a custom order we cannot price.');
    buttonWithText(escalate, 'Send request').click();
    const text = 'Customer service was asked to help and takes over this question.';
    await announced(el, text);
    expect(backend.state.questions.find((q) => q.id === 'q-005')!.status).to.equal(
      'awaiting_platform',
    );
    // Said in the inbox's one region, once, and by no other live region.
    const said = [...regionOf(el).children].filter((node) => node.textContent.includes(text));
    expect(said.length).to.equal(1);
    expect(otherLiveRegions(el).map((node) => node.textContent.trim())).to.deep.equal([]);
  });

  it('tells the seller politely when a new question or a buyer’s message arrives', async () => {
    backend.state.config.pollIntervalSeconds = 1;
    const el = await mountInbox();
    await rowsOf(el);
    await waitFor(() => regionOf(el), 'the live region');
    await askAboutShop('b-elise', 'Livrez-vous en Belgique ?', 'fr');
    await announced(el, 'New question from Élise');
    // A buyer writes again on a question the seller has answered (q-012 is Julien's).
    await openQuestion(el, 'q-012');
    const composer: SqComposer = await composerOf(el);
    await typeInto(composer, 'Oui.');
    buttonWithText(composer, 'Send').click();
    await announced(el, 'Reply sent to Julien Moreau.');
    await buyerClient('b-julien').sendMessage('q-012', { text: 'Merci !', language: 'fr' });
    await announced(el, 'New message from Julien Moreau.');
  });

  it('fires sq-question-received once per arrival, with its kind, category and topic', async () => {
    backend.state.config.pollIntervalSeconds = 1;
    const el = await mountInbox();
    await rowsOf(el);
    const received: SqQuestionReceivedEvent[] = [];
    // Bubbling and composed: the host hears it outside the inbox.
    const listener = (event: SqQuestionReceivedEvent) => received.push(event);
    document.body.addEventListener('sq-question-received', listener);
    try {
      // A question the seller answered, whose buyer writes again.
      const answered = backend.state.questions.find(
        (question) => question.status === 'awaiting_buyer' && question.handler === 'seller',
      )!;
      const created = await askAboutShop('b-elise', 'Livrez-vous en Belgique ?', 'fr');
      await waitFor(() => received.length === 1, 'the new question received');
      const [first] = received;
      expect(first!.bubbles && first!.composed).to.equal(true);
      expect(first!.target).to.equal(el);
      expect(first!.detail).to.include({
        questionId: created.id,
        kind: 'question',
        category: 'pre_sale',
        topic: 'shop',
      });
      expect(first!.detail.question.buyer.name).to.include('Élise');
      await buyerClient(answered.buyerId).sendMessage(answered.id, {
        text: 'One more thing, please.',
        language: 'en',
      });
      await waitFor(() => received.length === 2, 'the new message received');
      expect(received[1]!.detail).to.include({
        questionId: answered.id,
        kind: 'message',
        category: answered.category,
        topic: answered.topic,
      });
      // Later polls bring nothing new: no second event for either, and each said once.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(received.map((event) => event.detail.questionId)).to.deep.equal([
        created.id,
        answered.id,
      ]);
      const said = [...regionOf(el).children].map((node) => node.textContent.trim());
      expect(said.filter((text) => text.startsWith('New question from'))).to.have.length(1);
      expect(said.filter((text) => text.startsWith('New message from'))).to.have.length(1);
    } finally {
      document.body.removeEventListener('sq-question-received', listener);
    }
  });

  it('fires nothing for changes that leave nothing new to answer', async () => {
    backend.state.config.pollIntervalSeconds = 1;
    // What the inbox's feed brought, as it read it.
    const feeds: string[] = [];
    const client = sellerClient({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const url = input instanceof Request ? input.url : String(input);
        if (url.includes('/changes')) feeds.push(await response.clone().text());
        return response;
      },
    });
    const el = await mountInbox({ client });
    await rowsOf(el);
    let received = 0;
    el.addEventListener('sq-question-received', () => received++);
    // The seller answers elsewhere (another tab): a change, but nothing arrived.
    const waiting = backend.state.questions.find(
      (question) => question.status === 'awaiting_seller' && question.handler === 'seller',
    )!;
    await sellerClient().sendMessage(waiting.id, { text: 'Yes, it is.', language: 'en' });
    await waitFor(() => feeds.some((feed) => feed.includes(waiting.id)), 'the change polled');
    // Time for the list to apply it (and the arrivals' code to load).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(received).to.equal(0);
  });
});
