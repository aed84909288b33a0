// The buyer's conversations about one product, the shop, or one order: each with its status,
// who answers and by when, the thread, ratings and a follow-up composer. New answers arrive
// through the change feed while the page is visible, and are announced politely.
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import { repeat } from 'lit/directives/repeat.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import type {
  Change,
  Config,
  Order,
  Question,
  QuestionDetail,
  QuestionFilters,
} from '../../api/types.js';
import { canFollowUp, supersedes } from '../../domain/question-state.js';
import { Announcer } from '../../controllers/announcer.js';
import { LiveUpdatesController } from '../../controllers/live-updates.js';
import { SubmitController } from '../../controllers/submit.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { SqFollowUpSentEvent, SqRatingSentEvent, SqReplyReceivedEvent } from '../events.js';
import { SqElement } from './base-element.js';
import { baseStyles } from './base-styles.js';
import { SqComposer, type ComposerSubmitEvent } from './composer.js';
import { conversationsStyles } from './conversations.styles.js';
import { errorText, isRetryable } from './error-text.js';
import { statusLabel, subjectLabel, topicLabel } from './labels.js';
import { SqThread, type ThreadRatedEvent } from './thread.js';

type Detail =
  | { status: 'loading' }
  | { status: 'ready'; question: QuestionDetail }
  | { status: 'failed'; error: unknown };

/**
 * @summary Internal: the buyer's questions about one thing, with threads and follow-ups.
 * @csspart list - The list of questions.
 * @csspart question - One question.
 * @csspart question-toggle - The button that opens a question.
 * @csspart status - A question's status.
 * @csspart handler - Who answers and by when.
 * @csspart empty - Shown when there are no questions yet.
 * @csspart error - An error with its retry.
 */
export class SqConversations extends SqElement {
  static override styles = [...baseStyles, conversationsStyles];

  @property({ attribute: false }) client: SellerQuestionsClient | null = null;
  @property({ attribute: false }) config: Config | null = null;
  /** Which questions: e.g. `{ productId }`, `{ orderId }` or `{ topic: 'shop' }`. */
  @property({ attribute: false }) filter: QuestionFilters | null = null;
  @property({ attribute: false }) order: Order | null = null;
  @property() heading = '';
  /** Shown when there are none. */
  @property({ attribute: 'empty-text' }) emptyText = '';
  /** The language follow-ups are written in. */
  @property() language = 'en';
  /** Prefix of the follow-up drafts' keys. */
  @property({ attribute: 'draft-prefix' }) draftPrefix = 'conversation';
  /** Whose the follow-up drafts are (the signed-in viewer's id); none are kept without it. */
  @property({ attribute: 'draft-owner' }) draftOwner: string | null = null;

  @state() private items: Question[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loading = false;
  @state() private loadError: unknown = null;
  @state() private details = new Map<string, Detail>();

  /** The first page's load and "Show more": a reload or leaving the page stops both. */
  #abort: AbortController | undefined;
  #more: AbortController | undefined;
  /** Detail loads, live updates and sends: stopped when the element leaves the page. */
  #connection = new AbortController();
  readonly #announcer = new Announcer(this);
  readonly #live: LiveUpdatesController;
  /** Each question's follow-up: sending, its last failure and "Retry" (after a Retry-After). */
  readonly #sends = new Map<string, SubmitController<ComposerSubmitEvent['detail']>>();

  static override readonly dependencies = { 'sq-thread': SqThread, 'sq-composer': SqComposer };

  constructor() {
    super();
    this.#live = new LiveUpdatesController(this, {
      client: () => this.client,
      onChanges: (changes) => void this.#onChanges(changes),
      onReset: () => void this.reload(),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('client') || changed.has('filter')) && this.client && this.filter)
      void this.reload();
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.#connection.signal.aborted) return;
    this.#connection = new AbortController();
    // A load stopped when the element left the page starts again.
    if (this.loading) void this.reload();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#connection.abort();
    this.#abort?.abort();
    this.#more?.abort();
  }

  /** Loads the first page again. */
  async reload() {
    if (!this.client || !this.filter) return;
    this.#abort?.abort();
    // A page of the previous list would be appended to the new one.
    this.#more?.abort();
    const abort = (this.#abort = new AbortController());
    this.loading = true;
    this.loadError = null;
    const client = this.client;
    // A newer reload or the element leaving the page makes this one stale (read after each await).
    const stale = () => abort.signal.aborted;
    try {
      const load = () =>
        client.listQuestions(
          { ...this.filter!, sort: '-updated', limit: 20 },
          { signal: abort.signal },
        );
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
      this.reportError(error, 'load-questions');
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  async #loadMore() {
    if (!this.client || !this.filter || !this.nextCursor) return;
    this.#more?.abort();
    const more = (this.#more = new AbortController());
    try {
      const page = await this.client.listQuestions(
        { ...this.filter, sort: '-updated', limit: 20, cursor: this.nextCursor },
        { signal: more.signal },
      );
      if (more.signal.aborted) return;
      const known = new Set(this.items.map((item) => item.id));
      this.items = [...this.items, ...page.items.filter((item) => !known.has(item.id))];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (more.signal.aborted) return;
      this.loadError = error;
    }
  }

  /** Shows a question just created by the parent, opened. */
  add(question: QuestionDetail) {
    this.items = [question, ...this.items.filter((item) => item.id !== question.id)];
    this.#setDetail(question.id, { status: 'ready', question });
  }

  #setDetail(id: string, detail: Detail) {
    this.details = new Map(this.details).set(id, detail);
  }

  /** The question as the backend sent it, unless what is shown is newer (answers may cross). */
  #show(question: QuestionDetail) {
    const shown = this.details.get(question.id);
    if (shown?.status === 'ready' && !supersedes(question, shown.question)) return;
    this.#setDetail(question.id, { status: 'ready', question });
    this.#replaceItem(question);
  }

  async #toggle(question: Question) {
    if (this.details.has(question.id)) {
      const next = new Map(this.details);
      next.delete(question.id);
      this.details = next;
      return;
    }
    await this.#loadDetail(question.id);
  }

  async #loadDetail(id: string) {
    if (!this.client) return;
    const signal = this.#connection.signal;
    this.#setDetail(id, { status: 'loading' });
    try {
      const question = await this.client.getQuestion(id, { signal });
      // Closed meanwhile: it stays closed.
      if (signal.aborted || !this.details.has(id)) return;
      if (question.unread) {
        void this.client.markRead(id).catch(() => undefined);
        question.unread = false;
      }
      this.#show(question);
    } catch (error) {
      if (signal.aborted || this.details.get(id)?.status !== 'loading') return;
      this.#setDetail(id, { status: 'failed', error });
    }
  }

  #replaceItem(question: Question) {
    this.items = this.items.map((item) =>
      item.id === question.id && supersedes(question, item) ? question : item,
    );
  }

  async #onChanges(changes: Change[]) {
    if (!this.client) return;
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
        const question = await this.client.getQuestion(change.questionId, { signal });
        const previous = before ?? this.items.find((item) => item.id === question.id);
        const open = this.details.get(question.id);
        const current =
          open?.status === 'ready'
            ? open.question
            : this.items.find((item) => item.id === question.id);
        // Older than what is shown by now (a follow-up's answer came first): nothing new.
        if (signal.aborted || (current && !supersedes(question, current))) continue;
        this.#replaceItem(question);
        if (open?.status === 'ready') this.#show(question);
        // New since what the buyer saw: unseen message ids when open, else after the last one listed.
        const seen = new Set(before?.messages.map((message) => message.id) ?? []);
        // Times compared as instants: the same moment may be written with another offset or
        // precision (`10:00:00Z`, `10:00:00.500+00:00`), where comparing strings goes wrong.
        const since = Date.parse(previous?.lastMessageAt ?? question.lastMessageAt);
        const fresh = question.messages.filter((message) =>
          before ? !seen.has(message.id) : Date.parse(message.createdAt) > since,
        );
        for (const message of fresh) {
          if (message.author !== 'seller' && message.author !== 'platform') continue;
          const name =
            message.author === 'seller'
              ? message.authorName
              : msg('Customer service', { id: 'thread.platform' });
          this.#announce(msg(str`New reply from ${name}`, { id: 'conversations.new_reply' }));
          this.dispatchEvent(new SqReplyReceivedEvent({ question, message }));
        }
      } catch {
        // The next change or a reload brings it; nothing the buyer typed is affected.
      }
    }
    if (relevant.some((change) => !known.has(change.questionId))) void this.reload();
  }

  #announce(text: string) {
    this.#announcer.say(text);
  }

  #send(id: string) {
    let send = this.#sends.get(id);
    if (!send) this.#sends.set(id, (send = new SubmitController(this)));
    return send;
  }

  async #sendFollowUp(
    question: QuestionDetail,
    detail: ComposerSubmitEvent['detail'],
    composer: SqComposer | null,
  ) {
    const send = this.#send(question.id);
    if (!this.client || !send.start()) return;
    try {
      const updated = await this.client.sendMessage(
        question.id,
        { text: detail.text, language: this.language, attachmentIds: detail.attachmentIds },
        { idempotencyKey: detail.idempotencyKey },
      );
      composer?.reset();
      if (this.details.has(updated.id)) this.#show(updated);
      else this.#replaceItem(updated);
      this.#announce(msg('Your message was sent.', { id: 'conversations.sent' }));
      this.dispatchEvent(new SqFollowUpSentEvent({ question: updated }));
    } catch (error) {
      send.fail(error, detail);
      this.reportError(error, 'follow-up');
    } finally {
      send.finish();
    }
  }

  protected override render() {
    return html`
      <!-- Not a landmark of its own (no name): the element around it is the one region. -->
      <section>
        <h3 id="heading">${this.heading}</h3>
        ${
          this.loadError
            ? html`<div class="notice" data-tone="error" part="error" role="alert">
                <span>${errorText(this.loadError)}</span>
                <button type="button" @click=${() => void this.reload()}>
                  ${msg('Retry', { id: 'common.retry' })}
                </button>
              </div>`
            : nothing
        }
        ${
          this.loading && this.items.length === 0
            ? html`<p class="muted" role="status">${msg('Loading…', { id: 'common.loading' })}</p>`
            : nothing
        }
        ${
          !this.loading && !this.loadError && this.items.length === 0
            ? html`<p class="muted" part="empty">${this.emptyText}</p>`
            : nothing
        }
        ${
          this.items.length
            ? html`<ul class="list" part="list">
                ${repeat(
                  this.items,
                  (item) => item.id,
                  (item) => this.#renderItem(item),
                )}
              </ul>`
            : nothing
        }
        ${
          this.nextCursor
            ? html`<button type="button" @click=${() => void this.#loadMore()}>
                ${msg('Show more', { id: 'common.show_more' })}
              </button>`
            : nothing
        }
        ${this.#announcer.render()}
      </section>
    `;
  }

  #renderItem(item: Question) {
    const detail = this.details.get(item.id);
    const open = detail !== undefined;
    const panelId = `panel-${item.id}`;
    const title = item.details?.subject
      ? subjectLabel(item.details.subject)
      : topicLabel(item.topic);
    return html`
      <li class="item" part="question" data-status=${item.status}>
        <button
          type="button"
          class="toggle"
          part="question-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${panelId}
          aria-describedby=${`snippet-${item.id}`}
          @click=${() => void this.#toggle(item)}
        >
          <span class="title"
            >${title}${item.unread ? html` <span class="dot" aria-label=${msg('New reply', { id: 'conversations.unread' })}></span>` : nothing}</span
          >
          <span
            class="badge"
            part="status"
            data-tone=${item.status === 'resolved' || item.status === 'closed' ? 'done' : ''}
          >
            ${statusLabel(item.status, 'buyer')}
          </span>
          <span class="muted">${formatDate(item.createdAt)}</span>
          <!-- The last message describes the toggle; its name stays short (what, state, when). -->
          <span
            class="snippet"
            id=${`snippet-${item.id}`}
            aria-hidden="true"
            lang=${item.buyer.language}
            dir="auto"
            >${item.snippet}</span
          >
        </button>
        ${open ? html`<div class="panel" id=${panelId}>${this.#renderDetail(detail)}</div>` : nothing}
      </li>
    `;
  }

  #renderDetail(detail: Detail) {
    if (detail.status === 'loading')
      return html`<p class="muted" role="status">${msg('Loading…', { id: 'common.loading' })}</p>`;
    if (detail.status === 'failed') {
      return html`<p class="field-error" role="alert">${errorText(detail.error)}</p>`;
    }
    const question = detail.question;
    const send = this.#send(question.id);
    const failure = send.failure;
    return html`
      <p class="muted" part="handler">${this.#handlerText(question)}</p>
      <sq-thread
        .question=${question}
        .client=${this.client}
        .order=${this.order}
        viewer="buyer"
        ratable
        exportparts="thread, message, event, text, translate, translation, rating, lightbox"
        @sq-thread-rated=${(event: ThreadRatedEvent) => {
          this.#show(event.detail.question);
          this.#announce(msg('Thank you for your rating.', { id: 'conversations.rated' }));
          this.dispatchEvent(new SqRatingSentEvent(event.detail));
        }}
      ></sq-thread>
      ${
        failure
          ? html`<div class="notice" data-tone="error" part="error" role="alert">
              <span
                >${errorText(failure.error)}
                ${msg('Your message is kept.', { id: 'conversations.kept' })}</span
              >
              ${
                isRetryable(failure.error)
                  ? html`<button
                      type="button"
                      ?disabled=${send.blocked}
                      @click=${(event: Event) => {
                        const composer =
                          (event.target as HTMLElement)
                            .closest('.panel')
                            ?.querySelector('sq-composer') ?? null;
                        // The notice goes while it sends: the focus waits on the send button.
                        void composer?.focusSubmit();
                        void this.#sendFollowUp(question, failure.retry, composer);
                      }}
                    >
                      ${msg('Retry', { id: 'common.retry' })}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        canFollowUp(question)
          ? html`<sq-composer
              label=${msg('Add a message', { id: 'conversations.follow_up' })}
              draft-key=${`${this.draftPrefix}:${question.id}`}
              .draftOwner=${this.draftOwner}
              .client=${this.client}
              .maxLength=${this.config?.maxMessageLength ?? 2000}
              .limits=${this.config?.attachments ?? undefined}
              .actions=${[{ id: 'send', label: msg('Send', { id: 'composer.send' }), primary: true }]}
              language=${this.language}
              ?busy=${send.sending}
              exportparts="textarea, counter, attachments, attachment, add-photos, submit, field-error"
              @sq-composer-submit=${(event: ComposerSubmitEvent) => {
                void this.#sendFollowUp(question, event.detail, event.target as SqComposer);
              }}
            ></sq-composer>`
          : html`<p class="muted">
              ${msg('This conversation is closed. Ask a new question if you need more help.', { id: 'conversations.closed' })}
            </p>`
      }
    `;
  }

  #handlerText(question: Question): string {
    if (question.status === 'resolved' || question.status === 'closed') {
      return question.handler === 'seller'
        ? msg('Answered by the seller.', { id: 'handler.seller_done' })
        : msg('Handled by customer service.', { id: 'handler.platform_done' });
    }
    if (question.handler === 'platform') {
      return msg('Customer service is handling this.', { id: 'handler.platform' });
    }
    if (question.status === 'awaiting_seller' && question.replyDueAt) {
      const due = formatDateTime(question.replyDueAt);
      return msg(str`The seller will answer by ${due}.`, { id: 'handler.seller_due' });
    }
    return msg('The seller has answered. You can reply if you need more help.', {
      id: 'handler.seller_answered',
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-conversations': SqConversations;
  }
}
