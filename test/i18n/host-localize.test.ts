// A host page that uses @lit/localize itself (which can be configured only once per page)
// configures it first; then the SDK loads. Both keep their own strings and their own locale.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { LitElement } from 'lit';
import { buyerClient, useMockBackend } from '../support/backend.js';
import { inShadow, shadowReady, waitFor } from '../support/elements.js';

class HostGreeting extends LitElement {
  constructor() {
    super();
    window.addEventListener('lit-localize-status', () => {
      this.requestUpdate();
    });
  }
  protected override render() {
    return html`<p>${msg('Welcome to our shop', { id: 'host.welcome' })}</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);

describe('beside a host that uses @lit/localize', () => {
  it("keeps the host's translations and its own, each switchable on its own", async () => {
    const host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: () =>
        Promise.resolve({ templates: { 'host.welcome': 'Willkommen in unserem Shop' } }),
    });
    await host.setLocale('de');
    const greeting = await fixture<HostGreeting>(html`<host-greeting></host-greeting>`);
    expect(greeting.shadowRoot!.textContent.trim()).to.equal('Willkommen in unserem Shop');

    // The SDK loads after the host configured @lit/localize: no "configured once" error.
    const sdk = await import('../../src/index.js');
    await import('../../src/ask-seller.js');
    await useMockBackend();
    await sdk.setLocale('fr');
    const ask = await fixture(
      html`<ask-seller product-id="p-05" .client=${buyerClient('b-julien')}></ask-seller>`,
    );
    await shadowReady(ask, 'sq-composer');
    expect(inShadow(ask, '#title').textContent.trim()).to.equal('Poser une question au vendeur');
    expect(greeting.shadowRoot!.textContent.trim()).to.equal('Willkommen in unserem Shop');

    // The host switching its language leaves the SDK as it is, and the other way round.
    await host.setLocale('en');
    await greeting.updateComplete;
    expect(greeting.shadowRoot!.textContent.trim()).to.equal('Welcome to our shop');
    expect(inShadow(ask, '#title').textContent.trim()).to.equal('Poser une question au vendeur');
    await sdk.setLocale('de');
    await waitFor(
      () => inShadow(ask, '#title').textContent.trim() !== 'Poser une question au vendeur',
      'the SDK in German',
    );
    expect(greeting.shadowRoot!.textContent.trim()).to.equal('Welcome to our shop');
  });
});
