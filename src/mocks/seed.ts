// Builds the mock backend's starting state. Products and orders are copied from the seed data;
// every question is replayed step by step through the same commands the HTTP handlers use, at
// the time the script gives, so statuses, due times, late answers and ratings follow the rules.
import type { Config, Order, QuestionCreate, Template } from '../api/types.js';
import { DEFAULT_ATTACHMENT_LIMITS } from '../domain/attachments.js';
import { METRICS_WINDOW_DAYS } from '../domain/metrics.js';
import { DEFAULT_CLOCK } from '../domain/response-clock.js';
import { DEFAULT_SERVED_REGIONS } from '../domain/routing.js';
import { categoryOf } from '../domain/taxonomy.js';
import { isTemplateVariable, placeholdersIn } from '../domain/templates.js';
import { DEFAULT_MAX_MESSAGE_LENGTH } from '../domain/validation.js';
import { SOURCE_LOCALE, SUPPORTED_LOCALES } from '../i18n/languages.js';
import {
  applyDeadlines,
  closeQuestion,
  createQuestion,
  escalate,
  platformReply,
  rateAnswer,
  refundItems,
  resolveQuestion,
  sendMessage,
  uploadAttachment,
} from '../backend/commands.js';
import type { BackendContext, Viewer } from '../backend/context.js';
import { samplePhoto } from './pictures.js';
import { ProblemError } from '../backend/problems.js';
import { publishQuestion } from '../backend/publication-commands.js';
import { AGENTS, BUYERS, ORDERS, PRODUCTS, QUESTIONS, SELLER, SHOP } from './seed-data.js';
import { SELLER_PHRASES } from './phrase-data.js';
import type { SeedMessage, SeedQuestion, SeedStep } from './seed-types.js';
import type { BackendState } from '../backend/state.js';
import { OFFICIAL_TEMPLATES } from './template-data.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The configuration a fresh mock backend serves. */
export function defaultConfig(): Config {
  return {
    apiVersion: '1.0.0',
    slaHours: DEFAULT_CLOCK.slaHours,
    warnHours: DEFAULT_CLOCK.warnHours,
    urgentHours: DEFAULT_CLOCK.urgentHours,
    servedRegions: [...DEFAULT_SERVED_REGIONS],
    highValueThresholds: [
      { amountMinor: 50_000, currency: 'EUR' },
      { amountMinor: 215_000, currency: 'PLN' },
      { amountMinor: 570_000, currency: 'SEK' },
      { amountMinor: 43_000, currency: 'GBP' },
      { amountMinor: 54_000, currency: 'USD' },
      { amountMinor: 47_000, currency: 'CHF' },
    ],
    maxMessageLength: DEFAULT_MAX_MESSAGE_LENGTH,
    attachments: { ...DEFAULT_ATTACHMENT_LIMITS, types: [...DEFAULT_ATTACHMENT_LIMITS.types] },
    languages: [...SUPPORTED_LOCALES],
    defaultLanguage: SOURCE_LOCALE,
    metricsWindowDays: METRICS_WINDOW_DAYS,
    pollIntervalSeconds: 10,
  };
}

const SELLER_TEMPLATES: Template[] = [
  {
    id: 'seller-thanks.en',
    topic: 'product',
    language: 'en',
    title: 'Thanks, checking with the workshop',
    body: 'Hi {buyerName}, thank you for asking about {productName}. I am checking this with our workshop and will get back to you within a day.\n{sellerName}',
    variables: ['buyerName', 'productName', 'sellerName'],
    source: 'seller',
  },
  {
    id: 'seller-thanks.de',
    topic: 'product',
    language: 'de',
    title: 'Danke, ich frage in der Werkstatt nach',
    body: 'Hallo {buyerName}, vielen Dank für Ihre Frage zu {productName}. Ich kläre das mit unserer Werkstatt und melde mich innerhalb eines Tages.\n{sellerName}',
    variables: ['buyerName', 'productName', 'sellerName'],
    source: 'seller',
  },
];

export interface SeedOptions {
  /** The moment the seed is relative to (ms since epoch); now by default. */
  now?: number;
  /** The API base attachment URLs are made under. */
  baseUrl?: string;
}

export function buildSeedState(options: SeedOptions = {}): BackendState {
  const now = options.now ?? Date.now();
  const baseUrl = options.baseUrl ?? '/api/v1';
  let clock = now;
  const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();

  const state: BackendState = {
    schema: 1,
    config: defaultConfig(),
    shop: { ...SHOP },
    seller: { ...SELLER, shopId: SHOP.id, country: 'DE', language: 'en' },
    buyers: BUYERS.map((buyer) => ({ ...buyer })),
    agents: AGENTS.map((agent) => ({ ...agent })),
    products: PRODUCTS.map((product) => ({
      id: product.id,
      shopId: SHOP.id,
      name: product.name,
      imageUrl: `${baseUrl}/_mock/pictures/${product.id}.svg`,
      price: { amountMinor: product.priceMinor, currency: 'EUR' },
    })),
    pictures: Object.fromEntries(PRODUCTS.map((product) => [product.id, product.picture])),
    orders: [],
    questions: [],
    attachments: {},
    templates: [],
    phrasebook: [],
    changes: [],
    idempotency: {},
    counters: { q: QUESTIONS.length },
  };
  const context: BackendContext = { state, baseUrl, now: () => new Date(clock) };

  state.orders = ORDERS.map((seed): Order => {
    const buyer = state.buyers.find((candidate) => candidate.id === seed.buyerId);
    if (!buyer) throw new Error(`Seed order ${seed.id}: unknown buyer ${seed.buyerId}`);
    const items = seed.items.map((item) => {
      const product = state.products.find((candidate) => candidate.id === item.productId);
      if (!product) throw new Error(`Seed order ${seed.id}: unknown product ${item.productId}`);
      return {
        id: item.id,
        productId: product.id,
        title: product.name,
        ...(item.variant ? { variant: item.variant } : {}),
        ...(product.imageUrl ? { imageUrl: product.imageUrl } : {}),
        quantity: item.quantity,
        unitPrice: {
          amountMinor: item.unitPriceMinor ?? product.price.amountMinor,
          currency: seed.currency,
        },
      };
    });
    const order: Order = {
      id: seed.id,
      number: seed.number,
      buyer: { id: buyer.id, name: buyer.name, country: buyer.country, language: buyer.language },
      shopId: SHOP.id,
      status: seed.status,
      placedAt: at(seed.placedDaysAgo * 24),
      items,
      total: {
        amountMinor: items.reduce(
          (sum, item) => sum + item.unitPrice.amountMinor * item.quantity,
          0,
        ),
        currency: seed.currency,
      },
      shippingAddress: { ...seed.address },
      sellerFunded: seed.sellerFunded ?? false,
      refunded: [],
    };
    if (seed.deliveredDaysAgo !== undefined) order.deliveredAt = at(seed.deliveredDaysAgo * 24);
    if (seed.tracking) {
      const { lastEvent, estimatedDeliveryDays, ...tracking } = seed.tracking;
      order.tracking = {
        ...tracking,
        lastEvent: {
          at: at(lastEvent.hoursAgo),
          description: lastEvent.description,
          ...(lastEvent.location ? { location: lastEvent.location } : {}),
        },
      };
      if (estimatedDeliveryDays !== undefined) {
        order.tracking.estimatedDelivery = new Date(
          now + estimatedDeliveryDays * DAY,
        ).toISOString();
      }
    }
    return order;
  });

  for (const template of OFFICIAL_TEMPLATES) {
    for (const language of SUPPORTED_LOCALES) {
      const body = template.body[language];
      state.templates.push({
        id: `${template.key}.${language}`,
        topic: template.topic,
        language,
        title: template.title[language],
        body,
        variables: placeholdersIn(body).filter(isTemplateVariable),
        source: 'official',
      });
    }
    state.phrasebook.push({ ...template.body }, { ...template.title });
  }
  state.templates.push(...SELLER_TEMPLATES);
  state.phrasebook.push(...SELLER_PHRASES.map((phrase) => ({ ...phrase })));

  for (const seed of QUESTIONS) {
    try {
      replay(seed);
    } catch (error) {
      const errors =
        error instanceof ProblemError ? JSON.stringify(error.problem.errors ?? []) : '';
      throw new Error(`Seed question ${seed.id}: ${(error as Error).message} ${errors}`, {
        cause: error,
      });
    }
  }
  clock = now;
  applyDeadlines(context);
  markSeedReadState(state, now);
  return state;

  function replay(seed: SeedQuestion) {
    const buyer = state.buyers.find((candidate) => candidate.id === seed.buyerId);
    if (!buyer) throw new Error(`unknown buyer ${seed.buyerId}`);
    const buyerViewer: Viewer = { role: 'buyer', id: buyer.id, record: buyer };
    const sellerViewer: Viewer = { role: 'seller', id: state.seller.id, record: state.seller };

    type Timed = { hoursAgo: number; run: () => void };
    const timeline: Timed[] = [];
    const messageIds = new Map<SeedMessage, string>();
    const question = () => state.questions.find((candidate) => candidate.id === seed.id)!;
    const photos = (viewer: Viewer, count = 0) =>
      Array.from({ length: count }, (_, index) => {
        const variant = (state.counters['photo'] = (state.counters['photo'] ?? 0) + 1);
        return uploadAttachment(
          context,
          viewer,
          `photo-${variant}.png`,
          samplePhoto(variant + index),
        ).id;
      });

    seed.steps.forEach((step: SeedStep, index) => {
      if ('event' in step) {
        timeline.push({
          hoursAgo: step.hoursAgo,
          run: () => {
            runEvent(step);
          },
        });
        return;
      }
      const run = () => {
        if (step.english) state.phrasebook.push({ [step.language]: step.text, en: step.english });
        if (index === 0) {
          if (step.from !== 'buyer') throw new Error('the first step must be the buyer asking');
          const input: QuestionCreate = {
            category: categoryOf(seed.topic),
            topic: seed.topic,
            shopId: state.shop.id,
            text: step.text,
            language: step.language,
            attachmentIds: photos(buyerViewer, step.photos),
          };
          if (seed.productId) input.productId = seed.productId;
          if (seed.publicConsent) input.publicConsent = true;
          if (seed.orderId) input.orderId = seed.orderId;
          if (seed.items) input.items = seed.items;
          if (seed.subject || seed.change || seed.address) {
            input.details = {
              ...(seed.subject ? { subject: seed.subject } : {}),
              ...(seed.change ? { change: seed.change } : {}),
              ...(seed.address ? { address: seed.address } : {}),
            };
          }
          createQuestion(context, buyerViewer, input, { id: seed.id });
        } else if (step.from === 'platform') {
          platformReply(context, question(), step.text, step.language);
        } else {
          const viewer = step.from === 'buyer' ? buyerViewer : sellerViewer;
          sendMessage(context, viewer, seed.id, {
            text: step.text,
            language: step.language,
            attachmentIds: photos(viewer, step.photos),
            ...(step.resolve ? { resolve: true } : {}),
          });
        }
        messageIds.set(
          step,
          question().messages.findLast((message) => message.author !== 'system')!.id,
        );
      };
      timeline.push({ hoursAgo: step.hoursAgo, run });
      if (step.rating) {
        const rating = step.rating;
        timeline.push({
          hoursAgo: rating.hoursAgo,
          run: () =>
            rateAnswer(context, buyerViewer, seed.id, {
              messageId: messageIds.get(step),
              satisfied: rating.satisfied,
              ...(rating.comment ? { comment: rating.comment } : {}),
            }),
        });
      }
    });

    if (seed.publish) {
      const { hoursAgo, ...texts } = seed.publish;
      timeline.push({
        hoursAgo,
        run: () => publishQuestion(context, sellerViewer, seed.id, texts),
      });
    }

    function runEvent(step: Extract<SeedStep, { event: string }>): void {
      switch (step.event) {
        case 'resolved':
          resolveQuestion(context, sellerViewer, seed.id, {});
          return;
        case 'refunded':
          refundItems(context, sellerViewer, seed.id, { items: step.items ?? [] });
          return;
        case 'escalated':
          escalate(context, sellerViewer, seed.id, { reason: step.reason ?? '' });
          return;
        case 'closed':
          closeQuestion(context, question(), step.reason);
          return;
        default:
          throw new Error(`the seed cannot script a ${step.event} event; the rules produce it`);
      }
    }

    // Stable: steps at the same time keep their order.
    timeline
      .map((entry, order) => ({ ...entry, order }))
      .sort((a, b) => b.hoursAgo - a.hoursAgo || a.order - b.order)
      .forEach((entry) => {
        if (entry.hoursAgo < 0) throw new Error('a step is in the future');
        clock = now - entry.hoursAgo * HOUR;
        const current = state.questions.find((candidate) => candidate.id === seed.id);
        if (current) applyDeadlines(context, [current]);
        entry.run();
      });
  }
}

/**
 * Who has read what at the start: buyers have read up to their own last message, so a seller
 * answer after it shows as new; the seller has read everything except recent buyer messages.
 */
function markSeedReadState(state: BackendState, now: number) {
  for (const question of state.questions) {
    const lastBuyer = question.messages.findLast((message) => message.author === 'buyer');
    question.readAt.buyer = lastBuyer?.createdAt ?? question.createdAt;
    const last = question.messages.at(-1);
    const recentBuyerMessage =
      question.status === 'awaiting_seller' &&
      lastBuyer !== undefined &&
      now - Date.parse(lastBuyer.createdAt) < 24 * HOUR;
    question.readAt.seller = recentBuyerMessage ? null : (last?.createdAt ?? question.createdAt);
  }
}
