// "No response needed": a buyer message that asks nothing ("thanks!") closes the need to answer
// without a reply. It is an answer given at that moment: the open obligations end then, so before
// their due time they count as answered on time, after it as late (metrics.ts
// isObligationLate), and a late question never leaves the delayed-response rate.
import type { QuestionState } from './question-state.js';
import type { QuestionStatus } from './taxonomy.js';

/**
 * Whether the side handling the question may mark the buyer's latest message as needing no
 * response: only while something is awaited from it (the seller: `awaiting_seller`; platform
 * customer service: `awaiting_platform`).
 */
export function canMarkNoResponseNeeded(
  state: QuestionState,
  role: 'seller' | 'platform',
): boolean {
  return role === 'seller'
    ? state.handler === 'seller' && state.status === 'awaiting_seller'
    : state.handler === 'platform' && state.status === 'awaiting_platform';
}

/**
 * Where the question goes: back to what it was before the buyer wrote, `resolved` when the
 * message reopened a resolved question, else `awaiting_buyer` (what an answered question is).
 */
export function afterNoResponseNeeded(reopened: boolean): QuestionStatus {
  return reopened ? 'resolved' : 'awaiting_buyer';
}

/**
 * The open obligations end at `at` (an ISO time), as an answer would end them; answered ones
 * keep their time, so nothing done later takes a late answer back.
 */
export function endObligations<T extends { answeredAt: string | null }>(
  obligations: readonly T[],
  at: string,
): T[] {
  return obligations.map((obligation) =>
    obligation.answeredAt === null ? { ...obligation, answeredAt: at } : obligation,
  );
}
