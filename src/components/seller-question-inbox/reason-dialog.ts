// A button that opens a dialog asking for a reason (checked with the backend's rule, at most
// MAX_ESCALATION_REASON_LENGTH characters), then sends one action with it: the seller's
// escalation, and the platform agent's hand-back and close. What differs is said by the subclass.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import { IdempotencyKeys } from '../../api/client.js';
import type { QuestionDetail } from '../../api/types.js';
import { checkText, MAX_ESCALATION_REASON_LENGTH } from '../../domain/validation.js';
import { LocaleController } from '../../controllers/locale.js';
import { SubmitController } from '../../controllers/submit.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { errorText } from '../shared/error-text.js';
import type { Act, InboxAction } from './actions.js';
import { renderDialogActions } from './dialog-actions.js';
import { dialogViewStyles } from './dialog.styles.js';

export interface ReasonDialogText {
  /** The button's part name. */
  part: string;
  /** The button's and the dialog's title. */
  label: string;
  /** What happens, under the title. */
  text: string;
  reasonLabel: string;
  rows: number;
  /** The send button's text when not sending. */
  send: string;
  /** A counter under the field (`12 / 1,000`), if any. */
  counter?: string | undefined;
}

export abstract class ReasonDialog extends LitElement {
  static override styles = [...dialogViewStyles];

  @property({ attribute: false }) question: QuestionDetail | null = null;
  @property({ attribute: false }) act: Act | null = null;

  @state() protected reason = '';
  @state() private error: string | null = null;
  /** The action being sent and its last failure ("Send" again sends the same key). */
  readonly #send = new SubmitController<null>(this);
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('textarea') private textarea?: HTMLTextAreaElement;
  readonly #keys = new IdempotencyKeys();

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The words of this dialog. */
  protected abstract texts(): ReasonDialogText;
  /** What to say when the reason is empty; null when it may be. */
  protected abstract requiredText(): string | null;
  /** The action to send with the (trimmed) reason. */
  protected abstract action(reason: string, keys: IdempotencyKeys): InboxAction;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('question') && changed.get('question')?.id !== this.question?.id) {
      this.reason = '';
      this.error = null;
      this.#send.reset();
      this.#keys.reset();
    }
  }

  #open() {
    this.error = null;
    this.#send.reset();
    this.dialog?.showModal();
    this.textarea?.focus();
  }

  async #submit() {
    if (!this.act || this.#send.sending) return;
    const problem = checkText(this.reason, MAX_ESCALATION_REASON_LENGTH, '/reason');
    const required = this.requiredText();
    if (problem && (required !== null || problem.code !== 'required')) {
      this.error =
        problem.code === 'required'
          ? required
          : msg(
              str`Shorten the reason to ${formatNumber(MAX_ESCALATION_REASON_LENGTH)} characters.`,
              { id: 'inbox.escalate.too_long' },
            );
      this.textarea?.focus();
      return;
    }
    this.#send.start();
    const outcome = await this.act(this.action(this.reason.trim(), this.#keys));
    this.#send.finish();
    if (outcome.ok || outcome.conflict) {
      this.dialog?.close();
      if (outcome.ok) this.reason = '';
      return;
    }
    this.#send.fail(outcome.error, null);
  }

  protected override render() {
    const t = this.texts();
    const busy = this.#send.sending;
    const failure = this.#send.failure;
    const describedBy = [
      t.counter === undefined ? '' : 'reason-counter',
      this.error ? 'reason-error' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`
      <button type="button" part=${t.part} @click=${this.#open}>${t.label}</button>
      <dialog part="dialog" aria-labelledby="title" aria-describedby="text">
        <h2 id="title">${t.label}</h2>
        <p id="text">${t.text}</p>
        <div class="field">
          <label for="reason">${t.reasonLabel}</label>
          <textarea
            dir="auto"
            id="reason"
            rows=${t.rows}
            .value=${this.reason}
            ?required=${this.requiredText() !== null}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @input=${(event: Event) => {
              this.reason = (event.target as HTMLTextAreaElement).value;
              this.error = null;
            }}
          ></textarea>
          ${t.counter === undefined ? nothing : html`<span id="reason-counter" class="muted">${t.counter}</span>`}
          ${this.error ? html`<p id="reason-error" class="field-error" role="alert">${this.error}</p>` : nothing}
        </div>
        ${failure ? html`<div class="notice" data-tone="error" role="alert">${errorText(failure.error)}</div>` : nothing}
        ${renderDialogActions({
          busy,
          label: t.send,
          busyLabel: msg('Sending…', { id: 'composer.sending' }),
          onCancel: () => this.dialog?.close(),
          onConfirm: () => void this.#submit(),
        })}
      </dialog>
    `;
  }
}
