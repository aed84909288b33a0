// The inbox list after scrolling: real pointer events (mousedown, focus, mouseup, click) from the
// browser, and the keyboard's first visit, on a virtualized list scrolled away from its top.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { addBulkQuestions, buildSeedState } from '../../../src/mocks/index.js';
import type { SellerQuestionInbox } from '../../../src/seller-question-inbox.js';
import { useMockBackend } from '../../support/backend.js';
import { typeInto, waitFor } from '../../support/elements.js';
import {
  clearInboxDrafts,
  composerOf,
  conversationOf,
  listOf,
  mountInbox,
  rowsOf,
} from '../../support/inbox.js';

/** Two frames: the virtualizer lays its rows out after a scroll in the next frames. */
const frames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** An inbox of 200 questions, its list scrolled well down; nothing focused yet. */
async function scrolledInbox() {
  const now = Date.now();
  const state = buildSeedState({ now });
  addBulkQuestions(state, 150, { now, seed: 3 });
  await useMockBackend({ state });
  clearInboxDrafts();
  const el = await mountInbox();
  await rowsOf(el);
  const list = await listOf(el);
  await waitFor(() => list.count !== null && list.items.length === list.count, 'every page');
  const box = list.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
  expect(list.shadowRoot!.activeElement).to.equal(null);
  // As a wheel does: in steps, each laid out before the next (the virtualizer corrects its
  // estimate of the rows' heights as it measures them, which may move the scroll position).
  for (let step = 0; step < 20 && box.scrollTop < 1500; step++) {
    box.scrollBy(0, 300);
    await frames();
  }
  expect(box.scrollTop, 'the list scrolled').to.be.above(1500);
  await frames();
  return { el, list, box, scrolled: box.scrollTop };
}

/** The rows shown in the list's view: whole, or also those cut at its edges. */
function rowsInView(box: HTMLElement, root: ShadowRoot, partly = false): HTMLElement[] {
  const view = box.getBoundingClientRect();
  return [...root.querySelectorAll<HTMLElement>('[role=option]')].filter((row) => {
    const rect = row.getBoundingClientRect();
    return partly
      ? rect.bottom > view.top && rect.top < view.bottom
      : rect.top >= view.top - 1 && rect.bottom <= view.bottom + 1;
  });
}

describe('<seller-question-inbox>: after scrolling the list', () => {
  let el: SellerQuestionInbox | undefined;
  afterEach(async () => {
    await resetMouse();
    el = undefined;
  });

  it('opens the row clicked first, and keeps the scroll position', async function () {
    this.timeout(20_000);
    const scrolledList = await scrolledInbox();
    const { list, box, scrolled } = scrolledList;
    el = scrolledList.el;
    // A row well inside the view, away from its edges.
    const target = rowsInView(box, list.shadowRoot!)[2]!;
    const id = target.id.slice('row-'.length);
    expect(list.items.findIndex((question) => question.id === id)).to.be.above(10);
    const rect = target.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
    });
    const inbox = el;
    await waitFor(() => inbox.questionId === id, `question ${id} to open on the first click`);
    await frames();
    expect(Math.abs(box.scrollTop - scrolled), 'the list stays where it was').to.be.below(2);
    expect(box.getAttribute('aria-activedescendant')).to.equal(`row-${id}`);
  });

  it('makes the first row in view active when Tab reaches the list, without scrolling', async function () {
    this.timeout(20_000);
    const scrolledList = await scrolledInbox();
    const { list, box, scrolled } = scrolledList;
    el = scrolledList.el;
    list.focusSearch();
    await sendKeys({ press: 'Tab' });
    await waitFor(() => box.getAttribute('aria-activedescendant'), 'an active row');
    await frames();
    const active = box.getAttribute('aria-activedescendant')!;
    const inView = rowsInView(box, list.shadowRoot!, true).map((row) => row.id);
    expect(inView, 'the active row is one in view').to.include(active);
    expect(Math.abs(box.scrollTop - scrolled), 'the list stays where it was').to.be.below(2);
  });

  it('keeps its place after "Send and resolve": the next question awaiting you from there', async function () {
    this.timeout(30_000);
    const scrolledList = await scrolledInbox();
    const { list, box, scrolled } = scrolledList;
    el = scrolledList.el;
    const inbox = el;
    const resolvable = (id: string) => {
      const question = list.items.find((candidate) => `row-${candidate.id}` === id);
      return (
        !!question &&
        question.category !== 'after_sale' &&
        question.status === 'awaiting_seller' &&
        question.handler === 'seller'
      );
    };
    const target = rowsInView(box, list.shadowRoot!).find((row) => resolvable(row.id))!;
    expect(target, 'a question to resolve in view').to.exist;
    const id = target.id.slice('row-'.length);
    const index = list.items.findIndex((question) => question.id === id);
    const rect = target.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
    });
    await waitFor(() => inbox.questionId === id, 'the question open');
    await conversationOf(inbox);
    const composer = await composerOf(inbox);
    await typeInto(composer, 'Yes, it is.');
    const resolve = [
      ...composer.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=submit]'),
    ].find((button) => button.textContent.trim() === 'Send and resolve')!;
    resolve.click();
    // The next question awaiting a reply after the resolved one's place becomes active.
    const expected = list.items
      .slice(index + 1)
      .find((question) => question.status === 'awaiting_seller' && question.handler === 'seller')!;
    await waitFor(
      () => box.getAttribute('aria-activedescendant') === `row-${expected.id}`,
      'the next question awaiting a reply, from there',
      10_000,
    );
    expect(list.items.find((question) => question.id === id)!.status).to.equal('resolved');
    await frames();
    expect(Math.abs(box.scrollTop - scrolled), 'the list stays where it was').to.be.below(100);
    const active = list.shadowRoot!.querySelector(`#row-${expected.id}`);
    expect(rowsInView(box, list.shadowRoot!, true)).to.include(active);
  });
});
