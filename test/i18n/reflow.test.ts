// Reflow (WCAG 1.4.10): at 320 CSS px wide, in every language, no element scrolls sideways and
// nothing inside one sticks out of it, in the states a user goes through. The SDK's locale is
// page-wide, so these run in their own page.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/ask-seller.js';
import '../../src/order-help.js';
import '../../src/seller-question-inbox.js';
import type { AskSeller } from '../../src/ask-seller.js';
import type { OrderHelp } from '../../src/order-help.js';
import type { SellerQuestionInbox } from '../../src/seller-question-inbox.js';
import type { SqInboxList } from '../../src/components/seller-question-inbox/list.js';
import type { SqConversations } from '../../src/components/shared/conversations.js';
import { setLocale } from '../../src/index.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/languages.js';
import { buyerClient, sellerClient, useMockBackend } from '../support/backend.js';
import { clearDrafts, inShadow, shadowReady, waitFor } from '../support/elements.js';
import { deepActiveElement, nameOf as focusName } from '../support/focus.js';

const WIDTH = 320;
/** A small phone's screen: 320 × 640 CSS px. */
const PHONE_HEIGHT = 640;
/** Rows of the inbox's list wholly in the first screen at 320 × 640, in every language. */
const ROWS_SEEN = 3;

/** `div.row#row-q-1 [part=item]`: an element as a failure names it. */
function nameOf(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = element.classList.length ? `.${[...element.classList].join('.')}` : '';
  const part = element.getAttribute('part');
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? root.host.localName : 'document';
  return `${host} > ${element.localName}${id}${classes}${part ? ` [part=${part}]` : ''}`;
}

/** Elements a user cannot see (closed dialogs, hidden, visually hidden) are not checked. */
function unseen(element: Element, style: CSSStyleDeclaration): boolean {
  return (
    style.display === 'none' ||
    style.visibility === 'hidden' ||
    (style.position === 'absolute' && style.clipPath !== 'none') ||
    element.closest('dialog:not([open])') !== null ||
    element.closest('[hidden]') !== null
  );
}

const hasText = (element: Element) =>
  [...element.childNodes].some(
    (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
  );

/** What sticks out sideways of `host` or scrolls sideways inside it; empty when it reflows. */
function horizontalOverflow(host: HTMLElement): string[] {
  const problems: string[] = [];
  const box = host.getBoundingClientRect();
  const page = document.documentElement.scrollWidth;
  if (page > WIDTH) problems.push(`the page is ${page - WIDTH} px too wide`);
  if (host.scrollWidth > host.clientWidth + 1) {
    problems.push(`<${host.localName}> is ${host.scrollWidth - host.clientWidth} px too wide`);
  }
  // How far each element sticks out; only where that starts is reported (its children follow).
  const beyondOf = new Map<Element, number>();
  const walk = (root: ShadowRoot | Element, parent: Element) => {
    for (const element of root.children) {
      const style = getComputedStyle(element);
      if (unseen(element, style)) continue;
      const rect = element.getBoundingClientRect();
      const beyond = Math.max(rect.right - box.right, box.left - rect.left, 0);
      beyondOf.set(element, beyond);
      const rendered = rect.width > 0 || rect.height > 0;
      if (rendered && beyond > 1 && beyond > (beyondOf.get(parent) ?? 0) + 1) {
        problems.push(`${nameOf(element)} sticks out by ${Math.round(beyond)} px`);
      }
      if (element.shadowRoot) walk(element.shadowRoot, element);
      walk(element, element);
      if (!rendered) continue;
      if (style.display === 'inline' || style.display === 'contents') continue;
      const extra = element.scrollWidth - element.clientWidth;
      if (extra <= 1) continue;
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
        problems.push(`${nameOf(element)} scrolls sideways by ${extra} px`);
      } else if (style.overflowX === 'visible' && hasText(element)) {
        // Its own text is wider than it (a long word): its children are reported on their own.
        problems.push(`${nameOf(element)}: its text overflows by ${extra} px`);
      }
    }
  };
  walk(host.shadowRoot ?? host, host);
  return [...new Set(problems)];
}

/** The list's rows wholly inside the viewport and the list's own box (none scrolled to). */
function rowsInFirstScreen(list: HTMLElement): number {
  const listbox = list.shadowRoot!.querySelector('[role=listbox]')!.getBoundingClientRect();
  const top = Math.max(0, listbox.top);
  const bottom = Math.min(innerHeight, listbox.bottom);
  return [...list.shadowRoot!.querySelectorAll('[role=option]')].filter((row) => {
    const rect = row.getBoundingClientRect();
    return rect.height > 0 && rect.top >= top - 1 && rect.bottom <= bottom + 1;
  }).length;
}

/**
 * The rows' buyer names and order numbers that do not show whole (cut with an ellipsis, or
 * sticking out of their row), as `row: text`.
 */
function cutInRows(list: HTMLElement): string[] {
  const cut: string[] = [];
  for (const row of list.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')) {
    const box = row.getBoundingClientRect();
    const about = row.querySelectorAll<HTMLElement>('.about > *');
    const parts = [
      row.querySelector<HTMLElement>('.buyer')!,
      ...(about.length > 1 ? [about[1]!] : []),
    ];
    for (const part of parts) {
      const rect = part.getBoundingClientRect();
      const whole =
        part.scrollWidth <= part.clientWidth + 1 &&
        rect.left >= box.left - 1 &&
        rect.right <= box.right + 1;
      if (!whole) cut.push(`${row.id}: ${part.textContent}`);
    }
  }
  return cut;
}

async function settle(...elements: { updateComplete: Promise<unknown> }[]) {
  for (const element of elements) await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function expectReflow(host: HTMLElement, state: string) {
  const problems = horizontalOverflow(host);
  expect(problems, `${state}:\n  ${problems.join('\n  ')}`).to.deep.equal([]);
}

describe('reflow at 320 CSS px', () => {
  const margin = document.body.style.margin;
  before(async () => {
    await setViewport({ width: WIDTH, height: 900 });
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = margin;
    await setLocale('en');
  });
  beforeEach(async () => {
    clearDrafts();
    await useMockBackend();
  });

  for (const locale of SUPPORTED_LOCALES) {
    describe(locale, () => {
      beforeEach(async () => {
        await setLocale(locale);
      });

      it('<ask-seller>: the form, and the history with a thread open', async () => {
        const el = await fixture<AskSeller>(
          html`<ask-seller product-id="p-02" .client=${buyerClient('b-anna')}></ask-seller>`,
        );
        await shadowReady(el, 'sq-composer');
        const history = await shadowReady<SqConversations>(el, 'sq-conversations');
        const toggle = await shadowReady(history, '[part=question-toggle]');
        toggle.click();
        await shadowReady(history, 'sq-thread');
        await settle(el, history);
        expectReflow(el, `<ask-seller> in ${locale}`);
      });

      for (const [orderId, buyerId] of [
        ['o-1006', 'b-kasia'],
        ['o-1001', 'b-anna'],
      ] as const) {
        it(`<order-help> ${orderId}: the issue picker, item issues, self-service, a new address`, async () => {
          const el = await fixture<OrderHelp>(
            html`<order-help order-id=${orderId} .client=${buyerClient(buyerId)}></order-help>`,
          );
          await shadowReady(el, 'input[name=topic]');
          await settle(el);
          expectReflow(el, `<order-help> picker in ${locale}`);
          for (const [topic, ready] of [
            ['item_damaged', 'sq-item-select'],
            ['change_item', '#change'],
            ['tracking', '[part~=self-service]'],
            ['change_address', 'sq-address-form'],
          ] as const) {
            const radio = el.shadowRoot!.querySelector<HTMLInputElement>(
              `input[name=topic][value=${topic}]:not(:disabled)`,
            );
            if (!radio) continue;
            radio.click();
            await shadowReady(el, ready);
            await settle(el);
            expectReflow(el, `<order-help> ${topic} in ${locale}`);
          }
        });
      }

      it('<seller-question-inbox> at 320 × 640: rows in the first screen; the figures, the filters and a conversation', async () => {
        // A phone's screen: the header's figures and the filters fold away (a disclosure each),
        // so the list shows its rows without the page scrolling.
        await setViewport({ width: WIDTH, height: PHONE_HEIGHT });
        try {
          const el = await fixture<SellerQuestionInbox>(
            html`<seller-question-inbox .client=${sellerClient()}></seller-question-inbox>`,
          );
          const list = await shadowReady(el, 'sq-inbox-list');
          await waitFor(() => list.shadowRoot?.querySelector('[role=option]'), 'rows');
          const header = await shadowReady(el, 'sq-inbox-performance');
          await waitFor(() => header.shadowRoot?.querySelector('[part~=standing]'), 'the header');
          await settle(el);
          expectReflow(el, `inbox list in ${locale}`);
          expect(scrollY, 'the page is not scrolled').to.equal(0);
          const seen = rowsInFirstScreen(list);
          expect(seen, `rows fully in the first screen in ${locale}`).to.be.at.least(ROWS_SEEN);
          // The buyer's name and the order's number wrap to a line of their own, not cut.
          expect(cutInRows(list), `cut in the rows in ${locale}`).to.deep.equal([]);
          // Opened, the figures and the filters reflow too (the figures scroll in the header).
          inShadow(header, 'button.narrow').click();
          inShadow(list, 'button.filters-toggle').click();
          inShadow<HTMLDetailsElement>(list, 'details.more').open = true;
          await shadowReady(list, '.more-fields');
          await waitFor(
            () => header.shadowRoot?.querySelector('.figures')?.clientHeight,
            'figures',
          );
          await settle(el);
          expectReflow(el, `inbox figures and filters opened in ${locale}`);
          el.questionId = 'q-025';
          const conversation = await shadowReady(el, 'sq-inbox-conversation');
          await shadowReady(conversation, '#conversation-title');
          await shadowReady(conversation, 'sq-inbox-refund');
          await settle(el);
          expect(inShadow(el, '.list-pane').hidden).to.equal(true);
          expectReflow(el, `inbox conversation in ${locale}`);
        } finally {
          await setViewport({ width: WIDTH, height: 900 });
        }
      });
    });
  }

  it('<seller-question-inbox> at 320 × 640 in German: every filter is reached with Tab', async () => {
    await setLocale('de');
    await setViewport({ width: WIDTH, height: PHONE_HEIGHT });
    try {
      const el = await fixture<SellerQuestionInbox>(
        html`<div>
          <button type="button">Vorher</button>
          <seller-question-inbox .client=${sellerClient()}></seller-question-inbox>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('seller-question-inbox')!);
      const list = await shadowReady<SqInboxList>(el, 'sq-inbox-list');
      await waitFor(() => list.shadowRoot?.querySelector('[role=option]'), 'rows');
      const bar = inShadow(list, '[part=filters]');
      const toggle = inShadow<HTMLButtonElement>(list, 'button.filters-toggle');
      expect(toggle.textContent.trim()).to.equal('Filter');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      // Folded: only "Filter" and the search are shown.
      const shown = (element: Element) => element.getClientRects().length > 0;
      expect(
        [...bar.querySelectorAll('select, input, summary')].filter(shown).map((c) => c.localName),
      ).to.deep.equal(['input']);
      el.parentElement!.querySelector('button')!.focus();
      const reached: Element[] = [];
      for (let press = 0; press < 40; press++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement()!;
        if (active.getAttribute('role') === 'listbox') break;
        if (reached.at(-1) !== active) reached.push(active);
        const rect = active.getBoundingClientRect();
        expect(rect.left >= 0 && rect.right <= WIDTH, `${focusName(active)} on screen`).to.be.true;
        // Opened from the keyboard, as a user would.
        if (active === toggle && toggle.getAttribute('aria-expanded') === 'false') {
          await sendKeys({ press: 'Enter' });
          await list.updateComplete;
          expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        }
        if (active.localName === 'summary' && !(active.parentElement as HTMLDetailsElement).open) {
          await sendKeys({ press: 'Enter' });
          await shadowReady(list, '.more-fields select');
        }
      }
      expect(deepActiveElement()?.getAttribute('role'), 'Tab ends on the list').to.equal('listbox');
      // Every control of the filter bar (with "Weitere Filter" open) was reached, in order.
      const controls = [...bar.querySelectorAll('button, select, input, summary')];
      expect(controls.length).to.equal(11);
      const names = (elements: Element[]) => elements.map((element) => focusName(element));
      expect(names(reached.filter((element) => bar.contains(element)))).to.deep.equal(
        names(controls),
      );
      // Closed again, the count of filters set is on the button.
      bar.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      toggle.click();
      await waitFor(() => toggle.textContent.trim() === 'Filter (1)', '"Filter (1)"');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    } finally {
      await setViewport({ width: WIDTH, height: 900 });
    }
  });
});
