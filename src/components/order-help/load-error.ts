// What <order-help> says when the order cannot be shown, and whether trying again may help.
import { ConfigurationError, NotFoundError } from '../../api/errors.js';
import { msg } from '../../i18n/localize.js';
import { errorText, isAuthProblem } from '../shared/error-text.js';

export function describeLoadError(
  error: unknown,
  configured: boolean,
): { text: string; retry: boolean } {
  if (!configured) {
    return {
      text: msg('This widget is not connected to a backend yet.', { id: 'ask.unconfigured' }),
      retry: false,
    };
  }
  if (error instanceof ConfigurationError) {
    return {
      text: msg('This widget is not set up for an order.', { id: 'order.misconfigured' }),
      retry: false,
    };
  }
  if (isAuthProblem(error)) {
    // 403: the order is someone else's; the shared text says to sign in with the right account.
    const text =
      error.status === 401
        ? msg('Sign in to get help with this order.', { id: 'order.sign_in' })
        : errorText(error);
    return { text, retry: false };
  }
  if (error instanceof NotFoundError) {
    return {
      text: msg('This order could not be found. Check the order number in your account.', {
        id: 'order.not_found',
      }),
      retry: false,
    };
  }
  return { text: errorText(error), retry: true };
}
