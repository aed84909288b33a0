// What an order request asks for beyond its message (a new delivery address, the wanted change
// of an item) is shown above the thread, to the seller who acts on it and to the buyer who asked.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/shared/thread.js';
import type { SqThread } from '../../../src/components/shared/thread.js';
import { buyerClient, sellerClient, useMockBackend } from '../../support/backend.js';
import { deepText, waitFor } from '../../support/elements.js';
import { clearInboxDrafts, conversationOf, mountInbox, openQuestion } from '../../support/inbox.js';

describe('an order request’s details, above its thread', () => {
  beforeEach(async () => {
    clearInboxDrafts();
    await useMockBackend();
  });

  it('shows the seller and the buyer the new delivery address asked for', async () => {
    const kasia = buyerClient('b-kasia');
    const order = await kasia.getOrder('o-1006');
    const asked = await kasia.createQuestion({
      category: 'order_service',
      topic: 'change_address',
      shopId: order.shopId,
      orderId: order.id,
      text: 'Please deliver to my office instead.',
      language: 'pl',
      details: {
        address: {
          name: order.shippingAddress.name,
          line1: 'Rosenthaler Str. 40',
          postalCode: '10178',
          city: 'Berlin',
          country: 'DE',
        },
      },
    });
    // The seller, in the inbox.
    const el = await mountInbox();
    await openQuestion(el, asked.id);
    const conversation = await conversationOf(el);
    await waitFor(() => deepText(conversation).includes('New delivery address'), 'the address');
    const text = deepText(conversation);
    expect(text).to.include('Rosenthaler Str. 40');
    expect(text).to.include('10178 Berlin');
    expect(text).to.include('Germany');
    // The buyer, in their thread.
    const thread = await fixture<SqThread>(
      html`<sq-thread viewer="buyer" .question=${await kasia.getQuestion(asked.id)}></sq-thread>`,
    );
    const requested = thread.shadowRoot!.querySelector('.requested')!;
    expect(deepText(requested)).to.include('New delivery address');
    expect(deepText(requested)).to.include('Rosenthaler Str. 40');
  });

  it('shows the wanted change of an item, and nothing for a question without details', async () => {
    const seller = sellerClient();
    const { items } = await seller.listQuestions({ topic: 'change_item' });
    const plain = await fixture<SqThread>(
      html`<sq-thread viewer="seller" .question=${await seller.getQuestion('q-006')}></sq-thread>`,
    );
    expect(plain.shadowRoot!.querySelector('.requested')).to.equal(null);
    const withChange = items.find((item) => item.details?.change);
    const question = withChange
      ? await seller.getQuestion(withChange.id)
      : {
          ...(await seller.getQuestion('q-006')),
          details: { change: 'Size M instead of L, please.' },
        };
    const thread = await fixture<SqThread>(
      html`<sq-thread viewer="seller" .question=${question}></sq-thread>`,
    );
    const requested = thread.shadowRoot!.querySelector('.requested')!;
    expect(deepText(requested)).to.include('What should change?');
    expect(deepText(requested)).to.include(question.details!.change!);
  });
});
