import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import { createClient } from '../../../src/api/client.js';
import type { QuestionDetail } from '../../../src/api/types.js';
import type { SqConversations } from '../../../src/components/shared/conversations.js';
import { MOCK_TOKENS, type MockBackend } from '../../../src/mocks/index.js';
import { API_BASE, buyerClient, sellerClient, useMockBackend } from '../../support/backend.js';
import { buttonWithText, inShadow, shadowReady, shadowText } from '../../support/elements.js';
import { clearDrafts, nextEvent, pretendPageVisible, waitFor } from '../../support/elements.js';
import { askAboutP04Answered, askAboutP12, productQuestion } from '../../support/questions.js';
import { historyOf, openFirst } from '../../support/ask-seller.js';

describe('<ask-seller> conversations', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearDrafts('ask-seller:');
    backend = await useMockBackend();
  });

  /**
   * Anna's answered question about the linen shirt (p-02), opened through `client`: the page,
   * the thread and the seller's answer (in German).
   */
  async function openSellerAnswer(client = buyerClient('b-anna')) {
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-02" .client=${client}></ask-seller>`,
    );
    const thread = await openFirst(await historyOf(el));
    await thread.updateComplete;
    return { el, thread, seller: inShadow(thread, '[part~=message-seller]') };
  }

  /** Live updates for this test: the page counts as shown and the feed is polled each second. */
  function pollEachSecond() {
    const restore = pretendPageVisible();
    after(restore);
    backend.state.config.pollIntervalSeconds = 1;
  }

  /** Marco's client whose requests go through `through`, a fetch that changes or counts them. */
  function marcoClientThrough(through: typeof fetch) {
    return createClient({
      baseUrl: API_BASE,
      getToken: () => MOCK_TOKENS.buyer('b-marco'),
      fetch: through,
    });
  }

  it("shows earlier questions with status, the seller's reply, times and the rating given", async () => {
    // Anna asked about the linen shirt (p-02): answered, resolved and rated.
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-02" .client=${buyerClient('b-anna')}></ask-seller>`,
    );
    const conversations = await historyOf(el);
    expect(shadowText(conversations)).to.include('Resolved');
    const thread = await openFirst(conversations);
    await thread.updateComplete;
    const messages = [...thread.shadowRoot!.querySelectorAll('[part~=message]')];
    expect(messages.map((message) => message.getAttribute('data-author'))).to.deep.equal([
      'buyer',
      'seller',
    ]);
    expect(messages[1]!.querySelector('time')?.getAttribute('datetime')).to.match(
      /^\d{4}-\d\d-\d\dT/,
    );
    expect(shadowText(thread)).to.include('You found this answer helpful.');
    await expect(el).to.be.accessible();
  });

  it('shows message text with HTML in it as text', async () => {
    const hostile = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    const asked = await buyerClient('b-anna').createQuestion(
      productQuestion('p-11', 'other', { text: hostile, language: 'en' }),
    );
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-11" .client=${buyerClient('b-anna')}></ask-seller>`,
    );
    const conversations = await historyOf(el);
    const thread = await openFirst(conversations);
    await thread.updateComplete;
    const text = inShadow(thread, '[part=text]');
    expect(text.textContent).to.equal(hostile);
    expect(text.querySelector('img, script')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    expect(asked.messages[0]!.text).to.equal(hostile);
  });

  it('rates an answer once, with a comment, and shows the rating afterwards', async () => {
    const buyer = buyerClient('b-lucia');
    const asked = await askAboutP04Answered(buyer);
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-04" .client=${buyer}></ask-seller>`,
    );
    const thread = await openFirst(await historyOf(el));
    await thread.updateComplete;
    buttonWithText(thread, 'Yes').click();
    await thread.updateComplete;
    expect(buttonWithText(thread, 'Yes').getAttribute('aria-pressed')).to.equal('true');
    const comment = inShadow<HTMLTextAreaElement>(thread, '[part=rating] textarea');
    comment.value = '¡Gracias!';
    comment.dispatchEvent(new InputEvent('input'));
    await expect(el).to.be.accessible();
    const rated = nextEvent(el, 'sq-rating-sent');
    buttonWithText(thread, 'Send rating').click();
    const { detail } = await rated;
    expect(detail.satisfied).to.be.true;
    await thread.updateComplete;
    expect(shadowText(thread)).to.include('You found this answer helpful.');
    expect(shadowText(thread)).to.include('¡Gracias!');
    expect(thread.shadowRoot!.querySelector('[part=rating] button')).to.equal(null);
    const stored = backend.state.questions.find((question) => question.id === asked.id)!;
    expect(stored.messages.find((message) => message.author === 'seller')?.rating).to.deep.include({
      satisfied: true,
      comment: '¡Gracias!',
    });
  });

  it('shows a reply in another language beside the original on request', async () => {
    const { el, thread, seller } = await openSellerAnswer();
    const original = seller.querySelector('[part=text]')!.textContent;
    const toggle = seller.querySelector<HTMLButtonElement>('[part=translate]')!;
    expect(toggle.textContent.trim()).to.equal('View in English');
    toggle.click();
    await waitFor(() => seller.querySelector('[part=translation]'), 'translation shown');
    const translation = seller.querySelector('[part=translation]')!;
    expect(translation.getAttribute('lang')).to.equal('en');
    expect(translation.textContent).to.include('Translated from German');
    // The mock's translations are demo data, and say so.
    expect(translation.querySelector('.engine')?.textContent).to.equal('Demo translation');
    expect(translation.textContent).to.include('the shirt has a relaxed cut');
    expect(seller.querySelector('[part=text]')!.textContent).to.equal(original);
    await expect(el).to.be.accessible();
    seller.querySelector<HTMLButtonElement>('[part=translation] [part=translate]')!.click();
    await thread.updateComplete;
    expect(seller.querySelector('[part=translation]')).to.equal(null);
  });

  it('names the engine the backend translated with', async () => {
    // A backend with a real engine: the mock's answer, as DeepL would have made it.
    const viaDeepL: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input instanceof Request ? input.url : input).endsWith('/translations')) {
        return response;
      }
      const translation = (await response.json()) as Record<string, unknown>;
      return Response.json({ ...translation, engine: 'deepl' });
    };
    const { seller } = await openSellerAnswer(buyerClient('b-anna', { fetch: viaDeepL }));
    seller.querySelector<HTMLButtonElement>('[part=translate]')!.click();
    await waitFor(() => seller.querySelector('[part=translation]'), 'translation shown');
    const label = seller.querySelector('[part=translation] .engine')!;
    expect(label.textContent).to.equal('Translated by DeepL');
    expect(seller.textContent).not.to.include('Demo translation');
  });

  it('says translation is not available when the backend has no translation service', async () => {
    backend.settings.translationUnavailable = true;
    const { seller } = await openSellerAnswer(buyerClient('b-anna', { retries: 0 }));
    seller.querySelector<HTMLButtonElement>('[part=translate]')!.click();
    await waitFor(() => seller.querySelector('[role=alert]'), 'an error shown');
    expect(seller.querySelector('[role=alert]')!.textContent.trim()).to.equal(
      'Translation is not available.',
    );
    expect(seller.querySelector('[part=translation]')).to.equal(null);
    expect(seller.querySelector('[part=text]')!.textContent).to.include(
      'das Hemd ist locker geschnitten',
    );
  });

  it('keeps the original and says so when a translation fails for another reason', async () => {
    backend.failNext({ status: 500, match: 'POST /translations' });
    const { seller } = await openSellerAnswer(buyerClient('b-anna', { retries: 0 }));
    seller.querySelector<HTMLButtonElement>('[part=translate]')!.click();
    await waitFor(() => seller.querySelector('[role=alert]'), 'an error shown');
    expect(seller.textContent).to.include(
      'The translation is not available right now; the original is shown above.',
    );
    expect(seller.querySelector('[part=text]')!.textContent).to.include(
      'das Hemd ist locker geschnitten',
    );
  });

  it('gets a new reply without reloading and announces it', async () => {
    pollEachSecond();
    const buyer = buyerClient('b-marco');
    const asked = await askAboutP12(buyer);
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-12" .client=${buyer}></ask-seller>`,
    );
    const conversations = await historyOf(el);
    const thread = await openFirst(conversations);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the feed has its cursor
    const received = nextEvent(el, 'sq-reply-received');
    await sellerClient().sendMessage(asked.id, { text: 'Sì, blu notte.', language: 'it' });
    const { detail } = await received;
    expect(detail.message.text).to.equal('Sì, blu notte.');
    await waitFor(() => shadowText(thread).includes('Sì, blu notte.'), 'the reply in the thread');
    // Each reply is announced in a node of its own: two arriving together are both read.
    const region = inShadow(conversations, '[role=status][aria-live=polite]');
    const said = () =>
      [...region.children].filter((node) => node.textContent.includes('New reply from')).length;
    expect(said()).to.equal(1);
    await sellerClient().sendMessage(asked.id, { text: 'E anche grigio.', language: 'it' });
    await sellerClient().sendMessage(asked.id, { text: 'E nero.', language: 'it' });
    await waitFor(() => said() === 3, 'three announcements, each a node of its own');
  });

  it('announces a new reply whose time is written in another offset than the list', async () => {
    pollEachSecond();
    const buyer = buyerClient('b-marco');
    const asked = await askAboutP12(buyer);
    // The list says when the last message came in UTC ("Z"); the question itself gives its
    // messages' times at -05:00. The same instants: only their spelling differs.
    const atMinusFive = (iso: string) =>
      new Date(Date.parse(iso) - 5 * 3_600_000).toISOString().replace('Z', '-05:00');
    let polls = 0;
    const client = marcoClientThrough(async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      if (url.pathname.endsWith('/changes')) polls++;
      const response = await fetch(input, init);
      if (!/\/questions\/[^/]+$/.test(url.pathname) || !response.ok) return response;
      const question = (await response.json()) as QuestionDetail;
      for (const message of question.messages) message.createdAt = atMinusFive(message.createdAt);
      return Response.json(question, { headers: response.headers });
    });
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-12" .client=${client}></ask-seller>`,
    );
    const conversations = await historyOf(el);
    await waitFor(() => polls >= 1, 'the feed has its cursor');
    const received: string[] = [];
    el.addEventListener('sq-reply-received', (event) => received.push(event.detail.message.text));
    await sellerClient().sendMessage(asked.id, { text: 'Sì, blu notte.', language: 'it' });
    await waitFor(() => received.length > 0, 'sq-reply-received');
    expect(received).to.deep.equal(['Sì, blu notte.']);
    expect(shadowText(conversations)).to.include('New reply from');
    // The question's unread mark is an image with a name, which every screen reader reads.
    await waitFor(() => conversations.shadowRoot!.querySelector('.dot'), 'the unread mark');
    const dot = conversations.shadowRoot!.querySelector('.dot')!;
    expect([dot.getAttribute('role'), dot.getAttribute('aria-label')]).to.deep.equal([
      'img',
      'New reply',
    ]);
  });

  it('reports a reply sent while the list was loading', async () => {
    pollEachSecond();
    const buyer = buyerClient('b-marco');
    const asked = await askAboutP12(buyer);
    // The seller answers right after the backend read the list for the page. A request for
    // the feed's cursor made after the list's went out arrives after that answer.
    let listRead: Promise<void> | undefined;
    const client = marcoClientThrough(async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      if (url.pathname.endsWith('/changes') && !url.searchParams.has('since')) await listRead;
      if (!url.pathname.endsWith('/questions') || listRead) return fetch(input, init);
      let read!: () => void;
      listRead = new Promise((resolve) => (read = resolve));
      const response = await fetch(input, init);
      await sellerClient().sendMessage(asked.id, { text: 'Sì, blu notte.', language: 'it' });
      read();
      return response;
    });
    const received: string[] = [];
    const el = await fixture<AskSeller>(
      html`<ask-seller
        product-id="p-12"
        .client=${client}
        @sq-reply-received=${(event: HTMLElementEventMap['sq-reply-received']) =>
          received.push(event.detail.message.text)}
      ></ask-seller>`,
    );
    await historyOf(el);
    await waitFor(() => received.length > 0, 'sq-reply-received');
    expect(received).to.deep.equal(['Sì, blu notte.']);
  });

  it('loads the list again when the feed no longer knows its cursor', async () => {
    pollEachSecond();
    // Cursors the feed gave out; once they are in `expired`, it answers them with 410 Gone.
    const given = new Set<string>();
    const expired = new Set<string>();
    const client = marcoClientThrough(async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      if (!url.pathname.endsWith('/changes')) return fetch(input, init);
      const since = url.searchParams.get('since');
      if (since !== null && expired.has(since)) {
        return Response.json(
          { type: 'about:blank', title: 'Gone', status: 410, code: 'not_found' },
          { status: 410, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      const response = await fetch(input, init);
      given.add(((await response.clone().json()) as { cursor: string }).cursor);
      return response;
    });
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-12" .client=${client}></ask-seller>`,
    );
    const conversations = await shadowReady<SqConversations>(el, 'sq-conversations');
    await waitFor(() => given.size > 0, 'the feed has its cursor');
    for (const cursor of given) expired.add(cursor);
    // Meanwhile the buyer asks in another tab.
    await askAboutP12(buyerClient('b-marco'), { text: 'Asked in another tab' });
    await waitFor(
      () => shadowText(conversations).includes('Asked in another tab'),
      'the question asked in another tab',
    );
  });

  it('stops polling while the page is hidden and polls at once when shown', async () => {
    backend.state.config.pollIntervalSeconds = 1;
    let polls = 0;
    const client = createClient({
      baseUrl: API_BASE,
      getToken: () => MOCK_TOKENS.buyer('b-anna'),
      fetch: (input, init) => {
        if ((input instanceof Request ? input.url : input.toString()).includes('/changes')) polls++;
        return fetch(input, init);
      },
    });
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-02" .client=${client}></ask-seller>`,
    );
    await historyOf(el);
    await waitFor(() => polls >= 1, 'a first poll');
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      const hiddenAt = polls;
      await new Promise((resolve) => setTimeout(resolve, 2200));
      expect(polls).to.equal(hiddenAt);
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => 'visible',
      });
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(() => polls > hiddenAt, 'a poll on return');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', visibility);
    }
  });

  /** Anna's first question about p-02 opened, with "Und in L?" typed as a follow-up. */
  async function followUpTyped() {
    const buyer = buyerClient('b-anna', { retries: 0 });
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-02" .client=${buyer}></ask-seller>`,
    );
    const conversations = await historyOf(el);
    await openFirst(conversations);
    const composer = await shadowReady(conversations, 'sq-composer');
    const textarea = inShadow<HTMLTextAreaElement>(composer, 'textarea');
    textarea.value = 'Und in L?';
    textarea.dispatchEvent(new InputEvent('input'));
    const question = backend.state.questions.find(
      (candidate) => candidate.buyerId === 'b-anna' && candidate.productId === 'p-02',
    )!;
    return { el, conversations, composer, textarea, question };
  }

  it('keeps a follow-up when sending fails and sends it once on retry', async () => {
    const { el, conversations, composer, textarea, question } = await followUpTyped();
    const before = question.messages.length;
    backend.failNext({ status: 'network', match: `POST /questions/${question.id}/messages` });
    buttonWithText(composer, 'Send').click();
    await waitFor(() => conversations.shadowRoot!.querySelector('[part=error]'), 'the error');
    expect(shadowText(conversations)).to.include('Your message is kept.');
    expect(textarea.value).to.equal('Und in L?');
    const sent = nextEvent(el, 'sq-follow-up-sent');
    buttonWithText(conversations, 'Retry').click();
    const { detail } = await sent;
    expect(detail.question.status).to.equal('awaiting_seller');
    expect(question.messages.filter((message) => message.text === 'Und in L?')).to.have.length(1);
    expect(question.messages.length).to.be.greaterThan(before);
  });

  it('sends no second follow-up when the buyer edits it after its answer was lost', async () => {
    const { el, conversations, composer, textarea, question } = await followUpTyped();
    const path = `POST /questions/${question.id}/messages`;
    backend.failNext({ status: 'network', match: path, afterHandler: true });
    buttonWithText(composer, 'Send').click();
    await waitFor(() => conversations.shadowRoot!.querySelector('[part=error]'), 'the error');
    expect(shadowText(conversations)).to.include('so it may have arrived');
    // The thread shows what arrived.
    await waitFor(() => shadowText(conversations).includes('Und in L?'), 'the message shown');
    textarea.value = 'Und in L? Danke!';
    textarea.dispatchEvent(new InputEvent('input'));
    buttonWithText(composer, 'Send').click();
    await waitFor(() =>
      shadowText(conversations).includes('Your earlier send had arrived after all'),
    );
    const texts = () => question.messages.map((message) => message.text);
    expect(texts().filter((text) => text.startsWith('Und in L?'))).to.deep.equal(['Und in L?']);
    expect(textarea.value).to.equal('Und in L? Danke!');
    // Sent again on purpose: a message of its own.
    const sent = nextEvent(el, 'sq-follow-up-sent');
    buttonWithText(composer, 'Send').click();
    await sent;
    expect(texts().filter((text) => text.startsWith('Und in L?'))).to.deep.equal([
      'Und in L?',
      'Und in L? Danke!',
    ]);
  });

  describe('launcher', () => {
    it('opens an accessible dialog from a button and returns focus when closed', async () => {
      const el = await fixture<AskSeller>(
        html`<ask-seller
          variant="launcher"
          product-id="p-05"
          .client=${buyerClient('b-anna')}
        ></ask-seller>`,
      );
      const launcher = inShadow<HTMLButtonElement>(el, '[part=launcher]');
      expect(launcher.textContent.trim()).to.equal('Ask the seller');
      launcher.focus();
      launcher.click();
      await el.updateComplete;
      const dialog = inShadow<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.be.true;
      expect(el.open).to.be.true;
      await shadowReady(el, 'sq-composer');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open, 'the dialog closed');
      await el.updateComplete;
      expect(el.open).to.be.false;
      expect(el.shadowRoot!.activeElement).to.equal(launcher);
    });
  });
});
