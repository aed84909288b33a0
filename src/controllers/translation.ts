// "View in {language}": translates a message for the reader in the browser first, with its
// built-in Translator API (Chrome 138+) when the pair of languages is ready on the device, else
// with the backend's translation endpoint. When the pair can be downloaded, the reader may
// download it (on their click: the browser asks for a user gesture, and it can take a while),
// and meanwhile reads the backend's translation. Where the browser has the LanguageDetector API,
// a message's language is checked against its text first (a buyer whose account says English
// may write in German). Everything is feature-detected; whatever fails on the device falls back
// to the backend without a word. The original text is never touched.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SellerQuestionsClient } from '../api/client.js';
import type { TranslationEngine as BackendEngine } from '../api/types.js';
import { sameLanguage } from '../i18n/format.js';

/**
 * Who translated: `'device'` for the browser's on-device translator, else the backend's
 * translation service as its response names it (`Translation.engine`: `demo`, `deepl`...).
 */
export type TranslationEngine = 'device' | BackendEngine;

export type TranslationState =
  | { status: 'loading' }
  | { status: 'shown'; text: string; from: string; engine: TranslationEngine }
  | { status: 'hidden'; text: string; from: string; engine: TranslationEngine }
  | { status: 'failed'; error: unknown };

/**
 * The on-device model of a pair of languages: offered for download, or downloading (`loaded`
 * from 0 to 1; null until the browser reports progress).
 */
export type DeviceModelState =
  { status: 'downloadable' } | { status: 'downloading'; loaded: number | null };

/** The part of the Translator API this uses. */
interface OnDeviceTranslator {
  translate(text: string): Promise<string>;
}
interface TranslatorFactory {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<string>;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
    monitor?: (monitor: EventTarget) => void;
  }): Promise<OnDeviceTranslator>;
}
/** The part of the LanguageDetector API this uses. */
interface LanguageDetector {
  detect(text: string): Promise<{ detectedLanguage: string; confidence: number }[]>;
}
interface LanguageDetectorFactory {
  availability(): Promise<string>;
  create(): Promise<LanguageDetector>;
}

const api = globalThis as {
  Translator?: TranslatorFactory;
  LanguageDetector?: LanguageDetectorFactory;
};

/** Translators made on this page, by factory (the browser's, or a test's) and pair. */
const translators = new WeakMap<object, Map<string, Promise<OnDeviceTranslator>>>();

async function availability(from: string, to: string): Promise<string> {
  try {
    return (await api.Translator?.availability({ sourceLanguage: from, targetLanguage: to })) ?? '';
  } catch {
    return '';
  }
}

/**
 * The pair's translator, made once per page. Calls `create()` before any `await`: when the
 * model must be downloaded, the browser only allows it during the reader's click.
 */
function translator(
  from: string,
  to: string,
  progress?: (loaded: number) => void,
): Promise<OnDeviceTranslator> {
  const factory = api.Translator;
  if (!factory) return Promise.reject(new Error('No Translator API.'));
  const made = translators.get(factory) ?? new Map<string, Promise<OnDeviceTranslator>>();
  translators.set(factory, made);
  const key = `${from}>${to}`;
  let translator = made.get(key);
  if (!translator) {
    translator = factory.create({
      sourceLanguage: from,
      targetLanguage: to,
      monitor(monitor) {
        monitor.addEventListener('downloadprogress', (event) => {
          progress?.((event as Event & { loaded: number }).loaded);
        });
      },
    });
    made.set(key, translator);
    // A failed one may be asked for again (after a network error, say).
    translator.catch(() => made.delete(key));
  }
  return translator;
}

const detectors = new WeakMap<object, Promise<LanguageDetector | null>>();

/** The browser's language detector when its model is on the device (it is never downloaded). */
function detector(): Promise<LanguageDetector | null> {
  const factory = api.LanguageDetector;
  if (!factory) return Promise.resolve(null);
  let detector = detectors.get(factory);
  if (!detector) {
    detector = factory
      .availability()
      .then((availability) => (availability === 'available' ? factory.create() : null))
      .catch(() => null);
    detectors.set(factory, detector);
  }
  return detector;
}

/** How sure the detector must be before its language replaces the one the message declares. */
const MIN_CONFIDENCE = 0.7;

const ON_DEVICE_TIMEOUT_MS = 3000;

/** The promise's value, or `fallback` when it takes longer than the on-device budget. */
function withTimeout<T>(promise: Promise<T>, fallback: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<T>((resolve) => {
      timer = setTimeout(() => {
        // A fallback that throws rejects.
        resolve(Promise.resolve().then(fallback));
      }, ON_DEVICE_TIMEOUT_MS);
    }),
  ]).finally(() => {
    clearTimeout(timer);
  });
}

const timedOut = (): never => {
  throw new Error('The on-device translator took too long.');
};

interface Translatable {
  id: string;
  text: string;
  language: string;
}

export class TranslationController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #client: () => SellerQuestionsClient | null;
  /** By message and target language: a translation into another language is another one. */
  readonly #states = new Map<string, TranslationState>();
  /** On-device models offered or downloading, by pair of languages. */
  readonly #models = new Map<string, DeviceModelState>();
  /** Pairs whose download or translator failed on this page: the backend translates them. */
  readonly #declined = new Set<string>();
  /** By message: the language detected in its text, or null (not detected, or as declared). */
  readonly #detected = new Map<string, string | null>();
  /** What the host shows translations for (its question and reader language). */
  #context: string | undefined;

  constructor(host: ReactiveControllerHost, client: () => SellerQuestionsClient | null) {
    this.#host = host;
    this.#client = client;
    host.addController(this);
  }

  /** Stops the translations under way: the host left the page, or shows something else. */
  #abort = new AbortController();

  hostConnected() {
    // Nothing to start; translations are made on request.
  }

  hostDisconnected() {
    this.#stop();
  }

  /**
   * Tells what the host shows (e.g. its question's id and the reader's language). When that
   * changes, the translations under way stop: their answers are shown nowhere.
   */
  showing(context: string) {
    if (context === this.#context) return;
    if (this.#context !== undefined) this.#stop();
    this.#context = context;
  }

  #stop() {
    this.#abort.abort();
    this.#abort = new AbortController();
    // What was stopped can be asked for again.
    for (const [key, state] of this.#states)
      if (state.status === 'loading') this.#states.delete(key);
  }

  state(messageId: string, to: string): TranslationState | undefined {
    return this.#states.get(`${messageId}>${to}`);
  }

  /**
   * The language a message is written in: the one it declares, unless the browser's language
   * detector finds another one with confidence (detection starts on the first call; the host
   * updates when it is done).
   */
  language(message: Translatable): string {
    if (!this.#detected.has(message.id)) {
      this.#detected.set(message.id, null);
      void this.#detect(message);
    }
    return this.#detected.get(message.id) ?? message.language;
  }

  async #detect(message: Translatable) {
    try {
      const [best] = (await (await detector())?.detect(message.text)) ?? [];
      if (
        best &&
        best.confidence >= MIN_CONFIDENCE &&
        best.detectedLanguage !== 'und' &&
        !sameLanguage(best.detectedLanguage, message.language)
      ) {
        this.#detected.set(message.id, best.detectedLanguage);
        this.#host.requestUpdate();
      }
    } catch {
      // The declared language stands.
    }
  }

  /** The on-device model the reader may download for this message's translation, if any. */
  model(message: Translatable, to: string): DeviceModelState | undefined {
    return this.#models.get(`${this.language(message)}>${to}`);
  }

  /** Shows the translation (fetching it the first time) or hides it again. */
  async toggle(message: Translatable, to: string) {
    const key = `${message.id}>${to}`;
    const current = this.#states.get(key);
    if (current?.status === 'loading') return;
    if (current?.status === 'shown' || current?.status === 'hidden') {
      this.#set(key, {
        ...current,
        status: current.status === 'shown' ? 'hidden' : 'shown',
      });
      return;
    }
    this.#set(key, { status: 'loading' });
    const from = this.language(message);
    const pair = `${from}>${to}`;
    const signal = this.#abort.signal;
    // Read after each await: the host may have moved on meanwhile.
    const stopped = () => signal.aborted;
    try {
      const ready = this.#declined.has(pair)
        ? ''
        : await withTimeout(availability(from, to), () => '');
      if (stopped()) return;
      if (ready === 'available') {
        try {
          const device = await withTimeout(translator(from, to), timedOut);
          const text = await withTimeout(device.translate(message.text), timedOut);
          if (stopped()) return;
          this.#set(key, { status: 'shown', text, from, engine: 'device' });
          return;
        } catch {
          // The backend translates instead.
          this.#declined.add(pair);
        }
      } else if ((ready === 'downloadable' || ready === 'downloading') && !this.#models.has(pair)) {
        this.#models.set(pair, { status: 'downloadable' });
      }
      const client = this.#client();
      if (!client) throw new Error('No backend configured for translations.');
      const translation = await client.translate({ text: message.text, from, to }, { signal });
      if (stopped()) return;
      this.#set(key, {
        status: 'shown',
        text: translation.text,
        from: translation.from,
        engine: translation.engine,
      });
    } catch (error) {
      if (stopped()) return;
      this.#set(key, { status: 'failed', error });
    }
  }

  /**
   * Downloads the on-device model for this message's pair of languages (call it from the
   * reader's click), reporting its progress, then translates the message with it. If that
   * fails, the backend's translation (or its failure notice) stays, and the offer goes.
   */
  async download(message: Translatable, to: string) {
    const from = this.language(message);
    const pair = `${from}>${to}`;
    if (this.#models.get(pair)?.status !== 'downloadable') return;
    const key = `${message.id}>${to}`;
    const signal = this.#abort.signal;
    const progress = (loaded: number) => {
      if (this.#models.get(pair)?.status !== 'downloading') return;
      this.#models.set(pair, { status: 'downloading', loaded });
      this.#host.requestUpdate();
    };
    this.#models.set(pair, { status: 'downloading', loaded: null });
    this.#host.requestUpdate();
    try {
      const device = await translator(from, to, progress);
      this.#models.delete(pair);
      const text = await withTimeout(device.translate(message.text), timedOut);
      if (signal.aborted) return;
      this.#set(key, { status: 'shown', text, from, engine: 'device' });
    } catch {
      this.#models.delete(pair);
      this.#declined.add(pair);
      this.#host.requestUpdate();
    }
  }

  #set(key: string, state: TranslationState) {
    this.#states.set(key, state);
    this.#host.requestUpdate();
  }
}

/** Pairs the on-device translator failed for on this page, for `translateText`. */
const declinedPairs = new Set<string>();

/**
 * Translates a text the user wrote (a reply's draft): on the device when the browser's
 * translator has the pair ready, else with the backend's translation endpoint (whose errors,
 * e.g. 503 `translation_unavailable`, are thrown). Says which engine translated it.
 */
export async function translateText(
  client: SellerQuestionsClient | null,
  text: string,
  from: string,
  to: string,
  signal?: AbortSignal,
): Promise<{ text: string; engine: TranslationEngine }> {
  const pair = `${from}>${to}`;
  if (
    !declinedPairs.has(pair) &&
    (await withTimeout(availability(from, to), () => '')) === 'available'
  ) {
    try {
      const device = await withTimeout(translator(from, to), timedOut);
      return { text: await withTimeout(device.translate(text), timedOut), engine: 'device' };
    } catch {
      // The backend translates instead, from now on.
      declinedPairs.add(pair);
    }
  }
  if (!client) throw new Error('No backend configured for translations.');
  const translation = await client.translate({ text, from, to }, signal ? { signal } : {});
  return { text: translation.text, engine: translation.engine };
}
