// One question open in the inbox: who asked, its state, who handles it and the time left; the
// product or order; the thread (photos full size, "View in {language}"); and what the seller
// can do now (reply, refund, escalate). Every action carries `expectedVersion`; a 409 reloads
// the question, keeps what the seller typed, and says what changed.
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import { AbortedError, ConflictError } from '../../api/errors.js';
import type { Config, Order, QuestionDetail, Shop, Viewer } from '../../api/types.js';
import { platformActions, sellerActions, supersedes } from '../../domain/question-state.js';
import { closeQuestion, handBack } from '../../api/platform.js';
import { markNoResponseNeeded } from '../../api/no-response.js';
import { newIdempotencyKey } from '../../api/client.js';
import { canMarkNoResponseNeeded } from '../../domain/no-response.js';
import { DEFAULT_CLOCK } from '../../domain/response-clock.js';
import { DraftController } from '../../controllers/draft.js';
import { SubmitController } from '../../controllers/submit.js';
import { msg } from '../../i18n/localize.js';
import { SqEscalatedEvent, SqRefundIssuedEvent, SqReplySentEvent } from '../events.js';
import { SqElement } from '../shared/base-element.js';
import { baseStyles } from '../shared/base-styles.js';
import { errorText } from '../shared/error-text.js';
import { answerLost, sentBefore } from '../shared/send-outcome.js';
import type { Act, ActionOutcome, InboxAction } from './actions.js';
import { renderHeader, renderNoReply } from './conversation-parts.js';
import { conversationStyles } from './conversation.styles.js';
import { thumbnail } from '../../styles/thumbnail.js';
import { InboxAnnounceEvent, InboxEvent } from './inbox-events.js';
import { conflictReason, conflictText, successText } from './notices.js';
import { renderContext } from './order-context.js';
import type { PublicationChangedEvent } from './publication.js';
import type { SqInboxReply } from './reply.js';
import { badges } from '../../styles/badges.js';

type Notice = { tone: 'success' | 'warning' | 'error'; text: string };

/**
 * @summary Internal: the open question with its context, thread and actions.
 * @csspart conversation - The whole pane.
 * @csspart conversation-header - Buyer, topic, state, handler and countdown.
 * @csspart notice - What just happened (sent, changed meanwhile...).
 * @csspart context - The product or order.
 * @csspart no-response - "No response needed" with its explanation.
 * @csspart no-response-button - The button that marks the buyer's message as needing none.
 * @csspart publication - "Publish answer" or "Published" with "Unpublish" (pre-sales questions).
 */
export class SqInboxConversation extends SqElement {
  static override styles = [...baseStyles, badges, thumbnail, conversationStyles];

  @property({ attribute: false }) client: SellerQuestionsClient | null = null;
  @property({ attribute: false }) config: Config | null = null;
  @property({ attribute: false }) viewer: Viewer | null = null;
  @property({ attribute: false }) shop: Shop | null = null;
  /** The question to show; its details load when it changes. */
  @property({ attribute: 'question-id' }) questionId: string | null = null;
  /** Its order, when known from the list: loaded alongside the question. */
  @property({ attribute: 'order-id' }) orderId: string | undefined;
  /** The shared clock's time (ms). */
  @property({ type: Number }) now = Date.now();
  /** The seller's language, for "View in {language}". */
  @property({ attribute: 'reader-language' }) readerLanguage = '';

  @state() private question: QuestionDetail | null = null;
  @state() private order: Order | null = null;
  @state() private orderFailed = false;
  @state() private loadError: unknown = null;
  @state() private notice: Notice | null = null;
  /** "No response needed" being sent; after a failure its key, for "Try again" (marked once). */
  readonly #marking = new SubmitController<{ questionId: string; key: string }>(this);
  @query('sq-inbox-reply') private reply?: SqInboxReply;

  readonly #keptDraft = new DraftController<{ text?: string }>(this, () => {
    this.requestUpdate();
  });
  /** A reply the backend refused after a conflict, kept in memory as well as in the draft. */
  #unsent: { questionId: string; text: string } | null = null;
  #abort: AbortController | undefined;
  /** Its load was stopped when the element left the page. */
  #interrupted = false;
  #loaded: Promise<void> = Promise.resolve();

  /** Focuses the conversation's heading once it has loaded. */
  async focusHeading() {
    await this.#loaded;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#conversation-title')?.focus();
  }

  /** Loads the question again (it changed elsewhere). */
  reload() {
    if (this.questionId) this.#loaded = this.#load(this.questionId, false);
  }

  override connectedCallback() {
    super.connectedCallback();
    // Moved in the page while loading: the load was stopped, start it again.
    if (this.#interrupted && this.questionId) this.#loaded = this.#load(this.questionId, true);
    this.#interrupted = false;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#interrupted = !!this.#abort && !this.#abort.signal.aborted && !this.question;
    this.#abort?.abort();
  }

  /** The version of the question shown, to know whether a change is new. */
  get version(): number | undefined {
    return this.question?.version;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('questionId') && this.questionId !== this.question?.id) {
      // No longer the old question's draft: its composer writes it as it leaves in this
      // update, which would ask for another one (the new question's is followed once loaded).
      this.#keptDraft.select(null, null);
      this.question = null;
      this.order = null;
      this.notice = null;
      this.loadError = null;
      if (this.questionId) this.#loaded = this.#load(this.questionId, true);
    }
  }

  async #load(id: string, fresh: boolean) {
    const client = this.client;
    if (!client) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const signal = abort.signal;
    this.loadError = null;
    const orderId = this.orderId;
    try {
      const [question, listedOrder] = await Promise.all([
        client.getQuestion(id, { signal }),
        orderId ? client.getOrder(orderId, { signal }).catch(() => null) : Promise.resolve(null),
      ]);
      const order =
        listedOrder ??
        (question.orderId
          ? await client.getOrder(question.orderId, { signal }).catch(() => null)
          : null);
      // Another question was opened meanwhile, or an action's newer answer came first.
      if (signal.aborted || id !== this.questionId || !supersedes(question, this.question)) return;
      this.question = question;
      this.order = order;
      this.orderFailed = !!question.orderId && !order;
      this.#keptDraft.select(this.viewer?.id, `inbox:${id}`);
      const updated = (read: QuestionDetail) =>
        this.dispatchEvent(
          new InboxEvent('sq-inbox-updated', { question: read, action: 'reload' }),
        );
      // Opening a question counts as seeing it; so does a message that arrives in the question
      // open on a page in view (a hidden page's seller has not seen it: it stays new).
      if (question.unread && (fresh || document.visibilityState === 'visible')) {
        void client.markRead(id).then(
          () => {
            updated({ ...question, unread: false });
          },
          () => {
            if (!fresh) updated(question);
          },
        );
      } else if (!fresh) {
        updated(question);
      }
    } catch (error) {
      if (error instanceof AbortedError || signal.aborted) return;
      this.loadError = error;
      this.reportError(error, 'load-question');
    }
  }

  /** Performs a seller action for the reply, refund and escalation parts. */
  readonly act: Act = async (action: InboxAction): Promise<ActionOutcome> => {
    const question = this.question;
    const client = this.client;
    if (!question || !client)
      return { ok: false, error: new Error('Not loaded yet.'), conflict: false };
    this.notice = null;
    const expectedVersion = question.version;
    const options = { idempotencyKey: action.idempotencyKey };
    try {
      let updated: QuestionDetail;
      if (action.kind === 'reply') {
        const { text, language, attachmentIds, resolve, original } = action;
        updated = await client.sendMessage(
          question.id,
          {
            text,
            language,
            attachmentIds,
            ...(resolve ? { resolve: true } : {}),
            ...(original ? { original } : {}),
            expectedVersion,
          },
          options,
        );
      } else if (action.kind === 'refund') {
        updated = await client.refundItems(
          question.id,
          { items: action.items, expectedVersion },
          options,
        );
        const order = updated.orderId
          ? await client.getOrder(updated.orderId).catch(() => null)
          : null;
        if (order && this.question?.id === updated.id) this.order = order;
      } else if (action.kind === 'hand_back') {
        updated = await handBack(
          client,
          question.id,
          { reason: action.reason, expectedVersion },
          options,
        );
      } else if (action.kind === 'no_response_needed') {
        updated = await markNoResponseNeeded(client, question.id, { expectedVersion }, options);
      } else if (action.kind === 'close') {
        updated = await closeQuestion(
          client,
          question.id,
          { ...(action.reason ? { reason: action.reason } : {}), expectedVersion },
          options,
        );
      } else {
        updated = await client.escalate(
          question.id,
          { reason: action.reason, expectedVersion },
          options,
        );
      }
      this.#announce(action, updated);
      return { ok: true, question: updated };
    } catch (error) {
      if (error instanceof ConflictError) {
        if (action.kind === 'reply') this.#unsent = { questionId: question.id, text: action.text };
        await this.#afterConflict(question, error, action.kind);
        return { ok: false, error, conflict: true };
      }
      this.reportError(error, `inbox-${action.kind}`);
      // It may have been done all the same: shown as it is now, not only said in the notice.
      // (Still unreachable: the notice says so, and the live updates bring it later.)
      if (answerLost(error) || sentBefore(error)) void this.#refresh(question.id).catch(() => {});
      return { ok: false, error, conflict: false };
    }
  };

  #announce(action: InboxAction, question: QuestionDetail) {
    // The seller may have opened another question while this one was sent: the answer is
    // reported (events, the list), but neither shown in its place nor moving the focus.
    const shown = question.id === this.question?.id;
    if (shown && supersedes(question, this.question)) this.question = question;
    if (shown) {
      this.notice = { tone: 'success', text: successText(action, question) };
      // A notice inserted with its text may go unread: the inbox's live region says it.
      this.dispatchEvent(new InboxAnnounceEvent(this.notice.text));
    }
    const refund = question.refunds.at(-1);
    if (action.kind === 'reply') {
      this.dispatchEvent(new SqReplySentEvent({ question, resolved: action.resolve }));
    } else if (action.kind === 'refund' && refund) {
      this.dispatchEvent(new SqRefundIssuedEvent({ question, refund }));
    } else if (action.kind === 'escalate') {
      this.dispatchEvent(new SqEscalatedEvent({ question, reason: action.reason }));
    }
    const kind = action.kind === 'reply' && action.resolve ? 'reply_and_resolve' : action.kind;
    this.dispatchEvent(
      new InboxEvent('sq-inbox-updated', { question, action: shown ? kind : 'reload' }),
    );
  }

  /** The seller's unsent reply to show where the composer was, if there is one. */
  #kept(question: QuestionDetail): string | undefined {
    if (this.#unsent?.questionId === question.id) return this.#unsent.text;
    return this.#keptDraft.load()?.text;
  }

  /** The question as the backend has it now, in the list and (still open) here. */
  async #refresh(id: string): Promise<QuestionDetail> {
    const after = await this.client!.getQuestion(id);
    this.dispatchEvent(new InboxEvent('sq-inbox-updated', { question: after, action: 'reload' }));
    if (this.question?.id === id && supersedes(after, this.question)) this.question = after;
    return after;
  }

  async #afterConflict(before: QuestionDetail, error: ConflictError, kind: InboxAction['kind']) {
    this.reportError(error, 'conflict');
    try {
      const after = await this.#refresh(before.id);
      if (this.question?.id !== before.id) return;
      this.notice = {
        tone: 'warning',
        text: conflictText(conflictReason(before, after, kind), after, before),
      };
    } catch (reloadError) {
      if (this.question?.id !== before.id) return;
      this.notice = { tone: 'error', text: `${errorText(error)} ${errorText(reloadError)}` };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice[part~=notice]')?.focus();
  }

  /** Published or unpublished (publication.ts): shown, listed, said. */
  #published(question: QuestionDetail) {
    if (question.id === this.question?.id && supersedes(question, this.question)) {
      this.question = question;
    }
    this.notice = {
      tone: 'success',
      text: question.publication
        ? msg('Published on the product page.', { id: 'inbox.publish.done' })
        : msg('Taken off the product page.', { id: 'inbox.publish.undone' }),
    };
    this.dispatchEvent(new InboxAnnounceEvent(this.notice.text));
    this.dispatchEvent(new InboxEvent('sq-inbox-updated', { question, action: 'reload' }));
  }

  /** Marks the buyer's latest message as needing no response. */
  async #markNoResponseNeeded(question: QuestionDetail) {
    const failed = this.#marking.failure?.retry;
    const mark =
      failed?.questionId === question.id
        ? failed
        : { questionId: question.id, key: newIdempotencyKey() };
    if (!this.#marking.start()) return;
    const outcome = await this.act({ kind: 'no_response_needed', idempotencyKey: mark.key });
    this.#marking.finish();
    if (outcome.ok || outcome.conflict) return;
    this.#marking.fail(outcome.error, mark);
    if (this.question?.id === question.id) {
      this.notice = { tone: 'error', text: errorText(outcome.error) };
    }
  }

  #renderNoResponse(question: QuestionDetail) {
    const role = this.viewer?.role === 'platform' ? 'platform' : 'seller';
    if (!canMarkNoResponseNeeded(question, role)) return nothing;
    return html`<div class="no-response" part="no-response">
      <button
        type="button"
        part="no-response-button"
        aria-describedby="no-response-hint"
        ?disabled=${this.#marking.sending}
        aria-busy=${this.#marking.sending ? 'true' : 'false'}
        @click=${() => void this.#markNoResponseNeeded(question)}
      >
        ${
          this.#marking.sending
            ? msg('Sending…', { id: 'composer.sending' })
            : msg('No response needed', { id: 'inbox.no_response.button' })
        }
      </button>
      <span id="no-response-hint" class="muted">
        ${msg(
          'For a message that asks nothing, such as a thank-you: the question counts as answered now (late if it is past its due time).',
          { id: 'inbox.no_response.hint' },
        )}
      </span>
    </div>`;
  }

  protected override render() {
    const question = this.question;
    if (this.loadError && !question) {
      return html`<div class="notice" data-tone="error" part="notice" role="alert">
        <span>${errorText(this.loadError)}</span>
        <button
          type="button"
          @click=${() => {
            this.reload();
          }}
        >
          ${msg('Retry', { id: 'common.retry' })}
        </button>
      </div>`;
    }
    if (!question) {
      return html`<p class="muted" role="status">
        ${msg('Loading the conversation…', { id: 'inbox.conversation.loading' })}
      </p>`;
    }
    const viewer = this.viewer?.role === 'platform' ? 'platform' : 'seller';
    const actions: string[] =
      viewer === 'platform' ? platformActions(question) : sellerActions(question);
    return html`<article
      class="conversation"
      part="conversation"
      aria-labelledby="conversation-title"
    >
      ${renderHeader(question, {
        viewer,
        now: this.now,
        clock: this.config ?? DEFAULT_CLOCK,
        canReply: actions.includes('reply'),
        onBack: () => this.dispatchEvent(new InboxEvent('sq-inbox-back')),
        onReply: () => this.reply?.focus(),
      })}
      ${
        this.notice
          ? html`<div
              class="notice"
              part="notice"
              data-tone=${this.notice.tone}
              tabindex="-1"
              role=${this.notice.tone === 'success' ? nothing : 'alert'}
            >
              ${this.notice.text}
            </div>`
          : nothing
      }
      ${renderContext(question, this.order, this.orderFailed)}
      <sq-thread
        viewer=${viewer}
        .question=${question}
        .client=${this.client}
        .order=${this.order}
        reader-language=${this.readerLanguage}
        exportparts="thread, message, message-buyer, message-seller, message-platform, event, author, time, text, photos, translate, translation, lightbox"
      ></sq-thread>
      ${this.#renderNoResponse(question)}
      ${
        this.viewer?.role === 'seller'
          ? html`<sq-inbox-publication
              .client=${this.client}
              .question=${question}
              @sq-publication-changed=${(event: PublicationChangedEvent) => {
                this.#published(event.question);
              }}
            ></sq-inbox-publication>`
          : nothing
      }
      ${
        actions.includes('reply')
          ? html`<sq-inbox-reply
              .question=${question}
              .order=${this.order}
              .shop=${this.shop}
              .viewer=${this.viewer}
              .config=${this.config}
              .client=${this.client}
              .act=${this.act}
              exportparts="reply, template-picker, template-note, textarea, counter, attachments, attachment, add-photos, submit, field-error, error"
            ></sq-inbox-reply>`
          : renderNoReply(question, viewer, this.#kept(question), () => {
              this.#keptDraft.clear();
              this.#unsent = null;
              this.requestUpdate();
            })
      }
      ${
        actions.includes('refund') && this.order
          ? html`<sq-inbox-refund
              .question=${question}
              .order=${this.order}
              .act=${this.act}
              exportparts="refund, refund-item, refund-button, dialog"
            ></sq-inbox-refund>`
          : nothing
      }
      ${(['hand_back', 'close'] as const).map((kind) =>
        actions.includes(kind)
          ? html`<sq-inbox-platform-action
              kind=${kind}
              .question=${question}
              .act=${this.act}
              exportparts="platform-action-button, dialog"
            ></sq-inbox-platform-action>`
          : nothing,
      )}
      ${
        actions.includes('escalate')
          ? html`<sq-inbox-escalate
              .question=${question}
              .act=${this.act}
              exportparts="escalate-button, dialog"
            ></sq-inbox-escalate>`
          : nothing
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-inbox-conversation': SqInboxConversation;
  }
}
