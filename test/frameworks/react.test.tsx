// The React 19 example (examples/react/) mounted in the browser on the mock backend: the client
// arrives as a property, product-id as an attribute, and React hears sq-question-created.
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ProductPage } from '../../examples/react/product-page.js';
import type { AskSeller } from '../../src/ask-seller.js';
import { SqQuestionCreatedEvent } from '../../src/index.js';
import type { QuestionDetail } from '../../src/index.js';
import type { MockBackend } from '../../src/mocks/index.js';
import { buyerClient, useMockBackend } from '../support/backend.js';
import { clearDrafts, shadowText, waitFor } from '../support/elements.js';
import {
  askThroughForm,
  expectBoundAsDocumented,
  expectHostConfirmation,
} from '../support/ask-seller.js';

// Each test starts without drafts (support/storage.ts); these are the drafts of its product.
const DRAFTS = 'ask-seller:s-1:p-07';

describe('React 19 example (examples/react)', () => {
  let backend: MockBackend;
  let container: HTMLElement;
  let root: Root;

  beforeEach(async () => {
    clearDrafts(DRAFTS);
    backend = await useMockBackend();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    clearDrafts(DRAFTS);
  });

  const askSeller = () => container.querySelector<AskSeller>('ask-seller')!;

  it('sets client as a property and product-id as an attribute; the element loads the product through that client', async () => {
    const client = buyerClient('b-anna');
    flushSync(() => {
      root.render(<ProductPage productId="p-07" shopId="s-1" client={client} />);
    });
    const el = askSeller();
    await expectBoundAsDocumented(el, client, {
      productId: 'p-07',
      shopId: 's-1',
      title: 'Canvas Espadrilles',
    });

    flushSync(() => {
      root.render(<ProductPage productId="p-08" shopId="s-1" client={client} />);
    });
    expect(askSeller()).to.equal(el);
    expect(el.getAttribute('product-id')).to.equal('p-08');
    await waitFor(() => shadowText(el).includes('About: Waxed Canvas Weekender'));
  });

  it('hears sq-question-created through onsq-question-created and shows its confirmation', async () => {
    flushSync(() => {
      root.render(<ProductPage productId="p-07" shopId="s-1" client={buyerClient('b-anna')} />);
    });
    const el = askSeller();
    expect(container.querySelector('[role=status]')).to.equal(null);
    await askThroughForm(el, 'size', 'Do they run true to size?');
    await expectHostConfirmation(
      container,
      backend,
      { buyerId: 'b-anna', productId: 'p-07', text: 'Do they run true to size?' },
      'React',
    );
  });

  it('passes the event name through as written: onSqQuestionCreated listens for another event', () => {
    const heard: string[] = [];
    flushSync(() => {
      root.render(
        createElement('ask-seller', {
          'onsq-question-created': () => heard.push('onsq-question-created'),
          onSqQuestionCreated: () => heard.push('onSqQuestionCreated'),
          client: buyerClient('b-anna'),
          'product-id': 'p-07',
        }),
      );
    });
    askSeller().dispatchEvent(
      new SqQuestionCreatedEvent({ question: { id: 'q-x' } as QuestionDetail }),
    );
    expect(heard).to.deep.equal(['onsq-question-created']);
  });
});
