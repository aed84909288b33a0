// Text from people and the backend inside the elements' own text in a locale of the other
// direction: it keeps its own direction (`isolate`, src/i18n/localize.ts). The element tests look where the
// characters land on the screen, as a reader sees them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ask-seller.js';
import '../../src/order-help.js';
import type { AskSeller } from '../../src/ask-seller.js';
import type { OrderHelp } from '../../src/order-help.js';
import { setLocale } from '../../src/index.js';
import { isolate } from '../../src/i18n/localize.js';
import { buyerClient, useMockBackend } from '../support/backend.js';
import { mountInbox, rowsOf } from '../support/inbox.js';
import { charBox, clearDrafts, waitFor } from '../support/elements.js';

const FSI = '\u2068';
const PDI = '\u2069';

/** The left edge on screen of the character at `index` in `node`'s text. */
function leftOf(node: Text, index: number): number {
  return charBox(node, index).left;
}

/** The text node under `root` (shadow roots included) whose text includes `text`. */
function textNode(root: Element | ShadowRoot, text: string): Text | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && node.data.includes(text)) return node;
    if (node instanceof Element && node.shadowRoot) {
      const inner = textNode(node.shadowRoot, text);
      if (inner) return inner;
    }
  }
  return null;
}

/** An order-help for Anna's delivered order, and an ask-seller for the linen shirt. */
const orderHelp = () =>
  fixture<OrderHelp>(
    html`<order-help order-id="o-1001" .client=${buyerClient('b-anna')}></order-help>`,
  );
const askSeller = () =>
  fixture<AskSeller>(
    html`<ask-seller product-id="p-02" .client=${buyerClient('b-anna')}></ask-seller>`,
  );

/** The text node under `element`'s shadow root that shows `text`, once it is there. */
async function shown(element: Element, text: string): Promise<Text> {
  const find = () => textNode(element.shadowRoot!, text);
  await waitFor(find, `"${text}"`, 15_000);
  return find()!;
}

/** The text of `selector` in `element`'s shadow root, once it is there. */
async function textOf(element: Element, selector: string): Promise<string> {
  await waitFor(() => element.shadowRoot?.querySelector(selector), selector, 15_000);
  return element.shadowRoot!.querySelector(selector)!.textContent.trim();
}

describe('text of the other direction', () => {
  after(async () => {
    await setLocale('en');
  });

  it('is set apart in Arabic, and in the other languages when it holds right-to-left text', async () => {
    // In Arabic, every such text: Latin, Greek, CJK, digits; Arabic too (it shows as it would).
    await setLocale('ar');
    for (const text of [
      'Is this shirt 100% linen?',
      '10435 Berlin',
      'Ωμέγα 東京',
      '00340434161094042557',
      'متجر الأمل',
    ]) {
      expect(isolate(text), text).to.equal(`${FSI}${text}${PDI}`);
    }
    // In left-to-right languages: Arabic and Hebrew (and Arabic-Indic digits) are set apart;
    // Latin, Greek, CJK and digits are left as they are, byte for byte.
    await setLocale('de');
    for (const text of ['متجر الأمل!', 'חנות 2', 'Anna (آنا)', '١٢٣']) {
      expect(isolate(text), text).to.equal(`${FSI}${text}${PDI}`);
    }
    for (const text of ['Linden & Loom', 'Ωμέγα 東京', '2026', '#SQ-2026-1001']) {
      expect(isolate(text), text).to.equal(text);
    }
  });

  it('goes into the elements’ sentences isolated in Arabic, and unchanged in English', async () => {
    await useMockBackend();
    const title = async () => textOf(await orderHelp(), '#title');
    const about = async () => textOf(await askSeller(), '#about');
    await setLocale('en');
    expect(await title()).to.equal('Help with order SQ-2026-1001');
    expect(await about()).to.equal('About: Linen Button-Down Shirt');
    await setLocale('ar');
    const arabic = await title();
    expect(arabic).to.include(`${FSI}SQ-2026-1001${PDI}`);
    expect(arabic).not.to.include('Help');
    expect(await about()).to.include(`${FSI}Linen Button-Down Shirt${PDI}`);
  });

  describe('on screen, in Arabic', () => {
    beforeEach(async () => {
      clearDrafts();
      await useMockBackend();
      await setLocale('ar');
    });

    it('shows an English published question with its question mark at its end', async () => {
      const node = await shown(await askSeller(), 'Is this shirt 100% linen?');
      const end = node.data.indexOf('linen?') + 'linen'.length;
      // Read left to right: "…linen?", the mark right of the "n" (not at the line's far left).
      expect(leftOf(node, end)).to.be.greaterThan(leftOf(node, end - 1));
      expect(leftOf(node, node.data.indexOf('Is'))).to.be.lessThan(leftOf(node, end));
      // Its answer is a paragraph of its own direction, as a message is.
      const answer = node.parentElement!.closest('details')!.querySelector('p')!;
      expect(answer.getAttribute('dir')).to.equal('auto');
    });

    it('shows a German delivery address in its own order', async () => {
      const help = await orderHelp();
      const place = await shown(help, '10435 Berlin');
      // "10435 Berlin": the postal code on the left of the city, as on the envelope.
      const code = place.data.indexOf('10435');
      expect(leftOf(place, code)).to.be.lessThan(leftOf(place, place.data.indexOf('Berlin')));
      // The element's own layout stays right to left: the total first, on the right.
      const address = place.parentElement!.closest('address')!.getBoundingClientRect();
      const total = help.shadowRoot!.querySelector('dd')!.getBoundingClientRect();
      expect(total.left).to.be.greaterThan(address.left);
    });

    it('shows an order’s number in the inbox’s rows with its # in front', async () => {
      const inbox = await mountInbox();
      const rows = await rowsOf(inbox);
      const row = rows.find((candidate) => textNode(candidate, '#SQ-') !== null);
      expect(row, 'a row about an order').to.exist;
      const number = textNode(row!, '#SQ-')!;
      const topic = textNode(row!.querySelector('.about')!, '·')!;
      const hash = number.data.indexOf('#SQ-');
      // "#SQ-2026-1001" reads left to right, after the topic's Arabic on the right.
      expect(leftOf(number, hash)).to.be.lessThan(leftOf(number, hash + 1));
      expect(leftOf(number, hash + 1)).to.be.lessThan(leftOf(number, hash + 4));
      expect(leftOf(number, hash)).to.be.lessThan(leftOf(topic, 0));
    });
  });
});
