// Dates, times, durations, money, numbers and language names through Intl, in the SDK's
// active locale. Formatters are cached per locale and options.
import { durationParts } from '../domain/response-clock.js';
import type { Money } from '../domain/money.js';
import { cached, getLocale } from './format-number.js';

export { formatHours, formatNumber } from './format-number.js';

function dateTimeFormat(options: Intl.DateTimeFormatOptions, locale: string = getLocale()) {
  return cached(
    `dt|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

/** "27 Nov 2026, 14:05" in the reader's locale and time zone. */
export function formatDateTime(iso: string | number | Date, locale: string = getLocale()): string {
  return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }, locale).format(new Date(iso));
}

export function formatDate(iso: string | number | Date, locale: string = getLocale()): string {
  return dateTimeFormat({ dateStyle: 'medium' }, locale).format(new Date(iso));
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 5 hours", "2 days ago", "now". */
export function formatRelative(
  iso: string | number | Date,
  now: number,
  locale: string = getLocale(),
): string {
  const diff = new Date(iso).getTime() - now;
  const format = cached(
    `rt|${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' }),
  );
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= size) return format.format(Math.trunc(diff / size), unit);
  }
  return format.format(0, 'minute');
}

/**
 * A countdown's magnitude in its two largest units: "1 d 4 h", "3 h 12 min", "45 min".
 * The sign (late or not) is for the caller to word.
 */
export function formatDuration(ms: number, locale: string = getLocale()): string {
  const { days, hours, minutes } = durationParts(ms);
  const unit = (value: number, name: string) =>
    cached(
      `unit|${locale}|${name}`,
      () => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'narrow' }),
    ).format(value);
  const parts =
    days > 0
      ? [unit(days, 'day'), unit(hours, 'hour')]
      : hours > 0
        ? [unit(hours, 'hour'), unit(minutes, 'minute')]
        : [unit(minutes, 'minute')];
  return formatList(parts, 'unit', locale);
}

/** Money in its currency: amounts are in minor units. */
export function formatMoney(money: Money, locale: string = getLocale()): string {
  const format = cached(
    `money|${locale}|${money.currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }),
  );
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amountMinor / 10 ** digits);
}

export function formatPercent(value: number, locale: string = getLocale()): string {
  return cached(
    `pct|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  ).format(value);
}

export function formatList(
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
  locale: string = getLocale(),
): string {
  return cached(
    `list|${locale}|${type}`,
    () => new Intl.ListFormat(locale, { type, style: type === 'unit' ? 'narrow' : 'long' }),
  ).format(items);
}

/** A code's name in the reader's language, or the code when Intl has none. */
function displayName(type: 'language' | 'region', code: string, locale: string): string {
  try {
    return (
      cached(`${type}|${locale}`, () => new Intl.DisplayNames(locale, { type })).of(code) ?? code
    );
  } catch {
    return code;
  }
}

/** A language's name in the reader's language: "German", "Deutsch", "allemand". */
export function languageName(code: string, locale: string = getLocale()): string {
  return displayName('language', code, locale);
}

/** A country's name in the reader's language: "Germany", "Deutschland", "Allemagne". */
export function countryName(code: string, locale: string = getLocale()): string {
  return displayName('region', code, locale);
}

/** Whether two language tags share a language (`de` and `de-AT` do). */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase().split(/[-_]/)[0] === b.toLowerCase().split(/[-_]/)[0];
}
