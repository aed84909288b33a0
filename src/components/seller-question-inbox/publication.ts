// "Publish answer" in the conversation pane (its own chunk): for an answered pre-sales question
// about a product whose buyer agreed when asking, the seller publishes the question and an
// answer on the product page, in their own words (a dialog with both texts editable and a
// preview of what buyers will see, without the buyer's name), and can take it off again. Without
// consent or an answer, the button is disabled with the reason.
import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import { ValidationError } from '../../api/errors.js';
import { publishQuestion, unpublishQuestion } from '../../api/public-answers.js';
import type { QuestionDetail } from '../../api/types.js';
import { LocaleController } from '../../controllers/locale.js';
import { MAX_PUBLIC_QUESTION_LENGTH } from '../../domain/public-answers.js';
import { formatDateTime } from '../../i18n/format.js';
import { msg } from '../../i18n/localize.js';
import { errorText } from '../shared/error-text.js';
import { renderDialogActions } from './dialog-actions.js';
import { dialogViewStyles } from './dialog.styles.js';

/** The question after a publication changed, for the conversation to show. */
export class PublicationChangedEvent extends Event {
  constructor(readonly question: QuestionDetail) {
    super('sq-publication-changed', { bubbles: true, composed: true });
  }
}

/** Why a question cannot be published, or null when it can. */
export function publishBlocker(question: QuestionDetail): string | null {
  if (question.category !== 'pre_sale' || !question.product) return null;
  if (!question.publicConsent) {
    return msg('The buyer did not agree to publishing when asking.', {
      id: 'inbox.publish.no_consent',
    });
  }
  if (!question.messages.some((message) => message.author === 'seller')) {
    return msg('Answer the question first.', { id: 'inbox.publish.no_answer' });
  }
  return null;
}

/**
 * @summary Internal: publishing a pre-sales question and its answer on the product.
 * @csspart publication - The publication's status and buttons.
 * @csspart dialog - The publish dialog.
 */
export class SqInboxPublication extends LitElement {
  constructor() {
    super();
    // Rendered again in the page's new language.
    new LocaleController(this);
  }

  static override styles = [
    ...dialogViewStyles,
    css`
      .publication {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space);
      }
      .badge {
        padding: 0 calc(var(--_space) * 0.75);
        border-radius: 999px;
        background: var(--_surface-raised);
        border: 1px solid var(--_success, var(--_border));
        font-size: var(--_font-size-small);
      }
      .preview {
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius-small);
      }
      .preview p {
        white-space: pre-line;
      }
      textarea {
        min-block-size: 4rem;
      }
    `,
  ];

  @property({ attribute: false }) client: SellerQuestionsClient | null = null;
  @property({ attribute: false }) question: QuestionDetail | null = null;

  @state() private questionText = '';
  @state() private answerText = '';
  @state() private busy = false;
  @state() private error: string | null = null;
  @state() private fieldErrors: Record<string, string> = {};

  #open() {
    const question = this.question!;
    const published = question.publication;
    const latest = question.messages.findLast((message) => message.author === 'seller');
    this.questionText =
      published?.question ??
      question.messages.find((message) => message.author === 'buyer')?.text ??
      '';
    this.answerText = published?.answer ?? latest?.text ?? '';
    this.error = null;
    this.fieldErrors = {};
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  #close() {
    this.renderRoot.querySelector('dialog')?.close();
  }

  async #publish() {
    const { client, question } = this;
    if (!client || !question || this.busy) return;
    this.busy = true;
    this.error = null;
    this.fieldErrors = {};
    try {
      const updated = await publishQuestion(client, question.id, {
        question: this.questionText,
        answer: this.answerText,
      });
      this.#close();
      this.dispatchEvent(new PublicationChangedEvent(updated));
    } catch (error) {
      if (error instanceof ValidationError) {
        this.fieldErrors = Object.fromEntries(
          error.fieldErrors.map((field) => [field.pointer, field.detail]),
        );
      }
      this.error = errorText(error);
    } finally {
      this.busy = false;
    }
  }

  async #unpublish() {
    const { client, question } = this;
    if (!client || !question || this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      await unpublishQuestion(client, question.id);
      this.dispatchEvent(new PublicationChangedEvent(await client.getQuestion(question.id)));
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const question = this.question;
    if (!question || question.category !== 'pre_sale' || !question.product) return nothing;
    const blocker = publishBlocker(question);
    const published = question.publication;
    return html`<div class="publication" part="publication">
        ${
          published
            ? html`<span class="badge">${msg('Published', { id: 'inbox.publish.published' })}</span>
                <span class="muted">${formatDateTime(published.publishedAt)}</span>
                <button
                  type="button"
                  ?disabled=${this.busy}
                  @click=${() => {
                    this.#open();
                  }}
                >
                  ${msg('Edit published answer', { id: 'inbox.publish.edit' })}
                </button>
                <button type="button" ?disabled=${this.busy} @click=${() => void this.#unpublish()}>
                  ${msg('Unpublish', { id: 'inbox.publish.unpublish' })}
                </button>`
            : html`<button
                  type="button"
                  ?disabled=${!!blocker || this.busy}
                  aria-describedby=${blocker ? 'publish-blocker' : nothing}
                  @click=${() => {
                    this.#open();
                  }}
                >
                  ${msg('Publish answer', { id: 'inbox.publish.button' })}
                </button>
                ${blocker ? html`<span id="publish-blocker" class="muted">${blocker}</span>` : nothing}`
        }
        ${this.error && !this.renderRoot.querySelector('dialog')?.open ? html`<span class="field-error" role="alert">${this.error}</span>` : nothing}
      </div>
      ${this.#renderDialog()}`;
  }

  #renderDialog() {
    const questionError = this.fieldErrors['/question'];
    const answerError = this.fieldErrors['/answer'];
    return html`<dialog part="dialog" aria-labelledby="publish-title">
      <h2 id="publish-title">
        ${msg('Publish on the product page', { id: 'inbox.publish.title' })}
      </h2>
      <p class="muted">
        ${msg(
          'Buyers of this product will see the question and your answer, without the buyer’s name or photos. Remove anything personal.',
          { id: 'inbox.publish.hint' },
        )}
      </p>
      <div class="field">
        <label for="publish-question">${msg('Question', { id: 'inbox.publish.question' })}</label>
        <textarea
          id="publish-question"
          maxlength=${MAX_PUBLIC_QUESTION_LENGTH}
          .value=${this.questionText}
          aria-invalid=${questionError ? 'true' : 'false'}
          @input=${(event: Event) => (this.questionText = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${questionError ? html`<span class="field-error">${questionError}</span>` : nothing}
      </div>
      <div class="field">
        <label for="publish-answer">${msg('Answer', { id: 'inbox.publish.answer' })}</label>
        <textarea
          id="publish-answer"
          .value=${this.answerText}
          aria-invalid=${answerError ? 'true' : 'false'}
          @input=${(event: Event) => (this.answerText = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${answerError ? html`<span class="field-error">${answerError}</span>` : nothing}
      </div>
      <section class="preview" aria-labelledby="publish-preview">
        <h3 id="publish-preview" class="muted">
          ${msg('Preview', { id: 'inbox.publish.preview' })}
        </h3>
        <p><strong>${this.questionText.trim()}</strong></p>
        <p>${this.answerText.trim()}</p>
      </section>
      ${this.error ? html`<p class="field-error" role="alert">${this.error}</p>` : nothing}
      ${renderDialogActions({
        busy: this.busy,
        label: msg('Publish', { id: 'inbox.publish.submit' }),
        onCancel: () => {
          this.#close();
        },
        onConfirm: () => void this.#publish(),
        stoppable: true,
      })}
    </dialog>`;
  }
}
