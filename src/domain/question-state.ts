// The question state machine: who may do what in which state, and where each action leads.
// The mock backend enforces it; the widgets use it to show only the actions that will work.
import type { Category, Handler, QuestionStatus } from './taxonomy.js';

export type BuyerAction = 'follow_up' | 'rate';
export type SellerAction = 'reply' | 'reply_and_resolve' | 'resolve' | 'refund' | 'escalate';
export type PlatformAction =
  'reply' | 'reply_and_resolve' | 'resolve' | 'refund' | 'close' | 'hand_back';
export type Action = BuyerAction | SellerAction | PlatformAction;

export interface QuestionState {
  category: Category;
  status: QuestionStatus;
  handler: Handler;
}

const SELLER_ANSWERABLE: readonly QuestionStatus[] = ['awaiting_seller', 'awaiting_buyer'];

/**
 * Whether a copy of a question the backend sent may replace the one shown: answers can arrive
 * out of order (a reload sent before an action answered after it), and an older version must
 * never roll the conversation back, nor a late answer about another question take its place.
 */
export function supersedes(
  incoming: { id: string; version: number },
  shown: { id: string; version: number } | null | undefined,
): boolean {
  return !shown || (shown.id === incoming.id && incoming.version >= shown.version);
}

/** Whether the buyer may send a follow-up: on anything not closed. */
export function canFollowUp(state: QuestionState): boolean {
  return state.status !== 'closed';
}

/** The seller actions allowed on a question in this state. */
export function sellerActions(state: QuestionState): SellerAction[] {
  if (state.handler !== 'seller' || !SELLER_ANSWERABLE.includes(state.status)) return [];
  const actions: SellerAction[] = ['reply', 'escalate'];
  if (state.category === 'after_sale') actions.push('refund');
  else actions.push('reply_and_resolve', 'resolve');
  return actions;
}

export function canSeller(state: QuestionState, action: SellerAction): boolean {
  return sellerActions(state).includes(action);
}

/**
 * The actions a platform customer-service agent may take: only on questions platform customer
 * service handles. While it awaits platform or the buyer, an agent replies (and resolves),
 * resolves, refunds after-sales items or closes it; a question awaiting platform can also be
 * handed back to the seller. A resolved one can still be closed for good.
 */
export function platformActions(state: QuestionState): PlatformAction[] {
  if (state.handler !== 'platform' || state.status === 'closed') return [];
  if (state.status !== 'awaiting_platform' && state.status !== 'awaiting_buyer') return ['close'];
  const actions: PlatformAction[] = ['reply', 'reply_and_resolve', 'resolve', 'close'];
  if (state.category === 'after_sale') actions.push('refund');
  if (state.status === 'awaiting_platform') actions.push('hand_back');
  return actions;
}

export function canPlatform(state: QuestionState, action: PlatformAction): boolean {
  return platformActions(state).includes(action);
}

/** Where a platform action leads. Throws for an action the state does not allow. */
export function afterPlatformAction(state: QuestionState, action: PlatformAction): QuestionStatus {
  if (!canPlatform(state, action)) {
    throw new RangeError(`Platform cannot ${action} a question that is ${state.status}.`);
  }
  switch (action) {
    case 'reply':
      return 'awaiting_buyer';
    case 'close':
      return 'closed';
    case 'hand_back':
      return 'awaiting_seller';
    default:
      return 'resolved';
  }
}

/** A buyer may rate a seller's answer once. */
export function canRate(message: { author: string; rating?: unknown }): boolean {
  return message.author === 'seller' && !message.rating;
}

export interface Transition {
  status: QuestionStatus;
  /** The seller's response clock starts (a new `replyDueAt`). */
  startsClock: boolean;
  /** Whether the state change reopens a resolved question (shown in the thread). */
  reopens: boolean;
}

/**
 * A buyer message. On `awaiting_buyer` or `resolved` it goes back to whoever handles it; for
 * the seller that starts a new clock. While already awaiting someone it stays, and a running
 * clock keeps its due time (the first unanswered message sets it).
 */
export function afterBuyerMessage(state: QuestionState): Transition {
  if (state.status === 'closed') throw new RangeError('A closed question cannot be reopened.');
  if (state.status === 'awaiting_seller' || state.status === 'awaiting_platform') {
    return { status: state.status, startsClock: false, reopens: false };
  }
  const reopens = state.status === 'resolved';
  return state.handler === 'seller'
    ? { status: 'awaiting_seller', startsClock: true, reopens }
    : { status: 'awaiting_platform', startsClock: false, reopens };
}

/** Where a seller action leads. Throws for an action the state does not allow. */
export function afterSellerAction(state: QuestionState, action: SellerAction): QuestionStatus {
  if (!canSeller(state, action)) {
    throw new RangeError(
      `The seller cannot ${action} a ${state.category} question that is ${state.status}.`,
    );
  }
  switch (action) {
    case 'reply':
      return 'awaiting_buyer';
    case 'reply_and_resolve':
    case 'resolve':
    case 'refund':
      return 'resolved';
    case 'escalate':
      return 'awaiting_platform';
  }
}

/** Categories whose late questions platform customer service takes over. */
export const TAKEN_OVER_WHEN_LATE: readonly Category[] = ['after_sale'];

/**
 * When the clock runs out: a late after-sales question is taken over by platform customer
 * service; other late questions stay with the seller (and count as delayed).
 */
export function afterDeadline(state: QuestionState): QuestionStatus {
  return TAKEN_OVER_WHEN_LATE.includes(state.category) && state.status === 'awaiting_seller'
    ? 'awaiting_platform'
    : state.status;
}
