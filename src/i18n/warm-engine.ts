// Running Intl's warm-up steps (engine-steps.ts, warm-up.ts) in tasks of their own, for code that
// waits for them: the inbox's rows, and the head start (head-start.ts, and so the CDN's
// seller-questions-start.js, which imports nothing) while the elements' code is on its way.
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
    await nextTask();
    try {
      step(locale);
    } catch {
      // Without this Intl feature, or a locale it refuses: the formatters fall back on their own.
    }
  }
}
