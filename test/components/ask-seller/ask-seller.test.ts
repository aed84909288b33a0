import { expect, fixture, html } from '@open-wc/testing';
import { http } from 'msw';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import { createClient, type SellerQuestionsClient } from '../../../src/api/client.js';
import { configure } from '../../../src/api/configure.js';
import { NotFoundError } from '../../../src/api/errors.js';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import type { SqConversations } from '../../../src/components/shared/conversations.js';
import { samplePhoto } from '../../../src/mocks/pictures.js';
import { MOCK_TOKENS, type MockBackend } from '../../../src/mocks/index.js';
import { API_BASE, buyerClient, useMockBackend, worker } from '../../support/backend.js';
import { expectNotSetUp } from '../../support/configuration.js';
import { callsSaying, consoleDuring } from '../../support/console.js';
import {
  buttonWithText,
  inShadow,
  pickFiles,
  shadowReady,
  shadowText,
  typeInto,
} from '../../support/elements.js';
import { clearDrafts, nextEvent, waitFor } from '../../support/elements.js';

async function mount(
  client: SellerQuestionsClient,
  attributes: { product?: string; shop?: string } = {},
) {
  const el = await fixture<AskSeller>(
    html`<ask-seller
      product-id=${attributes.product ?? 'p-05'}
      shop-id=${attributes.shop ?? 's-1'}
      .client=${client}
    ></ask-seller>`,
  );
  return el;
}

async function composerOf(el: AskSeller) {
  return shadowReady<SqComposer>(el, 'sq-composer');
}

async function pickSubject(el: AskSeller, subject: string) {
  const radio = inShadow<HTMLInputElement>(el, `input[name=subject][value="${subject}"]`);
  radio.click();
  await el.updateComplete;
}

const questionsOf = (backend: MockBackend, buyerId: string) =>
  backend.state.questions.filter((question) => question.buyerId === buyerId);

describe('<ask-seller>', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearDrafts('ask-seller:');
    backend = await useMockBackend();
  });

  describe('before sending', () => {
    it('shows the product, the choices and who will answer, in an accessible empty state', async () => {
      const el = await mount(buyerClient('b-anna'));
      await composerOf(el);
      const text = shadowText(el);
      expect(text).to.include('Ask the seller');
      const product = backend.state.products.find((candidate) => candidate.id === 'p-05')!;
      expect(text).to.include(`About: ${product.name}`);
      expect(text).to.include('Linden & Loom will answer, usually within 48 hours.');
      const history = inShadow<SqConversations>(el, 'sq-conversations');
      await waitFor(() => shadowText(history).includes('You have not asked anything here yet.'));
      const subjects = [
        ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=subject]'),
      ];
      expect(subjects.map((radio) => radio.value)).to.deep.equal([
        'size',
        'colour',
        'material',
        'stock',
        'shipping',
        'other',
      ]);
      await expect(el).to.be.accessible();
    });

    it('tells a buyer outside the served regions that customer service answers', async () => {
      const el = await mount(buyerClient('b-emily'));
      await composerOf(el);
      expect(shadowText(el)).to.include(
        'The marketplace’s customer service answers questions from your country for Linden & Loom, usually within 48 hours.',
      );
    });

    it('asks about the shop without a product and without a topic choice', async () => {
      const el = await fixture<AskSeller>(
        html`<ask-seller shop-id="s-1" .client=${buyerClient('b-lucia')}></ask-seller>`,
      );
      await composerOf(el);
      expect(el.shadowRoot!.querySelector('input[name=subject]')).to.equal(null);
      expect(shadowText(el)).to.include('About the shop Linden & Loom');
      const history = inShadow<SqConversations>(el, 'sq-conversations');
      await history.updateComplete;
      expect(shadowText(history)).to.include('Your questions about this shop');
      expect(history.filter).to.deep.equal({ shopId: 's-1', topic: 'shop' });
    });

    it('uses the product name and picture the page gives', async () => {
      const el = await fixture<AskSeller>(
        html`<ask-seller
          product-id="p-05"
          product-name="Hand-thrown Mug"
          product-image="https://cdn.example.com/mug.webp"
          .client=${buyerClient('b-anna')}
        ></ask-seller>`,
      );
      await composerOf(el);
      expect(shadowText(el)).to.include('About: Hand-thrown Mug');
      expect(inShadow<HTMLImageElement>(el, '[part=product-image]').src).to.equal(
        'https://cdn.example.com/mug.webp',
      );
    });

    it("covers a picture that does not load with an empty box, not the browser's broken-image icon", async () => {
      const el = await fixture<AskSeller>(
        html`<ask-seller
          product-id="p-05"
          product-image="http://127.0.0.1:1/no-such-picture.jpg"
          .client=${buyerClient('b-anna')}
        ></ask-seller>`,
      );
      await composerOf(el);
      const image = inShadow<HTMLImageElement>(el, '[part=product-image]');
      await waitFor(() => image.complete, 'the picture to fail');
      expect(image.naturalWidth, 'it did not load').to.equal(0);
      // Only a broken image renders its ::after, which covers the icon with the surface.
      const cover = getComputedStyle(image, '::after');
      expect(getComputedStyle(image).position).to.equal('relative');
      expect([cover.content, cover.position, cover.inset]).to.deep.equal(['""', 'absolute', '0px']);
      expect(cover.backgroundColor, 'an opaque cover').to.match(/^rgb\(/);
    });

    it('never renders a javascript: picture URL', async () => {
      const el = await fixture<AskSeller>(
        html`<ask-seller
          product-id="p-05"
          product-image="javascript:alert(1)"
          .client=${buyerClient('b-anna')}
        ></ask-seller>`,
      );
      await composerOf(el);
      const image = el.shadowRoot!.querySelector<HTMLImageElement>('[part=product-image]');
      expect(image?.getAttribute('src') ?? '').not.to.include('javascript:');
    });
  });

  describe('checks at the field, sending nothing', () => {
    it('needs a topic and a text', async () => {
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      const before = backend.state.questions.length;
      buttonWithText(composer, 'Send question').click();
      await el.updateComplete;
      await composer.updateComplete;
      expect(shadowText(composer)).to.include('Write your message first.');
      await typeInto(composer, 'Is the glaze food safe?');
      buttonWithText(composer, 'Send question').click();
      await el.updateComplete;
      expect(shadowText(el)).to.include('Choose what your question is about.');
      expect(inShadow(el, '#subject-error').getAttribute('role')).to.equal('alert');
      expect(backend.state.questions.length).to.equal(before);
      await expect(el).to.be.accessible();
    });

    it('refuses a text over the limit and shows the counter over', async () => {
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      await pickSubject(el, 'material');
      await typeInto(composer, 'a'.repeat(2001));
      expect(inShadow(composer, '[part=counter]').textContent).to.equal('2,001 / 2,000');
      expect(inShadow(composer, '[part=counter]').classList.contains('over')).to.be.true;
      const before = backend.state.questions.length;
      buttonWithText(composer, 'Send question').click();
      await composer.updateComplete;
      expect(shadowText(composer)).to.include('Shorten your message to 2,000 characters.');
      expect(inShadow(composer, 'textarea').getAttribute('aria-invalid')).to.equal('true');
      expect(backend.state.questions.length).to.equal(before);
    });

    it('refuses a renamed .exe, a file over the size limit and a sixth photo', async () => {
      backend.state.config.attachments.maxBytes = 2000;
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      const exe = new File(
        [new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff])],
        'photo.jpg',
        {
          type: 'image/jpeg',
        },
      );
      const big = new File([samplePhoto(1)], 'big.png', { type: 'image/png' });
      await pickFiles(composer, [exe, big]);
      const text = shadowText(composer);
      expect(text).to.include('photo.jpg is not a JPEG, PNG or WebP image.');
      expect(text).to.include('big.png is larger than 0 MB.');
      expect(composer.shadowRoot!.querySelectorAll('[part=attachment]')).to.have.length(0);
      backend.state.config.attachments.maxBytes = 5 * 1024 * 1024;
    });

    it('takes at most five photos and names the ones left out', async () => {
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      const photos = Array.from(
        { length: 6 },
        (_, index) => new File([samplePhoto(index, 8, 8)], `p${index}.png`, { type: 'image/png' }),
      );
      await pickFiles(composer, photos);
      await waitFor(
        () =>
          composer.shadowRoot!.querySelectorAll('[part=attachment][data-status=done]').length === 5,
      );
      expect(shadowText(composer)).to.include('p5.png was not added: at most 5 photos.');
      expect(inShadow<HTMLButtonElement>(composer, '[part=add-photos]').disabled).to.be.true;
    });

    it('lets a file that cannot be a photo take no room among the five, and says why', async () => {
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      const renamed = new File(['just text, not a picture'], 'fake.jpg', { type: 'image/jpeg' });
      const empty = new File([], 'empty.jpg', { type: 'image/jpeg' });
      const photos = Array.from(
        { length: 5 },
        (_, index) => new File([samplePhoto(index, 8, 8)], `p${index}.png`, { type: 'image/png' }),
      );
      await pickFiles(composer, [renamed, ...photos.slice(0, 3), empty, ...photos.slice(3)]);
      await waitFor(
        () =>
          composer.shadowRoot!.querySelectorAll('[part=attachment][data-status=done]').length === 5,
        'all five photos',
      );
      const text = shadowText(composer);
      expect(text).to.include('fake.jpg is not a JPEG, PNG or WebP image.');
      expect(text).to.include('empty.jpg');
      expect(text).not.to.include('at most 5 photos');
    });
  });

  describe('sending', () => {
    it('sends the question with its photo, confirms who answers and shows it in the history', async () => {
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      await pickSubject(el, 'size');
      await typeInto(composer, 'Passt Größe M bei 96 cm Brustumfang?');
      await pickFiles(composer, [new File([samplePhoto(3)], 'me.png', { type: 'image/png' })]);
      await waitFor(() =>
        composer.shadowRoot!.querySelector('[part=attachment][data-status=done]'),
      );
      const submitted = nextEvent(el, 'sq-question-submit');
      const created = nextEvent(el, 'sq-question-created');
      buttonWithText(composer, 'Send question').click();
      const submit = await submitted;
      expect(submit.cancelable).to.be.true;
      expect(submit.detail.input).to.deep.include({
        topic: 'product',
        productId: 'p-05',
        text: 'Passt Größe M bei 96 cm Brustumfang?',
      });
      const { detail } = await created;
      expect(detail.question.status).to.equal('awaiting_seller');
      expect(detail.question.messages[0]!.attachments).to.have.length(1);
      await el.updateComplete;
      expect(shadowText(el)).to.include(
        'Your question was sent. Linden & Loom will answer, usually within 48 hours.',
      );
      const conversations = inShadow<SqConversations>(el, 'sq-conversations');
      await conversations.updateComplete;
      expect(shadowText(conversations)).to.include('The seller will answer by');
      expect(
        questionsOf(backend, 'b-anna').filter((question) => question.productId === 'p-05'),
      ).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('says "sent" again for a second question, as a change a screen reader reads', async () => {
      const el = await mount(buyerClient('b-anna'));
      const region = el.shadowRoot!.querySelector('[role=status][aria-live=polite]')!;
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(region.textContent.trim()));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      for (const text of ['Is M a regular fit?', 'Is L a regular fit too?']) {
        const composer = await composerOf(el);
        await pickSubject(el, 'size');
        await typeInto(composer, text);
        const created = nextEvent(el, 'sq-question-created');
        buttonWithText(composer, 'Send question').click();
        await created;
        await el.updateComplete;
        buttonWithText(el, 'Ask another question').click();
        await el.updateComplete;
      }
      observer.disconnect();
      // Each send empties the region and then fills it: two announcements, both read.
      expect(said.filter((text) => text === 'Your question was sent.')).to.have.length(2);
    });

    it('sends nothing when the host cancels sq-question-submit', async () => {
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      el.addEventListener('sq-question-submit', (event) => {
        event.preventDefault();
      });
      await pickSubject(el, 'stock');
      await typeInto(composer, 'Back in stock soon?');
      const before = backend.state.questions.length;
      buttonWithText(composer, 'Send question').click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(backend.state.questions.length).to.equal(before);
      expect(inShadow<HTMLTextAreaElement>(composer, 'textarea').value).to.equal(
        'Back in stock soon?',
      );
    });

    /** A client without the transport's own retries that records each question's key. */
    function recordingClient(keys: string[]) {
      return createClient({
        baseUrl: API_BASE,
        getToken: () => MOCK_TOKENS.buyer('b-anna'),
        retries: 0,
        fetch: (input, init) => {
          const key = new Headers(init?.headers).get('Idempotency-Key');
          const url = input instanceof Request ? input.url : input.toString();
          if (init?.method === 'POST' && url.endsWith('/questions') && key) keys.push(key);
          return fetch(input, init);
        },
      });
    }
    const aboutP05 = () =>
      questionsOf(backend, 'b-anna').filter((question) => question.productId === 'p-05');

    /**
     * "How long to Italy?" about shipping, sent: the backend creates it and its answer is lost,
     * and so is the check that follows. Resolves once the form shows the failure.
     */
    async function sendLosingTheAnswer() {
      const keys: string[] = [];
      const el = await mount(recordingClient(keys));
      const composer = await composerOf(el);
      await pickSubject(el, 'shipping');
      await typeInto(composer, 'How long to Italy?');
      backend.failNext(
        { status: 'network', match: 'POST /questions', afterHandler: true },
        { status: 'network', match: 'POST /questions' },
      );
      buttonWithText(composer, 'Send question').click();
      await waitFor(() => el.shadowRoot!.querySelector('[part=error]'));
      return { keys, el, composer };
    }

    it('keeps the question when its answer was lost and sends it once on retry, with the same key', async () => {
      const { keys, el, composer } = await sendLosingTheAnswer();
      expect(aboutP05()).to.have.length(1);
      // Not "could not reach the server": it did, and the question may be in the list already.
      expect(shadowText(el)).to.include(
        'The connection failed before an answer came, so it may have arrived. Sending it again never sends it twice.',
      );
      expect(shadowText(el)).not.to.include('Could not reach the server');
      expect(inShadow<HTMLTextAreaElement>(composer, 'textarea').value).to.equal(
        'How long to Italy?',
      );
      await expect(el).to.be.accessible();
      const created = nextEvent(el, 'sq-question-created');
      buttonWithText(el, 'Try again').click();
      const { detail } = await created;
      // Only the key kept the retry from asking the seller twice.
      expect(aboutP05()).to.have.length(1);
      expect(keys).to.have.length(3);
      expect(new Set(keys).size).to.equal(1);
      expect(detail.question.id).to.equal(aboutP05()[0]!.id);
    });

    it('sends no second question when the buyer edits it after its answer was lost', async () => {
      const { keys, el, composer } = await sendLosingTheAnswer();
      // The history, loaded again, lists what arrived; the form and the list agree it may have.
      const list = el.shadowRoot!.querySelector('sq-conversations')!;
      await waitFor(() => shadowText(list).includes('How long to Italy?'), 'the question listed');
      // Thinking it lost, the buyer adds a word and sends it again.
      await typeInto(composer, 'How long to Italy? Thanks!');
      buttonWithText(composer, 'Send question').click();
      await waitFor(() => shadowText(el).includes('Your earlier send had arrived after all'));
      expect(shadowText(el)).to.include(
        'Your earlier send had arrived after all, so this changed version was not sent. Send again to send it too.',
      );
      expect(aboutP05().map((question) => question.messages[0]!.text)).to.deep.equal([
        'How long to Italy?',
      ]);
      // Nothing lost, and no "Try again" that would be refused again.
      expect(inShadow<HTMLTextAreaElement>(composer, 'textarea').value).to.equal(
        'How long to Italy? Thanks!',
      );
      expect(el.shadowRoot!.querySelector('[part=error] button')).to.equal(null);
      await expect(el).to.be.accessible();
      // Sent once more, on purpose: a new question, under a new key.
      const created = nextEvent(el, 'sq-question-created');
      buttonWithText(composer, 'Send question').click();
      const { detail } = await created;
      expect(detail.question.messages[0]!.text).to.equal('How long to Italy? Thanks!');
      expect(aboutP05()).to.have.length(2);
      expect(keys.at(-1)).not.to.equal(keys[0]);
    });

    it('shows the question as sent when the backend created it but the answer was lost', async () => {
      const keys: string[] = [];
      const el = await mount(recordingClient(keys));
      const composer = await composerOf(el);
      await pickSubject(el, 'shipping');
      await typeInto(composer, 'Do you ship to Malta?');
      backend.failNext({ status: 'network', match: 'POST /questions', afterHandler: true });
      const created = nextEvent(el, 'sq-question-created');
      buttonWithText(composer, 'Send question').click();
      const { detail } = await created;
      await el.updateComplete;
      expect(shadowText(el)).to.include('Your question was sent.');
      expect(shadowText(el)).not.to.include('Could not reach the server');
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      expect(aboutP05()).to.have.length(1);
      expect(detail.question.id).to.equal(aboutP05()[0]!.id);
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      await expect(el).to.be.accessible();
    });

    it('sends the same text about another topic as a new question, never the first one again', async () => {
      const keys: string[] = [];
      const el = await mount(recordingClient(keys));
      const composer = await composerOf(el);
      await pickSubject(el, 'shipping');
      await typeInto(composer, 'Is this available in April?');
      // Created, but the buyer sees a failure and, thinking again, picks another topic.
      backend.failNext({ status: 503, match: 'POST /questions', afterHandler: true });
      buttonWithText(composer, 'Send question').click();
      await waitFor(() => el.shadowRoot!.querySelector('[part=error]'));
      await pickSubject(el, 'stock');
      const created = nextEvent(el, 'sq-question-created');
      buttonWithText(el, 'Try again').click();
      const { detail } = await created;
      expect(detail.question.details?.subject).to.equal('stock');
      expect(keys).to.have.length(2);
      expect(keys[1]).not.to.equal(keys[0]);
      expect(aboutP05().map((question) => question.details?.subject)).to.have.members([
        'shipping',
        'stock',
      ]);
    });

    it('creates one question on a double click, accessible when filled and while sending', async () => {
      backend.settings.latencyMs = 1500;
      const el = await mount(buyerClient('b-anna'));
      const composer = await composerOf(el);
      await pickSubject(el, 'colour');
      await typeInto(composer, 'Is the blue more navy or royal?');
      await expect(el).to.be.accessible();
      const button = buttonWithText(composer, 'Send question');
      const created = nextEvent(el, 'sq-question-created');
      button.click();
      button.click();
      // Sending: the button says so, is busy and disabled (keeping the focus); the text stays.
      const busySelector = '[part=submit][aria-busy=true]';
      await waitFor(() => composer.shadowRoot!.querySelector(busySelector), 'the sending state');
      const busy = composer.shadowRoot!.querySelector<HTMLButtonElement>(busySelector)!;
      expect(busy.getAttribute('aria-disabled')).to.equal('true');
      expect(busy.textContent).to.include('Sending…');
      await expect(el).to.be.accessible();
      await created;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(
        questionsOf(backend, 'b-anna').filter((question) => question.productId === 'p-05'),
      ).to.have.length(1);
    });

    it('explains a server error and succeeds on retry', async () => {
      const el = await mount(buyerClient('b-anna', { retries: 0 }));
      const composer = await composerOf(el);
      await pickSubject(el, 'other');
      await typeInto(composer, 'Gift wrapping possible?');
      backend.failNext({ status: 503, match: 'POST /questions' });
      buttonWithText(composer, 'Send question').click();
      await waitFor(() => el.shadowRoot!.querySelector('[part=error]'));
      expect(shadowText(el)).to.include('Something went wrong on our side. Try again in a moment.');
      const created = nextEvent(el, 'sq-question-created');
      buttonWithText(el, 'Try again').click();
      await created;
    });

    it('says when to try again after a 429 and holds the retry until then', async () => {
      const el = await mount(buyerClient('b-anna', { retries: 0 }));
      const composer = await composerOf(el);
      await pickSubject(el, 'other');
      await typeInto(composer, 'Hello?');
      backend.failNext({ status: 429, retryAfter: 30, match: 'POST /questions' });
      buttonWithText(composer, 'Send question').click();
      await waitFor(() => el.shadowRoot!.querySelector('[part=error]'));
      expect(shadowText(el)).to.include('Too many requests. Try again in 30 s.');
      expect(buttonWithText(el, 'Try again').disabled).to.be.true;
    });

    it("shows the backend's field errors at the field", async () => {
      const el = await mount(buyerClient('b-anna', { retries: 0 }));
      const composer = await composerOf(el);
      await pickSubject(el, 'other');
      await typeInto(composer, 'Fine by me');
      backend.failNext({
        status: 422,
        match: 'POST /questions',
        errors: [
          {
            pointer: '/text',
            code: 'not_allowed',
            detail: 'Links to other shops are not allowed.',
          },
        ],
      });
      buttonWithText(composer, 'Send question').click();
      await waitFor(() =>
        composer.shadowRoot!.textContent.includes('Links to other shops are not allowed.'),
      );
      expect(inShadow(composer, 'textarea').getAttribute('aria-invalid')).to.equal('true');
    });

    it('restores the unsent draft after a reload', async () => {
      const first = await mount(buyerClient('b-anna'));
      const composer = await composerOf(first);
      await pickSubject(first, 'material');
      await typeInto(composer, 'Is it 100 % wool?');
      first.remove(); // leaving the page flushes the draft
      const again = await mount(buyerClient('b-anna'));
      const restored = await composerOf(again);
      await restored.updateComplete;
      expect(inShadow<HTMLTextAreaElement>(restored, 'textarea').value).to.equal(
        'Is it 100 % wool?',
      );
      expect(inShadow<HTMLInputElement>(again, 'input[value=material]').checked).to.be.true;
    });
  });

  describe('states', () => {
    it('asks to sign in on 401 and tells the host', async () => {
      const client = createClient({ baseUrl: API_BASE, getToken: () => null });
      const el = document.createElement('ask-seller');
      el.productId = 'p-05';
      el.client = client;
      const event = nextEvent(el, 'sq-auth-required');
      document.body.append(el);
      expect((await event).detail.status).to.equal(401);
      await shadowReady(el, '[part=error]');
      expect(shadowText(el)).to.include('Sign in to ask the seller a question.');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says when the product does not exist', async () => {
      const el = await mount(buyerClient('b-anna'), { product: 'p-999' });
      await shadowReady(el, '[part=error]');
      expect(shadowText(el)).to.include('This product is no longer available');
      expect(el.shadowRoot!.querySelector('sq-composer')).to.equal(null);
    });

    it('tells the page when what the form needs cannot be loaded (sq-error)', async () => {
      const el = document.createElement('ask-seller');
      el.productId = 'p-999';
      el.client = buyerClient('b-anna');
      const event = nextEvent(el, 'sq-error');
      document.body.append(el);
      try {
        const { detail } = await event;
        expect(detail.action).to.equal('load');
        expect(detail.error).to.be.instanceOf(NotFoundError);
      } finally {
        el.remove();
      }
    });

    it('says it is not set up without a product or a shop, tells the page and logs it once', async () => {
      await expectNotSetUp('ask-seller', {
        shown: 'This widget is not set up for a product or shop.',
        logged: 'needs a product-id',
      });
    });

    it('logs a missing product-id once, also when the page then gives it another backend', async () => {
      const logged = await consoleDuring('error', async () => {
        const el = await fixture<AskSeller>(html`<ask-seller api-base=${API_BASE}></ask-seller>`);
        await shadowReady(el, '[part=error]');
        expect(shadowText(el)).to.include('This widget is not set up for a product or shop.');
        // The page's script sets the client afterwards: loaded again, the same mistake.
        const failed = nextEvent(el, 'sq-error');
        el.client = buyerClient('b-anna');
        await failed;
      });
      expect(callsSaying(logged, 'needs a product-id')).to.have.length(1);
    });

    it('says when no backend is configured, after giving the page a moment, and logs it once', async () => {
      const logged = await consoleDuring('error', async () => {
        const el = await fixture<AskSeller>(html`<ask-seller product-id="p-05"></ask-seller>`);
        // The page's own script may still be about to call configure(): loading, not an error.
        expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
        expect(shadowText(el)).to.include('Loading…');
        await shadowReady(el, '[part=error]');
        expect(shadowText(el)).to.include('This widget is not connected to a backend yet.');
      });
      const ours = callsSaying(logged, '<ask-seller> has no backend');
      expect(ours).to.have.length(1);
      expect(String(ours[0]![0])).to.include('configure({ apiBase })');
    });

    it('says it is not connected when its apiBase holds no API (404 for /config), and logs why once', async () => {
      // A proxy rule missing on the shop's origin: its own 404 page for everything under it.
      worker.use(
        http.get('/shop-api/*', () => new Response('<h1>Not Found</h1>', { status: 404 })),
      );
      const client = createClient({
        baseUrl: '/shop-api/v1',
        getToken: () => MOCK_TOKENS.buyer('b-anna'),
        retries: 0,
      });
      const logged = await consoleDuring('error', async () => {
        const el = await fixture<AskSeller>(
          html`<ask-seller product-id="p-05" .client=${client}></ask-seller>`,
        );
        await shadowReady(el, '[part=error]');
        // Not "This product is no longer available": nothing says the product is gone.
        expect(shadowText(el)).to.include('This widget is not connected to a backend yet.');
        expect(shadowText(el)).not.to.include('no longer available');
      });
      const ours = callsSaying(logged, '/shop-api/v1/config is 404');
      expect(ours).to.have.length(1);
      expect(String(ours[0]![0])).to.include('Check apiBase');
    });

    it('picks up configure() called after the element rendered, without showing an error', async () => {
      const el = await fixture<AskSeller>(html`<ask-seller product-id="p-05"></ask-seller>`);
      let sawError = false;
      const watch = new MutationObserver(() => {
        sawError ||= !!el.shadowRoot!.querySelector('[part=error]');
      });
      watch.observe(el.shadowRoot!, { subtree: true, childList: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
      configure({ apiBase: API_BASE, getToken: () => MOCK_TOKENS.buyer('b-anna') });
      try {
        await composerOf(el);
        expect(sawError).to.equal(false);
        expect(shadowText(el)).to.include('Ask the seller');
      } finally {
        watch.disconnect();
        configure({ apiBase: undefined, getToken: undefined });
      }
    });

    it('shows the new product when product-id changes while the configuration still loads', async () => {
      // The configuration is held back until the product has changed.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let configRequests = 0;
      worker.use(
        http.get(`${API_BASE}/config`, async () => {
          configRequests++;
          await held;
          return undefined; // on to the mock backend
        }),
      );
      const el = await mount(buyerClient('b-anna'));
      await waitFor(() => configRequests > 0, 'the configuration requested');
      el.productId = 'p-06';
      await el.updateComplete;
      release();
      await shadowReady(el, 'sq-composer, [part=error]', 'the product or an error');
      const error = el.shadowRoot!.querySelector('[part=error]');
      expect(error?.textContent.trim() ?? 'no error').to.equal('no error');
      expect(shadowText(el)).to.include('Suede Chelsea Boots');
      // Both loads shared one request for the configuration.
      expect(configRequests).to.equal(1);
    });

    it('offers a retry when loading fails', async () => {
      backend.settings.offline = true;
      const el = await mount(buyerClient('b-anna', { retries: 0 }));
      await shadowReady(el, '[part=error]');
      expect(shadowText(el)).to.include('Could not reach the server.');
      backend.settings.offline = false;
      buttonWithText(el, 'Retry').click();
      await composerOf(el);
    });
  });
});
