// "Write in your language, send in theirs": the seller (UI in English) answers Anna, who reads
// German, by writing English, translating it (the mock's demo phrasebook, or the browser's own
// translator when it has the pair), reviewing and editing the German, and sending it with the
// English original. Anna receives German and can view the English original; the seller sees
// what they wrote, too. When translation is not available, the seller is told so and keeps
// their text, and writes the German themselves.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import type { SqThread } from '../../../src/components/shared/thread.js';
import type { SqInboxReply } from '../../../src/components/seller-question-inbox/reply.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import type { SellerQuestionInbox } from '../../../src/seller-question-inbox.js';
import { historyOf, openFirst } from '../../support/ask-seller.js';
import { API_BASE, buyerClient, useMockBackend, worker } from '../../support/backend.js';
import { clearDrafts, inShadow, shadowReady, typeInto, waitFor } from '../../support/elements.js';
import {
  clearInboxDrafts,
  composerOf,
  conversationOf,
  deepText,
  mountInbox,
  mountReplyingTo,
  openQuestion,
  replyOf,
} from '../../support/inbox.js';

const ENGLISH = 'Thank you for your question.\nYes, this item is in stock.';
const GERMAN = 'Vielen Dank für Ihre Frage.\nJa, dieser Artikel ist auf Lager.';

/** Replaces (or, with undefined, removes) the browser's Translator API until `restore()`. */
function replaceTranslator(value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'Translator');
  if (value === undefined) Reflect.deleteProperty(globalThis, 'Translator');
  else
    Object.defineProperty(globalThis, 'Translator', { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(globalThis, 'Translator', own);
    else Reflect.deleteProperty(globalThis, 'Translator');
  };
}

/** The requests to the backend's translation endpoint while the test runs. */
function translationRequests() {
  const paths: string[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.endsWith('/translations')) paths.push(request.url);
  };
  worker.events.on('request:start', onRequest);
  after(() => {
    worker.events.removeListener('request:start', onRequest);
  });
  return paths;
}

const toggleOf = (reply: SqInboxReply) =>
  reply.shadowRoot!.querySelector<HTMLInputElement>('[part=write-own-language]');
const originalOf = (reply: SqInboxReply) =>
  inShadow<HTMLTextAreaElement>(reply, 'textarea[part=original-text]');
const statusOf = (reply: SqInboxReply) => inShadow(reply, '[part=translation-status]').textContent;

async function typeOriginal(reply: SqInboxReply, text: string) {
  const textarea = originalOf(reply);
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await reply.updateComplete;
}

/** Opens Anna's lamp question (awaiting the seller; Anna reads German) and turns the option on. */
async function writeInEnglish(el: SellerQuestionInbox) {
  await openQuestion(el, 'q-005');
  const reply = await replyOf(el);
  await waitFor(() => toggleOf(reply), 'the option to write in English');
  expect(deepText(reply)).to.include('Write in English, translate to German before sending');
  toggleOf(reply)!.click();
  await reply.updateComplete;
  return reply;
}

async function translate(reply: SqInboxReply) {
  const before = statusOf(reply);
  const button = inShadow<HTMLButtonElement>(reply, '[part=translate-reply]');
  button.click();
  await waitFor(
    () => statusOf(reply) !== before && !button.textContent.includes('Translating'),
    'the translation',
  );
  await reply.updateComplete;
}

async function sendReply(el: SellerQuestionInbox) {
  const composer = await composerOf(el);
  const button = [
    ...composer.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=submit]'),
  ].find((candidate) => candidate.textContent.trim() === 'Send')!;
  button.click();
}

/**
 * Waits until the reply to q-005 is stored and the inbox has its answer (the composer emptied):
 * an answer arriving after the test would empty the next test's draft of the same question.
 */
async function replyStored(el: SellerQuestionInbox, backend: MockBackend) {
  await waitFor(() => lastSellerMessage(backend, 'q-005'), 'the reply stored');
  const composer = await composerOf(el);
  await waitFor(() => composer.value === '', 'the composer emptied');
}

const lastSellerMessage = (backend: MockBackend, id: string) =>
  backend.state.questions
    .find((question) => question.id === id)!
    .messages.filter((message) => message.author === 'seller')
    .at(-1);

describe('<seller-question-inbox>: write in your language, send in theirs', () => {
  let backend: MockBackend;
  const restores: (() => void)[] = [];
  beforeEach(async () => {
    clearInboxDrafts();
    clearDrafts('ask-seller:');
    backend = await useMockBackend();
    restores.push(replaceTranslator(undefined));
  });
  afterEach(() => {
    while (restores.length) restores.pop()!();
  });

  it('translates the English for review, sends the edited German with the original, and Anna can view it', async () => {
    const el = await mountInbox();
    const reply = await writeInEnglish(el);
    const composer = await composerOf(el);
    expect(composer.label).to.equal('Your reply in German, as the buyer receives it');
    await typeOriginal(reply, ENGLISH);
    await translate(reply);
    expect(composer.value).to.equal(GERMAN);
    // Said to be demo data, not passed off as a translation.
    expect(statusOf(reply)).to.include('check it, and edit it if needed');
    expect(statusOf(reply)).to.include('Demo translation');
    await expect(el).to.be.accessible();

    // The seller reviews and edits the German, then sends it.
    const edited = `${GERMAN} Er geht morgen raus.`;
    await typeInto(composer, edited);
    await sendReply(el);
    await replyStored(el, backend);
    const sent = lastSellerMessage(backend, 'q-005')!;
    expect(sent.text).to.equal(edited);
    expect(sent.language).to.equal('de');
    expect(sent.original).to.deep.equal({ text: ENGLISH, language: 'en', engine: 'demo' });
    // The original goes with the reply; the option stays for the next one.
    await waitFor(() => composer.value === '', 'the composer emptied');
    expect(originalOf(reply).value).to.equal('');
    expect(toggleOf(reply)!.checked).to.equal(true);

    // The seller's own thread: what was sent, and their original on request.
    const conversation = await conversationOf(el);
    const sellerThread = await shadowReady<SqThread>(conversation, 'sq-thread');
    await waitFor(
      () => sellerThread.shadowRoot!.querySelector('[part~=original-note]'),
      'the note on the sent reply',
    );
    const mine = [...sellerThread.shadowRoot!.querySelectorAll('[part~=message-seller]')].at(-1)!;
    expect(mine.textContent).to.include('You wrote this in English');
    mine.querySelector<HTMLButtonElement>('[part=view-original]')!.click();
    await sellerThread.updateComplete;
    expect(mine.querySelector('[part=original]')!.textContent).to.include(
      'Yes, this item is in stock.',
    );

    // Anna, reading in English here, receives German, "Written in English", and the original.
    const ask = await fixture<AskSeller>(
      html`<ask-seller product-id="p-13" .client=${buyerClient('b-anna')}></ask-seller>`,
    );
    const thread = await openFirst(await historyOf(ask));
    await waitFor(() => thread.shadowRoot!.querySelector('[part~=message-seller]'), 'the answer');
    const answer = inShadow(thread, '[part~=message-seller]');
    const text = answer.querySelector('[part=text]')!;
    expect(text.textContent).to.equal(edited);
    expect(text.getAttribute('lang')).to.equal('de');
    expect(answer.querySelector('[part=original-note]')!.textContent).to.include(
      'Written in English',
    );
    // Its original is in the reader's language: no machine translation offered beside it.
    expect(answer.querySelector('[part=translate]')).to.equal(null);
    const view = answer.querySelector<HTMLButtonElement>('[part=view-original]')!;
    expect(view.textContent.trim()).to.equal('View original');
    expect(view.getAttribute('aria-expanded')).to.equal('false');
    view.click();
    await thread.updateComplete;
    const original = answer.querySelector('[part=original]')!;
    expect(original.getAttribute('lang')).to.equal('en');
    expect(original.textContent).to.include('Thank you for your question.');
    expect(original.textContent).to.include('Original in English');
    expect(view.getAttribute('aria-expanded')).to.equal('true');
    await expect(ask).to.be.accessible();
  });

  it('asks to translate again when the English changed after its translation', async () => {
    const el = await mountInbox();
    const reply = await writeInEnglish(el);
    await typeOriginal(reply, ENGLISH);
    await translate(reply);
    await typeOriginal(reply, `${ENGLISH}\nWe will send you a replacement.`);
    await sendReply(el);
    await waitFor(() => statusOf(reply).includes('changed after it was translated'), 'the reason');
    expect(inShadow(reply, '[part=translation-status]').getAttribute('role')).to.equal('alert');
    await waitFor(() => reply.shadowRoot!.activeElement === originalOf(reply), 'focus on it');
    expect(lastSellerMessage(backend, 'q-005')).to.equal(undefined);

    await translate(reply);
    expect((await composerOf(el)).value).to.equal(`${GERMAN}\nWir schicken Ihnen einen Ersatz.`);
    await sendReply(el);
    await replyStored(el, backend);
    expect(lastSellerMessage(backend, 'q-005')!.original!.text).to.include('replacement');
  });

  it('says when translation is not available, keeps the English, and sends the German written by hand', async () => {
    worker.use(
      http.post(`${API_BASE}/translations`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Translation unavailable',
            status: 503,
            code: 'translation_unavailable',
            detail: 'No translation service is configured.',
          },
          { status: 503, headers: { 'Retry-After': '60' } },
        ),
      ),
    );
    const el = await mountInbox();
    const reply = await writeInEnglish(el);
    await typeOriginal(reply, ENGLISH);
    await translate(reply);
    await waitFor(() => statusOf(reply).includes('not available'), 'the notice');
    expect(statusOf(reply)).to.include(
      'Translation is not available. Write your reply in German below; your English text is kept.',
    );
    expect(inShadow(reply, '[part=translation-status]').getAttribute('role')).to.equal('alert');
    expect(originalOf(reply).value).to.equal(ENGLISH);
    const composer = await composerOf(el);
    expect(composer.value).to.equal('');
    await expect(el).to.be.accessible();

    // The English is kept in the draft across a reload, too.
    el.remove();
    const { el: again, reply: reopened } = await mountReplyingTo('q-005');
    await waitFor(() => reopened.shadowRoot!.querySelector('textarea[part=original-text]'), 'it');
    expect(originalOf(reopened).value).to.equal(ENGLISH);

    // Written in German by hand: sent as it is, without an original.
    await typeInto(await composerOf(again), 'Ja, die Leuchte hat eine E27-Fassung.');
    await sendReply(again);
    await replyStored(again, backend);
    expect(lastSellerMessage(backend, 'q-005')!.original).to.equal(undefined);
  });

  it('translates on the device when the browser has the pair, and says so', async () => {
    const created: string[] = [];
    restores.push(
      replaceTranslator({
        availability: () => Promise.resolve('available'),
        create: (pair: { sourceLanguage: string; targetLanguage: string }) => {
          created.push(`${pair.sourceLanguage}>${pair.targetLanguage}`);
          return Promise.resolve({
            translate: (text: string) => Promise.resolve(`Auf dem Gerät: ${text}`),
          });
        },
      }),
    );
    const requests = translationRequests();
    const el = await mountInbox();
    const reply = await writeInEnglish(el);
    await typeOriginal(reply, 'Does the lamp come with a bulb? Yes, an E27 bulb is included.');
    await translate(reply);
    const composer = await composerOf(el);
    expect(composer.value).to.equal(
      'Auf dem Gerät: Does the lamp come with a bulb? Yes, an E27 bulb is included.',
    );
    expect(statusOf(reply)).to.include('Translated on this device');
    expect(created).to.deep.equal(['en>de']);
    expect(requests).to.have.length(0);
    await sendReply(el);
    await replyStored(el, backend);
    expect(lastSellerMessage(backend, 'q-005')!.original!.engine).to.equal('device');
  });

  it('offers nothing when the reply goes out in the seller’s own language', async () => {
    const { el, reply } = await mountReplyingTo('q-053');
    await reply.updateComplete;
    expect(toggleOf(reply)).to.equal(null);
    expect((await composerOf(el)).label).to.equal('Your reply');
  });
});
