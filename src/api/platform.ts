// The operations of platform customer-service agents (`role: platform`), outside the client
// class so that the buyer elements, which never call them, do not carry them:
// `handBack(client, …)`, `closeQuestion(client, …)`, `getPlatformQueue(client)`.
import {
  transportOf,
  type CallOptions,
  type SellerQuestionsClient,
  type WriteOptions,
} from './client.js';
import { writeQuestion } from './write.js';
import type { CloseRequest, HandBackCreate, PlatformQueue, QuestionDetail } from './types.js';

/** Hands a question awaiting platform back to the seller, with a reason. */
export function handBack(
  client: SellerQuestionsClient,
  questionId: string,
  input: HandBackCreate,
  options: WriteOptions = {},
): Promise<QuestionDetail> {
  return writeQuestion(client, '/questions/{questionId}/hand-back', questionId, input, options);
}

/** Closes a question platform handles, for good (optional reason). */
export function closeQuestion(
  client: SellerQuestionsClient,
  questionId: string,
  input: CloseRequest = {},
  options: WriteOptions = {},
): Promise<QuestionDetail> {
  return writeQuestion(client, '/questions/{questionId}/close', questionId, input, options);
}

/** How many questions await platform now, since when, and per shop. */
export function getPlatformQueue(
  client: SellerQuestionsClient,
  options: CallOptions = {},
): Promise<PlatformQueue> {
  return transportOf(client).request({
    method: 'GET',
    path: '/platform/queue',
    schema: 'PlatformQueue',
    ...options,
  });
}
