// Generated from docs/openapi.yaml by scripts/generate-api.mjs. Do not edit: run `npm run generate`.
import type { SchemaRegistry } from '../validate.js';

/** The other responses (with firstResponseSchemas): loaded with the first request that needs them. */
export const responseSchemas: SchemaRegistry = {
  Address: {
    properties: {
      name: 'string',
      line1: 'string',
      'line2?': 'string',
      postalCode: 'string',
      city: 'string',
      'region?': 'string',
      country: '@CountryCode',
      'phone?': 'string',
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
  AuthorRole: { enum: ['buyer', 'seller', 'platform', 'system'] },
  BuyerRef: {
    properties: { id: '@Id', name: 'string', country: '@CountryCode', language: '@Language' },
  },
  Category: { enum: ['pre_sale', 'after_sale', 'order_service'] },
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
  ChangeKind: { enum: ['created', 'updated'] },
  Handler: { enum: ['seller', 'platform'] },
  ItemQuantity: { properties: { itemId: '@Id', quantity: 'integer' } },
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
  MessageEventType: {
    enum: ['resolved', 'refunded', 'escalated', 'handed_back', 'taken_over', 'closed', 'reopened'],
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
  OrderStatus: {
    enum: ['placed', 'processing', 'shipped', 'in_transit', 'delivered', 'cancelled'],
  },
  PlatformQueue: {
    properties: {
      count: 'integer',
      oldestSince: { anyOf: ['@Timestamp', 'null'] },
      shops: { items: '@PlatformQueueShop' },
    },
  },
  PlatformQueueShop: {
    properties: { shopId: '@Id', shopName: 'string', count: 'integer', oldestSince: '@Timestamp' },
  },
  ProductRef: { properties: { id: '@Id', name: 'string', 'imageUrl?': 'string' } },
  ProductSubject: { enum: ['size', 'colour', 'material', 'stock', 'shipping', 'other'] },
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
      snippet: 'string',
      unread: 'boolean',
      messageCount: 'integer',
      version: 'integer',
    },
  },
  QuestionDetail: {
    allOf: [
      '@Question',
      { properties: { messages: { items: '@Message' }, refunds: { items: '@Refund' } } },
    ],
  },
  QuestionDetails: {
    properties: { 'subject?': '@ProductSubject', 'change?': 'string', 'address?': '@Address' },
  },
  QuestionExportPage: {
    properties: {
      items: { items: '@QuestionExportRow' },
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
  QuestionPage: {
    properties: {
      items: { items: '@Question' },
      nextCursor: { anyOf: ['string', 'null'] },
      total: 'integer',
      'changesCursor?': 'string',
    },
  },
  QuestionStatus: {
    enum: ['awaiting_seller', 'awaiting_buyer', 'awaiting_platform', 'resolved', 'closed'],
  },
  Rating: { properties: { satisfied: 'boolean', 'comment?': 'string', createdAt: '@Timestamp' } },
  Refund: {
    properties: {
      id: '@Id',
      items: { items: '@ItemQuantity' },
      amount: '@Money',
      createdAt: '@Timestamp',
    },
  },
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
  Standing: { enum: ['good', 'warning', 'at_risk', 'insufficient_data'] },
  Template: {
    properties: {
      id: '@Id',
      topic: '@Topic',
      language: '@Language',
      title: 'string',
      body: 'string',
      variables: { items: '@TemplateVariable' },
      source: '@TemplateSource',
    },
  },
  TemplateList: { properties: { items: { items: '@Template' } } },
  TemplateSource: { enum: ['official', 'seller'] },
  TemplateVariable: {
    enum: [
      'buyerName',
      'shopName',
      'sellerName',
      'productName',
      'orderNumber',
      'trackingNumber',
      'trackingUrl',
      'carrier',
      'deliveryDate',
      'refundAmount',
    ],
  },
  Timestamp: 'string',
  Topic: {
    enum: [
      'product',
      'shop',
      'return_refund',
      'item_defective',
      'item_damaged',
      'item_missing',
      'change_item',
      'remove_item',
      'change_address',
      'order_status',
      'tracking',
    ],
  },
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
  TranslationEngine: { enum: ['libretranslate', 'deepl', 'demo'] },
};
