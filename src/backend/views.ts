// Records as the API shows them to one viewer.
import type { Question, QuestionDetail, QuestionExportRow } from '../api/types.js';
import { firstResponseAt, isObligationLate } from '../domain/metrics.js';
import { foldForSearch } from '../domain/question-search.js';
import { sideOf, type BackendContext, type Viewer } from './context.js';
import type { QuestionRecord } from './state.js';
import { timeOf } from './times.js';

const SNIPPET_LENGTH = 140;

function lastTextMessage(question: QuestionRecord) {
  return question.messages.findLast((message) => message.author !== 'system');
}

/**
 * The viewer's side has not read the latest message someone else wrote. Platform agents see the
 * shop's side.
 */
export function isUnread(question: QuestionRecord, role: Viewer['role']): boolean {
  const side = sideOf(role);
  const latest = question.messages.findLast(
    (message) =>
      message.author !== 'system' &&
      (side === 'buyer' ? message.author !== 'buyer' : message.author === 'buyer'),
  );
  if (!latest) return false;
  const readAt = question.readAt[side];
  return readAt === null || timeOf(latest.createdAt) > timeOf(readAt);
}

/**
 * A question as its list shows it to one side. It depends on the question's own record (with
 * its messages and read times), its buyer, product and order, and the side asking, nothing
 * else: the server keeps both sides' entries beside the question and lists them as they are.
 */
export function questionView(
  context: BackendContext,
  question: QuestionRecord,
  viewer: Pick<Viewer, 'role'>,
): Question {
  const { state } = context;
  const buyer = state.buyers.find((candidate) => candidate.id === question.buyerId)!;
  const product = state.products.find((candidate) => candidate.id === question.productId);
  const order = state.orders.find((candidate) => candidate.id === question.orderId);
  const last = lastTextMessage(question);
  const snippet = Array.from(last?.text ?? '')
    .slice(0, SNIPPET_LENGTH)
    .join('');
  const view: Question = {
    id: question.id,
    shopId: question.shopId,
    category: question.category,
    topic: question.topic,
    buyer: { id: buyer.id, name: buyer.name, country: buyer.country, language: buyer.language },
    items: question.items,
    status: question.status,
    handler: question.handler,
    replyDueAt: question.replyDueAt,
    createdAt: question.createdAt,
    updatedAt: question.updatedAt,
    lastMessageAt: question.messages.at(-1)?.createdAt ?? question.createdAt,
    snippet,
    unread: isUnread(question, viewer.role),
    messageCount: question.messages.filter((message) => message.author !== 'system').length,
    version: question.version,
  };
  if (question.details) view.details = question.details;
  if (product) {
    view.product = { id: product.id, name: product.name };
    if (product.imageUrl) view.product.imageUrl = product.imageUrl;
  }
  if (order) {
    view.orderId = order.id;
    view.orderNumber = order.number;
  }
  if (question.publicConsent !== undefined) view.publicConsent = question.publicConsent;
  if (question.publication) {
    const { id, question: text, answer, answerMessageId, publishedAt } = question.publication;
    view.publication = { id, question: text, answer, answerMessageId, publishedAt };
  }
  return view;
}

export function detailView(
  context: BackendContext,
  question: QuestionRecord,
  viewer: Pick<Viewer, 'role'>,
): QuestionDetail {
  return {
    ...questionView(context, question, viewer),
    // "No response needed" is the shop side's note: the buyer's view leaves it out.
    messages:
      viewer.role === 'buyer'
        ? question.messages.filter((message) => message.event?.type !== 'no_response_needed')
        : question.messages,
    refunds: question.refunds,
  };
}

/**
 * The free-text search against what a seller would search for, accents and case set aside
 * (question-search.ts foldForSearch).
 */
export function matchesSearch(
  context: BackendContext,
  question: QuestionRecord,
  query: string,
): boolean {
  const needle = foldForSearch(query.trim());
  if (!needle) return true;
  const { state } = context;
  const buyer = state.buyers.find((candidate) => candidate.id === question.buyerId);
  const product = state.products.find((candidate) => candidate.id === question.productId);
  const order = state.orders.find((candidate) => candidate.id === question.orderId);
  const haystack = [
    question.id,
    buyer?.name,
    product?.name,
    order?.number,
    ...question.messages.flatMap((message) => [message.text, message.original?.text]),
  ];
  return haystack.some((text) => text && foldForSearch(text).includes(needle));
}

/**
 * A question as one row of the seller's export (GET /exports/questions). `late` is decided at
 * `now` as the delayed-response rate decides it (metrics.ts isObligationLate).
 */
export function exportRow(
  context: BackendContext,
  question: QuestionRecord,
  now: Date,
): QuestionExportRow {
  const { state } = context;
  const buyer = state.buyers.find((candidate) => candidate.id === question.buyerId);
  const product = state.products.find((candidate) => candidate.id === question.productId);
  const order = state.orders.find((candidate) => candidate.id === question.orderId);
  const { messages } = question;
  const rated = messages.findLast((message) => message.rating);
  // The last resolve, unless the buyer reopened the question after it: a question closed after
  // it was resolved (a week later, on its own) keeps its resolve time.
  const lastTurn = messages.findLast(
    (message) => message.event?.type === 'resolved' || message.event?.type === 'reopened',
  );
  const resolved = lastTurn?.event?.type === 'resolved' ? lastTurn : undefined;
  return {
    id: question.id,
    createdAt: question.createdAt,
    category: question.category,
    topic: question.topic,
    product: product ? { id: product.id, name: product.name } : null,
    order: order ? { id: order.id, number: order.number } : null,
    buyerName: buyer?.name ?? '',
    status: question.status,
    handler: question.handler,
    language:
      messages.find((message) => message.author === 'buyer')?.language ?? buyer?.language ?? 'und',
    messageCount: messages.filter((message) => message.author !== 'system').length,
    // What the response clock counts as the seller's response: a refund, resolve or escalation
    // answers as a reply does.
    firstAnswerAt: firstResponseAt(question.obligations),
    late: question.obligations.some((obligation) => isObligationLate(obligation, now)),
    satisfied: rated?.rating?.satisfied ?? null,
    resolvedAt:
      question.status === 'resolved'
        ? (resolved?.createdAt ?? question.updatedAt)
        : question.status === 'closed'
          ? (resolved?.createdAt ?? null)
          : null,
    updatedAt: question.updatedAt,
  };
}
