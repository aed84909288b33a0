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

/** Hears a poll of the feed: the changes it reported, or null when some may have been missed. */
type FeedListener = (changes: readonly Change[] | null) => void;
const feedListeners = new WeakMap<SellerQuestionsClient, Set<FeedListener>>();

/**
 * Hears every poll of the change feed that live updates (the page's inbox) make with `client`:
 * the changes it reported, or null when changes may have been missed (a new cursor). Returns a
 * function that stops hearing. The question count rides on these polls instead of polling the
 * same feed for the same viewer beside them.
 */
export function hearFeed(client: SellerQuestionsClient, listener: FeedListener): () => void {
  let listeners = feedListeners.get(client);
  if (!listeners) feedListeners.set(client, (listeners = new Set()));
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(client: SellerQuestionsClient, changes: readonly Change[] | null) {
  for (const listener of feedListeners.get(client) ?? []) listener(changes);
}

/** The feed no longer knows the cursor (e.g. it expired): only a new cursor helps. */
export function isRefusedCursor(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 400 || error.status === 410);
}

/**
 * Polling the change feed, as the live updates and the question count do it: between `start()`
 * and `stop()`, only while the page is visible (at once when it is shown again) and `active()`,
 * every `intervalMs` (the feed's `pollAfterSeconds`), after a failure (`poll()` rejects) a
 * jittered exponential backoff. Rescheduling or stopping aborts the poll under way (its signal).
 */
export abstract class ChangePoller {
  /** The feed's interval between polls. */
  intervalMs = 10_000;
  #running = false;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  readonly #onVisibility = () => {
    if (document.visibilityState === 'visible') this.schedule(0);
    else this.#halt();
  };

  /** One poll of the feed (`schedule(0)` in it polls again at once). */
  protected abstract poll(signal: AbortSignal): Promise<void>;

  /** Polls only while this holds. */
  protected active(): boolean {
    return true;
  }

  /** The jitter source, [0, 1). */
  protected random(): number {
    return Math.random();
  }

  /** How to wait before the next poll. */
  protected setTimer(poll: () => void, ms: number): ReturnType<typeof setTimeout> {
    return setTimeout(poll, ms);
  }

  start() {
    this.#running = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.schedule(0);
  }

  stop() {
    this.#running = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#halt();
    this.#failures = 0;
  }

  /** Polls after `delay` ms (0: now) instead of when it would have. */
  schedule(delay: number) {
    this.#halt();
    if (this.#running && document.visibilityState !== 'hidden' && this.active()) {
      this.#timer = this.setTimer(() => void this.#run(), delay);
    }
  }

  #halt() {
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  async #run() {
    const { signal } = (this.#abort = new AbortController());
    let failed = false;
    try {
      await this.poll(signal);
    } catch {
      failed = true;
    }
    if (signal.aborted) return;
    this.#failures = failed ? this.#failures + 1 : 0;
    // After a failure: between half and all of interval * 2^failures (capped at 5 minutes), so
    // clients do not poll in step.
    const cap = Math.min(5 * 60_000, this.intervalMs * 2 ** this.#failures);
    this.schedule(this.#failures ? cap / 2 + this.random() * (cap / 2) : this.intervalMs);
  }
}

export class LiveUpdatesController extends ChangePoller implements ReactiveController {
  readonly #options: LiveUpdatesOptions;
  #cursor: string | undefined;
  #checkpoint: Promise<void> | undefined;
  #client: SellerQuestionsClient | null = null;

  constructor(host: ReactiveControllerHost, options: LiveUpdatesOptions) {
    super();
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    this.start();
  }

  hostDisconnected() {
    this.stop();
  }

  /** Polls now (e.g. after the user acted), instead of waiting for the next interval. */
  pollNow() {
    this.schedule(0);
  }

  protected override active() {
    return this.#options.active?.() ?? true;
  }

  protected override random() {
    return this.#options.random?.() ?? Math.random();
  }

  protected override setTimer(poll: () => void, ms: number) {
    const { setTimer } = this.#options;
    return setTimer ? setTimer(poll, ms) : setTimeout(poll, ms);
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
        this.intervalMs = feed.pollAfterSeconds * 1000;
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

  protected async poll(signal: AbortSignal) {
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
    const since = this.#cursor;
    try {
      const feed = await client.listChanges(since, { signal });
      if (signal.aborted) return;
      this.intervalMs = feed.pollAfterSeconds * 1000;
      // A newer checkpoint (the host reloading) decides the cursor.
      if (this.#cursor === since) this.#cursor = feed.cursor;
      tell(client, since === undefined ? null : feed.changes);
      // No cursor from before the host's list: what it shows may have missed changes.
      if (since === undefined) this.#options.onReset();
      else if (feed.changes.length > 0) this.#options.onChanges(feed.changes);
    } catch (error) {
      // A failed poll is retried later with backoff; the user's view stays as it is.
      if (signal.aborted || since === undefined || !isRefusedCursor(error)) throw error;
      // Backing off would not help: start again from a new cursor, and reload.
      this.#cursor = undefined;
      tell(client, null);
      this.#options.onReset();
    }
  }
}
