// Numbers and hours in the SDK's active locale, and the formatter cache every Intl helper shares.
// Separate from format.ts so an entry that only counts characters and hours does not carry the
// date, list and name formatting.
import { intlTag } from './languages.js';
import { getLocale as activeLocale, msg, str } from './localize.js';

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

// The whole numbers a first view shows (a character limit, the hours of the reply time, a count)
// are written here as Intl writes them in the shipped languages, without an Intl.NumberFormat: a
// page's first number formatter takes 10–40 ms of the main thread on the 2-core test machine, in
// the first view's render (docs/performance.md, "`<ask-seller>`'s form without an Intl number
// formatter"). From CLDR, as the browser has it: the group separator, and whether a
// 4-digit number is grouped (Spanish, Italian, Polish and Portuguese group from 5 digits: "1000",
// "10 000"). test/i18n/format-number.test.ts checks every entry against the browser's
// Intl.NumberFormat; other numbers and locales go to Intl.
const GROUPING: Readonly<Record<string, string>> = {
  en: ',',
  de: '.',
  fr: '\u202f',
  es: '.5',
  it: '.5',
  nl: '.',
  pl: '\u00a05',
  'pt-PT': '\u00a05',
  sv: '\u00a0',
  ar: ',',
};

export function formatNumber(value: number, locale: string = getLocale()): string {
  const grouping = Object.hasOwn(GROUPING, locale) ? GROUPING[locale] : undefined;
  // Whole numbers from 0 (not -0, which Intl writes "-0") to 999,999.
  if (grouping && Number.isInteger(value) && 1 / value > 0 && value < 1e6) {
    const digits = String(value);
    return digits.length < (grouping[1] ? 5 : 4)
      ? digits
      : digits.slice(0, -3) + grouping.charAt(0) + digits.slice(-3);
  }
  return cached(`num|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** The CLDR plural category of `count` in the active locale (Polish and Arabic have several). */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  const locale = getLocale();
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** "48 hours", "48 Stunden", "48 godzin": for the response-time promise. */
export function formatHours(count: number): string {
  const n = formatNumber(count);
  switch (pluralCategory(count)) {
    case 'zero':
      return msg(str`${n} hours`, { id: 'plural.hours.zero' });
    case 'one':
      return msg(str`${n} hour`, { id: 'plural.hours.one' });
    case 'two':
      return msg(str`${n} hours`, { id: 'plural.hours.two' });
    case 'few':
      return msg(str`${n} hours`, { id: 'plural.hours.few' });
    case 'many':
      return msg(str`${n} hours`, { id: 'plural.hours.many' });
    default:
      return msg(str`${n} hours`, { id: 'plural.hours.other' });
  }
}
