// The whole numbers a first view shows are written without an Intl.NumberFormat in the shipped
// languages (src/i18n/format-number.ts): a page's first number formatter is slow. They must say
// exactly what the browser's Intl.NumberFormat says. The hours ("48 hours") are plural messages
// of the active language, with the number written the same way.
import { expect } from '@open-wc/testing';
import { formatHours, formatNumber } from '../../src/i18n/format-number.js';
import { intlTag, SUPPORTED_LOCALES } from '../../src/i18n/languages.js';
import { setLocale } from '../../src/index.js';

/** 0–2,100 one by one, then up to the table's end in uneven steps, and its edges. */
const WHOLE = [
  ...Array.from({ length: 2101 }, (_, index) => index),
  ...Array.from({ length: 400 }, (_, index) => 2101 + index * 2497),
  9_999,
  10_000,
  99_999,
  100_000,
  999_999,
];
/** Numbers the table is not written for: Intl formats them. */
const OTHERS = [1_000_000, 1_234_567, -1, -1234, 0.5, 2.25, -0, NaN, Infinity, -Infinity];

describe('formatNumber without Intl', () => {
  for (const language of SUPPORTED_LOCALES) {
    const locale = intlTag(language);
    it(`says what Intl.NumberFormat says in ${locale}`, () => {
      const intl = new Intl.NumberFormat(locale);
      const wrong: string[] = [];
      for (const value of [...WHOLE, ...OTHERS]) {
        const ours = formatNumber(value, locale);
        if (ours !== intl.format(value)) wrong.push(`${value}: ${ours} ≠ ${intl.format(value)}`);
      }
      expect(wrong).to.deep.equal([]);
    });
  }

  it('writes "-0" and fractions as Intl does, not as whole numbers', () => {
    expect(formatNumber(-0, 'en')).to.equal('-0');
    expect(formatNumber(1234.5, 'de')).to.equal('1.234,5');
  });

  it('formats through Intl in a locale the table does not have, with its own digits', () => {
    expect(formatNumber(1234, 'ja')).to.equal(new Intl.NumberFormat('ja').format(1234));
    expect(formatNumber(1234, 'hi-IN-u-nu-deva')).to.equal('१,२३४');
    expect(formatNumber(48, 'ar-EG')).to.equal(new Intl.NumberFormat('ar-EG').format(48));
    // Not a locale: a name on Object.prototype is not an entry of the table.
    expect(() => formatNumber(12, 'constructor')).to.throw(RangeError);
  });
});

describe('formatHours', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('uses the plural form of the active language, with the number as Intl writes it', async () => {
    const cases: [string, number, string][] = [
      ['en', 1, '1 hour'],
      ['en', 48, '48 hours'],
      ['en', 1000, '1,000 hours'],
      ['de', 1, '1 Stunde'],
      ['de', 1500, '1.500 Stunden'],
      ['pl', 1, '1 godzina'],
      ['pl', 3, '3 godziny'],
      ['pl', 48, '48 godzin'],
      ['pl', 1500, '1500 godzin'],
      ['pt', 0, '0 horas'],
      ['fr', 48, '48\u00a0heures'],
      ['ar', 2, '2 ساعتان'],
      ['ar', 48, '48 ساعةً'],
    ];
    const wrong: string[] = [];
    for (const [locale, hours, expected] of cases) {
      await setLocale(locale);
      if (formatHours(hours) !== expected) wrong.push(`${locale} ${hours}: ${formatHours(hours)}`);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('asks Intl for no number formatter for the hours of the reply time', async () => {
    await setLocale('de');
    const real = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      made++;
      return new real(...args);
    } as unknown as typeof Intl.NumberFormat;
    try {
      expect(formatHours(48)).to.equal('48 Stunden');
      expect(formatNumber(2000)).to.equal('2.000');
    } finally {
      Intl.NumberFormat = real;
    }
    expect(made).to.equal(0);
  });
});
