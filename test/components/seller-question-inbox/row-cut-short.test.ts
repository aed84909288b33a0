// A row cut short: what the question is about stays readable. The product's name is the part that
// gives way, cut at its own end, so that it keeps its beginning, in an Arabic inbox (a Latin name,
// right to left around it) as in an English one. (A phone-narrow inbox wraps the row's lines
// instead, test/i18n/reflow.test.ts; a wider one keeps each row to its three lines.)
import { expect } from '@open-wc/testing';
import { setLocale } from '../../../src/index.js';
import { useMockBackend } from '../../support/backend.js';
import { charBox } from '../../support/elements.js';
import { clearInboxDrafts, mountInbox, rowsOf } from '../../support/inbox.js';

/** Where the product's name starts in a row's "about" line: its text node and offset. */
function nameStart(about: HTMLElement): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(about, NodeFilter.SHOW_TEXT);
  // The name comes after the line's last separator, at its first letter or digit.
  let afterSeparator = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue;
    const separator = node.data.lastIndexOf('·');
    if (separator >= 0) afterSeparator = true;
    if (!afterSeparator) continue;
    const from = separator + 1;
    const rest = node.data.slice(from).search(/[\p{L}\p{N}#]/u);
    if (rest >= 0) return { node, offset: from + rest };
  }
  return null;
}

describe('<seller-question-inbox>: a row cut short', () => {
  beforeEach(async () => {
    clearInboxDrafts();
    const backend = await useMockBackend();
    // Names longer than a row of a 640 px inbox holds.
    for (const product of backend.state.products) {
      product.name = `${product.name}, hand-finished in our workshop, in a gift box with a card and ribbon`;
    }
  });
  afterEach(async () => {
    await setLocale('en');
  });

  for (const locale of ['ar', 'en'] as const) {
    it(`keeps the beginning of a product's name that it cuts short (${locale})`, async () => {
      await setLocale(locale);
      const el = await mountInbox({ width: 640 });
      const rows = await rowsOf(el);
      let cut = 0;
      for (const row of rows) {
        const about = row.querySelector<HTMLElement>('.about');
        const start = about && nameStart(about);
        if (!start) continue;
        // The box that clips the name: the element its text is in.
        const box = start.node.parentElement!;
        if (box.scrollWidth <= box.clientWidth) continue;
        cut++;
        const first = charBox(start.node, start.offset);
        const shown = box.getBoundingClientRect();
        const name = start.node.data.slice(start.offset);
        expect(first.left, `"${name}" starts inside its box`).to.be.at.least(shown.left - 0.5);
        expect(first.right, `"${name}" starts inside its box`).to.be.at.most(shown.right + 0.5);
      }
      expect(cut, 'rows whose product name is cut short at 640 px').to.be.above(0);
    });
  }

  it('never cuts an order’s number: what the question is about gives way', async () => {
    // The list beside the conversation: a column of 26rem at most.
    const el = await mountInbox({ width: 1280 });
    const rows = await rowsOf(el);
    const orders = rows.flatMap((row) => [...row.querySelectorAll<HTMLElement>('.order')]);
    expect(orders.length, 'rows about an order').to.be.above(0);
    for (const order of orders) {
      const row = order.closest<HTMLElement>('.row')!.getBoundingClientRect();
      const box = order.getBoundingClientRect();
      expect(order.scrollWidth, order.textContent).to.be.at.most(order.clientWidth);
      expect(box.right, order.textContent).to.be.at.most(row.right + 0.5);
      expect(box.left, order.textContent).to.be.at.least(row.left - 0.5);
    }
  });
});
