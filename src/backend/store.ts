// Where the backend keeps its records. The operations (commands.ts) are written once against a
// BackendContext; a store hands them the records a request needs, inside one transaction, and
// keeps what they changed. Two stores implement it: the mock's in-memory state
// (memory-store.ts) and the reference server's PostgreSQL (server/src/sql-store.ts).
import type {
  Category,
  PlatformQueue,
  QuestionStatus,
  SellerMetrics,
  Template,
  Topic,
} from '../api/types.js';
import type { Rating } from '../api/types.js';
import type { ResponseObligation } from '../domain/metrics.js';
import type { QuestionSort } from '../domain/question-order.js';
import type { BackendContext, Claims, Viewer } from './context.js';
import type { JsonText } from './json-text.js';
import type {
  BuyerRecord,
  ChangeRecord,
  PublicationRecord,
  StoredAttachment,
  TemplateRecord,
} from './state.js';

/** The records an operation works on; each store loads at least these. */
export interface Needs {
  /** Questions with their buyers, products and orders. */
  questionIds?: readonly string[];
  /** Lock the questions (and their orders) against concurrent writers until the end. */
  lock?: boolean;
  orderIds?: readonly string[];
  productIds?: readonly string[];
  shopIds?: readonly string[];
  attachmentIds?: readonly string[];
}

/** A question list request, checked. */
export interface QuestionQuery {
  category?: Category | undefined;
  topic?: Topic | undefined;
  statuses: readonly QuestionStatus[];
  productId?: string | undefined;
  orderId?: string | undefined;
  shopId?: string | undefined;
  /** Milliseconds since the epoch; questions updated strictly after it. */
  updatedSince?: number | undefined;
  /** The search's needle, folded (question-search.ts foldForSearch); '' for none. */
  q: string;
  /** Only questions that are (true) or are not (false) unread for the viewer. */
  unread?: boolean | undefined;
  sort: QuestionSort;
  offset: number;
  limit: number;
}

/** What an idempotent write left: the response it gave, for a repeat with the same key. */
export interface StoredWrite {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** One idempotency key's scope: who sent it, to which operation. */
export interface IdempotencyScope {
  viewerId: string;
  method: string;
  path: string;
  key: string;
}

export interface MetricsInput {
  ratings: Rating[];
  obligations: ResponseObligation[];
  awaiting: SellerMetrics['awaiting'];
}

/** What every request starts with. */
export interface Start {
  /** The viewer the claims name, or null when there are no claims or no such person (any more). */
  viewer: Viewer | null;
  /** Ids of the questions whose reply is due at or before `now` and still awaited. */
  due: string[];
}

/**
 * One transaction, or one read (`BackendStore.read`). Every method may be called at most while
 * it is open.
 */
export interface StoreTx {
  /**
   * The viewer the claims name and the questions that are late by `now`, in one step (at once
   * when the store already knows them).
   */
  start(claims: Claims | null, now: Date): Start | Promise<Start>;
  /** A context whose state holds at least the records `needs` names. */
  load(needs: Needs): Promise<BackendContext>;
  /**
   * Adds a buyer the catalogue does not have yet (from their token, on their first request);
   * false when the id is taken: by a buyer (added at the same time, or imported), a seller or a
   * platform agent.
   */
  addBuyer(buyer: BuyerRecord): Promise<boolean>;
  /** Keeps what operations changed in a context from `load()`. */
  save(context: BackendContext): Promise<void>;

  /**
   * Claims an idempotency key for this transaction. Returns the stored write when the key was
   * used before (a concurrent request with the same key waits for the first to finish).
   */
  claimKey(scope: IdempotencyScope, fingerprint: string): Promise<StoredWrite | null>;
  /** Stores the response of the write that claimed the key. */
  storeWrite(scope: IdempotencyScope, write: StoredWrite): Promise<void>;

  /**
   * One page of the questions the viewer can see, in the query's order: a JSON array of their
   * list entries (views.ts questionView for the viewer), how many it has, and how many match.
   * With `withCursor`, also the viewer's feed cursor as of the same read (`latest`, as
   * `changesSince` gives it), so a first page and its cursor take one round trip.
   */
  questionList(
    viewer: Viewer,
    query: QuestionQuery,
    withCursor?: boolean,
  ): Promise<{ items: JsonText; count: number; total: number; latest?: number }>;
  /**
   * A question as its detail shows it to the viewer's side (views.ts detailView), with the shop
   * and buyer it belongs to; null when there is no question with this id. The caller checks
   * that the viewer may see it.
   */
  questionDetail(
    viewer: Viewer,
    id: string,
  ): Promise<{ shopId: string; buyerId: string; detail: JsonText } | null>;
  /** The viewer's orders, newest first. */
  orderPage(
    viewer: Viewer,
    offset: number,
    limit: number,
  ): Promise<{ orders: BackendContext['state']['orders']; more: boolean }>;
  /**
   * Changes after `seq` to questions the viewer can see, oldest first, and the cursor: the
   * newest seq of a change the viewer can see, or the feed's horizon (where its history was
   * cut) when that is newer; never another shop's or buyer's newest, which would tell anyone
   * polling how much happens elsewhere (a platform agent, who sees every shop, gets the
   * newest). `expired` when changes after `seq` were already removed from the feed's history.
   */
  changesSince(
    viewer: Viewer,
    seq: number,
  ): Promise<{ changes: ChangeRecord[]; latest: number; expired?: boolean }>;
  /**
   * Everything the metrics need of the viewer's shop from `since` on (ratings given after it,
   * obligations due after it; `computeMetrics` leaves out what lies after the window's end).
   */
  metricsInput(viewer: Viewer, since: Date): Promise<MetricsInput>;
  /**
   * Ids of the shop's questions created in (`from`, `to`], oldest first (by `createdAt`, then
   * id), `limit` of them from `offset`, and how many the range holds.
   */
  questionsCreated(
    shopId: string,
    from: Date,
    to: Date,
    offset: number,
    limit: number,
  ): Promise<{ ids: string[]; total: number }>;
  /**
   * The questions awaiting platform now: how many, since when the longest-waiting one waits
   * (`platformSince`, else its `updatedAt`), and the same per shop with the shop's name,
   * longest wait first, at most 200 shops.
   */
  platformQueue(): Promise<PlatformQueue>;
  /**
   * Up to `limit` products of `shopId` whose name contains `q` (case-insensitively; '' for
   * every one), by lower-cased name (compared by code point) then id; `more` when more match.
   */
  products(
    shopId: string,
    q: string,
    limit: number,
  ): Promise<{ items: BackendContext['state']['products']; more: boolean }>;
  /** The templates of `shopId` and the official ones, by id; with `topic`, of that topic. */
  templates(shopId: string, topic: Topic | undefined): Promise<Template[]>;
  /** One template with the shop it belongs to (none: official); null when there is none. */
  template(id: string): Promise<TemplateRecord | null>;
  /** Keeps a template, new or changed (its id says which). */
  putTemplate(record: TemplateRecord): Promise<void>;
  removeTemplate(id: string): Promise<void>;
  /** Makes other writers of `shopId`'s templates wait until this transaction ends. */
  lockTemplates(shopId: string): Promise<void>;
  /**
   * A page of the product's published answers: with `terms` (domain/public-answers.ts
   * searchTerms), those matching at least half of them, most matched first; without, all.
   * Then newest published first, then by id. `more`: there are more after this page.
   */
  publicAnswers(
    productId: string,
    terms: readonly string[] | null,
    offset: number,
    limit: number,
  ): Promise<{ items: PublicationRecord[]; more: boolean }>;
  /**
   * An attachment with its bytes (or a stream of them, from object storage) and their count;
   * null when there is none with this id.
   */
  attachment(
    id: string,
  ): Promise<
    (StoredAttachment & { body: Uint8Array | ReadableStream<Uint8Array>; size: number }) | null
  >;
}

export interface BackendStore {
  /** Runs `work` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * Runs `work`, which only reads, without a transaction: each statement sees what was committed
   * when it started. Reads never lock, and `save()` is not called in them.
   */
  read<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
}
