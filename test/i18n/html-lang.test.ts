// Until setLocale() is called, the elements follow <html lang>: at first render and whenever the
// host page changes it (many shops switch language by changing that attribute).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ask-seller.js';
import type { AskSeller } from '../../src/ask-seller.js';
import { getLocale } from '../../src/index.js';
import { localeLoaders } from '../../src/i18n/locale-loaders.js';
import { buyerClient, useMockBackend } from '../support/backend.js';
import { inShadow, shadowReady, waitFor } from '../support/elements.js';

describe('following <html lang>', () => {
  const original = document.documentElement.lang;
  after(() => {
    document.documentElement.lang = original;
  });

  it('renders in the page language and follows its changes', async () => {
    await useMockBackend();
    document.documentElement.lang = 'fr-BE';
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-05" .client=${buyerClient('b-elise')}></ask-seller>`,
    );
    await shadowReady(el, 'sq-composer');
    const french = (await localeLoaders.fr!()).templates['ask.title'];
    await waitFor(() => inShadow(el, '#title').textContent.trim() === french, 'the French title');
    expect(getLocale()).to.equal('fr');

    document.documentElement.lang = 'nl';
    const dutch = (await localeLoaders.nl!()).templates['ask.title'];
    await waitFor(() => inShadow(el, '#title').textContent.trim() === dutch, 'the Dutch title');

    document.documentElement.lang = 'ja'; // not supported: English
    await waitFor(() => inShadow(el, '#title').textContent.trim() === 'Ask the seller', 'English');
  });
});
