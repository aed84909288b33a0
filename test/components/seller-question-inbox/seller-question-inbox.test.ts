import { expect } from '@open-wc/testing';
import { ForbiddenError } from '../../../src/api/errors.js';
import type { SqErrorEvent } from '../../../src/components/events.js';
import { sharedClockTimers } from '../../../src/controllers/clock.js';
import { remainingMs } from '../../../src/domain/response-clock.js';
import { formatDuration } from '../../../src/i18n/format.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { sellerClient, useMockBackend } from '../../support/backend.js';
import {
  buttonWithText,
  inShadow,
  nextEvent,
  shadowReady,
  waitFor,
} from '../../support/elements.js';
import {
  choose,
  conversationOf,
  deepText,
  listOf,
  mountInbox,
  openQuestion,
  performanceOf,
  rowOf,
  rowsOf,
  typeText,
  clearInboxDrafts,
} from '../../support/inbox.js';

describe('<seller-question-inbox>: list, performance and conversation', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  it('tells the page when its setup (configuration, the seller) cannot be loaded', async () => {
    backend.failNext({ status: 403, match: 'GET /me' });
    const el = document.createElement('seller-question-inbox');
    el.client = sellerClient();
    const errors: SqErrorEvent[] = [];
    el.addEventListener('sq-error', (event) => errors.push(event));
    const auth = nextEvent(el, 'sq-auth-required');
    document.body.append(el);
    try {
      expect((await auth).detail.status).to.equal(403);
      const load = errors.find((event) => event.detail.action === 'load');
      expect(load?.detail.error).to.be.instanceOf(ForbiddenError);
    } finally {
      el.remove();
    }
  });

  it('renders the first time in a task of its own, not in the one that added it to the page', async () => {
    const el = document.createElement('seller-question-inbox');
    el.client = sellerClient();
    document.body.append(el);
    try {
      for (let turn = 0; turn < 100; turn++) await Promise.resolve();
      expect(el.hasUpdated).to.equal(false);
      await el.updateComplete;
      expect(el.hasUpdated).to.equal(true);
      await rowsOf(el);
    } finally {
      el.remove();
    }
  });

  it('renders the rows in view first, then rows beyond the view to scroll into', async () => {
    // The first page waits until the test listens for the list's ranges of rendered rows.
    const client = sellerClient();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const gated = new Proxy(client, {
      get(target, key) {
        if (key === 'listQuestions') {
          return async (...args: Parameters<typeof client.listQuestions>) => {
            await gate;
            return target.listQuestions(...args);
          };
        }
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
    const el = await mountInbox({ client: gated });
    const list = await listOf(el);
    const ranges: { first: number; last: number }[] = [];
    // The virtualizer's event does not bubble; the shadow root hears it while capturing.
    list.shadowRoot!.addEventListener(
      'rangeChanged',
      (event) => {
        const { first, last } = event as Event & { first: number; last: number };
        ranges.push({ first, last });
      },
      { capture: true },
    );
    release();
    await waitFor(() => ranges.length > 0, 'the first rows');
    const listbox = await shadowReady(list, '[role=listbox]');
    // Rows are 5.5rem (88 px) high: the first rows are those in view, one more at most.
    const inView = Math.ceil(listbox.clientHeight / 88) + 1;
    expect(ranges[0]!.last - ranges[0]!.first + 1).to.be.at.most(inView);
    // Then a margin beyond the view, so that scrolling shows no gap.
    await waitFor(() => ranges.at(-1)!.last >= ranges[0]!.last + 2, 'rows beyond the view');
    expect(ranges.at(-1)!.first).to.equal(0);
  });

  describe('the question list', () => {
    it('puts late questions on top, marked, then the nearest due; each row says who, what and when', async () => {
      const el = await mountInbox();
      const rows = await rowsOf(el);
      // The seed's most overdue question is q-006 (Anna, about the shop, 142 h late).
      expect(rows[0]!.id).to.equal('row-q-006');
      expect(rows[0]!.dataset['urgency']).to.equal('late');
      // Where from comes once Intl's names are loaded, after the rows are painted.
      await waitFor(() => rows[0]!.querySelector('.meta')!.textContent, 'where from');
      const text = rows[0]!.textContent;
      expect(text).to.include('Anna Schneider');
      expect(text).to.include('Germany');
      expect(text).to.include('German');
      expect(text).to.include('About the shop');
      expect(text).to.match(/Late by 5d/);
      expect(text).to.include('Hallo, bietet ihr Geschenkgutscheine an?');
      // Sorted by response time remaining: every late row comes before every other one.
      const urgencies = rows.map((row) => row.dataset['urgency']);
      const lastLate = urgencies.lastIndexOf('late');
      expect(urgencies.slice(0, lastLate + 1).every((urgency) => urgency === 'late')).to.equal(
        true,
      );
      // The product or order reference.
      expect((await rowOf(el, 'q-053')).textContent).to.include('#SQ-2026-1013');
      expect((await rowOf(el, 'q-020')).textContent).to.include('Suede Chelsea Boots');
      await expect(el).to.be.accessible();
    });

    it('marks unread questions and counts all of them', async () => {
      backend.state.questions.find((question) => question.id === 'q-006')!.readAt.seller = null;
      const el = await mountInbox();
      await rowsOf(el);
      const list = await listOf(el);
      await waitFor(() => deepText(list).includes('61 questions'));
      const unreadRows = (await rowsOf(el)).filter((row) => row.hasAttribute('data-unread'));
      expect(unreadRows.length).to.be.greaterThan(0);
      for (const row of unreadRows) {
        expect(row.textContent).to.include('New');
        const record = backend.state.questions.find((question) => `row-${question.id}` === row.id)!;
        expect(record.readAt.seller).to.equal(null);
      }
    });

    it('runs every countdown from one shared clock, whatever the number of rows', async () => {
      const el = await mountInbox();
      // The rows in view, then those rendered beyond it to scroll into.
      await waitFor(async () => (await rowsOf(el)).length > 5, 'more than five rows');
      // One timer for all countdowns; none while the page is hidden (a background test tab).
      expect(sharedClockTimers()).to.equal(document.visibilityState === 'hidden' ? 0 : 1);
      const question = backend.state.questions.find((candidate) => candidate.id === 'q-053')!;
      const left = formatDuration(remainingMs(question.replyDueAt!, Date.now()));
      expect((await rowOf(el, 'q-053')).textContent).to.include(`${left} left`);
      expect((await rowOf(el, 'q-053')).dataset['urgency']).to.equal('urgent');
    });

    it('filters by category and status at once, and says when nothing matches', async () => {
      const el = await mountInbox();
      await rowsOf(el);
      const list = await listOf(el);
      const [category, status] = [...list.shadowRoot!.querySelectorAll('select')];
      await choose(category!, 'after_sale');
      await list.updateComplete;
      const afterSales = backend.state.questions.filter(
        (question) => question.category === 'after_sale',
      );
      // At once: the after-sales questions among those loaded so far...
      expect(list.items.length).to.be.greaterThan(0);
      expect(list.items.every((question) => question.category === 'after_sale')).to.equal(true);
      // ...and all of them once the backend has answered.
      await waitFor(() => list.items.length === afterSales.length, 'every after-sales question');
      expect(list.items.map((question) => question.id)).to.have.members(
        afterSales.map((question) => question.id),
      );
      await waitFor(async () =>
        (await rowsOf(el)).every((row) =>
          afterSales.some((question) => row.id === `row-${question.id}`),
        ),
      );
      await choose(status!, 'awaiting_seller');
      await waitFor(() => list.shadowRoot!.querySelectorAll('[role=option]').length === 1);
      const rows = await rowsOf(el);
      expect(rows[0]!.id).to.equal('row-q-025');

      await choose(status!, 'resolved');
      await choose(category!, 'order_service');
      await typeText(inShadow<HTMLInputElement>(list, 'input[type=search]'), 'zzz-nothing');
      await waitFor(() => deepText(list).includes('No questions match these filters.'));
      await expect(el).to.be.accessible();
      buttonWithText(list, 'Clear filters').click();
      await waitFor(() => deepText(list).includes('61 questions'));
      expect(inShadow<HTMLInputElement>(list, 'input[type=search]').value).to.equal('');
    });

    it('searches buyer names and order numbers as the seller types', async () => {
      const el = await mountInbox();
      await rowsOf(el);
      const list = await listOf(el);
      const search = inShadow<HTMLInputElement>(list, 'input[type=search]');
      await typeText(search, 'siobhán');
      await list.updateComplete;
      const rows = await rowsOf(el);
      expect(rows.length).to.be.greaterThan(0);
      expect(rows.every((row) => row.textContent.includes('Siobhán Murphy'))).to.equal(true);
      await typeText(search, 'SQ-2026-1003');
      const onlyThatOrder = () => {
        const shown = [...list.shadowRoot!.querySelectorAll('[role=option]')];
        return shown.length > 0 && shown.every((row) => row.textContent.includes('SQ-2026-1003'));
      };
      await waitFor(onlyThatOrder);
      // As the rows write it, with its "#".
      await typeText(search, 'zzz-nothing');
      await waitFor(() => deepText(list).includes('No questions match'), 'nothing found');
      await typeText(search, '#SQ-2026-1003');
      await waitFor(onlyThatOrder, 'the order found by "#SQ-2026-1003"');
      // The backend also finds words deep in older messages, which a row does not show.
      const deep = backend.state.questions.find((question) => question.id === 'q-041')!;
      expect(deep.messages[1]!.text).to.include('Mikron');
      await typeText(search, 'mikron');
      await waitFor(() => list.shadowRoot!.querySelector('#row-q-041'), 'the backend match');
    });

    it('searches without accents and in any case, as the backend does', async () => {
      const el = await mountInbox();
      await rowsOf(el);
      const list = await listOf(el);
      const search = inShadow<HTMLInputElement>(list, 'input[type=search]');
      const onlyBuyer = (name: string) => () => {
        const shown = [...list.shadowRoot!.querySelectorAll('[role=option]')];
        return shown.length > 0 && shown.every((row) => row.textContent.includes(name));
      };
      // A keyboard without "ö" or "á" finds "Lindström" and "Siobhán".
      await typeText(search, 'LINDSTROM');
      await waitFor(onlyBuyer('Erik Lindström'), 'Lindström found by "LINDSTROM"');
      await typeText(search, 'siobhan murphy');
      await waitFor(onlyBuyer('Siobhán Murphy'), 'Siobhán found by "siobhan murphy"');
      // And a name typed with accents it does not have is found too.
      await typeText(search, 'ÉRIK LINDSTRÖM');
      await waitFor(onlyBuyer('Erik Lindström'), 'Erik found by "ÉRIK LINDSTRÖM"');
    });
  });

  describe('the performance header', () => {
    it('shows CSAT, delayed responses, the standing with its thresholds, and what awaits per category', async () => {
      const el = await mountInbox();
      const header = await performanceOf(el);
      // The labels are there with placeholders at once; the standing comes with the figures.
      await shadowReady(header, '[part=standing]');
      const text = deepText(header);
      expect(text).to.include('Customer satisfaction (CSAT) 84%');
      expect(text).to.include('21 of 25 ratings satisfied');
      expect(text).to.match(/Delayed responses 10%/);
      expect(text).to.include('5 of 50 answered late or not yet');
      expect(text).to.include('Needs attention');
      expect(text).to.include(
        'Good: CSAT above 85% and delayed responses below 5%. At risk: delayed responses above 45% or CSAT below 60%.',
      );
      expect(text).to.include('Pre-sales 11');
      expect(text).to.include('After-sales issues 1');
      expect(text).to.include('Order service 5');
      expect(text).not.to.include('at risk.');
    });

    it('explains what happens at risk', async () => {
      for (const question of backend.state.questions) {
        for (const message of question.messages) {
          if (message.rating) message.rating.satisfied = false;
        }
      }
      const el = await mountInbox();
      const header = await performanceOf(el);
      await shadowReady(header, '[part=at-risk]');
      const text = deepText(header);
      expect(text).to.include('At risk');
      expect(text).to.include('Your account is at risk.');
      expect(text).to.include('exposure in the marketplace may be limited');
      expect(text).to.include('suspended');
      await expect(el).to.be.accessible();
    });

    it('says "not enough data" when there are no ratings, never 0 %', async () => {
      for (const question of backend.state.questions) {
        for (const message of question.messages) delete message.rating;
      }
      const el = await mountInbox();
      const header = await performanceOf(el);
      await waitFor(() => deepText(header).includes('Not enough data'));
      expect(deepText(header)).to.include('No ratings yet');
      expect(deepText(header)).not.to.include('CSAT) 0%');
    });

    it('lists the questions awaiting a reply in a category from its count', async () => {
      const el = await mountInbox();
      const header = await performanceOf(el);
      await waitFor(() => deepText(header).includes('Order service 5'));
      buttonWithText(header, 'Order service').click();
      const list = await listOf(el);
      await waitFor(() => list.shadowRoot!.querySelectorAll('[role=option]').length === 5);
      const [category, status] = [...list.shadowRoot!.querySelectorAll('select')];
      expect(category!.value).to.equal('order_service');
      expect(status!.value).to.equal('awaiting_seller');
    });
  });

  describe('the conversation', () => {
    it('shows the thread, the order with items, images and prices, the state and who handles it', async () => {
      const el = await mountInbox();
      const conversation = await openQuestion(el, 'q-053');
      await waitFor(() => deepText(conversation).includes('Total'));
      const text = deepText(conversation);
      expect(text).to.include('Siobhán Murphy: Tracking and delivery');
      expect(text).to.include('Awaiting your reply');
      expect(text).to.include('Handled by you');
      expect(text).to.match(/\d+m left/);
      expect(text).to.include('Order SQ-2026-1013');
      expect(text).to.include('Stonewashed Linen Duvet Set');
      expect(text).to.include('€189.00');
      expect(text).to.include('€223.90');
      expect(text).to.include('An Post, tracking number CE482731905DE');
      expect(text).to.include("Hi again, the An Post tracking hasn't moved");
      const images = [
        ...conversation.shadowRoot!.querySelectorAll<HTMLImageElement>('.order-item img'),
      ];
      expect(images).to.have.length(2);
      expect(images[0]!.src).to.include('/_mock/pictures/');
      await expect(el).to.be.accessible();
    });

    it('opens a question from its row, selects it and marks it read', async () => {
      // The most urgent question, at the top of the list, has not been read yet.
      const unread = backend.state.questions.find((question) => question.id === 'q-006')!;
      unread.readAt.seller = null;
      const el = await mountInbox();
      expect((await rowOf(el, 'q-006')).hasAttribute('data-unread')).to.equal(true);
      const opened = new Promise<string>((resolve) => {
        el.addEventListener('sq-question-opened', (event) => {
          resolve(event.detail.questionId);
        });
      });
      (await rowOf(el, unread.id)).click();
      expect(await opened).to.equal(unread.id);
      expect(el.getAttribute('question-id')).to.equal(unread.id);
      await conversationOf(el);
      const row = await rowOf(el, unread.id);
      expect(row.getAttribute('aria-selected')).to.equal('true');
      await waitFor(() => !row.hasAttribute('data-unread'), 'the row to be marked read');
      expect(
        backend.state.questions.find((question) => question.id === unread.id)!.readAt.seller,
      ).not.to.equal(null);
    });

    it('opens photos full size', async () => {
      const el = await mountInbox();
      const conversation = await openQuestion(el, 'q-025');
      const thread = await shadowReady(conversation, 'sq-thread');
      const photo = await shadowReady<HTMLButtonElement>(thread, 'button.photo');
      photo.click();
      const dialog = await shadowReady<HTMLDialogElement>(thread, 'dialog[open]');
      expect(dialog.querySelector('img')!.src).to.include('/attachments/');
    });

    it('shows a message in another language in English on request, beside the original', async () => {
      const el = await mountInbox();
      const conversation = await openQuestion(el, 'q-006');
      const thread = await shadowReady(conversation, 'sq-thread');
      const toggle = await shadowReady<HTMLButtonElement>(thread, '[part~=translate]');
      expect(toggle.textContent).to.include('View in English');
      toggle.click();
      await shadowReady(thread, '[part~=translation]');
      const text = deepText(thread);
      expect(text).to.include('Hallo, bietet ihr Geschenkgutscheine an?');
      expect(text).to.include('Translated from German · Demo translation');
      expect(text).to.include('gift vouchers');
    });

    it('says so when translation is unavailable, and keeps the original', async () => {
      backend.settings.translationUnavailable = true;
      const el = await mountInbox();
      const conversation = await openQuestion(el, 'q-006');
      const thread = await shadowReady(conversation, 'sq-thread');
      (await shadowReady<HTMLButtonElement>(thread, '[part~=translate]')).click();
      await waitFor(
        () => deepText(thread).includes('Translation is not available.'),
        'the failure',
        8000,
      );
      expect(deepText(thread)).to.include('Hallo, bietet ihr Geschenkgutscheine an?');
      expect(thread.shadowRoot!.querySelector('[part~=translation]')).to.equal(null);
    });
  });
});
