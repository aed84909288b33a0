// CSV for spreadsheet apps, in the reader's locale: RFC 4180 quoting, CRLF line ends, UTF-8 with
// a byte order mark (without it Excel reads UTF-8 as the system's code page and breaks "ü"), the
// separator the locale's spreadsheets expect, numbers with the locale's decimal separator, and
// cells that a spreadsheet would run as a formula made inert. Pure functions over strings; the
// caller words the headers and values.
import { cached } from './format-number.js';

export type CsvSeparator = ',' | ';';

/**
 * `;` where the locale writes decimals with a comma (de, fr, es, it, nl, pl, pt, sv...): there
 * spreadsheet apps split CSV on `;`, and `,` is the decimal separator. `,` elsewhere.
 */
export function csvSeparator(locale: string): CsvSeparator {
  const decimal = cached(`num|${locale}`, () => new Intl.NumberFormat(locale))
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What a text cell is quoted for: either separator, a quote, CR or LF. */
const QUOTED = /[,;"\r\n]/;

/**
 * One cell: text a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab or CR first)
 * gets a leading `'`, so `=HYPERLINK(…)` in a buyer's name stays text; then quoted (RFC 4180)
 * when it holds a separator (either one: a spreadsheet set to the other list separator would
 * split `Eve;=cmd|…` there and run the rest as a formula), a quote, CR or LF, with quotes
 * doubled. Numbers formatted by csvNumber are passed as `raw` (a negative number is not a
 * formula, and `12,5` in a `;` file stays a number, unquoted).
 */
export function csvCell(value: string, separator: CsvSeparator, raw = false): string {
  const safe = !raw && FORMULA_START.test(value) ? `'${value}` : value;
  return (raw ? safe.includes(separator) : QUOTED.test(safe))
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}

/** A cell's value: text (escaped if it looks like a formula) or a number already formatted. */
export type CsvValue = string | { number: string };

/**
 * The whole file: a byte order mark, then one line per row, cells joined by `separator`, each
 * line ended by CRLF.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], separator: CsvSeparator): string {
  const line = (row: readonly CsvValue[]) =>
    row
      .map((value) =>
        typeof value === 'string'
          ? csvCell(value, separator)
          : csvCell(value.number, separator, true),
      )
      .join(separator);
  return `\uFEFF${rows.map((row) => `${line(row)}\r\n`).join('')}`;
}

/**
 * A number as the locale writes it, without grouping (a spreadsheet may take "1.234" for a
 * decimal), with at most `fractionDigits` decimals: `12,5` in German, `12.5` in English.
 */
export function csvNumber(value: number, locale: string, fractionDigits = 0): { number: string } {
  const format = cached(
    `csvnum|${locale}|${fractionDigits}`,
    () =>
      new Intl.NumberFormat(locale, {
        useGrouping: false,
        maximumFractionDigits: fractionDigits,
        numberingSystem: 'latn',
      }),
  );
  return { number: format.format(value) };
}

/**
 * A moment as `2026-11-30 14:05` in `timeZone`: year first with four digits, 24 hours, Latin
 * digits. A spreadsheet in any locale reads it as one date and time, where a locale's own short
 * date ("03/11/2026") means another day to a spreadsheet set to another locale.
 */
export function csvDateTime(iso: string | number | Date, timeZone?: string): string {
  const format = cached(
    `csvdt|${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        numberingSystem: 'latn',
      }),
  );
  const parts = Object.fromEntries(
    format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

/** A day as `2026-11-30` (what a date input holds), in `timeZone`. */
export function csvDate(iso: string | number | Date, timeZone?: string): string {
  return csvDateTime(iso, timeZone).slice(0, 10);
}
