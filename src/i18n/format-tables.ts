// Prices and medium dates written as Intl writes them in the shipped languages, without Intl: a
// page's first Intl formatter (any kind but plural rules) loads 15–30 ms of locale data in one
// piece on the 2-core test machine, and <order-help>'s first view (the order's date, total and
// prices) does not wait for it (docs/performance.md, "<order-help>'s first view without Intl").
// Loaded on demand with that first view, in the issue picker's chunk (order-help.ts hands it to
// format.ts's useFormatTables(); the head start preloads that chunk), so that the other elements'
// first loads do not carry it. From CLDR, as the browser has it, per locale: where a price puts its
// currency ("¤"; empty: "#\u00a0¤"); the currencies whose symbol is not their code (the euro's is
// "€" in all ten); the medium date's pattern; and, when it names the month, the months'
// abbreviations. test/i18n/format.test.ts checks every entry against the browser's Intl; other
// locales and currencies go to it.
import type { Money } from '../domain/money.js';
import { formatNumber } from './format-number.js';

const TABLES: Readonly<Record<string, string>> = {
  en: '¤#|USD$ GBP£|MMM d, y|Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
  de: '|USD$ GBP£|dd.MM.y',
  fr: '|USD$US GBP£GB|d MMM y|janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
  es: '|USDUS$|d MMM y|ene feb mar abr may jun jul ago sept oct nov dic',
  it: '|GBP£|d MMM y|gen feb mar apr mag giu lug ago set ott nov dic',
  nl: '¤\u00a0#|USDUS$ GBP£|d MMM y|jan feb mrt apr mei jun jul aug sep okt nov dec',
  pl: '|PLNzł|d MMM y|sty lut mar kwi maj cze lip sie wrz paź lis gru',
  'pt-PT': '|USDUS$ GBP£|dd/MM/y',
  sv: '|USDUS$ SEKkr|d MMM y|jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.',
  ar: '\u200f#\u00a0¤|USDUS$ GBPUK£|dd\u200f/MM\u200f/y',
};

const table = (locale: string) =>
  Object.hasOwn(TABLES, locale) ? TABLES[locale]?.split('|') : undefined;

/** The medium date ("Nov 27, 2026", "27.11.2026") in the reader's time zone; undefined: ask Intl. */
export function dateWithoutIntl(date: Date, locale: string): string | undefined {
  const [, , pattern, months] = table(locale) ?? [];
  const year = date.getFullYear();
  if (!pattern || !(year > 999 && year < 1e4)) return undefined;
  const day = date.getDate();
  const month = date.getMonth();
  return pattern.replace(/d+|M+|y/g, (field) =>
    field === 'y'
      ? String(year)
      : field === 'MMM'
        ? months!.split(' ')[month]!
        : String(field[0] === 'd' ? day : month + 1).padStart(field.length, '0'),
  );
}

/**
 * A price ("€1,234.50", "1 234,50 $US") with the locale's decimal sign (format.ts's table);
 * undefined: ask Intl. Whole cents, not negative (nor -0), under a million, in a currency of two
 * decimals it knows.
 */
export function moneyWithoutIntl(
  money: Money,
  locale: string,
  decimal: string,
): string | undefined {
  const { amountMinor: minor, currency } = money;
  const [pattern, symbols] = table(locale) ?? [];
  if (
    symbols === undefined ||
    !/^(EUR|USD|GBP|CHF|SEK|PLN)$/.test(currency) ||
    !Number.isInteger(minor) ||
    !(1 / minor > 0 && minor < 1e8)
  ) {
    return undefined;
  }
  const symbol =
    symbols
      .split(' ')
      .find((entry) => entry.startsWith(currency))
      ?.slice(3) ?? (currency === 'EUR' ? '€' : currency);
  const amount = `${formatNumber(Math.floor(minor / 100), locale)}${decimal}${String(minor % 100).padStart(2, '0')}`;
  // A symbol of letters before the number is set apart from it: "CHF 1.50", "€1.50".
  return (pattern || '#\u00a0¤')
    .replace('¤#', /[A-Z]$/.test(symbol) ? '¤\u00a0#' : '¤#')
    .replace('¤', () => symbol)
    .replace('#', amount);
}
