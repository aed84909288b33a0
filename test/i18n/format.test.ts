// The countdowns and percentages of the inbox's first view are written without Intl in the
// shipped languages (src/i18n/format.ts): a page's first Intl formatter is slow. They must say
// exactly what the browser's Intl says: its narrow units joined as its unit list joins them, and
// its percentages with at most one decimal.
import { expect } from '@open-wc/testing';
import { formatDuration, formatPercent } from '../../src/i18n/format.js';
import { intlTag, SUPPORTED_LOCALES } from '../../src/i18n/languages.js';

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
