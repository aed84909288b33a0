// "Request customer-service assistance": a dialog asking for the reason (required, at most
// MAX_ESCALATION_REASON_LENGTH characters, checked with the same rule as the backend), then
// hands the question to platform customer service.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import { IdempotencyKeys } from '../../api/client.js';
import type { QuestionDetail } from '../../api/types.js';
import { checkText, MAX_ESCALATION_REASON_LENGTH, textLength } from '../../domain/validation.js';
import { LocaleController } from '../../controllers/locale.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { errorText } from '../shared/error-text.js';
import type { Act } from './actions.js';
import { dialogStyles } from './dialog.styles.js';

/**
 * @summary Internal: the escalation button and its dialog.
 * @csspart escalate-button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 */
export class SqInboxEscalate extends LitElement {
  static override styles = [tokens, controls, dialogStyles];

  @property({ attribute: false }) question: QuestionDetail | null = null;
  @property({ attribute: false }) act: Act | null = null;

  @state() private reason = '';
  @state() private error: string | null = null;
  @state() private failure: string | null = null;
  @state() private busy = false;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('textarea') private textarea?: HTMLTextAreaElement;
  readonly #keys = new IdempotencyKeys();

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('question') && changed.get('question')?.id !== this.question?.id) {
      this.reason = '';
      this.error = null;
      this.failure = null;
      this.#keys.reset();
    }
  }

  #open() {
    this.error = null;
    this.failure = null;
    this.dialog?.showModal();
    this.textarea?.focus();
  }

  async #submit() {
    if (!this.act || this.busy) return;
    const problem = checkText(this.reason, MAX_ESCALATION_REASON_LENGTH, '/reason');
    if (problem) {
      this.error =
        problem.code === 'required'
          ? msg('Explain why you need customer service’s help.', { id: 'inbox.escalate.required' })
          : msg(
              str`Shorten the reason to ${formatNumber(MAX_ESCALATION_REASON_LENGTH)} characters.`,
              {
                id: 'inbox.escalate.too_long',
              },
            );
      this.textarea?.focus();
      return;
    }
    const reason = this.reason.trim();
    this.busy = true;
    this.failure = null;
    const outcome = await this.act({
      kind: 'escalate',
      reason,
      idempotencyKey: this.#keys.for(reason),
    });
    this.busy = false;
    if (outcome.ok || outcome.conflict) {
      this.dialog?.close();
      if (outcome.ok) this.reason = '';
      return;
    }
    this.failure = errorText(outcome.error);
  }

  protected override render() {
    const length = formatNumber(textLength(this.reason));
    const limit = formatNumber(MAX_ESCALATION_REASON_LENGTH);
    return html`
      <button type="button" part="escalate-button" @click=${this.#open}>
        ${msg('Request customer-service assistance', { id: 'inbox.escalate.button' })}
      </button>
      <dialog part="dialog" aria-labelledby="escalate-title" aria-describedby="escalate-text">
        <h2 id="escalate-title">
          ${msg('Request customer-service assistance', { id: 'inbox.escalate.button' })}
        </h2>
        <p id="escalate-text">
          ${msg('Customer service takes over this question and answers the buyer. Tell them what you need help with.', { id: 'inbox.escalate.text' })}
        </p>
        <div class="field">
          <label for="reason">${msg('Reason', { id: 'inbox.escalate.reason' })}</label>
          <textarea
            dir="auto"
            id="reason"
            rows="4"
            .value=${this.reason}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'reason-counter reason-error' : 'reason-counter'}
            @input=${(event: Event) => {
              this.reason = (event.target as HTMLTextAreaElement).value;
              this.error = null;
            }}
          ></textarea>
          <span id="reason-counter" class="muted"
            >${msg(str`${length} / ${limit}`, { id: 'inbox.escalate.counter' })}</span
          >
          ${this.error ? html`<p id="reason-error" class="field-error" role="alert">${this.error}</p>` : nothing}
        </div>
        ${this.failure ? html`<div class="notice" data-tone="error" role="alert">${this.failure}</div>` : nothing}
        <div class="actions">
          <button type="button" ?disabled=${this.busy} @click=${() => this.dialog?.close()}>
            ${msg('Cancel', { id: 'common.cancel' })}
          </button>
          <button
            type="button"
            class="primary"
            ?disabled=${this.busy}
            aria-busy=${this.busy ? 'true' : 'false'}
            @click=${() => void this.#submit()}
          >
            ${this.busy ? msg('Sending…', { id: 'composer.sending' }) : msg('Send request', { id: 'inbox.escalate.send' })}
          </button>
        </div>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-inbox-escalate': SqInboxEscalate;
  }
}
