// The seller's reply: the reply language (the buyer's by default), official and own templates
// for the question's topic in that language, filled from the context (a value that is not known
// stays visible as `{placeholder}`, and sending waits until none is left), the composer with
// photos and a draft kept per question, and Send / Send and resolve. A failed send keeps the
// reply and its idempotency key, so "Try again" can never post it twice.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import { ValidationError } from '../../api/errors.js';
import type {
  Config,
  MessageOriginal,
  Order,
  QuestionDetail,
  Shop,
  Template,
  Viewer,
} from '../../api/types.js';
import { DEFAULT_ATTACHMENT_LIMITS } from '../../domain/attachment-limits.js';
import { platformActions, sellerActions } from '../../domain/question-state.js';
import { fillTemplate, placeholdersIn } from '../../domain/templates.js';
import { DraftController, writeDraft } from '../../controllers/draft.js';
import { KeptLoadController } from '../../controllers/kept-load.js';
import { LocaleController } from '../../controllers/locale.js';
import { SubmitController } from '../../controllers/submit.js';
import { languageName } from '../../i18n/format.js';
import { getLocale, isolate, msg, str } from '../../i18n/localize.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import type { ComposerSubmitDetail, ComposerSubmitEvent, SqComposer } from '../shared/composer.js';
import type { Act } from './actions.js';
import { sentBefore } from '../shared/send-outcome.js';
import { InboxAnnounceEvent } from './inbox-events.js';
import {
  braces,
  renderSendFailure,
  renderTemplateNote,
  templateNoteTexts,
  type TemplateNote,
} from './reply-parts.js';
import { ReplyTranslation } from './reply-translation.js';
import { replyStyles } from './reply.styles.js';
import { templateValues } from './template-values.js';
import { renderManageTemplates } from './templates-entry.js';

/** The reply's text and photos, kept per question by its composer. */
const composerDraftKey = (questionId: string) => `inbox:${questionId}`;

/**
 * @summary Internal: reply language, templates, composer and send buttons.
 * @csspart reply - The reply section.
 * @csspart template-picker - The template choice.
 * @csspart template-note - What a template left to fill in.
 */
export class SqInboxReply extends LitElement {
  static override styles = [tokens, controls, replyStyles];

  @property({ attribute: false }) question: QuestionDetail | null = null;
  @property({ attribute: false }) order: Order | null = null;
  @property({ attribute: false }) shop: Shop | null = null;
  @property({ attribute: false }) viewer: Viewer | null = null;
  @property({ attribute: false }) config: Config | null = null;
  @property({ attribute: false }) client: SellerQuestionsClient | null = null;
  @property({ attribute: false }) act: Act | null = null;

  @state() private language = '';
  @state() private templateId = '';
  @state() private note: TemplateNote | null = null;
  /** "Manage templates" is open (its code loaded on demand). */
  @state() private managing = false;
  @state() private textError: string | null = null;
  /** The reply being sent, its last failure with what "Try again" sends, a Retry-After's wait. */
  readonly #sending = new SubmitController<{
    detail: ComposerSubmitDetail;
    original: MessageOriginal | null;
  }>(this);
  @query('sq-composer') private composer?: SqComposer;

  readonly #languageDraft = new DraftController<{ language: string }>(this, () => {
    this.#loadLanguage();
  });

  /** "Write in your language, send in theirs". */
  readonly #translation = new ReplyTranslation(this);

  readonly #templates = new KeptLoadController(this, {
    args: () => [this.client, this.question?.topic, this.language] as const,
    task: async ([client, topic, language], signal): Promise<Template[]> => {
      const items =
        client && topic && language
          ? (await client.listTemplates({ topic, language }, { signal })).items
          : [];
      return items;
    },
  });

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Focuses the reply's text. */
  override focus() {
    this.composer?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const id = this.question?.id;
    const another = changed.has('question') && changed.get('question')?.id !== id && !!id;
    if (another) {
      this.templateId = '';
      this.note = null;
      this.#sending.reset();
      this.textError = null;
    }
    const reopened = this.#languageDraft.select(this.viewer?.id, id && `inbox:${id}:language`);
    if (another || reopened) this.#loadLanguage();
    this.#translation.select(this.viewer?.id, id);
  }

  /** @internal ReplyTranslationHost: the translation goes in the reply's field, for review. */
  showTranslation(text: string) {
    this.composer?.setText(text);
    this.textError = null;
    this.note = null;
    this.composer?.focus();
  }

  #loadLanguage() {
    const question = this.question;
    if (question) this.language = this.#languageDraft.load()?.language ?? question.buyer.language;
  }

  #setLanguage(language: string) {
    this.language = language;
    this.templateId = '';
    this.#languageDraft.save({ language });
  }

  #insertTemplate(templates: readonly Template[]) {
    const template = templates.find((candidate) => candidate.id === this.templateId);
    const question = this.question;
    if (!template || !question || !this.composer) return;
    const filled = fillTemplate(
      template.body,
      templateValues({
        question,
        order: this.order,
        shop: this.shop,
        viewer: this.viewer,
        language: this.language,
      }),
    );
    const previous = this.composer.value;
    this.composer.setText(filled.text);
    this.textError = null;
    this.note = {
      title: template.title,
      missing: filled.missing,
      unknown: filled.unknown,
      previous,
    };
    this.dispatchEvent(new InboxAnnounceEvent(templateNoteTexts(this.note).join(' ')));
    this.composer.focus();
  }

  #undoTemplate() {
    if (!this.note) return;
    this.composer?.setText(this.note.previous);
    this.note = null;
    this.composer?.focus();
  }

  #onSubmit(event: ComposerSubmitEvent) {
    const left = placeholdersIn(event.detail.text);
    if (left.length > 0) {
      const names = braces(left);
      this.textError = msg(str`Replace ${names} with the right text before sending.`, {
        id: 'inbox.reply.placeholders_left',
      });
      this.composer?.focus();
      return;
    }
    const original = this.#translation.originalFor(getLocale(), this.language);
    if (original === 'stale') return;
    void this.#send(event.detail, original);
  }

  async #send(detail: ComposerSubmitDetail, original: MessageOriginal | null) {
    const question = this.question;
    const owner = this.viewer?.id;
    if (!question || !this.act || !this.#sending.start()) return;
    this.textError = null;
    const outcome = await this.act({
      kind: 'reply',
      resolve: detail.action === 'resolve',
      text: detail.text,
      language: this.language,
      attachmentIds: detail.attachmentIds,
      idempotencyKey: detail.idempotencyKey,
      ...(original ? { original } : {}),
    });
    this.#sending.finish();
    if (this.question?.id !== question.id) {
      // The seller opened another question meanwhile: its form is not this reply's. Sent, the
      // reply's drafts go; failed, they stay, shown with the question when it is opened again
      // (the conversation reported the error), and nothing is sent to the open one.
      if (outcome.ok && owner) {
        writeDraft(owner, composerDraftKey(question.id), null);
        ReplyTranslation.sentElsewhere(owner, question.id);
      }
      return;
    }
    if (outcome.ok) {
      this.composer?.reset();
      this.#translation.sent();
      this.note = null;
      return;
    }
    if (outcome.conflict) return;
    // The reply as first sent had arrived: Send now sends the changed one as a new reply.
    if (sentBefore(outcome.error)) this.composer?.renewKey();
    if (outcome.error instanceof ValidationError) {
      const text = outcome.error.errorsAt('/text')[0];
      if (text) {
        this.textError = text.detail;
        return;
      }
    }
    this.#sending.fail(outcome.error, { detail, original });
  }

  protected override render() {
    const question = this.question;
    if (!question) return nothing;
    const buyer = question.buyer.name;
    const theirs = languageName(this.language);
    const canResolve = (this.viewer?.role === 'platform' ? platformActions : sellerActions)(
      question,
    ).includes('reply_and_resolve');
    const send = this.#sending;
    const failure = send.failure;
    return html`<section class="reply" part="reply" aria-labelledby="reply-title">
      <h3 id="reply-title">${msg(str`Reply to ${isolate(buyer)}`, { id: 'inbox.reply.title' })}</h3>
      <div class="options">
        <label class="field">
          <span>${msg('Reply language', { id: 'inbox.reply.language' })}</span>
          <select
            .value=${this.language}
            @change=${(event: Event) => {
              this.#setLanguage((event.target as HTMLSelectElement).value);
            }}
          >
            ${this.#languages(question).map(
              (code) =>
                html`<option value=${code} ?selected=${code === this.language}>
                  ${
                    code === question.buyer.language
                      ? msg(str`${languageName(code)} (the buyer’s language)`, {
                          id: 'inbox.reply.buyer_language',
                        })
                      : languageName(code)
                  }
                </option>`,
            )}
          </select>
        </label>
        ${this.#renderTemplatePicker()}
      </div>
      ${
        this.note
          ? renderTemplateNote(this.note, () => {
              this.#undoTemplate();
            })
          : nothing
      }
      ${this.#translation.render(getLocale(), this.language, this.config?.maxMessageLength ?? 2000)}
      <sq-composer
        label=${
          this.#translation.active(getLocale(), this.language)
            ? msg(str`Your reply in ${theirs}, as the buyer receives it`, {
                id: 'inbox.reply.translation_label',
              })
            : msg('Your reply', { id: 'inbox.reply.label' })
        }
        draft-key=${composerDraftKey(question.id)}
        .draftOwner=${this.viewer?.id ?? null}
        language=${this.language}
        add-photos-label=${msg('Select file', { id: 'inbox.reply.select_file' })}
        .client=${this.client}
        .maxLength=${this.config?.maxMessageLength ?? 2000}
        .limits=${this.config?.attachments ?? DEFAULT_ATTACHMENT_LIMITS}
        .actions=${[
          { id: 'send', label: msg('Send', { id: 'inbox.reply.send' }), primary: true },
          ...(canResolve
            ? [
                {
                  id: 'resolve',
                  label: msg('Send and resolve', { id: 'inbox.reply.send_resolve' }),
                },
              ]
            : []),
        ]}
        ?busy=${this.#sending.sending}
        .textError=${this.textError}
        exportparts="textarea, counter, attachments, attachment, add-photos, submit, field-error"
        @input=${() => {
          this.textError = null;
        }}
        @sq-composer-submit=${this.#onSubmit}
      ></sq-composer>
      ${
        failure
          ? renderSendFailure(failure.error, send.sending || send.blocked, () => {
              void this.#send(failure.retry.detail, failure.retry.original);
            })
          : nothing
      }
    </section>`;
  }

  #languages(question: QuestionDetail): string[] {
    const languages = [...(this.config?.languages ?? [])];
    if (!languages.includes(question.buyer.language)) languages.unshift(question.buyer.language);
    return languages;
  }

  #renderTemplatePicker() {
    const language = languageName(this.language);
    const state = this.#templates.state;
    // The last templates loaded are offered while others load.
    const templates = this.#templates.last ?? [];
    const loading = state.status === 'loading';
    return html`<div class="field templates" part="template-picker">
      <label for="template">${msg('Template', { id: 'inbox.reply.template' })}</label>
      <div class="picker">
        <select
          id="template"
          .value=${this.templateId}
          ?disabled=${loading || templates.length === 0}
          @change=${(event: Event) => {
            this.templateId = (event.target as HTMLSelectElement).value;
          }}
        >
          <option value="">
            ${
              loading
                ? msg('Loading templates…', { id: 'inbox.reply.templates_loading' })
                : templates.length === 0
                  ? msg(str`No templates for this topic in ${language}`, {
                      id: 'inbox.reply.no_templates',
                    })
                  : msg('Choose a template…', { id: 'inbox.reply.choose_template' })
            }
          </option>
          ${templates.map(
            (template) =>
              html`<option
                value=${template.id}
                lang=${template.language}
                ?selected=${template.id === this.templateId}
              >
                ${template.source === 'seller' ? msg(str`${isolate(template.title)} (yours)`, { id: 'inbox.reply.own_template' }) : isolate(template.title)}
              </option>`,
          )}
        </select>
        <button
          type="button"
          ?disabled=${!this.templateId}
          @click=${() => {
            this.#insertTemplate(templates);
          }}
        >
          ${msg('Insert', { id: 'inbox.reply.insert_template' })}
        </button>
      </div>
      ${renderManageTemplates(this, this.language, this.managing, (open, changed) => {
        this.managing = open;
        if (changed) void this.#templates.run();
      })}
      ${
        state.status === 'failed'
          ? html`<p class="field-error" role="alert">
              ${msg('The templates could not be loaded.', { id: 'inbox.reply.templates_failed' })}
              <button type="button" class="link" @click=${() => void this.#templates.run()}>
                ${msg('Retry', { id: 'common.retry' })}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-inbox-reply': SqInboxReply;
  }
}
