import { expect } from '@open-wc/testing';
import {
  DEFAULT_SERVED_REGIONS,
  EU_EEA_COUNTRIES,
  isHighValue,
  routeQuestion,
} from '../../src/domain/routing.js';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const thresholds = [eur(50_000), { amountMinor: 215_000, currency: 'PLN' }];
const base = { servedRegions: DEFAULT_SERVED_REGIONS, highValueThresholds: thresholds };

describe('routing', () => {
  it('serves the EU and EEA directly by default, not the UK, US or Switzerland', () => {
    expect(EU_EEA_COUNTRIES).to.have.length(30);
    for (const country of ['DE', 'FR', 'PL', 'NO', 'IS', 'LI']) {
      expect(DEFAULT_SERVED_REGIONS).to.include(country);
    }
    for (const country of ['GB', 'US', 'CH']) {
      expect(DEFAULT_SERVED_REGIONS).not.to.include(country);
    }
  });

  it('sends pre-sales and order-service questions from served regions to the seller', () => {
    for (const category of ['pre_sale', 'order_service'] as const) {
      expect(routeQuestion({ ...base, category, buyerCountry: 'DE' })).to.deep.equal({
        handler: 'seller',
        reason: 'seller_region',
      });
    }
  });

  it('sends every question from a region the seller does not serve to the platform', () => {
    for (const category of ['pre_sale', 'order_service', 'after_sale'] as const) {
      expect(
        routeQuestion({ ...base, category, buyerCountry: 'US', orderTotal: eur(90_000) }),
      ).to.deep.equal({ handler: 'platform', reason: 'unserved_region' });
    }
  });

  it('accepts lower-case country codes', () => {
    expect(routeQuestion({ ...base, category: 'pre_sale', buyerCountry: 'fr' }).handler).to.equal(
      'seller',
    );
  });

  it('sends after-sales issues to the platform unless seller-funded or high-value', () => {
    const afterSale = { ...base, category: 'after_sale' as const, buyerCountry: 'IT' };
    expect(routeQuestion({ ...afterSale, orderTotal: eur(49_999) })).to.deep.equal({
      handler: 'platform',
      reason: 'after_sale',
    });
    expect(routeQuestion({ ...afterSale, orderTotal: eur(50_000) })).to.deep.equal({
      handler: 'seller',
      reason: 'high_value',
    });
    expect(
      routeQuestion({ ...afterSale, orderTotal: eur(1_000), sellerFunded: true }),
    ).to.deep.equal({ handler: 'seller', reason: 'seller_funded' });
  });

  it('compares the high-value threshold in the order currency only', () => {
    expect(isHighValue({ amountMinor: 215_000, currency: 'PLN' }, thresholds)).to.be.true;
    expect(isHighValue({ amountMinor: 214_999, currency: 'PLN' }, thresholds)).to.be.false;
    // No threshold for SEK: never high-value rather than comparing kronor with euros.
    expect(isHighValue({ amountMinor: 9_999_999, currency: 'SEK' }, thresholds)).to.be.false;
  });
});
