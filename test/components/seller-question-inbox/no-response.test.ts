// "No response needed" in the inbox's conversation: for a buyer message that asks nothing, the
// seller ends the need to answer without a reply; on time before the due time, late after it.
import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../../src/mocks/index.js';
import { storedQuestion, useMockBackend } from '../../support/backend.js';
import { buttonWithText, waitFor } from '../../support/elements.js';
import { clearInboxDrafts, deepText, mountInbox, openQuestion } from '../../support/inbox.js';

describe('<seller-question-inbox>: no response needed', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  it('ends the need to answer a fresh message on time, and says so in the thread', async () => {
    const el = await mountInbox();
    const conversation = await openQuestion(el, 'q-005'); // awaiting the seller, fresh
    const button = buttonWithText(conversation, 'No response needed');
    expect(button.getAttribute('aria-describedby')).to.equal('no-response-hint');
    button.click();
    await waitFor(
      () => deepText(conversation).includes('Marked: Anna Schneider’s message needs no response.'),
      'the notice',
    );
    const question = storedQuestion(backend, 'q-005');
    expect(question.status).to.equal('awaiting_buyer');
    expect(question.replyDueAt).to.equal(null);
    const obligation = question.obligations.at(-1)!;
    expect(Date.parse(obligation.answeredAt!)).to.be.lessThan(Date.parse(obligation.dueAt));
    expect(question.messages.at(-1)!.event).to.deep.equal({ type: 'no_response_needed' });
    expect(deepText(conversation)).to.include('No response needed ·');
    // Nothing is awaited any more: the action is gone.
    expect(conversation.shadowRoot!.querySelector('[part=no-response-button]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('counts a late question as answered late', async () => {
    const el = await mountInbox();
    const conversation = await openQuestion(el, 'q-006'); // awaiting the seller, late
    buttonWithText(conversation, 'No response needed').click();
    await waitFor(() => storedQuestion(backend, 'q-006').status === 'awaiting_buyer', 'marked');
    const obligation = storedQuestion(backend, 'q-006').obligations.at(-1)!;
    expect(Date.parse(obligation.answeredAt!)).to.be.greaterThan(Date.parse(obligation.dueAt));
  });
});
