// "View in {language}" in the browser first: the built-in Translator API (stubbed here, as the
// test browser's own has no model on the device) translates when the pair is ready, offers the
// download when it is not, and the backend translates meanwhile, when the device fails, and
// wherever the API is missing. The LanguageDetector API corrects a message's declared language.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { buyerClient, sellerClient, useMockBackend, worker } from '../../support/backend.js';
import { historyOf, openFirst } from '../../support/ask-seller.js';
import { clearDrafts, inShadow, waitFor } from '../../support/elements.js';
import { productQuestion } from '../../support/questions.js';

type Api = 'Translator' | 'LanguageDetector';

/** Replaces (or, with undefined, removes) one of the browser's APIs until `restore()`. */
function replaceApi(name: Api, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(globalThis, name);
  if (value === undefined) Reflect.deleteProperty(globalThis, name);
  else Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(globalThis, name, own);
    else Reflect.deleteProperty(globalThis, name);
  };
}

interface Pair {
  sourceLanguage: string;
  targetLanguage: string;
}

/**
 * A Translator API whose pairs are all in one availability. A download (create() while the pair
 * is not available) needs the user's click, as in Chrome, and lasts until `finishDownload()`.
 */
function fakeTranslator(options: {
  availability: 'available' | 'downloadable' | 'unavailable';
  translate?: (text: string, pair: Pair) => Promise<string>;
  failDownload?: boolean;
}) {
  let availability: string = options.availability;
  const created: (Pair & { activated: boolean })[] = [];
  const translated: string[] = [];
  let monitor: EventTarget | undefined;
  let finish: (() => void) | undefined;
  let fail: ((error: Error) => void) | undefined;
  const translate =
    options.translate ??
    ((text: string, pair: Pair) => Promise.resolve(`(${pair.targetLanguage}) ${text}`));
  const factory = {
    availability: () => Promise.resolve(availability),
    async create(settings: Pair & { monitor?: (monitor: EventTarget) => void }) {
      const pair = {
        sourceLanguage: settings.sourceLanguage,
        targetLanguage: settings.targetLanguage,
      };
      created.push({ ...pair, activated: navigator.userActivation.isActive });
      if (availability === 'unavailable')
        throw new DOMException('Unsupported pair', 'NotSupportedError');
      if (availability !== 'available') {
        if (!navigator.userActivation.isActive) {
          throw new DOMException('Requires a user gesture', 'NotAllowedError');
        }
        monitor = new EventTarget();
        settings.monitor?.(monitor);
        await new Promise<void>((resolve, reject) => {
          finish = resolve;
          fail = reject;
        });
        availability = 'available';
      }
      return {
        translate: (text: string) => {
          translated.push(text);
          return translate(text, pair);
        },
      };
    },
  };
  return {
    factory,
    created,
    translated,
    progress(loaded: number) {
      if (!monitor) throw new Error('No download under way.');
      monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
    },
    finishDownload() {
      if (options.failDownload) fail?.(new DOMException('Network error', 'NetworkError'));
      else finish?.();
    },
  };
}

/** The requests to the backend's translation endpoint while the test runs. */
function translationRequests() {
  const bodies: Promise<unknown>[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.endsWith('/translations'))
      bodies.push(request.clone().json());
  };
  worker.events.on('request:start', onRequest);
  after(() => {
    worker.events.removeListener('request:start', onRequest);
  });
  return bodies;
}

/** Anna's linen shirt question: the seller answered in German; Anna reads English. */
async function annasAnswer(options: { retries?: number } = {}) {
  const el = await fixture<AskSeller>(
    html`<ask-seller product-id="p-02" .client=${buyerClient('b-anna', options)}></ask-seller>`,
  );
  return openAnswer(el);
}

async function openAnswer(el: AskSeller) {
  const thread = await openFirst(await historyOf(el));
  await thread.updateComplete;
  const seller = inShadow(thread, '[part~=message-seller]');
  return { el, thread, seller };
}

/** A real click (the browser counts it as the user's activation). */
async function click(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
  });
}

const withText = (root: Element, selector: string, text: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((element) =>
    element.textContent.includes(text),
  );

describe('"View in {language}" with the browser\'s own translator', () => {
  let backend: MockBackend;
  const restores: (() => void)[] = [];
  beforeEach(async () => {
    clearDrafts('ask-seller:');
    backend = await useMockBackend();
    // Each test says which APIs the browser has; none by default.
    restores.push(replaceApi('Translator', undefined), replaceApi('LanguageDetector', undefined));
  });
  afterEach(async () => {
    while (restores.length) restores.pop()!();
    await resetMouse();
  });

  it('translates on the device when the pair is ready, says so, and asks the backend nothing', async () => {
    const device = fakeTranslator({ availability: 'available' });
    restores.push(replaceApi('Translator', device.factory));
    const requests = translationRequests();
    const { el, seller } = await annasAnswer();
    const original = seller.querySelector('[part=text]')!.textContent;
    seller.querySelector<HTMLButtonElement>('[part=translate]')!.click();
    await waitFor(() => seller.querySelector('[part=translation]'), 'the translation shown');
    const translation = seller.querySelector('[part=translation]')!;
    expect(translation.getAttribute('lang')).to.equal('en');
    expect(translation.textContent).to.include(`(en) ${original}`);
    expect(translation.textContent).to.include('Translated from German');
    expect(translation.textContent).to.include('Translated on this device');
    expect(
      device.created.map(({ sourceLanguage, targetLanguage }) => [sourceLanguage, targetLanguage]),
    ).to.deep.equal([['de', 'en']]);
    expect(requests).to.have.length(0);
    expect(withText(seller, 'button', 'Download')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('offers the download, shows its progress, then translates on the device', async () => {
    const device = fakeTranslator({ availability: 'downloadable' });
    restores.push(replaceApi('Translator', device.factory));
    const requests = translationRequests();
    const { el, thread, seller } = await annasAnswer();
    seller.querySelector<HTMLButtonElement>('[part=translate]')!.click();
    // Meanwhile the backend translates.
    await waitFor(() => seller.querySelector('[part=translation]'), 'the translation shown');
    expect(seller.querySelector('[part=translation]')!.textContent).to.include(
      'the shirt has a relaxed cut',
    );
    expect(seller.textContent).not.to.include('Translated on this device');
    expect(requests).to.have.length(1);
    expect(device.created, 'nothing downloaded before the click').to.have.length(0);
    const offer = withText(seller, 'button', 'Download the German translation to this device');
    expect(offer, 'the download offered').not.to.equal(undefined);
    await expect(el).to.be.accessible();

    await click(offer!);
    await waitFor(() => seller.querySelector('progress'), 'a progress bar');
    await waitFor(
      () => thread.shadowRoot!.activeElement === seller.querySelector('progress'),
      'the focus on the progress bar that replaced the button',
    );
    expect(device.created).to.deep.equal([
      { sourceLanguage: 'de', targetLanguage: 'en', activated: true },
    ]);
    const progress = seller.querySelector('progress')!;
    expect(progress.closest('label')?.textContent).to.include(
      'Downloading the German translation to this device…',
    );
    expect(progress.hasAttribute('value'), 'indeterminate until the browser reports').to.be.false;
    device.progress(0.25);
    await waitFor(() => seller.querySelector('progress')?.value === 0.25, 'a quarter downloaded');
    expect(seller.querySelector('progress')!.max).to.equal(1);
    await expect(el).to.be.accessible();
    device.progress(1);
    await waitFor(() => seller.querySelector('progress')?.value === 1, 'all downloaded');
    device.finishDownload();

    await waitFor(
      () =>
        seller
          .querySelector('[part=translation]')
          ?.textContent.includes('Translated on this device'),
      'the on-device translation shown',
    );
    expect(seller.querySelector('progress')).to.equal(null);
    await waitFor(
      () => thread.shadowRoot!.activeElement?.textContent.includes('Hide translation'),
      'the focus on the translation',
    );
    expect(withText(seller, 'button', 'Download')).to.equal(undefined);
    expect(seller.querySelector('[part=translation]')!.textContent).to.include(
      '(en) Hallo Anna, das Hemd ist locker geschnitten',
    );
    expect(requests, 'no second backend request').to.have.length(1);
  });

  it('falls back to the backend without a word when the device cannot translate', async () => {
    const device = fakeTranslator({
      availability: 'available',
      translate: () => Promise.reject(new DOMException('Model crashed', 'OperationError')),
    });
    restores.push(replaceApi('Translator', device.factory));
    const requests = translationRequests();
    const { seller } = await annasAnswer();
    seller.querySelector<HTMLButtonElement>('[part=translate]')!.click();
    await waitFor(() => seller.querySelector('[part=translation]'), 'the translation shown');
    expect(device.translated, 'the device was tried').to.have.length(1);
    const translation = seller.querySelector('[part=translation]')!;
    expect(translation.textContent).to.include('the shirt has a relaxed cut');
    expect(translation.textContent).not.to.include('on this device');
    expect(seller.querySelector('[role=alert]')).to.equal(null);
    expect(await Promise.all(requests)).to.deep.equal([
      { text: device.translated[0], from: 'de', to: 'en' },
    ]);
  });

  it('falls back to the backend when the device takes too long', async function () {
    this.timeout(15_000);
    const device = fakeTranslator({
      availability: 'available',
      translate: () => new Promise<string>(() => undefined),
    });
    restores.push(replaceApi('Translator', device.factory));
    const { seller } = await annasAnswer();
    seller.querySelector<HTMLButtonElement>('[part=translate]')!.click();
    await waitFor(() => seller.querySelector('[part=translation]'), 'the translation shown', 8000);
    expect(device.translated).to.have.length(1);
    expect(seller.querySelector('[part=translation]')!.textContent).to.include(
      'the shirt has a relaxed cut',
    );
    expect(seller.querySelector('[role=alert]')).to.equal(null);
  });

  it('keeps the backend translation and drops the offer when the download fails', async () => {
    const device = fakeTranslator({ availability: 'downloadable', failDownload: true });
    restores.push(replaceApi('Translator', device.factory));
    const { seller } = await annasAnswer();
    seller.querySelector<HTMLButtonElement>('[part=translate]')!.click();
    await waitFor(() => withText(seller, 'button', 'Download the German'), 'the offer');
    await click(withText(seller, 'button', 'Download the German')!);
    await waitFor(() => seller.querySelector('progress'), 'a progress bar');
    device.finishDownload();
    await waitFor(() => !seller.querySelector('progress'), 'the progress bar gone');
    expect(withText(seller, 'button', 'Download')).to.equal(undefined);
    expect(seller.querySelector('[role=alert]')).to.equal(null);
    expect(seller.querySelector('[part=translation]')!.textContent).to.include(
      'the shirt has a relaxed cut',
    );
  });

  it('translates on the device after a download when the backend has no translation', async () => {
    backend.settings.translationUnavailable = true;
    const device = fakeTranslator({ availability: 'downloadable' });
    restores.push(replaceApi('Translator', device.factory));
    const { seller } = await annasAnswer({ retries: 0 });
    seller.querySelector<HTMLButtonElement>('[part=translate]')!.click();
    await waitFor(() => seller.querySelector('[role=alert]'), 'the failure shown');
    const offer = withText(seller, 'button', 'Download the German translation to this device');
    expect(offer, 'the download offered beside the failure').not.to.equal(undefined);
    await click(offer!);
    await waitFor(() => seller.querySelector('progress'), 'a progress bar');
    device.finishDownload();
    await waitFor(() => seller.querySelector('[part=translation]'), 'the translation shown');
    expect(seller.querySelector('[part=translation]')!.textContent).to.include(
      'Translated on this device',
    );
    expect(seller.querySelector('[role=alert]')).to.equal(null);
  });

  it('uses the backend, as before, where the browser has no Translator API', async () => {
    expect('Translator' in globalThis).to.be.false;
    const requests = translationRequests();
    const { seller } = await annasAnswer();
    seller.querySelector<HTMLButtonElement>('[part=translate]')!.click();
    await waitFor(() => seller.querySelector('[part=translation]'), 'the translation shown');
    const translation = seller.querySelector('[part=translation]')!;
    expect(translation.textContent).to.include('Translated from German');
    expect(translation.textContent).to.include('the shirt has a relaxed cut');
    expect(translation.textContent).not.to.include('on this device');
    expect(withText(seller, 'button', 'Download')).to.equal(undefined);
    expect(requests).to.have.length(1);
  });

  describe('with the LanguageDetector API', () => {
    /**
     * A seller's answer written in German though declared English, too short for the backend's
     * detector to be sure of (it keeps the declared language; see src/backend/language.ts).
     */
    async function mislabelledAnswer() {
      const buyer = buyerClient('b-anna');
      const asked = await buyer.createQuestion(
        productQuestion('p-11', 'size', { text: 'Does it run small?', language: 'en' }),
      );
      await sellerClient().sendMessage(asked.id, {
        text: 'Eher klein.',
        language: 'en',
      });
      const el = await fixture<AskSeller>(
        html`<ask-seller product-id="p-11" .client=${buyer}></ask-seller>`,
      );
      return openAnswer(el);
    }

    function fakeDetector(result: { detectedLanguage: string; confidence: number }[]) {
      const detected: string[] = [];
      return {
        detected,
        factory: {
          availability: () => Promise.resolve('available'),
          create: () =>
            Promise.resolve({
              detect: (text: string) => {
                detected.push(text);
                return Promise.resolve(result);
              },
            }),
        },
      };
    }

    it('offers "View in" for a message whose text is in another language than declared', async () => {
      const detector = fakeDetector([
        { detectedLanguage: 'de', confidence: 0.96 },
        { detectedLanguage: 'nl', confidence: 0.02 },
      ]);
      restores.push(replaceApi('LanguageDetector', detector.factory));
      const requests = translationRequests();
      const { thread, seller } = await mislabelledAnswer();
      await waitFor(() => seller.querySelector('[part=translate]'), '"View in" offered');
      expect(seller.querySelector('[part=text]')!.getAttribute('lang')).to.equal('de');
      expect(detector.detected, 'only the seller message is checked').to.deep.equal([
        'Eher klein.',
      ]);
      inShadow(thread, '[part=translate]').click();
      await waitFor(() => seller.querySelector('[part=translation]'), 'the translation shown');
      expect(seller.querySelector('[part=translation]')!.textContent).to.include(
        'Translated from German',
      );
      expect((await Promise.all(requests))[0]).to.deep.include({ from: 'de', to: 'en' });
    });

    it('keeps the declared language when the detector is not sure', async () => {
      const detector = fakeDetector([{ detectedLanguage: 'de', confidence: 0.4 }]);
      restores.push(replaceApi('LanguageDetector', detector.factory));
      const { thread, seller } = await mislabelledAnswer();
      await waitFor(() => detector.detected.length === 1, 'the text checked');
      await thread.updateComplete;
      expect(seller.querySelector('[part=translate]')).to.equal(null);
      expect(seller.querySelector('[part=text]')!.getAttribute('lang')).to.equal('en');
    });

    it('keeps the declared language where the browser has no LanguageDetector API', async () => {
      const { thread, seller } = await mislabelledAnswer();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await thread.updateComplete;
      expect(seller.querySelector('[part=translate]')).to.equal(null);
    });
  });
});
