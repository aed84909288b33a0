// The <seller-question-count> class without its tag, and the package's class-only entry
// (`seller-questions/classes/seller-question-count.js`): importing it registers no public element
// (the internal `sq-` elements it renders are registered when the first one is made). Register it
// under a tag of your own: `customElements.define('shop-seller-question-count', class extends
// SellerQuestionCount {})`. First, before lit loads: a clear error when the page's policy refuses
// lit's Trusted Types policy.
import '../trusted-types-check.js';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import { BackendController } from '../../controllers/backend.js';
import {
  watchQuestionCount,
  type QuestionCount,
  type QuestionCountKind,
} from '../../controllers/question-count.js';
import { formatNumber } from '../../i18n/format-number.js';
import { msg } from '../../i18n/localize.js';
import { SqElement } from '../shared/base-element.js';
import { awaitingText, unreadText } from './count-text.js';

/**
 * A badge with how many questions await the seller's answer (or are unread), for the host's own
 * navigation: `<a href="/questions">Questions <seller-question-count></seller-question-count></a>`.
 * It keeps itself up to date from the change feed (one poller per client for every count on the
 * page, paused while the page is hidden) and is read as "3 questions awaiting your answer" (the
 * number alone is what is seen). Nothing shows while it loads or when there are none (unless
 * `show-zero`); when the count cannot be read it shows "!" and is read as "Question count
 * unavailable". It says nothing by itself when the count changes: the inbox announces arrivals.
 *
 * Style it from outside with `::part(badge)`, the `--sq-count-*` tokens, and the custom states
 * `:state(loading)`, `:state(zero)` and `:state(error)` (e.g. to hide a link's separator).
 *
 * @summary A live count of questions awaiting the seller, for the host's navigation.
 *
 * @csspart badge - The number (and "!" when the count cannot be read).
 *
 * @event sq-error - The count could not be read (the badge shows "!"); told once until it is read again. `detail.error`, `detail.action` (`load-count`).
 * @event sq-auth-required - The backend answered 401/403; let the seller sign in. `detail.status`.
 *
 * @cssproperty --sq-count-background - The badge's background; `--sq-color-accent` by default.
 * @cssproperty --sq-count-color - The badge's text; `--sq-color-on-accent` by default.
 * @cssproperty --sq-count-error-background - The badge's background when the count cannot be read; `--sq-color-danger` by default.
 * @cssproperty --sq-color-accent - The badge's background, unless `--sq-count-background` is set.
 * @cssproperty --sq-color-on-accent - The badge's text, unless `--sq-count-color` is set.
 * @cssproperty --sq-color-danger - The badge when the count cannot be read.
 * @cssproperty [--sq-font-family=inherit] - Font (the surrounding text's by default).
 */
export class SellerQuestionCount extends SqElement {
  static override styles = css`
    :host {
      display: inline-flex;
      vertical-align: middle;
    }
    :host([hidden]) {
      display: none;
    }
    [part~='badge'] {
      box-sizing: border-box;
      min-inline-size: 1.5em;
      padding: 0.1em 0.45em;
      border-radius: 999px;
      background: var(--sq-count-background, var(--sq-color-accent, light-dark(#1d4ed8, #8ab4ff)));
      color: var(--sq-count-color, var(--sq-color-on-accent, light-dark(#fff, #0b1020)));
      font: 600 0.8em / 1.4 var(--sq-font-family, inherit);
      font-variant-numeric: tabular-nums;
      text-align: center;
    }
    [part~='error'] {
      background: var(
        --sq-count-error-background,
        var(--sq-color-danger, light-dark(#b42318, #ff9b8f))
      );
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  /** Base URL of the backend API; overrides `configure({ apiBase })`. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;
  /** A client to use instead of one made from `api-base`. */
  @property({ attribute: false }) client: SellerQuestionsClient | undefined;
  /** What is counted: `awaiting` (questions awaiting your answer) or `unread`. */
  @property() kind: QuestionCountKind = 'awaiting';
  /** The largest number shown; above it the badge shows e.g. "99+" (the name has the number). */
  @property({ type: Number }) max = 99;
  /** Show the badge with 0 too (by default there is no badge then). */
  @property({ type: Boolean, attribute: 'show-zero' }) showZero = false;

  @state() private value: QuestionCount = { count: null, error: null };

  readonly #backend = new BackendController(this);
  readonly #internals = this.attachInternals();
  #watching: { client: SellerQuestionsClient; kind: QuestionCountKind; stop: () => void } | null =
    null;

  /** The last count read; null while it loads (or when it could never be read). */
  get count(): number | null {
    return this.value.count;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Moved in the page (or put back): watch again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#watch(null);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('kind') && !(['awaiting', 'unread'] as unknown[]).includes(this.kind)) {
      console.error(
        `seller-questions: <seller-question-count kind="${this.kind}"> counts "awaiting" or "unread" questions; counting "awaiting".`,
      );
    }
    // After the backend controller resolved the client for this update.
    if (this.isConnected) this.#watch(this.#backend.client);
  }

  #watch(client: SellerQuestionsClient | null) {
    const kind = this.kind === 'unread' ? 'unread' : 'awaiting';
    const watching = this.#watching;
    if (watching?.client === client && watching.kind === kind) return;
    watching?.stop();
    this.#watching = null;
    if (this.value.count !== null || this.value.error) this.value = { count: null, error: null };
    if (!client) return;
    this.#watching = {
      client,
      kind,
      stop: watchQuestionCount(
        client,
        (value) => {
          // Told once when the count becomes unreadable (not at every poll that fails again).
          if (value.error && !this.value.error) this.reportError(value.error, 'load-count');
          this.value = value;
        },
        { kind },
      ),
    };
  }

  protected override render() {
    const { error } = this.value;
    const count = error ? null : this.value.count;
    const failed = !!error || (!this.#backend.client && !this.#backend.awaitingConfiguration);
    this.#setStates({ loading: count === null && !failed, zero: count === 0, error: failed });
    if (failed) {
      return html`<span part="badge error" aria-hidden="true">!</span
        ><span class="visually-hidden"
          >${msg('Question count unavailable', { id: 'count.unavailable' })}</span
        >`;
    }
    if (count === null) return nothing;
    const max = Number.isFinite(this.max) ? Math.max(1, Math.floor(this.max)) : 99;
    const shown = count > max ? `${formatNumber(max)}+` : formatNumber(count);
    return html`<span part="badge" aria-hidden="true" ?hidden=${count === 0 && !this.showZero}
        >${shown}</span
      ><span class="visually-hidden"
        >${this.kind === 'unread' ? unreadText(count) : awaitingText(count)}</span
      >`;
  }

  #setStates(states: Record<string, boolean>) {
    for (const [name, on] of Object.entries(states)) {
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seller-question-count': SellerQuestionCount;
  }
}
