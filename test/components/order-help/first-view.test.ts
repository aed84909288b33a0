// What <order-help>'s first view does without: Intl's formatters and their locale data (15–30 ms
// of the main thread the first time in a page, in one piece). The order's date and prices are
// written without Intl (src/i18n/format.ts); the country's name in the address comes in a task
// after the first view is painted, on a line that is there, blank, until then. In a file of its
// own: a page loads Intl's locale data once.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { OrderHelp } from '../../../src/order-help.js';
import { countryName } from '../../../src/i18n/format.js';
import { setLocale } from '../../../src/index.js';
import { buyerClient, useMockBackend } from '../../support/backend.js';
import { inShadow, waitFor } from '../../support/elements.js';
import { clearOrderHelpDrafts } from '../../support/order-help.js';
import { watchIntlInSuite } from '../../support/intl.js';

describe("<order-help>'s first view", () => {
  const made = watchIntlInSuite();
  after(() => {
    fixtureCleanup();
    clearOrderHelpDrafts();
  });

  it('makes no Intl formatter until it is painted, and names the country of the address after', async () => {
    clearOrderHelpDrafts();
    await useMockBackend();
    // Made as a page makes it, and watched from its first frame (mountOrderHelp() returns after
    // the picker is there, which may be after the names came).
    const el = await fixture<OrderHelp>(
      html`<order-help order-id="o-1001" .client=${buyerClient('b-anna')}></order-help>`,
    );
    const lines = () =>
      (el.shadowRoot!.querySelector<HTMLElement>('address')?.innerText ?? '')
        .split('\n')
        .map((line) => line.trim());
    // The frame that shows the issue picker, as the bench's probe sees it, and the summary then.
    const first = await new Promise<{ at: number; header: string; order: string; lines: string[] }>(
      (resolve) => {
        const poll = () => {
          const radio = el.shadowRoot!.querySelector('input[type=radio]');
          if (!radio?.checkVisibility({ visibilityProperty: true })) {
            requestAnimationFrame(poll);
            return;
          }
          resolve({
            at: performance.now(),
            header: inShadow(el, '[part~=header]').textContent.replace(/\s+/g, ' '),
            order: inShadow(el, '[part~=order]').textContent,
            lines: lines(),
          });
        };
        requestAnimationFrame(poll);
      },
    );
    const pickerAt = first.at;
    expect(first.header).to.match(/Placed on [A-Z][a-z]{2} \d{1,2}, 20\d\d/);
    expect(first.order).to.include('€169.50');
    // The country's line is there (the address does not grow when its name comes), blank.
    expect(first.lines).to.have.length(4);
    expect(first.lines[3]).to.equal('');
    expect(made.filter((entry) => Number.parseFloat(entry) <= pickerAt)).to.deep.equal([]);
    // Then, in a later task, the name: Intl's locale data is loaded after the first view's frame.
    await waitFor(() => lines()[3], "the address's country");
    expect(lines()).to.deep.equal([
      'Anna Schneider',
      'Kastanienallee 42',
      '10435 Berlin',
      countryName('DE', 'en'),
    ]);
    expect(countryName('DE', 'en')).to.equal('Germany');

    // In a language switched to afterwards: the date, the total and the country in it at once.
    try {
      await setLocale('de');
      await el.updateComplete;
      expect(inShadow(el, '[part~=header]').textContent.replace(/\s+/g, ' ')).to.match(
        /Bestellt am \d{2}\.\d{2}\.20\d\d/,
      );
      expect(inShadow(el, '[part~=order]').textContent).to.include('169,50\u00a0€');
      expect(lines()[3]).to.equal('Deutschland');
    } finally {
      await setLocale('en');
    }
  });
});
