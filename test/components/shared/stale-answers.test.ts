// Answers arriving out of order, and elements leaving the page while they wait: an older answer
// never rolls a conversation back, an answer about another question never takes its place, a
// page of an earlier list is never appended to a reloaded one, and an element that left the
// page stops its requests and timers.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/ask-seller.js';
import '../../../src/order-help.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import type { OrderHelp } from '../../../src/order-help.js';
import type { SellerQuestionsClient } from '../../../src/api/client.js';
import type { Config, QuestionDetail } from '../../../src/api/types.js';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import type { SqConversations } from '../../../src/components/shared/conversations.js';
import type { SqThread } from '../../../src/components/shared/thread.js';
import { loadConversations } from '../../../src/components/shared/lazy.js';
import { InboxListController } from '../../../src/components/seller-question-inbox/list-controller.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { buyerClient, sellerClient, useMockBackend } from '../../support/backend.js';
import {
  allInShadow,
  buttonWithText,
  clearDrafts,
  fakeHost,
  inShadow,
  nextEvent,
  pretendPageVisible,
  shadowReady,
  shadowText,
  typeInto,
  waitFor,
} from '../../support/elements.js';
import { ResponseGate } from '../../support/gate.js';
import { askAboutP12, productQuestion } from '../../support/questions.js';
import {
  clearInboxDrafts,
  composerOf,
  deepText,
  mountInbox,
  openQuestion,
} from '../../support/inbox.js';

const send = (composer: SqComposer) => {
  buttonWithText(composer, 'Send').click();
};

/** Lets an answer that was let through run its course (its awaits, a render). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('answers out of order', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    clearDrafts('seller-questions:draft:ask-seller:');
    backend = await useMockBackend();
  });

  describe('in the inbox', () => {
    it('keeps a sent reply when an older copy of the question arrives after it', async () => {
      const gate = new ResponseGate();
      const el = await mountInbox({ client: gate.client() });
      const conversation = await openQuestion(el, 'q-053');
      const composer = await composerOf(el);
      // A reload (as after a live change) reads the question; its answer is slow.
      const older = gate.hold('GET', /\/questions\/q-053$/);
      conversation.reload();
      await older.arrived;
      await typeInto(composer, 'Your parcel left our warehouse this morning.');
      const sent = nextEvent(el, 'sq-reply-sent');
      send(composer);
      await sent;
      const shown = () =>
        deepText(conversation).includes('Your parcel left our warehouse this morning.');
      await waitFor(shown, 'the reply in the thread');
      older.release();
      await older.delivered;
      await conversation.focusHeading(); // once the reload has finished
      await conversation.updateComplete;
      await inShadow<SqThread>(conversation, 'sq-thread').updateComplete;
      expect(deepText(conversation)).to.include('Your parcel left our warehouse this morning.');
      expect(conversation.version).to.equal(
        backend.state.questions.find((question) => question.id === 'q-053')!.version,
      );
    });

    it('shows only the question opened while a reply to another was on its way', async () => {
      const gate = new ResponseGate();
      const el = await mountInbox({ client: gate.client() });
      const conversation = await openQuestion(el, 'q-053');
      const composer = await composerOf(el);
      const other = backend.state.questions.find(
        (question) =>
          question.id !== 'q-053' &&
          question.status === 'awaiting_seller' &&
          question.handler === 'seller',
      )!;
      const otherBuyer = backend.state.buyers.find((buyer) => buyer.id === other.buyerId)!.name;
      const reply = gate.hold('POST', /\/questions\/q-053\/messages$/);
      await typeInto(composer, 'A replacement is on its way.');
      const sent = nextEvent(el, 'sq-reply-sent');
      send(composer);
      await reply.arrived;
      el.questionId = other.id;
      const title = () => conversation.shadowRoot!.querySelector('#conversation-title');
      await waitFor(() => title()?.textContent.includes(otherBuyer), 'the other question');
      reply.release();
      const { detail } = await sent;
      expect(detail.question.id).to.equal('q-053');
      await conversation.updateComplete;
      await inShadow<SqThread>(conversation, 'sq-thread').updateComplete;
      expect(title()!.textContent).to.include(otherBuyer);
      expect(deepText(conversation)).not.to.include('A replacement is on its way.');
      expect(conversation.version).to.equal(other.version);
    });

    it('stops fetching changed questions when the list reloads', async () => {
      const gate = new ResponseGate();
      const client = gate.client();
      const errors: unknown[] = [];
      const list = new InboxListController(fakeHost(), {
        client: () => client,
        onError: (error) => errors.push(error),
      });
      list.hostConnected();
      await waitFor(() => list.state === 'ready' && !list.loadingMore, 'the list loaded');
      const question = backend.state.questions.find((candidate) => candidate.id === 'q-053')!;
      const changed = gate.hold('GET', /\/questions\?.*updatedSince=/);
      void list.applyChanges([
        {
          questionId: question.id,
          version: question.version,
          updatedAt: new Date().toISOString(),
          kind: 'updated',
        },
      ]);
      await changed.arrived;
      // The feed refused its cursor, say: the list starts again and brings every change anyway.
      list.reload();
      expect(changed.signal!.aborted, 'the changed questions’ fetch aborted').to.equal(true);
      changed.release();
      await changed.delivered;
      await waitFor(() => list.state === 'ready' && !list.loadingMore, 'the list reloaded');
      expect(errors).to.deep.equal([]);
      expect(list.get('q-053')?.version).to.equal(question.version);
      list.hostDisconnected();
    });
  });

  describe('in the buyer’s history', () => {
    async function ask(text: string) {
      await buyerClient('b-anna').createQuestion(
        productQuestion('p-05', 'size', { text, language: 'de' }),
        { idempotencyKey: crypto.randomUUID() },
      );
    }

    it('does not append a page of the list from before a reload', async () => {
      for (let index = 1; index <= 21; index++) await ask(`Question ${index}`);
      await loadConversations();
      const gate = new ResponseGate();
      const client = gate.client('b-anna');
      const config: Config = await client.getConfig();
      const list = await fixture<SqConversations>(
        html`<sq-conversations
          heading="Your questions"
          .client=${client}
          .config=${config}
          .filter=${{ productId: 'p-05' }}
        ></sq-conversations>`,
      );
      const rows = () => allInShadow(list, '[part=question]');
      await waitFor(() => rows().length === 20, 'the first page');
      const oldPage = gate.hold('GET', /\/questions\?.*cursor=/);
      buttonWithText(list, 'Show more').click();
      await oldPage.arrived;
      // Meanwhile a new question comes first: every later question moves down by one.
      await ask('Question 22');
      await list.reload();
      oldPage.release();
      await oldPage.delivered;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await list.updateComplete;
      expect(oldPage.signal!.aborted).to.equal(true);
      expect(rows()).to.have.length(20);
      expect(rows()[0]!.textContent).to.include('Question 22');
      // The rest is one click away, none skipped.
      buttonWithText(list, 'Show more').click();
      await waitFor(() => rows().length === 22, 'the second page');
      const texts = rows().map((row) => /Question \d+/.exec(row.textContent)![0]);
      expect(new Set(texts).size).to.equal(22);
    });
  });

  describe('the buyer’s history: live refreshes, follow-ups and ratings', () => {
    let restoreVisibility: () => void;
    beforeEach(() => {
      restoreVisibility = pretendPageVisible();
      backend.state.config.pollIntervalSeconds = 1;
    });
    afterEach(() => {
      restoreVisibility();
    });

    /** Marco's question about p-12 with the seller's answer, open in his history (through `gate`). */
    async function openAnswered(gate: ResponseGate) {
      const asked = await askAboutP12(buyerClient('b-marco'), {
        idempotencyKey: crypto.randomUUID(),
      });
      await sellerClient().sendMessage(asked.id, { text: 'Sì, blu notte.', language: 'it' });
      await loadConversations();
      const client = gate.client('b-marco');
      const config: Config = await client.getConfig();
      const list = await fixture<SqConversations>(
        html`<sq-conversations
          heading="Your questions"
          language="it"
          .client=${client}
          .config=${config}
          .filter=${{ productId: 'p-12' }}
        ></sq-conversations>`,
      );
      await shadowReady(list, '[part=question-toggle]');
      inShadow(list, '[part=question-toggle]').click();
      const thread = await shadowReady<SqThread>(list, 'sq-thread');
      await waitFor(() => shadowText(thread).includes('Sì, blu notte.'), 'the answer');
      // The feed has its cursor once the first poll went out.
      await waitFor(
        () => gate.requests.some(({ url }) => url.pathname.endsWith('/changes')),
        'the first poll',
      );
      return { asked, list, thread };
    }

    const sellerSays = (question: QuestionDetail, text: string) =>
      sellerClient().sendMessage(question.id, { text, language: 'it' });

    const questionPath = (question: QuestionDetail) => new RegExp(`/questions/${question.id}$`);

    it('keeps a follow-up when an older copy from a live refresh arrives after it', async () => {
      const gate = new ResponseGate();
      const { asked, list, thread } = await openAnswered(gate);
      const refresh = gate.hold('GET', questionPath(asked));
      await sellerSays(asked, 'Anche in verde.');
      await refresh.arrived; // the live refresh read the question before the follow-up
      const composer = inShadow<SqComposer>(list, 'sq-composer');
      await typeInto(composer, 'Grazie, prendo il blu.');
      send(composer);
      await waitFor(() => shadowText(thread).includes('Grazie, prendo il blu.'), 'the follow-up');
      refresh.release();
      await refresh.delivered;
      await settle();
      await thread.updateComplete;
      expect(shadowText(thread)).to.include('Grazie, prendo il blu.');
      expect(shadowText(thread)).to.include('Anche in verde.');
    });

    it('keeps a newer answer when the follow-up’s own answer arrives after it', async () => {
      const gate = new ResponseGate();
      const { asked, list, thread } = await openAnswered(gate);
      const sent = gate.hold('POST', new RegExp(`/questions/${asked.id}/messages$`));
      const composer = inShadow<SqComposer>(list, 'sq-composer');
      await typeInto(composer, 'Grazie, prendo il blu.');
      send(composer);
      await sent.arrived;
      await sellerSays(asked, 'Spedito oggi.');
      await waitFor(() => shadowText(thread).includes('Spedito oggi.'), 'the live refresh');
      sent.release();
      await sent.delivered;
      await settle();
      await thread.updateComplete;
      expect(shadowText(thread)).to.include('Spedito oggi.');
      expect(shadowText(thread)).to.include('Grazie, prendo il blu.');
    });

    it('keeps a newer answer when the rating’s answer arrives after it', async () => {
      const gate = new ResponseGate();
      const { asked, thread } = await openAnswered(gate);
      const rated = gate.hold('POST', new RegExp(`/questions/${asked.id}/ratings$`));
      buttonWithText(thread, 'Yes').click();
      await thread.updateComplete;
      buttonWithText(thread, 'Send rating').click();
      await rated.arrived;
      await sellerSays(asked, 'Grazie a lei!');
      await waitFor(() => shadowText(thread).includes('Grazie a lei!'), 'the live refresh');
      rated.release();
      await rated.delivered;
      await settle();
      await thread.updateComplete;
      expect(shadowText(thread)).to.include('Grazie a lei!');
      expect(shadowText(thread)).to.include('You found this answer helpful.');
    });
  });

  describe('translations', () => {
    async function threadOf(gate: ResponseGate) {
      await loadConversations(); // defines <sq-thread>
      // Anna's question about the linen shirt, answered in German.
      const anna = buyerClient('b-anna');
      const { items } = await anna.listQuestions({ productId: 'p-02' });
      const question = await anna.getQuestion(items[0]!.id);
      const thread = await fixture<SqThread>(
        html`<sq-thread
          viewer="buyer"
          reader-language="en"
          .question=${question}
          .client=${gate.client('b-anna')}
        ></sq-thread>`,
      );
      const translation = gate.hold('POST', /\/translations$/);
      buttonWithText(thread, 'View in English').click();
      await translation.arrived;
      return { thread, translation, anna };
    }

    it('shows no translation into a language the reader left while it was on its way', async () => {
      const gate = new ResponseGate();
      const { thread, translation } = await threadOf(gate);
      thread.readerLanguage = 'fr';
      await thread.updateComplete;
      expect(translation.signal!.aborted, 'the translation aborted').to.equal(true);
      translation.release();
      await translation.delivered;
      await settle();
      await thread.updateComplete;
      expect(thread.shadowRoot!.querySelector('[part=translation]')).to.equal(null);
      const toggle = buttonWithText(thread, 'View in French');
      expect(toggle.disabled).to.equal(false);
    });

    it('stops translating a message the thread no longer shows', async () => {
      const gate = new ResponseGate();
      const { thread, translation, anna } = await threadOf(gate);
      const { items } = await anna.listQuestions({ productId: 'p-05' });
      const other = items[0]
        ? await anna.getQuestion(items[0].id)
        : await anna.createQuestion(
            productQuestion('p-05', 'size', { text: 'Fallen sie groß aus?', language: 'de' }),
            { idempotencyKey: crypto.randomUUID() },
          );
      thread.question = other;
      await thread.updateComplete;
      expect(translation.signal!.aborted, 'the translation aborted').to.equal(true);
      translation.release();
    });
  });

  describe('a product or an order the element has left', () => {
    it('<ask-seller> shows the new product when the old one’s answer comes after it', async () => {
      const gate = new ResponseGate();
      const old = gate.hold('GET', /\/products\/p-05$/);
      const el = await fixture<AskSeller>(
        html`<ask-seller product-id="p-05" .client=${gate.client('b-anna')}></ask-seller>`,
      );
      await old.arrived;
      el.productId = 'p-06';
      await shadowReady(el, 'sq-composer');
      expect(shadowText(el)).to.include('Suede Chelsea Boots');
      old.release();
      await old.delivered;
      await settle();
      await el.updateComplete;
      expect(shadowText(el)).to.include('Suede Chelsea Boots');
      expect(shadowText(el)).not.to.include('Leather Court Sneakers');
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    });

    it('<order-help> shows the new order when the old one’s answer comes after it', async () => {
      const gate = new ResponseGate();
      const old = gate.hold('GET', /\/orders\/o-1001$/);
      const client: SellerQuestionsClient = gate.client('b-anna');
      const el = await fixture<OrderHelp>(
        html`<order-help order-id="o-1001" .client=${client}></order-help>`,
      );
      await old.arrived;
      el.orderId = 'o-1015';
      await shadowReady(el, '[part~=issue-picker]');
      expect(shadowText(el)).to.include('SQ-2026-1015');
      old.release();
      await old.delivered;
      await settle();
      await el.updateComplete;
      expect(shadowText(el)).to.include('SQ-2026-1015');
      expect(shadowText(el)).not.to.include('SQ-2026-1001');
      expect(el.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
    });
  });

  describe('leaving the page', () => {
    it('stops loading when <ask-seller> is taken out of the page', async () => {
      const gate = new ResponseGate();
      const product = gate.hold('GET', /\/products\/p-05$/);
      const el = await fixture<AskSeller>(
        html`<ask-seller
          product-id="p-05"
          shop-id="s-1"
          .client=${gate.client('b-anna')}
        ></ask-seller>`,
      );
      await product.arrived;
      expect(product.signal!.aborted).to.equal(false);
      el.remove();
      expect(product.signal!.aborted).to.equal(true);
      product.release();
      // Put back, it loads again and shows the form.
      document.body.append(el);
      await shadowReady(el, 'sq-composer');
      el.remove();
    });

    it('starts no timer-driven update after <ask-seller> left the page', async () => {
      const el = await fixture<AskSeller>(
        html`<ask-seller
          product-id="p-05"
          shop-id="s-1"
          .client=${buyerClient('b-anna', { retries: 0 })}
        ></ask-seller>`,
      );
      const composer = await shadowReady<SqComposer>(el, 'sq-composer');
      inShadow<HTMLInputElement>(el, 'input[name=subject][value="stock"]').click();
      await typeInto(composer, 'Back in stock in May?');
      backend.failNext({ status: 429, retryAfter: 1, match: 'POST /questions' });
      buttonWithText(composer, 'Send question').click();
      await waitFor(() => el.shadowRoot!.querySelector('[part=error]'));
      expect(buttonWithText(el, 'Try again').disabled).to.equal(true);
      let updates = 0;
      el.addController({
        hostUpdated: () => {
          updates++;
        },
      });
      el.remove();
      // Past the Retry-After of 1 s: nothing of the element runs any more.
      await new Promise((resolve) => setTimeout(resolve, 1300));
      expect(updates).to.equal(0);
    });
  });
});
