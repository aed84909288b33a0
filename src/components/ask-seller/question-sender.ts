// Sending <ask-seller>'s question, loaded when the buyer first types (or sends): the request
// with its lost-answer check, and what a failure shows (the error, the field the backend
// refused, "Try again" once a rate limit's Retry-After has passed).
import { html, nothing } from 'lit';
import type { SellerQuestionsClient } from '../../api/client.js';
import { ValidationError } from '../../api/errors.js';
import type { QuestionCreate, QuestionDetail } from '../../api/types.js';
import { SubmitController } from '../../controllers/submit.js';
import { msg } from '../../i18n/localize.js';
import type { ComposerSubmitDetail } from '../shared/composer.js';
import type { SqElement } from '../shared/base-element.js';
import { errorText, isAuthProblem } from '../shared/error-text.js';
import { sendQuestion } from '../shared/send-question.js';
import { definePublicAnswers } from './public-answers.js';

// The product's published answers and the consent come with the sending code.
definePublicAnswers();

export class QuestionSender {
  /** The backend's objection to the text (422). */
  textError: string | null = null;
  readonly #host: SqElement;
  readonly #onSubjectRefused: () => void;
  /** The last failure, with what "Try again" sends and its wait after a rate limit. */
  readonly #submit: SubmitController<ComposerSubmitDetail>;

  constructor(host: SqElement, onSubjectRefused: () => void) {
    this.#host = host;
    this.#onSubjectRefused = onSubjectRefused;
    this.#submit = new SubmitController(host);
  }

  /** Forgets the last failure (the element shows another product now). */
  reset() {
    this.#submit.reset();
    this.textError = null;
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
    this.reset();
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
    this.#submit.fail(error, retry);
  }

  /**
   * The failure, if any, with its "Try again" (`retry`). While a send is under way (`sending`)
   * the notice goes: the next failure is a notice of its own, and the focus waits on Send.
   */
  render(retry: (detail: ComposerSubmitDetail) => void, sending: boolean) {
    const failure = this.#submit.failure;
    if (!failure || sending) return nothing;
    const { error } = failure;
    const blocked = this.#submit.blocked;
    return html`<div class="notice" data-tone="error" part="error" role="alert">
      <span
        >${errorText(error)}
        ${
          isAuthProblem(error)
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
