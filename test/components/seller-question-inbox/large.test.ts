import { expect } from '@open-wc/testing';
import { sharedClockTimers } from '../../../src/controllers/clock.js';
import { compareByDue } from '../../../src/domain/response-clock.js';
import { addBulkQuestions, buildSeedState } from '../../../src/mocks/index.js';
import { useMockBackend } from '../../support/backend.js';
import { inShadow, waitFor } from '../../support/elements.js';
import {
  choose,
  domNodeCount,
  listOf,
  mountInbox,
  rowsOf,
  typeText,
  clearInboxDrafts,
} from '../../support/inbox.js';

const TOTAL = 10_000;

describe('<seller-question-inbox> with 10,000 questions', function () {
  this.timeout(120_000);

  // How fast they are built is measured by the inbox benchmark (scripts/bench-backend.mjs).
  it('builds 10,000 realistic questions: late, nearly due, every category and language', () => {
    const now = Date.now();
    const state = buildSeedState({ now });
    const added = addBulkQuestions(state, TOTAL - state.questions.length, { now, seed: 7 });
    expect(state.questions).to.have.length(TOTAL);
    expect(new Set(added.map((question) => question.id)).size).to.equal(added.length);
    const due = added.filter((question) => question.replyDueAt !== null);
    expect(due.some((question) => Date.parse(question.replyDueAt!) < now)).to.equal(true);
    expect(
      due.some((question) => {
        const left = Date.parse(question.replyDueAt!) - now;
        return left > 0 && left < 2 * 3_600_000;
      }),
    ).to.equal(true);
    expect(new Set(added.map((question) => question.category)).size).to.equal(3);
    const languages = new Set(added.map((question) => question.messages[0]!.language));
    expect(languages.size).to.be.greaterThan(6);
    // Late after-sales questions are with customer service, as the rules say.
    expect(
      added.some(
        (question) =>
          question.category === 'after_sale' &&
          question.status === 'awaiting_seller' &&
          Date.parse(question.replyDueAt!) < now,
      ),
    ).to.equal(false);
  });

  it('keeps the DOM under 1,500 nodes while it lists, filters and scrolls them all', async () => {
    const now = Date.now();
    const state = buildSeedState({ now });
    addBulkQuestions(state, TOTAL - state.questions.length, { now });
    await useMockBackend({ state });
    clearInboxDrafts();
    const el = await mountInbox();
    await rowsOf(el);
    expect(domNodeCount()).to.be.below(1500);

    const list = await listOf(el);
    await waitFor(() => list.items.length === TOTAL, 'every page to load', 110_000);
    expect(list.count).to.equal(TOTAL);
    for (let index = 1; index < list.items.length; index++) {
      if (compareByDue(list.items[index - 1]!, list.items[index]!) > 0) {
        throw new Error(`Not sorted by due at ${index}`);
      }
    }
    expect(domNodeCount()).to.be.below(1500);
    // One timer for every countdown (none while the test page is in the background).
    expect(sharedClockTimers()).to.be.at.most(1);

    const box = inShadow(list, '[role=listbox]');
    box.scrollTop = box.scrollHeight / 2;
    // Scroll events fire in the rendering steps, which a background tab (test files share the
    // browser) does not run: say so directly.
    box.dispatchEvent(new Event('scroll'));
    await waitFor(() => {
      const first = list.shadowRoot!.querySelector('[role=option]');
      return Number(first?.getAttribute('aria-posinset')) > 1000;
    }, 'rows from the middle');
    expect(domNodeCount()).to.be.below(1500);

    // Everything is loaded: a filter applies at once, without waiting for the backend.
    const [category] = [...list.shadowRoot!.querySelectorAll('select')];
    await choose(category!, 'after_sale');
    await list.updateComplete;
    const expected = state.questions.filter((question) => question.category === 'after_sale');
    expect(list.items.length).to.equal(expected.length);
    expect(list.count).to.equal(expected.length);
    await typeText(inShadow<HTMLInputElement>(list, 'input[type=search]'), 'müller');
    await list.updateComplete;
    expect(list.items.length).to.be.greaterThan(0);
    expect(list.items.every((question) => question.buyer.name.includes('Müller'))).to.equal(true);
    // Without the umlaut, in capitals: the same questions, found here as the backend finds them.
    const müller = list.items.map((question) => question.id);
    await typeText(inShadow<HTMLInputElement>(list, 'input[type=search]'), 'MULLER');
    await list.updateComplete;
    expect(list.items.map((question) => question.id)).to.deep.equal(müller);
    await rowsOf(el);
    expect(domNodeCount()).to.be.below(1500);
  });
});
