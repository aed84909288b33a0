// A question's conversation: messages with their authors, times and photos (opened full size in
// a dialog), state changes as lines of their own, "View in {language}" translations beside the
// original, and, for the buyer, rating each seller answer once.
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import type { Message, Order, QuestionDetail, QuestionDetails } from '../../api/types.js';
import { canRate, supersedes } from '../../domain/question-state.js';
import { MAX_RATING_COMMENT_LENGTH } from '../../domain/validation.js';
import { LocaleController } from '../../controllers/locale.js';
import { TranslationController, type TranslationEngine } from '../../controllers/translation.js';
import {
  countryName,
  formatDateTime,
  formatList,
  formatMoney,
  languageName,
  sameLanguage,
} from '../../i18n/format.js';
import { getLocale, isolate, msg, str } from '../../i18n/localize.js';
import { itemCount } from '../../i18n/plurals.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { errorText } from './error-text.js';
import { safeImageUrl } from './safe-url.js';
import { threadStyles } from './thread.styles.js';

/** Internal event: the thread changed the question (a rating was sent). */
export class ThreadRatedEvent extends Event {
  readonly detail: { question: QuestionDetail; messageId: string; satisfied: boolean };
  constructor(detail: ThreadRatedEvent['detail']) {
    super('sq-thread-rated', { bubbles: true });
    this.detail = detail;
  }
}

interface RatingDraft {
  satisfied: boolean | null;
  comment: string;
  sending: boolean;
  error: string | null;
}

/**
 * @summary Internal: the messages of one question.
 * @csspart thread - The list of messages.
 * @csspart message - One message (also `message-buyer`, `message-seller`, `message-platform`).
 * @csspart event - A state change line.
 * @csspart author - The author's name.
 * @csspart time - A message's time.
 * @csspart text - A message's text.
 * @csspart photos - A message's photos.
 * @csspart translate - The "View in {language}" button.
 * @csspart translation - The translation shown beside the original.
 * @csspart original-note - "Written in {language}" on a message sent as a translation.
 * @csspart view-original - Its "View original" button.
 * @csspart original - The original text of a message sent as a translation, when shown.
 * @csspart rating - The rating of an answer.
 * @csspart lightbox - The dialog showing a photo full size.
 */
export class SqThread extends LitElement {
  static override styles = [tokens, controls, threadStyles];

  @property({ attribute: false }) question: QuestionDetail | null = null;
  /** Who reads the thread. */
  /** Whose side the reader is on: their own side's messages are "You" and never translated. */
  @property() viewer: 'buyer' | 'seller' | 'platform' = 'buyer';
  @property({ attribute: false }) client: SellerQuestionsClient | null = null;
  /** The order, to name refunded items. */
  @property({ attribute: false }) order: Order | null = null;
  /** The buyer may rate seller answers here. */
  @property({ type: Boolean }) ratable = false;
  /** The reader's language for translations; the UI language by default. */
  @property({ attribute: 'reader-language' }) readerLanguage = '';

  @state() private ratings = new Map<string, RatingDraft>();
  @state() private photo: { url: string; name: string } | null = null;
  /** Messages whose original (what the author wrote before its translation) is shown. */
  @state() private originals = new Set<string>();
  @query('dialog') private lightbox!: HTMLDialogElement;

  readonly #translations = new TranslationController(this, () => this.client);

  constructor() {
    super();
    new LocaleController(this);
  }

  get #reader(): string {
    return this.readerLanguage || getLocale();
  }

  protected override willUpdate() {
    // Translations asked for another question or reader language (the UI's, too) stop.
    this.#translations.showing(`${this.question?.id ?? ''}>${this.#reader}`);
  }

  protected override render() {
    const question = this.question;
    if (!question) return nothing;
    return html`
      ${renderRequested(question.details)}
      <ol class="thread" part="thread">
        ${question.messages.map((message) =>
          message.event ? this.#renderEvent(message) : this.#renderMessage(message),
        )}
      </ol>
      <dialog
        part="lightbox"
        aria-label=${this.photo?.name ?? ''}
        @close=${() => (this.photo = null)}
      >
        ${
          this.photo
            ? html`<img src=${this.photo.url} alt=${this.photo.name} />
                <form method="dialog">
                  <button class="primary">${msg('Close', { id: 'common.close' })}</button>
                </form>`
            : nothing
        }
      </dialog>
    `;
  }

  #authorName(message: Message): string {
    if (message.author === this.viewer) return msg('You', { id: 'thread.you' });
    if (message.author === 'platform') return msg('Customer service', { id: 'thread.platform' });
    if (message.author === 'seller') {
      const name = isolate(message.authorName);
      return msg(str`${name} (seller)`, { id: 'thread.seller' });
    }
    return isolate(message.authorName);
  }

  #renderMessage(message: Message) {
    const time = formatDateTime(message.createdAt);
    // Another's message may be in another language than it declares (detected where the browser
    // can); one's own is as written.
    const language =
      message.author === this.viewer || !message.text
        ? message.language
        : this.#translations.language(message);
    return html`
      <li
        class="message"
        data-id=${message.id}
        data-author=${message.author}
        part="message message-${message.author}"
      >
        <div class="bubble">
          <div class="meta">
            <span class="author" part="author">${this.#authorName(message)}</span>
            <time part="time" datetime=${message.createdAt}>${time}</time>
          </div>
          <p class="text" part="text" lang=${language} dir="auto">${message.text}</p>
          ${message.attachments.length ? this.#renderPhotos(message) : nothing}
          ${this.#renderOriginal(message)} ${this.#renderTranslation(message, language)}
          ${this.#renderRating(message)}
        </div>
      </li>
    `;
  }

  #renderPhotos(message: Message) {
    return html`
      <ul class="photos" part="photos">
        ${message.attachments.map((attachment) => {
          const url = safeImageUrl(attachment.url);
          if (!url) return nothing;
          const name = attachment.name;
          return html`<li>
            <button
              type="button"
              class="photo"
              aria-label=${msg(str`Open photo ${name}`, { id: 'thread.open_photo' })}
              @click=${() => {
                this.photo = { url, name };
                void this.updateComplete.then(() => {
                  this.lightbox.showModal();
                });
              }}
            >
              <img src=${url} alt="" loading="lazy" />
            </button>
          </li>`;
        })}
      </ul>
    `;
  }

  /**
   * A message sent as a translation: "Written in English · View original", and the author's
   * text when asked for (the author, too, sees what they wrote beside what was sent).
   */
  #renderOriginal(message: Message) {
    const original = message.original;
    if (!original) return nothing;
    const language = languageName(original.language);
    const shown = this.originals.has(message.id);
    const toggle = () => {
      const originals = new Set(this.originals);
      if (shown) originals.delete(message.id);
      else originals.add(message.id);
      this.originals = originals;
    };
    const engine = engineLabel(original.engine);
    return html`
      <div class="translate-row" part="original-note">
        <span class="muted"
          >${
            message.author === this.viewer
              ? msg(str`You wrote this in ${language}`, { id: 'thread.you_wrote_in' })
              : msg(str`Written in ${language}`, { id: 'thread.written_in' })
          }</span
        >
        <button
          type="button"
          class="link"
          part="view-original"
          aria-expanded=${shown ? 'true' : 'false'}
          @click=${toggle}
        >
          ${
            shown
              ? msg('Hide original', { id: 'thread.hide_original' })
              : msg('View original', { id: 'thread.view_original' })
          }
        </button>
      </div>
      ${
        shown
          ? html`<div class="translation" part="original" lang=${original.language}>
              <p class="muted">
                ${msg(str`Original in ${language}`, { id: 'thread.original_in' })}${
                  engine ? html` · <span class="engine">${engine}</span>` : nothing
                }
              </p>
              <p class="text" dir="auto">${original.text}</p>
            </div>`
          : nothing
      }
    `;
  }

  #renderTranslation(message: Message, language: string) {
    const reader = this.#reader;
    if (
      !message.text ||
      message.author === this.viewer ||
      sameLanguage(language, reader) ||
      // Written in the reader's language: its original is there to view.
      (message.original && sameLanguage(message.original.language, reader))
    ) {
      return nothing;
    }
    const target = languageName(reader);
    const state = this.#translations.state(message.id, reader);
    const toggle = () => void this.#translations.toggle(message, reader);
    if (state?.status === 'shown') {
      const source = languageName(state.from);
      const engine = engineLabel(state.engine);
      return html`
        <div class="translation" part="translation" lang=${reader}>
          <p class="muted">
            ${msg(str`Translated from ${source}`, { id: 'thread.translated_from' })}${
              engine ? html` · <span class="engine">${engine}</span>` : nothing
            }
          </p>
          <p class="text" dir="auto">${state.text}</p>
          <button type="button" class="link" part="translate" aria-expanded="true" @click=${toggle}>
            ${msg('Hide translation', { id: 'thread.hide_translation' })}
          </button>
          ${this.#renderDownload(message, reader)}
        </div>
      `;
    }
    return html`
      <div class="translate-row">
        <button
          type="button"
          class="link"
          part="translate"
          aria-expanded="false"
          ?disabled=${state?.status === 'loading'}
          @click=${toggle}
        >
          ${
            state?.status === 'loading'
              ? msg('Translating…', { id: 'thread.translating' })
              : msg(str`View in ${target}`, { id: 'thread.view_in' })
          }
        </button>
        ${
          state?.status === 'failed'
            ? html`<span class="field-error" role="alert"
                >${
                  problemCode(state.error) === 'translation_unavailable'
                    ? msg('Translation is not available.', { id: 'thread.translation_unavailable' })
                    : msg(
                        'The translation is not available right now; the original is shown above.',
                        { id: 'thread.translation_failed' },
                      )
                }</span
              >`
            : nothing
        }
        ${state?.status === 'failed' ? this.#renderDownload(message, reader) : nothing}
      </div>
    `;
  }

  /** The offer to download the pair's on-device translation, or its download's progress. */
  #renderDownload(message: Message, reader: string) {
    const model = this.#translations.model(message, reader);
    if (!model) return nothing;
    const source = languageName(this.#translations.language(message));
    if (model.status === 'downloadable') {
      return html`<button
        type="button"
        class="link"
        @click=${() => void this.#download(message, reader)}
      >
        ${msg(str`Download the ${source} translation to this device`, {
          id: 'thread.download_translation',
        })}
      </button>`;
    }
    const label = msg(str`Downloading the ${source} translation to this device…`, {
      id: 'thread.downloading_translation',
    });
    // Indeterminate until the browser reports progress.
    return html`<label class="download"
      >${label}<progress tabindex="-1" max="1" value=${model.loaded ?? nothing}></progress
    ></label>`;
  }

  /**
   * Downloads the pair's model (started within the click, as the browser asks). The focus
   * follows: to the progress bar that replaced the button, then back to the message's
   * translation button (unless the reader has moved it elsewhere meanwhile).
   */
  async #download(message: Message, reader: string) {
    const done = this.#translations.download(message, reader);
    const within = (selector: string) =>
      this.renderRoot.querySelector<HTMLElement>(
        `[data-id="${CSS.escape(message.id)}"] ${selector}`,
      );
    await this.updateComplete;
    within('progress')?.focus();
    await done;
    await this.updateComplete;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    within('[part=translate]')?.focus();
  }

  #renderRating(message: Message) {
    if (message.author !== 'seller') return nothing;
    if (message.rating) {
      const verdict = message.rating.satisfied
        ? this.viewer === 'buyer'
          ? msg('You found this answer helpful.', { id: 'rating.done_yes' })
          : msg('The buyer found this answer helpful.', { id: 'rating.seller_yes' })
        : this.viewer === 'buyer'
          ? msg('You found this answer not helpful.', { id: 'rating.done_no' })
          : msg('The buyer found this answer not helpful.', { id: 'rating.seller_no' });
      return html`<div
        class="rating done"
        part="rating"
        tabindex="-1"
        data-message=${message.id}
        data-satisfied=${String(message.rating.satisfied)}
      >
        <span>${verdict}</span>
        ${message.rating.comment ? html`<q>${message.rating.comment}</q>` : nothing}
      </div>`;
    }
    if (this.viewer !== 'buyer' || !this.ratable || !canRate(message)) return nothing;
    const draft = this.ratings.get(message.id) ?? {
      satisfied: null,
      comment: '',
      sending: false,
      error: null,
    };
    const update = (change: Partial<RatingDraft>) => {
      this.ratings = new Map(this.ratings).set(message.id, { ...draft, ...change });
    };
    return html`
      <fieldset class="rating" part="rating">
        <legend>${msg('Was this answer helpful?', { id: 'rating.question' })}</legend>
        <div class="choices">
          <button
            type="button"
            aria-pressed=${draft.satisfied === true ? 'true' : 'false'}
            @click=${() => {
              update({ satisfied: true });
            }}
          >
            ${msg('Yes', { id: 'rating.yes' })}
          </button>
          <button
            type="button"
            aria-pressed=${draft.satisfied === false ? 'true' : 'false'}
            @click=${() => {
              update({ satisfied: false });
            }}
          >
            ${msg('No', { id: 'rating.no' })}
          </button>
        </div>
        ${
          draft.satisfied === null
            ? nothing
            : html`
                <label class="field">
                  <span>${msg('Comment (optional)', { id: 'rating.comment' })}</span>
                  <textarea
                    dir="auto"
                    rows="2"
                    maxlength=${MAX_RATING_COMMENT_LENGTH}
                    .value=${draft.comment}
                    @input=${(event: InputEvent) => {
                      update({ comment: (event.target as HTMLTextAreaElement).value });
                    }}
                  ></textarea>
                </label>
                <div>
                  <button
                    type="button"
                    class="primary"
                    aria-disabled=${draft.sending ? 'true' : 'false'}
                    @click=${() => void this.#rate(message, draft)}
                  >
                    ${
                      draft.sending
                        ? msg('Sending…', { id: 'composer.sending' })
                        : msg('Send rating', { id: 'rating.send' })
                    }
                  </button>
                </div>
              `
        }
        ${draft.error ? html`<p class="field-error" role="alert">${draft.error}</p>` : nothing}
      </fieldset>
    `;
  }

  async #rate(message: Message, draft: RatingDraft) {
    const question = this.question;
    if (!question || !this.client || draft.satisfied === null || draft.sending) return;
    const satisfied = draft.satisfied;
    this.ratings = new Map(this.ratings).set(message.id, { ...draft, sending: true, error: null });
    try {
      const updated = await this.client.rateAnswer(question.id, {
        messageId: message.id,
        satisfied,
        ...(draft.comment.trim() ? { comment: draft.comment.trim() } : {}),
      });
      this.ratings.delete(message.id);
      // Shown only if the thread still shows this question, and no newer copy of it.
      if (supersedes(updated, this.question)) this.question = updated;
      else this.requestUpdate();
      this.dispatchEvent(
        new ThreadRatedEvent({ question: updated, messageId: message.id, satisfied }),
      );
      // The form went with its button: the focus moves to the rating it recorded (unless the
      // buyer has moved it elsewhere meanwhile).
      await this.updateComplete;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      this.renderRoot
        .querySelector<HTMLElement>(`.rating.done[data-message="${CSS.escape(message.id)}"]`)
        ?.focus();
    } catch (error) {
      if (this.question?.id !== question.id) return;
      this.ratings = new Map(this.ratings).set(message.id, {
        ...draft,
        sending: false,
        error: errorText(error),
      });
    }
  }

  #renderEvent(message: Message) {
    const event = message.event!;
    const time = formatDateTime(message.createdAt);
    let text: string;
    switch (event.type) {
      case 'resolved':
        text = msg('Marked as resolved', { id: 'event.resolved' });
        break;
      case 'refunded': {
        const items = this.#itemNames(event.items ?? []);
        const amount = event.amount ? formatMoney(event.amount) : '';
        text = msg(str`Refunded ${amount}: ${items}`, { id: 'event.refunded' });
        break;
      }
      case 'escalated': {
        const reason = isolate(event.reason ?? '');
        text = msg(str`Customer service was asked to help: ${reason}`, { id: 'event.escalated' });
        break;
      }
      case 'handed_back': {
        const reason = isolate(event.reason ?? '');
        text = msg(str`Customer service handed this back to the seller: ${reason}`, {
          id: 'event.handed_back',
        });
        break;
      }
      case 'taken_over':
        text = msg('Customer service took over because the answer was late', {
          id: 'event.taken_over',
        });
        break;
      case 'closed':
        text = msg('Closed', { id: 'event.closed' });
        break;
      case 'reopened':
        text = msg('Reopened by a new message', { id: 'event.reopened' });
        break;
      case 'no_response_needed':
        text = msg('No response needed', { id: 'event.no_response_needed' });
        break;
    }
    return html`<li class="event" part="event" data-event=${event.type}>
      <span>${text}</span> · <time datetime=${message.createdAt}>${time}</time>
    </li>`;
  }

  #itemNames(items: readonly { itemId: string; quantity: number }[]): string {
    if (!this.order) return itemCount(items.reduce((sum, item) => sum + item.quantity, 0));
    return formatList(
      items.map((item) => {
        const title = isolate(
          this.order?.items.find((candidate) => candidate.id === item.itemId)?.title ?? item.itemId,
        );
        return item.quantity > 1 ? `${title} × ${item.quantity}` : title;
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-thread': SqThread;
  }
}

/**
 * Who translated, for the reader: the device, demo data (said to be so), or the backend's
 * translation service; nothing when the backend does not say.
 */
export function engineLabel(engine: TranslationEngine): string | null {
  switch (engine) {
    case 'device':
      return msg('Translated on this device', { id: 'thread.translated_on_device' });
    case 'demo':
      return msg('Demo translation', { id: 'thread.engine_demo' });
    case 'deepl':
    case 'libretranslate': {
      const name = engine === 'deepl' ? 'DeepL' : 'LibreTranslate';
      return msg(str`Translated by ${name}`, { id: 'thread.engine_by' });
    }
    default:
      return null;
  }
}

/** The problem code of a failed request, when the backend sent one. */
function problemCode(error: unknown): string | undefined {
  return (error as { problem?: { code?: string } } | null)?.problem?.code;
}

/**
 * What an order request asked for beyond its message (the wanted change of an item, a new
 * delivery address), above the thread: the seller acts on it, the buyer sees what was asked.
 */
function renderRequested(details: QuestionDetails | undefined) {
  const { change, address } = details ?? {};
  if (!change && !address) return nothing;
  const place = address && [address.postalCode, address.city, address.region].filter(Boolean);
  return html`<dl class="requested">
    ${
      change
        ? html`<div>
            <dt>${msg('What should change?', { id: 'order.change_label' })}</dt>
            <dd dir="auto">${change}</dd>
          </div>`
        : nothing
    }
    ${
      address
        ? html`<div>
            <dt>${msg('New delivery address', { id: 'order.new_address' })}</dt>
            <dd>
              <address>
                ${[address.name, address.line1, address.line2, place?.join(' ')]
                  .filter(Boolean)
                  .map(
                    (line) => html`<span dir="auto">${line}</span><br />`,
                  )}${countryName(address.country)}
              </address>
            </dd>
          </div>`
        : nothing
    }
  </dl>`;
}
