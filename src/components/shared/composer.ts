// The message composer every element uses: a labelled text area with its character counter and
// limit, photos checked from their bytes and uploaded as soon as they are picked (so a draft
// keeps them across reloads), field errors, and submit buttons. The parent sends; the composer
// keeps the draft and the submission's idempotency key until the parent calls `reset()`.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import { newIdempotencyKey, type SellerQuestionsClient } from '../../api/client.js';
import type { Attachment } from '../../api/types.js';
import {
  DEFAULT_ATTACHMENT_LIMITS,
  type AttachmentLimits,
} from '../../domain/attachment-limits.js';
import { checkText, DEFAULT_MAX_MESSAGE_LENGTH, textLength } from '../../domain/validation.js';
import { DraftController } from '../../controllers/draft.js';
import { LocaleController } from '../../controllers/locale.js';
import { formatNumber } from '../../i18n/format-number.js';
import { msg, str } from '../../i18n/localize.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import type { ComposerPhotos, PhotoHost } from './composer-photos.js';
import { composerStyles } from './composer.styles.js';

export interface ComposerAction {
  id: string;
  label: string;
  primary?: boolean;
}

/** An uploaded photo as a draft keeps it: its id and name, not its (capability) URL. */
export type DraftPhoto = Pick<Attachment, 'id' | 'name'>;

interface ComposerDraft {
  text: string;
  attachments: DraftPhoto[];
  submissionKey: string | null;
  /** Names of the photos still uploading (or failed) when it was written: not kept. */
  notKept?: string[];
}

export interface ComposerSubmitDetail {
  action: string;
  text: string;
  attachmentIds: string[];
  /** The same until `reset()`: a retry or a reload does not create a second message. */
  idempotencyKey: string;
}

/** Internal event (not composed): the user asked to send a valid message. */
export class ComposerSubmitEvent extends Event {
  readonly detail: ComposerSubmitDetail;
  constructor(detail: ComposerSubmitDetail) {
    super('sq-composer-submit', { bubbles: true });
    this.detail = detail;
  }
}

/**
 * Internal event (not composed): the user asked to send (a button or Ctrl+Enter), and the
 * composer has checked its own field (`valid`). The parent checks its fields on it, so every
 * problem of the form shows at once, and moves the focus to the first one above the composer.
 */
export class ComposerAttemptEvent extends Event {
  readonly valid: boolean;
  constructor(valid: boolean) {
    super('sq-composer-attempt', { bubbles: true });
    this.valid = valid;
  }
}

/**
 * @summary Internal: text area, counter, photos and send buttons.
 * @csspart field - The text field's wrapper.
 * @csspart label - The text field's label.
 * @csspart textarea - The text area.
 * @csspart counter - The character counter.
 * @csspart field-error - An error under a field.
 * @csspart attachments - The list of photos.
 * @csspart attachment - One photo.
 * @csspart add-photos - The "Add photos" button.
 * @slot - Fields of the form around it shown above the buttons (`<ask-seller>`'s consent).
 * @csspart actions - The buttons' row.
 * @csspart submit - A send button.
 */
export class SqComposer extends LitElement implements PhotoHost {
  static override styles = [tokens, controls, composerStyles];

  /** The field's label. */
  @property() label = '';
  /** A hint under the label. */
  @property() hint = '';
  @property() placeholder = '';
  @property({ type: Number, attribute: 'max-length' }) maxLength = DEFAULT_MAX_MESSAGE_LENGTH;
  @property({ attribute: false }) limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS;
  @property({ attribute: false }) client: SellerQuestionsClient | null = null;
  /** Where the draft is kept; null keeps none. */
  @property({ attribute: 'draft-key' }) draftKey: string | null = null;
  /** Whose draft it is (the signed-in viewer's id); none is loaded or kept until it is set. */
  @property({ attribute: 'draft-owner' }) draftOwner: string | null = null;
  @property({ attribute: false }) actions: ComposerAction[] = [];
  /**
   * Set by the parent while it sends: the buttons say so and do nothing. They are
   * `aria-disabled`, not `disabled`, so the one pressed keeps the focus through a failure.
   */
  @property({ type: Boolean }) busy = false;
  /** Allow photos at all. */
  @property({ type: Boolean, attribute: 'allow-photos' }) allowPhotos = true;
  /** The photo button's words ("Add photos" unless given). */
  @property({ attribute: 'add-photos-label' }) addPhotosLabel = '';
  /** An error for the text field from the backend (422). */
  @property({ attribute: 'text-error' }) textError: string | null = null;
  /** The language of what is typed, for the text area's `lang`. */
  @property() language = '';
  @property({ type: Boolean }) disabled = false;

  @state() private text = '';
  /** What is wrong with the input, in the language at render time; null for nothing. */
  @state() private localError: (() => string) | null = null;
  private get textarea() {
    return this.renderRoot.querySelector('textarea')!;
  }
  private get fileInput() {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')!;
  }

  readonly #draft = new DraftController<ComposerDraft>(this, () => {
    this.#restore(false);
  });
  #submissionKey: string | null = null;
  /** Photo handling loads on first use; until then a draft's photos wait here. */
  #photos: ComposerPhotos | null = null;
  #loadingPhotos: Promise<ComposerPhotos> | undefined;
  #restored: DraftPhoto[] = [];
  /** Photos a reload lost because they were still uploading; told once. */
  #notKept: string[] = [];

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The text as typed. */
  get value(): string {
    return this.text;
  }

  /** Replaces the text (templates); keeps the photos. */
  setText(text: string) {
    this.text = text;
    this.localError = null;
    this.#saveDraft();
  }

  override focus() {
    this.textarea.focus();
  }

  /**
   * Focuses the primary send button: a "Try again" elsewhere goes away while it sends, and the
   * focus waits here (the button stays focusable while busy) for the outcome.
   */
  async focusSubmit() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~=submit].primary')?.focus();
  }

  /** Clears text, photos and the draft, after the parent sent successfully. */
  reset() {
    this.#photos?.clear();
    this.#restored = [];
    this.#notKept = [];
    this.text = '';
    this.localError = null;
    this.#submissionKey = null;
    this.#draft.clear();
  }

  /** The next send is a new message: the last one under the current key had arrived. */
  renewKey() {
    this.#submissionKey = null;
    this.photosChanged();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (
      (changed.has('draftKey') || changed.has('draftOwner')) &&
      this.#draft.select(this.draftOwner, this.draftKey)
    ) {
      this.#restore(true);
    }
  }

  /**
   * Shows the draft as stored. `reload`: this element opened it (a page load, another context);
   * otherwise another element or tab changed it, and this one's uploads in progress stay.
   */
  #restore(reload: boolean) {
    const draft = this.#draft.load();
    this.text = draft?.text ?? '';
    this.#submissionKey = draft?.submissionKey ?? null;
    this.#restored = (draft?.attachments ?? []).map(({ id, name }) => ({ id, name }));
    this.#photos?.restore(this.#restored, !reload);
    if (reload) {
      this.#notKept = draft?.notKept ?? [];
      this.#photos?.tellNotKept(this.#notKept);
      // Told once: the next reload does not say it again.
      if (this.#notKept.length) this.#saveDraft();
    }
    if (this.#restored.length || this.#notKept.length) void this.#loadPhotos();
    this.requestUpdate();
  }

  /** The uploaded photos. */
  get #attachments(): DraftPhoto[] {
    return this.#photos?.attachments ?? this.#restored;
  }

  #loadPhotos(): Promise<ComposerPhotos> {
    this.#loadingPhotos ??= import('./composer-photos.js').then(({ ComposerPhotos }) => {
      if (!this.#photos) {
        this.#photos = new ComposerPhotos(this, this.#restored);
        this.#photos.tellNotKept(this.#notKept);
      }
      this.requestUpdate();
      return this.#photos;
    });
    return this.#loadingPhotos;
  }

  /** @internal PhotoHost */
  photosChanged() {
    this.#saveDraft();
    this.requestUpdate();
  }

  /** @internal PhotoHost */
  focusAddPhotos() {
    this.renderRoot.querySelector<HTMLButtonElement>('[part~=add-photos]')?.focus();
  }

  #saveDraft() {
    const attachments = this.#attachments;
    const notKept = this.#photos?.notUploaded ?? [];
    if (!this.text && !attachments.length && !notKept.length && !this.#submissionKey) {
      this.#draft.clear();
      return;
    }
    this.#draft.save({
      text: this.text,
      attachments: attachments.map(({ id, name }) => ({ id, name })),
      submissionKey: this.#submissionKey,
      ...(notKept.length ? { notKept } : {}),
    });
  }

  #onInput(event: InputEvent) {
    this.text = (event.target as HTMLTextAreaElement).value;
    if (this.localError) this.localError = null;
    // The key stays with a changed text: sent after a lost answer, it is refused when the first
    // send arrived (never a second message), and the parent then gives it a new key (`renewKey`).
    this.#saveDraft();
  }

  async #onFiles() {
    const files = [...(this.fileInput.files ?? [])];
    this.fileInput.value = '';
    await (await this.#loadPhotos()).add(files);
  }

  /** Checks the input; shows what is wrong at the field and returns false, or true. */
  validate(): boolean {
    const problem = checkText(this.text, this.maxLength);
    if (problem) {
      this.localError = () =>
        problem.code === 'required'
          ? msg('Write your message first.', { id: 'composer.required' })
          : msg(str`Shorten your message to ${formatNumber(this.maxLength)} characters.`, {
              id: 'composer.too_long',
            });
      this.textarea.focus();
      return false;
    }
    if (this.#photos?.uploading) {
      this.localError = () =>
        msg('Wait until the photos have finished uploading.', { id: 'composer.uploading' });
      return false;
    }
    if (this.#photos?.failed) {
      this.localError = () =>
        msg('A photo could not be uploaded: retry it or remove it.', {
          id: 'composer.upload_failed',
        });
      return false;
    }
    return true;
  }

  #submit(action: string) {
    if (this.busy) return;
    const valid = this.validate();
    this.dispatchEvent(new ComposerAttemptEvent(valid));
    if (!valid) return;
    this.#submissionKey ??= newIdempotencyKey();
    this.#saveDraft();
    this.#draft.flush();
    const attachments = this.#attachments;
    this.dispatchEvent(
      new ComposerSubmitEvent({
        action,
        text: this.text,
        attachmentIds: attachments.map((attachment) => attachment.id),
        idempotencyKey: this.#submissionKey,
      }),
    );
  }

  #onKeydown(event: KeyboardEvent) {
    // Ctrl/Cmd+Enter sends with the first (primary) action.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && this.actions[0]) {
      event.preventDefault();
      this.#submit(this.actions[0].id);
    }
  }

  protected override render() {
    const length = textLength(this.text);
    const over = length > this.maxLength;
    const error = this.localError?.() ?? this.textError;
    const counter = msg(str`${formatNumber(length)} / ${formatNumber(this.maxLength)}`, {
      id: 'composer.counter',
    });
    return html`
      <div class="field" part="field">
        <label for="text" part="label">${this.label}</label>
        ${this.hint ? html`<span class="hint" id="hint">${this.hint}</span>` : nothing}
        <textarea
          dir="auto"
          id="text"
          part="textarea"
          .value=${this.text}
          lang=${this.language || nothing}
          placeholder=${this.placeholder || nothing}
          ?disabled=${this.disabled}
          aria-required="true"
          aria-invalid=${error || over ? 'true' : 'false'}
          aria-describedby="counter ${this.hint ? 'hint' : ''} ${error ? 'error' : ''}"
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
        ></textarea>
        <div class="meta">
          ${
            error
              ? html`<span id="error" class="field-error" part="field-error" role="alert"
                  >${error}</span
                >`
              : html`<span></span>`
          }
          <span id="counter" class="counter ${over ? 'over' : ''}" part="counter">${counter}</span>
        </div>
      </div>
      ${this.allowPhotos ? this.#renderPhotos() : nothing}
      <slot></slot>
      <div class="actions" part="actions">
        ${this.actions.map(
          (action) => html`
            <button
              type="button"
              part="submit"
              class=${action.primary ? 'primary' : ''}
              ?disabled=${this.disabled}
              aria-disabled=${this.busy ? 'true' : 'false'}
              aria-busy=${this.busy ? 'true' : 'false'}
              @click=${() => {
                this.#submit(action.id);
              }}
            >
              ${this.busy && action.primary ? msg('Sending…', { id: 'composer.sending' }) : action.label}
            </button>
          `,
        )}
      </div>
    `;
  }

  #renderPhotos() {
    const count = this.#photos?.count ?? this.#restored.length;
    const label = msg(str`${count} of ${this.limits.maxCount}`, { id: 'attachments.count' });
    return html`
      <div class="photos">
        <input
          type="file"
          class="visually-hidden"
          tabindex="-1"
          aria-hidden="true"
          accept=${this.limits.types.join(',')}
          multiple
          @change=${this.#onFiles}
        />
        <button
          type="button"
          part="add-photos"
          ?disabled=${count >= this.limits.maxCount || this.disabled}
          @click=${() => {
            // The picker opens within the click; the code that checks the files loads meanwhile.
            this.fileInput.click();
            void this.#loadPhotos();
          }}
        >
          ${this.addPhotosLabel || msg('Add photos', { id: 'attachments.add' })}
          <span class="muted">(${label})</span>
        </button>
        ${this.#photos?.render() ?? nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-composer': SqComposer;
  }
}
