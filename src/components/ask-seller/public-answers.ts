// The product's published answers in <ask-seller>, loaded on demand (its import starts with the
// element's first data, beside it): "Answered questions" above the form, and, as the buyer
// types, "Already answered:" with the answers matching the question so far. And the consent
// checkbox under the question. Nothing here ever stands in the way of asking: a failure to load
// answers leaves the form as it is and is reported through `sq-error` only.
//
// Both elements sit in <ask-seller>'s form and talk to it through what it already does: the
// buyer's typing reaches the form as `input` events (from the composer's text area), and the
// consent is added to the question in `sq-question-submit` (its `detail.input` is what is sent).
// They render into <ask-seller>'s shadow root (no shadow root of their own), so its theme and
// controls apply, and add their few rules to it. Written without decorators, shared styles or
// the shared define helper: what this chunk imports from the first load is what other chunks
// import already, so loading it on demand adds almost nothing to <ask-seller>'s first load.
import { css, html, LitElement, nothing } from 'lit';
import type { SellerQuestionsClient } from '../../api/client.js';
import { listPublicAnswers } from '../../api/public-answers.js';
import type { PublicAnswer } from '../../api/types.js';
import { Announcer } from '../../controllers/announcer.js';
import { DraftController } from '../../controllers/draft.js';
import { LocaleController } from '../../controllers/locale.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import {
  SqAuthRequiredEvent,
  SqErrorEvent,
  type SqErrorAction,
  type SqQuestionCreatedEvent,
  type SqQuestionSubmitEvent,
} from '../events.js';
import { defineElement } from '../define.js';
import { SqComposer } from '../shared/composer.js';
import { isAuthProblem } from '../shared/error-text.js';

/** Answers shown before "Show more", and matches shown while typing. */
const FIRST = 3;
/** Answers each "Show more" adds. */
const MORE = 10;
/** A pause in typing this long (ms) starts a search. */
export const SEARCH_DELAY = 300;
/** Searches start from this many characters. */
const MIN_QUERY = 3;

/** Added to the shadow root of the <ask-seller> they are in. */
const styles = css`
  sq-public-answers,
  sq-public-consent {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  sq-public-answers:not(:has(section)) {
    display: none;
  }
  sq-public-answers section {
    display: grid;
    gap: var(--_space);
  }
  sq-public-answers h3 {
    margin: 0;
    font-size: var(--_font-size);
  }
  sq-public-answers ul {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  sq-public-answers li {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
  }
  sq-public-answers summary {
    cursor: pointer;
    font-weight: var(--_font-weight-strong);
  }
  sq-public-answers details p {
    margin: calc(var(--_space) * 0.5) 0 0;
    white-space: pre-line;
  }
  sq-public-answers .matches {
    border-inline-start: 4px solid var(--_info);
    padding-inline-start: var(--_space);
  }
  sq-public-consent label {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
    font-weight: normal;
  }
  sq-public-consent input {
    margin: 0.2em 0 0;
  }
`;

/** Adds the rules above to the shadow root `element` is in, once. */
function adoptStyles(element: Element) {
  const root = element.getRootNode();
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** In the page of the <ask-seller> around it: no shadow root of its own. */
abstract class InFormElement extends LitElement {
  constructor() {
    super();
    // Rendered again in the page's new language.
    new LocaleController(this);
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    adoptStyles(this);
  }
}

/** The <ask-seller> (or another element with these properties) whose shadow root holds `node`. */
function hostOf(node: Node) {
  const root = node.getRootNode();
  return root instanceof ShadowRoot
    ? (root.host as HTMLElement & {
        productId?: string | undefined;
      })
    : null;
}

/** The answers of one request, and where the next page starts. */
interface Page {
  items: PublicAnswer[];
  next: string | null;
}

function renderAnswers(items: readonly PublicAnswer[], label: string) {
  return html`<ul aria-label=${label}>
    ${items.map(
      (item) =>
        html`<li>
          <details lang=${item.language}>
            <summary>${isolate(item.question)}</summary>
            <p dir="auto">${item.answer}</p>
          </details>
        </li>`,
    )}
  </ul>`;
}

/**
 * The product's published answers, and the ones matching what the buyer types.
 * @internal rendered by <ask-seller>.
 */
export class SqPublicAnswers extends InFormElement {
  static override properties = {
    client: { attribute: false },
    page: { state: true },
    loadingMore: { state: true },
    found: { state: true },
  };

  /** The client of the <ask-seller> around it. */
  declare client: SellerQuestionsClient | null | undefined;
  /** The product of the <ask-seller> around it, when it is connected. */
  productId: string | undefined;

  declare private page: Page;
  declare private loadingMore: boolean;
  /** The answers matching the buyer's text; null while there is no search. */
  declare private found: PublicAnswer[] | null;

  constructor() {
    super();
    // No default for `client`: a value set before this chunk defined the element is kept.
    this.page = { items: [], next: null };
    this.loadingMore = false;
    this.found = null;
  }

  readonly #announcer = new Announcer(this);
  #form: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #search: AbortController | undefined;
  #load: AbortController | undefined;
  /** The text the last search was for (a search is not repeated for the same text). */
  #searched = '';

  readonly #onInput = (event: Event) => {
    // The question's text area, in the form's composer (not a follow-up's, nor a photo's input).
    const [field] = event.composedPath();
    if (!(field instanceof HTMLTextAreaElement) || !(event.target instanceof SqComposer)) return;
    clearTimeout(this.#timer);
    const text = field.value.trim();
    if (text.length < MIN_QUERY) {
      this.#search?.abort();
      this.#searched = '';
      this.found = null;
      return;
    }
    this.#timer = setTimeout(() => void this.#find(text), SEARCH_DELAY);
  };

  override connectedCallback() {
    super.connectedCallback();
    this.#form = this.parentElement;
    this.#form?.addEventListener('input', this.#onInput);
    // <ask-seller> renders its form (and so this) again for another product.
    this.productId = hostOf(this)?.productId;
    this.found = null;
    this.#searched = '';
    this.#loadedFor = null;
    this.requestUpdate();
  }

  /** What the answers shown were loaded for. */
  #loadedFor: readonly [SellerQuestionsClient | null | undefined, string | undefined] | null = null;

  protected override willUpdate() {
    const [client, productId] = this.#loadedFor ?? [];
    if (this.#loadedFor && client === this.client && productId === this.productId) return;
    this.#loadedFor = [this.client, this.productId];
    void this.#first();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#form?.removeEventListener('input', this.#onInput);
    clearTimeout(this.#timer);
    this.#search?.abort();
    this.#load?.abort();
  }

  #report(error: unknown, action: SqErrorAction) {
    if ((error as Error).name === 'AbortError') return;
    if (isAuthProblem(error)) {
      this.dispatchEvent(new SqAuthRequiredEvent({ status: error.status ?? 401 }));
    }
    this.dispatchEvent(new SqErrorEvent({ error, action }));
  }

  async #first() {
    this.#load?.abort();
    this.page = { items: [], next: null };
    const { client, productId } = this;
    if (!client || !productId) return;
    const controller = (this.#load = new AbortController());
    try {
      const page = await listPublicAnswers(
        client,
        productId,
        { limit: FIRST },
        { signal: controller.signal },
      );
      this.page = { items: page.items, next: page.nextCursor };
    } catch (error) {
      // Quietly without them: asking works as before.
      this.#report(error, 'load-public-answers');
    }
  }

  async #more() {
    const { client, productId, page } = this;
    if (!client || !productId || !page.next || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const more = await listPublicAnswers(client, productId, { limit: MORE, cursor: page.next });
      this.page = { items: [...page.items, ...more.items], next: more.nextCursor };
      await this.updateComplete;
      // The focus goes to the first answer added (the button may be gone).
      this.renderRoot.querySelectorAll<HTMLElement>('.all summary')[page.items.length]?.focus();
    } catch (error) {
      this.#report(error, 'load-public-answers');
    } finally {
      this.loadingMore = false;
    }
  }

  async #find(text: string) {
    const { client, productId } = this;
    if (!client || !productId || text === this.#searched) return;
    this.#search?.abort();
    const controller = (this.#search = new AbortController());
    try {
      const page = await listPublicAnswers(
        client,
        productId,
        { q: text, limit: FIRST },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      this.#searched = text;
      const before = this.found?.map((item) => item.id).join() ?? '';
      this.found = page.items;
      if (page.items.length > 0 && page.items.map((item) => item.id).join() !== before) {
        const count = page.items.length;
        this.#announcer.say(
          count === 1
            ? msg('Already answered: 1 question like yours.', { id: 'ask.answers_match_one' })
            : msg(str`Already answered: ${count} questions like yours.`, {
                id: 'ask.answers_match_other',
              }),
        );
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      this.found = null;
      this.#report(error, 'search-public-answers');
    }
  }

  protected override render() {
    const { items, next } = this.page;
    const matches = this.found ?? [];
    return html`
      ${
        matches.length > 0
          ? html`<section class="matches" part="public-matches">
              <h3>${msg('Already answered:', { id: 'ask.answers_match' })}</h3>
              ${renderAnswers(matches, msg('Already answered:', { id: 'ask.answers_match' }))}
            </section>`
          : nothing
      }
      ${
        items.length > 0
          ? html`<section class="all" part="public-answers">
              <h3>${msg('Answered questions', { id: 'ask.answers_heading' })}</h3>
              ${renderAnswers(items, msg('Answered questions', { id: 'ask.answers_heading' }))}
              ${
                next
                  ? html`<div>
                      <button
                        type="button"
                        class="link"
                        aria-disabled=${this.loadingMore ? 'true' : 'false'}
                        @click=${() => void this.#more()}
                      >
                        ${msg('Show more', { id: 'ask.answers_more' })}
                      </button>
                    </div>`
                  : nothing
              }
            </section>`
          : nothing
      }
      ${this.#announcer.render()}
    `;
  }
}

/**
 * "Others may see my question and the seller's answer, without my name": off by default; when
 * ticked, the question is sent with `publicConsent: true`. Product questions only.
 * @internal rendered by <ask-seller>.
 */
export class SqPublicConsent extends InFormElement {
  static override properties = { checked: { state: true } };

  declare private checked: boolean;

  constructor() {
    super();
    this.checked = false;
  }
  #host: (HTMLElement & { productId?: string | undefined }) | null = null;
  /**
   * Kept with the question's draft (`{composer's draft key}:consent`): across reloads, and
   * shared with the other form of the product (inline and launcher) as its text is.
   */
  readonly #draft = new DraftController<{ checked: true }>(this, () => {
    this.#restore();
  });

  readonly #onSubmit = (event: SqQuestionSubmitEvent) => {
    if (this.checked && event.detail.input.topic === 'product') {
      event.detail.input.publicConsent = true;
    }
  };
  readonly #onCreated = (event: SqQuestionCreatedEvent) => {
    // Sent from this form (not one the page moved on from): the next question asks anew.
    if (event.detail.question.product?.id !== this.#host?.productId) return;
    this.checked = false;
    this.#draft.clear();
  };

  override connectedCallback() {
    super.connectedCallback();
    this.#host = hostOf(this);
    this.#host?.addEventListener('sq-question-submit', this.#onSubmit);
    this.#host?.addEventListener('sq-question-created', this.#onCreated);
    // Put in another product's form: that one's draft.
    this.requestUpdate();
  }

  protected override willUpdate() {
    // In the question's <sq-composer>, whose draft it follows (another product's, another user's).
    const composer = this.parentElement as SqComposer | null;
    const key = composer?.draftKey;
    if (this.#draft.select(composer?.draftOwner, key && `${key}:consent`)) this.#restore();
  }

  #restore() {
    this.checked = this.#draft.load()?.checked ?? false;
  }

  #change(checked: boolean) {
    this.checked = checked;
    if (checked) this.#draft.save({ checked });
    else this.#draft.clear();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#host?.removeEventListener('sq-question-submit', this.#onSubmit);
    this.#host?.removeEventListener('sq-question-created', this.#onCreated);
  }

  protected override render() {
    if (!this.#host?.productId) return nothing;
    return html`<label part="public-consent">
      <input
        type="checkbox"
        name="public-consent"
        .checked=${this.checked}
        @change=${(event: Event) => {
          this.#change((event.target as HTMLInputElement).checked);
        }}
      />
      <span>
        ${msg('Others may see my question and the seller’s answer, without my name.', {
          id: 'ask.public_consent',
        })}
      </span>
    </label>`;
  }
}

/**
 * Defines `<sq-public-answers>` and `<sq-public-consent>`. question-sender.ts calls it as it
 * loads: an import for its side effect alone would be dropped by a bundler (this module is not
 * in package.json's `sideEffects`), and `<ask-seller>` would show no published answers.
 */
export function definePublicAnswers(): void {
  defineElement('sq-public-answers', SqPublicAnswers);
  defineElement('sq-public-consent', SqPublicConsent);
}
