import { expect, fixture, html } from '@open-wc/testing';
// Only the classes: the class-only entry points (package.json `./classes/<tag>.js`, built from
// each element's folder module), no define module.
import { AskSeller } from '../../../src/components/ask-seller/ask-seller.js';
import { OrderHelp } from '../../../src/components/order-help/order-help.js';
import { SellerQuestionCount } from '../../../src/components/seller-question-count/seller-question-count.js';
import { SellerQuestionInbox } from '../../../src/components/seller-question-inbox/seller-question-inbox.js';
import { buyerClient, sellerClient, useMockBackend } from '../../support/backend.js';
import { waitFor } from '../../support/elements.js';

const PUBLIC_TAGS = ['ask-seller', 'order-help', 'seller-question-inbox', 'seller-question-count'];

describe('importing an element class', () => {
  it('registers no public tag', () => {
    for (const tag of PUBLIC_TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('is what the package exports under ./classes/, for each public element', async () => {
    const manifest = (await (await fetch('/package.json')).json()) as {
      exports: Record<string, { types: string; default: string }>;
    };
    for (const tag of PUBLIC_TAGS) {
      expect(manifest.exports[`./classes/${tag}.js`], tag).to.deep.equal({
        types: `./dist/types/components/${tag}/${tag}.d.ts`,
        default: `./dist/classes/${tag}.js`,
      });
    }
  });

  it('works under a tag the host chooses, its internal elements registered when it is made', async () => {
    await useMockBackend();
    customElements.define('shop-ask-seller', class extends AskSeller {});
    const el = await fixture<AskSeller>(
      html`<shop-ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></shop-ask-seller>`,
    );
    await waitFor(
      () => el.shadowRoot?.querySelector('sq-composer')?.shadowRoot,
      'the composer rendered',
    );
    expect(customElements.get('ask-seller')).to.equal(undefined);
    expect(customElements.get('sq-composer')).not.to.equal(undefined);
  });

  it('renders <order-help> under a tag of the host', async () => {
    await useMockBackend();
    customElements.define('shop-order-help', class extends OrderHelp {});
    const order = await fixture<OrderHelp>(
      html`<shop-order-help order-id="o-1001" .client=${buyerClient('b-anna')}></shop-order-help>`,
    );
    await waitFor(() => order.shadowRoot?.textContent.includes('SQ-2026-1001'), 'the order');
    expect(customElements.get('order-help')).to.equal(undefined);
  });

  it('renders the inbox under a tag of the host', async function () {
    this.timeout(20_000);
    await useMockBackend();
    customElements.define('shop-inbox', class extends SellerQuestionInbox {});
    const inbox = await fixture<SellerQuestionInbox>(
      html`<shop-inbox
        style="--sq-inbox-block-size: 900px"
        .client=${sellerClient()}
      ></shop-inbox>`,
    );
    await waitFor(
      () =>
        inbox.shadowRoot
          ?.querySelector('sq-inbox-list')
          ?.shadowRoot?.querySelector('[role=option]'),
      'the inbox rows',
      15_000,
    );
    expect(customElements.get('seller-question-inbox')).to.equal(undefined);
  });

  it('renders the count under a tag of the host', async () => {
    await useMockBackend();
    customElements.define('shop-question-count', class extends SellerQuestionCount {});
    const count = await fixture<SellerQuestionCount>(
      html`<shop-question-count .client=${sellerClient()}></shop-question-count>`,
    );
    await waitFor(() => count.count !== null, 'the count');
    for (const tag of PUBLIC_TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });
});
