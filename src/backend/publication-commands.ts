// Published answers: a seller publishes an answered pre-sales question on its product (with the
// buyer's consent given when asking) and takes it off again; anyone who may read the product
// lists them, searched. What is published is the seller's text only; never the buyer's name,
// id or photos.
import type { PublicAnswer, PublicAnswerPage, PublicationRequest } from '../api/types.js';
import { MAX_PUBLIC_QUESTION_LENGTH, searchTerms } from '../domain/public-answers.js';
import { checkText } from '../domain/validation.js';
import {
  checkBody,
  findQuestion,
  nextId,
  nowIso,
  requireSeller,
  touch,
  type BackendContext,
  type Viewer,
} from './context.js';
import { fingerprint } from './fingerprint.js';
import { assertValid, invalidState, notFound, ProblemError, toFieldError } from './problems.js';
import type { PublicationRecord } from './state.js';
import type { StoreTx } from './store.js';
import { detailView } from './views.js';

const badRequest = (detail: string) => new ProblemError(400, 'bad_request', detail);

/** POST /questions/{id}/publication: publish (or republish with new texts). */
export function publishQuestion(
  context: BackendContext,
  viewer: Viewer,
  questionId: string,
  body: unknown,
) {
  requireSeller(viewer);
  checkBody(body ?? {}, 'PublicationRequest');
  const input = (body ?? {}) as PublicationRequest;
  const question = findQuestion(context, viewer, questionId);
  if (question.category !== 'pre_sale' || !question.productId) {
    throw invalidState('Only pre-sales questions about a product can be published.');
  }
  if (!question.publicConsent) {
    throw invalidState('The buyer did not agree to publishing this question.');
  }
  const sellerMessages = question.messages.filter((message) => message.author === 'seller');
  if (sellerMessages.length === 0) throw invalidState('The question has no answer yet.');
  const chosen = input.answerMessageId
    ? sellerMessages.find((message) => message.id === input.answerMessageId)
    : sellerMessages.at(-1);
  if (!chosen) {
    throw new ProblemError(422, 'validation_failed', 'Some fields are not valid.', {
      errors: [toFieldError({ pointer: '/answerMessageId', code: 'unknown' })],
    });
  }
  const asked = question.messages.find((message) => message.author === 'buyer');
  const questionText = (input.question ?? asked?.text ?? '').trim();
  const answerText = (input.answer ?? chosen.text).trim();
  assertValid([
    checkText(questionText, MAX_PUBLIC_QUESTION_LENGTH, '/question'),
    checkText(answerText, context.state.config.maxMessageLength, '/answer'),
  ]);
  const before = question.publication;
  const publication: PublicationRecord = {
    id: before?.id ?? nextId(context, 'pa'),
    question: questionText,
    answer: answerText,
    answerMessageId: chosen.id,
    language: asked?.language ?? 'und',
    answeredAt: chosen.createdAt,
    publishedAt: before?.publishedAt ?? nowIso(context),
  };
  const changed =
    !before ||
    before.question !== publication.question ||
    before.answer !== publication.answer ||
    before.answerMessageId !== publication.answerMessageId;
  if (changed) {
    question.publication = publication;
    touch(context, question, 'updated');
  }
  return detailView(context, question, viewer);
}

/** DELETE /questions/{id}/publication. */
export function unpublishQuestion(context: BackendContext, viewer: Viewer, questionId: string) {
  requireSeller(viewer);
  const question = findQuestion(context, viewer, questionId);
  if (!question.publication) throw notFound('Publication');
  delete question.publication;
  touch(context, question, 'updated');
}

/** A published answer as everyone sees it. */
export function publicAnswerView(record: PublicationRecord): PublicAnswer {
  return {
    id: record.id,
    question: record.question,
    answer: record.answer,
    language: record.language,
    answeredAt: record.answeredAt,
    publishedAt: record.publishedAt,
  };
}

/** GET /products/{id}/public-answers: any role, any product the backend knows. */
export async function listPublicAnswers(
  tx: StoreTx,
  productId: string,
  params: URLSearchParams,
): Promise<PublicAnswerPage> {
  const q = params.get('q') ?? '';
  if (q.length > 200) throw badRequest('q must be at most 200 characters.');
  const raw = params.get('limit');
  const limit = raw === null ? 10 : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
    throw badRequest('limit must be a whole number from 1 to 50.');
  }
  const context = await tx.load({ productIds: [productId] });
  if (!context.state.products.some((product) => product.id === productId)) {
    throw notFound('Product');
  }
  const filterKey = fingerprint(`${productId}|${q.trim()}`);
  const cursor = params.get('cursor');
  let offset = 0;
  if (cursor) {
    const match = /^o(\d{1,6})\.(.+)$/.exec(cursor);
    if (!match || match[2] !== filterKey) {
      throw badRequest('The cursor is not valid for these filters; start from the first page.');
    }
    offset = Number(match[1]);
  }
  const terms = q.trim() === '' ? null : searchTerms(q);
  if (terms !== null && terms.length === 0) return { items: [], nextCursor: null };
  const { items, more } = await tx.publicAnswers(productId, terms, offset, limit);
  return {
    items: items.map(publicAnswerView),
    nextCursor: more ? `o${offset + items.length}.${filterKey}` : null,
  };
}
