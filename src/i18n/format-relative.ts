// "In 5 hours", "2 days ago": for the platform queue's oldest questions. A module of its own, out
// of format.ts: the elements' first views use none of it, and format.ts is in their first load.
import { cached, getLocale } from './format-number.js';

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
