// "Write in your language, send in theirs": when the reply goes out in another language than
// the seller's (the UI's), the seller may write in their own language, press "Translate" and
// review the translation in the reply's text field (they may edit it) before sending it. The
// reply then carries what they wrote (`original`: text, language and the engine that translated
// it), and the buyer can view it. The browser's on-device translator translates when it has the
// pair, else the backend. The original, the option and the last translation's source are kept
// in a draft of their own, per viewer and question, beside the composer's.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { SellerQuestionsClient } from '../../api/client.js';
import type { MessageOriginal } from '../../api/types.js';
import { DraftController, readDraft, writeDraft } from '../../controllers/draft.js';
import { translateText, type TranslationEngine } from '../../controllers/translation.js';
import { languageName, sameLanguage } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { engineLabel } from '../shared/thread.js';

interface OriginalDraft {
  on: boolean;
  text: string;
  /** The last translation: the original it was made from, into which language, by what. */
  translated: { source: string; from: string; to: string; engine: TranslationEngine } | null;
}

/** The draft of the seller's own text for a question's reply. */
const draftKey = (questionId: string) => `inbox:${questionId}:original`;

type Status =
  | { kind: 'idle' }
  | { kind: 'translating' }
  | { kind: 'failed'; unavailable: boolean }
  /** Sending was asked for, but the original changed after it was translated. */
  | { kind: 'stale' };

export interface ReplyTranslationHost extends ReactiveControllerHost {
  readonly client: SellerQuestionsClient | null;
  /** Puts the translation in the reply's text field (for review) and focuses it. */
  showTranslation(text: string): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class ReplyTranslation implements ReactiveController {
  readonly #host: ReplyTranslationHost;
  #on = false;
  #text = '';
  #translated: OriginalDraft['translated'] = null;
  #status: Status = { kind: 'idle' };
  #ready = false;
  #abort: AbortController | null = null;
  readonly #draft: DraftController<OriginalDraft>;

  constructor(host: ReplyTranslationHost) {
    this.#host = host;
    this.#draft = new DraftController<OriginalDraft>(host, () => {
      this.#load();
      host.requestUpdate();
    });
    host.addController(this);
  }

  hostConnected() {
    // The draft controller loads the draft.
  }

  hostDisconnected() {
    this.#abort?.abort();
  }

  /** Shows this viewer's draft for this question (on opening another one). */
  select(owner: string | null | undefined, questionId: string | undefined) {
    const key = questionId && draftKey(questionId);
    // Offered once the draft can be kept (the viewer known): nothing typed before is lost.
    this.#ready = !!owner && !!key;
    if (this.#draft.select(owner, key)) {
      this.#abort?.abort();
      this.#status = { kind: 'idle' };
      this.#load();
    }
  }

  /** Whether the seller writes in their own language (the reply's text is the translation). */
  active(from: string, to: string): boolean {
    return this.#on && !sameLanguage(from, to);
  }

  #load() {
    const draft = this.#draft.load();
    this.#on = draft?.on ?? false;
    this.#text = draft?.text ?? '';
    this.#translated = draft?.translated ?? null;
  }

  #save() {
    if (!this.#on && !this.#text) this.#draft.clear();
    else this.#draft.save({ on: this.#on, text: this.#text, translated: this.#translated });
    this.#host.requestUpdate();
  }

  /** The original changed (or the language) after the last translation: it must be redone. */
  #stale(from: string, to: string): boolean {
    const last = this.#translated;
    return (
      !!last &&
      (last.source.trim() !== this.#text.trim() ||
        !sameLanguage(last.to, to) ||
        !sameLanguage(last.from, from))
    );
  }

  /**
   * What the reply carries as its original: null when the seller does not write in their own
   * language or nothing was translated (they wrote the reply's text themselves); 'stale' when
   * the original changed after its translation (the focus moves to it, with the reason).
   */
  originalFor(from: string, to: string): MessageOriginal | null | 'stale' {
    if (!this.active(from, to) || !this.#translated || !this.#text.trim()) return null;
    if (this.#stale(from, to)) {
      this.#status = { kind: 'stale' };
      this.#host.requestUpdate();
      void this.#focusOriginal();
      return 'stale';
    }
    return { text: this.#text, language: this.#translated.from, engine: this.#translated.engine };
  }

  /** After the reply was sent: the original goes, the option stays for the next reply. */
  sent() {
    this.#text = '';
    this.#translated = null;
    this.#status = { kind: 'idle' };
    this.#save();
  }

  /** Like `sent()`, for a question's reply sent while another question is open. */
  static sentElsewhere(owner: string, questionId: string) {
    const on = (readDraft(owner, draftKey(questionId)) as OriginalDraft | null)?.on ?? false;
    writeDraft(owner, draftKey(questionId), on ? { on, text: '', translated: null } : null);
  }

  async #focusOriginal() {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('[part~=original-text]')?.focus();
  }

  async #translate(from: string, to: string) {
    const source = this.#text;
    if (this.#status.kind === 'translating') return;
    if (!source.trim()) {
      void this.#focusOriginal();
      return;
    }
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#status = { kind: 'translating' };
    this.#host.requestUpdate();
    try {
      const { text, engine } = await translateText(
        this.#host.client,
        source,
        from,
        to,
        abort.signal,
      );
      if (abort.signal.aborted) return;
      this.#translated = { source, from, to, engine };
      this.#status = { kind: 'idle' };
      this.#save();
      this.#host.showTranslation(text);
    } catch (error) {
      if (abort.signal.aborted) return;
      const code = (error as { problem?: { code?: string } } | null)?.problem?.code;
      this.#status = { kind: 'failed', unavailable: code === 'translation_unavailable' };
      this.#host.requestUpdate();
    }
  }

  /**
   * The option, and while it is on: the seller's text in their language, "Translate" and what
   * happened. Nothing when the reply goes out in the seller's own language.
   */
  render(from: string, to: string, maxLength: number) {
    if (!this.#ready || sameLanguage(from, to)) return nothing;
    const mine = languageName(from);
    const theirs = languageName(to);
    const translating = this.#status.kind === 'translating';
    return html`<div class="write-own">
      <label class="check">
        <input
          type="checkbox"
          part="write-own-language"
          .checked=${this.#on}
          @change=${(event: Event) => {
            this.#on = (event.target as HTMLInputElement).checked;
            this.#status = { kind: 'idle' };
            this.#save();
          }}
        />
        ${msg(str`Write in ${mine}, translate to ${theirs} before sending`, {
          id: 'inbox.reply.write_own',
        })}
      </label>
      ${
        this.#on
          ? html`<label class="field">
                <span
                  >${msg(str`Your reply in ${mine}`, { id: 'inbox.reply.original_label' })}</span
                >
                <textarea
                  part="original-text"
                  rows="4"
                  lang=${from}
                  dir="auto"
                  maxlength=${maxLength}
                  .value=${this.#text}
                  aria-describedby="translation-status"
                  @input=${(event: InputEvent) => {
                    this.#text = (event.target as HTMLTextAreaElement).value;
                    if (this.#status.kind !== 'translating') this.#status = { kind: 'idle' };
                    this.#save();
                  }}
                ></textarea>
              </label>
              <div class="translate-row">
                <button
                  type="button"
                  part="translate-reply"
                  aria-disabled=${translating ? 'true' : 'false'}
                  @click=${() => void this.#translate(from, to)}
                >
                  ${
                    translating
                      ? msg('Translating…', { id: 'thread.translating' })
                      : msg(str`Translate to ${theirs}`, { id: 'inbox.reply.translate' })
                  }
                </button>
                ${this.#renderStatus(from, to)}
              </div>`
          : nothing
      }
    </div>`;
  }

  #renderStatus(from: string, to: string) {
    const status = this.#status;
    const theirs = languageName(to);
    const mine = languageName(from);
    if (status.kind === 'failed') {
      return html`<p
        id="translation-status"
        class="field-error"
        part="translation-status"
        role="alert"
      >
        ${
          status.unavailable
            ? msg(
                str`Translation is not available. Write your reply in ${theirs} below; your ${mine} text is kept.`,
                { id: 'inbox.reply.translation_unavailable' },
              )
            : msg(
                str`The translation failed. Try again, or write your reply in ${theirs} below; your ${mine} text is kept.`,
                { id: 'inbox.reply.translation_failed' },
              )
        }
      </p>`;
    }
    if (!this.#translated) {
      return html`<p id="translation-status" class="muted" part="translation-status">
        ${msg('The translation appears below for you to check before sending.', {
          id: 'inbox.reply.translation_hint',
        })}
      </p>`;
    }
    if (this.#stale(from, to)) {
      return html`<p
        id="translation-status"
        class=${status.kind === 'stale' ? 'field-error' : 'muted'}
        part="translation-status"
        role=${status.kind === 'stale' ? 'alert' : nothing}
      >
        ${msg(
          str`Your ${mine} text changed after it was translated: translate it again before sending.`,
          {
            id: 'inbox.reply.translation_stale',
          },
        )}
      </p>`;
    }
    const engine = engineLabel(this.#translated.engine);
    return html`<p id="translation-status" class="muted" part="translation-status">
      ${msg('Translated below: check it, and edit it if needed, before sending.', {
        id: 'inbox.reply.translation_review',
      })}${engine ? html` · <span class="engine">${engine}</span>` : nothing}
    </p>`;
  }
}
