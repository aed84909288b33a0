// What to tell a person about an error, in their language, by the client's error kind.
import { isApiError, type ConflictError, type RateLimitError } from '../../api/errors.js';
import { msg, str } from '../../i18n/localize.js';

export { isAuthProblem } from './base-element.js';

export function errorText(error: unknown): string {
  switch (isApiError(error) && error.kind) {
    case 'network':
      return msg('Could not reach the server. Check your connection and try again.', {
        id: 'error.network',
      });
    case 'timeout':
      return msg('The server took too long to answer. Try again.', { id: 'error.timeout' });
    case 'forbidden':
      return msg(
        'You do not have access to this. Sign in with the account that placed the order.',
        { id: 'error.forbidden' },
      );
    case 'auth':
      return msg('Please sign in to continue.', { id: 'error.auth' });
    case 'not_found':
      return msg('This could not be found. It may have been removed.', { id: 'error.not_found' });
    case 'rate_limit': {
      const seconds = Math.max(1, Math.ceil((error as RateLimitError).retryAfterMs / 1000));
      return msg(str`Too many requests. Try again in ${seconds} s.`, { id: 'error.rate_limit' });
    }
    case 'conflict':
      return (error as ConflictError).code === 'version_conflict'
        ? msg(
            'This conversation changed in the meantime. It has been reloaded; check it and try again.',
            { id: 'error.version_conflict' },
          )
        : msg('This is no longer possible in the conversation’s current state.', {
            id: 'error.invalid_state',
          });
    case 'validation':
      return msg('Some of the information was not accepted. Check the highlighted fields.', {
        id: 'error.validation',
      });
    case 'server':
      return msg('Something went wrong on our side. Try again in a moment.', {
        id: 'error.server',
      });
    case 'bad_response':
      return msg('The server sent an unexpected answer. Try again later.', {
        id: 'error.bad_response',
      });
    default:
      return msg('Something went wrong. Try again.', { id: 'error.unknown' });
  }
}

/** Retrying the same action may work. */
export function isRetryable(error: unknown): boolean {
  return isApiError(error) && error.retryable;
}
