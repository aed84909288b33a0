// The typed client: one method per operation of docs/openapi.yaml. Components reach the backend
// only through it (via the backend controller); integrators use it to answer from their own
// tools. Every method takes an AbortSignal; every write takes an idempotency key (one is made
// when none is given; pass your own to make retries across clicks or reloads safe).
import { AbortedError, ConfigurationError, NotFoundError, type RequestInfo } from './errors.js';
import { Transport, type TransportOptions } from './transport.js';
import type {
  ChangeFeed,
  Config,
  EscalationCreate,
  MessageCreate,
  MetricsFilters,
  Order,
  OrderPage,
  Product,
  QuestionCreate,
  QuestionDetail,
  QuestionFilters,
  QuestionPage,
  RatingCreate,
  RefundCreate,
  ResolveRequest,
  SellerMetrics,
  Shop,
  Attachment,
  Message,
  TemplateFilters,
  TemplateList,
  Translation,
  TranslationRequest,
  Viewer,
} from './types.js';

export type ClientOptions = TransportOptions;

export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** Overrides the client's timeout for this call. */
  timeoutMs?: number | undefined;
}

export interface WriteOptions extends CallOptions {
  /**
   * Identifies the intended write. Reuse the same key when sending the same thing again (a
   * retry after a failure, a double click): the backend then creates it only once.
   */
  idempotencyKey?: string | undefined;
}

/** A random UUID v4, also where `crypto.randomUUID` is missing (plain-http pages). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Idempotency keys for a form's writes: sending the same input again (a retry after a failure)
 * reuses its key, so the backend performs the write once; changed input gets a new key.
 */
export class IdempotencyKeys {
  #input: string | undefined;
  #key = '';

  /** The key for this input (any string that identifies it, e.g. its JSON). */
  for(input: string): string {
    if (input !== this.#input) {
      this.#input = input;
      this.#key = newIdempotencyKey();
    }
    return this.#key;
  }

  /** Forget the last input: after a success, or when the form is for something else. */
  reset(): void {
    this.#input = undefined;
  }
}

/** `promise`, or an AbortedError as soon as `signal` aborts (the work itself goes on). */
function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  request: RequestInfo,
): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortedError({ request }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(new AbortedError({ request }));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/** A client's transport, for its operations outside the class (src/api/platform.ts). */
export let transportOf: (client: SellerQuestionsClient) => Transport;

export class SellerQuestionsClient {
  static {
    transportOf = (client) => client.#transport;
  }

  readonly #transport: Transport;
  #config: Promise<Config> | undefined;
  #viewer: Promise<Viewer> | undefined;

  constructor(options: ClientOptions) {
    this.#transport = new Transport(options);
  }

  get baseUrl(): string {
    return this.#transport.baseUrl;
  }

  /**
   * The backend's configuration, fetched once per client (a failure is not cached). The one
   * request is shared, so no caller's signal aborts it for the others: a caller's signal only
   * stops that caller waiting.
   */
  getConfig(options: CallOptions = {}): Promise<Config> {
    const request = { method: 'GET', path: '/config' } as const;
    if (options.signal?.aborted) return Promise.reject(new AbortedError({ request }));
    if (!this.#config) {
      this.#config = this.#transport
        .request<Config>({
          method: 'GET',
          path: '/config',
          schema: 'Config',
          timeoutMs: options.timeoutMs,
          cache: 'default',
        })
        .catch((error: unknown) => {
          this.#config = undefined;
          // 404 for what every API has: nothing answers at the base (a wrong apiBase, a proxy
          // rule missing). The elements say they are not connected (they ask for it first).
          throw error instanceof NotFoundError
            ? new ConfigurationError(
                `seller-questions: ${this.baseUrl}/config is 404. Check apiBase.`,
              )
            : error;
        });
    }
    return untilAborted(this.#config, options.signal, request);
  }

  /**
   * Who is signed in. Calls while one request is on its way share it (the elements of a page
   * start together); a call after it settled asks again, since the page's token may have
   * changed. A caller's signal only stops that caller waiting.
   */
  getViewer(options: CallOptions = {}): Promise<Viewer> {
    const request = { method: 'GET', path: '/me' } as const;
    if (options.signal?.aborted) return Promise.reject(new AbortedError({ request }));
    if (!this.#viewer) {
      const pending = this.#transport
        .request<Viewer>({
          method: 'GET',
          path: '/me',
          schema: 'Viewer',
          timeoutMs: options.timeoutMs,
        })
        .finally(() => {
          if (this.#viewer === pending) this.#viewer = undefined;
        });
      this.#viewer = pending;
    }
    return untilAborted(this.#viewer, options.signal, request);
  }

  getShop(shopId: string, options: CallOptions = {}): Promise<Shop> {
    return this.#transport.request({
      method: 'GET',
      path: '/shops/{shopId}',
      pathParams: { shopId },
      schema: 'Shop',
      cache: 'default',
      ...options,
    });
  }

  getProduct(productId: string, options: CallOptions = {}): Promise<Product> {
    return this.#transport.request({
      method: 'GET',
      path: '/products/{productId}',
      pathParams: { productId },
      schema: 'Product',
      cache: 'default',
      ...options,
    });
  }

  listOrders(
    query: { cursor?: string; limit?: number } = {},
    options: CallOptions = {},
  ): Promise<OrderPage> {
    return this.#transport.request({
      method: 'GET',
      path: '/orders',
      query,
      schema: 'OrderPage',
      ...options,
    });
  }

  getOrder(orderId: string, options: CallOptions = {}): Promise<Order> {
    return this.#transport.request({
      method: 'GET',
      path: '/orders/{orderId}',
      pathParams: { orderId },
      schema: 'Order',
      ...options,
    });
  }

  listQuestions(filters: QuestionFilters = {}, options: CallOptions = {}): Promise<QuestionPage> {
    return this.#transport.request({
      method: 'GET',
      path: '/questions',
      query: filters,
      schema: 'QuestionPage',
      ...options,
    });
  }

  async getQuestion(questionId: string, options: CallOptions = {}): Promise<QuestionDetail> {
    return this.#withPhotoUrls(
      await this.#transport.request<QuestionDetail>({
        method: 'GET',
        path: '/questions/{questionId}',
        pathParams: { questionId },
        schema: 'QuestionDetail',
        ...options,
      }),
    );
  }

  /** Buyer: ask a question or raise an order issue. */
  createQuestion(input: QuestionCreate, options: WriteOptions = {}): Promise<QuestionDetail> {
    return this.#write('/questions', undefined, input, options);
  }

  /** Buyer: follow up. Seller: reply (with `resolve: true`, reply and resolve). */
  sendMessage(
    questionId: string,
    input: MessageCreate,
    options: WriteOptions = {},
  ): Promise<QuestionDetail> {
    return this.#write('/questions/{questionId}/messages', questionId, input, options);
  }

  /** Seller: resolve a pre-sales or order-service question without a reply. */
  resolveQuestion(
    questionId: string,
    input: ResolveRequest = {},
    options: WriteOptions = {},
  ): Promise<QuestionDetail> {
    return this.#write('/questions/{questionId}/resolve', questionId, input, options);
  }

  /** Seller: refund marked items of an after-sales question. */
  refundItems(
    questionId: string,
    input: RefundCreate,
    options: WriteOptions = {},
  ): Promise<QuestionDetail> {
    return this.#write('/questions/{questionId}/refunds', questionId, input, options);
  }

  /** Seller: request platform customer-service assistance, with a reason. */
  escalate(
    questionId: string,
    input: EscalationCreate,
    options: WriteOptions = {},
  ): Promise<QuestionDetail> {
    return this.#write('/questions/{questionId}/escalations', questionId, input, options);
  }

  /** Buyer: rate a seller's answer, once. */
  rateAnswer(
    questionId: string,
    input: RatingCreate,
    options: WriteOptions = {},
  ): Promise<QuestionDetail> {
    return this.#write('/questions/{questionId}/ratings', questionId, input, options);
  }

  markRead(questionId: string, options: WriteOptions = {}): Promise<void> {
    return this.#transport.request({
      method: 'POST',
      path: '/questions/{questionId}/read',
      pathParams: { questionId },
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
      schema: null,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
    });
  }

  /** Uploads one image; check it first with the domain's `checkAttachment`. */
  async uploadAttachment(
    file: Blob,
    name: string,
    options: WriteOptions = {},
  ): Promise<Attachment> {
    const form = new FormData();
    form.append('file', file, name);
    const attachment = await this.#transport.request<Attachment>({
      method: 'POST',
      path: '/attachments',
      form,
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
      schema: 'Attachment',
      signal: options.signal,
      // Uploads of a few megabytes need longer than a JSON call: a minute, and a second per
      // 16 kB (a 128 kbit/s uplink; a 3 MB photo 4 minutes in all). Fetch tells nothing of an
      // upload's progress, so a slow connection cannot be told from a dead one sooner.
      timeoutMs: options.timeoutMs ?? 60_000 + file.size / 16,
    });
    return this.#withPhotoUrl(attachment);
  }

  /** Seller: response templates, filtered by topic and language. */
  listTemplates(filters: TemplateFilters = {}, options: CallOptions = {}): Promise<TemplateList> {
    return this.#transport.request({
      method: 'GET',
      path: '/templates',
      query: filters,
      schema: 'TemplateList',
      cache: 'default',
      ...options,
    });
  }

  translate(input: TranslationRequest, options: CallOptions = {}): Promise<Translation> {
    return this.#transport.request({
      method: 'POST',
      path: '/translations',
      body: input,
      safe: true,
      schema: 'Translation',
      ...options,
    });
  }

  /**
   * Seller: CSAT, delayed-response rate and standing over the trailing window (`windowDays`),
   * or over a range (`from`, `to`], counted as it stood at `to`.
   */
  getMetrics(query: MetricsFilters = {}, options: CallOptions = {}): Promise<SellerMetrics> {
    return this.#transport.request({
      method: 'GET',
      path: '/metrics',
      query,
      schema: 'SellerMetrics',
      ...options,
    });
  }

  /** Changes after `since` (omit it to get the current cursor only). */
  listChanges(since?: string, options: CallOptions = {}): Promise<ChangeFeed> {
    return this.#transport.request({
      method: 'GET',
      path: '/changes',
      query: { since },
      schema: 'ChangeFeed',
      ...options,
    });
  }

  /** An attachment with its URL absolute: the contract's `url` is relative to the API base. */
  #withPhotoUrl(attachment: Attachment): Attachment {
    return { ...attachment, url: this.#transport.resolve(attachment.url) };
  }

  #withPhotoUrls(detail: QuestionDetail): QuestionDetail {
    const messages = detail.messages.map((message): Message =>
      message.attachments.length === 0
        ? message
        : { ...message, attachments: message.attachments.map((a) => this.#withPhotoUrl(a)) },
    );
    return { ...detail, messages };
  }

  async #write(
    path: string,
    questionId: string | undefined,
    body: unknown,
    options: WriteOptions,
  ): Promise<QuestionDetail> {
    return this.#withPhotoUrls(
      await this.#transport.request<QuestionDetail>({
        method: 'POST',
        path,
        pathParams: questionId === undefined ? {} : { questionId },
        body,
        idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
        schema: 'QuestionDetail',
        signal: options.signal,
        timeoutMs: options.timeoutMs,
      }),
    );
  }
}

export function createClient(options: ClientOptions): SellerQuestionsClient {
  return new SellerQuestionsClient(options);
}
