// The engine's part of warming up Intl (see warm-up.ts): the steps that load the locale data every
// formatter shares, without this SDK's own formatters; the formatters made after them take well
// under a millisecond. warm-up.ts runs them in the inbox and <order-help> once their first view
// is painted, and the buyer's history (conversations.ts) with timers.

/** Intl's slow first steps, each in a task of its own (measured in warm-up.ts's comment). */
export const ENGINE_STEPS: readonly ((locale: string) => unknown)[] = [
  (locale) => new Intl.Locale(locale).maximize(),
  (locale) => new Intl.PluralRules(locale).select(1),
  (locale) => Intl.NumberFormat.supportedLocalesOf(locale),
  (locale) => new Intl.NumberFormat(locale).format(1),
  (locale) => Intl.DisplayNames.supportedLocalesOf(locale),
];

let started = false;

/**
 * Runs ENGINE_STEPS for `locale` once per page, each in a timer's task of its own, for code that
 * does not wait for them. A step the browser cannot do (an older browser, a locale it refuses) is
 * skipped. (A hidden page holds timers back; it shows nothing meanwhile either.)
 */
export function warmUpEngineSoon(locale: string): void {
  if (started) return;
  started = true;
  for (const step of ENGINE_STEPS) {
    setTimeout(() => {
      try {
        step(locale);
      } catch {
        // Without this Intl feature, or a locale it refuses: the formatters fall back on their own.
      }
    });
  }
}
