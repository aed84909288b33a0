// The mock backend's in-memory state. Plain JSON, so a demo can keep it in browser storage
// across reloads.
import type {
  Attachment,
  Category,
  Config,
  Handler,
  ItemQuantity,
  Message,
  Order,
  Product,
  QuestionDetails,
  QuestionStatus,
  Refund,
  Shop,
  Template,
  Topic,
  WebhookEventType,
} from '../api/types.js';
import type { ResponseObligation } from '../domain/metrics.js';
import type { ClockNotice } from '../domain/response-clock.js';

export interface BuyerRecord {
  id: string;
  name: string;
  country: string;
  language: string;
  /** Where the reference server sends this person's notification emails; none without it. */
  email?: string;
}

export interface SellerRecord {
  id: string;
  name: string;
  shopId: string;
  country: string;
  language: string;
  /** Where the reference server sends this person's notification emails; none without it. */
  email?: string;
}

/** An agent of the platform's customer service: works the questions of every shop. */
export interface PlatformAgentRecord {
  id: string;
  name: string;
  country: string;
  language: string;
  email?: string;
}

export interface QuestionRecord {
  id: string;
  shopId: string;
  category: Category;
  topic: Topic;
  details?: QuestionDetails;
  buyerId: string;
  productId?: string;
  orderId?: string;
  items: ItemQuantity[];
  status: QuestionStatus;
  handler: Handler;
  replyDueAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  messages: Message[];
  refunds: Refund[];
  /** Every time the seller had to answer, for the delayed-response rate. */
  obligations: Omit<ResponseObligation, 'questionId'>[];
  /**
   * While `awaiting_platform`: since when (the last time it became so); kept by touch() in
   * context.ts, for the platform queue's figures.
   */
  platformSince?: string;
  /** When each side last read the question. */
  readAt: { buyer: string | null; seller: string | null };
  /**
   * The clock's notices given on the deadline `replyDueAt` (the last one, in the order warn,
   * urgent, late); absent or about another deadline: none yet on the current one.
   */
  notified?: { replyDueAt: string; notice: ClockNotice };
  /** Pre-sales questions: the buyer agreed, when asking, that the seller may publish it. */
  publicConsent?: boolean;
  /** While published on its product (POST /questions/{id}/publication). */
  publication?: PublicationRecord;
}

/** A published question and answer: the seller's texts, never anything about the buyer. */
export interface PublicationRecord {
  id: string;
  question: string;
  answer: string;
  answerMessageId: string;
  /** The language the buyer asked in. */
  language: string;
  /** When the answer's message was written. */
  answeredAt: string;
  publishedAt: string;
}

/**
 * What a domain event says happened; webhooks and email are made from these. The payloads are
 * documented in docs/openapi.yaml (`webhooks:`, the `*Event` schemas); they carry ids, states
 * and times, never the text of a message (a receiver reads the question with its token).
 */
export type DomainEventType = WebhookEventType;

/**
 * A domain event, written in the same transaction as the change it reports (an outbox): the
 * server's `events` table, the mock's `state.events`.
 */
export interface DomainEvent {
  type: DomainEventType;
  questionId: string;
  shopId: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

/**
 * A response template. The platform's official templates serve every shop; a seller's
 * template belongs to its shop (`shopId`; in the mock, without one: the mock's shop).
 */
export type TemplateRecord = Template & { shopId?: string };

export interface StoredAttachment {
  attachment: Attachment;
  ownerId: string;
  /** The bytes, base64, so the state stays JSON; empty when they are kept elsewhere. */
  base64: string;
  /** Where the bytes are kept outside the store (the server's object storage), if they are. */
  objectKey?: string;
}

export interface StoredResponse {
  viewerId: string;
  fingerprint: string;
  status: number;
  body: unknown;
}

export interface ChangeRecord {
  seq: number;
  questionId: string;
  version: number;
  updatedAt: string;
  kind: 'created' | 'updated';
}

export interface BackendState {
  schema: 1;
  config: Config;
  /** The mock's shop and seller (the server's partial states: the ones a request needs). */
  shop: Shop;
  seller: SellerRecord;
  /** More shops and sellers, on a backend that has several. */
  shops?: Shop[];
  sellers?: SellerRecord[];
  buyers: BuyerRecord[];
  /** Platform customer-service agents. */
  agents?: PlatformAgentRecord[];
  products: Product[];
  /** Product pictures, drawn by the mock; keyed by product id. */
  pictures: Record<string, { shape: string; colour: string }>;
  orders: Order[];
  questions: QuestionRecord[];
  attachments: Record<string, StoredAttachment>;
  templates: TemplateRecord[];
  /** Known translations: each entry is one text in several languages. */
  phrasebook: Record<string, string>[];
  changes: ChangeRecord[];
  /**
   * Domain events: the server's store writes out and empties these at the end of each
   * transaction; the mock keeps the latest 1000.
   */
  events?: DomainEvent[];
  idempotency: Record<string, StoredResponse>;
  counters: Record<string, number>;
}
