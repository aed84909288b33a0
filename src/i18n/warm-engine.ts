// Running Intl's warm-up steps (engine-steps.ts, warm-up.ts) in tasks of their own, for code that
// waits for them: warm-up.ts, for the names of countries and languages in the inbox's rows and
// <order-help>'s address.
import { nextTask } from '../controllers/next-task.js';

/**
 * Runs `steps` for `locale`, each in a new task (none a long task). Never rejects: a step the
 * browser cannot do (an older browser, a locale it refuses) is skipped and the rest still run.
 */
export async function runSteps(
  steps: readonly ((locale: string) => unknown)[],
  locale: string,
): Promise<void> {
  for (const step of steps) {
    // Nothing on screen waits for a warm-up: each step after the tasks already queued.
    await nextTask('background');
    try {
      step(locale);
    } catch {
      // Without this Intl feature, or a locale it refuses: the formatters fall back on their own.
    }
  }
}
