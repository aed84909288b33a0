// How the operations outside the client class write (src/api/platform.ts, templates.ts…): the
// caller's idempotency key or a new one, and a question in the answer with its photos' URLs made
// absolute, as the class's own writes do. A module of its own, so that the elements that never
// call those operations carry none of it.
import {
  newIdempotencyKey,
  transportOf,
  type SellerQuestionsClient,
  type WriteOptions,
} from './client.js';
import type { QuestionDetail } from './types.js';

/** A write's signal and timeout for the transport, with the caller's idempotency key or a new one. */
export function idempotent(options: WriteOptions) {
  return {
    idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  };
}

/** A POST on a question that answers with the question, its photos' URLs made absolute. */
export async function writeQuestion(
  client: SellerQuestionsClient,
  path: string,
  questionId: string,
  body: unknown,
  options: WriteOptions,
): Promise<QuestionDetail> {
  const transport = transportOf(client);
  const detail = await transport.request<QuestionDetail>({
    method: 'POST',
    path,
    pathParams: { questionId },
    body,
    schema: 'QuestionDetail',
    ...idempotent(options),
  });
  return {
    ...detail,
    messages: detail.messages.map((message) => ({
      ...message,
      attachments: message.attachments.map((attachment) => ({
        ...attachment,
        url: transport.resolve(attachment.url),
      })),
    })),
  };
}
