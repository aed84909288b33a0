// The whole numbers and hours the elements show first come from tables of what Intl says
// (src/i18n/format-number.ts), so that a first view makes no Intl number formatter. They must say
// exactly what the browser's Intl.NumberFormat says, in every language the product ships.
import { expect } from '@open-wc/testing';
import { formatHours, formatNumber } from '../../src/i18n/format-number.js';
import { intlTag, SUPPORTED_LOCALES } from '../../src/i18n/languages.js';

/** 0–2,100 one by one, then up to the tables' end in uneven steps, and their edges. */
const WHOLE = [
  ...Array.from({ length: 2101 }, (_, index) => index),
  ...Array.from({ length: 400 }, (_, index) => 2101 + index * 2497),
  9_999,
  10_000,
  99_999,
  100_000,
  999_999,
];
/** Numbers the tables are not written for: Intl formats them. */
const OTHERS = [1_000_000, 1_234_567, -1, -1234, 0.5, 2.25, -0, NaN, Infinity];

describe('formatNumber and formatHours without Intl', () => {
  for (const language of SUPPORTED_LOCALES) {
    const locale = intlTag(language);
    it(`say what Intl says in ${locale}`, () => {
      const numbers = new Intl.NumberFormat(locale);
      const hours = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'long',
      });
      const wrong: string[] = [];
      for (const value of [...WHOLE, ...OTHERS]) {
        if (formatNumber(value, locale) !== numbers.format(value)) {
          wrong.push(`${value}: ${formatNumber(value, locale)} ≠ ${numbers.format(value)}`);
        }
        if (formatHours(value, locale) !== hours.format(value)) {
          wrong.push(`${value} h: ${formatHours(value, locale)} ≠ ${hours.format(value)}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });
  }

  it('formats through Intl in a locale the tables do not have', () => {
    expect(formatNumber(1234, 'ja')).to.equal(new Intl.NumberFormat('ja').format(1234));
    expect(formatNumber(1234, 'hi-IN-u-nu-deva')).to.equal('१,२३४');
    expect(formatHours(48, 'ja')).to.equal(
      new Intl.NumberFormat('ja', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(48),
    );
  });

  it('formats the active locale when given none', () => {
    expect(formatNumber(12345)).to.equal('12,345');
    expect(formatHours(1)).to.equal('1 hour');
  });
});
