// The shape of the mock backend's seed data. The data files hold scripts (who said what, how
// many hours ago); the seed builder replays them through the domain rules, so every seeded
// status, due time and metric is what the rules give, relative to the moment the store is made.
import type { Address, MessageEvent, OrderStatus, ProductSubject, Topic } from '../api/types.js';

/** A language the product ships UI and templates in. */
export type SeedLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pl' | 'pt' | 'sv' | 'ar';

export interface SeedBuyer {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** BCP 47, e.g. `de`. */
  language: string;
  /** Where the reference server sends this buyer's notification emails. */
  email?: string;
}

export interface SeedProduct {
  id: string;
  name: string;
  /** Price in euro cents. */
  priceMinor: number;
  /** Which placeholder picture the mock draws: a simple shape in a colour. */
  picture: { shape: 'shirt' | 'shoe' | 'bag' | 'mug' | 'lamp' | 'watch' | 'box'; colour: string };
}

export interface SeedOrderItem {
  id: string;
  productId: string;
  variant?: string;
  quantity: number;
  /** Defaults to the product's price. */
  unitPriceMinor?: number;
}

export interface SeedOrder {
  id: string;
  number: string;
  buyerId: string;
  status: OrderStatus;
  /** ISO 4217; EUR unless the buyer pays in their own currency. */
  currency: string;
  placedDaysAgo: number;
  deliveredDaysAgo?: number;
  items: SeedOrderItem[];
  /** Refunds on this order are funded by the seller. */
  sellerFunded?: boolean;
  tracking?: {
    carrier: string;
    number: string;
    url: string;
    lastEvent: { hoursAgo: number; description: string; location?: string };
    estimatedDeliveryDays?: number;
  };
  address: Address;
}

export interface SeedMessage {
  from: 'buyer' | 'seller' | 'platform';
  /** Hours before the store is created. Messages of a question are in time order. */
  hoursAgo: number;
  /** The text, in `language`. Plain text. */
  text: string;
  language: string;
  /** The same text in English, for the mock's translation endpoint. Omit when `language` is en. */
  english?: string;
  /** How many generated photos to attach. */
  photos?: number;
  /** Seller messages only: also resolve the question. */
  resolve?: boolean;
  /** Seller messages only: the buyer's rating of this answer. */
  rating?: { satisfied: boolean; comment?: string; hoursAgo: number };
}

/** A state change in the script (shown in the thread as a system line). */
export interface SeedEvent {
  event: MessageEvent['type'];
  hoursAgo: number;
  /** For `escalated` (the seller's reason) and `taken_over`/`closed` (why). */
  reason?: string;
  /** For `refunded`: which items, how many. */
  items?: { itemId: string; quantity: number }[];
}

export type SeedStep = SeedMessage | SeedEvent;

export interface SeedQuestion {
  id: string;
  buyerId: string;
  topic: Topic;
  /** For `product` questions. */
  subject?: ProductSubject;
  /** For `product` questions. */
  productId?: string;
  /** For order topics. */
  orderId?: string;
  /** For item topics: the affected items. */
  items?: { itemId: string; quantity: number }[];
  /** For `change_item`. */
  change?: string;
  /** For `change_address`. */
  address?: SeedOrder['address'];
  /** Pre-sales questions about a product: the buyer agreed that the answer may be published. */
  publicConsent?: boolean;
  /** Published by the seller at this time, with these texts (defaults: as written). */
  publish?: { hoursAgo: number; question?: string; answer?: string };
  /** The first step is the buyer's question. */
  steps: SeedStep[];
}

/** An official response template in every language; the same variables in each. */
export interface SeedTemplate {
  /** Stable key, e.g. `product-size`. */
  key: string;
  topic: Topic;
  title: Record<SeedLanguage, string>;
  body: Record<SeedLanguage, string>;
}
