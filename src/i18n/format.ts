// Dates, times, durations, money, numbers and language names in the SDK's active locale: through
// Intl (formatters cached per locale and options), or, for what first views show in the shipped
// languages, from CLDR tables checked against it (below, format-number.ts, format-tables.ts).
import { durationParts } from '../domain/response-clock.js';
import type { Money } from '../domain/money.js';
import { cached, formatNumber, getLocale } from './format-number.js';
import type * as FormatTables from './format-tables.js';

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

/** Prices and medium dates without Intl in the shipped languages, once loaded (format-tables.ts). */
let tables: typeof FormatTables | undefined;

/**
 * Takes the tables that write prices and medium dates without Intl (format-tables.ts, loaded on
 * demand by <order-help>). Until they are here, and where they have no entry, Intl writes them.
 */
export function useFormatTables(loaded: typeof FormatTables): void {
  tables = loaded;
}

/** "Nov 27, 2026", "27.11.2026": the medium date, in the reader's time zone. */
export function formatDate(iso: string | number | Date, locale: string = getLocale()): string {
  const date = new Date(iso);
  return (
    tables?.dateWithoutIntl(date, locale) ??
    dateTimeFormat({ dateStyle: 'medium' }, locale).format(date)
  );
}

// The countdowns and percentages of the inbox's first view, written here as Intl writes them in
// the shipped languages: a page's first Intl formatter (any kind but plural rules) loads locale
// data for 15–30 ms in one piece on the 2-core test machine, and the first rows wait for none
// (docs/performance.md, "The inbox's first rows without Intl"). From CLDR, as the browser has it:
// the decimal sign; a percentage; a narrow day ("#g/#gg": the form for 1 before "/"), hour and
// minute ("#" is the number); and what joins two of them. test/i18n/format.test.ts checks every
// entry against the browser's Intl; other locales go to Intl.
const NARROW: Readonly<Record<string, string>> = {
  en: '.|#%|#d|#h|#m| ',
  de: ',|#\u00a0%|# T|#h|# Min.|, ',
  fr: ',|#\u00a0%|#j|#h|#min| ',
  es: ',|#\u00a0%|#d|#h|#min| ',
  it: ',|#%|#g/#gg|#h|#min| ',
  nl: ',|#%|# d|# u|# m|, ',
  pl: ',|#%|# d.|# h|# min| i ',
  'pt-PT': ',|#%|# dia/# dias|# h|# min| e ',
  sv: ',|#\u00a0%|#d|#h|#m| ',
  ar: '.|#\u200e%\u200e|# \u064a|# \u0633|# \u062f| \u0648',
};

const narrow = (locale: string) =>
  Object.hasOwn(NARROW, locale) ? NARROW[locale]?.split('|') : undefined;

/** `pattern`'s form for `value` with `text` (the number as written) in place of "#". */
const fill = (pattern: string, value: number, text: string) =>
  pattern.replace(value === 1 ? /\/.*/ : /.*\//, '').replace('#', text);

/**
 * A countdown's magnitude in its two largest units: "1d 4h", "3h 12m", "45m".
 * The sign (late or not) is for the caller to word.
 */
export function formatDuration(ms: number, locale: string = getLocale()): string {
  const { days, hours, minutes } = durationParts(ms);
  const [, , day, hour, minute, join] = narrow(locale) ?? [];
  const unit = (value: number, pattern: string | undefined, name: string) =>
    pattern
      ? fill(pattern, value, formatNumber(value, locale))
      : cached(
          `unit|${locale}|${name}`,
          () => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'narrow' }),
        ).format(value);
  const parts =
    days > 0
      ? [unit(days, day, 'day'), unit(hours, hour, 'hour')]
      : hours > 0
        ? [unit(hours, hour, 'hour'), unit(minutes, minute, 'minute')]
        : [unit(minutes, minute, 'minute')];
  return join === undefined ? formatList(parts, 'unit', locale) : parts.join(join);
}

/** Money in its currency: amounts are in minor units. */
export function formatMoney(money: Money, locale: string = getLocale()): string {
  const decimal = tables && narrow(locale)?.[0];
  const written = decimal && tables?.moneyWithoutIntl(money, locale, decimal);
  if (written) return written;
  const format = cached(
    `money|${locale}|${money.currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }),
  );
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amountMinor / 10 ** digits);
}

export function formatPercent(value: number, locale: string = getLocale()): string {
  const [decimal, percent] = narrow(locale) ?? [];
  const tenths = Math.round(value * 1000);
  // Not negative (nor -0), and at most one decimal: nothing for Intl to round.
  if (percent && 1 / value > 0 && Math.abs(value * 1000 - tenths) < 1e-6) {
    const whole = formatNumber(Math.trunc(tenths / 10), locale);
    return percent.replace('#', tenths % 10 ? `${whole}${decimal}${tenths % 10}` : whole);
  }
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
