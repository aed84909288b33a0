// The first Intl formatter a page makes is slow: in Chromium it takes 25–85 ms in one piece
// (measured on a 2-vCPU machine, whichever kind comes first), because the engine loads the
// locale data that every formatter after it shares, and that is a long task for the page.
// Done as the steps below, one task each, the same work is cut into pieces: the locale's
// likely subtags 5–36 ms, the first list of supported locales (the largest) 13–57 ms, the rest
// a few milliseconds each; later formatters take well under a millisecond. That piece of work
// cannot be cut further from JavaScript. The inbox's rows (their countdowns) and <order-help>'s
// summary (its date and prices) are written without Intl (format.ts), and run the steps once they
// are painted, for the names of countries and languages.
import { countryName, formatDuration, formatNumber, languageName } from './format.js';
import { ENGINE_STEPS } from './engine-steps.js';
import { runSteps } from './warm-engine.js';

const STEPS: readonly ((locale: string) => unknown)[] = [
  ...ENGINE_STEPS,
  (locale) => formatNumber(1, locale),
  (locale) => formatDuration(60_000, locale),
  (locale) => formatDuration(3_600_000, locale),
  (locale) => formatDuration(86_400_000, locale),
  (locale) => countryName('DE', locale),
  (locale) => languageName('de', locale),
];

const warming = new Map<string, Promise<void>>();
const warmed = new Set<string>();

/**
 * Makes the formatters a list of questions needs for `locale` (numbers, durations, country and
 * language names) in short tasks of their own, once per page and locale. Resolves when they
 * are made; never rejects (a step the browser cannot do is skipped).
 */
export function warmUpIntl(locale: string): Promise<void> {
  let done = warming.get(locale);
  if (!done) {
    done = runSteps(STEPS, locale).then(() => {
      warmed.add(locale);
    });
    warming.set(locale, done);
  }
  return done;
}

/** Whether warmUpIntl(`locale`) is done: its formatters take no time now. */
export const warmedUp = (locale: string): boolean => warmed.has(locale);
