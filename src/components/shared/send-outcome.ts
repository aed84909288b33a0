// What a failed send of a question, request or message tells its author when its answer may
// have been lost. A form keeps its write's idempotency key until the write is known to be done,
// also when the text or photos change: so an edited send after a lost answer is refused (422
// `idempotency_key_reused`) when the first one arrived, instead of arriving as a second one.
// Loaded with the sending code, not in an element's first load.
import { ApiError, ValidationError } from '../../api/errors.js';
import { msg } from '../../i18n/localize.js';
import { errorText } from './error-text.js';

/** The connection failed or no answer came: the backend may have taken the write all the same. */
export function answerLost(error: unknown): boolean {
  return error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout');
}

/** An earlier send under the same key had arrived: this changed one was not sent. */
export function sentBefore(error: unknown): boolean {
  return error instanceof ValidationError && error.problem?.code === 'idempotency_key_reused';
}

/** The failure's text for the person who sent: `errorText`, or what is known of the send. */
export function sendFailureText(error: unknown): string {
  if (answerLost(error)) {
    return msg(
      'The connection failed before an answer came, so it may have arrived. Sending it again never sends it twice.',
      { id: 'send.unknown' },
    );
  }
  if (sentBefore(error)) {
    return msg(
      'Your earlier send had arrived after all, so this changed version was not sent. Send again to send it too.',
      { id: 'send.sent_before' },
    );
  }
  return errorText(error);
}
