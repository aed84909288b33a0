// "Request customer-service assistance": a dialog asking for the reason (required, at most
// MAX_ESCALATION_REASON_LENGTH characters, checked with the same rule as the backend), then
// hands the question to platform customer service.
import type { IdempotencyKeys } from '../../api/client.js';
import { MAX_ESCALATION_REASON_LENGTH, textLength } from '../../domain/validation.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { ReasonDialog } from './reason-dialog.js';

/**
 * @summary Internal: the escalation button and its dialog.
 * @csspart escalate-button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 */
export class SqInboxEscalate extends ReasonDialog {
  protected override texts() {
    const length = formatNumber(textLength(this.reason));
    const limit = formatNumber(MAX_ESCALATION_REASON_LENGTH);
    return {
      part: 'escalate-button',
      label: msg('Request customer-service assistance', { id: 'inbox.escalate.button' }),
      text: msg(
        'Customer service takes over this question and answers the buyer. Tell them what you need help with.',
        { id: 'inbox.escalate.text' },
      ),
      reasonLabel: msg('Reason', { id: 'inbox.escalate.reason' }),
      rows: 4,
      send: msg('Send request', { id: 'inbox.escalate.send' }),
      counter: msg(str`${length} / ${limit}`, { id: 'inbox.escalate.counter' }),
    };
  }

  protected override requiredText() {
    return msg('Explain why you need customer service’s help.', { id: 'inbox.escalate.required' });
  }

  protected override action(reason: string, keys: IdempotencyKeys) {
    return { kind: 'escalate' as const, reason, idempotencyKey: keys.for(reason) };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sq-inbox-escalate': SqInboxEscalate;
  }
}
