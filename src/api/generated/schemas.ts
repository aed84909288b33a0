// Generated from docs/openapi.yaml by scripts/generate-api.mjs. Do not edit: run `npm run generate`.
import type { SchemaRegistry } from '../validate.js';
import {
  authorRoleValues,
  categoryValues,
  changeKindValues,
  emailFrequencyValues,
  handlerValues,
  imageTypeValues,
  messageEventTypeValues,
  messageTranslationEngineValues,
  orderStatusValues,
  problemCodeValues,
  productSubjectValues,
  questionStatusValues,
  standingValues,
  templateSourceValues,
  templateVariableValues,
  topicValues,
  translationEngineValues,
  viewerRoleValues,
  webhookDeliveryStatusValues,
  webhookEventTypeValues,
} from './enums.js';

/** Every component schema of the contract, reduced to what run-time validation of requests checks (with maxLength, maxItems and pattern). */
export const schemas: SchemaRegistry = {
  Address: {
    properties: {
      name: { type: 'string', maxLength: 100 },
      line1: { type: 'string', maxLength: 200 },
      'line2?': { type: 'string', maxLength: 200 },
      postalCode: { type: 'string', maxLength: 20 },
      city: { type: 'string', maxLength: 100 },
      'region?': { type: 'string', maxLength: 100 },
      country: '@CountryCode',
      'phone?': { type: 'string', maxLength: 40 },
    },
  },
  Attachment: {
    properties: {
      id: '@Id',
      name: 'string',
      contentType: '@ImageType',
      size: 'integer',
      url: 'string',
      'width?': 'integer',
      'height?': 'integer',
    },
  },
  AttachmentLimits: {
    properties: { maxCount: 'integer', maxBytes: 'integer', types: { items: '@ImageType' } },
  },
  AuthorRole: { enum: authorRoleValues },
  BuyerRef: {
    properties: { id: '@Id', name: 'string', country: '@CountryCode', language: '@Language' },
  },
  Category: { enum: categoryValues },
  Change: {
    properties: {
      questionId: '@Id',
      version: 'integer',
      updatedAt: '@Timestamp',
      kind: '@ChangeKind',
    },
  },
  ChangeFeed: {
    properties: { changes: { items: '@Change' }, cursor: 'string', pollAfterSeconds: 'integer' },
  },
  ChangeKind: { enum: changeKindValues },
  CloseRequest: {
    properties: {
      'reason?': { type: 'string', maxLength: 1000 },
      'expectedVersion?': '@ExpectedVersion',
    },
  },
  Config: {
    properties: {
      apiVersion: 'string',
      slaHours: 'integer',
      warnHours: 'integer',
      urgentHours: 'integer',
      servedRegions: { items: '@CountryCode' },
      highValueThresholds: { items: '@Money' },
      maxMessageLength: 'integer',
      attachments: '@AttachmentLimits',
      languages: { items: '@Language' },
      defaultLanguage: '@Language',
      metricsWindowDays: 'integer',
      pollIntervalSeconds: 'integer',
    },
  },
  CountryCode: { type: 'string', pattern: '^[A-Z]{2}$' },
  EmailFrequency: { enum: emailFrequencyValues },
  EmailPreferences: {
    properties: {
      email: { anyOf: ['string', 'null'] },
      newQuestions: '@EmailFrequency',
      deadlineWarnings: 'boolean',
      answers: 'boolean',
    },
  },
  EmailPreferencesUpdate: {
    properties: {
      newQuestions: '@EmailFrequency',
      deadlineWarnings: 'boolean',
      answers: 'boolean',
    },
  },
  EscalationCreate: {
    properties: {
      reason: { type: 'string', maxLength: 1000 },
      'expectedVersion?': '@ExpectedVersion',
    },
  },
  ExpectedVersion: 'integer',
  FieldError: { properties: { pointer: 'string', code: 'string', detail: 'string' } },
  HandBackCreate: {
    properties: {
      reason: { type: 'string', maxLength: 1000 },
      'expectedVersion?': '@ExpectedVersion',
    },
  },
  Handler: { enum: handlerValues },
  Id: { type: 'string', maxLength: 100, pattern: '^[A-Za-z0-9._:-]+$' },
  ImageType: { enum: imageTypeValues },
  ItemQuantity: { properties: { itemId: '@Id', quantity: 'integer' } },
  Language: { type: 'string', maxLength: 35, pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
  Message: {
    properties: {
      id: '@Id',
      author: '@AuthorRole',
      authorName: 'string',
      text: 'string',
      language: '@Language',
      attachments: { items: '@Attachment' },
      createdAt: '@Timestamp',
      'event?': '@MessageEvent',
      'rating?': '@Rating',
      'original?': '@MessageOriginal',
    },
  },
  MessageCreate: {
    properties: {
      text: 'string',
      language: '@Language',
      'attachmentIds?': { items: '@Id' },
      'resolve?': 'boolean',
      'original?': '@MessageOriginal',
      'expectedVersion?': '@ExpectedVersion',
    },
  },
  MessageCreatedWebhook: {
    properties: {
      type: {},
      timestamp: '@Timestamp',
      data: {
        allOf: [
          '@WebhookQuestionEventData',
          {
            properties: {
              messageId: '@Id',
              authorRole: { enum: ['buyer', 'seller', 'platform'] },
              language: 'string',
              attachmentCount: 'integer',
              status: '@QuestionStatus',
              handler: '@Handler',
              replyDueAt: { anyOf: ['@Timestamp', 'null'] },
              'reopened?': 'boolean',
            },
          },
        ],
      },
    },
  },
  MessageEvent: {
    properties: {
      type: '@MessageEventType',
      'items?': { items: '@ItemQuantity' },
      'amount?': '@Money',
      'reason?': 'string',
    },
  },
  MessageEventType: { enum: messageEventTypeValues },
  MessageOriginal: {
    properties: { text: 'string', language: '@Language', engine: '@MessageTranslationEngine' },
  },
  MessageTranslationEngine: { enum: messageTranslationEngineValues },
  Money: {
    properties: { amountMinor: 'integer', currency: { type: 'string', pattern: '^[A-Z]{3}$' } },
  },
  Order: {
    properties: {
      id: '@Id',
      number: 'string',
      buyer: '@BuyerRef',
      shopId: '@Id',
      status: '@OrderStatus',
      placedAt: '@Timestamp',
      'deliveredAt?': '@Timestamp',
      items: { items: '@OrderItem' },
      total: '@Money',
      shippingAddress: '@Address',
      'tracking?': '@Tracking',
      sellerFunded: 'boolean',
      refunded: { items: '@ItemQuantity' },
      'shop?': '@Shop',
    },
  },
  OrderItem: {
    properties: {
      id: '@Id',
      productId: '@Id',
      title: 'string',
      'variant?': 'string',
      'imageUrl?': 'string',
      quantity: 'integer',
      unitPrice: '@Money',
    },
  },
  OrderPage: {
    properties: { items: { items: '@Order' }, nextCursor: { anyOf: ['string', 'null'] } },
  },
  OrderStatus: { enum: orderStatusValues },
  PlatformQueue: {
    properties: {
      count: 'integer',
      oldestSince: { anyOf: ['@Timestamp', 'null'] },
      shops: { maxItems: 200, items: '@PlatformQueueShop' },
    },
  },
  PlatformQueueShop: {
    properties: { shopId: '@Id', shopName: 'string', count: 'integer', oldestSince: '@Timestamp' },
  },
  Problem: {
    properties: {
      type: 'string',
      title: 'string',
      status: 'integer',
      'detail?': 'string',
      'instance?': 'string',
      code: '@ProblemCode',
      'errors?': { items: '@FieldError' },
      'currentVersion?': 'integer',
      'retryAfter?': 'integer',
    },
  },
  ProblemCode: { enum: problemCodeValues },
  Product: {
    properties: {
      id: '@Id',
      shopId: '@Id',
      name: 'string',
      'imageUrl?': 'string',
      price: '@Money',
      'shop?': '@Shop',
    },
  },
  ProductList: { properties: { items: { items: '@Product' }, more: 'boolean' } },
  ProductRef: { properties: { id: '@Id', name: 'string', 'imageUrl?': 'string' } },
  ProductSubject: { enum: productSubjectValues },
  PublicAnswer: {
    properties: {
      id: '@Id',
      question: 'string',
      answer: 'string',
      language: '@Language',
      answeredAt: '@Timestamp',
      publishedAt: '@Timestamp',
    },
  },
  PublicAnswerPage: {
    properties: { items: { items: '@PublicAnswer' }, nextCursor: { anyOf: ['string', 'null'] } },
  },
  Publication: {
    properties: {
      id: '@Id',
      question: 'string',
      answer: 'string',
      answerMessageId: '@Id',
      publishedAt: '@Timestamp',
    },
  },
  PublicationRequest: {
    properties: {
      'question?': { type: 'string', maxLength: 500 },
      'answerMessageId?': '@Id',
      'answer?': 'string',
    },
  },
  Question: {
    properties: {
      id: '@Id',
      shopId: '@Id',
      category: '@Category',
      topic: '@Topic',
      'details?': '@QuestionDetails',
      buyer: '@BuyerRef',
      'product?': '@ProductRef',
      'orderId?': '@Id',
      'orderNumber?': 'string',
      items: { items: '@ItemQuantity' },
      status: '@QuestionStatus',
      handler: '@Handler',
      replyDueAt: { anyOf: ['@Timestamp', 'null'] },
      createdAt: '@Timestamp',
      updatedAt: '@Timestamp',
      lastMessageAt: '@Timestamp',
      snippet: { type: 'string', maxLength: 140 },
      unread: 'boolean',
      messageCount: 'integer',
      version: 'integer',
      'publicConsent?': 'boolean',
      'publication?': '@Publication',
    },
  },
  QuestionCreate: {
    properties: {
      category: '@Category',
      topic: '@Topic',
      'details?': '@QuestionDetails',
      shopId: '@Id',
      'productId?': '@Id',
      'orderId?': '@Id',
      'items?': { maxItems: 100, items: '@ItemQuantity' },
      text: 'string',
      language: '@Language',
      'attachmentIds?': { items: '@Id' },
      'publicConsent?': 'boolean',
    },
  },
  QuestionCreatedWebhook: {
    properties: {
      type: {},
      timestamp: '@Timestamp',
      data: {
        allOf: [
          '@WebhookQuestionEventData',
          {
            properties: {
              category: '@Category',
              topic: '@Topic',
              status: '@QuestionStatus',
              handler: '@Handler',
              buyerId: '@Id',
              messageId: '@Id',
              language: 'string',
              replyDueAt: { anyOf: ['@Timestamp', 'null'] },
              'productId?': '@Id',
              'orderId?': '@Id',
            },
          },
        ],
      },
    },
  },
  QuestionDetail: {
    allOf: [
      '@Question',
      { properties: { messages: { items: '@Message' }, refunds: { items: '@Refund' } } },
    ],
  },
  QuestionDetails: {
    properties: {
      'subject?': '@ProductSubject',
      'change?': { type: 'string', maxLength: 500 },
      'address?': '@Address',
    },
  },
  QuestionEscalatedWebhook: {
    properties: {
      type: {},
      timestamp: '@Timestamp',
      data: {
        allOf: [
          '@WebhookQuestionEventData',
          { properties: { status: '@QuestionStatus', handler: '@Handler', sellerId: '@Id' } },
        ],
      },
    },
  },
  QuestionExportPage: {
    properties: {
      items: { maxItems: 500, items: '@QuestionExportRow' },
      nextCursor: { anyOf: ['string', 'null'] },
      total: 'integer',
    },
  },
  QuestionExportRow: {
    properties: {
      id: '@Id',
      createdAt: '@Timestamp',
      category: '@Category',
      topic: '@Topic',
      product: { anyOf: [{ properties: { id: '@Id', name: 'string' } }, 'null'] },
      order: { anyOf: [{ properties: { id: '@Id', number: 'string' } }, 'null'] },
      buyerName: 'string',
      status: '@QuestionStatus',
      handler: '@Handler',
      language: '@Language',
      messageCount: 'integer',
      firstAnswerAt: { anyOf: ['@Timestamp', 'null'] },
      late: 'boolean',
      satisfied: { anyOf: ['boolean', 'null'] },
      resolvedAt: { anyOf: ['@Timestamp', 'null'] },
      updatedAt: '@Timestamp',
    },
  },
  QuestionLateWebhook: {
    properties: {
      type: {},
      timestamp: '@Timestamp',
      data: { allOf: ['@WebhookClockData', { properties: { takenOver: 'boolean' } }] },
    },
  },
  QuestionPage: {
    properties: {
      items: { items: '@Question' },
      nextCursor: { anyOf: ['string', 'null'] },
      total: 'integer',
      'changesCursor?': 'string',
    },
  },
  QuestionResolvedWebhook: {
    properties: {
      type: {},
      timestamp: '@Timestamp',
      data: {
        allOf: [
          '@WebhookQuestionEventData',
          {
            properties: {
              status: '@QuestionStatus',
              handler: '@Handler',
              resolvedBy: { enum: ['seller', 'platform'] },
              via: { enum: ['resolve', 'reply', 'refund'] },
              'refundId?': '@Id',
              'amount?': '@Money',
            },
          },
        ],
      },
    },
  },
  QuestionStatus: { enum: questionStatusValues },
  QuestionTakenOverWebhook: {
    properties: {
      type: {},
      timestamp: '@Timestamp',
      data: { allOf: ['@WebhookClockData', { properties: { reason: { enum: ['late'] } } }] },
    },
  },
  Rating: {
    properties: {
      satisfied: 'boolean',
      'comment?': { type: 'string', maxLength: 500 },
      createdAt: '@Timestamp',
    },
  },
  RatingCreate: {
    properties: {
      messageId: '@Id',
      satisfied: 'boolean',
      'comment?': { type: 'string', maxLength: 500 },
    },
  },
  RatingCreatedWebhook: {
    properties: {
      type: {},
      timestamp: '@Timestamp',
      data: {
        allOf: [
          '@WebhookQuestionEventData',
          {
            properties: {
              messageId: '@Id',
              answeredBy: { enum: ['seller', 'platform'] },
              satisfied: 'boolean',
              hasComment: 'boolean',
            },
          },
        ],
      },
    },
  },
  Refund: {
    properties: {
      id: '@Id',
      items: { items: '@ItemQuantity' },
      amount: '@Money',
      createdAt: '@Timestamp',
    },
  },
  RefundCreate: {
    properties: {
      items: { maxItems: 100, items: '@ItemQuantity' },
      'expectedVersion?': '@ExpectedVersion',
    },
  },
  ResolveRequest: { properties: { 'expectedVersion?': '@ExpectedVersion' } },
  SellerMetrics: {
    properties: {
      windowDays: 'integer',
      windowStart: '@Timestamp',
      windowEnd: '@Timestamp',
      ratings: { properties: { satisfied: 'integer', total: 'integer' } },
      csat: { anyOf: ['number', 'null'] },
      responses: { properties: { needed: 'integer', late: 'integer' } },
      delayedRate: { anyOf: ['number', 'null'] },
      standing: '@Standing',
      awaiting: {
        properties: { pre_sale: 'integer', after_sale: 'integer', order_service: 'integer' },
      },
    },
  },
  Shop: { properties: { id: '@Id', name: 'string', language: '@Language' } },
  SlaWarningWebhook: {
    properties: {
      type: {},
      timestamp: '@Timestamp',
      data: {
        allOf: ['@WebhookClockData', { properties: { level: { enum: ['warn', 'urgent'] } } }],
      },
    },
  },
  Standing: { enum: standingValues },
  Template: {
    properties: {
      id: '@Id',
      topic: '@Topic',
      language: '@Language',
      title: 'string',
      body: 'string',
      variables: { items: '@TemplateVariable' },
      source: '@TemplateSource',
      'version?': 'integer',
      'updatedAt?': '@Timestamp',
    },
  },
  TemplateCreate: {
    properties: {
      topic: '@Topic',
      language: '@Language',
      title: { type: 'string', maxLength: 80 },
      body: { type: 'string', maxLength: 2000 },
    },
  },
  TemplateList: { properties: { items: { items: '@Template' } } },
  TemplateSource: { enum: templateSourceValues },
  TemplateUpdate: {
    properties: {
      'topic?': '@Topic',
      'language?': '@Language',
      'title?': { type: 'string', maxLength: 80 },
      'body?': { type: 'string', maxLength: 2000 },
      'expectedVersion?': '@ExpectedVersion',
    },
  },
  TemplateVariable: { enum: templateVariableValues },
  Timestamp: 'string',
  Topic: { enum: topicValues },
  Tracking: {
    properties: {
      carrier: 'string',
      number: 'string',
      'url?': 'string',
      'lastEvent?': '@TrackingEvent',
      'estimatedDelivery?': '@Timestamp',
    },
  },
  TrackingEvent: { properties: { at: '@Timestamp', description: 'string', 'location?': 'string' } },
  Translation: {
    properties: {
      text: 'string',
      from: '@Language',
      to: '@Language',
      engine: '@TranslationEngine',
    },
  },
  TranslationEngine: { enum: translationEngineValues },
  TranslationRequest: {
    properties: {
      text: { type: 'string', maxLength: 5000 },
      'from?': '@Language',
      to: '@Language',
    },
  },
  Viewer: {
    properties: {
      role: '@ViewerRole',
      id: '@Id',
      name: 'string',
      country: '@CountryCode',
      language: '@Language',
      'shopId?': '@Id',
    },
  },
  ViewerRole: { enum: viewerRoleValues },
  WebhookClockData: {
    allOf: [
      '@WebhookQuestionEventData',
      { properties: { replyDueAt: '@Timestamp', category: '@Category', topic: '@Topic' } },
    ],
  },
  WebhookDelivery: {
    properties: {
      id: '@Id',
      messageId: 'string',
      eventType: '@WebhookEventType',
      status: '@WebhookDeliveryStatus',
      attempts: 'integer',
      lastAttemptAt: { anyOf: ['@Timestamp', 'null'] },
      lastResponseCode: { anyOf: ['integer', 'null'] },
      lastError: { anyOf: ['string', 'null'] },
      nextAttemptAt: { anyOf: ['@Timestamp', 'null'] },
      deliveredAt: { anyOf: ['@Timestamp', 'null'] },
      createdAt: '@Timestamp',
    },
  },
  WebhookDeliveryPage: { properties: { items: { items: '@WebhookDelivery' }, total: 'integer' } },
  WebhookDeliveryStatus: { enum: webhookDeliveryStatusValues },
  WebhookEndpoint: {
    properties: {
      id: '@Id',
      url: 'string',
      description: 'string',
      eventTypes: { anyOf: [{ items: '@WebhookEventType' }, 'null'] },
      enabled: 'boolean',
      shopId: { anyOf: ['@Id', 'null'] },
      createdAt: '@Timestamp',
      updatedAt: '@Timestamp',
      previousSecretExpiresAt: { anyOf: ['@Timestamp', 'null'] },
    },
  },
  WebhookEndpointCreate: {
    properties: {
      url: { type: 'string', maxLength: 2000 },
      'description?': { type: 'string', maxLength: 200 },
      'eventTypes?': { anyOf: [{ maxItems: 8, items: '@WebhookEventType' }, 'null'] },
      'enabled?': 'boolean',
    },
  },
  WebhookEndpointList: { properties: { items: { items: '@WebhookEndpoint' } } },
  WebhookEndpointUpdate: {
    properties: {
      'url?': { type: 'string', maxLength: 2000 },
      'description?': { type: 'string', maxLength: 200 },
      'eventTypes?': { anyOf: [{ maxItems: 8, items: '@WebhookEventType' }, 'null'] },
      'enabled?': 'boolean',
    },
  },
  WebhookEndpointWithSecret: {
    allOf: [
      '@WebhookEndpoint',
      { properties: { secret: { type: 'string', pattern: '^whsec_[A-Za-z0-9+/=]+$' } } },
    ],
  },
  WebhookEventType: { enum: webhookEventTypeValues },
  WebhookQuestionEventData: { properties: { questionId: '@Id', shopId: '@Id' } },
};
