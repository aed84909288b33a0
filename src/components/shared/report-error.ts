// Reporting a failure to the page: `sq-error` for every failure an element shows,
// `sq-auth-required` on 401/403, and the console for a page that set the element up wrong. Apart
// from the texts (./error-text.ts), so that an element that shows no error text (the count)
// does not load them.
import { AuthError, ConfigurationError, ForbiddenError } from '../../api/errors.js';
import { SqAuthRequiredEvent, SqErrorEvent, type SqErrorAction } from '../events.js';

/** Whether the error means the user must sign in (401) or lacks access (403). */
export function isAuthProblem(error: unknown): error is AuthError {
  return error instanceof AuthError || error instanceof ForbiddenError;
}

/**
 * Tells those who can act on a failure, once per failure (not at every render): the host page
 * (`sq-error` with what was being done; `sq-auth-required` on 401/403, to sign the user in), and
 * the page's developer in the console when the element is set up wrong (a `ConfigurationError`).
 */
export function reportError(host: HTMLElement, error: unknown, action: SqErrorAction): void {
  host.dispatchEvent(new SqErrorEvent({ error, action }));
  if (isAuthProblem(error)) {
    host.dispatchEvent(new SqAuthRequiredEvent({ status: error.status ?? 401 }));
  } else if (error instanceof ConfigurationError) {
    console.error(error.message);
  }
}
