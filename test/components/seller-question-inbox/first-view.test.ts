// What the inbox's first rows do without: Intl's formatters and their locale data (15–30 ms of
// the main thread the first time in a page, in one piece). The countdowns and the header's
// percentages are written without Intl (src/i18n/format.ts); the names of the buyers' countries
// and languages come in the frame after the rows. In a file of its own: a page loads Intl's
// locale data once. And the first page, kept small, still fills a tall view.
import { expect } from '@open-wc/testing';
import { countryName, languageName } from '../../../src/i18n/format.js';
import { setViewport } from '@web/test-runner-commands';
import { FIRST_PAGE_SIZE } from '../../../src/components/seller-question-inbox/first-page.js';
import { SqInboxList } from '../../../src/components/seller-question-inbox/list.js';
import { sellerClient, useMockBackend } from '../../support/backend.js';
import { deepText, waitFor } from '../../support/elements.js';
import { clearInboxDrafts, listOf, mountInbox, performanceOf } from '../../support/inbox.js';
import { watchIntlInSuite } from '../../support/intl.js';

describe("the inbox's first rows", () => {
  const made = watchIntlInSuite();

  it('make no Intl formatter until they are painted, and name countries and languages after', async () => {
    clearInboxDrafts();
    await useMockBackend();
    const el = await mountInbox();
    const list = await listOf(el);
    // The frame in which the rows are shown, as the bench's probe sees it (the list waits,
    // hidden, for its header).
    let rowsAt = Infinity;
    await new Promise<void>((resolve) => {
      const poll = () => {
        const row = list.shadowRoot!.querySelector('[role=option]');
        if (row?.checkVisibility({ visibilityProperty: true })) {
          rowsAt = performance.now();
          resolve();
        } else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    const first = list.shadowRoot!.querySelector<HTMLElement>('#row-q-006')!;
    // Who, how late (in Intl's narrow units, written without it), and the header's thresholds.
    expect(first.querySelector('.countdown')!.textContent).to.match(/^Late by 5d \d+h$/);
    expect(first.querySelector('.meta')!.textContent).to.equal('');
    const header = await performanceOf(el);
    expect(deepText(header).replace(/\s+/g, ' ')).to.include(
      'Good: CSAT above 85% and delayed responses below 5%.',
    );
    expect(made.filter((entry) => Number.parseFloat(entry) <= rowsAt)).to.deep.equal([]);
    // Then, in a later task, the names: Intl's locale data is loaded after the rows' frame.
    await waitFor(() => first.querySelector('.meta')!.textContent, 'where the buyer writes from');
    expect(first.querySelector('.meta')!.textContent).to.equal(
      `${countryName('DE', 'en')} · ${languageName('de', 'en')}`,
    );
    expect(made.some((entry) => entry.endsWith(' DisplayNames'))).to.equal(true);
  });
  it('are in the frame in which the list is shown, not a frame after it', async () => {
    await useMockBackend();
    const questions = (await sellerClient().listQuestions({ sort: 'due', limit: 40 })).items;
    if (!customElements.get('sq-inbox-list')) customElements.define('sq-inbox-list', SqInboxList);
    // The list as the inbox has it while its header loads: rendered, its box not displayed.
    const list = document.createElement('sq-inbox-list');
    Object.assign(list, {
      items: questions,
      count: questions.length,
      state: 'ready',
      waiting: true,
    });
    list.style.cssText = 'display: none; block-size: 600px; inline-size: 400px';
    document.body.append(list);
    try {
      await list.updateComplete;
      for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
      expect(list.shadowRoot!.querySelector('[role=option]')).to.equal(null);
      // The header is there: the inbox shows the list. Its rows are in the next frame.
      list.style.display = '';
      list.waiting = false;
      await new Promise(requestAnimationFrame);
      const row = list.shadowRoot!.querySelector('[role=option]');
      expect(row?.checkVisibility()).to.equal(true);
    } finally {
      list.remove();
    }
  });

  it('fill a view as tall as a 4K screen from the first page alone', async () => {
    // The first page is small (its bytes are its time on a slow network), but the rest of the
    // list comes after the first rows are painted: until then the first page is all there is.
    await useMockBackend();
    const page = await sellerClient().listQuestions({ sort: 'due', limit: FIRST_PAGE_SIZE });
    expect(page.items).to.have.length(FIRST_PAGE_SIZE);
    expect(page.nextCursor).to.not.equal(null);
    if (!customElements.get('sq-inbox-list')) customElements.define('sq-inbox-list', SqInboxList);
    await setViewport({ width: 1400, height: 2160 });
    const list = document.createElement('sq-inbox-list');
    Object.assign(list, { items: page.items, count: page.total, state: 'ready' });
    list.style.cssText = 'block-size: 2160px; inline-size: 1400px';
    document.body.append(list);
    try {
      await list.updateComplete;
      for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
      const rows = list.shadowRoot!.querySelector<HTMLElement>('.rows')!;
      const options = [...rows.querySelectorAll('[role=option]')];
      expect(options.length).to.be.greaterThan(0);
      // The last row rendered ends below the list's box: no blank space under the rows (with
      // fewer rows than the box holds, the last one would be the page's last question).
      const last = options.at(-1)!.getBoundingClientRect();
      expect(last.bottom).to.be.greaterThan(rows.getBoundingClientRect().bottom);
    } finally {
      list.remove();
      await setViewport({ width: 800, height: 600 });
    }
  });
});
