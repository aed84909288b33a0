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

export function formatNumber(value: number, locale: string = getLocale()): string {
  return cached(`num|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** "48 hours", "48 Stunden", "48 godzin": plural forms come from Intl. */
export function formatHours(hours: number, locale: string = getLocale()): string {
  return cached(
    `hours|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
  ).format(hours);
}
