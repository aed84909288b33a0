// Answers arriving out of order, and elements leaving the page while they wait: an older answer
// never rolls a conversation back, an answer about another question never takes its place, a
// page of an earlier list is never appended to a reloaded one, and an element that left the
// page stops its requests and timers.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ask-seller.js';
import type { AskSeller } from '../../src/ask-seller.js';
import type { Config } from '../../src/api/types.js';
import type { SqComposer } from '../../src/components/shared/composer.js';
import type { SqConversations } from '../../src/components/shared/conversations.js';
import type { SqThread } from '../../src/components/shared/thread.js';
import { loadConversations } from '../../src/components/shared/lazy.js';
import type { MockBackend } from '../../src/mocks/index.js';
import { buyerClient, useMockBackend } from '../support/backend.js';
import {
  allInShadow,
  buttonWithText,
  clearDrafts,
  inShadow,
  nextEvent,
  shadowReady,
  typeInto,
  waitFor,
} from '../support/elements.js';
import { ResponseGate } from '../support/gate.js';
import {
  clearInboxDrafts,
  composerOf,
  deepText,
  mountInbox,
  openQuestion,
} from './inbox-fixture.js';

const send = (composer: SqComposer) => {
  buttonWithText(composer, 'Send').click();
};

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
  });

  describe('in the buyer’s history', () => {
    async function ask(text: string) {
      await buyerClient('b-anna').createQuestion(
        {
          category: 'pre_sale',
          topic: 'product',
          shopId: 's-1',
          productId: 'p-05',
          details: { subject: 'size' },
          text,
          language: 'de',
        },
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
