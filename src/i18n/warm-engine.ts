// The engine's part of warming up Intl (see warm-up.ts): the steps that load the locale data every
// formatter shares, without this SDK's own formatters. The head start (head-start.ts, and so the
// CDN's seller-questions-start.js, which imports nothing) runs them while the elements' code is
// on its way; the formatters made after them take well under a millisecond.
import { nextTask } from '../controllers/next-task.js';

/** Intl's slow first steps, each in a task of its own (measured in warm-up.ts's comment). */
export const ENGINE_STEPS: readonly ((locale: string) => unknown)[] = [
  (locale) => new Intl.Locale(locale).maximize(),
  (locale) => new Intl.PluralRules(locale).select(1),
  (locale) => Intl.NumberFormat.supportedLocalesOf(locale),
  (locale) => new Intl.NumberFormat(locale).format(1),
  (locale) => Intl.DisplayNames.supportedLocalesOf(locale),
];

/**
 * Runs `steps` for `locale`, each in a new task (none a long task). Never rejects: a step the
 * browser cannot do (an older browser, a locale it refuses) is skipped and the rest still run.
 */
export async function runSteps(
  steps: readonly ((locale: string) => unknown)[],
  locale: string,
): Promise<void> {
  for (const step of steps) {
    await nextTask();
    try {
      step(locale);
    } catch {
      // Without this Intl feature, or a locale it refuses: the formatters fall back on their own.
    }
  }
}
