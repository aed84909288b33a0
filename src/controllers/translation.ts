// "View in {language}": translates a message for the reader with the browser's on-device
// Translator API where it exists and can translate the pair, else with the backend's
// translation endpoint. The original text is never touched; the translation is shown beside it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SellerQuestionsClient } from '../api/client.js';
import type { TranslationEngine } from '../api/types.js';

/** For a backend translation: the engine the backend names (`demo` is demo data). */
type Service = { service?: TranslationEngine };

export type TranslationState =
  | { status: 'loading' }
  | ({ status: 'shown'; text: string; from: string; engine: 'device' | 'backend' } & Service)
  | ({ status: 'hidden'; text: string; from: string; engine: 'device' | 'backend' } & Service)
  | { status: 'failed'; error: unknown };

/** The part of the Translator API (Chrome 138+) this uses. */
interface OnDeviceTranslator {
  translate(text: string): Promise<string>;
}
interface TranslatorFactory {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<string>;
  create(options: { sourceLanguage: string; targetLanguage: string }): Promise<OnDeviceTranslator>;
}

const translators = new Map<string, Promise<OnDeviceTranslator | null>>();

function onDeviceTranslator(from: string, to: string): Promise<OnDeviceTranslator | null> {
  const factory = (globalThis as { Translator?: TranslatorFactory }).Translator;
  if (!factory) return Promise.resolve(null);
  const key = `${from}>${to}`;
  let translator = translators.get(key);
  if (!translator) {
    const options = { sourceLanguage: from, targetLanguage: to };
    // Only a pair that is ready on the device: a model download needs a network the page may
    // not have and can take minutes; the backend answers at once.
    translator = factory
      .availability(options)
      .then((availability) => (availability === 'available' ? factory.create(options) : null))
      .catch(() => null);
    translators.set(key, translator);
  }
  return translator;
}

const ON_DEVICE_TIMEOUT_MS = 3000;

/** The promise's value, or `fallback` when it takes longer than the on-device budget. */
function withTimeout<T>(promise: Promise<T>, fallback: T | Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<T>((resolve) => {
      timer = setTimeout(() => {
        resolve(fallback);
      }, ON_DEVICE_TIMEOUT_MS);
    }),
  ]).finally(() => {
    clearTimeout(timer);
  });
}

export class TranslationController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #client: () => SellerQuestionsClient | null;
  /** By message and target language: a translation into another language is another one. */
  readonly #states = new Map<string, TranslationState>();
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

  /** Shows the translation (fetching it the first time) or hides it again. */
  async toggle(message: { id: string; text: string; language: string }, to: string) {
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
    const signal = this.#abort.signal;
    // Read after each await: the host may have moved on meanwhile.
    const stopped = () => signal.aborted;
    try {
      const device = await withTimeout(onDeviceTranslator(message.language, to), null);
      if (stopped()) return;
      if (device) {
        try {
          const text = await withTimeout(
            device.translate(message.text),
            Promise.reject(new Error('timeout')),
          );
          if (stopped()) return;
          this.#set(key, { status: 'shown', text, from: message.language, engine: 'device' });
          return;
        } catch {
          // Fall through to the backend.
        }
      }
      const client = this.#client();
      if (!client) throw new Error('No backend configured for translations.');
      const translation = await client.translate(
        { text: message.text, from: message.language, to },
        { signal },
      );
      if (stopped()) return;
      this.#set(key, {
        status: 'shown',
        text: translation.text,
        from: translation.from,
        engine: 'backend',
        service: translation.engine,
      });
    } catch (error) {
      if (stopped()) return;
      this.#set(key, { status: 'failed', error });
    }
  }

  #set(key: string, state: TranslationState) {
    this.#states.set(key, state);
    this.#host.requestUpdate();
  }
}
