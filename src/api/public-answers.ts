// Published answers ("customer questions and answers"), outside the client class so that the
// elements that never show or publish them do not carry this code:
// `listPublicAnswers(client, productId, …)` for a product page (every role),
// `publishQuestion(client, questionId, …)` and `unpublishQuestion(client, questionId)` for the
// seller. The list is cached like the catalogue (a minute fresh, then revalidated).
import {
  transportOf,
  type CallOptions,
  type SellerQuestionsClient,
  type WriteOptions,
} from './client.js';
import { idempotent, writeQuestion } from './write.js';
import type { PublicAnswerPage, PublicationRequest, QuestionDetail } from './types.js';

/**
 * The product's published answers, newest first; with `q` (what the buyer is typing), those
 * that match it, best first (case, accents and word order ignored). `limit` 10 by default, at
 * most 50; follow `nextCursor` for more.
 */
export function listPublicAnswers(
  client: SellerQuestionsClient,
  productId: string,
  query: { q?: string | undefined; limit?: number | undefined; cursor?: string | undefined } = {},
  options: CallOptions = {},
): Promise<PublicAnswerPage> {
  return transportOf(client).request({
    method: 'GET',
    path: '/products/{productId}/public-answers',
    pathParams: { productId },
    query,
    schema: 'PublicAnswerPage',
    ...options,
  });
}

/**
 * Publishes an answered pre-sales question whose buyer consented, with the texts the seller
 * chose (defaults: the buyer's question, the seller's latest answer); again: new texts. The
 * question in the answer has its photos' URLs absolute, as every other write's.
 */
export function publishQuestion(
  client: SellerQuestionsClient,
  questionId: string,
  input: PublicationRequest = {},
  options: WriteOptions = {},
): Promise<QuestionDetail> {
  return writeQuestion(client, '/questions/{questionId}/publication', questionId, input, options);
}

/** Takes a published answer off its product (a NotFoundError when it is not published). */
export async function unpublishQuestion(
  client: SellerQuestionsClient,
  questionId: string,
  options: WriteOptions = {},
): Promise<void> {
  await transportOf(client).request({
    method: 'DELETE',
    path: '/questions/{questionId}/publication',
    pathParams: { questionId },
    schema: null,
    ...idempotent(options),
  });
}
