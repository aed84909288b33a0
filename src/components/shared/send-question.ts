// Sending a buyer's new question or order issue, for <ask-seller> and <order-help>.
import type { SellerQuestionsClient } from '../../api/client.js';
import { hash64 } from '../../api/hash.js';
import type { QuestionCreate, QuestionDetail } from '../../api/types.js';
import { answerLost } from './send-outcome.js';

/**
 * The write's idempotency key: the composer's (kept with the draft until the question is sent,
 * so also across reloads and edits) joined with a fingerprint of what the question is about. A
 * retry of the same question is recognised, an edited one after a lost answer is refused when
 * the first arrived (`sentBefore`); the same text about another subject (product, shop, order,
 * topic, items, change) is another question and never replays the first.
 */
export function questionKey(composerKey: string, input: QuestionCreate): string {
  // 64 bits: two subjects practically never share a key.
  return `${composerKey}.${hash64(JSON.stringify({ ...input, text: 0, attachmentIds: 0 }))}`;
}

/**
 * Creates the question. When the answer is lost, the backend may have created it all the same:
 * asking once more with the same key finds out (a repeated key is answered with the question
 * created the first time, or creates it now), so the buyer sees the question rather than
 * "could not reach the server" and an invitation to send it again. When that fails too, the
 * first error is thrown; a "Try again" with the same key stays safe.
 */
export async function sendQuestion(
  client: SellerQuestionsClient,
  input: QuestionCreate,
  composerKey: string,
): Promise<QuestionDetail> {
  const idempotencyKey = questionKey(composerKey, input);
  try {
    return await client.createQuestion(input, { idempotencyKey });
  } catch (error) {
    if (!answerLost(error)) throw error;
    try {
      return await client.createQuestion(input, { idempotencyKey });
    } catch (again) {
      throw answerLost(again) ? error : again;
    }
  }
}
