// Live updates from the change feed: polls GET /changes while the page is visible and the host
// is connected, and reports which questions changed. Pauses in background tabs, resumes (with
// an immediate poll) when the page is shown again, and backs off with jitter after errors.
//
// No change may fall between what the host loaded and the feed's cursor: the host's list comes
// with the feed's cursor from before it was read (`follow()`: one request, no round trip
// first), or, from a backend whose lists do not carry it, the host takes a cursor with
// `checkpoint()` before it fetches its list. Everything after the list's snapshot is then
// reported (a change just before it may be reported too, which is harmless). When the feed
// refuses its cursor (400, 410: unknown or expired), the host reloads its list.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SellerQuestionsClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import type { Change } from '../api/types.js';

export interface LiveUpdatesOptions {
  client: () => SellerQuestionsClient | null;
  onChanges: (changes: Change[]) => void;
  /**
   * What the host shows may have missed changes (the feed refused its cursor, or there was none
   * from before the list): load it again, calling `checkpoint()` first.
   */
  onReset: () => void;
  /** Polls only while this holds (e.g. once the list is shown); always by default. */
  active?: () => boolean;
  /** For tests: the jitter source, [0, 1). */
  random?: () => number;
  /** For tests: how to wait before the next poll. */
  setTimer?: (poll: () => void, ms: number) => ReturnType<typeof setTimeout>;
}

const MAX_BACKOFF_MS = 5 * 60_000;

/** The feed no longer knows the cursor (e.g. it expired): only a new cursor helps. */
function isRefusedCursor(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 400 || error.status === 410);
}

export class LiveUpdatesController implements ReactiveController {
  readonly #options: LiveUpdatesOptions;
  #cursor: string | undefined;
  #checkpoint: Promise<void> | undefined;
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

  /**
   * Takes the feed's current cursor; call it before fetching what the changes apply to. When
   * it fails, the first poll that works asks for a reload (`onReset`).
   */
  checkpoint(signal?: AbortSignal): Promise<void> {
    const client = this.#options.client();
    if (!client) return Promise.resolve();
    this.#client = client;
    this.#cursor = undefined;
    const checkpoint = client.listChanges(undefined, { signal }).then(
      (feed) => {
        if (this.#checkpoint !== checkpoint || this.#client !== client) return;
        this.#cursor = feed.cursor;
        this.#intervalMs = feed.pollAfterSeconds * 1000;
      },
      () => undefined,
    );
    this.#checkpoint = checkpoint;
    return checkpoint;
  }

  /**
   * Follows a list whose first page is `page` (on its way): polls wait for it and go on from
   * its `changesCursor`. Resolves true, or false when the page has no cursor (a backend without
   * it): a checkpoint is then taken, and the host must load its list again. A failed page
   * resolves true (the host reports its error; a retry follows again).
   */
  follow(
    page: Promise<{ changesCursor?: string | undefined }>,
    signal?: AbortSignal,
  ): Promise<boolean> {
    const client = this.#options.client();
    if (!client) return Promise.resolve(true);
    this.#client = client;
    this.#cursor = undefined;
    const followed: Promise<boolean> = page.then(
      (first) => {
        if (this.#checkpoint !== settled || this.#client !== client) return true;
        if (first.changesCursor === undefined) return this.checkpoint(signal).then(() => false);
        this.#cursor = first.changesCursor;
        return true;
      },
      () => true,
    );
    const settled = followed.then(() => undefined);
    this.#checkpoint = settled;
    return followed;
  }

  #stop() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
  }

  #schedule(delay: number) {
    this.#stop();
    if (!this.#connected || document.visibilityState === 'hidden') return;
    if (this.#options.active && !this.#options.active()) return;
    const poll = () => void this.#poll();
    this.#timer = this.#options.setTimer
      ? this.#options.setTimer(poll, delay)
      : setTimeout(poll, delay);
  }

  async #poll() {
    // Until no newer checkpoint replaced the one waited for (follow() may take one).
    for (let waited; waited !== this.#checkpoint;) {
      waited = this.#checkpoint;
      await waited;
    }
    const client = this.#options.client();
    if (!client) return;
    if (client !== this.#client) {
      this.#client = client;
      this.#cursor = undefined;
    }
    const abort = (this.#abort = new AbortController());
    const since = this.#cursor;
    try {
      const feed = await client.listChanges(since, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.#intervalMs = feed.pollAfterSeconds * 1000;
      this.#failures = 0;
      // A newer checkpoint (the host reloading) decides the cursor.
      if (this.#cursor === since) this.#cursor = feed.cursor;
      // No cursor from before the host's list: what it shows may have missed changes.
      if (since === undefined) this.#options.onReset();
      else if (feed.changes.length > 0) this.#options.onChanges(feed.changes);
    } catch (error) {
      if (abort.signal.aborted) return;
      if (since !== undefined && isRefusedCursor(error)) {
        // Backing off would not help: start again from a new cursor, and reload.
        this.#cursor = undefined;
        this.#options.onReset();
      } else {
        // A failed poll is retried later with backoff; the user's view stays as it is.
        this.#failures++;
      }
    }
    this.#schedule(this.#failures ? this.#backoff() : this.#intervalMs);
  }

  /** Between half and all of interval * 2^failures (capped), so clients do not poll in step. */
  #backoff(): number {
    const cap = Math.min(MAX_BACKOFF_MS, this.#intervalMs * 2 ** this.#failures);
    const random = this.#options.random ?? Math.random;
    return cap / 2 + random() * (cap / 2);
  }
}
