// The seller's exports as CSV text in the inbox's locale: the questions of a range, one row each,
// and the metrics of a range, one figure a row. Headers and values in the reader's language
// (the labels the inbox shows), numbers with the locale's decimal separator, times in the
// seller's time zone; the file format itself is i18n/csv.ts.
import type { QuestionExportRow, SellerMetrics } from '../../api/types.js';
import { csvDateTime, csvNumber, csvSeparator, toCsv, type CsvValue } from '../../i18n/csv.js';
import { getLocale } from '../../i18n/format-number.js';
import { languageName } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { categoryLabel, standingLabel, statusLabel, topicLabel } from '../shared/labels.js';

export interface CsvOptions {
  /** An Intl locale; the active one by default. */
  locale?: string;
  /** An IANA time zone; the browser's by default. */
  timeZone?: string;
}

/** The days of a range as a date input holds them: the first and the last, both included. */
export interface ExportDays {
  first: string;
  last: string;
}

function setup(options: CsvOptions) {
  const locale = options.locale ?? getLocale();
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { locale, timeZone, separator: csvSeparator(locale) };
}

/** A column of times says in which time zone they are: "Created (Europe/Berlin)". */
const zoned = (column: string, timeZone: string) =>
  msg(str`${column} (${timeZone})`, { id: 'export.column_zone' });

const yesNo = (value: boolean) =>
  value ? msg('Yes', { id: 'export.yes' }) : msg('No', { id: 'export.no' });

/** The questions, one a row, with a header row. */
export function questionsCsv(rows: readonly QuestionExportRow[], options: CsvOptions = {}): string {
  const { locale, timeZone, separator } = setup(options);
  const time = (iso: string | null) => (iso === null ? '' : csvDateTime(iso, timeZone));
  const header = [
    msg('Question ID', { id: 'export.question_id' }),
    zoned(msg('Created', { id: 'export.created' }), timeZone),
    msg('Category', { id: 'export.category' }),
    msg('Topic', { id: 'export.topic' }),
    msg('Product', { id: 'export.product' }),
    msg('Order', { id: 'export.order' }),
    msg('Buyer', { id: 'export.buyer' }),
    msg('Status', { id: 'export.status' }),
    msg('Language', { id: 'export.language' }),
    msg('Messages', { id: 'export.messages' }),
    zoned(msg('First answer', { id: 'export.first_answer' }), timeZone),
    msg('Answered late', { id: 'export.late' }),
    msg('Rating', { id: 'export.rating' }),
    zoned(msg('Resolved', { id: 'export.resolved' }), timeZone),
    zoned(msg('Last change', { id: 'export.updated' }), timeZone),
  ];
  const lines: CsvValue[][] = rows.map((row) => [
    row.id,
    time(row.createdAt),
    categoryLabel(row.category),
    topicLabel(row.topic),
    row.product?.name ?? '',
    row.order?.number ?? '',
    row.buyerName,
    statusLabel(row.status, 'seller'),
    languageName(row.language, locale),
    csvNumber(row.messageCount, locale),
    time(row.firstAnswerAt),
    yesNo(row.late),
    row.satisfied === null
      ? ''
      : row.satisfied
        ? msg('Satisfied', { id: 'export.satisfied' })
        : msg('Not satisfied', { id: 'export.not_satisfied' }),
    time(row.resolvedAt),
    time(row.updatedAt),
  ]);
  return toCsv([header, ...lines], separator);
}

/** The metrics of a range, one figure a row: what it is and its value. */
export function metricsCsv(
  metrics: SellerMetrics,
  days: ExportDays,
  options: CsvOptions = {},
): string {
  const { locale, timeZone, separator } = setup(options);
  const percent = (value: number | null): CsvValue =>
    value === null
      ? msg('Not enough data', { id: 'inbox.performance.no_data' })
      : csvNumber(value * 100, locale, 1);
  const rows: CsvValue[][] = [
    [msg('Figure', { id: 'export.figure' }), msg('Value', { id: 'export.value' })],
    [msg('From', { id: 'export.from' }), days.first],
    [msg('To', { id: 'export.to' }), days.last],
    [msg('Time zone', { id: 'export.time_zone' }), timeZone],
    [
      msg('Questions that needed an answer', { id: 'export.needed' }),
      csvNumber(metrics.responses.needed, locale),
    ],
    [
      msg('Answered late or not yet', { id: 'export.answered_late' }),
      csvNumber(metrics.responses.late, locale),
    ],
    [msg('Delayed responses (%)', { id: 'export.delayed_rate' }), percent(metrics.delayedRate)],
    [
      msg('Ratings: satisfied', { id: 'export.ratings_satisfied' }),
      csvNumber(metrics.ratings.satisfied, locale),
    ],
    [msg('Ratings: all', { id: 'export.ratings_total' }), csvNumber(metrics.ratings.total, locale)],
    [msg('Customer satisfaction, CSAT (%)', { id: 'export.csat' }), percent(metrics.csat)],
    [msg('Standing', { id: 'inbox.performance.standing' }), standingLabel(metrics.standing)],
  ];
  return toCsv(rows, separator);
}

/** `questions-2026-11-01-2026-11-30.csv`. */
export function exportFileName(what: 'questions' | 'metrics', days: ExportDays): string {
  return `${what}-${days.first}-${days.last}.csv`;
}
