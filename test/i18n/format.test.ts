// The countdowns and percentages of the inbox's first view, and the prices and dates of
// <order-help>'s, are written without Intl in the shipped languages (src/i18n/format.ts): a page's
// first Intl formatter is slow. They must say exactly what the browser's Intl says: its narrow
// units joined as its unit list joins them, its percentages with at most one decimal, its prices
// in their currencies and its medium dates.
import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDuration,
  formatMoney,
  formatPercent,
  useFormatTables,
} from '../../src/i18n/format.js';
import { intlTag, SUPPORTED_LOCALES } from '../../src/i18n/languages.js';

/** The tables that write prices and dates without Intl, loaded as <order-help> loads them. */
const loadFormatTables = () => import('../../src/i18n/format-tables.js').then(useFormatTables);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What Intl says for a countdown of `ms`: its two largest units, as formatDuration picks them. */
function intlDuration(ms: number, locale: string): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const unit = (value: number, name: string) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'narrow' }).format(
      value,
    );
  const parts =
    days > 0
      ? [unit(days, 'day'), unit(hours, 'hour')]
      : hours > 0
        ? [unit(hours, 'hour'), unit(minutes, 'minute')]
        : [unit(minutes, 'minute')];
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(parts);
}

/** Every minute of the first two days, then days up to 1,500 (one, two, few, many and grouping). */
const DURATIONS = [
  ...Array.from({ length: 2 * 24 * 60 }, (_, index) => index * MINUTE),
  ...Array.from(
    { length: 1500 },
    (_, index) => (index + 1) * DAY + (index % 24) * HOUR + 7 * MINUTE,
  ),
  12_345 * DAY,
];

describe('formatDuration without Intl', () => {
  for (const language of SUPPORTED_LOCALES) {
    const locale = intlTag(language);
    it(`says what Intl's narrow units say in ${locale}`, () => {
      const wrong: string[] = [];
      for (const ms of DURATIONS) {
        const ours = formatDuration(ms, locale);
        const intl = intlDuration(ms, locale);
        if (ours !== intl) wrong.push(`${ms}: ${ours} ≠ ${intl}`);
      }
      expect(wrong.slice(0, 5)).to.deep.equal([]);
    });
  }

  it('formats through Intl in a locale the table does not have', () => {
    expect(formatDuration(DAY + 4 * HOUR, 'ja')).to.equal(intlDuration(DAY + 4 * HOUR, 'ja'));
    expect(formatDuration(3 * HOUR, 'pt-BR')).to.equal(intlDuration(3 * HOUR, 'pt-BR'));
    // Not a locale: a name on Object.prototype is not an entry of the table.
    expect(() => formatDuration(HOUR, 'constructor')).to.throw(RangeError);
  });
});

/** Percentages with at most one decimal, 0–200 %, then larger ones with grouping. */
const TENTHS = [...Array.from({ length: 2001 }, (_, index) => index / 1000), 12.345, 123.4, 9999.9];
/** Values the table is not written for: more decimals, negative, -0, not finite. */
const OTHERS = [0.12345, 0.0005, 0.9995, 1 / 3, -0.05, -0, NaN, Infinity, -Infinity];

describe('formatPercent without Intl', () => {
  for (const language of SUPPORTED_LOCALES) {
    const locale = intlTag(language);
    it(`says what Intl's percentages say in ${locale}`, () => {
      const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
      const wrong: string[] = [];
      for (const value of [...TENTHS, ...OTHERS]) {
        const ours = formatPercent(value, locale);
        if (ours !== intl.format(value)) wrong.push(`${value}: ${ours} ≠ ${intl.format(value)}`);
      }
      expect(wrong.slice(0, 5)).to.deep.equal([]);
    });
  }

  it('writes the standing thresholds as the inbox shows them', () => {
    expect(formatPercent(0.85, 'en')).to.equal('85%');
    expect(formatPercent(0.925, 'de')).to.equal('92,5\u00a0%');
    expect(formatPercent(0.05, 'ar')).to.equal('5\u200e%\u200e');
    expect(formatPercent(0.6, 'ja')).to.equal(
      new Intl.NumberFormat('ja', { style: 'percent' }).format(0.6),
    );
  });
});

/** Every cent to 12.00, then amounts with grouping, up to the table's 999,999.99. */
const CENTS = [
  ...Array.from({ length: 1201 }, (_, index) => index),
  ...Array.from({ length: 300 }, (_, index) => 99_950 + index * 7_919),
  ...[100_000, 999_999, 1_000_000, 12_345_678, 99_999_999],
];
/** What the table is not written for: negative, -0, a million and more, not whole. */
const OTHER_CENTS = [-1, -12_345, -0, 100_000_000, 123_456_789_012, 0.5, NaN];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'PLN', 'JPY', 'DKK', 'BHD'];

/** Counts the Intl formatters of `names` made while `work` runs. */
function intlMadeDuring(names: readonly ('NumberFormat' | 'DateTimeFormat')[], work: () => void) {
  let made = 0;
  const intl = Intl as unknown as Record<string, unknown>;
  const reals = names.map((name) => [name, intl[name]] as const);
  for (const [name, Real] of reals) {
    intl[name] = new Proxy(Real as new (...args: unknown[]) => object, {
      construct(target, args: unknown[]) {
        made++;
        return new target(...args);
      },
    });
  }
  try {
    work();
  } finally {
    for (const [name, Real] of reals) intl[name] = Real;
  }
  return made;
}

describe('prices and dates: the tables on demand', () => {
  it('are written by Intl until the tables are loaded, then without it, alike', async () => {
    const price = { amountMinor: 16_950, currency: 'EUR' };
    const date = new Date(2026, 10, 27, 9, 30);
    let before: string[] = [];
    // A locale no other test formats in before: its formatters are not cached yet.
    const early = intlMadeDuring(['NumberFormat', 'DateTimeFormat'], () => {
      before = [formatMoney(price, 'nl'), formatDate(date, 'nl')];
    });
    expect(early).to.equal(2);
    await loadFormatTables();
    let after: string[] = [];
    const made = intlMadeDuring(['NumberFormat', 'DateTimeFormat'], () => {
      after = ['fr', 'sv', 'ar', 'pt-PT'].flatMap((locale) => [
        formatMoney(price, locale),
        formatDate(date, locale),
      ]);
      after.unshift(formatMoney(price, 'nl'), formatDate(date, 'nl'));
    });
    expect(made).to.equal(0);
    expect(after.slice(0, 2)).to.deep.equal(before);
    expect(before).to.deep.equal(['€\u00a0169,50', '27 nov 2026']);
  });
});

describe('formatMoney without Intl', () => {
  before(() => loadFormatTables());
  for (const language of SUPPORTED_LOCALES) {
    const locale = intlTag(language);
    it(`says what Intl's prices say in ${locale}`, () => {
      const wrong: string[] = [];
      for (const currency of CURRENCIES) {
        const intl = new Intl.NumberFormat(locale, { style: 'currency', currency });
        const digits = intl.resolvedOptions().maximumFractionDigits ?? 2;
        for (const amountMinor of [...CENTS, ...OTHER_CENTS]) {
          const ours = formatMoney({ amountMinor, currency }, locale);
          const theirs = intl.format(amountMinor / 10 ** digits);
          if (ours !== theirs) wrong.push(`${amountMinor} ${currency}: ${ours} ≠ ${theirs}`);
        }
      }
      expect(wrong.slice(0, 5)).to.deep.equal([]);
    });
  }

  it("writes the seeded orders' totals as <order-help> shows them", () => {
    expect(formatMoney({ amountMinor: 12_999, currency: 'EUR' }, 'en')).to.equal('€129.99');
    expect(formatMoney({ amountMinor: 4_500, currency: 'CHF' }, 'en')).to.equal('CHF\u00a045.00');
    expect(formatMoney({ amountMinor: 123_450, currency: 'EUR' }, 'fr')).to.equal(
      '1\u202f234,50\u00a0€',
    );
    expect(formatMoney({ amountMinor: 995, currency: 'PLN' }, 'pl')).to.equal('9,95\u00a0zł');
    expect(formatMoney({ amountMinor: 995, currency: 'USD' }, 'ja')).to.equal(
      new Intl.NumberFormat('ja', { style: 'currency', currency: 'USD' }).format(9.95),
    );
  });
});

describe('formatDate without Intl', () => {
  before(() => loadFormatTables());
  /** Every day of 2026 through 2028 (a leap year), at a minute after midnight and before it. */
  const days = Array.from({ length: 3 * 366 }, (_, index) => new Date(2026, 0, 1 + index));
  const moments = days.flatMap((day) => [
    day.getTime() + 60_000,
    day.getTime() + 24 * 60 * 60_000 - 60_000,
  ]);
  for (const language of SUPPORTED_LOCALES) {
    const locale = intlTag(language);
    it(`says what Intl's medium dates say in ${locale}, in the reader's time zone`, () => {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
      const wrong: string[] = [];
      for (const at of moments) {
        // As the API sends them (ISO 8601 in UTC), as numbers and as dates.
        for (const value of [new Date(at).toISOString(), at, new Date(at)]) {
          const ours = formatDate(value, locale);
          if (ours !== intl.format(at))
            wrong.push(`${String(value)}: ${ours} ≠ ${intl.format(at)}`);
        }
      }
      // Years the table is not written for: before 1000 and after 9999.
      for (const at of [Date.UTC(999, 5, 1), Date.UTC(10_000, 5, 1), Date.UTC(-50, 0, 1)]) {
        if (formatDate(at, locale) !== intl.format(at)) wrong.push(`${at}`);
      }
      expect(wrong.slice(0, 5)).to.deep.equal([]);
    });
  }

  it('refuses a date that is not one, as Intl does, and formats other locales through Intl', () => {
    expect(() => formatDate('not a date', 'en')).to.throw(RangeError);
    expect(formatDate('2026-11-27T10:00:00Z', 'ja')).to.equal(
      new Intl.DateTimeFormat('ja', { dateStyle: 'medium' }).format(
        new Date('2026-11-27T10:00:00Z'),
      ),
    );
    expect(formatDate(new Date(2026, 10, 27), 'en')).to.equal('Nov 27, 2026');
    expect(formatDate(new Date(2026, 10, 7), 'de')).to.equal('07.11.2026');
  });
});
