// Numbers and hours through Intl in the SDK's active locale, and the formatter cache every Intl
// helper shares. Separate from format.ts so an entry that only counts characters and hours does
// not carry the date, list and name formatting.
import { intlTag } from './languages.js';
import { getLocale as activeLocale } from './localize.js';

/** The active locale as Intl should format it (`pt` → `pt-PT`). */
export const getLocale = () => intlTag(activeLocale());

const cache = new Map<string, unknown>();

export function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

// The whole numbers the elements show first (a character limit, the hours of the reply time) in
// the languages they ship, without Intl.NumberFormat: a page's first number formatter takes
// 20–40 ms of the main thread on the 2-core test machine, and its first unit formatter ~15 ms
// more, both in the first view's render (docs/performance.md, "The buyer elements' first view
// without Intl's formatters"). What Intl (CLDR) says for these locales, written out for whole
// numbers from 0 to 999,999: the group separator and whether a 4-digit number is grouped
// (Spanish, Italian, Polish and Portuguese group from 5 digits), and the hours' forms by plural
// category (Intl.PluralRules picks it: its data is small, ~0.4 ms). test/i18n/format-number.test.ts
// checks every entry against the browser's Intl.NumberFormat; other numbers and locales go to Intl.

/** Group separator, and the fewest digits a grouped number has (5: "1000", "10 000"). */
const GROUPING: Readonly<Record<string, readonly [separator: string, fromDigits: 4 | 5]>> = {
  en: [',', 4],
  de: ['.', 4],
  fr: ['\u202f', 4],
  es: ['.', 5],
  it: ['.', 5],
  nl: ['.', 4],
  pl: ['\u00a0', 5],
  'pt-PT': ['\u00a0', 5],
  sv: ['\u00a0', 4],
  ar: [',', 4],
};

/** "48 hours" by plural category: `{0}` is the number (Arabic's "one" and "two" have none). */
const HOURS: Readonly<Record<string, Partial<Record<Intl.LDMLPluralRule, string>>>> = {
  en: { one: '{0} hour', other: '{0} hours' },
  de: { one: '{0} Stunde', other: '{0} Stunden' },
  fr: { one: '{0}\u00a0heure', other: '{0}\u00a0heures' },
  es: { one: '{0} hora', other: '{0} horas' },
  it: { one: '{0} ora', other: '{0} ore' },
  nl: { one: '{0} uur', other: '{0} uur' },
  pl: { one: '{0} godzina', few: '{0} godziny', many: '{0} godzin' },
  'pt-PT': { one: '{0} hora', other: '{0} horas' },
  sv: { one: '{0} timme', other: '{0} timmar' },
  ar: {
    zero: '{0} \u0633\u0627\u0639\u0629',
    one: '\u0633\u0627\u0639\u0629',
    two: '\u0633\u0627\u0639\u062a\u0627\u0646',
    few: '{0} \u0633\u0627\u0639\u0627\u062a',
    many: '{0} \u0633\u0627\u0639\u0629',
    other: '{0} \u0633\u0627\u0639\u0629',
  },
};

/** Whether `value` is a whole number the tables above are written for. */
const tabled = (value: number) =>
  Number.isInteger(value) && (value > 0 || Object.is(value, 0)) && value < 1_000_000;

export function formatNumber(value: number, locale: string = getLocale()): string {
  const grouping = GROUPING[locale];
  if (grouping && tabled(value)) {
    const digits = String(value);
    const [separator, fromDigits] = grouping;
    return digits.length < fromDigits
      ? digits
      : `${digits.slice(0, -3)}${separator}${digits.slice(-3)}`;
  }
  return cached(`num|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** "48 hours", "48 Stunden", "48 godzin": plural forms as Intl has them. */
export function formatHours(hours: number, locale: string = getLocale()): string {
  const forms = HOURS[locale];
  if (forms && tabled(hours)) {
    const form =
      forms[cached(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(hours)];
    if (form) return form.replace('{0}', formatNumber(hours, locale));
  }
  return cached(
    `hours|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
  ).format(hours);
}
