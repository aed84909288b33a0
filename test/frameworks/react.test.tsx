// The React 19 example (examples/react/) mounted in the browser on the mock backend: the client
// arrives as a property, product-id as an attribute, and React hears sq-question-created.
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ProductPage } from '../../examples/react/product-page.js';
import type { AskSeller } from '../../src/ask-seller.js';
import { SqQuestionCreatedEvent } from '../../src/index.js';
import { currentSettings } from '../../src/index.js';
import type { QuestionDetail } from '../../src/index.js';
import type { SqComposer } from '../../src/components/shared/composer.js';
import type { MockBackend } from '../../src/mocks/index.js';
import { buyerClient, useMockBackend } from '../support/backend.js';
import {
  buttonWithText,
  clearDrafts,
  inShadow,
  shadowReady,
  shadowText,
  typeInto,
  waitFor,
} from '../support/elements.js';

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
    expect(el.client).to.equal(client);
    expect(el.hasAttribute('client')).to.be.false;
    expect(el.getAttribute('product-id')).to.equal('p-07');
    expect(el.productId).to.equal('p-07');
    expect(el.getAttribute('shop-id')).to.equal('s-1');
    // Nothing else tells the page where the backend is: what it shows came through `client`.
    expect(currentSettings().apiBase).to.equal(undefined);
    await shadowReady(el, 'sq-composer');
    expect(shadowText(el)).to.include('About: Canvas Espadrilles');

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
    const composer = await shadowReady<SqComposer>(el, 'sq-composer');
    expect(container.querySelector('[role=status]')).to.equal(null);
    inShadow<HTMLInputElement>(el, 'input[name=subject][value="size"]').click();
    await el.updateComplete;
    await typeInto(composer, 'Do they run true to size?');
    // <ask-seller> loads its history (<sq-conversations>) on demand. A send before that chunk
    // has loaded fails after the question is created (reported to the SDK owners), so wait
    // for it as a buyer who takes a second to type does.
    await customElements.whenDefined('sq-conversations');
    buttonWithText(composer, 'Send question').click();

    await waitFor(() => container.querySelector('[role=status]'), 'React to show its confirmation');
    const status = container.querySelector<HTMLElement>('[role=status]')!;
    expect(status.textContent).to.include('We will email you when the seller answers.');
    const created = backend.state.questions.filter(
      (question) =>
        question.buyerId === 'b-anna' &&
        question.productId === 'p-07' &&
        question.messages[0]?.text === 'Do they run true to size?',
    );
    expect(created).to.have.length(1);
    expect(status.dataset['questionId']).to.equal(created[0]!.id);
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
