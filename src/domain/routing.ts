// Who must answer a question: the seller, or platform customer service. The backend decides;
// this is its reference rule, used by the mock backend and by the widgets to tell the buyer
// before sending.
import type { Category, Handler } from './taxonomy.js';
import { isAtLeast, type Money } from './money.js';

// The default served regions live in regions.ts: clients take them from the backend's config.
export { DEFAULT_SERVED_REGIONS, EU_EEA_COUNTRIES } from './regions.js';

export interface RoutingInput {
  category: Category;
  /** The buyer's country (ISO 3166-1 alpha-2). */
  buyerCountry: string;
  /** Countries the seller serves directly. */
  servedRegions: readonly string[];
  /** For order questions: the order's total. */
  orderTotal?: Money | undefined;
  /** High-value thresholds, one per currency. */
  highValueThresholds?: readonly Money[] | undefined;
  /** For order questions: refunds on the order are funded by the seller. */
  sellerFunded?: boolean | undefined;
}

export type RoutingReason =
  /** The seller serves the buyer's region and handles this category. */
  | 'seller_region'
  /** The seller does not serve the buyer's region directly. */
  | 'unserved_region'
  /** After-sales issues go to platform customer service by default. */
  | 'after_sale'
  /** After-sales refund on an order the seller funds. */
  | 'seller_funded'
  /** After-sales refund on a high-value order. */
  | 'high_value';

export interface Routing {
  handler: Handler;
  reason: RoutingReason;
}

/** An order total at or above the threshold for its currency is high-value. */
export function isHighValue(total: Money, thresholds: readonly Money[]): boolean {
  const threshold = thresholds.find((candidate) => candidate.currency === total.currency);
  return threshold ? isAtLeast(total, threshold) === true : false;
}

export function routeQuestion(input: RoutingInput): Routing {
  if (!input.servedRegions.includes(input.buyerCountry.toUpperCase())) {
    return { handler: 'platform', reason: 'unserved_region' };
  }
  if (input.category !== 'after_sale') return { handler: 'seller', reason: 'seller_region' };
  if (input.sellerFunded) return { handler: 'seller', reason: 'seller_funded' };
  if (input.orderTotal && isHighValue(input.orderTotal, input.highValueThresholds ?? [])) {
    return { handler: 'seller', reason: 'high_value' };
  }
  return { handler: 'platform', reason: 'after_sale' };
}
