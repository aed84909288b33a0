// The Vue 3 example (examples/vue/) mounted in the browser on the mock backend: the client
// arrives as a property, product-id as an attribute, and Vue hears sq-question-created.
import { expect } from '@open-wc/testing';
import { createApp, h, markRaw, nextTick, reactive, type App } from 'vue';
import { ProductPage } from '../../examples/vue/product-page.js';
import type { AskSeller } from '../../src/ask-seller.js';
import { SqQuestionCreatedEvent } from '../../src/index.js';
import type { QuestionDetail, SellerQuestionsClient } from '../../src/index.js';
import type { MockBackend } from '../../src/mocks/index.js';
import { buyerClient, useMockBackend } from '../support/backend.js';
import { clearDrafts, shadowText, waitFor } from '../support/elements.js';
import {
  askThroughForm,
  expectBoundAsDocumented,
  expectHostConfirmation,
} from '../support/ask-seller.js';

// Each test starts without drafts (support/storage.ts); these are the drafts of its product.
const DRAFTS = 'ask-seller:s-1:p-09';

describe('Vue 3 example (examples/vue)', () => {
  let backend: MockBackend;
  let container: HTMLElement;
  let app: App | undefined;

  beforeEach(async () => {
    clearDrafts(DRAFTS);
    backend = await useMockBackend();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
    clearDrafts(DRAFTS);
  });

  /** Mounts the page with props the test can change afterwards. */
  function mount(initial: { productId: string; shopId: string; client: SellerQuestionsClient }) {
    // The client is marked raw: a reactive proxy of it could not reach its private fields.
    const props = reactive({ ...initial, client: markRaw(initial.client) });
    app = createApp({ render: () => h(ProductPage, props) });
    app.mount(container);
    return props;
  }

  const askSeller = () => container.querySelector<AskSeller>('ask-seller')!;

  it('sets client as a property and product-id as an attribute; the element loads the product through that client', async () => {
    const client = buyerClient('b-anna');
    const props = mount({ productId: 'p-09', shopId: 's-1', client });
    const el = askSeller();
    await expectBoundAsDocumented(el, client, {
      productId: 'p-09',
      shopId: 's-1',
      title: 'Leather Crossbody Bag',
    });

    props.productId = 'p-10';
    await nextTick();
    expect(askSeller()).to.equal(el);
    expect(el.getAttribute('product-id')).to.equal('p-10');
    await waitFor(() => shadowText(el).includes('About: Organic Canvas Tote'));
  });

  it('hears sq-question-created through onSq-question-created and shows its confirmation', async () => {
    mount({ productId: 'p-09', shopId: 's-1', client: buyerClient('b-anna') });
    const el = askSeller();
    expect(container.querySelector('[role=status]')).to.equal(null);
    await askThroughForm(el, 'material', 'Is the lining leather too?');
    await expectHostConfirmation(
      container,
      backend,
      { buyerId: 'b-anna', productId: 'p-09', text: 'Is the lining leather too?' },
      'Vue',
    );
  });

  it('takes on + upper case as a listener; an all lower-case onsq-… becomes an attribute', async () => {
    const heard: string[] = [];
    app = createApp({
      render: () =>
        h('ask-seller', {
          onSqQuestionCreated: () => heard.push('onSqQuestionCreated'),
          'onSq-question-created': () => heard.push('onSq-question-created'),
          'onsq-question-created': () => heard.push('onsq-question-created'),
          '.client': buyerClient('b-anna'),
          'product-id': 'p-09',
        }),
    });
    app.mount(container);
    await nextTick();
    // Vue ignores an event stamped no later than its listener was attached (runtime-dom's
    // invoker compares Date.now() in ms): an event in the millisecond of the mount reaches only
    // the first of two listeners of one event. A buyer's question comes later than that.
    const mounted = Date.now();
    await waitFor(() => Date.now() > mounted, 'the next millisecond');
    askSeller().dispatchEvent(
      new SqQuestionCreatedEvent({ question: { id: 'q-x' } as QuestionDetail }),
    );
    expect(heard).to.have.members(['onSqQuestionCreated', 'onSq-question-created']);
    expect(askSeller().hasAttribute('onsq-question-created')).to.be.true;
  });
});
