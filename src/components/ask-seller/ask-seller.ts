// The <ask-seller> class without its tag, and the package's class-only entry
// (`seller-questions/classes/ask-seller.js`): importing it registers no public element (the
// internal `sq-` elements it renders are registered when the first one is made). Register it under
// a tag of your own: `customElements.define('shop-ask-seller', class extends AskSeller {})`. First,
// before lit loads: a clear error when the page's policy refuses lit's Trusted Types policy.
import '../trusted-types-check.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import { ConfigurationError, NetworkError, NotFoundError } from '../../api/errors.js';
import type { Config, Product, Shop, Viewer } from '../../api/types.js';
import { routeQuestion } from '../../domain/routing.js';
import { PRODUCT_SUBJECTS, type ProductSubject } from '../../domain/taxonomy.js';
import { allSettledOrThrow, BackendController } from '../../controllers/backend.js';
import { DraftController } from '../../controllers/draft.js';
import { LoadController } from '../../controllers/load.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import { formatHours } from '../../i18n/format-number.js';
import { SqComposer, type ComposerSubmitEvent } from '../shared/composer.js';
import { SqElement } from '../shared/base-element.js';
import { baseStyles } from '../shared/base-styles.js';
import { errorText, isAuthProblem } from '../shared/error-text.js';
import { subjectLabel } from '../shared/subject-label.js';
import { safeImageUrl } from '../shared/safe-url.js';
import { loadConversations } from '../shared/lazy.js';
import { askSellerStyles } from './ask-seller.styles.js';
import type { QuestionSender } from './question-sender.js';

interface SendFailure {
  error: unknown;
  retry: ComposerSubmitEvent['detail'];
}

interface Loaded {
  config: Config;
  viewer: Viewer;
  product: Product | null;
  shop: Shop;
}

/**
 * A buyer asks the seller a pre-sales question about a product (or, without `product-id`,
 * about the shop): picks what it is about, writes it, adds photos, sees who will answer and by
 * when, then follows the answers, rates them and follows up, with new answers arriving live.
 * Themed with the design tokens (`--sq-*` custom properties, see docs/theming.md) and the parts.
 *
 * @summary The buyer's pre-sales question widget for product and shop pages.
 *
 * @event sq-question-submit - Before a question is sent; cancelable. `detail.input` is the request.
 * @event sq-question-created - A question was created. `detail.question`.
 * @event sq-follow-up-sent - The buyer sent a follow-up. `detail.question`.
 * @event sq-reply-received - A new answer arrived. `detail.question`, `detail.message`.
 * @event sq-rating-sent - The buyer rated an answer. `detail.question`, `detail.messageId`, `detail.satisfied`.
 * @event sq-auth-required - The backend answered 401/403; let the buyer sign in. `detail.status`.
 * @event sq-error - Something failed (also shown in the element). `detail.error`, `detail.action`.
 *
 * @csspart base - The element's box.
 * @csspart launcher - The button that opens the dialog (`variant="launcher"`).
 * @csspart dialog - The dialog (`variant="launcher"`).
 * @csspart header - Title and product context.
 * @csspart product-image - The product's picture.
 * @csspart form - The question form.
 * @csspart public-answers - "Answered questions": the product's published answers (product questions).
 * @csspart public-matches - "Already answered:": published answers matching what the buyer types.
 * @csspart public-consent - The buyer's consent to publishing the question and its answer.
 * @csspart topic-picker - The choice of what the question is about.
 * @csspart topic - One choice.
 * @csspart routing - Who will answer and how fast, before sending.
 * @csspart textarea - The question's text area.
 * @csspart counter - The character counter.
 * @csspart attachments - The photos added.
 * @csspart attachment - One photo.
 * @csspart add-photos - The "Add photos" button.
 * @csspart submit - The send button.
 * @csspart field-error - An error at a field.
 * @csspart status - The confirmation after sending, and loading states.
 * @csspart error - An error notice with its retry.
 * @csspart list - The buyer's earlier questions.
 * @csspart question - One earlier question.
 * @csspart thread - A question's messages.
 * @csspart message - One message.
 * @csspart translate - A "View in {language}" button.
 * @csspart translation - A translation shown beside the original.
 * @csspart rating - Rating an answer.
 */
export class AskSeller extends SqElement {
  static override styles = [...baseStyles, askSellerStyles];
  /** Registered with the element; the conversation history loads on demand. */
  static override readonly dependencies = { 'sq-composer': SqComposer };

  /** The product asked about; without it the question is about the shop. */
  @property({ attribute: 'product-id', reflect: true }) productId: string | undefined;
  /** The shop (seller); taken from the product when omitted. */
  @property({ attribute: 'shop-id', reflect: true }) shopId: string | undefined;
  /** The product's name as the page shows it (else loaded from the backend). */
  @property({ attribute: 'product-name' }) productName: string | undefined;
  /** The product's picture URL (else loaded from the backend). */
  @property({ attribute: 'product-image' }) productImage: string | undefined;
  /** Base URL of the backend API; overrides `configure({ apiBase })`. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;
  /** A client to use instead of one made from `api-base`. */
  @property({ attribute: false }) client: SellerQuestionsClient | undefined;
  /** The language the buyer writes in; the signed-in buyer's language by default. */
  @property() language: string | undefined;
  /** `inline`: the form on the page. `launcher`: a button that opens it in a dialog. */
  @property({ reflect: true }) variant: 'inline' | 'launcher' = 'inline';
  /** Whether the launcher's dialog is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private subject: ProductSubject | null = null;
  @state() private subjectError = false;
  /** The send failed before the request (its code could not load): why, and what to send again. */
  @state() private senderError: SendFailure | null = null;

  private get composer() {
    return this.renderRoot.querySelector<SqComposer>('sq-composer');
  }
  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  readonly #backend = new BackendController(this);
  readonly #subjectDraft = new DraftController<{ subject: ProductSubject | null }>(this, () => {
    this.#loadSubject();
  });
  /** Sending loads on demand: once the form for a product is painted, else when the buyer types or sends. */
  #sender: QuestionSender | undefined;
  #loadingSender: Promise<QuestionSender> | undefined;
  /** The signed-in viewer, once known: drafts are theirs. */
  #viewerId: string | null = null;

  /** Config, viewer, product and shop; loaded again when the backend or the product changes. */
  readonly #data = new LoadController(this, {
    args: () => [this.#backend.client, this.productId, this.shopId] as const,
    task: async ([client, productId, shopId], signal): Promise<Loaded> => {
      if (!client) throw new Error('unconfigured');
      if (!productId && !shopId) {
        throw new ConfigurationError(
          'seller-questions: <ask-seller> needs a product-id or a shop-id attribute.',
        );
      }
      // All at once: the product comes with its shop (a backend that leaves it out, or a
      // shop-id naming another shop, costs a request after it).
      const [config, viewer, product, given] = await allSettledOrThrow([
        client.getConfig({ signal }),
        this.#backend.viewer(),
        productId ? client.getProduct(productId, { signal }) : Promise.resolve(null),
        productId ? Promise.resolve(null) : client.getShop(shopId!, { signal }),
      ]);
      // The sending code (and with it the product's published answers) and the history's code
      // (for the questions asked before) once the form is painted. Started with the element, they
      // took HTTP/1.1's six connections and the slow network before the data; started with the
      // data, their parsing and compiling (~65 ms of CPU in all on the 2-core test machine) took
      // the CPU from the form's first frame.
      // What controllers/next-task.ts's afterNextPaint() does, written out: its module would add
      // 160 B to this first load, which has 60 B of its budget left. (A hidden page paints no
      // frame: here they load once it is shown, or as the buyer types.)
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (productId) void this.#loadSender().catch(() => undefined);
          void loadConversations();
        }),
      );
      const wanted = shopId ?? product!.shopId;
      const shop =
        given ??
        (product?.shop?.id === wanted ? product.shop : await client.getShop(wanted, { signal }));
      return { config, viewer, product, shop };
    },
    onError: (error) => {
      if (this.#backend.client) this.reportError(error, 'load');
    },
  });

  get #draftKey(): string {
    return `ask-seller:${this.shopId ?? ''}:${this.productId ?? 'shop'}`;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('productId') || changed.has('shopId')) {
      this.senderError = null;
      this.#sender?.reset();
      // The dialog was opened about the earlier product (Back on a page that reuses the
      // element): it closes rather than change product under the buyer. Drafts are per product.
      if (this.hasUpdated) this.open = false;
    }
    const load = this.#data.state;
    if (load.status === 'ready') this.#viewerId = load.value.viewer.id;
    if (this.#subjectDraft.select(this.#viewerId, `${this.#draftKey}:subject`)) this.#loadSubject();
  }

  #loadSubject() {
    this.subject = this.#subjectDraft.load()?.subject ?? null;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('open') && this.variant === 'launcher' && this.dialog) {
      if (this.open && !this.dialog.open) this.dialog.showModal();
      if (!this.open && this.dialog.open) this.dialog.close();
    }
  }

  #pickSubject(subject: ProductSubject) {
    this.subject = subject;
    this.subjectError = false;
    this.#subjectDraft.save({ subject });
  }

  #loadSender(): Promise<QuestionSender> {
    this.#loadingSender ??= import('./question-sender.js').then(
      ({ QuestionSender }) =>
        (this.#sender = new QuestionSender(this, () => (this.subjectError = true))),
      (cause: unknown) => {
        this.#loadingSender = undefined; // tried again at the next send
        // Offline since the page loaded, most likely: said as such.
        throw new NetworkError({ cause });
      },
    );
    return this.#loadingSender;
  }

  /**
   * Shows the missing subject with the text's problem, at once; the focus goes to the subject,
   * the form's first field. False when it is missing.
   */
  #checkSubject(): boolean {
    if (!this.productId || this.subject) return true;
    this.subjectError = true;
    this.shadowRoot?.querySelector<HTMLInputElement>('input[name=subject]')?.focus();
    return false;
  }

  async #submit(detail: ComposerSubmitEvent['detail'], loaded: Loaded) {
    if (!this.#checkSubject()) return;
    this.senderError = null;
    const about = this.#draftKey;
    const current = () => about === this.#draftKey;
    try {
      await (
        await this.#loadSender()
      ).submit(this.#backend.requireClient(), detail, loaded, this.subject, current, () => {
        this.composer?.reset();
        this.subject = null;
        this.#subjectDraft.clear();
      });
    } catch (error) {
      if (current()) this.senderError = { error, retry: detail };
    }
  }

  /** "Try again": the notice goes while it sends, so the focus waits on the send button. */
  #retry(detail: ComposerSubmitEvent['detail'], loaded: Loaded) {
    void this.composer?.focusSubmit();
    void this.#submit(detail, loaded);
  }

  protected override render() {
    const load = this.#data.state;
    const body =
      load.status === 'ready'
        ? this.#renderLoaded(load.value)
        : load.status === 'failed' && !this.#backend.awaitingConfiguration
          ? this.#renderLoadError(load.error)
          : html`<p class="muted" part="status" role="status">
              ${msg('Loading…', { id: 'common.loading' })}
            </p>`;
    if (this.variant === 'launcher') {
      return html`
        <button
          type="button"
          class="primary"
          part="launcher"
          lang=${this.locale.locale}
          dir=${this.locale.dir}
          @click=${() => (this.open = true)}
        >
          ${msg('Ask the seller', { id: 'ask.launcher' })}
        </button>
        <dialog
          part="dialog"
          aria-labelledby="title about"
          lang=${this.locale.locale}
          dir=${this.locale.dir}
          @close=${() => {
            this.open = false;
            this.shadowRoot?.querySelector<HTMLElement>('[part=launcher]')?.focus();
          }}
        >
          <div class="dialog-bar">
            <button
              type="button"
              class="close"
              aria-label=${msg('Close', { id: 'common.close' })}
              @click=${() => (this.open = false)}
            >
              ×
            </button>
          </div>
          ${this.open ? this.#renderBase(body) : nothing}
        </dialog>
      `;
    }
    return this.#renderBase(body);
  }

  // A region named by the title and what it is about; in the launcher's dialog (rendered only
  // while open), the dialog has that name and the form is not a second region of it.
  #renderBase(body: unknown) {
    return html`<section
      part="base"
      class="base"
      lang=${this.locale.locale}
      dir=${this.locale.dir}
      aria-labelledby=${this.open ? '' : 'title about'}
    >
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">
        ${this.#sender?.announcement}
      </div>
    </section>`;
  }

  #renderHeader(product: Product | null, shop: Shop | null) {
    const name = this.productName ?? product?.name;
    const image = safeImageUrl(this.productImage ?? product?.imageUrl);
    const about = name
      ? msg(str`About: ${isolate(name)}`, { id: 'ask.about_product' })
      : shop && msg(str`About the shop ${isolate(shop.name)}`, { id: 'ask.about_shop' });
    return html`<header part="header" class="header">
      ${image ? html`<img part="product-image" src=${image} alt="" />` : nothing}
      <div>
        <h2 id="title">${msg('Ask the seller', { id: 'ask.title' })}</h2>
        ${about ? html`<p class="muted" id="about">${about}</p>` : nothing}
      </div>
    </header>`;
  }

  #renderLoadError(error: unknown) {
    let text: string;
    let retry = true;
    // Set up with a product or a shop, a ConfigurationError is the backend's (no API at apiBase).
    if (
      !this.#backend.client ||
      (error instanceof ConfigurationError && (this.productId || this.shopId))
    ) {
      text = msg('This widget is not connected to a backend yet.', { id: 'ask.unconfigured' });
      retry = false;
    } else if (isAuthProblem(error)) {
      text = msg('Sign in to ask the seller a question.', { id: 'ask.sign_in' });
      retry = false;
    } else if (error instanceof NotFoundError) {
      text = msg('This product is no longer available, so questions about it cannot be asked.', {
        id: 'ask.not_found',
      });
      retry = false;
    } else if (error instanceof ConfigurationError) {
      text = msg('This widget is not set up for a product or shop.', { id: 'ask.misconfigured' });
      retry = false;
    } else {
      text = errorText(error);
    }
    return html`${this.#renderHeader(null, null)}
      <div class="notice" data-tone=${retry ? 'error' : 'info'} part="error" role="alert">
        <span>${text}</span>
        ${
          retry
            ? html`<button type="button" @click=${() => void this.#data.run()}>
                ${msg('Retry', { id: 'common.retry' })}
              </button>`
            : nothing
        }
      </div>`;
  }

  #renderLoaded(loaded: Loaded) {
    const { config, viewer, product, shop } = loaded;
    const routing = routeQuestion({
      category: 'pre_sale',
      buyerCountry: viewer.country,
      servedRegions: config.servedRegions,
    });
    const shopName = isolate(shop.name);
    const hours = formatHours(config.slaHours);
    const promise =
      routing.handler === 'seller'
        ? msg(str`${shopName} will answer, usually within ${hours}.`, { id: 'ask.routing_seller' })
        : msg(
            str`The marketplace’s customer service answers questions from your country for ${shopName}, usually within ${hours}.`,
            {
              id: 'ask.routing_platform',
            },
          );
    const language = this.language ?? viewer.language;
    return html`
      ${this.#renderHeader(product, shop)}
      ${
        this.#sender?.created
          ? this.#sender.renderConfirmation(promise)
          : html`<form
              part="form"
              class="form"
              novalidate
              @submit=${(event: Event) => {
                event.preventDefault();
              }}
            >
              <sq-public-answers .client=${this.#backend.client}></sq-public-answers>
              ${this.productId ? this.#renderSubjects() : nothing}
              <p class="routing muted" part="routing">${promise}</p>
              <sq-composer
                label=${msg('Your question', { id: 'ask.question_label' })}
                hint=${msg('Do not share payment details or passwords.', { id: 'ask.privacy_hint' })}
                draft-key=${this.#draftKey}
                draft-owner=${viewer.id}
                language=${language}
                .client=${this.#backend.client}
                .maxLength=${config.maxMessageLength}
                .limits=${config.attachments}
                .actions=${[{ id: 'send', label: msg('Send question', { id: 'ask.send' }), primary: true }]}
                ?busy=${this.#sender?.sending}
                .textError=${this.#sender?.textError ?? null}
                exportparts="textarea, counter, attachments, attachment, add-photos, submit, field-error"
                @sq-composer-attempt=${() => {
                  this.#checkSubject();
                }}
                @sq-composer-submit=${(event: ComposerSubmitEvent) => void this.#submit(event.detail, loaded)}
                @input=${() => void this.#loadSender().catch(() => undefined)}
                ><sq-public-consent></sq-public-consent
              ></sq-composer>
              ${this.#sender?.render((retry) => {
                this.#retry(retry, loaded);
              })}
              ${this.senderError ? this.#renderSenderError(this.senderError, loaded) : nothing}
            </form>`
      }
      <sq-conversations
        heading=${
          product
            ? msg('Your questions about this product', { id: 'ask.history_product' })
            : msg('Your questions about this shop', { id: 'ask.history_shop' })
        }
        empty-text=${msg('You have not asked anything here yet.', { id: 'ask.history_empty' })}
        draft-prefix=${`${this.#draftKey}:follow-up`}
        draft-owner=${viewer.id}
        language=${language}
        .client=${this.#backend.client}
        .config=${config}
        .filter=${this.productId ? { productId: this.productId } : { shopId: shop.id, topic: 'shop' as const }}
        exportparts="list, question, status, thread, message, translate, translation, rating, textarea, submit, error"
      ></sq-conversations>
    `;
  }

  /** The question was not sent (its code did not load): it stays in the form, to send again. */
  #renderSenderError({ error, retry }: SendFailure, loaded: Loaded) {
    return html`<div class="notice" data-tone="error" part="error" role="alert">
      <span>${errorText(error)}</span>
      <button
        type="button"
        ?disabled=${this.#sender?.sending}
        @click=${() => {
          this.#retry(retry, loaded);
        }}
      >
        ${msg('Try again', { id: 'common.try_again' })}
      </button>
    </div>`;
  }

  #renderSubjects() {
    return html`<fieldset
      part="topic-picker"
      class="subjects"
      aria-describedby=${this.subjectError ? 'subject-error' : nothing}
      role="radiogroup"
      aria-required="true"
    >
      <legend>${msg('What is your question about?', { id: 'ask.subject_legend' })}</legend>
      <div class="choices">
        ${PRODUCT_SUBJECTS.map(
          (subject) =>
            html`<label part="topic" class="choice">
              <input
                type="radio"
                name="subject"
                .value=${subject}
                .checked=${this.subject === subject}
                aria-invalid=${this.subjectError ? 'true' : 'false'}
                @change=${() => {
                  this.#pickSubject(subject);
                }}
              />
              <span>${subjectLabel(subject)}</span>
            </label>`,
        )}
      </div>
      ${
        this.subjectError
          ? html`<p id="subject-error" class="field-error" part="field-error" role="alert">
              ${msg('Choose what your question is about.', { id: 'ask.subject_required' })}
            </p>`
          : nothing
      }
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ask-seller': AskSeller;
  }
}
