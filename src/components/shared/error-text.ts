// What to tell a person about an error, in their language, by the client's error kind.
import {
  AuthError,
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  isApiError,
} from '../../api/errors.js';
import { msg, str } from '../../i18n/localize.js';

export { isAuthProblem } from './base-element.js';

export function errorText(error: unknown): string {
  if (error instanceof NetworkError) {
    return msg('Could not reach the server. Check your connection and try again.', {
      id: 'error.network',
    });
  }
  if (error instanceof TimeoutError) {
    return msg('The server took too long to answer. Try again.', { id: 'error.timeout' });
  }
  if (error instanceof ForbiddenError) {
    return msg('You do not have access to this. Sign in with the account that placed the order.', {
      id: 'error.forbidden',
    });
  }
  if (error instanceof AuthError) {
    return msg('Please sign in to continue.', { id: 'error.auth' });
  }
  if (error instanceof NotFoundError) {
    return msg('This could not be found. It may have been removed.', { id: 'error.not_found' });
  }
  if (error instanceof RateLimitError) {
    const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
    return msg(str`Too many requests. Try again in ${seconds} s.`, { id: 'error.rate_limit' });
  }
  if (error instanceof ConflictError) {
    return error.code === 'version_conflict'
      ? msg(
          'This conversation changed in the meantime. It has been reloaded; check it and try again.',
          {
            id: 'error.version_conflict',
          },
        )
      : msg('This is no longer possible in the conversation’s current state.', {
          id: 'error.invalid_state',
        });
  }
  if (error instanceof ValidationError) {
    return msg('Some of the information was not accepted. Check the highlighted fields.', {
      id: 'error.validation',
    });
  }
  if (error instanceof ServerError) {
    return msg('Something went wrong on our side. Try again in a moment.', { id: 'error.server' });
  }
  if (isApiError(error) && error.kind === 'bad_response') {
    return msg('The server sent an unexpected answer. Try again later.', {
      id: 'error.bad_response',
    });
  }
  return msg('Something went wrong. Try again.', { id: 'error.unknown' });
}

/** Retrying the same action may work. */
export function isRetryable(error: unknown): boolean {
  return isApiError(error) && error.retryable;
}
