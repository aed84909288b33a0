// How many questions await the seller (or are unread), kept up to date from the change feed by
// the inbox's poller (ChangePoller, live-updates.ts): one per client however many watch it,
// polling only while the page is visible (an immediate poll when it is shown again), backing
// off with jitter after errors, and stopping when the last watcher stops. The count is read (`GET /questions`
// with `limit=1`: its `total`) after the feed's cursor is taken and again whenever the feed
// reports a change, so no change falls between the two.
//
// While the page's inbox polls the feed with the same client (its live updates), the count polls
// no feed of its own: it hears the inbox's polls (`hearFeed`), reads the count again when one
// reports a change, and polls by itself again only when the inbox stops (from its own cursor,
// so nothing between is missed).
//
// Marking a question read is not a change in the feed: when the page's own inbox opens a
// question or acts on one (its `sq-question-opened`, `sq-reply-sent`... events), the count is
// read again shortly after.
import type { SellerQuestionsClient } from '../api/client.js';
import type { ApiError } from '../api/errors.js';
import type { Change, QuestionFilters } from '../api/types.js';
import { ChangePoller, hearFeed, isRefusedCursor } from './live-updates.js';

/** What is counted: questions awaiting the seller's answer, or questions unread by the viewer. */
export type QuestionCountKind = 'awaiting' | 'unread';

export interface QuestionCount {
  /** The last count read; null until the first one (or when it could never be read). */
  count: number | null;
  /** Why the last attempt to read the count failed; null once it is read again. */
  error: ApiError | Error | null;
}

export interface WatchQuestionCountOptions {
  /** `awaiting` (default): questions awaiting the seller; `unread`: unread by the viewer. */
  kind?: QuestionCountKind;
}

const FILTERS: Record<QuestionCountKind, QuestionFilters> = {
  awaiting: { status: ['awaiting_seller'], limit: 1 },
  unread: { unread: true, limit: 1 },
};

/** After the page's inbox acted: time for its write (e.g. marking read) to reach the backend. */
const AFTER_ACTION_MS = 1500;
/** The inbox's public events after which a count may have changed without a feed change. */
const ACTIONS = ['sq-question-opened', 'sq-reply-sent', 'sq-refund-issued', 'sq-escalated'];

type Watcher = { kind: QuestionCountKind; onCount: (count: QuestionCount) => void };

/** One per client: the feed's cursor, the counts read, and who listens. */
class CountFeed extends ChangePoller {
  readonly #client: SellerQuestionsClient;
  readonly #watchers = new Set<Watcher>();
  readonly #counts = new Map<QuestionCountKind, number>();
  #error: ApiError | Error | null = null;
  /** The counts must be read again (first poll, a refused cursor, an action, a failure). */
  #stale = true;
  #cursor: string | undefined;
  readonly #onAction = () => {
    this.#stale = true;
    this.schedule(AFTER_ACTION_MS);
  };
  #unhear: (() => void) | undefined;
  /** A poll is under way. */
  #busy = false;
  /** The next poll only reads the counts: the page's inbox polled the feed for this client. */
  #readOnly = false;
  /** The inbox heard a change while a poll was under way: read again after it. */
  #heardChange = false;
  /** When the inbox last polled the feed for this client. */
  #heardAt = -Infinity;
  readonly #onHeard = (changes: readonly Change[] | null) => {
    this.#heardAt = performance.now();
    if (changes === null || changes.length > 0) this.#heardChange = true;
    if (!this.#busy) this.#next();
  };

  constructor(client: SellerQuestionsClient) {
    super();
    this.#client = client;
  }

  get idle(): boolean {
    return this.#watchers.size === 0;
  }

  add(watcher: Watcher) {
    const start = this.idle;
    this.#watchers.add(watcher);
    if (start) {
      for (const type of ACTIONS) document.addEventListener(type, this.#onAction);
      this.#unhear = hearFeed(this.#client, this.#onHeard);
      this.start();
    } else if (!this.#counts.has(watcher.kind)) {
      // A kind nobody counted yet: read it now.
      this.#stale = true;
      this.schedule(0);
    } else {
      const count = this.#counts.get(watcher.kind)!;
      queueMicrotask(() => {
        if (this.#watchers.has(watcher)) watcher.onCount({ count, error: this.#error });
      });
    }
  }

  delete(watcher: Watcher) {
    this.#watchers.delete(watcher);
    if (!this.idle) return;
    for (const type of ACTIONS) document.removeEventListener(type, this.#onAction);
    this.#unhear?.();
    this.stop();
    this.#readOnly = this.#heardChange = false;
    // Started again later, it reads everything anew.
    this.#counts.clear();
    this.#stale = true;
    this.#cursor = undefined;
  }

  protected async poll(signal: AbortSignal) {
    this.#busy = true;
    try {
      await this.#poll(signal);
    } finally {
      this.#busy = false;
    }
    if (!signal.aborted) this.#next();
  }

  /**
   * After a poll, or the inbox's: a change it heard is read now; while the inbox polls the feed,
   * our next poll waits past its next one (at the same time, there would be two).
   */
  #next() {
    if (this.#heardChange) {
      this.#heardChange = false;
      this.#stale = this.#readOnly = true;
      this.schedule(0);
    } else if (performance.now() - this.#heardAt < 2 * this.intervalMs) {
      this.schedule(2 * this.intervalMs);
    }
  }

  async #poll(signal: AbortSignal) {
    const since = this.#cursor;
    const readOnly = this.#readOnly;
    this.#readOnly = false;
    try {
      let changed = this.#stale || since === undefined;
      // The inbox polled the feed and reported a change: only the counts are read.
      if (!readOnly) {
        try {
          const feed = await this.#client.listChanges(since, { signal });
          this.#cursor = feed.cursor;
          this.intervalMs = feed.pollAfterSeconds * 1000;
          changed ||= feed.changes.length > 0;
        } catch (error) {
          // The feed no longer knows the cursor (e.g. it expired): start again from a new one.
          if (signal.aborted || since === undefined || !isRefusedCursor(error)) throw error;
          this.#cursor = undefined;
          this.#stale = true;
          this.schedule(0);
          return;
        }
      }
      if (changed) await this.#read(signal);
    } catch (error) {
      if (!signal.aborted) {
        this.#stale = true;
        this.#error = error instanceof Error ? error : new Error(String(error));
        this.#publish();
      }
      throw error;
    }
  }

  /** Reads the count of every kind watched. */
  async #read(signal: AbortSignal) {
    this.#stale = true;
    const kinds = [...new Set([...this.#watchers].map((watcher) => watcher.kind))];
    const pages = await Promise.all(
      kinds.map((kind) => this.#client.listQuestions(FILTERS[kind], { signal })),
    );
    if (signal.aborted) return;
    kinds.forEach((kind, at) => this.#counts.set(kind, pages[at]!.total));
    this.#stale = false;
    this.#error = null;
    this.#publish();
  }

  #publish() {
    for (const watcher of this.#watchers) {
      watcher.onCount({ count: this.#counts.get(watcher.kind) ?? null, error: this.#error });
    }
  }
}

const feeds = new WeakMap<SellerQuestionsClient, CountFeed>();

/**
 * Calls `onCount` with how many questions await the seller (or, with `kind: 'unread'`, are
 * unread by the viewer) now and whenever that changes; also when reading it fails
 * (`error`), and again once it works. Every watcher of one client shares one poller of the
 * change feed; it pauses while the page is hidden. Returns a function that stops watching.
 *
 * ```js
 * const stop = watchQuestionCount(client, ({ count, error }) => {
 *   badge.textContent = error ? '!' : count ? String(count) : '';
 * });
 * ```
 */
export function watchQuestionCount(
  client: SellerQuestionsClient,
  onCount: (count: QuestionCount) => void,
  options: WatchQuestionCountOptions = {},
): () => void {
  const kind = options.kind ?? 'awaiting';
  if (!Object.hasOwn(FILTERS, kind)) {
    throw new TypeError(
      `seller-questions: watchQuestionCount counts "awaiting" or "unread" questions, not "${kind}".`,
    );
  }
  let feed = feeds.get(client);
  if (!feed) feeds.set(client, (feed = new CountFeed(client)));
  const watcher: Watcher = { kind, onCount };
  feed.add(watcher);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    feed.delete(watcher);
  };
}
