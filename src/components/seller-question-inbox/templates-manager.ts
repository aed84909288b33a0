// "Manage templates": the seller's own response templates beside the official ones (read-only),
// filtered by topic and language; a form to create or change one, checked with the backend's
// rules (domain checkTemplate) before sending, with a live preview filled from the open
// question exactly as the reply's "Insert" fills it; and delete with a confirmation. Loaded on
// demand from the reply's template picker; nothing typed is lost on an error, on a change made
// meanwhile (409: offered to load the current version) or when the dialog is closed (Escape or
// "Close") with unsaved changes: they are kept and shown again when it opens next.
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import { IdempotencyKeys, type SellerQuestionsClient } from '../../api/client.js';
import { ConflictError, ValidationError } from '../../api/errors.js';
import { createTemplate, deleteTemplate, updateTemplate } from '../../api/templates.js';
import type {
  Config,
  Order,
  QuestionDetail,
  Shop,
  Template,
  TemplateCreate,
  Topic,
  Viewer,
} from '../../api/types.js';
import { TOPICS } from '../../domain/taxonomy.js';
import {
  checkTemplate,
  fillTemplate,
  isTemplateVariable,
  MAX_TEMPLATE_BODY_LENGTH,
  MAX_TEMPLATE_TITLE_LENGTH,
  placeholdersIn,
  TEMPLATE_VARIABLES,
} from '../../domain/templates.js';
import type { FieldProblem } from '../../domain/validation.js';
import { LocaleController } from '../../controllers/locale.js';
import { formatNumber, languageName } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { errorText } from '../shared/error-text.js';
import { topicLabel } from '../shared/labels.js';
import { renderDialogActions } from './dialog-actions.js';
import { dialogViewStyles } from './dialog.styles.js';
import { InboxAnnounceEvent } from './inbox-events.js';
import { braces } from './reply-parts.js';
import { templateValues } from './template-values.js';

type Field = 'title' | 'language' | 'body';

/** The form: a new template (`id` null) or one of the seller's, and what it started from. */
interface Editing {
  id: string | null;
  version?: number;
  draft: TemplateCreate;
  original: TemplateCreate;
}

/** Unsaved changes of a dialog closed while editing, offered again when it opens next. */
let kept: Editing | null = null;

const isChanged = (editing: Editing) =>
  (['topic', 'language', 'title', 'body'] as const).some(
    (field) => editing.draft[field] !== editing.original[field],
  );

/** An option per topic, the selected one marked. */
function topicOptions(selected: string | undefined) {
  return TOPICS.map(
    (topic) =>
      html`<option value=${topic} ?selected=${topic === selected}>${topicLabel(topic)}</option>`,
  );
}

/** The dialog closed; `changed` when a template was created, changed or deleted. */
export class TemplatesClosedEvent extends Event {
  readonly changed: boolean;
  constructor(changed: boolean) {
    super('sq-inbox-templates-closed');
    this.changed = changed;
  }
}

/** What a rule's problem says to the seller, at its field. */
function problemText(problem: Pick<FieldProblem, 'pointer' | 'code' | 'names'>): string {
  const limit = formatNumber(
    problem.pointer === '/title' ? MAX_TEMPLATE_TITLE_LENGTH : MAX_TEMPLATE_BODY_LENGTH,
  );
  switch (problem.code) {
    case 'required':
      return problem.pointer === '/title'
        ? msg('Give the template a title.', { id: 'inbox.templates.title_required' })
        : msg('Write the template’s text.', { id: 'inbox.templates.body_required' });
    case 'too_long':
      return msg(str`Shorten this to ${limit} characters.`, { id: 'inbox.templates.too_long' });
    case 'unknown': {
      const names = braces(problem.names ?? []);
      const known = braces(TEMPLATE_VARIABLES);
      return msg(str`Unknown variable ${names}. Use ${known}.`, {
        id: 'inbox.templates.unknown_variable',
      });
    }
    case 'duplicate':
      return problem.pointer === '/title'
        ? msg('You already have a template with this title for this topic and language.', {
            id: 'inbox.templates.duplicate_title',
          })
        : msg('A template with this text exists already for this topic and language.', {
            id: 'inbox.templates.duplicate_body',
          });
    default:
      return msg('Choose one of the languages listed.', { id: 'inbox.templates.language' });
  }
}

/**
 * @summary Internal: the seller's templates, in a dialog.
 * @csspart dialog - The dialog.
 */
export class SqInboxTemplates extends LitElement {
  static override styles = [
    ...dialogViewStyles,
    css`
      dialog {
        inline-size: min(48rem, 100vw - 2rem);
      }
      .filters,
      .row,
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: end;
      }
      .head {
        justify-content: space-between;
        align-items: center;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_space);
        max-block-size: 18rem;
        overflow: auto;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: center;
        justify-content: space-between;
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      form {
        display: grid;
        gap: var(--_space);
      }
      .preview {
        white-space: pre-wrap;
        padding: var(--_space);
        border-inline-start: 3px solid var(--_border);
      }
      .badge {
        font-size: var(--_font-size-small);
      }
    `,
  ];

  @property({ attribute: false }) client: SellerQuestionsClient | null = null;
  @property({ attribute: false }) config: Config | null = null;
  /** The open question, whose values fill the preview. */
  @property({ attribute: false }) question: QuestionDetail | null = null;
  @property({ attribute: false }) order: Order | null = null;
  @property({ attribute: false }) shop: Shop | null = null;
  @property({ attribute: false }) viewer: Viewer | null = null;
  /** The reply's language: the filter's and a new template's first choice. */
  @property() language = '';

  @state() private items: Template[] | null = null;
  @state() private loadFailed: unknown = null;
  @state() private topic: Topic | '' = '';
  @state() private filterLanguage = '';
  @state() private editing: Editing | null = null;
  /** The template changed meanwhile (409): saving again would overwrite that change. */
  @state() private conflict = false;
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private failure: string | null = null;
  @state() private busy = false;
  @state() private confirming: Template | null = null;
  @state() private status = '';
  @query('dialog') private dialog?: HTMLDialogElement;
  readonly #keys = new IdempotencyKeys();
  #changed = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate() {
    if (this.hasUpdated) return;
    this.topic = this.question?.topic ?? '';
    this.filterLanguage = this.language;
    if (kept) {
      this.editing = kept;
      kept = null;
      this.status = msg('Your unsaved changes to this template were kept.', {
        id: 'inbox.templates.draft_kept',
      });
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>) {
    super.firstUpdated(changed);
    this.dialog?.showModal();
    void this.#load();
  }

  async #load() {
    if (!this.client) return;
    this.loadFailed = null;
    try {
      this.items = (await this.client.listTemplates()).items;
    } catch (error) {
      this.loadFailed = error;
    }
  }

  #close() {
    this.dialog?.close();
  }

  /** Closed (Escape or "Close"): unsaved changes are kept for the next time it opens. */
  #closed() {
    kept = this.editing && isChanged(this.editing) ? this.editing : null;
    this.dispatchEvent(new TemplatesClosedEvent(this.#changed));
  }

  #stopEditing() {
    this.editing = null;
    this.conflict = false;
    this.failure = null;
  }

  #visible(): Template[] {
    return (this.items ?? []).filter(
      (template) =>
        (!this.topic || template.topic === this.topic) &&
        (!this.filterLanguage || template.language === this.filterLanguage),
    );
  }

  async #edit(template: Template | null) {
    this.errors = {};
    this.failure = null;
    this.conflict = false;
    this.confirming = null;
    const draft: TemplateCreate = template
      ? {
          topic: template.topic,
          language: template.language,
          title: template.title,
          body: template.body,
        }
      : {
          topic: this.topic || this.question?.topic || 'product',
          language: this.filterLanguage || this.language || 'en',
          title: '',
          body: '',
        };
    this.editing = {
      id: template?.id ?? null,
      ...(template?.version === undefined ? {} : { version: template.version }),
      draft,
      original: draft,
    };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#template-title')?.focus();
  }

  #set(field: keyof TemplateCreate, value: string) {
    if (!this.editing) return;
    const draft: TemplateCreate = { ...this.editing.draft, [field]: value };
    this.editing = { ...this.editing, draft };
    if (field !== 'topic') this.errors = { ...this.errors, [field]: undefined };
    this.failure = null;
  }

  async #focusFirstError() {
    await this.updateComplete;
    const field = (['title', 'language', 'body'] as const).find((name) => this.errors[name]);
    if (field) this.renderRoot.querySelector<HTMLElement>(`#template-${field}`)?.focus();
  }

  async #save() {
    const editing = this.editing;
    if (!editing || !this.client || this.busy) return;
    const { draft, id } = editing;
    const problems = checkTemplate(draft, {
      languages: this.config?.languages ?? [draft.language],
      existing: this.items ?? [],
      ...(id ? { id } : {}),
    });
    if (problems.length > 0) {
      this.#showProblems(problems);
      return;
    }
    this.busy = true;
    this.failure = null;
    const key = this.#keys.for(JSON.stringify(editing));
    try {
      let saved: Template;
      if (id) {
        saved = await updateTemplate(
          this.client,
          id,
          {
            ...draft,
            ...(editing.version === undefined ? {} : { expectedVersion: editing.version }),
          },
          { idempotencyKey: key },
        );
      } else {
        saved = await createTemplate(this.client, draft, { idempotencyKey: key });
      }
      this.#keys.reset();
      this.#changed = true;
      // Listed as saved at once; the list is read again below.
      this.items = [...(this.items ?? []).filter((item) => item.id !== saved.id), saved];
      this.#stopEditing();
      // The list shows where the template now is.
      this.topic = draft.topic;
      this.filterLanguage = draft.language;
      this.#say(
        msg(str`Template “${isolate(draft.title.trim())}” saved.`, { id: 'inbox.templates.saved' }),
      );
      await this.#load();
    } catch (error) {
      if (error instanceof ConflictError && id) {
        this.conflict = true;
        void this.#focusNotice();
      } else if (error instanceof ValidationError && error.fieldErrors.length > 0) {
        const unknown = placeholdersIn(draft.body).filter((name) => !isTemplateVariable(name));
        this.#showProblems(
          error.fieldErrors.map((field) => ({
            pointer: field.pointer,
            code: field.code as FieldProblem['code'],
            names: unknown,
          })),
        );
      } else {
        this.failure = errorText(error);
      }
    } finally {
      this.busy = false;
    }
  }

  async #focusNotice() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice button')?.focus();
  }

  /** After a 409: the template as it is now, replacing what was typed (the seller's choice). */
  async #loadCurrent() {
    const id = this.editing?.id;
    if (!id || !this.client) return;
    await this.#load();
    if (this.loadFailed) {
      this.failure = errorText(this.loadFailed);
      return;
    }
    const current = this.items?.find((item) => item.id === id);
    if (!this.editing) return;
    if (!current) {
      // Deleted meanwhile: what was typed can still be saved as a new template.
      this.editing = { id: null, draft: this.editing.draft, original: this.editing.original };
      this.conflict = false;
      return;
    }
    await this.#edit(current);
    this.#say(
      msg(str`Loaded the current version of “${isolate(current.title)}”.`, {
        id: 'inbox.templates.reloaded',
      }),
    );
  }

  #showProblems(problems: readonly Pick<FieldProblem, 'pointer' | 'code' | 'names'>[]) {
    const errors: Partial<Record<Field, string>> = {};
    for (const problem of problems) {
      const field = problem.pointer.slice(1);
      if (field === 'title' || field === 'language' || field === 'body') {
        errors[field] ??= problemText(problem);
      } else this.failure = problemText(problem);
    }
    this.errors = errors;
    void this.#focusFirstError();
  }

  async #delete(template: Template) {
    if (!this.client || this.busy) return;
    this.busy = true;
    this.failure = null;
    try {
      await deleteTemplate(this.client, template.id, {
        idempotencyKey: this.#keys.for(`delete ${template.id}`),
        expectedVersion: template.version,
      });
      this.#keys.reset();
      this.#changed = true;
      this.confirming = null;
      this.items = (this.items ?? []).filter((item) => item.id !== template.id);
      this.#say(
        msg(str`Template “${isolate(template.title)}” deleted.`, { id: 'inbox.templates.deleted' }),
      );
      await this.#load();
    } catch (error) {
      if (error instanceof ConflictError) {
        // Changed meanwhile (another tab, another seller): not deleted unseen; the list shows
        // it as it is now, to delete again if that is still wanted.
        this.#keys.reset();
        this.confirming = null;
        await this.#load();
        this.failure = msg(
          str`“${isolate(template.title)}” was changed meanwhile, in another tab or by another seller, so it was not deleted. The list shows it as it is now.`,
          { id: 'inbox.templates.delete_conflict' },
        );
      } else {
        this.failure = errorText(error);
      }
    } finally {
      this.busy = false;
    }
  }

  #say(text: string) {
    this.status = text;
    this.dispatchEvent(new InboxAnnounceEvent(text));
  }

  async #confirm(template: Template) {
    this.confirming = template;
    this.failure = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirm button')?.focus();
  }

  protected override render() {
    const languages = this.config?.languages ?? [];
    return html`<dialog part="dialog" aria-labelledby="templates-title" @close=${this.#closed}>
      <div class="head">
        <h2 id="templates-title">${msg('Manage templates', { id: 'inbox.templates.title' })}</h2>
        <button type="button" @click=${this.#close}>${msg('Close', { id: 'common.close' })}</button>
      </div>
      <p role="status" class="muted">${this.status}</p>
      ${this.editing ? this.#renderForm(languages) : this.#renderList(languages)}
    </dialog>`;
  }

  #renderList(languages: readonly string[]) {
    const visible = this.#visible();
    return html`<div class="filters">
        <label class="field">
          <span>${msg('Topic', { id: 'inbox.filter.topic' })}</span>
          <select
            @change=${(event: Event) => {
              this.topic = (event.target as HTMLSelectElement).value as Topic | '';
            }}
          >
            <option value="" ?selected=${!this.topic}>
              ${msg('All topics', { id: 'inbox.filter.all_topics' })}
            </option>
            ${topicOptions(this.topic)}
          </select>
        </label>
        <label class="field">
          <span>${msg('Language', { id: 'inbox.templates.language_label' })}</span>
          <select
            @change=${(event: Event) => {
              this.filterLanguage = (event.target as HTMLSelectElement).value;
            }}
          >
            <option value="" ?selected=${!this.filterLanguage}>
              ${msg('All languages', { id: 'inbox.templates.all_languages' })}
            </option>
            ${languages.map(
              (code) =>
                html`<option value=${code} ?selected=${code === this.filterLanguage}>
                  ${languageName(code)}
                </option>`,
            )}
          </select>
        </label>
        <button type="button" class="primary" @click=${() => void this.#edit(null)}>
          ${msg('New template', { id: 'inbox.templates.new' })}
        </button>
      </div>
      ${
        this.loadFailed
          ? html`<p class="field-error" role="alert">
              ${msg('The templates could not be loaded.', { id: 'inbox.reply.templates_failed' })}
              <button type="button" class="link" @click=${() => void this.#load()}>
                ${msg('Retry', { id: 'common.retry' })}
              </button>
            </p>`
          : this.items === null
            ? html`<p class="muted">
                ${msg('Loading templates…', { id: 'inbox.reply.templates_loading' })}
              </p>`
            : visible.length === 0
              ? html`<p class="muted">
                  ${msg('No templates match these filters.', { id: 'inbox.templates.none' })}
                </p>`
              : html`<ul aria-labelledby="templates-title">
                  ${visible.map((template) => this.#renderItem(template))}
                </ul>`
      }
      ${this.failure ? html`<div class="notice" data-tone="error" role="alert">${this.failure}</div>` : nothing}`;
  }

  #renderItem(template: Template) {
    const own = template.source === 'seller';
    const confirming = this.confirming?.id === template.id;
    return html`<li data-template=${template.id}>
      <span>
        <strong>${isolate(template.title)}</strong>
        <span class="muted">
          · ${topicLabel(template.topic)} · ${languageName(template.language)}
        </span>
        ${
          own
            ? nothing
            : html`<span class="badge">
                ${msg('Official, read-only', { id: 'inbox.templates.official' })}
              </span>`
        }
      </span>
      ${
        !own
          ? nothing
          : confirming
            ? html`<span class="confirm row" role="group" aria-label=${template.title}>
                <span>
                  ${msg(str`Delete “${isolate(template.title)}”? This cannot be undone.`, {
                    id: 'inbox.templates.confirm_delete',
                  })}
                </span>
                <button
                  type="button"
                  class="primary"
                  ?disabled=${this.busy}
                  @click=${() => void this.#delete(template)}
                >
                  ${msg('Delete', { id: 'inbox.templates.delete' })}
                </button>
                <button
                  type="button"
                  @click=${() => {
                    this.confirming = null;
                  }}
                >
                  ${msg('Cancel', { id: 'common.cancel' })}
                </button>
              </span>`
            : html`<span class="row">
                <button type="button" @click=${() => void this.#edit(template)}>
                  ${msg('Edit', { id: 'inbox.templates.edit' })}
                </button>
                <button type="button" @click=${() => void this.#confirm(template)}>
                  ${msg('Delete', { id: 'inbox.templates.delete' })}
                </button>
              </span>`
      }
    </li>`;
  }

  #renderForm(languages: readonly string[]) {
    const { draft, id } = this.editing!;
    const question = this.question;
    const preview = question
      ? fillTemplate(
          draft.body,
          templateValues({
            question,
            order: this.order,
            shop: this.shop,
            viewer: this.viewer,
            language: draft.language,
          }),
        ).text
      : draft.body;
    const error = (field: Field) =>
      this.errors[field]
        ? html`<p id=${`template-${field}-error`} class="field-error">${this.errors[field]}</p>`
        : nothing;
    const aria = (field: Field) => ({
      invalid: this.errors[field] ? 'true' : 'false',
      describedBy: this.errors[field] ? `template-${field}-error` : nothing,
    });
    return html`<form
      novalidate
      aria-label=${
        id
          ? msg('Edit template', { id: 'inbox.templates.edit_title' })
          : msg('New template', { id: 'inbox.templates.new' })
      }
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.#save();
      }}
    >
      <div class="row">
        <label class="field">
          <span>${msg('Topic', { id: 'inbox.filter.topic' })}</span>
          <select
            @change=${(event: Event) => {
              this.#set('topic', (event.target as HTMLSelectElement).value);
            }}
          >
            ${topicOptions(draft.topic)}
          </select>
        </label>
        <label class="field">
          <span>${msg('Language', { id: 'inbox.templates.language_label' })}</span>
          <select
            id="template-language"
            aria-invalid=${aria('language').invalid}
            aria-describedby=${aria('language').describedBy}
            @change=${(event: Event) => {
              this.#set('language', (event.target as HTMLSelectElement).value);
            }}
          >
            ${(languages.includes(draft.language) ? languages : [draft.language, ...languages]).map(
              (code) =>
                html`<option value=${code} ?selected=${code === draft.language}>
                  ${languageName(code)}
                </option>`,
            )}
          </select>
          ${error('language')}
        </label>
      </div>
      <label class="field">
        <span>${msg('Title', { id: 'inbox.templates.title_label' })}</span>
        <input
          id="template-title"
          .value=${draft.title}
          aria-invalid=${aria('title').invalid}
          aria-describedby=${aria('title').describedBy}
          @input=${(event: Event) => {
            this.#set('title', (event.target as HTMLInputElement).value);
          }}
        />
        ${error('title')}
      </label>
      <label class="field">
        <span>${msg('Text', { id: 'inbox.templates.body_label' })}</span>
        <textarea
          id="template-body"
          dir="auto"
          rows="5"
          .value=${draft.body}
          aria-invalid=${aria('body').invalid}
          aria-describedby=${this.errors.body ? 'template-body-error template-variables' : 'template-variables'}
          @input=${(event: Event) => {
            this.#set('body', (event.target as HTMLTextAreaElement).value);
          }}
        ></textarea>
        <span id="template-variables" class="muted">
          ${msg(str`Variables: ${braces(TEMPLATE_VARIABLES)}`, { id: 'inbox.templates.variables' })}
        </span>
        ${error('body')}
      </label>
      <section aria-labelledby="template-preview">
        <h3 id="template-preview">
          ${msg('Preview with this question', { id: 'inbox.templates.preview' })}
        </h3>
        <p class="preview" part="template-preview" dir="auto">${preview}</p>
      </section>
      ${
        this.conflict
          ? html`<div class="notice" data-tone="error" role="alert">
              ${msg(
                'This template was changed meanwhile, in another tab or by another seller. What you typed is still here: copy what you need, then load the current version.',
                { id: 'inbox.templates.conflict' },
              )}
              <button type="button" @click=${() => void this.#loadCurrent()}>
                ${msg('Load the current version', { id: 'inbox.templates.reload' })}
              </button>
            </div>`
          : nothing
      }
      ${this.failure ? html`<div class="notice" data-tone="error" role="alert">${this.failure}</div>` : nothing}
      ${renderDialogActions({
        busy: this.busy,
        label: msg('Save', { id: 'inbox.templates.save' }),
        busyLabel: msg('Saving…', { id: 'inbox.templates.saving' }),
        onCancel: () => {
          // After a conflict the list is read again: it shows the template as it is now.
          const stale = this.conflict;
          this.#stopEditing();
          if (stale) void this.#load();
        },
      })}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-inbox-templates': SqInboxTemplates;
  }
}
