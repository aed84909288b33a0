// The <order-help> class without its tag, and the package's class-only entry
// (`seller-questions/classes/order-help.js`): importing it registers no public element (the
// internal `sq-` elements it renders are registered when the first one is made). Register it under
// a tag of your own: `customElements.define('shop-order-help', class extends OrderHelp {})`. First,
// before lit loads: a clear error when the page's policy refuses lit's Trusted Types policy.
import '../trusted-types-check.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import { ConfigurationError, ValidationError } from '../../api/errors.js';
import type {
  Config,
  ItemQuantity,
  Order,
  QuestionDetail,
  QuestionFilters,
  Shop,
  Viewer,
} from '../../api/types.js';
import type { OrderTopic } from '../../domain/order-issues.js';
import { needsItems } from '../../domain/taxonomy.js';
import type { FieldProblemCode } from '../../domain/validation.js';
import { allSettledOrThrow, BackendController } from '../../controllers/backend.js';
import { DraftController } from '../../controllers/draft.js';
import { LoadController } from '../../controllers/load.js';
import { afterNextPaint } from '../../controllers/next-task.js';
import type { SubmitController } from '../../controllers/submit.js';
import { getLocale as intlLocale } from '../../i18n/format-number.js';
import { useFormatTables } from '../../i18n/format.js';
import { warmUpIntl } from '../../i18n/warm-up.js';
import { msg } from '../../i18n/localize.js';
import { SqIssueCreatedEvent, SqIssueSubmitEvent } from '../events.js';
import { SqElement } from '../shared/base-element.js';
import { baseStyles } from '../shared/base-styles.js';
import type { ComposerSubmitEvent, SqComposer } from '../shared/composer.js';
import type { SqConversations } from '../shared/conversations.js';
import { renderErrorNotice } from '../shared/error-notice.js';
import { errorText } from '../shared/error-text.js';
import { loadConversations } from '../shared/lazy.js';
import { loadOnce } from '../shared/load-once.js';
import type { SqAddressForm } from './address-form.js';
import type * as IssueFormModule from './issue-form.js';
import type { FieldProblemWithDetail, IssueForm } from './issue-input.js';
import type * as IssuePickerModule from './issue-picker.js';
import type { SqItemSelect } from './item-select.js';
import { orderHelpStyles } from './order-help.styles.js';
import { describeLoadError } from './load-error.js';
import { renderOrderSummary } from './order-summary.js';

export interface Loaded {
  config: Config;
  viewer: Viewer;
  order: Order;
  shop: Shop;
}

type FormModule = typeof IssueFormModule;
type PickerModule = typeof IssuePickerModule;

/**
 * The issue picker, the first thing a buyer uses: a small chunk of its own, asked for as the
 * element is made, so that it is here with the order.
 */
const loadIssuePicker = loadOnce(() => import('./issue-picker.js'));

/**
 * What the buyer needs once an issue is picked (items, address, self-service, the message
 * composer, the checks, the sending) loads once the picker is painted. It also registers the
 * internal elements it renders (`sq-composer`, `sq-item-select`, `sq-address-form`); the issue
 * history (`sq-conversations`) loads on demand too (../shared/lazy.ts).
 */
const loadIssueForm = loadOnce(() => import('./issue-form.js'));

interface IssueDraft extends IssueForm {
  askAnyway: boolean;
}

const EMPTY_FORM: IssueForm = { topic: null, selection: [], change: '', address: null };

/**
 * A buyer gets help with an order: picks the issue (only those that make sense for the order's
 * status, with the reason for the others), the affected items and quantities, the wanted change
 * or the new address, adds photos, sees who will handle it and by when, and sends it. Order
 * status and tracking are answered from the order first. The order's earlier issues follow,
 * with their threads, follow-ups, ratings and live updates.
 *
 * @summary The buyer's after-sales help for an order detail page.
 *
 * @event sq-issue-submit - Before an issue is sent; cancelable. `detail.input` is the request.
 * @event sq-issue-created - An issue was created. `detail.question`.
 * @event sq-follow-up-sent - The buyer sent a follow-up. `detail.question`.
 * @event sq-reply-received - A new answer arrived. `detail.question`, `detail.message`.
 * @event sq-rating-sent - The buyer rated an answer. `detail.question`, `detail.messageId`, `detail.satisfied`.
 * @event sq-auth-required - The backend answered 401/403; let the buyer sign in. `detail.status`.
 * @event sq-error - Something failed (also shown in the element). `detail.error`, `detail.action`.
 *
 * @csspart base - The element's box.
 * @csspart header - The title with the order's number, date and status.
 * @csspart order-status - The order's status badge.
 * @csspart order - The order's total, delivery address, shipping and items.
 * @csspart items - The disclosure holding the order's items.
 * @csspart item-list - A list of the order's items (also the selectable one).
 * @csspart item - One item.
 * @csspart item-image - An item's picture.
 * @csspart form - The issue form.
 * @csspart issue-picker - The choice of issue.
 * @csspart issue-group - One group of issues ("Problems with items"...).
 * @csspart issue - One issue to choose.
 * @csspart unavailable-reason - Why an issue is not offered for this order.
 * @csspart filter - The filter box of long orders.
 * @csspart quantity - An item's quantity field.
 * @csspart change - The field describing the wanted change.
 * @csspart address-form - The new delivery address.
 * @csspart address-field - One address field.
 * @csspart self-service - The order's status and tracking, shown before asking.
 * @csspart track-link - The link to the carrier's tracking page.
 * @csspart ask-anyway - The "Still need help?" button.
 * @csspart routing - Who will handle it and how fast, before sending.
 * @csspart textarea - The message's text area.
 * @csspart counter - The character counter.
 * @csspart attachments - The photos added.
 * @csspart attachment - One photo.
 * @csspart add-photos - The "Add photos" button.
 * @csspart submit - The send button.
 * @csspart field-error - An error at a field.
 * @csspart status - The confirmation after sending, and loading states.
 * @csspart error - An error notice with its retry.
 * @csspart list - The order's issues.
 * @csspart question - One issue in the list.
 * @csspart question-toggle - The button that opens an issue.
 * @csspart handler - Who handles an issue and by when.
 * @csspart empty - Shown when the order has no issues yet.
 * @csspart thread - An issue's messages.
 * @csspart message - One message.
 * @csspart event - A state change in a thread (refunded, escalated...).
 * @csspart translate - A "View in {language}" button.
 * @csspart translation - A translation shown beside the original.
 * @csspart rating - Rating an answer.
 *
 * @cssproperty --sq-color-accent - Buttons, links, focus and selected items.
 * @cssproperty --sq-color-surface - Background.
 * @cssproperty --sq-color-surface-raised - Selected items, notices.
 * @cssproperty --sq-color-text - Text.
 * @cssproperty --sq-color-danger - Errors.
 * @cssproperty --sq-font-family - Font.
 * @cssproperty --sq-radius - Corner radius.
 */
export class OrderHelp extends SqElement {
  static override styles = [...baseStyles, orderHelpStyles];

  /** The order the buyer needs help with. */
  @property({ attribute: 'order-id', reflect: true }) orderId: string | undefined;
  /** Base URL of the backend API; overrides `configure({ apiBase })`. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;
  /** A client to use instead of one made from `api-base`. */
  @property({ attribute: false }) client: SellerQuestionsClient | undefined;
  /** The language the buyer writes in; the signed-in buyer's language by default. */
  @property() language: string | undefined;

  @state() private form: IssueForm = EMPTY_FORM;
  @state() private askAnyway = false;
  /** Errors by field: a pointer (`/topic`, `/items`, `/details/change`, `/text`), `item:<id>` or `address:<field>`. */
  @state() private errors: Record<string, string> = {};
  @state() private created: QuestionDetail | null = null;
  @state() private announcement = '';
  /**
   * Whether the summary names the address's country: once Intl's names are loaded, after the
   * first view is painted. (In a language switched to later, its names' data loads in that
   * render: a few milliseconds once Intl's shared data is here.)
   */
  @state() private names = false;

  @query('sq-composer') private composer?: SqComposer;
  @query('sq-conversations') private conversations?: SqConversations;
  @query('sq-item-select') private itemSelect?: SqItemSelect;
  @query('sq-address-form') private addressForm?: SqAddressForm;

  readonly #backend = new BackendController(this);
  readonly #draft = new DraftController<IssueDraft>(this, () => {
    this.#loadDraft();
  });
  /** The signed-in viewer, once known: drafts are theirs. */
  #viewerId: string | null = null;
  /**
   * The form's details (below the picker), once their code is here, or why it did not come.
   * `send` is the sending of the issue (under way, its failure, "Try again" after a rate limit):
   * it comes with that code, as the composer that sends does.
   */
  @state() private details:
    | { module: FormModule; send: SubmitController<ComposerSubmitEvent['detail']> }
    | { error: unknown }
    | null = null;

  /** Config, viewer, order and shop; loaded again when the backend or the order changes. */
  readonly #data = new LoadController(this, {
    args: () => [this.#backend.client, this.orderId] as const,
    task: async ([client, orderId], signal) => {
      if (!client) throw new Error('unconfigured');
      if (!orderId) {
        throw new ConfigurationError('seller-questions: <order-help> needs an order-id attribute.');
      }
      const [config, viewer, order, picker] = await allSettledOrThrow([
        client.getConfig({ signal }),
        this.#backend.viewer(),
        client.getOrder(orderId, { signal }),
        // Asked for as the element is made (below), before these requests.
        loadIssuePicker(),
      ]);
      // The picker's chunk brings the tables that write the order's date and prices without
      // Intl (in a chunk of their own, on HTTP/1.1 they waited for a seventh connection).
      useFormatTables(picker.formatTables);
      // The details' code and the history's (for the questions asked before) once the picker is
      // painted: asked for beside the data, the details' six chunks kept the order waiting for a
      // connection (HTTP/1.1 gives a page six to a host), and the code's parsing and evaluation
      // took the CPU from the picker's render.
      // So is the name of the address's country: a page's first Intl formatter loads 15–30 ms
      // of locale data (the summary's date and prices are written without Intl: format.ts),
      // here in short background tasks (warm-up.ts).
      void afterNextPaint().then(() => {
        this.#loadDetails();
        void loadConversations();
        void warmUpIntl(intlLocale()).then(() => {
          this.names = true;
        });
      });
      // The order comes with its shop (a backend that leaves it out is asked for it).
      const shop = order.shop ?? (await client.getShop(order.shopId, { signal }));
      return { loaded: { config, viewer, order, shop } satisfies Loaded, picker };
    },
    onError: (error) => {
      if (this.#backend.client) this.reportError(error, 'load');
    },
  });

  constructor() {
    super();
    // The picker's chunk is small and the first thing shown: asked for as soon as the element
    // is made, before its data (which waits for the page's configure()).
    void loadIssuePicker().catch(() => undefined);
  }

  #loadDetails() {
    if (this.details && 'module' in this.details) return;
    loadIssueForm().then(
      (module) => {
        // Asked for twice before it came (the order changed meanwhile): one sending only.
        if (this.details && 'module' in this.details) return;
        this.details = { module, send: new module.SubmitController(this) };
      },
      (error: unknown) => {
        this.details = { error };
        this.reportError(error, 'load-form');
      },
    );
  }

  #filter: QuestionFilters | undefined;

  /** The same filter object while the order is the same: a new one would reload the list. */
  #filterFor(orderId: string): QuestionFilters {
    if (this.#filter?.orderId !== orderId) this.#filter = { orderId };
    return this.#filter;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('orderId')) {
      this.errors = {};
      this.created = null;
      this.#sendIfLoaded?.reset();
    }
    // The problems still shown, in the page's new language.
    const language = intlLocale();
    if (this.#errorsSaid !== language && this.#sayErrors) {
      const again = this.#sayErrors();
      for (const key in this.errors) this.errors[key] = again[key]!;
    }
    this.#errorsSaid = language;
    const load = this.#data.state;
    if (load.status === 'ready') this.#viewerId = load.value.loaded.viewer.id;
    const key = this.orderId ? `order-help:${this.orderId}` : null;
    if (this.#draft.select(this.#viewerId, key)) this.#loadDraft();
  }

  #loadDraft() {
    const { askAnyway = false, ...form }: Partial<IssueDraft> = this.#draft.load() ?? {};
    this.form = { ...EMPTY_FORM, ...form };
    this.askAnyway = askAnyway;
  }

  #change(change: Partial<IssueForm>, clear: string[], askAnyway = this.askAnyway) {
    this.form = { ...this.form, ...change };
    this.askAnyway = askAnyway;
    this.errors = Object.fromEntries(
      Object.entries(this.errors).filter(
        ([key]) => !clear.some((prefix) => key.startsWith(prefix)),
      ),
    );
    // A refusal of the fields is answered by editing them; the notice would only be stale.
    const send = this.#sendIfLoaded;
    if (send?.failure?.error instanceof ValidationError) send.reset();
    this.#draft.save({ ...this.form, askAnyway });
  }

  #pick(topic: OrderTopic, order: Order) {
    const only = order.items.length === 1 ? order.items[0]! : null;
    const selection =
      needsItems(topic) && only && this.form.selection.length === 0
        ? [{ itemId: only.id, quantity: 1 }]
        : this.form.selection;
    this.#change({ topic, selection }, ['/topic', '/items', 'item:'], false);
  }

  /** The details' module: there once the composer is, which is when the form is checked or sent. */
  get #form(): FormModule {
    return this.#loadedDetails.module;
  }

  get #send(): SubmitController<ComposerSubmitEvent['detail']> {
    return this.#loadedDetails.send;
  }

  get #loadedDetails() {
    const details = this.details;
    if (!details || !('module' in details)) throw new Error('order-help: not loaded');
    return details;
  }

  /** The sending, when its code is here (nothing was sent before). */
  get #sendIfLoaded() {
    return this.details && 'send' in this.details ? this.details.send : undefined;
  }

  /** Shows the form's problems at their fields; true when there are none. */
  #check(order: Order, focus: boolean): boolean {
    const problems = this.#form.checkIssueForm(this.form, order);
    this.#showProblems(problems, this.form.selection, order);
    if (problems.length && focus) void this.#focusFirstError();
    return problems.length === 0;
  }

  #showProblems(
    problems: readonly FieldProblemWithDetail[],
    sent: readonly ItemQuantity[],
    order: Order,
  ) {
    const country = (this.form.address ?? order.shippingAddress).country;
    this.#sayErrors = () => this.#form.fieldErrors(problems, { sent, order, country });
    this.errors = this.#sayErrors();
  }

  /** The problems shown, said again (in the page's language then); and the language they are in. */
  #sayErrors?: () => Record<string, string>;
  #errorsSaid?: string;

  async #focusFirstError() {
    await this.updateComplete;
    const keys = Object.keys(this.errors);
    const root = this.shadowRoot;
    if (keys.includes('/topic'))
      root?.querySelector<HTMLElement>('input[name=topic]:not(:disabled)')?.focus();
    else if (keys.some((key) => key === '/items' || key.startsWith('item:')))
      await this.itemSelect?.focusFirstError();
    else if (keys.includes('/details/change')) root?.querySelector<HTMLElement>('#change')?.focus();
    else if (keys.some((key) => key.startsWith('address:'))) this.addressForm?.focusFirstError();
    else if (keys.includes('/text')) this.composer?.focus();
  }

  async #submit(detail: ComposerSubmitEvent['detail'], { order, viewer }: Loaded) {
    const { topic } = this.form;
    if (this.#send.sending || !topic || !this.#check(order, true)) return;
    const input = this.#form.issueInput({ ...this.form, topic }, order, {
      text: detail.text,
      language: this.language ?? viewer.language,
      attachmentIds: detail.attachmentIds,
    });
    if (!this.dispatchEvent(new SqIssueSubmitEvent({ input }))) return;
    this.#send.start();
    // Emptied while it sends: "sent" again for the next request is a change, read again.
    this.announcement = '';
    const orderId = order.id;
    try {
      const question = await this.#form.sendQuestion(
        this.#backend.requireClient(),
        input,
        detail.idempotencyKey,
      );
      // The page moved on to another order meanwhile: its form and draft are not this one's.
      if (orderId !== this.orderId) {
        this.dispatchEvent(new SqIssueCreatedEvent({ question }));
        return;
      }
      this.composer?.reset();
      this.form = EMPTY_FORM;
      this.askAnyway = false;
      this.#draft.clear();
      this.created = question;
      this.announcement = msg('Your request was sent.', { id: 'order.sent' });
      this.dispatchEvent(new SqIssueCreatedEvent({ question }));
      // The history loads on demand: show the new issue there once it is defined.
      void loadConversations().then(() => this.conversations?.add(question));
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('.confirmation')?.focus();
    } catch (error) {
      if (orderId === this.orderId) this.#onSendError(error, detail, input.items ?? [], order);
    } finally {
      this.#send.finish();
    }
  }

  /** Back to the issue picker, with the focus on its first issue (not lost with the button). */
  async #helpAgain() {
    this.created = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input[name=topic]:not(:disabled)')?.focus();
  }

  #onSendError(
    error: unknown,
    retry: ComposerSubmitEvent['detail'],
    sent: readonly ItemQuantity[],
    order: Order,
  ) {
    this.reportError(error, 'create-issue');
    if (error instanceof ValidationError) {
      const problems = error.fieldErrors.map((field) => ({
        pointer: field.pointer,
        code: field.code as FieldProblemCode,
        detail: field.detail,
      }));
      this.#showProblems(problems, sent, order);
      void this.#focusFirstError();
    }
    // The request as first sent had arrived: Send now sends the changed one as a new request.
    const sentBefore = this.#form.sentBefore(error);
    if (sentBefore) this.composer?.renewKey();
    // It may be in the history now: shown there, not only in the notice.
    if (sentBefore || this.#form.answerLost(error)) {
      void loadConversations().then(() => this.conversations?.reload());
    }
    this.#send.fail(error, retry);
  }

  protected override render() {
    const loading = html`<p class="muted" part="status" role="status">
      ${msg('Loading…', { id: 'common.loading' })}
    </p>`;
    const load = this.#data.state;
    return html`<section
      part="base"
      class="base"
      lang=${this.locale.locale}
      dir=${this.locale.dir}
      aria-labelledby="title"
    >
      ${
        load.status === 'ready'
          ? this.#renderLoaded(load.value.loaded, load.value.picker)
          : load.status === 'failed' && !this.#backend.awaitingConfiguration
            ? this.#renderLoadError(load.error)
            : loading
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderLoadError(error: unknown) {
    // With an order, a ConfigurationError is the backend's (no API at apiBase): not connected.
    const { text, retry } = describeLoadError(
      error,
      !!this.#backend.client && !(error instanceof ConfigurationError && this.orderId),
    );
    return html`<h2 id="title">${msg('Help with your order', { id: 'order.title_generic' })}</h2>
      ${renderErrorNotice(text, retry ? () => void this.#data.run() : undefined)}`;
  }

  #renderLoaded(loaded: Loaded, picker: PickerModule) {
    const { config, viewer, order, shop } = loaded;
    const created = this.created;
    return html`
      ${renderOrderSummary(order, this.names)}
      ${
        created
          ? html`<div class="notice confirmation" data-tone="success" part="status" tabindex="-1">
              <span>${this.#form.confirmationText(created, shop, config)}</span>
              <button type="button" class="link" @click=${() => void this.#helpAgain()}>
                ${msg('Get help with something else', { id: 'order.another' })}
              </button>
            </div>`
          : this.#renderForm(loaded, picker)
      }
      <sq-conversations
        heading=${msg('Your requests about this order', { id: 'order.history' })}
        empty-text=${msg('You have not asked for help with this order yet.', { id: 'order.history_empty' })}
        draft-prefix=${`order-help:${order.id}:follow-up`}
        draft-owner=${viewer.id}
        language=${this.language ?? viewer.language}
        .client=${this.#backend.client}
        .config=${config}
        .order=${order}
        .filter=${this.#filterFor(order.id)}
        exportparts="list, question, question-toggle, status, handler, empty, thread, message, event, translate, translation, rating, textarea, submit, error"
      ></sq-conversations>
    `;
  }

  /** The picker, loaded with the order; below it, the rest once its code is here. */
  #renderForm(loaded: Loaded, { renderIssuePicker }: PickerModule) {
    const { order } = loaded;
    const { topic } = this.form;
    return html`<form
      part="form"
      class="form"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
      }}
    >
      ${renderIssuePicker({
        status: order.status,
        topic,
        error: this.errors['/topic'],
        onPick: (picked) => {
          this.#pick(picked, order);
        },
      })}
      ${topic ? this.#renderDetails(loaded, topic) : nothing}
    </form>`;
  }

  #renderDetails(loaded: Loaded, topic: OrderTopic) {
    const details = this.details;
    if (!details) {
      return html`<p class="muted" part="status" role="status">
        ${msg('Loading…', { id: 'common.loading' })}
      </p>`;
    }
    if ('error' in details) {
      return renderErrorNotice(errorText(details.error), () => {
        // The notice goes while it loads: the focus waits on the issue picked.
        this.renderRoot.querySelector<HTMLElement>('input[name=topic]:checked')?.focus();
        this.details = null;
        this.#loadDetails();
      });
    }
    const { order } = loaded;
    return details.module.renderIssueDetails(
      {
        loaded,
        form: this.form,
        errors: this.errors,
        askAnyway: this.askAnyway,
        sending: this.#send.sending,
        sendError: this.#send.failure,
        retryBlocked: this.#send.blocked,
        language: this.language ?? loaded.viewer.language,
        client: this.#backend.client,
        onChange: (change, clear) => {
          this.#change(change, clear);
        },
        onAskAnyway: () => {
          this.#change({}, [], true);
          void this.updateComplete.then(() => this.composer?.focus());
        },
        onSubmit: (detail) => void this.#submit(detail, loaded),
        onRetry: (detail) => {
          // The notice goes while it sends: the focus waits on the send button.
          void this.composer?.focusSubmit();
          void this.#submit(detail, loaded);
        },
        onSendAttempt: () => {
          if (this.#send.sending) return;
          // A new attempt: its problems are shown at their fields, an earlier failure is past.
          this.#send.reset();
          this.#check(order, true);
        },
      },
      topic,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'order-help': OrderHelp;
  }
}
