// The element's frame (its `base` part) as an integrator themes it: the colour, surface and radius
// tokens set on any ancestor reach every element's frame, a page's `::part(base)` rule wins over
// them, and each element keeps its own layout inside the shared frame (src/styles/controls.ts).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/ask-seller.js';
import '../../src/order-help.js';
import '../../src/seller-question-inbox.js';
import { buyerClient, sellerClient, useMockBackend } from '../support/backend.js';
import { waitFor } from '../support/elements.js';

const THEME = '--sq-color-border: rgb(1, 2, 3); --sq-color-surface: rgb(4, 5, 6); --sq-radius: 7px';

/** Mounts `element` inside a themed wrapper; resolves with its `base` part once rendered. */
async function themedFrame(element: ReturnType<typeof html>): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${THEME}>${element}</div>`);
  const el = wrapper.firstElementChild!;
  await waitFor(() => el.shadowRoot?.querySelector('[part~=base]'), 'the base part');
  return el.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!;
}

describe('the elements’ frame, themed', () => {
  let pageStyle: HTMLStyleElement | undefined;
  beforeEach(async () => {
    await useMockBackend();
  });
  afterEach(() => {
    pageStyle?.remove();
    pageStyle = undefined;
    fixtureCleanup();
  });

  const cases = [
    {
      tag: 'ask-seller',
      layout: 'grid',
      mount: () =>
        themedFrame(
          html`<ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>`,
        ),
    },
    {
      tag: 'order-help',
      layout: 'grid',
      mount: () =>
        themedFrame(
          html`<order-help order-id="o-1001" .client=${buyerClient('b-anna')}></order-help>`,
        ),
    },
    {
      tag: 'seller-question-inbox',
      layout: 'flex',
      mount: () =>
        themedFrame(
          html`<seller-question-inbox
            style="--sq-inbox-block-size: 600px"
            .client=${sellerClient()}
          ></seller-question-inbox>`,
        ),
    },
  ];

  for (const { tag, layout, mount } of cases) {
    it(`<${tag}> draws its frame from the theme's tokens and keeps its own layout`, async () => {
      const base = await mount();
      const style = getComputedStyle(base);
      expect(style.borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(style.borderTopWidth).to.equal('1px');
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(style.borderTopLeftRadius).to.equal('7px');
      expect(style.display).to.equal(layout);
    });

    it(`<${tag}>: a page's ::part(base) rule wins over the tokens`, async () => {
      pageStyle = document.createElement('style');
      pageStyle.textContent = `${tag}::part(base) { border-color: rgb(9, 8, 7); border-radius: 0; }`;
      document.head.append(pageStyle);
      const style = getComputedStyle(await mount());
      expect(style.borderTopColor).to.equal('rgb(9, 8, 7)');
      expect(style.borderTopLeftRadius).to.equal('0px');
      expect(style.backgroundColor).to.equal('rgb(4, 5, 6)');
    });
  }
});
