// The buyer's conversations about one product, the shop, or one order: each with its status,
// who answers and by when, the thread, ratings and a follow-up composer. What is listed is
// loaded by ConversationsLoader (conversations-loader.ts), with new answers through the change
// feed while the page is visible; this element renders it, sends follow-ups and announces
// replies politely.
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { repeat } from 'lit/directives/repeat.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import type { Config, Order, Question, QuestionDetail, QuestionFilters } from '../../api/types.js';
import { canFollowUp } from '../../domain/question-state.js';
import { Announcer } from '../../controllers/announcer.js';
import { SubmitController } from '../../controllers/submit.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { getLocale } from '../../i18n/format-number.js';
import { msg, str } from '../../i18n/localize.js';
import { warmUpEngineSoon } from '../../i18n/engine-steps.js';
import { SqFollowUpSentEvent, SqRatingSentEvent, SqReplyReceivedEvent } from '../events.js';
import { SqElement } from './base-element.js';
import { baseStyles } from './base-styles.js';
import { SqComposer, type ComposerSubmitEvent } from './composer.js';
import { ConversationsLoader, type Detail } from './conversations-loader.js';
import { conversationsStyles } from './conversations.styles.js';
import { errorText, isRetryable } from './error-text.js';
import { answerLost, sendFailureText, sentBefore } from './send-outcome.js';
import { statusLabel, subjectLabel, topicLabel } from './labels.js';
import { SqThread, type ThreadRatedEvent } from './thread.js';
import { badges } from '../../styles/badges.js';

// The history's dates are the page's first Intl formatters where <ask-seller>'s form made none
// (its head start does not warm Intl up: that competed with the form for the CPU). Intl's shared
// data loads in short tasks from here, once the code is here, while the first page is on its way.
warmUpEngineSoon(getLocale());

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
  static override styles = [...baseStyles, badges, conversationsStyles];

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

  readonly #announcer = new Announcer(this);
  /** The questions, their details and the change feed. */
  readonly #loader = new ConversationsLoader(this, {
    client: () => this.client,
    filter: () => this.filter,
    onLoadError: (error) => {
      this.reportError(error, 'load-questions');
    },
    onReply: (question, message) => {
      const name =
        message.author === 'seller'
          ? message.authorName
          : msg('Customer service', { id: 'thread.platform' });
      this.#announce(msg(str`New reply from ${name}`, { id: 'conversations.new_reply' }));
      this.dispatchEvent(new SqReplyReceivedEvent({ question, message }));
    },
  });
  /** Each question's follow-up: sending, its last failure and "Retry" (after a Retry-After). */
  readonly #sends = new Map<string, SubmitController<ComposerSubmitEvent['detail']>>();

  static override readonly dependencies = { 'sq-thread': SqThread, 'sq-composer': SqComposer };

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('client') || changed.has('filter')) && this.client && this.filter)
      void this.reload();
  }

  /** Loads the first page again. */
  reload() {
    return this.#loader.reload();
  }

  /** Shows a question just created by the parent, opened. */
  add(question: QuestionDetail) {
    this.#loader.add(question);
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
      this.#loader.update(updated);
      this.#announce(msg('Your message was sent.', { id: 'conversations.sent' }));
      this.dispatchEvent(new SqFollowUpSentEvent({ question: updated }));
    } catch (error) {
      send.fail(error, detail);
      this.reportError(error, 'follow-up');
      // The message as first sent had arrived: Send now sends the changed one as a new message.
      if (sentBefore(error)) composer?.renewKey();
      // It may be in the thread now: shown there, not only in the notice.
      if (answerLost(error) || sentBefore(error)) {
        void this.client
          .getQuestion(question.id)
          .then((current) => {
            this.#loader.update(current);
          })
          .catch(() => undefined);
      }
    } finally {
      send.finish();
    }
  }

  protected override render() {
    const { items, loading, loadError, nextCursor } = this.#loader;
    return html`
      <!-- Not a landmark of its own (no name): the element around it is the one region. -->
      <section>
        <h3 id="heading">${this.heading}</h3>
        ${
          loadError
            ? html`<div class="notice" data-tone="error" part="error" role="alert">
                <span>${errorText(loadError)}</span>
                <button type="button" @click=${() => void this.reload()}>
                  ${msg('Retry', { id: 'common.retry' })}
                </button>
              </div>`
            : nothing
        }
        ${
          loading && items.length === 0
            ? html`<p class="muted" role="status">${msg('Loading…', { id: 'common.loading' })}</p>`
            : nothing
        }
        ${
          !loading && !loadError && items.length === 0
            ? html`<p class="muted" part="empty">${this.emptyText}</p>`
            : nothing
        }
        ${
          items.length
            ? html`<ul class="list" part="list">
                ${repeat(
                  items,
                  (item) => item.id,
                  (item) => this.#renderItem(item),
                )}
              </ul>`
            : nothing
        }
        ${
          nextCursor
            ? html`<button type="button" @click=${() => void this.#loader.loadMore()}>
                ${msg('Show more', { id: 'common.show_more' })}
              </button>`
            : nothing
        }
        ${this.#announcer.render()}
      </section>
    `;
  }

  #renderItem(item: Question) {
    const detail = this.#loader.details.get(item.id);
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
          @click=${() => void this.#loader.toggle(item)}
        >
          <span class="title"
            >${title}${item.unread ? html` <span class="dot" role="img" aria-label=${msg('New reply', { id: 'conversations.unread' })}></span>` : nothing}</span
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
          this.#loader.show(event.detail.question);
          this.#announce(msg('Thank you for your rating.', { id: 'conversations.rated' }));
          this.dispatchEvent(new SqRatingSentEvent(event.detail));
        }}
      ></sq-thread>
      ${
        failure
          ? html`<div class="notice" data-tone="error" part="error" role="alert">
              <span
                >${sendFailureText(failure.error)}
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

  #handlerText(question: QuestionDetail): string {
    if (question.status === 'resolved' || question.status === 'closed') {
      if (question.handler !== 'seller') {
        return msg('Handled by customer service.', { id: 'handler.platform_done' });
      }
      // A refund the seller made without writing: not "answered".
      return question.refunds.length &&
        !question.messages.some((message) => message.author === 'seller')
        ? msg('Refunded by the seller.', { id: 'handler.seller_refunded' })
        : msg('Answered by the seller.', { id: 'handler.seller_done' });
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
