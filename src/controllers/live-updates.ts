// Live updates from the change feed: polls GET /changes while the page is visible and the host
// is connected, and reports which questions changed. Pauses in background tabs, resumes (with
// an immediate poll) when the page is shown again, and backs off after errors.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SellerQuestionsClient } from '../api/client.js';
import type { Change } from '../api/types.js';

export interface LiveUpdatesOptions {
  client: () => SellerQuestionsClient | null;
  onChanges: (changes: Change[]) => void;
}

const MAX_BACKOFF_MS = 5 * 60_000;

export class LiveUpdatesController implements ReactiveController {
  readonly #options: LiveUpdatesOptions;
  #cursor: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #intervalMs = 10_000;
  #failures = 0;
  #connected = false;
  #client: SellerQuestionsClient | null = null;
  readonly #onVisibility = () => {
    if (document.visibilityState === 'visible') this.#schedule(0);
    else this.#stop();
  };

  constructor(host: ReactiveControllerHost, options: LiveUpdatesOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule(0);
  }

  hostDisconnected() {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
  }

  /** Polls now (e.g. after the user acted), instead of waiting for the next interval. */
  pollNow() {
    this.#schedule(0);
  }

  #stop() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
  }

  #schedule(delay: number) {
    this.#stop();
    if (!this.#connected || document.visibilityState === 'hidden') return;
    this.#timer = setTimeout(() => void this.#poll(), delay);
  }

  async #poll() {
    const client = this.#options.client();
    if (!client) return;
    if (client !== this.#client) {
      this.#client = client;
      this.#cursor = undefined;
    }
    const abort = (this.#abort = new AbortController());
    try {
      const feed = await client.listChanges(this.#cursor, { signal: abort.signal });
      if (abort.signal.aborted) return;
      const first = this.#cursor === undefined;
      this.#cursor = feed.cursor;
      this.#intervalMs = feed.pollAfterSeconds * 1000;
      this.#failures = 0;
      if (!first && feed.changes.length > 0) this.#options.onChanges(feed.changes);
    } catch {
      // A failed poll is retried later with backoff; the user's view stays as it is.
      if (abort.signal.aborted) return;
      this.#failures++;
    }
    const backoff = Math.min(MAX_BACKOFF_MS, this.#intervalMs * 2 ** this.#failures);
    this.#schedule(this.#failures ? backoff : this.#intervalMs);
  }
}
