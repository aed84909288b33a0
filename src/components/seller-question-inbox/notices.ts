// What the conversation tells the seller after an action: what was done, or, when the backend
// refused it with 409, what changed meanwhile (the question was reloaded) and what to do next.
// Nothing the seller typed is dropped; only the explanation depends on what changed.
import type { QuestionDetail } from '../../api/types.js';
import { sellerActions } from '../../domain/question-state.js';
import { formatMoney } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import type { InboxAction } from './actions.js';

/** What was done, once the backend accepted the action. */
export function successText(action: InboxAction, question: QuestionDetail): string {
  const buyer = question.buyer.name;
  if (action.kind === 'reply') {
    return action.resolve
      ? msg(str`Reply sent to ${isolate(buyer)}; the question is resolved.`, {
          id: 'inbox.sent_resolved',
        })
      : msg(str`Reply sent to ${isolate(buyer)}.`, { id: 'inbox.sent' });
  }
  if (action.kind === 'refund') {
    const refund = question.refunds.at(-1);
    const amount = refund ? formatMoney(refund.amount) : '';
    return msg(str`Refunded ${amount}; the question is resolved.`, { id: 'inbox.refunded' });
  }
  if (action.kind === 'hand_back') {
    return msg('Handed back to the seller.', { id: 'inbox.handed_back' });
  }
  if (action.kind === 'close') return msg('The question is closed.', { id: 'inbox.closed' });
  if (action.kind === 'no_response_needed') {
    return msg(str`Marked: ${isolate(buyer)}’s message needs no response.`, {
      id: 'inbox.no_response_needed',
    });
  }
  return msg('Customer service was asked to help and takes over this question.', {
    id: 'inbox.escalated',
  });
}

export type ConflictReason =
  'buyer_message' | 'taken_over' | 'escalated' | 'refunded' | 'resolved' | 'closed' | 'changed';

/** What changed meanwhile, for the notice; `kind` is what the seller tried to do. */
export function conflictReason(
  before: QuestionDetail,
  after: QuestionDetail,
  kind: InboxAction['kind'],
): ConflictReason {
  // A refund that lost to another (another window, another seller): that one is what happened.
  if (kind === 'refund' && after.refunds.length > before.refunds.length) return 'refunded';
  if (after.status === 'closed') return 'closed';
  const known = new Set(before.messages.map((message) => message.id));
  const added = after.messages.filter((message) => !known.has(message.id));
  if (after.handler === 'platform' || after.status === 'awaiting_platform') {
    return added.some((message) => message.event?.type === 'escalated')
      ? 'escalated'
      : 'taken_over';
  }
  if (after.status === 'resolved') return 'resolved';
  if (added.some((message) => message.author === 'buyer')) return 'buyer_message';
  return 'changed';
}

/** The notice shown after a conflict; `kept` when the seller's unsent input is still there. */
export function conflictText(
  reason: ConflictReason,
  after: QuestionDetail,
  before: QuestionDetail,
): string {
  const buyer = after.buyer.name;
  const canStillAnswer = sellerActions(after).length > 0;
  switch (reason) {
    case 'refunded': {
      const made = after.refunds.slice(before.refunds.length);
      const amount = formatMoney({
        amountMinor: made.reduce((sum, refund) => sum + refund.amount.amountMinor, 0),
        currency: made[0]!.amount.currency,
      });
      return msg(
        str`A refund of ${amount} was made meanwhile (perhaps from another window), so nothing more was refunded. The question has been reloaded.`,
        { id: 'inbox.conflict.refunded' },
      );
    }
    case 'buyer_message':
      return msg(
        str`${buyer} added a message while you were working on this question. Nothing was sent: read the new message, then check your reply and send it again.`,
        { id: 'inbox.conflict.buyer_message' },
      );
    case 'taken_over':
      return msg(
        'Customer service took over this question meanwhile, so nothing was sent. Your unsent reply is kept below.',
        { id: 'inbox.conflict.taken_over' },
      );
    case 'escalated':
      return msg(
        'Customer service was asked to help with this question meanwhile (perhaps from another window), so nothing was sent. Your unsent reply is kept below.',
        { id: 'inbox.conflict.escalated' },
      );
    case 'resolved':
      return msg(
        'This question was resolved meanwhile, so nothing was sent. The buyer can reopen it with a new message. Your unsent reply is kept below.',
        { id: 'inbox.conflict.resolved' },
      );
    case 'closed':
      return msg(
        'This question was closed meanwhile and cannot be answered any more, so nothing was sent. Your unsent reply is kept below.',
        { id: 'inbox.conflict.closed' },
      );
    case 'changed':
      return canStillAnswer
        ? msg(
            'This question changed meanwhile, so nothing was sent. It has been reloaded: check it and try again.',
            { id: 'inbox.conflict.changed' },
          )
        : msg(
            'This is no longer possible in the question’s current state, so nothing was sent. It has been reloaded.',
            { id: 'inbox.conflict.invalid_state' },
          );
  }
}
