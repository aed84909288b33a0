// The <seller-question-inbox> class without its tag, and the package's class-only entry
// (`seller-questions/classes/seller-question-inbox.js`): importing it registers no public element
// (the internal `sq-` elements it renders are registered when the first one is made). Register it
// under a tag of your own: `customElements.define('shop-seller-question-inbox', class extends
// SellerQuestionInbox {})`. First, before lit loads: a clear error when the page's policy refuses
// lit's Trusted Types policy.
import '../trusted-types-check.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import type { SellerQuestionsClient } from '../../api/client.js';
import type { Config, Question, Shop, Viewer } from '../../api/types.js';
import { Announcer } from '../../controllers/announcer.js';
import { allSettledOrThrow, BackendController } from '../../controllers/backend.js';
import { ClockController } from '../../controllers/clock.js';
import { LiveUpdatesController } from '../../controllers/live-updates.js';
import { KeptLoadController } from '../../controllers/kept-load.js';
import { DEFAULT_CLOCK } from '../../domain/response-clock.js';
import { msg, str } from '../../i18n/localize.js';
import { questionCount } from '../../i18n/plurals.js';
import { defineDependencies } from '../define.js';
import { SqListStateChangedEvent, SqQuestionOpenedEvent } from '../events.js';
import { SqQuestionReceivedEvent } from '../received-event.js';
import { baseStyles } from '../shared/base-styles.js';
import { afterNextPaint } from '../../controllers/next-task.js';
import { FirstRenderInOwnTask } from '../shared/first-render-in-own-task.js';
import type { SqInboxConversation } from './conversation.js';
import { ConversationLoader } from './conversation-loader.js';
import { renderPlaceholder, renderSetupError } from './inbox-parts.js';
import type { InboxAnnounceEvent, InboxEvent } from './inbox-events.js';
import { InboxListController } from './list-controller.js';
import { matchesLocally, needleOf, NO_FILTERS, sameFilters } from './list-filter.js';
import { SqInboxList } from './list.js';
import type { SqInboxPerformance } from './performance.js';
import { inboxStyles } from './seller-question-inbox.styles.js';
import type * as ListState from './list-state.js';

type ListStateCode = typeof ListState;

interface Setup {
  config: Config;
  viewer: Viewer;
  shop: Shop | null;
}

/** Below this width the list and the conversation take turns instead of sitting side by side. */
const NARROW_PX = 900;
/**
 * How long the inbox's first render waits for its first page, which is asked for as the inbox
 * is connected (or earlier, by the page's head start: seller-questions-start.js). When the page
 * comes within it, the frame and the first rows are rendered and laid out once, together,
 * instead of the frame first and all of it again a few milliseconds later: on localhost the
 * frame's render and layout took the main thread while the page's answer waited for it
 * (docs/performance.md). A slower backend gets the frame, "Loading questions…", after this long.
 */
const FIRST_FRAME_MS = 100;

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
 * the focus moves to the next most urgent question awaiting you when it is in view, else to
 * the next one from where the answered one was, so that the list stays where it is (Enter
 * opens it);
 * when none is left it stays on the conversation's heading. After a conflict, it moves to the
 * notice that explains what changed.
 *
 * The list paints first; the performance figures, the signed-in seller and the conversation's
 * code load right after it (the code ahead of time, once the browser is idle). Below 900 px
 * wide the list and the conversation take turns. `question-id` is the open question: set it to
 * open one (e.g. from the page's URL); `sq-question-opened` says when the seller opens another.
 *
 * The list sorts by response time remaining (most urgent first), recently updated first or
 * newest first, and filters by category, status, topic, product, order, day of the last change,
 * unread and text. When live updates bring questions the seller has not seen, "New questions: N"
 * shows them at the top in one step. `list-state` holds the order, filters, search and open
 * question as a query string the host can keep in its URL (`parseListState`,
 * `serializeListState`; docs/inbox.md); `sq-list-state-changed` says when the seller changes it.
 *
 * @summary The seller's question inbox for merchant back offices.
 *
 * @event sq-question-opened - The seller opened a question. `detail.questionId`.
 * @event sq-list-state-changed - The order, a filter, the search or the open question changed. `detail.value` (query string), `detail.state`.
 * @event sq-question-received - A live update brought a new question or a new buyer message (one event per question; also said in the live region). `detail.questionId`, `detail.kind` (`question` or `message`), `detail.category`, `detail.topic`, `detail.question`.
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
 * @csspart filters - Category, status, order, unread, search and more filters.
 * @csspart new-marker - "New questions: N", shown when live updates bring unseen questions.
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
 * @csspart platform-queue - For platform agents: the queue's figures and the shop filter, in place of the performance.
 * @csspart platform-action-button - For platform agents: "Hand back to the seller" and "Close question".
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
  static override styles = [...baseStyles, inboxStyles];
  /**
   * Registered at once; the header (`./performance.js`, loaded as the element is made, while
   * the list's first page is on its way) and the conversation's elements
   * (`./conversation-elements.js`) come on demand.
   */
  static override readonly dependencies = {
    'sq-inbox-list': SqInboxList,
  };

  /** Base URL of the backend API; overrides `configure({ apiBase })`. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;
  /** A client to use instead of one made from `api-base`. */
  @property({ attribute: false }) client: SellerQuestionsClient | undefined;
  /** The open question; set it to open one (e.g. from the page's URL). */
  @property({ attribute: 'question-id', reflect: true }) questionId: string | null = null;
  /** The seller's language for "View in {language}"; the signed-in seller's by default. */
  @property() language: string | undefined;
  /**
   * The list's order, filters, search and open question as a query string
   * (`sort=-created&unread=1&question=q-12`; see docs/inbox.md). Set it to restore a state
   * (e.g. from the page's URL); it follows the seller's changes, announced by
   * `sq-list-state-changed`.
   */
  @property({ attribute: 'list-state', reflect: true }) listState: string | undefined;

  @state() private narrow = false;
  /** In the narrow layout: which pane is shown. */
  @state() private pane: 'list' | 'conversation' = 'list';
  /** The list's first page is shown: the header, the setup and live updates may start. */
  @state() private listShown = false;
  /**
   * The header has rendered once. Until then the list is not shown: painted under a header
   * that is not there yet, it would move down when the header comes (a layout shift).
   */
  @state() private headerReady = false;

  @query('sq-inbox-list') private list?: SqInboxList;
  @query('sq-inbox-conversation') private conversation?: SqInboxConversation;
  /** The header; until its code is there, an element without its methods. */
  @query('sq-inbox-performance') private performance?: Partial<SqInboxPerformance>;
  /** The header's code: it is defined when this settles. */
  readonly #headerCode = import('./performance.js').then(({ SqInboxPerformance }) => {
    defineDependencies({ 'sq-inbox-performance': SqInboxPerformance });
  });
  /** Platform agents: shop names by id (from the queue's figures), shown in the rows. */
  @state() private shops: ReadonlyMap<string, string> | null = null;
  /** Platform agents: the queue's code is loaded (./platform.js). */
  @state() private platformReady = false;
  @query('sq-inbox-platform-queue') private queue?: { refresh(): void };

  readonly #backend = new BackendController(this);
  readonly #announcer = new Announcer(this);
  readonly #clock = new ClockController(this);
  readonly #conversationCode = new ConversationLoader(this, (error) => {
    this.reportError(error, 'load-conversation');
  });
  /** The list's first page, once it is asked for. */
  #firstPage: Promise<unknown> | undefined;
  readonly #list = new InboxListController(this, {
    client: () => this.#backend.client,
    onError: (error) => {
      this.reportError(error, 'load-questions');
    },
    followFirstPage: (page, signal) => this.#live.follow((this.#firstPage = page), signal),
    openId: () => this.questionId,
  });
  /** The list state last applied or announced, as a query string. */
  #stateValue = '';
  /** A state the host set, waiting for the list-state code. */
  #pendingState: string | undefined;
  /**
   * Reading and writing list states, loaded on demand: when the host sets one, or when the
   * state leaves the default (no filters, no open question), whose query string is ''.
   */
  #stateCode: ListStateCode | undefined;
  #loadingStateCode = false;
  #lastListState: { filters: unknown; questionId: string | null } = {
    filters: null,
    questionId: null,
  };
  /** Polls once the first page is shown (its first poll need not compete with it). */
  readonly #live = new LiveUpdatesController(this, {
    client: () => this.#backend.client,
    active: () => this.listShown,
    onChanges: (changes) => {
      const before = new Map(
        changes.map(({ questionId }) => [questionId, this.#list.get(questionId)]),
      );
      // The words for what arrived load with the first change (on demand).
      void Promise.all([import('./arrivals.js'), this.#list.applyChanges(changes)]).then(
        ([{ arrivalsOf, arrivalText }]) => {
          const arrivals = arrivalsOf(changes, before, (id) => this.#list.get(id));
          const text = arrivalText(arrivals);
          if (text) this.#announce(text);
          for (const arrival of arrivals) this.dispatchEvent(new SqQuestionReceivedEvent(arrival));
        },
        (error: unknown) => {
          this.reportError(error, 'announce-arrivals');
        },
      );
      const open = changes.find((change) => change.questionId === this.questionId);
      const conversation = this.conversation;
      if (open && conversation && (conversation.version ?? 0) < open.version) {
        conversation.reload();
      }
      this.performance?.refresh?.();
      this.queue?.refresh();
    },
    onReset: () => {
      this.#list.reload();
      this.performance?.refresh?.();
      this.queue?.refresh();
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

  /** The setup's load under way. */
  #setupLoading: Promise<unknown> = Promise.resolve();

  readonly #setup = new KeptLoadController(this, {
    // After the list's first page: the list is what the seller sees first.
    args: () => [this.listShown ? this.#backend.client : null] as const,
    task: ([client], signal) => (this.#setupLoading = this.#loadSetup(client, signal)),
    onError: (error) => {
      this.reportError(error, 'load');
    },
  });

  async #loadSetup(client: SellerQuestionsClient | null, signal: AbortSignal) {
    let setup: Setup | null = null;
    if (client) {
      const [config, viewer] = await allSettledOrThrow([
        client.getConfig({ signal }),
        this.#backend.viewer(),
      ]);
      const shop = viewer.shopId
        ? await client.getShop(viewer.shopId, { signal }).catch(() => null)
        : null;
      setup = { config, viewer, shop };
      if (viewer.role === 'platform' && !this.platformReady) {
        const { platformElements } = await import('./platform.js');
        defineDependencies(platformElements);
        this.platformReady = true;
      }
    }
    return setup;
  }

  /** Live updates start once the first page is shown (their first poll need not compete). */
  #startLiveUpdates() {
    if (this.#liveStarted) return;
    this.#liveStarted = true;
    this.#live.pollNow();
  }

  protected override updated() {
    // The rows are shown once the header is there too (its code may come after them).
    if (this.#list.state === 'loading' || !this.headerReady) return;
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
    await this.#setupLoading.catch(() => undefined);
    await this.updateComplete;
    return this.conversation;
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    // The first render waits for the first page (in or failed) if it is asked for, for
    // FIRST_FRAME_MS at most. Without a backend yet, it shows that at once.
    const page = this.#firstPage;
    if (!this.hasUpdated && page) {
      await new Promise((resolve) => {
        setTimeout(resolve, FIRST_FRAME_MS);
        void page.then(resolve, resolve);
      });
    }
    return super.scheduleUpdate();
  }

  protected override firstUpdated() {
    // The list waits for the header; without the header's code (a failed download), it does not.
    void this.#headerCode
      .then(() => this.performance?.updateComplete)
      .catch((error: unknown) => {
        this.reportError(error, 'load-header');
      })
      .then(() => {
        this.headerReady = true;
      });
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
    if (changed.has('listState') && this.listState !== undefined) {
      this.#pendingState = this.listState;
    }
    if (this.#pendingState !== undefined) {
      const code = this.#listStateCode();
      if (code) {
        this.#applyListState(code, this.#pendingState);
        this.#pendingState = undefined;
      }
    }
    // A state the host set is shown before the seller's changes are told again.
    if (this.#pendingState === undefined) this.#reportListState();
    if (changed.has('questionId') && this.questionId) {
      this.pane = 'conversation';
      void this.#conversationCode.load();
    }
  }

  /** Read out politely by screen readers (the region is there, empty, from the first render). */
  #announce(text: string) {
    this.#announcer.say(text);
  }

  /** The list-state code, or undefined while it loads (the host renders again then). */
  #listStateCode(): ListStateCode | undefined {
    if (!this.#stateCode && !this.#loadingStateCode) {
      this.#loadingStateCode = true;
      import('./list-state.js').then(
        (code) => {
          this.#stateCode = code;
          this.requestUpdate();
        },
        (error: unknown) => {
          // Tried again with the next change.
          this.#loadingStateCode = false;
          this.reportError(error, 'load-list-state');
        },
      );
    }
    return this.#stateCode;
  }

  /** Shows the state the host set (unless it is the one shown). */
  #applyListState(code: ListStateCode, value: string) {
    const { filtersOf, parseListState, serializeListState } = code;
    const state = parseListState(value);
    const canonical = serializeListState(state);
    if (canonical === this.#stateValue) return;
    this.#stateValue = canonical;
    const filters = filtersOf(state);
    if (!sameFilters(filters, this.#list.filters)) this.#list.setFilters(filters);
    this.questionId = state.questionId ?? null;
    if (!this.questionId) this.pane = 'list';
  }

  /** Tells the host the list state when the seller changed it. */
  #reportListState() {
    const { filters } = this.#list;
    if (
      this.#lastListState.filters === filters &&
      this.#lastListState.questionId === this.questionId
    ) {
      return;
    }
    // The default state is '': no code needed to say so.
    const code =
      sameFilters(filters, NO_FILTERS) && !this.questionId ? null : this.#listStateCode();
    if (code === undefined) return;
    this.#lastListState = { filters, questionId: this.questionId };
    const state = code ? code.listStateOf(filters, this.questionId) : {};
    const value = code ? code.serializeListState(state) : '';
    if (value === this.#stateValue) return;
    this.#stateValue = value;
    this.listState = value;
    this.dispatchEvent(new SqListStateChangedEvent({ state, value }));
  }

  /** "New questions: N": shows them at the top of the list, the first one active. */
  async #showNew() {
    const list = this.#list;
    const ids = [...list.unseen];
    const questions = ids.flatMap((id) => list.get(id) ?? []);
    const needle = needleOf(list.filters);
    // The filters stay when every new question passes them.
    const keep = questions.every((question) => matchesLocally(question, list.filters, needle));
    list.setFilters({ ...(keep ? list.filters : NO_FILTERS), sort: '-updated' });
    list.markSeen(ids);
    this.pane = 'list';
    await this.updateComplete;
    const first = list.view.find((question) => ids.includes(question.id));
    await this.list?.focusRow(first?.id ?? list.view[0]?.id);
  }

  #open(question: Question, keyboard: boolean) {
    const same = question.id === this.questionId;
    this.questionId = question.id;
    this.#list.markSeen([question.id]);
    this.pane = 'conversation';
    if (!same) this.dispatchEvent(new SqQuestionOpenedEvent({ questionId: question.id }));
    if (keyboard) {
      void this.#conversationElement().then((conversation) => conversation?.focusHeading());
    }
  }

  #onFilters(event: InboxEvent<'sq-inbox-filters'>) {
    this.#list.setFilters(event.detail.filters);
    this.pane = 'list';
    // Counts are announced once typing pauses, not on every keystroke.
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const count = this.#list.count;
      if (count !== null) {
        const questions = questionCount(count);
        this.#announce(msg(str`${questions} shown`, { id: 'inbox.list.count_announcement' }));
      }
    }, 800);
  }

  async #onUpdated(event: InboxEvent<'sq-inbox-updated'>) {
    const { question, action } = event.detail;
    // Where the question was, and which rows the seller sees: the list goes on from there.
    const before = this.#list.view;
    const from = Math.max(
      0,
      before.findIndex((candidate) => candidate.id === question.id),
    );
    const seen = this.list?.visibleRange ?? { first: 0, last: 0 };
    this.#list.upsert([question]);
    if (action === 'reload') return;
    this.performance?.refresh?.();
    this.queue?.refresh();
    // What awaits the viewer: the seller's questions, or the platform's for an agent.
    const side = this.platformReady ? 'platform' : 'seller';
    const awaiting = (candidate: Question) =>
      candidate.id !== question.id &&
      candidate.status === `awaiting_${side}` &&
      candidate.handler === side;
    const view = this.#list.view;
    // The first question awaiting the seller in list order (the most urgent) when it is in
    // view; else the next one from the answered one's place, so that the list does not jump.
    const first = view.find(awaiting);
    const firstWas = first ? before.indexOf(first) : -1;
    const inView = firstWas >= seen.first && firstWas <= seen.last;
    const next = inView
      ? first
      : (view.slice(from).find(awaiting) ?? view.slice(0, from).find(awaiting));
    await this.updateComplete;
    if (!next) {
      await (await this.#conversationElement())?.focusHeading();
      return;
    }
    this.pane = 'list';
    const buyer = next.buyer.name;
    this.#announce(msg(str`Next question awaiting you: ${buyer}.`, { id: 'inbox.next_question' }));
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

  #productShopValue: { client: SellerQuestionsClient; shopId: string } | null = null;

  /** The seller's shop, or the shop an agent chose: the product filter offers its products. */
  #productShop(setup: Setup | null) {
    const client = this.#backend.client;
    const shopId =
      setup?.viewer.role === 'platform' ? this.#list.filters.shopId : setup?.viewer.shopId;
    const last = this.#productShopValue;
    if (!client || !shopId) return (this.#productShopValue = null);
    // The same object while nothing changed: the filter does not ask again.
    if (last?.client === client && last.shopId === shopId) return last;
    return (this.#productShopValue = { client, shopId });
  }

  protected override render() {
    const state = this.#setup.state;
    // The last setup loaded is kept while it loads again.
    const setup = this.#setup.last ?? null;
    const list = this.#list;
    const open = this.questionId;
    const showList = !this.narrow || this.pane === 'list' || !open;
    const showConversation = !this.narrow || (this.pane === 'conversation' && !!open);
    return html`<div
      class="base"
      part="base"
      lang=${this.locale.locale}
      dir=${this.locale.dir}
      ?data-narrow=${this.narrow}
      @keydown=${this.#onKeydown}
      @sq-inbox-filters=${this.#onFilters}
      @sq-inbox-announce=${(event: InboxAnnounceEvent) => {
        event.stopPropagation();
        this.#announce(event.text);
      }}
    >
      ${
        this.platformReady
          ? html`<sq-inbox-platform-queue
              class="header"
              exportparts="platform-queue"
              .client=${this.#backend.client}
              .filters=${list.filters}
              .now=${this.#clock.now}
              @sq-inbox-shops=${(event: Event & { shops: ReadonlyMap<string, string> }) => {
                this.shops = event.shops;
              }}
            ></sq-inbox-platform-queue>`
          : html`<sq-inbox-performance
              class="header"
              .client=${setup && setup.viewer.role !== 'platform' ? this.#backend.client : null}
              exportparts="performance, standing, thresholds, at-risk, awaiting"
            ></sq-inbox-performance>`
      }
      ${renderSetupError(
        !!this.#backend.client || this.#backend.awaitingConfiguration,
        state.status === 'failed' ? state.error : undefined,
        () => {
          void this.#setup.run();
        },
      )}
      <div class="panes">
        <sq-inbox-list
          class="list-pane"
          ?hidden=${!showList}
          ?data-waiting=${!this.headerReady}
          .waiting=${!this.headerReady}
          .shown=${this.listShown}
          .items=${list.view}
          .count=${list.count}
          state=${list.state}
          .error=${list.error}
          .pageError=${list.pageError}
          ?loading-more=${list.loadingMore}
          .filters=${list.filters}
          .loaded=${list.loaded}
          .unseen=${list.unseen.size}
          open-id=${this.questionId ?? nothing}
          .shops=${this.shops}
          .viewer=${setup?.viewer.role === 'platform' ? 'platform' : 'seller'}
          .productShop=${this.#productShop(setup)}
          .now=${this.#clock.now}
          .clock=${setup?.config ?? DEFAULT_CLOCK}
          exportparts="filters, list, item, countdown, status, error, new-marker"
          @sq-inbox-open=${(event: InboxEvent<'sq-inbox-open'>) => {
            this.#open(event.detail.question, event.detail.keyboard);
          }}
          @sq-inbox-retry=${() => {
            list.retry();
          }}
          @sq-inbox-show-new=${() => void this.#showNew()}
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
                  exportparts="conversation, conversation-header, notice, context, thread, message, translate, translation, reply, template-picker, template-note, textarea, submit, refund, refund-button, escalate-button, platform-action-button, dialog, status, countdown, error"
                  @sq-inbox-updated=${(event: InboxEvent<'sq-inbox-updated'>) => void this.#onUpdated(event)}
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
      ${this.#announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seller-question-inbox': SellerQuestionInbox;
  }
}
