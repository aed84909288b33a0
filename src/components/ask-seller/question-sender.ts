// Sending <ask-seller>'s question, loaded once its form is painted (or when the buyer types or
// sends): the host's cancelable sq-question-submit, the request with its lost-answer check, the
// confirmation after it, and what a failure shows (the error, the field the backend refused,
// "Try again" once a rate limit's Retry-After has passed). Not in the element's first load: the
// form is shown without it.
import { html, nothing } from 'lit';
import type { SellerQuestionsClient } from '../../api/client.js';
import { ValidationError } from '../../api/errors.js';
import type { QuestionCreate, QuestionDetail } from '../../api/types.js';
import type { ProductSubject } from '../../domain/taxonomy.js';
import { SubmitController } from '../../controllers/submit.js';
import { msg } from '../../i18n/localize.js';
import { SqQuestionCreatedEvent, SqQuestionSubmitEvent } from '../events.js';
import type { ComposerSubmitDetail, SqComposer } from '../shared/composer.js';
import type { SqConversations } from '../shared/conversations.js';
import type { AskSeller } from './ask-seller.js';
import { isAuthProblem } from '../shared/error-text.js';
import { loadConversations } from '../shared/lazy.js';
import { answerLost, sendFailureText, sentBefore } from '../shared/send-outcome.js';
import { sendQuestion } from '../shared/send-question.js';
import { definePublicAnswers } from './public-answers.js';

/** The element's data the question needs: its shop, and the buyer's language. */
export interface SenderData {
  shop: { id: string };
  viewer: { language: string };
}

// The product's published answers and the consent come with the sending code.
definePublicAnswers();

export class QuestionSender {
  /** The backend's objection to the text (422). */
  textError: string | null = null;
  /** A question is on its way. */
  sending = false;
  /** The question just sent: the element shows its confirmation instead of the form. */
  created: QuestionDetail | null = null;
  /** What the element's live region says ("Your question was sent."). */
  announcement = '';
  readonly #host: AskSeller;
  readonly #onSubjectRefused: () => void;
  /** The last failure, with what "Try again" sends and its wait after a rate limit. */
  readonly #submit: SubmitController<ComposerSubmitDetail>;

  constructor(host: AskSeller, onSubjectRefused: () => void) {
    this.#host = host;
    this.#onSubjectRefused = onSubjectRefused;
    this.#submit = new SubmitController(host);
  }

  /** Forgets the last failure and question sent (the element shows another product now). */
  reset() {
    this.#forgetFailure();
    this.created = null;
  }

  #forgetFailure() {
    this.#submit.reset();
    this.textError = null;
  }

  /**
   * Sends the buyer's question from the form, unless one is on its way or the host cancels
   * sq-question-submit: about the element's product (with the `subject` chosen) or shop.
   * Sent, and still about what the form shows (`current`): `cleared()` empties the form, and the
   * confirmation takes its place with the focus.
   */
  async submit(
    client: SellerQuestionsClient,
    detail: ComposerSubmitDetail,
    { shop, viewer }: SenderData,
    subject: ProductSubject | null,
    current: () => boolean,
    cleared: () => void,
  ): Promise<void> {
    const host = this.#host;
    const { productId } = host;
    // A second click before the re-render disabled the button: one question only.
    if (this.sending) return;
    const input: QuestionCreate = {
      category: 'pre_sale',
      topic: productId ? 'product' : 'shop',
      shopId: shop.id,
      text: detail.text,
      language: host.language ?? viewer.language,
      attachmentIds: detail.attachmentIds,
    };
    if (productId) {
      input.productId = productId;
      input.details = { subject: subject! };
    }
    if (!host.dispatchEvent(new SqQuestionSubmitEvent({ input }))) return;
    this.sending = true;
    // Emptied while it sends: "sent" again for the next question is a change, read again.
    this.announcement = '';
    host.requestUpdate();
    try {
      const question = await this.send(client, input, detail, current);
      if (!question) return;
      // The page moved on to another product meanwhile: its form and draft are not this one's.
      if (current()) {
        cleared();
        this.created = question;
        this.announcement = msg('Your question was sent.', { id: 'ask.sent' });
        // The history loads on demand: the new question is shown there once it is defined.
        void loadConversations().then(() => {
          host.renderRoot.querySelector<SqConversations>('sq-conversations')?.add(question);
        });
        void host.updateComplete.then(() => {
          host.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
        });
      }
      host.dispatchEvent(new SqQuestionCreatedEvent({ question }));
    } finally {
      this.sending = false;
      host.requestUpdate();
    }
  }

  /** "Your question was sent." with the reply-time `promise`, and "Ask another question". */
  renderConfirmation(promise: string) {
    return html`<div class="notice confirmation" data-tone="success" part="status" tabindex="-1">
      <span>${msg('Your question was sent.', { id: 'ask.sent' })} ${promise}</span>
      <button type="button" class="link" @click=${() => void this.#askAnother()}>
        ${msg('Ask another question', { id: 'ask.another' })}
      </button>
    </div>`;
  }

  /** Back to an empty form, with the focus in its first field (not lost with the button). */
  async #askAnother() {
    const host = this.#host;
    this.created = null;
    host.requestUpdate();
    await host.updateComplete;
    const subject = host.renderRoot.querySelector<HTMLInputElement>('input[name=subject]');
    const composer = host.renderRoot.querySelector<SqComposer>('sq-composer');
    if (subject) subject.focus();
    else if (composer) {
      await composer.updateComplete;
      composer.focus();
    }
  }

  /**
   * Sends the question. A failure is kept and shown by `render()` while `current()` holds (the
   * element still shows what was asked about); null then.
   */
  async send(
    client: SellerQuestionsClient,
    input: QuestionCreate,
    retry: ComposerSubmitDetail,
    current: () => boolean,
  ): Promise<QuestionDetail | null> {
    this.#forgetFailure();
    try {
      return await sendQuestion(client, input, retry.idempotencyKey);
    } catch (error) {
      if (current()) this.#failed(error, retry);
      return null;
    }
  }

  #failed(error: unknown, retry: ComposerSubmitDetail) {
    const host = this.#host;
    host.reportError(error, 'create-question');
    if (error instanceof ValidationError) {
      const text = error.errorsAt('/text')[0];
      if (text) this.textError = text.detail;
      if (error.errorsAt('/details/subject').length) this.#onSubjectRefused();
    }
    if (sentBefore(error)) {
      // The question as first sent had arrived: Send now sends the changed one as a new question.
      host.renderRoot.querySelector<SqComposer>('sq-composer')?.renewKey();
    }
    // It may be in the history now: shown there, not only in the notice.
    if (answerLost(error) || sentBefore(error)) {
      void loadConversations().then(() =>
        host.renderRoot.querySelector<SqConversations>('sq-conversations')?.reload(),
      );
    }
    this.#submit.fail(error, retry);
  }

  /**
   * The failure, if any, with its "Try again" (`retry`). While a send is under way (`sending`)
   * the notice goes: the next failure is a notice of its own, and the focus waits on Send.
   */
  render(retry: (detail: ComposerSubmitDetail) => void) {
    const failure = this.#submit.failure;
    if (!failure || this.sending) return nothing;
    const { error } = failure;
    const blocked = this.#submit.blocked;
    return html`<div class="notice" data-tone="error" part="error" role="alert">
      <span
        >${sendFailureText(error)}
        ${
          isAuthProblem(error) || answerLost(error) || sentBefore(error)
            ? nothing
            : msg('Your question is kept and has not been sent twice.', { id: 'ask.kept' })
        }</span
      >
      ${
        isAuthProblem(error) || error instanceof ValidationError
          ? nothing
          : html`<button
              type="button"
              ?disabled=${blocked}
              @click=${() => {
                retry(failure.retry);
              }}
            >
              ${msg('Try again', { id: 'common.try_again' })}
            </button>`
      }
    </div>`;
  }
}
