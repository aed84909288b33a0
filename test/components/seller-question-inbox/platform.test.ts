// <seller-question-inbox> for a platform customer-service agent (viewer role `platform`): the
// queue's figures in place of the seller's performance, each row's shop, the shop filter, and
// the agent's actions (reply, hand back with a reason, close) in place of the seller's
// escalation; the buyer then sees the agent's answer.
import { expect, oneEvent } from '@open-wc/testing';
import type { SqErrorEvent } from '../../../src/components/events.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import {
  buyerClient,
  platformClient,
  storedQuestion,
  useMockBackend,
} from '../../support/backend.js';
import { buttonWithText, shadowReady, waitFor } from '../../support/elements.js';
import {
  choose,
  clearInboxDrafts,
  composerOf,
  conversationOf,
  deepText,
  listOf,
  mountInbox,
  openQuestion,
  rowsOf,
  typeText,
} from '../../support/inbox.js';

describe('<seller-question-inbox> for platform customer service', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  const waiting = () =>
    backend.state.questions.filter((question) => question.status === 'awaiting_platform');

  it('shows the queue’s figures instead of the seller’s performance, and never asks for seller metrics', async () => {
    const errors: SqErrorEvent[] = [];
    const el = await mountInbox({ client: platformClient() });
    el.addEventListener('sq-error', (event) => errors.push(event));
    const queue = await shadowReady(el, 'sq-inbox-platform-queue');
    await waitFor(() => queue.shadowRoot!.querySelector('[data-queue-count]'), 'the figures');
    const text = deepText(queue);
    expect(text).to.include(`${waiting().length} awaiting customer service`);
    expect(text).to.match(/oldest: \d+ days? ago/);
    expect(text).to.include('Linden & Loom:');
    expect(el.shadowRoot!.querySelector('sq-inbox-performance')).to.equal(null);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows each row’s shop and filters the list by shop', async () => {
    const el = await mountInbox({ client: platformClient() });
    await rowsOf(el);
    const list = await listOf(el);
    const rowTexts = () =>
      [...list.shadowRoot!.querySelectorAll('[role=option]')].map((row) => row.textContent);
    await waitFor(
      () => rowTexts().every((text) => text.includes('Linden & Loom · ')),
      'the shop in every row',
    );
    const queue = await shadowReady(el, 'sq-inbox-platform-queue');
    const select = await shadowReady<HTMLSelectElement>(queue, 'select');
    await choose(select, 's-1');
    await waitFor(() => list.filters.shopId === 's-1', 'the shop filter');
    expect((await rowsOf(el)).length).to.be.greaterThan(0);
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 's-1']);
    await choose(select, '');
    await waitFor(() => list.filters.shopId === '', 'all shops again');
  });

  it('offers the agent reply, hand back and close, not the seller’s escalation; hands back with a reason', async () => {
    const id = 'q-043';
    const el = await mountInbox({ client: platformClient() });
    const conversation = await openQuestion(el, id);
    await waitFor(() => conversation.shadowRoot!.querySelector('sq-inbox-platform-action'));
    expect(conversation.shadowRoot!.querySelector('sq-inbox-escalate')).to.equal(null);
    expect(conversation.shadowRoot!.querySelector('sq-inbox-reply')).to.not.equal(null);
    const [handBack, close] = [
      ...conversation.shadowRoot!.querySelectorAll('sq-inbox-platform-action'),
    ];
    expect(close!.getAttribute('kind')).to.equal('close');
    await shadowReady(handBack!, 'button');
    buttonWithText(handBack!, 'Hand back to the seller').click();
    const dialog = await shadowReady<HTMLDialogElement>(handBack!, 'dialog[open]');
    // The reason is required.
    [...dialog.querySelectorAll('button')].at(-1)!.click();
    await waitFor(() => deepText(dialog).includes('Tell the seller why they should answer.'));
    expect(storedQuestion(backend, id).status).to.equal('awaiting_platform');
    await expect(el).to.be.accessible();
    typeText(dialog.querySelector('textarea')!, 'The seller knows their opening hours.');
    [...dialog.querySelectorAll('button')].at(-1)!.click();
    await waitFor(() => storedQuestion(backend, id).status === 'awaiting_seller', 'handed back');
    expect(storedQuestion(backend, id).handler).to.equal('seller');
    expect(storedQuestion(backend, id).messages.at(-1)!.event).to.deep.equal({
      type: 'handed_back',
      reason: 'The seller knows their opening hours.',
    });
    const after = await conversationOf(el);
    await waitFor(() => deepText(after).includes('Handed back to the seller.'));
    expect(deepText(after)).to.include(
      'Customer service handed this back to the seller: The seller knows their opening hours.',
    );
  });

  it('words a seller’s question as the seller’s, not as the agent’s own to answer', async () => {
    const question = backend.state.questions.find(
      (candidate) => candidate.status === 'awaiting_seller' && candidate.handler === 'seller',
    )!;
    const el = await mountInbox({ client: platformClient() });
    const conversation = await openQuestion(el, question.id);
    await waitFor(() => conversation.shadowRoot!.querySelector('[part=no-reply]'), 'no reply');
    const head = conversation.shadowRoot!.querySelector('[part=conversation-header]')!;
    expect(head.querySelector('[part=status]')!.textContent.trim()).to.equal(
      'Waiting for the seller',
    );
    expect(deepText(head)).to.include('Handled by the seller');
    expect(deepText(head)).not.to.match(/Awaiting your reply|Handled by you/);
    expect(deepText(conversation.shadowRoot!.querySelector('[part=no-reply]')!)).to.equal(
      'The seller handles this question; you can follow the conversation here.',
    );
    // The status filter names it the same way.
    const list = await listOf(el);
    const status = [...list.shadowRoot!.querySelectorAll('select')].find((select) =>
      [...select.options].some((option) => option.value === 'awaiting_seller'),
    )!;
    const names = [...status.options].map((option) => option.textContent.trim());
    expect(names).to.include('Waiting for the seller');
    expect(names).not.to.include('Awaiting your reply');
  });

  it('answers in the buyer’s language, and the buyer sees the answer', async () => {
    const question = waiting().find((candidate) => candidate.buyerId === 'b-emily')!;
    const el = await mountInbox({ client: platformClient() });
    await openQuestion(el, question.id);
    const composer = await composerOf(el);
    const textarea = await shadowReady<HTMLTextAreaElement>(composer, 'textarea');
    typeText(textarea, 'Your parcel is on its way.');
    const sent = oneEvent(el, 'sq-reply-sent');
    buttonWithText(composer, 'Send').click();
    await sent;
    const last = storedQuestion(backend, question.id).messages.at(-1)!;
    expect(last).to.deep.include({ author: 'platform', text: 'Your parcel is on its way.' });
    expect(storedQuestion(backend, question.id).status).to.equal('awaiting_buyer');
    const seen = await buyerClient('b-emily').getQuestion(question.id);
    expect(seen.messages.at(-1)!.text).to.equal('Your parcel is on its way.');
  });

  it('offers a translation of the buyer’s words, not of customer service’s own', async () => {
    const question = waiting().find(
      (candidate) =>
        candidate.messages.some((message) => message.author === 'platform') &&
        candidate.messages.every((message) => message.language.startsWith('de')),
    )!;
    const el = await mountInbox({ client: platformClient() });
    await openQuestion(el, question.id);
    const conversation = await conversationOf(el);
    const thread = await shadowReady(conversation, 'sq-thread');
    await waitFor(() => thread.shadowRoot?.querySelector('[part~=message-platform]'), 'the thread');
    const own = thread.shadowRoot!.querySelector('[part~=message-platform]')!;
    const buyer = thread.shadowRoot!.querySelector('[part~=message-buyer]')!;
    expect(buyer.querySelector('[part=translate]')?.textContent).to.include('View in English');
    expect(own.querySelector('[part=translate]') === null, 'no "View in" on its own answer').to.be
      .true;
  });
});
