import { expect, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SqReplySentEvent } from '../../../src/components/events.js';
import { callsSaying, consoleDuring } from '../../support/console.js';
import { storageKeys } from '../../support/storage.js';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import type { SellerQuestionInbox } from '../../../src/seller-question-inbox.js';
import { http, HttpResponse } from 'msw';
import { API_BASE, buyerClient, useMockBackend, worker } from '../../support/backend.js';
import { samplePhoto } from '../../../src/mocks/pictures.js';
import {
  buttonWithText,
  inShadow,
  pickFiles,
  shadowReady,
  shadowText,
  typeInto,
  waitFor,
} from '../../support/elements.js';
import {
  choose,
  composerOf,
  conversationOf,
  deepActiveElement,
  deepText,
  listOf,
  mountInbox,
  mountReplyingTo,
  openQuestion,
  replyOf,
  clearInboxDrafts,
} from '../../support/inbox.js';

const sellerMessages = (backend: MockBackend, id: string) =>
  backend.state.questions
    .find((question) => question.id === id)!
    .messages.filter((message) => message.author === 'seller');

/** Picks a template by id in the reply's picker and inserts it. */
async function insertTemplate(el: SellerQuestionInbox, templateId: string) {
  const reply = await replyOf(el);
  const select = await shadowReady<HTMLSelectElement>(reply, 'select#template:not([disabled])');
  await waitFor(
    () => [...select.options].some((option) => option.value === templateId),
    templateId,
  );
  await choose(select, templateId);
  await reply.updateComplete;
  buttonWithText(reply, 'Insert').click();
  await reply.updateComplete;
}

const send = (composer: SqComposer, label = 'Send') => {
  const button = [
    ...composer.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=submit]'),
  ].find((candidate) => candidate.textContent.trim() === label);
  if (!button) throw new Error(`No "${label}" button`);
  button.click();
};

describe('<seller-question-inbox>: replying', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearInboxDrafts();
    backend = await useMockBackend();
  });

  describe('language and templates', () => {
    it('fills a template for the topic in the buyer’s language from the question’s context', async () => {
      const { el, reply } = await mountReplyingTo('q-053');
      const language = inShadow<HTMLSelectElement>(reply, 'select:not(#template)');
      expect(language.value).to.equal('en');
      await insertTemplate(el, 'tracking-in-transit.en');
      const composer = await composerOf(el);
      const text = composer.value;
      expect(text).to.include('Hello Siobhán Murphy,');
      expect(text).to.include('SQ-2026-1013');
      expect(text).to.include('An Post');
      expect(text).to.include('CE482731905DE');
      expect(text).to.include('https://www.anpost.com/');
      expect(text).to.include('Johanna Brandt\nLinden & Loom');
      expect(text).not.to.match(/\{\w+\}/);
      expect(deepText(reply)).to.include('Template “In transit (tracking link)” inserted');
      await expect(el).to.be.accessible();
    });

    it('offers the templates of the chosen language, the buyer’s by default', async () => {
      const { el, reply } = await mountReplyingTo('q-005');
      const select = await shadowReady<HTMLSelectElement>(reply, 'select#template:not([disabled])');
      const ids = () => [...select.options].map((option) => option.value).filter(Boolean);
      expect(ids().length).to.be.greaterThan(0);
      expect(ids().every((id) => id.endsWith('.de'))).to.equal(true);
      await choose(inShadow<HTMLSelectElement>(reply, 'select:not(#template)'), 'fr');
      await waitFor(
        () => ids().length > 0 && ids().every((id) => id.endsWith('.fr')),
        'French templates',
      );
      await insertTemplate(el, 'product-size.fr');
      expect((await composerOf(el)).value).to.include('Bonjour Anna Schneider');
    });

    it('keeps a value the question lacks visible, and sends only once it is filled in', async () => {
      const order = backend.state.orders.find((candidate) => candidate.id === 'o-1013')!;
      delete order.tracking;
      const el = await mountInbox();
      await openQuestion(el, 'q-053');
      await insertTemplate(el, 'tracking-in-transit.en');
      const reply = await replyOf(el);
      const composer = await composerOf(el);
      expect(composer.value).to.include('{carrier} (tracking number {trackingNumber})');
      expect(deepText(reply)).to.include(
        'fill in yourself: {carrier}, {trackingNumber}, and {trackingUrl}',
      );
      send(composer);
      await waitFor(() =>
        deepText(composer).includes('Replace {carrier}, {trackingNumber}, and {trackingUrl}'),
      );
      expect(sellerMessages(backend, 'q-053')).to.have.length(0);

      await typeInto(
        composer,
        composer.value
          .replace('{carrier}', 'DHL')
          .replace('{trackingNumber}', '00340434')
          .replace('{trackingUrl}', 'https://www.dhl.com/'),
      );
      send(composer);
      await waitFor(() => sellerMessages(backend, 'q-053').length === 1, 'the reply');
      expect(sellerMessages(backend, 'q-053')[0]!.text).to.include(
        'DHL (tracking number 00340434)',
      );
    });

    it('reports a placeholder the product does not know', async () => {
      backend.state.templates.push({
        id: 'seller-coupon.en',
        topic: 'tracking',
        language: 'en',
        title: 'Sorry for the wait',
        body: 'Hello {buyerName}, sorry for the wait. Use {couponCode} for 10 % off your next order.',
        variables: ['buyerName'],
        source: 'seller',
      });
      const el = await mountInbox();
      await openQuestion(el, 'q-053');
      await insertTemplate(el, 'seller-coupon.en');
      const reply = await replyOf(el);
      expect((await composerOf(el)).value).to.equal(
        'Hello Siobhán Murphy, sorry for the wait. Use {couponCode} for 10 % off your next order.',
      );
      expect(deepText(reply)).to.include(
        'The template uses {couponCode}, which the inbox cannot fill: replace it yourself.',
      );
      send(await composerOf(el));
      await waitFor(() => deepText(reply).includes('Replace {couponCode} with the right text'));
      expect(sellerMessages(backend, 'q-053')).to.have.length(0);
    });
  });

  describe('sending', () => {
    it('sends in the reply language with the question’s version, and moves on to the next most urgent question', async () => {
      const el = await mountInbox();
      // Tall enough for the answered question and the most urgent one to be in view together.
      await setViewport({ width: 1400, height: 1600 });
      el.style.setProperty('--sq-inbox-block-size', '1500px');
      const list = await listOf(el);
      await waitFor(() => list.visibleRange.last >= 8, 'nine rows in view');
      await openQuestion(el, 'q-012');
      const composer = await composerOf(el);
      await typeInto(composer, 'Bonjour Julien, oui, nous proposons des bons cadeaux.');
      const sent = oneEvent<SqReplySentEvent>(el, 'sq-reply-sent');
      send(composer);
      const { detail } = await sent;
      expect(detail.resolved).to.equal(false);
      expect(detail.question.status).to.equal('awaiting_buyer');
      const [message] = sellerMessages(backend, 'q-012');
      expect(message!.text).to.equal('Bonjour Julien, oui, nous proposons des bons cadeaux.');
      expect(message!.language).to.equal('fr');
      const conversation = await conversationOf(el);
      await waitFor(() => deepText(conversation).includes('Reply sent to Julien Moreau.'));
      // The row now waits for the buyer, and the focus is on the most urgent question left.
      await waitFor(
        () => list.shadowRoot!.activeElement?.getAttribute('role') === 'listbox',
        'focus on the list',
      );
      const listbox = list.shadowRoot!.querySelector('[role=listbox]')!;
      await waitFor(() => listbox.getAttribute('aria-activedescendant') === 'row-q-006');
      expect(deepActiveElement()).to.equal(listbox);
      // No clock runs any more: it moved down among the questions awaiting the buyer.
      const answered = list.items.findIndex((question) => question.id === 'q-012');
      expect(list.items[answered]!.status).to.equal('awaiting_buyer');
      expect(
        list.items.slice(0, answered).some((question) => question.replyDueAt === null),
      ).to.equal(false);
    });

    it('moves on from the answered question’s place when the most urgent one is out of view', async () => {
      const el = await mountInbox();
      const list = await listOf(el);
      await waitFor(() => list.shadowRoot!.querySelector('[role=option]'), 'the first rows');
      // Opened from outside, the question is scrolled into view; the first rows leave it.
      await openQuestion(el, 'q-012');
      const at = list.items.findIndex((question) => question.id === 'q-012');
      await waitFor(() => list.visibleRange.last >= at, 'the opened question in view');
      expect(list.visibleRange.first, 'the most urgent question out of view').to.be.above(0);
      // The next question awaiting the seller after the answered one's place: the list does not
      // jump back to its top.
      const next = list.items
        .slice(at + 1)
        .find((question) => question.status === 'awaiting_seller' && question.handler === 'seller');
      expect(next).to.exist;
      const composer = await composerOf(el);
      await typeInto(composer, 'Bonjour Julien, oui, nous proposons des bons cadeaux.');
      const sent = oneEvent<SqReplySentEvent>(el, 'sq-reply-sent');
      send(composer);
      await sent;
      const listbox = list.shadowRoot!.querySelector('[role=listbox]')!;
      await waitFor(
        () => listbox.getAttribute('aria-activedescendant') === `row-${next!.id}`,
        `row-${next!.id} active`,
      );
      expect(deepActiveElement()).to.equal(listbox);
    });

    it('sends and resolves a pre-sales question; after-sales issues have no such button', async () => {
      const el = await mountInbox();
      await openQuestion(el, 'q-005');
      const composer = await composerOf(el);
      await typeInto(composer, 'Ja, der Stoff ist OEKO-TEX-zertifiziert.');
      const sent = oneEvent<SqReplySentEvent>(el, 'sq-reply-sent');
      send(composer, 'Send and resolve');
      expect((await sent).detail.resolved).to.equal(true);
      expect(backend.state.questions.find((question) => question.id === 'q-005')!.status).to.equal(
        'resolved',
      );
      const conversation = await conversationOf(el);
      await waitFor(() => deepText(conversation).includes('This question is resolved.'));

      await openQuestion(el, 'q-025');
      await waitFor(async () => deepText(await composerOf(el)).includes('Send'));
      expect(deepText(await composerOf(el))).not.to.include('Send and resolve');
    });

    it('attaches pictures with "Select file", with the buyer side’s checks, and sends them', async () => {
      const el = await mountInbox();
      await openQuestion(el, 'q-012');
      const composer = await composerOf(el);
      const button = inShadow<HTMLButtonElement>(composer, '[part=add-photos]');
      expect(button.textContent.replace(/\s+/g, ' ').trim()).to.equal('Select file (0 of 5)');
      await pickFiles(composer, [new File([samplePhoto(2)], 'label.png', { type: 'image/png' })]);
      expect(composer.shadowRoot!.querySelectorAll('[part=attachment]')).to.have.length(1);
      // A renamed program is refused by its bytes; the photo already attached stays.
      const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], 'proof.png', {
        type: 'image/png',
      });
      await pickFiles(composer, [exe]);
      expect(shadowText(composer)).to.include('proof.png is not a JPEG, PNG or WebP image.');
      expect(composer.shadowRoot!.querySelectorAll('[part=attachment]')).to.have.length(1);
      // Sent once uploaded (until then Send says to wait: the photo is re-encoded first, which
      // takes a while on a busy machine).
      await waitFor(
        () => composer.shadowRoot!.querySelector('[part=attachment][data-status=done]'),
        'the photo uploaded',
      );
      await typeInto(composer, 'Here is the return label.');
      const sent = oneEvent<SqReplySentEvent>(el, 'sq-reply-sent');
      send(composer);
      await sent;
      const [message] = sellerMessages(backend, 'q-012');
      expect(message!.text).to.equal('Here is the return label.');
      expect(message!.attachments).to.have.length(1);
    });

    it('keeps a draft per question across reloads', async () => {
      const text = 'Bonjour, je vérifie et je reviens vers vous.';
      const key = 'seller-questions:draft:seller-1:inbox:q-012';
      const first = await mountInbox({ questionId: 'q-012' });
      await typeInto(await composerOf(first), text);
      first.remove(); // leaving the page saves the draft at once
      expect(localStorage.getItem(key)).to.include(text);
      const el = await mountInbox({ questionId: 'q-012' });
      expect((await composerOf(el)).value).to.equal(text);
      await openQuestion(el, 'q-005');
      await waitFor(async () => (await replyOf(el)).question?.id === 'q-005');
      expect((await composerOf(el)).value).to.equal('');
    });

    it('keeps typing not yet saved when another question opens, in one render', async () => {
      const key = 'seller-questions:draft:seller-1:inbox:q-012';
      const el = await mountInbox({ questionId: 'q-012' });
      const conversation = await conversationOf(el);
      // Typed just now: the draft is written a moment later, or at once when the composer goes.
      await typeInto(await composerOf(el), 'Un instant, je vérifie.');
      expect(localStorage.getItem(key)).to.equal(null);
      const warnings = await consoleDuring('warn', async () => {
        el.questionId = 'q-005';
        await el.updateComplete;
        await conversation.updateComplete;
      });
      // The conversation follows the new question's draft from here: the old one's write, made
      // as its composer leaves the page, asks for no update in the middle of this one (lit
      // warns of that in development: lit.dev/msg/change-in-update).
      expect(callsSaying(warnings, 'scheduled an update')).to.deep.equal([]);
      expect(localStorage.getItem(key)).to.include('Un instant, je vérifie.');
      await waitFor(async () => (await replyOf(el)).question?.id === 'q-005');
      expect((await composerOf(el)).value).to.equal('');
    });

    it('keeps the reply after a network failure and sends it exactly once on retry', async () => {
      backend.failNext(
        { status: 'network', match: 'POST /questions/q-012/messages' },
        { status: 'network', match: 'POST /questions/q-012/messages' },
        { status: 'network', match: 'POST /questions/q-012/messages' },
      );
      const el = await mountInbox();
      await openQuestion(el, 'q-012');
      const composer = await composerOf(el);
      await typeInto(composer, 'Bonjour, oui, par e-mail.');
      send(composer);
      const reply = await replyOf(el);
      await waitFor(() => deepText(reply).includes('it may have arrived'), 'the failure');
      expect(deepText(reply)).to.include(
        'The connection failed before an answer came, so it may have arrived. Sending it again never sends it twice.',
      );
      expect(composer.value).to.equal('Bonjour, oui, par e-mail.');
      expect(sellerMessages(backend, 'q-012')).to.have.length(0);
      await expect(el).to.be.accessible();

      const retry = buttonWithText(reply, 'Try again');
      retry.click();
      retry.click();
      await waitFor(
        () => deepText(reply).includes('Reply sent') || sellerMessages(backend, 'q-012').length > 0,
      );
      await waitFor(async () =>
        deepText(await conversationOf(el)).includes('Reply sent to Julien Moreau.'),
      );
      expect(sellerMessages(backend, 'q-012')).to.have.length(1);
      expect(composer.value).to.equal('');
    });
    it('sends no second reply when the seller edits it after its answer was lost', async () => {
      backend.failNext(
        { status: 'network', match: 'POST /questions/q-012/messages', afterHandler: true },
        { status: 'network', match: 'POST /questions/q-012/messages' },
        { status: 'network', match: 'POST /questions/q-012/messages' },
      );
      const el = await mountInbox();
      await openQuestion(el, 'q-012');
      const composer = await composerOf(el);
      await typeInto(composer, 'Bonjour, oui.');
      send(composer);
      const reply = await replyOf(el);
      await waitFor(() => deepText(reply).includes('it may have arrived'), 'the failure');
      expect(sellerMessages(backend, 'q-012')).to.have.length(1);
      // The conversation shows what arrived.
      await waitFor(async () => deepText(await conversationOf(el)).includes('Bonjour, oui.'));
      await typeInto(composer, 'Bonjour, oui, par e-mail.');
      send(composer);
      await waitFor(() => deepText(reply).includes('Your earlier send had arrived after all'));
      expect(sellerMessages(backend, 'q-012')).to.have.length(1);
      expect(composer.value).to.equal('Bonjour, oui, par e-mail.');
      expect(reply.shadowRoot!.querySelector('[part=error] button')).to.equal(null);
    });
  });

  describe('when the seller opens another question while a reply is sent', () => {
    /** Whether the held reply to q-012 has reached the backend (holdReplies()). */
    let replyHeld = false;

    /** Holds the replies to q-012 until `release()`; then `answer` (default: the backend). */
    function holdReplies(answer?: () => Response) {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      replyHeld = false;
      worker.use(
        http.post(`${API_BASE}/questions/q-012/messages`, async () => {
          replyHeld = true;
          await held;
          return answer?.();
        }),
      );
      return release;
    }

    /**
     * Sends a reply to q-012, opens q-005 once the reply is on its way (its request held at the
     * backend) and types there.
     */
    async function sendThenOpenAnother(el: SellerQuestionInbox) {
      await openQuestion(el, 'q-012');
      await typeInto(await composerOf(el), 'Oui, par e-mail.');
      send(await composerOf(el));
      await waitFor(() => replyHeld, 'the reply to q-012 on its way');
      await openQuestion(el, 'q-005');
      await waitFor(async () => (await replyOf(el)).question?.id === 'q-005', 'q-005 open');
      const composer = await composerOf(el);
      await waitFor(() => composer.draftKey === 'inbox:q-005', 'the composer on q-005');
      await typeInto(composer, 'Ja, eine E27-Fassung.');
      return composer;
    }

    const draftOf = (id: string) =>
      localStorage.getItem(`seller-questions:draft:seller-1:inbox:${id}`);

    it('empties the sent reply’s draft, not the form of the question open now', async () => {
      const release = holdReplies();
      const el = await mountInbox();
      const sent = oneEvent<SqReplySentEvent>(el, 'sq-reply-sent');
      const composer = await sendThenOpenAnother(el);
      release();
      expect((await sent).detail.question.id).to.equal('q-012');
      expect(sellerMessages(backend, 'q-012').at(-1)!.text).to.equal('Oui, par e-mail.');
      const reply = await replyOf(el);
      await reply.updateComplete;
      await composer.updateComplete;
      expect(composer.value, 'what the seller typed on q-005').to.equal('Ja, eine E27-Fassung.');
      expect(deepText(reply)).not.to.include('Could not');
      el.remove(); // saves the open draft at once
      expect(draftOf('q-005')).to.include('Ja, eine E27-Fassung.');
      expect(draftOf('q-012'), 'sent: nothing left to send again').to.equal(null);

      const again = await mountInbox({ questionId: 'q-012' });
      expect((await composerOf(again)).value).to.equal('');
    });

    it('keeps a failed reply with its question, and offers no retry on the open one', async () => {
      const release = holdReplies(() =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      );
      const el = await mountInbox();
      const composer = await sendThenOpenAnother(el);
      const failed = oneEvent(el, 'sq-error');
      release();
      await failed;
      const reply = await replyOf(el);
      await reply.updateComplete;
      expect(deepText(reply), 'no failure, no retry here').not.to.include('Try again');
      expect(composer.value).to.equal('Ja, eine E27-Fassung.');
      expect(sellerMessages(backend, 'q-012')).to.have.length(0);
      expect(sellerMessages(backend, 'q-005').map((message) => message.text)).not.to.include(
        'Oui, par e-mail.',
      );

      await openQuestion(el, 'q-012');
      await waitFor(async () => (await composerOf(el)).draftKey === 'inbox:q-012', 'q-012 open');
      await waitFor(
        async () => (await composerOf(el)).value === 'Oui, par e-mail.',
        'the unsent reply, kept',
      );
      expect(storageKeys().some((key) => key.endsWith('inbox:q-012'))).to.equal(true);
    });
  });

  describe('when the question changed meanwhile', () => {
    it('reloads it when the buyer wrote again, keeps the reply and says so; sending again works', async () => {
      const el = await mountInbox();
      await openQuestion(el, 'q-012');
      const composer = await composerOf(el);
      await typeInto(composer, 'Oui, nous avons des bons cadeaux.');
      await buyerClient('b-julien').sendMessage('q-012', {
        text: 'Et est-ce qu’on peut choisir le montant ?',
        language: 'fr',
      });
      send(composer);
      const conversation = await conversationOf(el);
      await waitFor(() =>
        deepText(conversation).includes('Julien Moreau added a message while you were working'),
      );
      expect(deepText(conversation)).to.include('Et est-ce qu’on peut choisir le montant ?');
      expect(composer.value).to.equal('Oui, nous avons des bons cadeaux.');
      expect(sellerMessages(backend, 'q-012')).to.have.length(0);
      const notice = inShadow(conversation, '[part=notice]');
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(conversation.shadowRoot!.activeElement).to.equal(notice);

      await typeInto(composer, 'Oui, de 10 à 200 €.');
      send(composer);
      await waitFor(() => sellerMessages(backend, 'q-012').length === 1, 'the reply');
      expect(sellerMessages(backend, 'q-012')[0]!.text).to.equal('Oui, de 10 à 200 €.');
    });

    it('reloads it when customer service took over, and shows the unsent reply instead of a composer', async () => {
      const el = await mountInbox();
      await openQuestion(el, 'q-012');
      const composer = await composerOf(el);
      await typeInto(composer, 'Je regarde cela tout de suite.');
      const record = backend.state.questions.find((question) => question.id === 'q-012')!;
      record.status = 'awaiting_platform';
      record.handler = 'platform';
      record.version += 1;
      send(composer);
      const conversation = await conversationOf(el);
      await waitFor(() =>
        deepText(conversation).includes('Customer service took over this question meanwhile'),
      );
      expect(conversation.shadowRoot!.querySelector('sq-inbox-reply')).to.equal(null);
      expect(deepText(conversation)).to.include(
        'Your unsent reply (not sent): Je regarde cela tout de suite.',
      );
      expect(deepText(conversation)).to.include('Handled by customer service');
      expect(sellerMessages(backend, 'q-012')).to.have.length(0);
    });

    it('explains a refusal for the question’s state (409 invalid_state) and keeps the reply', async () => {
      const el = await mountInbox();
      await openQuestion(el, 'q-012');
      const composer = await composerOf(el);
      await typeInto(composer, 'Merci pour votre patience.');
      // Closed without a new version: the backend refuses for the state, not the version.
      backend.state.questions.find((question) => question.id === 'q-012')!.status = 'closed';
      send(composer);
      const conversation = await conversationOf(el);
      await waitFor(() => deepText(conversation).includes('This question was closed meanwhile'));
      expect(deepText(conversation)).to.include(
        'Your unsent reply (not sent): Merci pour votre patience.',
      );
    });
  });

  it('has no composer on a closed question, and says why', async () => {
    const el = await mountInbox();
    const conversation = await openQuestion(el, 'q-030');
    await waitFor(() =>
      deepText(conversation).includes('This question is closed and cannot be answered any more.'),
    );
    expect(conversation.shadowRoot!.querySelector('sq-inbox-reply')).to.equal(null);
    expect(conversation.shadowRoot!.querySelector('sq-inbox-escalate')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
