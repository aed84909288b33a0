import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import { Task } from '@lit/task';
import type { SellerQuestionsClient } from '../../api/client.js';
import type { Config, Question, Shop, Viewer } from '../../api/types.js';
import { allSettledOrThrow, BackendController } from '../../controllers/backend.js';
import { ClockController } from '../../controllers/clock.js';
import { LiveUpdatesController } from '../../controllers/live-updates.js';
import { LocaleController } from '../../controllers/locale.js';
import { DEFAULT_CLOCK } from '../../domain/response-clock.js';
import { msg, str } from '../../i18n/localize.js';
import { questionCount } from '../../i18n/plurals.js';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { defineDependencies } from '../define.js';
import { SqAuthRequiredEvent, SqErrorEvent, SqQuestionOpenedEvent } from '../events.js';
import { isAuthProblem } from '../shared/error-text.js';
import { afterNextPaint } from '../../controllers/next-task.js';
import { FirstRenderInOwnTask } from '../shared/first-render-in-own-task.js';
import type { SqInboxConversation } from './conversation.js';
import { ConversationLoader } from './conversation-loader.js';
import { renderPlaceholder, renderSetupError } from './inbox-parts.js';
import type { InboxFiltersEvent, InboxOpenEvent, InboxUpdatedEvent } from './inbox-events.js';
import { InboxListController } from './list-controller.js';
import { SqInboxList } from './list.js';
import { SqInboxPerformance } from './performance.js';
import { inboxStyles } from './seller-question-inbox.styles.js';

interface Setup {
  config: Config;
  viewer: Viewer;
  shop: Shop | null;
}

/** Below this width the list and the conversation take turns instead of sitting side by side. */
const NARROW_PX = 900;

/**
 * The seller's inbox in a merchant back office: performance (CSAT, delayed responses,
 * standing), every question sorted by response time remaining with live countdowns, filters and
 * search, and the conversation with templates in the buyer's language, photos, translations,
 * refunds and escalation. Stays smooth with tens of thousands of questions (virtualized list,
 * one shared clock, pages loaded in the background).
 *
 * Keyboard: Tab reaches the filters, then the list (one tab stop). In the list, Up/Down,
 * Home/End and PageUp/PageDown move; Enter or Space opens the question and moves the focus to
 * its heading ("Write a reply" is the next stop; Ctrl+Enter sends from the text). Escape in the
 * conversation goes back to its row in the list. After a reply, refund or escalation succeeds,
 * the focus moves to the next most urgent question awaiting you in the list (Enter opens it);
 * when none is left it stays on the conversation's heading. After a conflict, it moves to the
 * notice that explains what changed.
 *
 * The list paints first; the performance figures, the signed-in seller and the conversation's
 * code load right after it (the code ahead of time, once the browser is idle). Below 900 px
 * wide the list and the conversation take turns. `question-id` is the open question: set it to
 * open one (e.g. from the page's URL); `sq-question-opened` says when the seller opens another.
 *
 * @summary The seller's question inbox for merchant back offices.
 *
 * @event sq-question-opened - The seller opened a question. `detail.questionId`.
 * @event sq-reply-sent - A reply was sent. `detail.question`, `detail.resolved`.
 * @event sq-refund-issued - Items were refunded. `detail.question`, `detail.refund`.
 * @event sq-escalated - Customer service was asked to help. `detail.question`, `detail.reason`.
 * @event sq-auth-required - The backend answered 401/403; let the seller sign in. `detail.status`.
 * @event sq-error - Something failed (also shown in the element). `detail.error`, `detail.action`.
 *
 * @csspart base - The element's box.
 * @csspart performance - CSAT, delayed responses, standing and questions awaiting you.
 * @csspart standing - The standing badge.
 * @csspart thresholds - The standing rules.
 * @csspart at-risk - The explanation shown when the account is at risk.
 * @csspart awaiting - Questions awaiting you per category.
 * @csspart filters - Category, status and search.
 * @csspart list - The list of questions.
 * @csspart item - One question in the list.
 * @csspart countdown - A response time remaining.
 * @csspart status - Loading, counts and states.
 * @csspart error - An error notice with its retry.
 * @csspart conversation - The open question.
 * @csspart conversation-header - Its buyer, topic, state, handler and countdown.
 * @csspart notice - What just happened in the conversation.
 * @csspart context - The product or order, with its items.
 * @csspart thread - The messages.
 * @csspart message - One message.
 * @csspart translate - A "View in {language}" button.
 * @csspart translation - A translation shown beside the original.
 * @csspart reply - The reply section.
 * @csspart template-picker - The template choice.
 * @csspart template-note - What a template left to fill in.
 * @csspart textarea - The reply's text area.
 * @csspart submit - Send and Send and resolve.
 * @csspart refund - Affected products.
 * @csspart refund-button - "Refund marked items".
 * @csspart escalate-button - "Request customer-service assistance".
 * @csspart dialog - The refund confirmation and the escalation dialog.
 *
 * @cssproperty --sq-inbox-block-size - The inbox's height (the list scrolls inside it).
 * @cssproperty --sq-color-accent - Buttons, links, selection and focus.
 * @cssproperty --sq-color-danger - Late questions, errors.
 * @cssproperty --sq-color-warning - Questions due soon.
 * @cssproperty --sq-color-surface - Background.
 * @cssproperty --sq-color-text - Text.
 * @cssproperty --sq-font-family - Font.
 * @cssproperty --sq-radius - Corner radius.
 * @cssproperty --sq-color-backdrop - Behind the refund and escalation dialogs.
 */
export class SellerQuestionInbox extends FirstRenderInOwnTask {
  static override styles = [tokens, controls, inboxStyles];
  /** Registered at once; the conversation's elements come with `./conversation-elements.js`. */
  static readonly dependencies = {
    'sq-inbox-list': SqInboxList,
    'sq-inbox-performance': SqInboxPerformance,
  };

  /** Base URL of the backend API; overrides `configure({ apiBase })`. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;
  /** A client to use instead of one made from `api-base`. */
  @property({ attribute: false }) client: SellerQuestionsClient | undefined;
  /** The open question; set it to open one (e.g. from the page's URL). */
  @property({ attribute: 'question-id', reflect: true }) questionId: string | null = null;
  /** The seller's language for "View in {language}"; the signed-in seller's by default. */
  @property() language: string | undefined;

  @state() private narrow = false;
  /** In the narrow layout: which pane is shown. */
  @state() private pane: 'list' | 'conversation' = 'list';
  @state() private announcement = '';
  /** The list's first page is shown: the header, the setup and live updates may start. */
  @state() private listShown = false;

  @query('sq-inbox-list') private list?: SqInboxList;
  @query('sq-inbox-conversation') private conversation?: SqInboxConversation;
  @query('sq-inbox-performance') private performance?: SqInboxPerformance;

  readonly #backend = new BackendController(this);
  readonly #locale = new LocaleController(this);
  readonly #clock = new ClockController(this);
  readonly #conversationCode = new ConversationLoader(this, (error) => {
    this.#report(error, 'load-conversation');
  });
  readonly #list = new InboxListController(this, {
    client: () => this.#backend.client,
    onError: (error) => {
      this.#report(error, 'load-questions');
    },
    beforeFirstPage: (signal) => this.#live.checkpoint(signal),
  });
  /** Polls once the first page is shown (its first poll need not compete with it). */
  readonly #live = new LiveUpdatesController(this, {
    client: () => this.#backend.client,
    active: () => this.listShown,
    onChanges: (changes) => {
      void this.#list.applyChanges(changes);
      const open = changes.find((change) => change.questionId === this.questionId);
      const conversation = this.conversation;
      if (open && conversation && (conversation.version ?? 0) < open.version) {
        conversation.reload();
      }
      this.performance?.refresh();
    },
    onReset: () => {
      this.#list.reload();
      this.performance?.refresh();
    },
  });
  #liveStarted = false;
  /**
   * Switching layouts changes sizes that observers (the list's virtualizer) watch; done in the
   * observer's callback, that is reported as a "ResizeObserver loop" error on the page. So the
   * switch waits for the next frame.
   */
  readonly #resize = new ResizeObserver(([entry]) => {
    const narrow = (entry?.contentRect.width ?? NARROW_PX) < NARROW_PX;
    // The first report comes before the first paint, which it decides.
    if (!this.#measured) {
      this.#measured = true;
      this.narrow = narrow;
      return;
    }
    cancelAnimationFrame(this.#resizeFrame);
    this.#resizeFrame = requestAnimationFrame(() => {
      if (narrow !== this.narrow) this.narrow = narrow;
    });
  });
  #measured = false;
  #resizeFrame = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #showingList = false;

  readonly #setup = new Task(this, {
    // After the list's first page: the list is what the seller sees first.
    args: () => [this.listShown ? this.#backend.client : null] as const,
    task: async ([client], { signal }): Promise<Setup | null> => {
      if (!client) return null;
      const [config, viewer] = await allSettledOrThrow([
        client.getConfig({ signal }),
        this.#backend.viewer(),
      ]);
      const shop = viewer.shopId
        ? await client.getShop(viewer.shopId, { signal }).catch(() => null)
        : null;
      return { config, viewer, shop };
    },
  });

  constructor() {
    super();
    defineDependencies(SellerQuestionInbox.dependencies);
  }

  /** Live updates start once the first page is shown (their first poll need not compete). */
  #startLiveUpdates() {
    if (this.#liveStarted) return;
    this.#liveStarted = true;
    this.#live.pollNow();
  }

  protected override updated() {
    if (this.#list.state === 'loading') return;
    if (!this.listShown) {
      // The rows first, painted; what else the inbox asks for, in the task after that frame
      // (a task sooner, its requests and renders often came before the frame: first paint
      // 163 → 154 ms, median of 12 A/B runs).
      if (!this.#showingList) {
        this.#showingList = true;
        void afterNextPaint().then(() => {
          this.listShown = true;
        });
      }
      return;
    }
    this.#startLiveUpdates();
    this.#conversationCode.prefetch();
  }

  /** The conversation element, once its code and the setup are there. */
  async #conversationElement(): Promise<SqInboxConversation | undefined> {
    await this.#conversationCode.load();
    await this.#setup.taskComplete.catch(() => undefined);
    await this.updateComplete;
    return this.conversation;
  }

  override connectedCallback() {
    super.connectedCallback();
    // The observer's first report comes before the first paint: no layout is forced here.
    this.#resize.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resize.disconnect();
    cancelAnimationFrame(this.#resizeFrame);
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('questionId') && this.questionId) {
      this.pane = 'conversation';
      void this.#conversationCode.load();
    }
  }

  #report(error: unknown, action: string) {
    this.dispatchEvent(new SqErrorEvent({ error: error as Error, action }));
    if (isAuthProblem(error))
      this.dispatchEvent(new SqAuthRequiredEvent({ status: error.status ?? 401 }));
  }

  #open(question: Question, keyboard: boolean) {
    const same = question.id === this.questionId;
    this.questionId = question.id;
    this.pane = 'conversation';
    if (!same) this.dispatchEvent(new SqQuestionOpenedEvent({ questionId: question.id }));
    if (keyboard) {
      void this.#conversationElement().then((conversation) => conversation?.focusHeading());
    }
  }

  #onFilters(event: InboxFiltersEvent) {
    this.#list.setFilters(event.detail.filters);
    this.pane = 'list';
    // Counts are announced once typing pauses, not on every keystroke.
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const count = this.#list.count;
      if (count !== null) {
        const questions = questionCount(count);
        this.announcement = msg(str`${questions} shown`, { id: 'inbox.list.count_announcement' });
      }
    }, 800);
  }

  async #onUpdated(event: InboxUpdatedEvent) {
    const { question, action } = event.detail;
    this.#list.upsert([question]);
    if (action === 'reload') return;
    this.performance?.refresh();
    // The next most urgent question awaiting the seller, in list order.
    const next = this.#list.view.find(
      (candidate) =>
        candidate.id !== question.id &&
        candidate.status === 'awaiting_seller' &&
        candidate.handler === 'seller',
    );
    await this.updateComplete;
    if (!next) {
      await (await this.#conversationElement())?.focusHeading();
      return;
    }
    this.pane = 'list';
    const buyer = next.buyer.name;
    this.announcement = msg(str`Next question awaiting you: ${buyer}.`, {
      id: 'inbox.next_question',
    });
    await this.list?.focusRow(next.id);
  }

  #onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.questionId) return;
    const path = event.composedPath();
    // Escape closes a dialog first; only outside of one does it leave the conversation.
    if (path.some((node) => node instanceof HTMLDialogElement)) return;
    if (!this.conversation || !path.includes(this.conversation)) return;
    event.preventDefault();
    this.#backToList();
  }

  #backToList() {
    this.pane = 'list';
    void this.updateComplete.then(() => this.list?.focusRow(this.questionId));
  }

  protected override render() {
    const setup = this.#setup.value;
    const list = this.#list;
    const open = this.questionId;
    const showList = !this.narrow || this.pane === 'list' || !open;
    const showConversation = !this.narrow || (this.pane === 'conversation' && !!open);
    return html`<div
      class="base"
      part="base"
      dir=${this.#locale.dir}
      ?data-narrow=${this.narrow}
      @keydown=${this.#onKeydown}
      @sq-inbox-filters=${this.#onFilters}
    >
      <sq-inbox-performance
        class="header"
        .client=${this.listShown ? this.#backend.client : null}
        exportparts="performance, standing, thresholds, at-risk, awaiting"
      ></sq-inbox-performance>
      ${renderSetupError(
        !!this.#backend.client || this.#backend.awaitingConfiguration,
        this.#setup.error,
        () => {
          void this.#setup.run();
        },
      )}
      <div class="panes">
        <sq-inbox-list
          class="list-pane"
          ?hidden=${!showList}
          .items=${list.view}
          .count=${list.count}
          state=${list.state}
          .error=${list.error}
          .pageError=${list.pageError}
          ?loading-more=${list.loadingMore}
          .filters=${list.filters}
          open-id=${this.questionId ?? nothing}
          .now=${this.#clock.now}
          .clock=${setup?.config ?? DEFAULT_CLOCK}
          exportparts="filters, list, item, countdown, status, error"
          @sq-inbox-open=${(event: InboxOpenEvent) => {
            this.#open(event.detail.question, event.detail.keyboard);
          }}
          @sq-inbox-retry=${() => {
            list.retry();
          }}
        ></sq-inbox-list>
        <div class="conversation-pane" ?hidden=${!showConversation}>
          ${
            open && setup && this.#conversationCode.state === 'ready'
              ? html`<sq-inbox-conversation
                  ?narrow=${this.narrow}
                  .client=${this.#backend.client}
                  .config=${setup.config}
                  .viewer=${setup.viewer}
                  .shop=${setup.shop}
                  question-id=${open}
                  order-id=${list.get(open)?.orderId ?? nothing}
                  .now=${this.#clock.now}
                  reader-language=${this.language ?? setup.viewer.language}
                  exportparts="conversation, conversation-header, notice, context, thread, message, translate, translation, reply, template-picker, template-note, textarea, submit, refund, refund-button, escalate-button, dialog, status, countdown, error"
                  @sq-inbox-updated=${(event: InboxUpdatedEvent) => void this.#onUpdated(event)}
                  @sq-inbox-back=${() => {
                    this.#backToList();
                  }}
                ></sq-inbox-conversation>`
              : renderPlaceholder(open, this.#conversationCode.state === 'failed', () => {
                  void this.#conversationCode.load();
                })
          }
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seller-question-inbox': SellerQuestionInbox;
  }
}
