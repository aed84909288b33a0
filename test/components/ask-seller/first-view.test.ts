// What <ask-seller>'s first view does without, or leaves for after it is painted: Intl's number
// formatters and their locale data (10–40 ms of the main thread the first time in a page), the
// sending code and the history's code (their parsing and compiling). Where the CPU is what a page
// waits for (a fast network, a slow phone), each held the form back. In a file of its own: a page
// makes its first formatter and loads that code once.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import { buyerClient, useMockBackend } from '../../support/backend.js';
import { clearDrafts, shadowReady, shadowText, waitFor } from '../../support/elements.js';

describe("<ask-seller>'s first view", () => {
  const made: string[] = [];
  const asked: string[] = [];
  const RealNumberFormat = Intl.NumberFormat;
  const realSupported = Intl.NumberFormat.supportedLocalesOf.bind(Intl.NumberFormat);
  before(() => {
    // Every number formatter made, and the warm-up's step that loads the number data.
    const Spy = new Proxy(RealNumberFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        made.push(`${performance.now()} ${JSON.stringify(args[1] ?? {})}`);
        return new target(...args);
      },
    });
    Spy.supportedLocalesOf = (locales, options) => {
      asked.push(`${performance.now()} ${String(locales)}`);
      return realSupported(locales, options);
    };
    Intl.NumberFormat = Spy;
  });
  after(() => {
    Intl.NumberFormat = RealNumberFormat;
  });

  it('makes no Intl number formatter and loads no other code until the form is painted', async () => {
    clearDrafts('ask-seller:');
    await useMockBackend();
    // The page's buffer of resource timings is full of the test's own modules: an observer sees all.
    const requested: PerformanceResourceTiming[] = [];
    const resources = new PerformanceObserver((list) => {
      requested.push(...(list.getEntries() as PerformanceResourceTiming[]));
    });
    resources.observe({ type: 'resource' });
    let formAt = Infinity;
    const el = await fixture<AskSeller>(
      html`<ask-seller
        product-id="p-02"
        shop-id="s-1"
        .client=${buyerClient('b-anna')}
      ></ask-seller>`,
    );
    // The moment the form is in the element's shadow root.
    const observer = new MutationObserver(() => {
      if (el.shadowRoot!.querySelector('sq-composer')) formAt = Math.min(formAt, performance.now());
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await shadowReady(el, 'sq-composer');
    observer.disconnect();
    formAt = Math.min(formAt, performance.now());
    // The form shows the hours of the reply time in words, and the character limit.
    expect(shadowText(el)).to.match(/usually within 48 hours/);
    expect(shadowText(el.shadowRoot!.querySelector('sq-composer')!)).to.include('0 / 2,000');
    expect(made.filter((entry) => Number.parseFloat(entry) <= formAt)).to.deep.equal([]);
    expect(asked.filter((entry) => Number.parseFloat(entry) <= formAt)).to.deep.equal([]);
    // Then the history's and the sending code, and the history warms Intl up for its dates.
    await customElements.whenDefined('sq-conversations');
    await waitFor(() => asked.length > 0, "Intl's warm-up");
    expect(asked.map((entry) => entry.split(' ')[1])).to.deep.equal(['en']);
    await waitFor(
      () => requested.some((entry) => entry.name.includes('question-sender')),
      'the sending code',
    );
    resources.disconnect();
    const code = requested.filter((entry) =>
      /shared\/conversations|question-sender/.test(entry.name),
    );
    expect(code.map((entry) => entry.name.match(/[\w-]+\.(ts|js)/)?.[0]).sort()).to.include.members(
      ['conversations.ts', 'question-sender.ts'],
    );
    for (const entry of code) expect(entry.startTime).to.be.greaterThan(formAt);
  });
});
