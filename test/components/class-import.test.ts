import { expect, fixture, html } from '@open-wc/testing';
// Only the class: no define module.
import { AskSeller } from '../../src/components/ask-seller/ask-seller.js';
import { buyerClient, useMockBackend } from '../support/backend.js';
import { waitFor } from '../support/elements.js';

describe('importing an element class', () => {
  it('registers no tag, and the class works under a tag the host chooses', async () => {
    expect(customElements.get('ask-seller')).to.equal(undefined);
    await useMockBackend();
    customElements.define('shop-ask-seller', class extends AskSeller {});
    const el = await fixture<AskSeller>(
      html`<shop-ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></shop-ask-seller>`,
    );
    // Its internal elements are registered when it is constructed.
    await waitFor(
      () => el.shadowRoot?.querySelector('sq-composer')?.shadowRoot,
      'the composer rendered',
    );
    expect(customElements.get('ask-seller')).to.equal(undefined);
    expect(customElements.get('sq-composer')).not.to.equal(undefined);
  });
});
