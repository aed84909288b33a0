// <seller-question-count> and watchQuestionCount: the number of questions awaiting the seller (or
// unread) in the host's own navigation, kept up to date from the change feed without the host
// polling anything: one poller per client, paused while the page is hidden, stopped when
// nothing watches, and a clear state when the count cannot be read.
import { expect, fixture, html } from '@open-wc/testing';
import type { SellerQuestionsClient } from '../../../src/api/client.js';
import { NetworkError } from '../../../src/api/errors.js';
import type { SqErrorEvent } from '../../../src/components/events.js';
import { setLocale } from '../../../src/index.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import {
  watchQuestionCount,
  type QuestionCount,
  type SellerQuestionCount,
} from '../../../src/seller-question-count.js';
import { sellerClient, useMockBackend } from '../../support/backend.js';
import { consoleDuring } from '../../support/console.js';
import { askAboutShop } from '../../support/questions.js';
import { pretendPageVisible, waitFor } from '../../support/elements.js';
import { mountInbox, rowsOf } from '../../support/inbox.js';

/** A seller's client that counts its requests by path (`/changes`, `/questions`). */
function countingClient(options: { retries?: number } = {}) {
  const requests: string[] = [];
  const client = sellerClient({
    ...options,
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      requests.push(url.pathname.replace(/^.*\/api\/v1/, ''));
      return fetch(input, init);
    },
  });
  const count = (path: string) => requests.filter((request) => request === path).length;
  return { client, count };
}

const awaitingIn = (backend: MockBackend) =>
  backend.state.questions.filter((question) => question.status === 'awaiting_seller').length;

/** What the badge shows, and what a screen reader reads for the element. */
function shown(el: SellerQuestionCount) {
  const badge = el.shadowRoot!.querySelector<HTMLElement>('[part~=badge]');
  return {
    badge: badge && !badge.hidden ? badge.textContent.trim() : null,
    name: el.shadowRoot!.querySelector('.visually-hidden')?.textContent.trim() ?? '',
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mountCount(client: SellerQuestionsClient, attributes = '') {
  const el = await fixture<SellerQuestionCount>(
    html`<seller-question-count .client=${client}></seller-question-count>`,
  );
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    el.setAttribute(name!, value);
  }
  return el;
}

let backend: MockBackend;
/** Undoes pretendPageVisible(); a test that hides the page calls it and pretends again after. */
let restore: () => void;

/** Before each test: a freshly seeded backend whose feed is polled each second, the page shown. */
function eachTestOnAFreshBackendPolledEachSecond() {
  beforeEach(async () => {
    backend = await useMockBackend();
    backend.state.config.pollIntervalSeconds = 1;
    restore = pretendPageVisible();
  });
  afterEach(() => {
    restore();
  });
}

describe('<seller-question-count>', () => {
  eachTestOnAFreshBackendPolledEachSecond();

  it('shows how many questions await the seller, read as "N questions awaiting your answer"', async () => {
    const el = await mountCount(sellerClient());
    expect(el.matches(':state(loading)')).to.equal(true);
    const expected = awaitingIn(backend);
    expect(expected).to.be.greaterThan(1);
    await waitFor(() => el.count !== null, 'the count');
    expect(el.count).to.equal(expected);
    expect(shown(el)).to.deep.equal({
      badge: String(expected),
      name: `${expected} questions awaiting your answer`,
    });
    // The number is what is seen; the sentence is what is read (once).
    expect(el.shadowRoot!.querySelector('[part~=badge]')!.getAttribute('aria-hidden')).to.equal(
      'true',
    );
    expect(el.matches(':state(loading)')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('names a link it is in', async () => {
    const link = await fixture<HTMLAnchorElement>(
      html`<a href="#questions"
        >Questions <seller-question-count .client=${sellerClient()}></seller-question-count
      ></a>`,
    );
    const el = link.querySelector('seller-question-count')!;
    await waitFor(() => el.count !== null, 'the count');
    await expect(link).to.be.accessible();
    // The visible number is hidden from assistive technology, the sentence is not.
    const name = shown(el).name;
    expect(name).to.equal(`${awaitingIn(backend)} questions awaiting your answer`);
  });

  it('goes up when a question arrives and down when the seller answers one', async () => {
    const el = await mountCount(sellerClient());
    await waitFor(() => el.count !== null, 'the count');
    const before = el.count!;
    const created = await askAboutShop('b-elise', 'Livrez-vous en Belgique ?', 'fr');
    await waitFor(() => el.count === before + 1, 'the count after the new question');
    expect(shown(el).name).to.equal(`${before + 1} questions awaiting your answer`);
    // Answered from another tab (or by another user of the shop): the feed says so.
    await sellerClient().sendMessage(created.id, { text: 'Oui.', language: 'fr' });
    await waitFor(() => el.count === before, 'the count after the answer');
    expect(shown(el).badge).to.equal(String(before));
  });

  it('keeps counting after it is moved in the page', async () => {
    const el = await mountCount(sellerClient());
    await waitFor(() => el.count !== null, 'the count');
    const before = el.count!;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await askAboutShop('b-elise', 'Do you ship to Norway?', 'en');
    await waitFor(() => el.count === before + 1, 'the count after the new question');
  });

  it('reads the count again soon after the page’s inbox acts, without waiting for the feed', async () => {
    backend.state.config.pollIntervalSeconds = 60;
    const el = await mountCount(sellerClient(), 'kind=unread');
    await waitFor(() => el.count !== null, 'the count');
    const [unread] = (await sellerClient().listQuestions({ unread: true, limit: 1 })).items;
    expect(unread, 'a question unread by the seller').to.not.equal(undefined);
    const before = el.count!;
    // Marking read is not a change in the feed; the inbox says it opened the question.
    await sellerClient().markRead(unread!.id);
    document.body.dispatchEvent(
      new CustomEvent('sq-question-opened', {
        bubbles: true,
        composed: true,
        detail: { questionId: unread!.id },
      }),
    );
    await waitFor(() => el.count === before - 1, 'the unread count after opening', 4000);
  });

  it('counts unread questions with kind="unread", read as "N unread questions"', async () => {
    const el = await mountCount(sellerClient(), 'kind=unread');
    await waitFor(() => el.count !== null, 'the count');
    const unread = (await sellerClient().listQuestions({ unread: true, limit: 1 })).total;
    expect(el.count).to.equal(unread);
    expect(shown(el).name).to.equal(
      unread === 1 ? '1 unread question' : `${unread} unread questions`,
    );
  });

  it('caps the badge at max ("2+") and keeps the exact number in its name', async () => {
    const el = await mountCount(sellerClient(), 'max=2');
    await waitFor(() => el.count !== null, 'the count');
    expect(shown(el)).to.deep.equal({
      badge: '2+',
      name: `${awaitingIn(backend)} questions awaiting your answer`,
    });
  });

  it('shows no badge at 0 unless show-zero, and still says so', async () => {
    for (const question of backend.state.questions) {
      if (question.status === 'awaiting_seller') question.status = 'awaiting_buyer';
    }
    const el = await mountCount(sellerClient());
    await waitFor(() => el.count === 0, 'the count');
    expect(shown(el)).to.deep.equal({ badge: null, name: '0 questions awaiting your answer' });
    expect(el.matches(':state(zero)')).to.equal(true);
    el.showZero = true;
    await el.updateComplete;
    expect(shown(el).badge).to.equal('0');
  });

  it('says it in the page’s language', async () => {
    try {
      await setLocale('pl');
      const el = await mountCount(sellerClient());
      await waitFor(() => el.count !== null, 'the count');
      const n = el.count!;
      const form = new Intl.PluralRules('pl').select(n);
      const expected =
        form === 'few' ? `${n} pytania czekają na odpowiedź` : `${n} pytań czeka na odpowiedź`;
      expect(shown(el).name).to.equal(expected);
      await setLocale('de');
      await el.updateComplete;
      expect(shown(el).name).to.equal(`${n} Fragen warten auf Ihre Antwort`);
    } finally {
      await setLocale('en');
    }
  });

  it('shows "!" read as "Question count unavailable" when it cannot load, then recovers', async () => {
    const { client } = countingClient({ retries: 0 });
    const el = await mountCount(client);
    await waitFor(() => el.count !== null, 'the count');
    const reported: SqErrorEvent[] = [];
    el.addEventListener('sq-error', (event) => reported.push(event));
    backend.settings.offline = true;
    await waitFor(() => el.matches(':state(error)'), 'the error state', 3000);
    expect(shown(el)).to.deep.equal({ badge: '!', name: 'Question count unavailable' });
    // The page is told once, not at every poll that fails again.
    await sleep(1500);
    expect(reported).to.have.length(1);
    expect(reported[0]!.detail.action).to.equal('load-count');
    expect(reported[0]!.detail.error).to.be.instanceOf(NetworkError);
    expect(el.shadowRoot!.querySelector('[part~=badge]')!.matches('[part~=error]')).to.equal(true);
    await expect(el).to.be.accessible();
    backend.settings.offline = false;
    // The next try comes after a backoff of 1 to 2 s (twice the 1 s interval at most).
    await waitFor(() => !el.matches(':state(error)'), 'the count once it loads', 5000);
    expect(shown(el).badge).to.equal(String(awaitingIn(backend)));
  });

  it('says it is unavailable when nothing says where the backend is', async () => {
    const errors = await consoleDuring('error', async () => {
      const el = await fixture<SellerQuestionCount>(
        html`<seller-question-count></seller-question-count>`,
      );
      // A moment for the page's configure() first: loading, not an error.
      expect(el.matches(':state(loading)')).to.equal(true);
      await waitFor(() => el.matches(':state(error)'), 'the error state', 3000);
      expect(shown(el)).to.deep.equal({ badge: '!', name: 'Question count unavailable' });
    });
    expect(String(errors[0]?.[0])).to.include('<seller-question-count> has no backend');
  });

  it('shares one poller between the counts of one client', async () => {
    const { client, count } = countingClient();
    const first = await mountCount(client);
    const second = await mountCount(client, 'kind=unread');
    await waitFor(() => first.count !== null && second.count !== null, 'both counts');
    await sleep(2200);
    // About one poll a second (the interval), not two.
    expect(count('/changes')).to.be.within(2, 4);
    first.remove();
    second.remove();
  });

  it('polls no feed of its own while the page’s inbox polls it with the same client', async () => {
    const { client, count } = countingClient();
    const inbox = await mountInbox({ client });
    await rowsOf(inbox);
    const el = await mountCount(client);
    await waitFor(() => el.count !== null, 'the count');
    const before = el.count!;
    const from = count('/changes');
    await sleep(4200);
    // The inbox's poll each second (the interval), not the count's beside it.
    expect(count('/changes') - from, 'polls of the feed in 4.2 s').to.be.within(2, 5);
    // A change the inbox's poll reports reaches the count.
    await askAboutShop('b-elise', 'Do you gift-wrap?', 'en');
    await waitFor(() => el.count === before + 1, 'the count after the new question', 4000);
    // Without the inbox, the count polls by itself again, and misses nothing meanwhile.
    inbox.remove();
    const alone = count('/changes');
    await askAboutShop('b-elise', 'Do you ship to Iceland?', 'en');
    await waitFor(() => el.count === before + 2, 'the count without the inbox', 4000);
    expect(count('/changes'), 'its own polls').to.be.above(alone);
  });

  it('stops polling while the page is hidden, and polls at once when it is shown again', async () => {
    const { client, count } = countingClient();
    const el = await mountCount(client);
    await waitFor(() => el.count !== null, 'the count');
    restore();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    const hiddenAt = count('/changes');
    await sleep(2500);
    expect(count('/changes'), 'polls while hidden').to.equal(hiddenAt);
    restore = pretendPageVisible();
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => count('/changes') > hiddenAt, 'a poll when shown again', 500);
  });
});

describe('watchQuestionCount', () => {
  eachTestOnAFreshBackendPolledEachSecond();

  it('calls back with the count, and stops polling when nothing watches', async () => {
    const { client, count } = countingClient();
    const counts: QuestionCount[] = [];
    const stop = watchQuestionCount(client, (value) => counts.push(value));
    await waitFor(() => counts.length > 0, 'the first count');
    expect(counts[0]).to.deep.equal({ count: awaitingIn(backend), error: null });
    // A second watcher of the same client gets the count at once, from the same poller.
    const later: QuestionCount[] = [];
    const stopLater = watchQuestionCount(client, (value) => later.push(value));
    await waitFor(() => later.length > 0, 'the count for the second watcher', 200);
    stop();
    stopLater();
    const stoppedAt = count('/changes') + count('/questions');
    await sleep(2500);
    expect(count('/changes') + count('/questions'), 'requests after stopping').to.equal(stoppedAt);
    stop();
  });

  it('refuses a kind it cannot count', () => {
    expect(() =>
      watchQuestionCount(sellerClient(), () => undefined, {
        kind: 'late' as unknown as 'awaiting',
      }),
    ).to.throw(TypeError, /"awaiting" or "unread"/);
  });
});
