// The head start also warms up Intl while <order-help>'s code is on its way (its first view
// formats dates, prices and a country: src/i18n/engine-steps.ts): a page's first formatter takes
// 25–85 ms, which the element's first render paid once its data had come. Once per page, so this file has a page of
// its own.
import { expect } from '@open-wc/testing';
import { configure } from '../../src/api/configure.js';
import { headStart } from '../../src/components/head-start.js';
import { MOCK_TOKENS } from '../../src/mocks/index.js';
import { API_BASE, useMockBackend } from '../support/backend.js';
import { pageWith, waitFor } from '../support/elements.js';

/** The locales Intl.NumberFormat.supportedLocalesOf (a step of the warm-up) is asked about. */
function spyOnSupportedLocales() {
  const asked: string[] = [];
  const real = Intl.NumberFormat.supportedLocalesOf.bind(Intl.NumberFormat);
  Intl.NumberFormat.supportedLocalesOf = (locales, options) => {
    asked.push(String(locales));
    return real(locales, options);
  };
  const restore = () => {
    Intl.NumberFormat.supportedLocalesOf = real;
  };
  return { asked, restore };
}

describe('head start: warming up Intl', () => {
  const hosts: HTMLElement[] = [];
  let spy: ReturnType<typeof spyOnSupportedLocales>;
  beforeEach(async () => {
    await useMockBackend();
    spy = spyOnSupportedLocales();
  });
  afterEach(() => {
    spy.restore();
    for (const host of hosts.splice(0)) host.remove();
    document.documentElement.lang = '';
    configure({ apiBase: undefined, getToken: undefined, prefetch: undefined });
  });

  it('does not warm up when it starts nothing (prefetch off, or no element to start)', async () => {
    hosts.push(
      pageWith('<ask-seller product-id="p-02"></ask-seller>', {
        apiBase: API_BASE,
        getToken: () => MOCK_TOKENS.buyer('b-anna'),
        prefetch: false,
      }),
    );
    for (const host of hosts.splice(0)) host.remove();
    configure({ prefetch: undefined });
    headStart();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(spy.asked).to.deep.equal([]);
  });

  it('does not warm up for <ask-seller>, whose form formats no date and makes no number formatter', async () => {
    hosts.push(
      pageWith('<ask-seller product-id="p-02"></ask-seller>', {
        apiBase: API_BASE,
        getToken: () => MOCK_TOKENS.buyer('b-anna'),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(spy.asked).to.deep.equal([]);
  });

  it('does not warm up for the inbox, whose first rows make no Intl formatter', async () => {
    hosts.push(
      pageWith('<seller-question-inbox></seller-question-inbox>', {
        apiBase: API_BASE,
        getToken: () => MOCK_TOKENS.seller,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(spy.asked).to.deep.equal([]);
  });

  it("warms up in tasks of its own, for the page's language, once per page", async () => {
    document.documentElement.lang = 'de-AT';
    hosts.push(
      pageWith('<order-help order-id="o-1001"></order-help>', {
        apiBase: API_BASE,
        getToken: () => MOCK_TOKENS.buyer('b-anna'),
      }),
    );
    // Not in the task that asked for the data: that goes first.
    expect(spy.asked).to.deep.equal([]);
    await waitFor(() => spy.asked.length > 0, 'the warm-up');
    expect(spy.asked).to.deep.equal(['de-AT']);
    // Another element and another configure(): the locale data is the page's, loaded once.
    hosts.push(
      pageWith('<seller-question-inbox></seller-question-inbox>', {
        apiBase: API_BASE,
        getToken: () => MOCK_TOKENS.seller,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(spy.asked).to.deep.equal(['de-AT']);
  });
});
