// The mock's store: the whole state in memory (a demo keeps it in localStorage). Every
// operation sees every record, so `load()` hands over the live state and `save()` has nothing
// to write; transactions run one after another, so a request's steps never interleave with
// another's.
import type { PlatformQueue, Template, Topic } from '../api/types.js';
import { rankPublicAnswers, searchTextOf } from '../domain/public-answers.js';
import { questionOrder } from '../domain/question-order.js';
import { compareByDue } from '../domain/response-clock.js';
import { CATEGORIES } from '../domain/taxonomy.js';
import { nextClockAt } from './commands.js';
import { canSee, findShop, viewerFor, type BackendContext, type Viewer } from './context.js';
import { JsonText } from './json-text.js';
import { canSeeOrder } from './queries.js';
import type { BackendState, PublicationRecord, QuestionRecord } from './state.js';
import type {
  BackendStore,
  IdempotencyScope,
  MetricsInput,
  QuestionQuery,
  StoreTx,
  StoredWrite,
} from './store.js';
import { timeOf } from './times.js';
import { detailView, isUnread, matchesSearch, questionView } from './views.js';

/** Every question in response-time order, and what that order was worked out from. */
interface DueOrder {
  snapshot: QuestionRecord[];
  dueAt: (string | null)[];
  updatedAt: string[];
  sorted: QuestionRecord[];
}
const dueOrders = new WeakMap<readonly QuestionRecord[], DueOrder>();

/** The ids of the questions the viewer can see. */
function visibleIds(state: BackendState, viewer: Viewer): Set<string> {
  return new Set(
    state.questions.filter((question) => canSee(viewer, question)).map((question) => question.id),
  );
}

/**
 * The viewer's feed cursor (store.ts changesSince): the newest change they can see (`visible`:
 * their questions' ids), or where the kept history begins when that is newer; a platform
 * agent's, the newest change.
 */
function feedCursor(state: BackendState, viewer: Viewer, visible: ReadonlySet<string>): number {
  const { changes } = state;
  const horizon = changes.length > 0 ? changes[0]!.seq - 1 : 0;
  const own =
    viewer.role === 'platform'
      ? changes.at(-1)
      : changes.findLast((change) => visible.has(change.questionId));
  return Math.max(own?.seq ?? 0, horizon);
}

/**
 * All questions sorted by response time remaining (`compareByDue`), kept between requests as
 * long as the same questions have the same times: sorting 10,000 questions was most of a list
 * request's time. Checking costs one comparison per question and notices any change, also one
 * made to the state directly (as tests do).
 */
function sortedByDue(questions: QuestionRecord[]): readonly QuestionRecord[] {
  const known = dueOrders.get(questions);
  if (
    known?.snapshot.length === questions.length &&
    questions.every(
      (question, index) =>
        known.snapshot[index] === question &&
        known.dueAt[index] === question.replyDueAt &&
        known.updatedAt[index] === question.updatedAt,
    )
  ) {
    return known.sorted;
  }
  // Times as numbers, not parsed at every comparison.
  const keyed = questions.map((question) => ({
    question,
    replyDueAt: question.replyDueAt === null ? null : timeOf(question.replyDueAt),
    updatedAt: timeOf(question.updatedAt),
  }));
  keyed.sort(compareByDue);
  dueOrders.set(questions, {
    snapshot: [...questions],
    dueAt: questions.map((question) => question.replyDueAt),
    updatedAt: questions.map((question) => question.updatedAt),
    sorted: keyed.map((entry) => entry.question),
  });
  return dueOrders.get(questions)!.sorted;
}

const scopeKey = (scope: IdempotencyScope) =>
  `${scope.viewerId} ${scope.method} ${scope.path} ${scope.key}`;

function fromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

export class MemoryStore implements BackendStore {
  readonly #context: () => BackendContext;
  #queue: Promise<unknown> = Promise.resolve();

  /** `context` is read at every transaction, so a reset may replace the state. */
  constructor(context: () => BackendContext) {
    this.#context = context;
  }

  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    const run = this.#queue.then(() => work(this.#tx(this.#context())));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Reads take their turn like transactions: they see no write half done. */
  read<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.transaction(work);
  }

  #tx(context: BackendContext): StoreTx {
    const { state } = context;
    return {
      start(claims, now) {
        const at = now.getTime();
        return Promise.resolve({
          viewer: claims ? viewerFor(state, claims) : null,
          // Questions the clock has something to do on (a warning, a late reply).
          due: state.questions
            .filter((question) => {
              if (question.status !== 'awaiting_seller' || question.replyDueAt === null) {
                return false;
              }
              const next = nextClockAt(context, question);
              return next !== null && next <= at;
            })
            .map((question) => question.id),
        });
      },
      load: () => Promise.resolve(context),
      addBuyer(buyer) {
        const taken =
          state.buyers.some((known) => known.id === buyer.id) ||
          [state.seller, ...(state.sellers ?? []), ...(state.agents ?? [])].some(
            (person) => person.id === buyer.id,
          );
        if (!taken) state.buyers.push({ ...buyer });
        return Promise.resolve(!taken);
      },
      save: () => Promise.resolve(),
      claimKey(scope) {
        const stored = state.idempotency[scopeKey(scope)];
        return Promise.resolve(
          stored
            ? { fingerprint: stored.fingerprint, status: stored.status, body: stored.body }
            : null,
        );
      },
      storeWrite(scope, write: StoredWrite) {
        state.idempotency[scopeKey(scope)] = { viewerId: scope.viewerId, ...write };
        return Promise.resolve();
      },
      questionList(viewer, query, withCursor) {
        const { ids, total } = questionPage(context, viewer, query);
        const items = ids.map((id) =>
          questionView(
            context,
            state.questions.find((question) => question.id === id)!,
            viewer,
          ),
        );
        return Promise.resolve({
          items: new JsonText(JSON.stringify(items)),
          count: items.length,
          total,
          ...(withCursor ? { latest: feedCursor(state, viewer, visibleIds(state, viewer)) } : {}),
        });
      },
      questionDetail(viewer, id) {
        const question = state.questions.find((candidate) => candidate.id === id);
        return Promise.resolve(
          question
            ? {
                shopId: question.shopId,
                buyerId: question.buyerId,
                detail: new JsonText(JSON.stringify(detailView(context, question, viewer))),
              }
            : null,
        );
      },
      orderPage(viewer, offset, limit) {
        const visible = state.orders
          .filter((order) => canSeeOrder(viewer, order))
          .sort((a, b) => timeOf(b.placedAt) - timeOf(a.placedAt));
        return Promise.resolve({
          orders: visible.slice(offset, offset + limit),
          more: offset + limit < visible.length,
        });
      },
      changesSince(viewer, seq) {
        const visible = visibleIds(state, viewer);
        const latest = feedCursor(state, viewer, visible);
        // The mock keeps the latest 5000 changes (touch()); seqs are consecutive.
        const first = state.changes[0]?.seq;
        const changes = state.changes.filter(
          (change) => change.seq > seq && change.seq <= latest && visible.has(change.questionId),
        );
        return Promise.resolve({
          changes,
          latest,
          expired: first !== undefined && seq < first - 1,
        });
      },
      metricsInput: (viewer, since) => Promise.resolve(metricsInput(context, viewer, since)),
      questionsCreated(shopId, from, to, offset, limit) {
        const [start, end] = [from.getTime(), to.getTime()];
        const matching = state.questions
          .filter((question) => {
            const created = timeOf(question.createdAt);
            return question.shopId === shopId && created > start && created <= end;
          })
          .sort(
            (a, b) =>
              timeOf(a.createdAt) - timeOf(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
          );
        return Promise.resolve({
          ids: matching.slice(offset, offset + limit).map((question) => question.id),
          total: matching.length,
        });
      },
      platformQueue: () => Promise.resolve(platformQueue(context)),
      products(shopId, q, limit) {
        const needle = q.toLowerCase();
        const key = (name: string) => name.toLowerCase();
        const matching = state.products
          .filter((product) => product.shopId === shopId && key(product.name).includes(needle))
          .sort((a, b) =>
            key(a.name) !== key(b.name)
              ? key(a.name) < key(b.name)
                ? -1
                : 1
              : a.id < b.id
                ? -1
                : a.id > b.id
                  ? 1
                  : 0,
          );
        return Promise.resolve({
          items: matching.slice(0, limit),
          more: matching.length > limit,
        });
      },
      templates: (shopId: string, topic: Topic | undefined) =>
        Promise.resolve(
          state.templates
            .filter(
              (template) =>
                (template.source === 'official'
                  ? !template.shopId || template.shopId === shopId
                  : (template.shopId ?? state.shop.id) === shopId) &&
                (!topic || template.topic === topic),
            )
            .map((record): Template => {
              const template = { ...record };
              delete template.shopId;
              return template;
            }),
        ),
      template(id) {
        const record = state.templates.find((template) => template.id === id);
        if (!record) return Promise.resolve(null);
        // The mock's seller templates without a shop are its one shop's.
        const shopId = record.shopId ?? (record.source === 'seller' ? state.shop.id : undefined);
        return Promise.resolve({ ...record, ...(shopId ? { shopId } : {}) });
      },
      putTemplate(record) {
        const index = state.templates.findIndex((template) => template.id === record.id);
        if (index === -1) state.templates.push({ ...record });
        else state.templates[index] = { ...record };
        return Promise.resolve();
      },
      removeTemplate(id) {
        const index = state.templates.findIndex((template) => template.id === id);
        if (index !== -1) state.templates.splice(index, 1);
        return Promise.resolve();
      },
      // One request at a time: nothing to wait for.
      lockTemplates: () => Promise.resolve(),
      publicAnswers(productId, terms, offset, limit) {
        // The one search rule (domain/public-answers.ts), as the server's SQL applies it.
        const published = state.questions.flatMap((question) =>
          question.productId === productId && question.publication
            ? [
                {
                  ...question.publication,
                  searchText: searchTextOf(
                    question.publication.question,
                    question.publication.answer,
                  ),
                },
              ]
            : [],
        );
        const ranked = rankPublicAnswers(published, terms);
        const items = ranked.slice(offset, offset + limit).map((entry) => {
          const record: Partial<typeof entry> = { ...entry };
          delete record.searchText;
          return record as PublicationRecord;
        });
        return Promise.resolve({ items, more: ranked.length > offset + limit });
      },
      attachment(id) {
        const stored = Object.hasOwn(state.attachments, id) ? state.attachments[id] : undefined;
        if (!stored) return Promise.resolve(null);
        const body = fromBase64(stored.base64);
        return Promise.resolve({ ...stored, body, size: body.length });
      },
    };
  }
}

function questionPage(context: BackendContext, viewer: Viewer, query: QuestionQuery) {
  const { category, topic, statuses, productId, orderId, shopId, updatedSince, q, unread } = query;
  const matches = (question: QuestionRecord) =>
    canSee(viewer, question) &&
    (!category || question.category === category) &&
    (!topic || question.topic === topic) &&
    (statuses.length === 0 || statuses.includes(question.status)) &&
    (!productId || question.productId === productId) &&
    (!orderId || question.orderId === orderId) &&
    (!shopId || question.shopId === shopId) &&
    (updatedSince === undefined || timeOf(question.updatedAt) > updatedSince) &&
    (unread === undefined || isUnread(question, viewer.role) === unread) &&
    matchesSearch(context, question, q);
  const matching =
    query.sort === 'due'
      ? sortedByDue(context.state.questions).filter(matches)
      : context.state.questions
          .filter(matches)
          // Times as numbers, not parsed at every comparison.
          .map((question) => ({
            question,
            id: question.id,
            replyDueAt: null,
            createdAt: timeOf(question.createdAt),
            updatedAt: timeOf(question.updatedAt),
          }))
          .sort(questionOrder(query.sort))
          .map((entry) => entry.question);
  return {
    ids: matching.slice(query.offset, query.offset + query.limit).map((question) => question.id),
    total: matching.length,
  };
}

function platformQueue(context: BackendContext): PlatformQueue {
  const shops = new Map<string, PlatformQueue['shops'][number]>();
  let count = 0;
  let oldest: string | null = null;
  for (const question of context.state.questions) {
    if (question.status !== 'awaiting_platform') continue;
    const since = question.platformSince ?? question.updatedAt;
    count += 1;
    if (oldest === null || timeOf(since) < timeOf(oldest)) oldest = since;
    const shop = shops.get(question.shopId);
    if (shop) {
      shop.count += 1;
      if (timeOf(since) < timeOf(shop.oldestSince)) shop.oldestSince = since;
    } else {
      const name = findShop(context.state, question.shopId)?.name ?? question.shopId;
      shops.set(question.shopId, {
        shopId: question.shopId,
        shopName: name,
        count: 1,
        oldestSince: since,
      });
    }
  }
  const list = [...shops.values()]
    .sort((a, b) => timeOf(a.oldestSince) - timeOf(b.oldestSince) || (a.shopId < b.shopId ? -1 : 1))
    .slice(0, 200);
  return { count, oldestSince: oldest, shops: list };
}

function metricsInput(context: BackendContext, viewer: Viewer, since: Date): MetricsInput {
  const questions = context.state.questions.filter((question) => canSee(viewer, question));
  const from = since.getTime();
  const ratings = questions.flatMap((question) =>
    question.messages.flatMap((message) =>
      message.rating && timeOf(message.rating.createdAt) >= from ? [message.rating] : [],
    ),
  );
  const obligations = questions.flatMap((question) =>
    question.obligations.map((obligation) => ({ ...obligation, questionId: question.id })),
  );
  const awaiting = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      questions.filter(
        (question) => question.category === category && question.status === 'awaiting_seller',
      ).length,
    ]),
  ) as MetricsInput['awaiting'];
  return { ratings, obligations, awaiting };
}
