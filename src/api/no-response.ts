// "No response needed" for a buyer message that asks nothing, outside the client class so the
// buyer elements do not carry it: `markNoResponseNeeded(client, questionId, …)`.
import type { SellerQuestionsClient, WriteOptions } from './client.js';
import { writeQuestion } from './write.js';
import type { QuestionDetail, ResolveRequest } from './types.js';

/**
 * Seller (or the platform agent handling the question): the buyer's latest message needs no
 * response. The clock stops as if answered now; 409 `invalid_state` when nothing is awaited.
 */
export function markNoResponseNeeded(
  client: SellerQuestionsClient,
  questionId: string,
  input: ResolveRequest = {},
  options: WriteOptions = {},
): Promise<QuestionDetail> {
  return writeQuestion(
    client,
    '/questions/{questionId}/no-response-needed',
    questionId,
    input,
    options,
  );
}
