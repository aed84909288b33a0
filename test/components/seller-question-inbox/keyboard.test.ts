import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MockBackend } from '../../../src/mocks/index.js';
import type { SellerQuestionInbox } from '../../../src/seller-question-inbox.js';
import { useMockBackend } from '../../support/backend.js';
import { waitFor } from '../../support/elements.js';
import {
  conversationOf,
  deepActiveElement,
  listOf,
  mountInbox,
  rowsOf,
  clearInboxDrafts,
} from '../../support/inbox.js';

async function listbox(el: SellerQuestionInbox) {
  const list = await listOf(el);
  return list.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
}

const activeRow = async (el: SellerQuestionInbox) =>
  (await listbox(el)).getAttribute('aria-activedescendant');

async function press(key: string) {
  await sendKeys({ press: key });
  await new Promise((resolve) => setTimeout(resolve, 30));
}

/** Focuses the search field, the stop just before the list, once every page has loaded. */
async function focusSearch(el: SellerQuestionInbox) {
  await rowsOf(el);
  const list = await listOf(el);
  await waitFor(() => list.count !== null && list.items.length === list.count, 'every page');
  list.focusSearch();
}

describe('<seller-question-inbox>: keyboard', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  it('reaches the list with Tab and moves through it with the arrows, Home, End and the page keys', async () => {
    const el = await mountInbox();
    await focusSearch(el);
    await press('Tab');
    const box = await listbox(el);
    expect(deepActiveElement()).to.equal(box);
    await waitFor(async () => (await activeRow(el)) === 'row-q-006', 'the first row to be active');
    const list = await listOf(el);
    const ids = list.items.map((question) => question.id);
    await press('ArrowDown');
    await press('ArrowDown');
    await waitFor(async () => (await activeRow(el)) === `row-${ids[2]}`);
    await press('ArrowUp');
    await waitFor(async () => (await activeRow(el)) === `row-${ids[1]}`);
    await press('End');
    await waitFor(async () => (await activeRow(el)) === `row-${ids.at(-1)}`, 'the last row');
    // Scrolling settles in the browser's rendering steps, which do not run in a background tab
    // (test files share the browser); the row is rendered in any case.
    if (document.visibilityState === 'visible') {
      await waitFor(() => {
        const last = list.shadowRoot!.querySelector<HTMLElement>(`#row-${ids.at(-1)}`);
        return (
          last && last.getBoundingClientRect().bottom <= box.getBoundingClientRect().bottom + 1
        );
      }, 'the last row scrolled into view');
    }
    await press('Home');
    await waitFor(async () => (await activeRow(el)) === `row-${ids[0]}`, 'the first row again');
    await press('PageDown');
    await waitFor(async () => {
      const index = ids.indexOf(((await activeRow(el)) ?? '').slice(4));
      return index > 3;
    }, 'a page further down');
    // No trap: Shift+Tab goes back to the search field.
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()?.getAttribute('type')).to.equal('search');
  });

  it('reports no ResizeObserver loop while its container is resized and the list jumps', async () => {
    const loops: string[] = [];
    const onError = (event: ErrorEvent) => {
      if (event.message.includes('ResizeObserver loop')) {
        loops.push(event.message);
        event.preventDefault(); // counted here; not a failure of the test harness
      }
    };
    window.addEventListener('error', onError);
    try {
      const el = await mountInbox();
      await focusSearch(el);
      await press('Tab');
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // Across the narrow layout's threshold (900 px) and back, a frame at a time, with jumps
      // through the list in between.
      for (const [index, width] of [1300, 880, 1100, 700, 960, 899, 1400, 640].entries()) {
        el.style.width = `${width}px`;
        await frame();
        if (index % 2 === 0) await press(index % 4 === 0 ? 'End' : 'PageDown');
        else await press('Home');
        await frame();
      }
      el.style.width = '';
      await frame();
      await frame();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(loops).to.deep.equal([]);
  });

  it('opens with Enter, replies and sends without a mouse, then lands on the next most urgent question', async () => {
    const el = await mountInbox();
    await focusSearch(el);
    await press('Tab');
    await waitFor(async () => (await activeRow(el)) === 'row-q-006');
    await press('Enter');
    const conversation = await conversationOf(el);
    expect(el.questionId).to.equal('q-006');
    const heading = conversation.shadowRoot!.querySelector('#conversation-title');
    await waitFor(() => deepActiveElement() === heading, 'focus on the conversation heading');
    await press('Tab');
    expect(deepActiveElement()?.textContent).to.include('Write a reply');
    await press('Enter');
    await waitFor(() => deepActiveElement()?.localName === 'textarea', 'focus in the reply');
    await sendKeys({ type: 'Ja, wir haben Geschenkgutscheine per E-Mail.' });
    await sendKeys({ down: 'Control' });
    await press('Enter');
    await sendKeys({ up: 'Control' });
    await waitFor(
      () =>
        backend.state.questions
          .find((question) => question.id === 'q-006')!
          .messages.some((message) => message.author === 'seller'),
      'the reply to be sent',
    );
    // q-020 is now the most overdue question awaiting a reply.
    await waitFor(async () => (await activeRow(el)) === 'row-q-020', 'the next question');
    await waitFor(async () => deepActiveElement() === (await listbox(el)), 'focus on the list');
    await press('Enter');
    await waitFor(() => el.questionId === 'q-020');
  });

  it('goes back from the conversation to its row with Escape', async () => {
    const el = await mountInbox();
    await focusSearch(el);
    await press('Tab');
    await press('ArrowDown');
    await press('Enter');
    const opened = el.questionId!;
    const conversation = await conversationOf(el);
    await waitFor(
      () => deepActiveElement() === conversation.shadowRoot!.querySelector('#conversation-title'),
    );
    await press('Escape');
    await waitFor(
      async () => deepActiveElement() === (await listbox(el)),
      'focus back on the list',
    );
    expect(await activeRow(el)).to.equal(`row-${opened}`);
  });

  it('shows one pane at a time when narrow, and Escape returns to the list', async () => {
    const el = await mountInbox({ width: 700 });
    await focusSearch(el);
    await press('Tab');
    const list = await listOf(el);
    expect(deepActiveElement()).to.equal(await listbox(el));
    await press('Enter');
    const conversation = await conversationOf(el);
    await waitFor(() => list.hidden, 'the list to make room');
    await waitFor(
      () => deepActiveElement() === conversation.shadowRoot!.querySelector('#conversation-title'),
    );
    await press('Escape');
    await waitFor(() => !list.hidden, 'the list to come back');
    await waitFor(async () => deepActiveElement() === (await listbox(el)));
    await expect(el).to.be.accessible();
  });
});
