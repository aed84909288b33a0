// Resolves the client an element uses (its own `client`, its `api-base`, or the page's
// `configure()`), and loads what every element needs first: the backend's configuration and
// who the viewer is. Re-resolves when the element's backend settings or configure() change.
import type { ReactiveController, ReactiveElement } from 'lit';
import type { SellerQuestionsClient } from '../api/client.js';
import { resolveClient, SETTINGS_CHANGED_EVENT } from '../api/configure.js';
import { ConfigurationError } from '../api/errors.js';
import type { Config, Viewer } from '../api/types.js';

/** What to do when an element has no backend (its error, and the console's line). */
const NO_BACKEND =
  'Set the api-base attribute, the client property, or call configure({ apiBase }).';

/** How long an element waits for configure() before it says it has no backend. */
export const CONFIGURATION_GRACE_MS = 1000;

export interface BackendHost extends ReactiveElement {
  client: SellerQuestionsClient | undefined;
  apiBase: string | undefined;
}

export class BackendController implements ReactiveController {
  readonly #host: BackendHost;
  #client: SellerQuestionsClient | null = null;
  #viewer: Promise<Viewer> | undefined;
  #graceOver = false;
  #graceTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #onSettings = () => {
    this.#refresh();
  };

  constructor(host: BackendHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The client, or null when nothing says where the backend is. */
  get client(): SellerQuestionsClient | null {
    return this.#client;
  }

  /** The client; throws a clear error for the element to show when none is configured. */
  requireClient(): SellerQuestionsClient {
    if (!this.#client) {
      throw new ConfigurationError(
        `seller-questions: <${this.#host.localName}> has no backend. ${NO_BACKEND}`,
      );
    }
    return this.#client;
  }

  config(signal?: AbortSignal): Promise<Config> {
    return this.requireClient().getConfig({ signal });
  }

  /** Who is signed in; fetched once per client. */
  viewer(): Promise<Viewer> {
    this.#viewer ??= this.requireClient()
      .getViewer()
      .catch((error: unknown) => {
        this.#viewer = undefined;
        throw error;
      });
    return this.#viewer;
  }

  /**
   * No backend yet, but the page may still be about to call configure() (its script often runs
   * after the element's first render): show "loading", not an error, for a moment.
   */
  get awaitingConfiguration(): boolean {
    return !this.#client && !this.#graceOver;
  }

  hostConnected() {
    globalThis.addEventListener(SETTINGS_CHANGED_EVENT, this.#onSettings);
    this.#refresh();
    this.#graceTimer = setTimeout(() => {
      this.#graceOver = true;
      if (this.#client) return;
      console.error(`seller-questions: <${this.#host.localName}> has no backend. ${NO_BACKEND}`);
      this.#host.requestUpdate();
    }, CONFIGURATION_GRACE_MS);
  }

  hostDisconnected() {
    globalThis.removeEventListener(SETTINGS_CHANGED_EVENT, this.#onSettings);
    clearTimeout(this.#graceTimer);
  }

  hostUpdate() {
    // Cheap: resolveClient caches clients per base URL.
    const next = resolveClient(this.#host);
    if (next !== this.#client) {
      this.#client = next;
      this.#viewer = undefined;
    }
  }

  #refresh() {
    const next = resolveClient(this.#host);
    if (next !== this.#client) {
      this.#client = next;
      this.#viewer = undefined;
      this.#host.requestUpdate();
    }
  }
}

/**
 * Like `Promise.all`, but rejects only once every promise has settled (with the first error).
 * Loads use it so a "Retry" never reuses a cached request of the failed attempt that is still
 * in flight (and about to fail too).
 */
export async function allSettledOrThrow<T extends readonly unknown[]>(
  promises: readonly [...{ [K in keyof T]: Promise<T[K]> }],
): Promise<T> {
  const results = await Promise.allSettled(promises as readonly Promise<unknown>[]);
  const failed = results.find(
    (result): result is PromiseRejectedResult => result.status === 'rejected',
  );
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
