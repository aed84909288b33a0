// The inbox's questions: loaded from the backend sorted by response time remaining, a small
// first page for a fast first paint, then the remaining pages in the background (one at a time,
// between idle periods) until `total` is reached. A filter, an order or a search keystroke is
// applied at once to what is loaded (the facet rules and the orders are exact; the text search
// covers what a row shows); the backend is asked too (search debounced) whenever its answer can
// differ: while pages are still loading, or for text, which the backend also finds in older
// messages. Questions that live updates bring and the seller has not seen are kept in `unseen`.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SellerQuestionsClient } from '../../api/client.js';
import { SETTINGS_CHANGED_EVENT } from '../../api/configure.js';
import { AbortedError } from '../../api/errors.js';
import type { Change, Question, QuestionDetail, QuestionPage } from '../../api/types.js';
import { compareByDue } from '../../domain/response-clock.js';
import {
  filterLocally,
  hasFilters,
  insertSorted,
  matchesFacets,
  matchesLocally,
  mergeSorted,
  needleOf,
  NO_FILTERS,
  orderOf,
  prepareSearch,
  sameFacets,
  sinceMs,
  type InboxFilters,
} from './list-filter.js';
import { FIRST_PAGE_SIZE } from './first-page.js';
import { idle, listing, summaryOf, type Listing } from './listing.js';

export const PAGE_SIZE = 200;
/** Beyond this many questions, pages load only as far as needed. */
export const MAX_PRELOAD = 50_000;
export const SEARCH_DEBOUNCE_MS = 250;

export interface InboxListOptions {
  client: () => SellerQuestionsClient | null;
  /** A page failed to load (also kept in `error` / `pageError`). */
  onError: (error: unknown) => void;
  /**
   * Hears of the first page of all questions as it is requested (the change feed follows it:
   * it carries the feed's cursor). Resolving false fetches that page again (a checkpoint was
   * taken first, for a backend whose pages carry no cursor).
   */
  followFirstPage?: (page: Promise<QuestionPage>, signal: AbortSignal) => Promise<boolean>;
  /** The question open in the conversation: what changes in it is seen. */
  openId?: () => string | null;
}

/** The questions loaded, the same object until they change. */
export interface LoadedQuestions {
  items: readonly Question[];
  revision: number;
}

/** The backend must be asked: a filter or an order other than the first pages'. */
function needsQuery(filters: InboxFilters): boolean {
  return hasFilters(filters) || filters.sort !== 'due';
}

export class InboxListController implements ReactiveController {
  filters: InboxFilters = NO_FILTERS;
  /** What the list shows, in the filters' order. */
  view: readonly Question[] = [];
  /**
   * Questions live updates brought with a buyer message the seller has not read (new ones, or
   * older ones the buyer wrote in again), until the seller opens them or goes to them.
   */
  readonly unseen = new Set<string>();
  readonly #host: ReactiveControllerHost;
  readonly #options: InboxListOptions;
  #client: SellerQuestionsClient | null = null;
  #base: Listing | null = null;
  #filtered: Listing | null = null;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  /** Fetching changed questions: a reload (it brings them anyway) or leaving stops it. */
  #changes: AbortController | undefined;
  /** Counts changes of the loaded questions, to know when a local result is still current. */
  #revision = 0;
  #local: {
    revision: number;
    filters: InboxFilters;
    needle: string;
    result: Question[];
  } | null = null;
  #loaded: LoadedQuestions = { items: [], revision: -1 };

  constructor(host: ReactiveControllerHost, options: InboxListOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** `loading` until the first page arrived, `error` when it failed. */
  get state(): 'loading' | 'error' | 'ready' {
    if (!this.#base || (this.#base.items.length === 0 && !this.#base.done)) {
      return this.#base?.error ? 'error' : 'loading';
    }
    return 'ready';
  }

  get error(): unknown {
    return this.#base?.error ?? null;
  }

  /** A later page failed; `retry()` continues. */
  get pageError(): unknown {
    return this.state === 'ready' ? (this.#filtered?.error ?? this.#base?.error ?? null) : null;
  }

  /** Pages are still being fetched for what is shown. */
  get loadingMore(): boolean {
    return !!(this.#base?.loading || this.#filtered?.loading);
  }

  /** How many questions match, or null while that is not known yet. */
  get count(): number | null {
    const base = this.#base;
    if (!base) return null;
    if (!hasFilters(this.filters)) return base.total;
    if (this.#exactLocally) return this.view.length;
    const filtered = this.#filtered;
    if (!filtered || filtered.total === null) return null;
    return Math.max(filtered.total, this.view.length);
  }

  /** Every question loaded (where "More filters" finds its products and order numbers). */
  get loaded(): LoadedQuestions {
    const items = this.#base?.items ?? [];
    if (this.#loaded.revision !== this.#revision || this.#loaded.items !== items) {
      this.#loaded = { items, revision: this.#revision };
    }
    return this.#loaded;
  }

  /** The seller saw these questions (opened them, or went to them). */
  markSeen(ids: Iterable<string>) {
    let changed = false;
    for (const id of ids) changed = this.unseen.delete(id) || changed;
    if (changed) this.#host.requestUpdate();
  }

  /** Everything loaded is everything there is: local filtering is exact for facets. */
  get #exactLocally(): boolean {
    return !!this.#base?.done && needleOf(this.filters) === '';
  }

  hostConnected() {
    // configure() after the element: the first page is asked for in configure()'s task, not at
    // the host's first update, which waits for a task of its own (FirstRenderInOwnTask). The
    // host's backend controller, added before this one, has the new client by then.
    addEventListener(SETTINGS_CHANGED_EVENT, this.#onSettings);
    this.#sync();
  }

  readonly #onSettings = () => {
    this.#sync();
  };

  hostUpdate() {
    this.#sync();
  }

  hostDisconnected() {
    removeEventListener(SETTINGS_CHANGED_EVENT, this.#onSettings);
    this.#base?.abort.abort();
    this.#filtered?.abort.abort();
    this.#changes?.abort();
    this.#changes = undefined;
    clearTimeout(this.#debounce);
    this.#client = null;
  }

  /** Loads the list again when the client changed (at once, not waiting for the host's update). */
  #sync() {
    const client = this.#options.client();
    if (client === this.#client) return;
    this.#client = client;
    this.reload();
  }

  /** Starts again from the first page (keeps the filters). */
  reload() {
    this.#base?.abort.abort();
    this.#filtered?.abort.abort();
    this.#changes?.abort();
    this.#changes = undefined;
    this.#base = null;
    this.#filtered = null;
    this.#revision++;
    this.view = [];
    this.unseen.clear();
    if (!this.#client) return;
    const base = (this.#base = listing(NO_FILTERS));
    void this.#pump(base);
    if (needsQuery(this.filters)) this.#askBackend(0);
    this.#host.requestUpdate();
  }

  /** Continues loading after a failed page. */
  retry() {
    if (this.state === 'error') {
      this.reload();
      return;
    }
    for (const current of [this.#base, this.#filtered]) {
      if (current?.error) {
        current.error = null;
        void this.#pump(current);
      }
    }
    this.#host.requestUpdate();
  }

  /** Applies filters: at once to what is loaded, and through the backend when needed. */
  setFilters(filters: InboxFilters) {
    const textChanged = filters.q.trim() !== this.filters.q.trim();
    this.filters = filters;
    this.#filtered?.abort.abort();
    this.#filtered = null;
    clearTimeout(this.#debounce);
    this.#compute();
    if (needsQuery(filters) && !this.#exactLocally) {
      this.#askBackend(textChanged ? SEARCH_DEBOUNCE_MS : 0);
    }
    this.#host.requestUpdate();
  }

  #askBackend(delay: number) {
    const start = () => {
      if (!this.#client || !needsQuery(this.filters)) return;
      this.#filtered = listing(this.filters);
      void this.#pump(this.#filtered);
    };
    if (delay > 0) this.#debounce = setTimeout(start, delay);
    else start();
  }

  /**
   * Puts new versions of questions in their place (after an action or a live change).
   * `created`: questions the change feed reported as new, which the totals count from now on.
   */
  upsert(
    questions: readonly (Question | QuestionDetail)[],
    created: ReadonlySet<string> = new Set(),
  ) {
    const base = this.#base;
    if (!base) return;
    this.#revision++;
    const needle = needleOf(this.filters);
    for (const question of questions.map(summaryOf)) {
      const known = base.byId.get(question.id);
      if (known && known.version > question.version) continue;
      if (!question.unread) this.unseen.delete(question.id);
      // New to the list: a question not loaded yet may be on a page still to come.
      const added = !known && (base.done || created.has(question.id));
      if (added && base.total !== null) base.total++;
      base.byId.set(question.id, question);
      insertSorted(base.items, question, compareByDue);
      const filtered = this.#filtered;
      if (!filtered) continue;
      const keep =
        matchesFacets(question, filtered.filters) &&
        (filtered.byId.has(question.id) || matchesLocally(question, filtered.filters, needle));
      if (keep) {
        // A match it has not counted yet: all of them are loaded, or the question is new.
        const counted = filtered.byId.has(question.id) || !(filtered.done || added);
        if (!counted && filtered.total !== null) filtered.total++;
        filtered.byId.set(question.id, question);
        insertSorted(filtered.items, question, orderOf(filtered.filters));
      } else if (filtered.byId.delete(question.id)) {
        filtered.items = filtered.items.filter((candidate) => candidate.id !== question.id);
        if (filtered.total !== null) filtered.total = Math.max(0, filtered.total - 1);
      }
    }
    this.#compute();
    this.#host.requestUpdate();
  }

  /** Fetches the questions the change feed reported and puts them in place. */
  async applyChanges(changes: readonly Change[]) {
    const client = this.#client;
    if (!client || changes.length === 0) return;
    const earliest = Math.min(...changes.map((change) => Date.parse(change.updatedAt)));
    const abort = (this.#changes ??= new AbortController());
    try {
      const page = await client.listQuestions(
        { updatedSince: new Date(earliest - 1).toISOString(), sort: 'due', limit: PAGE_SIZE },
        { signal: abort.signal },
      );
      if (abort.signal.aborted || client !== this.#client) return;
      if (page.nextCursor) {
        this.reload();
        return;
      }
      const created = new Set(
        changes.filter((change) => change.kind === 'created').map((change) => change.questionId),
      );
      const open = this.#options.openId?.() ?? null;
      for (const question of page.items) {
        const known = this.#base?.byId.get(question.id);
        const news =
          question.unread &&
          question.id !== open &&
          (!known || !known.unread || known.lastMessageAt !== question.lastMessageAt);
        if (news && (!known || known.version < question.version)) this.unseen.add(question.id);
      }
      this.upsert(page.items, created);
    } catch (error) {
      if (abort.signal.aborted) return;
      // The next poll tries again; the list stays as it is meanwhile.
      this.#options.onError(error);
    }
  }

  /** The question as last loaded, if it is in the list. */
  get(id: string): Question | undefined {
    return this.#base?.byId.get(id);
  }

  #isCurrent(current: Listing): boolean {
    return current === this.#base || current === this.#filtered;
  }

  async #pump(current: Listing) {
    const client = this.#client;
    if (!client) return;
    const { filters } = current;
    while (
      this.#isCurrent(current) &&
      !current.done &&
      !current.error &&
      current.items.length < MAX_PRELOAD
    ) {
      current.loading = true;
      try {
        const request = client.listQuestions(
          {
            category: filters.category || undefined,
            status: filters.status ? [filters.status] : undefined,
            topic: filters.topic || undefined,
            productId: filters.productId || undefined,
            orderId: filters.orderId || undefined,
            shopId: filters.shopId || undefined,
            updatedSince: updatedSinceOf(filters),
            unread: filters.unread || undefined,
            q: filters.q.trim() || undefined,
            sort: filters.sort,
            limit: current.items.length === 0 ? FIRST_PAGE_SIZE : PAGE_SIZE,
            cursor: current.cursor ?? undefined,
          },
          { signal: current.abort.signal },
        );
        const following =
          current === this.#base && current.items.length === 0 && !current.cursor
            ? this.#options.followFirstPage?.(request, current.abort.signal)
            : undefined;
        const page = await request;
        // Fetched again after the feed's checkpoint (a backend without the page's cursor).
        if (following && !(await following)) continue;
        this.#append(current, page.items);
        current.cursor = page.nextCursor;
        current.total = page.total;
        current.done = page.nextCursor === null;
      } catch (error) {
        if (error instanceof AbortedError || current.abort.signal.aborted) return;
        current.error = error;
        this.#options.onError(error);
      } finally {
        current.loading = false;
      }
      if (!this.#isCurrent(current)) return;
      this.#compute();
      this.#host.requestUpdate();
      await idle();
      // While waiting for the next page anyway: the page's search text, a page at a time.
      prepareSearch(current.items.slice(-PAGE_SIZE));
    }
  }

  #append(current: Listing, page: readonly Question[]) {
    this.#revision++;
    for (const question of page) {
      const known = current.byId.get(question.id);
      if (known) {
        // The list changed between pages: keep the newest copy, in its place.
        if (known.version < question.version) {
          current.byId.set(question.id, question);
          insertSorted(current.items, question, orderOf(current.filters));
        }
        continue;
      }
      current.byId.set(question.id, question);
      current.items.push(question);
    }
  }

  #compute() {
    const base = this.#base;
    if (!base) {
      this.view = [];
      return;
    }
    if (!needsQuery(this.filters)) {
      this.view = [...base.items];
      return;
    }
    const matches = hasFilters(this.filters) ? this.#localMatches(base.items) : [...base.items];
    const local = this.filters.sort === 'due' ? matches : matches.sort(orderOf(this.filters));
    this.view =
      this.#exactLocally || !this.#filtered
        ? local
        : mergeSorted(local, this.#filtered.items, orderOf(this.filters));
  }

  /**
   * The loaded questions that match. Typing on narrows the previous result instead of going
   * through everything again (what contains "müll" is among what contains "mü").
   */
  #localMatches(items: readonly Question[]): Question[] {
    const needle = needleOf(this.filters);
    const previous = this.#local;
    const narrowing =
      previous !== null &&
      previous.revision === this.#revision &&
      sameFacets(previous.filters, this.filters) &&
      needle.includes(previous.needle);
    const result = filterLocally(narrowing ? previous.result : items, this.filters);
    this.#local = { revision: this.#revision, filters: this.filters, needle, result };
    // A copy: the caller may sort it.
    return [...result];
  }
}

/** The backend's `updatedSince` for the filters' day, or undefined. */
function updatedSinceOf(filters: InboxFilters): string | undefined {
  const since = sinceMs(filters.since);
  // "Strictly after": a millisecond earlier, so that a change at midnight counts.
  return since === null ? undefined : new Date(since - 1).toISOString();
}
