// Bulk data for the mock backend: thousands of synthetic but realistic questions written
// straight into a BackendState (no HTTP, no replay), for the inbox's benchmark and its large-list
// tests. Routing, statuses, due times and metrics follow the domain rules: after-sales questions
// go to the seller only on seller-funded or high-value orders, a late after-sales question is
// already with customer service, and every answer the seller owed is an obligation for the
// delayed-response rate. Buyer texts are reused from the seeded conversations (they are in the
// phrasebook, so "View in {language}" works on them too).
import type { Message, Order, Topic } from '../api/types.js';
import { routeQuestion } from '../domain/routing.js';
import { TOPICS_BY_CATEGORY, categoryOf, needsItems } from '../domain/taxonomy.js';
import type { BuyerRecord, BackendState, QuestionRecord } from '../backend/state.js';

export interface BulkOptions {
  /** The moment the data is relative to (ms since epoch); now by default. */
  now?: number;
  /** Seed of the pseudo-random choices: the same seed gives the same questions. */
  seed?: number;
}

const HOUR = 3_600_000;

/** Small, fast, seedable PRNG (mulberry32). */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const between = (min: number, max: number) => min + next() * (max - min);
  return { next, pick, between };
}

// Names by language, and the countries buyers of that language live in (GB, US and CH are
// outside the EU/EEA, so platform customer service answers them).
const PEOPLE: Record<string, { countries: string[]; first: string[]; last: string[] }> = {
  de: {
    countries: ['DE', 'DE', 'AT', 'CH'],
    first: ['Lena', 'Jonas', 'Mia', 'Felix', 'Hannah', 'Paul', 'Sophie', 'Maximilian'],
    last: ['Müller', 'Schmidt', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter'],
  },
  fr: {
    countries: ['FR', 'FR', 'BE'],
    first: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Lucas', 'Léa', 'Théo'],
    last: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Girard', 'Roux', 'Fournier', 'Morel'],
  },
  es: {
    countries: ['ES'],
    first: ['Lucía', 'Hugo', 'Martina', 'Pablo', 'Sofía', 'Álvaro', 'Carmen', 'Javier'],
    last: ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Ruiz'],
  },
  it: {
    countries: ['IT'],
    first: ['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Sara', 'Andrea', 'Elena', 'Davide'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Greco'],
  },
  nl: {
    countries: ['NL', 'NL', 'BE'],
    first: ['Emma', 'Daan', 'Julia', 'Sem', 'Tess', 'Lucas', 'Fenna', 'Bram'],
    last: ['de Jong', 'Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder'],
  },
  pl: {
    countries: ['PL'],
    first: ['Zuzanna', 'Jakub', 'Julia', 'Antoni', 'Maja', 'Jan', 'Hanna', 'Szymon'],
    last: ['Kowalska', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński'],
  },
  pt: {
    countries: ['PT'],
    first: ['Beatriz', 'João', 'Mariana', 'Tiago', 'Leonor', 'Rodrigo', 'Inês', 'Duarte'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues'],
  },
  sv: {
    countries: ['SE'],
    first: ['Alice', 'William', 'Maja', 'Oscar', 'Elsa', 'Hugo', 'Astrid', 'Liam'],
    last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson'],
  },
  en: {
    countries: ['IE', 'IE', 'GB', 'US'],
    first: ['Aoife', 'Conor', 'Grace', 'Harry', 'Olivia', 'Jack', 'Ella', 'Noah'],
    last: ['Byrne', 'Kelly', 'Walsh', 'Smith', 'Taylor', 'Brown', 'Wilson', 'Evans'],
  },
};

const CURRENCY_BY_COUNTRY: Record<string, [string, number]> = {
  PL: ['PLN', 4.3],
  SE: ['SEK', 11.4],
  GB: ['GBP', 0.86],
  US: ['USD', 1.08],
  CH: ['CHF', 0.94],
};

const CARRIERS = ['DHL', 'DPD', 'GLS', 'PostNL', 'Colissimo', 'InPost', 'UPS'];

const ESCALATION_REASONS = [
  'The buyer asks for a refund on an item we cannot take back; please decide.',
  'The carrier does not answer our claim; we need the platform to investigate.',
];

const DAY = 86_400_000;
const dayPrefixes = new Map<number, string>();
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `Date#toISOString`, several times faster: tens of thousands are made here. */
function isoString(ms: number): string {
  const whole = Math.floor(ms);
  const day = Math.floor(whole / DAY);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  let rest = whole - day * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${prefix}${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(rest - seconds * 1000, 3)}Z`;
}

/** The order status a topic fits: after-sales issues are about delivered orders. */
function orderStatusFor(topic: Topic): Order['status'] {
  if (categoryOf(topic) === 'after_sale') return 'delivered';
  if (topic === 'tracking' || topic === 'order_status') return 'in_transit';
  return 'processing';
}

/**
 * Adds `count` synthetic questions (and the buyers and orders they need) to `state`, in place.
 * Ten thousand take well under a second. Returns the added questions.
 */
export function addBulkQuestions(
  state: BackendState,
  count: number,
  options: BulkOptions = {},
): QuestionRecord[] {
  const now = options.now ?? Date.now();
  const random = generator(options.seed ?? 1);
  const { pick, between, next } = random;
  // Messages and events are in the past; due times may be in the future.
  const iso = (ms: number) => isoString(Math.min(ms, now));
  const isoAny = isoString;
  const counters = state.counters;
  const nextId = (prefix: string) => {
    counters[prefix] = (counters[prefix] ?? 0) + 1;
    return `${prefix}-${String(counters[prefix]).padStart(3, '0')}`;
  };

  // What buyers wrote and what the seller answered, per topic, from the seeded conversations.
  const asked = new Map<Topic, { text: string; language: string }[]>();
  const answers = new Map<string, string[]>();
  for (const question of state.questions) {
    const first = question.messages.find((message) => message.author === 'buyer');
    if (first) asked.set(question.topic, [...(asked.get(question.topic) ?? []), first]);
    for (const message of question.messages) {
      if (message.author !== 'seller') continue;
      answers.set(message.language, [...(answers.get(message.language) ?? []), message.text]);
    }
  }
  const fallback = { text: 'Hello, could you help me with my order, please?', language: 'en' };

  const buyersByLanguage = new Map<string, BuyerRecord[]>();
  let buyerNumber = 0;
  const buyerFor = (language: string): BuyerRecord => {
    const people = PEOPLE[language] ?? PEOPLE['en']!;
    const pool = buyersByLanguage.get(language) ?? [];
    buyersByLanguage.set(language, pool);
    // About 40 buyers per language, each asking several questions.
    if (pool.length < 40 && (pool.length === 0 || next() < 0.2)) {
      const buyer: BuyerRecord = {
        id: `b-bulk-${String(++buyerNumber).padStart(4, '0')}`,
        name: `${pick(people.first)} ${pick(people.last)}`,
        country: pick(people.countries),
        language: PEOPLE[language] ? language : 'en',
      };
      pool.push(buyer);
      state.buyers.push(buyer);
      return buyer;
    }
    return pick(pool);
  };

  const orders = new Map<string, Order>();
  const orderFor = (buyer: BuyerRecord, status: Order['status'], placedAt: number): Order => {
    const key = `${buyer.id}|${status}`;
    const existing = orders.get(key);
    if (existing) return existing;
    const [currency, rate] = CURRENCY_BY_COUNTRY[buyer.country] ?? ['EUR', 1];
    const id = `o-bulk-${String(orders.size + 1).padStart(5, '0')}`;
    const items = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, index) => {
      const product = pick(state.products);
      return {
        id: `${id}-${index + 1}`,
        productId: product.id,
        title: product.name,
        ...(product.imageUrl ? { imageUrl: product.imageUrl } : {}),
        quantity: next() < 0.8 ? 1 : 2,
        unitPrice: { amountMinor: Math.round(product.price.amountMinor * rate), currency },
      };
    });
    const order: Order = {
      id,
      number: `SQ-2026-${String(20_000 + orders.size).padStart(5, '0')}`,
      buyer: { id: buyer.id, name: buyer.name, country: buyer.country, language: buyer.language },
      shopId: state.shop.id,
      status,
      placedAt: iso(placedAt),
      items,
      total: {
        amountMinor: items.reduce(
          (sum, item) => sum + item.unitPrice.amountMinor * item.quantity,
          0,
        ),
        currency,
      },
      shippingAddress: {
        name: buyer.name,
        line1: `${1 + Math.floor(next() * 200)} Market Street`,
        postalCode: String(10_000 + Math.floor(next() * 89_999)),
        city: 'Springfield',
        country: buyer.country,
      },
      sellerFunded: next() < 0.5,
      refunded: [],
    };
    if (status === 'delivered') order.deliveredAt = iso(placedAt + 4 * 24 * HOUR);
    if (status !== 'processing') {
      const number = `${pick(CARRIERS).slice(0, 2).toUpperCase()}${Math.floor(next() * 1e10)}`;
      order.tracking = {
        carrier: pick(CARRIERS),
        number,
        url: `https://tracking.example.com/${number}`,
        ...(status === 'in_transit'
          ? { estimatedDelivery: new Date(now + 2 * 24 * HOUR).toISOString() }
          : {}),
      };
    }
    orders.set(key, order);
    state.orders.push(order);
    return order;
  };

  const sla = state.config.slaHours * HOUR;
  const added: QuestionRecord[] = [];
  for (let index = 0; index < count; index++) {
    const roll = next();
    const category = roll < 0.5 ? 'pre_sale' : roll < 0.8 ? 'order_service' : 'after_sale';
    const topic: Topic =
      category === 'pre_sale' && next() < 0.8 ? 'product' : pick(TOPICS_BY_CATEGORY[category]);
    const source = pick(asked.get(topic) ?? [fallback]);
    const buyer = buyerFor(source.language);

    // When the buyer's (latest) message came: most within the last two days, some older.
    const remaining =
      category === 'after_sale'
        ? between(0.2 * HOUR, sla)
        : pick([
            -between(0, 5 * 24 * HOUR),
            between(0, 2 * HOUR),
            between(2 * HOUR, 12 * HOUR),
            between(12 * HOUR, sla),
            between(12 * HOUR, sla),
            between(12 * HOUR, sla),
          ]);
    const askedAt = now + remaining - sla;
    const createdAt = next() < 0.8 ? askedAt : askedAt - between(24 * HOUR, 10 * 24 * HOUR);

    const order =
      category === 'pre_sale'
        ? undefined
        : orderFor(buyer, orderStatusFor(topic), createdAt - 5 * 24 * HOUR);
    const routing = routeQuestion({
      category,
      buyerCountry: buyer.country,
      servedRegions: state.config.servedRegions,
      orderTotal: order?.total,
      highValueThresholds: state.config.highValueThresholds,
      sellerFunded: order?.sellerFunded,
    });

    const id = nextId('q');
    const messages: Message[] = [];
    const say = (author: Message['author'], text: string, language: string, at: number) => {
      const message: Message = {
        id: nextId('m'),
        author,
        authorName:
          author === 'buyer'
            ? buyer.name
            : author === 'seller'
              ? state.seller.name
              : author === 'platform'
                ? 'Customer service'
                : '',
        text,
        language,
        attachments: [],
        createdAt: iso(at),
      };
      messages.push(message);
      return message;
    };
    const event = (type: NonNullable<Message['event']>['type'], at: number, reason?: string) => {
      say('system', '', 'en', at).event = reason ? { type, reason } : { type };
    };

    say('buyer', source.text, source.language, createdAt);
    const question: QuestionRecord = {
      id,
      shopId: state.shop.id,
      category,
      topic,
      buyerId: buyer.id,
      items: [],
      status: 'awaiting_seller',
      handler: routing.handler,
      replyDueAt: null,
      createdAt: iso(createdAt),
      updatedAt: iso(createdAt),
      version: 1,
      messages,
      refunds: [],
      obligations: [],
      readAt: { buyer: iso(createdAt), seller: null },
    };
    if (topic === 'product') {
      question.productId = pick(state.products).id;
      question.details = {
        subject: pick(['size', 'colour', 'material', 'stock', 'shipping', 'other'] as const),
      };
    }
    if (order) {
      question.orderId = order.id;
      if (needsItems(topic)) {
        const item = pick(order.items);
        question.items = [{ itemId: item.id, quantity: 1 }];
      }
    }

    const answer = () => pick(answers.get(buyer.language) ?? answers.get('en') ?? [fallback.text]);
    if (routing.handler === 'platform') {
      question.status = 'awaiting_platform';
      if (askedAt < now - 2 * HOUR && next() < 0.5) {
        say('platform', answer(), buyer.language, askedAt + between(HOUR, 2 * HOUR));
        question.status = 'awaiting_buyer';
      }
    } else {
      const fate = next();
      const dueAt = createdAt + sla;
      if (fate < 0.6 || createdAt > now - HOUR) {
        // Still waiting for the seller: a follow-up may have come after the first message.
        if (askedAt !== createdAt) say('buyer', source.text, source.language, askedAt);
        question.status = 'awaiting_seller';
        question.replyDueAt = isoAny(askedAt + sla);
        question.obligations.push({
          requestedAt: iso(askedAt),
          dueAt: isoAny(askedAt + sla),
          answeredAt: null,
        });
        question.readAt.seller = next() < 0.5 ? null : iso(askedAt);
      } else {
        // Answered: mostly in time, sometimes late.
        const answeredAt = Math.min(
          now - 60_000,
          createdAt + (next() < 0.9 ? between(HOUR, sla) : between(sla, sla * 1.5)),
        );
        question.obligations.push({
          requestedAt: iso(createdAt),
          dueAt: isoAny(dueAt),
          answeredAt: iso(answeredAt),
        });
        if (fate < 0.68) {
          event('escalated', answeredAt, pick(ESCALATION_REASONS));
          question.status = 'awaiting_platform';
          question.handler = 'platform';
        } else {
          const reply = say('seller', answer(), buyer.language, answeredAt);
          if (next() < 0.35) {
            reply.rating = { satisfied: next() < 0.85, createdAt: iso(answeredAt + HOUR) };
          }
          question.status = fate < 0.85 ? 'awaiting_buyer' : fate < 0.96 ? 'resolved' : 'closed';
          if (question.status === 'resolved') event('resolved', answeredAt);
          if (question.status === 'closed') event('closed', answeredAt + HOUR);
        }
        question.readAt.seller = iso(now);
      }
    }
    const last = messages.at(-1)!;
    question.updatedAt = last.createdAt;
    question.version = messages.length;
    if (question.status !== 'awaiting_seller' && last.author !== 'buyer')
      question.readAt.seller = last.createdAt;
    state.questions.push(question);
    added.push(question);
  }
  return added;
}
