import { expect, oneEvent } from '@open-wc/testing';
import type { SqEscalatedEvent, SqRefundIssuedEvent } from '../../../src/components/events.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { sellerClient, storedQuestion, useMockBackend } from '../../support/backend.js';
import { buttonWithText, inShadow, shadowReady, waitFor } from '../../support/elements.js';
import {
  conversationOf,
  deepText,
  escalateOf,
  mountInbox,
  openQuestion,
  refundItems,
  refundOf,
  typeText,
  clearInboxDrafts,
} from '../../support/inbox.js';

describe('<seller-question-inbox>: refunds and escalation', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  describe('refunding marked items (after-sales issue q-025, order SQ-2026-1003)', () => {
    it('lists the affected products with a checkbox each; refusing to go on with none marked', async () => {
      const el = await mountInbox();
      await openQuestion(el, 'q-025');
      const refund = await refundOf(el);
      const boxes = [
        ...refund.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]'),
      ];
      expect(boxes.map((box) => box.id)).to.deep.equal(['refund-o-1003-1', 'refund-o-1003-2']);
      expect(deepText(refund)).to.include('Reported by the buyer');
      // Already refunded earlier (q-024): it cannot be marked again.
      expect(boxes[1]!.disabled).to.equal(true);
      expect(deepText(refund)).to.include('Already refunded');
      buttonWithText(refund, 'Refund marked items').click();
      await refund.updateComplete;
      expect(deepText(refund)).to.include('Mark at least one item to refund.');
      expect(refund.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
      expect(refund.shadowRoot!.activeElement).to.equal(boxes[0]);
      expect(storedQuestion(backend, 'q-025').refunds).to.have.length(0);
    });

    it('confirms the items and the amount before refunding, then refunds once', async () => {
      // The seed already refunded the second item (q-024); make both refundable here.
      backend.state.orders.find((order) => order.id === 'o-1003')!.refunded = [];
      const el = await mountInbox();
      await openQuestion(el, 'q-025');
      const refund = await refundOf(el);
      inShadow<HTMLInputElement>(refund, '#refund-o-1003-1').click();
      inShadow<HTMLInputElement>(refund, '#refund-o-1003-2').click();
      await refund.updateComplete;
      buttonWithText(refund, 'Refund marked items').click();
      const dialog = await shadowReady<HTMLDialogElement>(refund, 'dialog[open]');
      const text = deepText(dialog);
      expect(text).to.include('Refund 2 items?');
      expect(text).to.include('The buyer gets €238.00 back.');
      expect(text).to.include('× 1 €149.00');
      expect(text).to.include('Total €238.00');
      expect(dialog.getAttribute('aria-labelledby')).to.equal('refund-dialog-title');
      await expect(el).to.be.accessible();

      const issued = oneEvent<SqRefundIssuedEvent>(el, 'sq-refund-issued');
      buttonWithText(refund, 'Refund €238.00').click();
      const { detail } = await issued;
      expect(detail.refund.amount).to.deep.equal({ amountMinor: 23800, currency: 'EUR' });
      expect(storedQuestion(backend, 'q-025').refunds).to.have.length(1);
      expect(storedQuestion(backend, 'q-025').status).to.equal('resolved');
      const conversation = await conversationOf(el);
      await waitFor(() =>
        deepText(conversation).includes('Refunded €238.00; the question is resolved.'),
      );
    });

    it('asks for a quantity where more than one was ordered', async () => {
      backend.state.orders.find((order) => order.id === 'o-1003')!.items[0]!.quantity = 3;
      const el = await mountInbox();
      await openQuestion(el, 'q-025');
      const refund = await refundOf(el);
      inShadow<HTMLInputElement>(refund, '#refund-o-1003-1').click();
      await refund.updateComplete;
      const quantity = inShadow<HTMLInputElement>(refund, 'input[type=number]');
      expect(quantity.max).to.equal('3');
      await typeText(quantity, '2');
      buttonWithText(refund, 'Refund marked items').click();
      const dialog = await shadowReady<HTMLDialogElement>(refund, 'dialog[open]');
      expect(deepText(dialog)).to.include('The buyer gets €298.00 back.');
      buttonWithText(refund, 'Cancel').click();
      await typeText(quantity, '4');
      buttonWithText(refund, 'Refund marked items').click();
      await refund.updateComplete;
      expect(deepText(refund)).to.include('enter a quantity from 1 to 3');
      expect(refund.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    });

    it('says a refund made meanwhile elsewhere is what happened, and refunds nothing more', async () => {
      const el = await mountInbox();
      await openQuestion(el, 'q-025');
      const refund = await refundOf(el);
      // Another window (or another seller of the shop) refunds the item first.
      const other = await sellerClient().getQuestion('q-025');
      await sellerClient().refundItems('q-025', {
        items: [{ itemId: 'o-1003-1', quantity: 1 }],
        expectedVersion: other.version,
      });
      await refundItems(refund, ['o-1003-1'], 'Refund €149.00');
      const conversation = await conversationOf(el);
      await waitFor(
        () => deepText(conversation).includes('A refund of €149.00 was made meanwhile'),
        'the notice',
      );
      const text = deepText(conversation);
      expect(text).to.include('so nothing more was refunded');
      expect(text).not.to.include('Your unsent reply');
      expect(storedQuestion(backend, 'q-025').refunds).to.have.length(1);
    });

    it('shows the backend’s refusal and refunds nothing', async () => {
      backend.failNext({
        status: 422,
        match: 'POST /questions/q-025/refunds',
        errors: [
          { pointer: '/items/0/quantity', code: 'exceeds_ordered', detail: 'Already refunded.' },
        ],
      });
      const el = await mountInbox();
      await openQuestion(el, 'q-025');
      const refund = await refundOf(el);
      await refundItems(refund, ['o-1003-1'], 'Refund €149.00');
      await waitFor(() => deepText(refund).includes('The refund was refused'), 'the refusal');
      expect(refund.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
      expect(inShadow(refund, '[part=error]').getAttribute('role')).to.equal('alert');
      expect(storedQuestion(backend, 'q-025').refunds).to.have.length(0);
      expect(storedQuestion(backend, 'q-025').status).to.equal('awaiting_seller');
    });
  });

  describe('requesting customer-service assistance', () => {
    it('needs a reason, then hands the question over', async () => {
      const el = await mountInbox();
      await openQuestion(el, 'q-005');
      const escalate = await escalateOf(el);
      buttonWithText(escalate, 'Request customer-service assistance').click();
      const dialog = await shadowReady<HTMLDialogElement>(escalate, 'dialog[open]');
      const textarea = inShadow<HTMLTextAreaElement>(escalate, 'textarea');
      expect(escalate.shadowRoot!.activeElement).to.equal(textarea);
      buttonWithText(escalate, 'Send request').click();
      await escalate.updateComplete;
      expect(deepText(dialog)).to.include('Explain why you need customer service’s help.');
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      expect(storedQuestion(backend, 'q-005').status).to.equal('awaiting_seller');
      await expect(el).to.be.accessible();

      await typeText(textarea, 'The buyer asks about a custom order we cannot price.');
      const escalated = oneEvent<SqEscalatedEvent>(el, 'sq-escalated');
      buttonWithText(escalate, 'Send request').click();
      expect((await escalated).detail.reason).to.equal(
        'The buyer asks about a custom order we cannot price.',
      );
      expect(storedQuestion(backend, 'q-005').status).to.equal('awaiting_platform');
      const conversation = await conversationOf(el);
      await waitFor(() => deepText(conversation).includes('Customer service was asked to help'));
      expect(deepText(conversation)).to.include('Handled by customer service');
      expect(conversation.shadowRoot!.querySelector('sq-inbox-escalate')).to.equal(null);
    });

    it('refuses a reason over the limit at the field', async () => {
      const el = await mountInbox();
      await openQuestion(el, 'q-005');
      const escalate = await escalateOf(el);
      buttonWithText(escalate, 'Request customer-service assistance').click();
      await typeText(inShadow<HTMLTextAreaElement>(escalate, 'textarea'), 'x'.repeat(1001));
      buttonWithText(escalate, 'Send request').click();
      await escalate.updateComplete;
      expect(deepText(escalate)).to.include('Shorten the reason to 1,000 characters.');
      expect(storedQuestion(backend, 'q-005').status).to.equal('awaiting_seller');
    });
  });
});
