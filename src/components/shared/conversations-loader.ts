// Loading the buyer's conversations about one thing for <sq-conversations>: the first page and
// "Show more", each question's details when opened, and the change feed while the page is
// visible (a changed question is fetched again; a new reply is reported to the element, which
// announces it). Answers that cross are settled by `supersedes`: what is shown never goes back.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SellerQuestionsClient } from '../../api/client.js';
import type {
  Change,
  Message,
  Question,
  QuestionDetail,
  QuestionFilters,
} from '../../api/types.js';
import { supersedes } from '../../domain/question-state.js';
import { LiveUpdatesController } from '../../controllers/live-updates.js';

export type Detail =
  | { status: 'loading' }
  | { status: 'ready'; question: QuestionDetail }
  | { status: 'failed'; error: unknown };

export interface ConversationsSource {
  client(): SellerQuestionsClient | null;
  /** Which questions: e.g. `{ productId }`, `{ orderId }` or `{ topic: 'shop' }`. */
  filter(): QuestionFilters | null;
  /** The first page failed to load. */
  onLoadError(error: unknown): void;
  /** A reply from the seller or customer service arrived through the change feed. */
  onReply(question: QuestionDetail, message: Message): void;
}

export class ConversationsLoader implements ReactiveController {
  /** The questions listed, newest activity first. */
  items: Question[] = [];
  /** The cursor of "Show more"; null when everything is listed. */
  nextCursor: string | null = null;
  /** The first page is loading. */
  loading = false;
  /** Why the last page failed to load. */
  loadError: unknown = null;
  /** The opened questions: loading, loaded or failed. */
  details = new Map<string, Detail>();

  readonly #host: ReactiveControllerHost;
  readonly #source: ConversationsSource;
  readonly #live: LiveUpdatesController;
  /** The first page's load and "Show more": a reload or leaving the page stops both. */
  #abort: AbortController | undefined;
  #more: AbortController | undefined;
  /** Detail loads and live updates: stopped when the element leaves the page. */
  #connection = new AbortController();

  constructor(host: ReactiveControllerHost & HTMLElement, source: ConversationsSource) {
    this.#host = host;
    this.#source = source;
    this.#live = new LiveUpdatesController(host, {
      client: () => source.client(),
      onChanges: (changes) => void this.#onChanges(changes),
      onReset: () => void this.reload(),
    });
    host.addController(this);
  }

  hostConnected() {
    if (!this.#connection.signal.aborted) return;
    this.#connection = new AbortController();
    // A load stopped when the element left the page starts again.
    if (this.loading) void this.reload();
  }

  hostDisconnected() {
    this.#connection.abort();
    this.#abort?.abort();
    this.#more?.abort();
  }

  /** Loads the first page again. */
  async reload() {
    const client = this.#source.client();
    const filter = this.#source.filter();
    if (!client || !filter) return;
    this.#abort?.abort();
    // A page of the previous list would be appended to the new one.
    this.#more?.abort();
    const abort = (this.#abort = new AbortController());
    this.loading = true;
    this.loadError = null;
    this.#host.requestUpdate();
    // A newer reload or the element leaving the page makes this one stale (read after each await).
    const stale = () => abort.signal.aborted;
    try {
      const load = () =>
        client.listQuestions({ ...filter, sort: '-updated', limit: 20 }, { signal: abort.signal });
      let request = load();
      // The list comes with the feed's cursor: a change while it loads is reported, not lost.
      if (!(await this.#live.follow(request, abort.signal))) {
        if (stale()) return;
        request = load();
      }
      const page = await request;
      if (stale()) return;
      this.items = page.items;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.loadError = error;
      this.#source.onLoadError(error);
    } finally {
      if (!abort.signal.aborted) this.loading = false;
      this.#host.requestUpdate();
    }
  }

  /** Appends the next page ("Show more"). */
  async loadMore() {
    const client = this.#source.client();
    const filter = this.#source.filter();
    if (!client || !filter || !this.nextCursor) return;
    this.#more?.abort();
    const more = (this.#more = new AbortController());
    try {
      const page = await client.listQuestions(
        { ...filter, sort: '-updated', limit: 20, cursor: this.nextCursor },
        { signal: more.signal },
      );
      if (more.signal.aborted) return;
      const known = new Set(this.items.map((item) => item.id));
      this.items = [...this.items, ...page.items.filter((item) => !known.has(item.id))];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (more.signal.aborted) return;
      this.loadError = error;
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** Lists a question just created, opened. */
  add(question: QuestionDetail) {
    this.items = [question, ...this.items.filter((item) => item.id !== question.id)];
    this.#setDetail(question.id, { status: 'ready', question });
  }

  /** The question as the backend sent it, unless what is shown is newer (answers may cross). */
  show(question: QuestionDetail) {
    const shown = this.details.get(question.id);
    if (shown?.status === 'ready' && !supersedes(question, shown.question)) return;
    this.#setDetail(question.id, { status: 'ready', question });
    this.#replaceItem(question);
  }

  /** A question the buyer changed (a follow-up sent): shown if open, else its row updated. */
  update(question: QuestionDetail) {
    if (this.details.has(question.id)) this.show(question);
    else this.#replaceItem(question);
  }

  /** Opens a question (loading its details) or closes it. */
  async toggle(question: Question) {
    if (this.details.has(question.id)) {
      const next = new Map(this.details);
      next.delete(question.id);
      this.details = next;
      this.#host.requestUpdate();
      return;
    }
    await this.#loadDetail(question.id);
  }

  #setDetail(id: string, detail: Detail) {
    this.details = new Map(this.details).set(id, detail);
    this.#host.requestUpdate();
  }

  async #loadDetail(id: string) {
    const client = this.#source.client();
    if (!client) return;
    const signal = this.#connection.signal;
    this.#setDetail(id, { status: 'loading' });
    try {
      const question = await client.getQuestion(id, { signal });
      // Closed meanwhile: it stays closed.
      if (signal.aborted || !this.details.has(id)) return;
      if (question.unread) {
        void client.markRead(id).catch(() => undefined);
        question.unread = false;
      }
      this.show(question);
    } catch (error) {
      if (signal.aborted || this.details.get(id)?.status !== 'loading') return;
      this.#setDetail(id, { status: 'failed', error });
    }
  }

  #replaceItem(question: Question) {
    this.items = this.items.map((item) =>
      item.id === question.id && supersedes(question, item) ? question : item,
    );
    this.#host.requestUpdate();
  }

  async #onChanges(changes: Change[]) {
    const client = this.#source.client();
    if (!client) return;
    const known = new Set(this.items.map((item) => item.id));
    const relevant = changes.filter(
      (change) => known.has(change.questionId) || change.kind === 'created',
    );
    if (relevant.length === 0) return;
    for (const change of relevant) {
      const detail = this.details.get(change.questionId);
      const before = detail?.status === 'ready' ? detail.question : undefined;
      if (!before && !known.has(change.questionId)) continue;
      try {
        const signal = this.#connection.signal;
        const question = await client.getQuestion(change.questionId, { signal });
        const previous = before ?? this.items.find((item) => item.id === question.id);
        const open = this.details.get(question.id);
        const current =
          open?.status === 'ready'
            ? open.question
            : this.items.find((item) => item.id === question.id);
        // Older than what is shown by now (a follow-up's answer came first): nothing new.
        if (signal.aborted || (current && !supersedes(question, current))) continue;
        this.#replaceItem(question);
        if (open?.status === 'ready') this.show(question);
        // New since what the buyer saw: unseen message ids when open, else after the last one listed.
        const seen = new Set(before?.messages.map((message) => message.id) ?? []);
        // Times compared as instants: the same moment may be written with another offset or
        // precision (`10:00:00Z`, `10:00:00.500+00:00`), where comparing strings goes wrong.
        const since = Date.parse(previous?.lastMessageAt ?? question.lastMessageAt);
        const fresh = question.messages.filter((message) =>
          before ? !seen.has(message.id) : Date.parse(message.createdAt) > since,
        );
        for (const message of fresh) {
          if (message.author === 'seller' || message.author === 'platform') {
            this.#source.onReply(question, message);
          }
        }
      } catch {
        // The next change or a reload brings it; nothing the buyer typed is affected.
      }
    }
    if (relevant.some((change) => !known.has(change.questionId))) void this.reload();
  }
}
