// Generated from docs/openapi.yaml by scripts/generate-api.mjs. Do not edit: run `npm run generate`.
/* eslint-disable */
export interface paths {
  '/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Backend configuration
     * @description SLA, served regions, limits and languages. Cacheable; changes rarely.
     */
    get: operations['getConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in viewer */
    get: operations['getViewer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{productId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One product */
    get: operations['getProduct'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/shops/{shopId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One shop */
    get: operations['getShop'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The buyer's orders
     * @description A buyer sees their own orders; a seller sees the orders placed in their shop.
     */
    get: operations['listOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List questions
     * @description A buyer sees their own questions; a seller sees every question of their shop.
     *     Filters combine with AND; `status` may repeat (OR within it). Cursor paging: pass the
     *     `nextCursor` of the previous page; a cursor belongs to one set of filters.
     */
    get: operations['listQuestions'];
    put?: never;
    /**
     * Ask a question or raise an issue (buyer)
     * @description The backend routes the question (seller or platform customer service), starts the
     *     response clock when the seller must answer, and returns it with its first message.
     *     Order topics need an order the buyer owns and an issue that fits the order's status.
     */
    post: operations['createQuestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One question with its messages and refunds */
    get: operations['getQuestion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reply (seller) or follow up (buyer)
     * @description A buyer follows up on any question that is not closed; on an `awaiting_buyer` or
     *     `resolved` question this moves it back to `awaiting_seller` and starts a new response
     *     clock. A seller replies on `awaiting_seller` or `awaiting_buyer` questions they handle;
     *     `resolve: true` also resolves it (pre-sales and order-service questions only).
     */
    post: operations['createMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve without a reply (seller)
     * @description Pre-sales and order-service questions the seller handles.
     */
    post: operations['resolveQuestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refund marked items (seller)
     * @description After-sales questions assigned to the seller. Refunds the given quantities of the
     *     order's items and resolves the question.
     */
    post: operations['createRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request platform customer-service assistance (seller)
     * @description Any open question; moves it to `awaiting_platform`.
     */
    post: operations['createEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rate an answer (buyer)
     * @description Once per seller answer.
     */
    post: operations['createRating'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/questions/{questionId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a question read for the viewer */
    post: operations['markQuestionRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload an image
     * @description JPEG, PNG or WebP, checked from the file's bytes. Limits come from `/config`. The
     *     returned id goes into `attachmentIds` of a question or message.
     */
    post: operations['uploadAttachment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/attachments/{attachmentId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An attachment's image bytes
     * @description Served without a token so that `<img src>` works; the id is unguessable. Backends may
     *     instead return signed URLs from another origin in `Attachment.url`.
     */
    get: operations['getAttachmentContent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Response templates (seller)
     * @description Official templates for every topic in every supported language, plus the seller's own.
     *     A template body may use the variables listed in `TemplateVariable`, written `{name}`.
     */
    get: operations['listTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/translations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Translate a text
     * @description Safe to repeat; takes no idempotency key. The original is never changed.
     */
    post: operations['translate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seller performance over a trailing window (seller) */
    get: operations['getSellerMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Change feed (polling)
     * @description Questions the viewer can see that changed after `since` (a cursor from an earlier
     *     response; omit it to get only a cursor). Poll again after `pollAfterSeconds`.
     */
    get: operations['listChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Id: string;
    /** @description A BCP 47 language tag such as `de` or `pt-PT`. */
    Language: string;
    /** @description ISO 3166-1 alpha-2. */
    CountryCode: string;
    /** Format: date-time */
    Timestamp: string;
    Money: {
      /** @description Amount in the currency's minor unit (cents). */
      amountMinor: number;
      /** @description ISO 4217 code. */
      currency: string;
    };
    Address: {
      name: string;
      line1: string;
      line2?: string;
      postalCode: string;
      city: string;
      region?: string;
      country: components['schemas']['CountryCode'];
      phone?: string;
    };
    /** @enum {string} */
    Category: 'pre_sale' | 'after_sale' | 'order_service';
    /**
     * @description `pre_sale`: product, shop. `after_sale`: return_refund, item_defective, item_damaged,
     *     item_missing. `order_service`: change_item, remove_item, change_address, order_status,
     *     tracking.
     * @enum {string}
     */
    Topic:
      | 'product'
      | 'shop'
      | 'return_refund'
      | 'item_defective'
      | 'item_damaged'
      | 'item_missing'
      | 'change_item'
      | 'remove_item'
      | 'change_address'
      | 'order_status'
      | 'tracking';
    /**
     * @description What a `product` question is about.
     * @enum {string}
     */
    ProductSubject: 'size' | 'colour' | 'material' | 'stock' | 'shipping' | 'other';
    /** @enum {string} */
    QuestionStatus:
      'awaiting_seller' | 'awaiting_buyer' | 'awaiting_platform' | 'resolved' | 'closed';
    /**
     * @description Who must answer.
     * @enum {string}
     */
    Handler: 'seller' | 'platform';
    /** @enum {string} */
    AuthorRole: 'buyer' | 'seller' | 'platform' | 'system';
    /** @enum {string} */
    OrderStatus: 'placed' | 'processing' | 'shipped' | 'in_transit' | 'delivered' | 'cancelled';
    /**
     * @description The variables a template body may use.
     * @enum {string}
     */
    TemplateVariable:
      | 'buyerName'
      | 'shopName'
      | 'sellerName'
      | 'productName'
      | 'orderNumber'
      | 'trackingNumber'
      | 'trackingUrl'
      | 'carrier'
      | 'deliveryDate'
      | 'refundAmount';
    /** @description RFC 9457 problem details. */
    Problem: {
      /** @description A URI reference naming the problem type. */
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      code: components['schemas']['ProblemCode'];
      /** @description For `validation_failed`, one entry per invalid field. */
      errors?: components['schemas']['FieldError'][];
      /** @description For `version_conflict`, the question's version now. */
      currentVersion?: number;
      /** @description For 429 and 503, seconds to wait (as in the Retry-After header). */
      retryAfter?: number;
    };
    /**
     * @description Machine-readable problem code.
     * @enum {string}
     */
    ProblemCode:
      | 'bad_request'
      | 'idempotency_key_missing'
      | 'idempotency_key_reused'
      | 'unauthenticated'
      | 'forbidden'
      | 'not_found'
      | 'version_conflict'
      | 'invalid_state'
      | 'already_rated'
      | 'validation_failed'
      | 'file_too_large'
      | 'unsupported_type'
      | 'rate_limited'
      | 'translation_unavailable'
      | 'server_error'
      | 'unavailable';
    FieldError: {
      /** @description JSON pointer into the request body, e.g. `/text` or `/items/0/quantity`. */
      pointer: string;
      /**
       * @description Machine-readable reason: required, too_long, too_short, too_many, too_large,
       *     unsupported_type, invalid, not_allowed, exceeds_ordered, unknown.
       */
      code: string;
      detail: string;
    };
    Config: {
      apiVersion: string;
      /** @description Hours the seller has to answer (48 by default). */
      slaHours: number;
      warnHours: number;
      urgentHours: number;
      /** @description Buyer countries the seller serves directly (EU/EEA by default). */
      servedRegions: components['schemas']['CountryCode'][];
      /**
       * @description Order totals at or above these (one per currency) make an order high-value: its
       *     after-sales refund issues go to the seller. An order in a currency not listed here
       *     is not high-value.
       */
      highValueThresholds: components['schemas']['Money'][];
      maxMessageLength: number;
      attachments: components['schemas']['AttachmentLimits'];
      languages: components['schemas']['Language'][];
      defaultLanguage: components['schemas']['Language'];
      metricsWindowDays: number;
      pollIntervalSeconds: number;
    };
    AttachmentLimits: {
      maxCount: number;
      maxBytes: number;
      types: components['schemas']['ImageType'][];
    };
    /**
     * @description The image types an attachment may be, recognised from the file's bytes.
     * @enum {string}
     */
    ImageType: 'image/jpeg' | 'image/png' | 'image/webp';
    Viewer: {
      role: components['schemas']['ViewerRole'];
      id: components['schemas']['Id'];
      name: string;
      country: components['schemas']['CountryCode'];
      language: components['schemas']['Language'];
      shopId?: components['schemas']['Id'];
    };
    /** @enum {string} */
    ViewerRole: 'buyer' | 'seller';
    Shop: {
      id: components['schemas']['Id'];
      name: string;
      language: components['schemas']['Language'];
    };
    Product: {
      id: components['schemas']['Id'];
      shopId: components['schemas']['Id'];
      name: string;
      imageUrl?: string;
      price: components['schemas']['Money'];
    };
    ProductRef: {
      id: components['schemas']['Id'];
      name: string;
      imageUrl?: string;
    };
    BuyerRef: {
      id: components['schemas']['Id'];
      name: string;
      country: components['schemas']['CountryCode'];
      language: components['schemas']['Language'];
    };
    ItemQuantity: {
      itemId: components['schemas']['Id'];
      quantity: number;
    };
    /** @description Topic-specific details. */
    QuestionDetails: {
      subject?: components['schemas']['ProductSubject'];
      /** @description For `change_item`, the wanted change (e.g. "size M instead of L"). */
      change?: string;
      address?: components['schemas']['Address'];
    };
    /** @description A question as listed; `QuestionDetail` adds its messages. */
    Question: {
      id: components['schemas']['Id'];
      shopId: components['schemas']['Id'];
      category: components['schemas']['Category'];
      topic: components['schemas']['Topic'];
      details?: components['schemas']['QuestionDetails'];
      buyer: components['schemas']['BuyerRef'];
      product?: components['schemas']['ProductRef'];
      orderId?: components['schemas']['Id'];
      orderNumber?: string;
      /** @description Order items the question is about, with quantities. */
      items: components['schemas']['ItemQuantity'][];
      status: components['schemas']['QuestionStatus'];
      handler: components['schemas']['Handler'];
      /** @description When the seller's answer is due; null when no seller answer is awaited. */
      replyDueAt: components['schemas']['Timestamp'] | null;
      createdAt: components['schemas']['Timestamp'];
      updatedAt: components['schemas']['Timestamp'];
      lastMessageAt: components['schemas']['Timestamp'];
      /** @description The start of the latest message, as plain text. */
      snippet: string;
      /** @description The latest message is unread by the viewer. */
      unread: boolean;
      messageCount: number;
      /** @description Increases with every change; send it back as `expectedVersion`. */
      version: number;
    };
    QuestionDetail: components['schemas']['Question'] & {
      messages: components['schemas']['Message'][];
      refunds: components['schemas']['Refund'][];
    };
    QuestionPage: {
      items: components['schemas']['Question'][];
      nextCursor: string | null;
      /** @description How many questions match the filters. */
      total: number;
    };
    Message: {
      id: components['schemas']['Id'];
      author: components['schemas']['AuthorRole'];
      authorName: string;
      /** @description Plain text. Never HTML. */
      text: string;
      language: components['schemas']['Language'];
      attachments: components['schemas']['Attachment'][];
      createdAt: components['schemas']['Timestamp'];
      event?: components['schemas']['MessageEvent'];
      rating?: components['schemas']['Rating'];
    };
    /** @description A state change shown in the thread (author `system` or `platform`). */
    MessageEvent: {
      type: components['schemas']['MessageEventType'];
      items?: components['schemas']['ItemQuantity'][];
      amount?: components['schemas']['Money'];
      reason?: string;
    };
    /**
     * @description resolved: the seller resolved it. refunded: the seller refunded items. escalated: the
     *     seller asked platform customer service for help. taken_over: platform customer service
     *     took it over (a late after-sales answer). closed: closed for good. reopened: a buyer
     *     follow-up reopened a resolved question.
     * @enum {string}
     */
    MessageEventType: 'resolved' | 'refunded' | 'escalated' | 'taken_over' | 'closed' | 'reopened';
    Rating: {
      satisfied: boolean;
      comment?: string;
      createdAt: components['schemas']['Timestamp'];
    };
    Refund: {
      id: components['schemas']['Id'];
      items: components['schemas']['ItemQuantity'][];
      amount: components['schemas']['Money'];
      createdAt: components['schemas']['Timestamp'];
    };
    Attachment: {
      id: components['schemas']['Id'];
      name: string;
      contentType: components['schemas']['ImageType'];
      size: number;
      /** @description Where the image can be loaded (https, or relative to the API base). */
      url: string;
      width?: number;
      height?: number;
    };
    QuestionCreate: {
      category: components['schemas']['Category'];
      topic: components['schemas']['Topic'];
      details?: components['schemas']['QuestionDetails'];
      shopId: components['schemas']['Id'];
      productId?: components['schemas']['Id'];
      orderId?: components['schemas']['Id'];
      items?: components['schemas']['ItemQuantity'][];
      text: string;
      language: components['schemas']['Language'];
      attachmentIds?: components['schemas']['Id'][];
    };
    MessageCreate: {
      text: string;
      language: components['schemas']['Language'];
      attachmentIds?: components['schemas']['Id'][];
      /** @description Seller only; also resolve the question. */
      resolve?: boolean;
      expectedVersion?: number;
    };
    ResolveRequest: {
      expectedVersion?: number;
    };
    RefundCreate: {
      items: components['schemas']['ItemQuantity'][];
      expectedVersion?: number;
    };
    EscalationCreate: {
      reason: string;
      expectedVersion?: number;
    };
    RatingCreate: {
      messageId: components['schemas']['Id'];
      satisfied: boolean;
      comment?: string;
    };
    Template: {
      id: components['schemas']['Id'];
      topic: components['schemas']['Topic'];
      language: components['schemas']['Language'];
      title: string;
      /** @description Plain text with `{variable}` placeholders. */
      body: string;
      /** @description The variables the body uses, in order of first use. */
      variables: components['schemas']['TemplateVariable'][];
      source: components['schemas']['TemplateSource'];
    };
    /** @enum {string} */
    TemplateSource: 'official' | 'seller';
    TemplateList: {
      items: components['schemas']['Template'][];
    };
    TranslationRequest: {
      text: string;
      from?: components['schemas']['Language'];
      to: components['schemas']['Language'];
    };
    Translation: {
      text: string;
      from: components['schemas']['Language'];
      to: components['schemas']['Language'];
    };
    SellerMetrics: {
      windowDays: number;
      windowStart: components['schemas']['Timestamp'];
      windowEnd: components['schemas']['Timestamp'];
      ratings: {
        satisfied: number;
        total: number;
      };
      /** @description Satisfied ratings / all ratings, 0..1; null with no ratings. */
      csat: number | null;
      responses: {
        /** @description Questions that needed a seller answer in the window. */
        needed: number;
        /** @description Of those, answered after `replyDueAt` or unanswered past it. */
        late: number;
      };
      /** @description late / needed, 0..1; null when no answer was needed. */
      delayedRate: number | null;
      standing: components['schemas']['Standing'];
      /** @description Questions awaiting the seller now, per category. */
      awaiting: {
        pre_sale: number;
        after_sale: number;
        order_service: number;
      };
    };
    /**
     * @description good: CSAT above 85 % and delayed-response rate below 5 %. at_risk: delayed-response
     *     rate above 45 % or CSAT below 60 % (exposure may be limited, the account suspended).
     *     insufficient_data: neither rule can be decided (no ratings, or no answers needed).
     *     warning: otherwise.
     * @enum {string}
     */
    Standing: 'good' | 'warning' | 'at_risk' | 'insufficient_data';
    OrderItem: {
      id: components['schemas']['Id'];
      productId: components['schemas']['Id'];
      title: string;
      variant?: string;
      imageUrl?: string;
      quantity: number;
      unitPrice: components['schemas']['Money'];
    };
    TrackingEvent: {
      at: components['schemas']['Timestamp'];
      description: string;
      location?: string;
    };
    Tracking: {
      carrier: string;
      number: string;
      url?: string;
      lastEvent?: components['schemas']['TrackingEvent'];
      estimatedDelivery?: components['schemas']['Timestamp'];
    };
    Order: {
      id: components['schemas']['Id'];
      number: string;
      buyer: components['schemas']['BuyerRef'];
      shopId: components['schemas']['Id'];
      status: components['schemas']['OrderStatus'];
      placedAt: components['schemas']['Timestamp'];
      deliveredAt?: components['schemas']['Timestamp'];
      items: components['schemas']['OrderItem'][];
      total: components['schemas']['Money'];
      shippingAddress: components['schemas']['Address'];
      tracking?: components['schemas']['Tracking'];
      /** @description Refunds on this order are funded by the seller. */
      sellerFunded: boolean;
      /** @description Quantities already refunded, per item. */
      refunded: components['schemas']['ItemQuantity'][];
    };
    OrderPage: {
      items: components['schemas']['Order'][];
      nextCursor: string | null;
    };
    Change: {
      questionId: components['schemas']['Id'];
      version: number;
      updatedAt: components['schemas']['Timestamp'];
      kind: components['schemas']['ChangeKind'];
    };
    /** @enum {string} */
    ChangeKind: 'created' | 'updated';
    ChangeFeed: {
      changes: components['schemas']['Change'][];
      cursor: string;
      pollAfterSeconds: number;
    };
  };
  responses: {
    /** @description The request is malformed (unknown filter value, bad cursor, missing key). */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description No valid token. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The viewer may not see or do this (not their order, not their shop). */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description No such resource. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /**
     * @description The question changed meanwhile (`code: version_conflict`, with `currentVersion`), or
     *     its state does not allow the action (`code: invalid_state`), or it was already rated.
     */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Validation failed; `errors` points at the fields. */
    Unprocessable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The file is larger than the configured limit. */
    TooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The file's bytes are not an allowed image type. */
    UnsupportedType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Rate limited. */
    TooManyRequests: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Temporarily unavailable (for translations, the service is down). */
    Unavailable: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Any other error, including 5xx. */
    Error: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: {
    /** @description A unique key per intended write (a UUID). Repeats return the first response. */
    IdempotencyKey: string;
    QuestionId: components['schemas']['Id'];
    OrderId: components['schemas']['Id'];
    ProductId: components['schemas']['Id'];
    Cursor: string;
    Limit: number;
  };
  requestBodies: never;
  headers: {
    /** @description Seconds to wait before trying again. */
    RetryAfter: number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The configuration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Config'];
        };
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getViewer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who the token belongs to. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Viewer'];
        };
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        productId: components['parameters']['ProductId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getShop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        shopId: components['schemas']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The shop. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shop'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listOrders: {
    parameters: {
      query?: {
        cursor?: components['parameters']['Cursor'];
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of orders, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: components['parameters']['OrderId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order with its items, address and tracking. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listQuestions: {
    parameters: {
      query?: {
        category?: components['schemas']['Category'];
        topic?: components['schemas']['Topic'];
        status?: components['schemas']['QuestionStatus'][];
        productId?: components['schemas']['Id'];
        orderId?: components['schemas']['Id'];
        shopId?: components['schemas']['Id'];
        /** @description Free text, matched against the buyer's name, product, order number and messages. */
        q?: string;
        /** @description Only questions updated after this time. */
        updatedSince?: string;
        /**
         * @description `due`: by response time remaining, most urgent first (late first, then the
         *     nearest `replyDueAt`; questions without a running clock last, newest first).
         *     `-updated`: most recently updated first.
         */
        sort?: 'due' | '-updated';
        cursor?: components['parameters']['Cursor'];
        limit?: components['parameters']['Limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of questions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createQuestion: {
    parameters: {
      query?: never;
      header: {
        /** @description A unique key per intended write (a UUID). Repeats return the first response. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuestionCreate'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The question. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createMessage: {
    parameters: {
      query?: never;
      header: {
        /** @description A unique key per intended write (a UUID). Repeats return the first response. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MessageCreate'];
      };
    };
    responses: {
      /** @description Sent; the updated question. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  resolveQuestion: {
    parameters: {
      query?: never;
      header: {
        /** @description A unique key per intended write (a UUID). Repeats return the first response. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResolveRequest'];
      };
    };
    responses: {
      /** @description Resolved; the updated question. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createRefund: {
    parameters: {
      query?: never;
      header: {
        /** @description A unique key per intended write (a UUID). Repeats return the first response. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefundCreate'];
      };
    };
    responses: {
      /** @description Refunded; the updated question with the refund. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createEscalation: {
    parameters: {
      query?: never;
      header: {
        /** @description A unique key per intended write (a UUID). Repeats return the first response. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EscalationCreate'];
      };
    };
    responses: {
      /** @description Escalated; the updated question. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createRating: {
    parameters: {
      query?: never;
      header: {
        /** @description A unique key per intended write (a UUID). Repeats return the first response. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RatingCreate'];
      };
    };
    responses: {
      /** @description Rated; the updated question. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  markQuestionRead: {
    parameters: {
      query?: never;
      header: {
        /** @description A unique key per intended write (a UUID). Repeats return the first response. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        questionId: components['parameters']['QuestionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marked read. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  uploadAttachment: {
    parameters: {
      query?: never;
      header: {
        /** @description A unique key per intended write (a UUID). Repeats return the first response. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          file: string;
        };
      };
    };
    responses: {
      /** @description Stored. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attachment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedType'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getAttachmentContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: components['schemas']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The image. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listTemplates: {
    parameters: {
      query?: {
        topic?: components['schemas']['Topic'];
        language?: components['schemas']['Language'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matching templates. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  translate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TranslationRequest'];
      };
    };
    responses: {
      /** @description The translation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Translation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      422: components['responses']['Unprocessable'];
      429: components['responses']['TooManyRequests'];
      503: components['responses']['Unavailable'];
      default: components['responses']['Error'];
    };
  };
  getSellerMetrics: {
    parameters: {
      query?: {
        windowDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metrics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SellerMetrics'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listChanges: {
    parameters: {
      query?: {
        since?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Changes, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeFeed'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
}
