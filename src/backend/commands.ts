// The mock backend's writes. Each one checks the request against the contract, then applies
// the domain rules (routing, the state machine, the response clock, input limits) exactly as a
// real backend must, and raises problem details when something is not allowed.
import type {
  Attachment,
  CloseRequest,
  EscalationCreate,
  HandBackCreate,
  Message,
  MessageCreate,
  MessageEvent,
  QuestionCreate,
  QuestionDetail,
  RatingCreate,
  RefundCreate,
  ResolveRequest,
} from '../api/types.js';
import { checkAttachment, SNIFF_BYTES } from '../domain/attachments.js';
import {
  afterNoResponseNeeded,
  canMarkNoResponseNeeded,
  endObligations,
} from '../domain/no-response.js';
import { selectionTotal } from '../domain/money.js';
import { isOrderTopic, unavailableReason } from '../domain/order-issues.js';
import {
  afterBuyerMessage,
  afterDeadline,
  afterPlatformAction,
  afterSellerAction,
  canFollowUp,
  canPlatform,
  canRate,
  canSeller,
  type PlatformAction,
  type SellerAction,
} from '../domain/question-state.js';
import { nextNoticeAt, noticeDue, replyDueAt, type ClockNotice } from '../domain/response-clock.js';
import { routeQuestion } from '../domain/routing.js';
import { categoryOf, needsItems } from '../domain/taxonomy.js';
import { checkAddress, normalizeAddress } from '../domain/address.js';
import { checkItemSelection } from '../domain/item-selection.js';
import {
  checkOptionalText,
  checkText,
  MAX_CHANGE_DESCRIPTION_LENGTH,
  MAX_ESCALATION_REASON_LENGTH,
  MAX_RATING_COMMENT_LENGTH,
  type FieldProblem,
} from '../domain/validation.js';
import {
  checkBody,
  findQuestion,
  findShop,
  nextId,
  nowIso,
  requireBuyer,
  requirePlatform,
  requireSeller,
  touch,
  type BackendContext,
  type Viewer,
} from './context.js';
import { messageLanguage, primaryLanguage } from './language.js';
import { assertValid, invalidState, notFound, ProblemError } from './problems.js';
import type { DomainEventType, QuestionRecord } from './state.js';
import { timeOf } from './times.js';
import { detailView } from './views.js';

const PLATFORM_NAME = 'Customer service';

function addMessage(
  context: BackendContext,
  question: QuestionRecord,
  message: Omit<Message, 'id' | 'createdAt'>,
): Message {
  const stored: Message = { id: nextId(context, 'm'), createdAt: nowIso(context), ...message };
  question.messages.push(stored);
  return stored;
}

function addEvent(context: BackendContext, question: QuestionRecord, event: MessageEvent) {
  addMessage(context, question, {
    author: 'system',
    authorName: '',
    text: '',
    language: 'en',
    attachments: [],
    event,
  });
}

function startClock(context: BackendContext, question: QuestionRecord) {
  const requestedAt = nowIso(context);
  const dueAt = replyDueAt(requestedAt, context.state.config.slaHours).toISOString();
  question.replyDueAt = dueAt;
  question.obligations.push({ requestedAt, dueAt, answeredAt: null });
}

/** The seller answered (or handed over): open obligations end now and the clock stops. */
function stopClock(context: BackendContext, question: QuestionRecord) {
  const at = nowIso(context);
  for (const obligation of question.obligations) obligation.answeredAt ??= at;
  question.replyDueAt = null;
}

/**
 * An operation on one question (`POST /questions/{questionId}/…`): the request's body in, the
 * question as the viewer sees it after the change out.
 */
export type QuestionCommand = (
  context: BackendContext,
  viewer: Viewer,
  questionId: string,
  body: unknown,
) => QuestionDetail;

/** Who may act: the shop's side (the seller, or a platform agent) unless said otherwise. */
function requireShopSide(viewer: Viewer) {
  if (viewer.role !== 'platform') requireSeller(viewer);
}

/** The request bodies of the actions on a question, by their schema's name. */
interface ActionBodies {
  ResolveRequest: ResolveRequest;
  RefundCreate: RefundCreate;
  EscalationCreate: EscalationCreate;
  HandBackCreate: HandBackCreate;
  CloseRequest: CloseRequest;
}

/**
 * An action on a question by the shop's side (or by `requireRole`'s): who may act, the request
 * checked against its schema, the question, and the version the client saw.
 */
function questionAction<S extends keyof ActionBodies>(
  context: BackendContext,
  viewer: Viewer,
  questionId: string,
  body: unknown,
  schema: S,
  requireRole: (viewer: Viewer) => void = requireShopSide,
): { question: QuestionRecord; input: ActionBodies[S] } {
  requireRole(viewer);
  checkBody(body, schema);
  const input = body as ActionBodies[S];
  const question = findQuestion(context, viewer, questionId);
  checkVersion(question, input.expectedVersion);
  return { question, input };
}

function checkVersion(question: QuestionRecord, expected: number | undefined) {
  if (expected === undefined || expected === question.version) return;
  throw new ProblemError(
    409,
    'version_conflict',
    'The question changed since you loaded it (a new message or a change of state).',
    { currentVersion: question.version },
  );
}

function explainSellerRefusal(question: QuestionRecord, action: SellerAction): string {
  if (question.status === 'closed')
    return 'The question is closed and cannot be answered any more.';
  if (question.handler === 'platform' || question.status === 'awaiting_platform') {
    return 'Platform customer service handles this question now.';
  }
  if (question.status === 'resolved') {
    return 'The question is resolved; the buyer can reopen it with a follow-up.';
  }
  if (action === 'refund') return 'Only after-sales issues can be refunded.';
  return 'After-sales issues are closed with a refund, not resolved directly.';
}

function requireSellerAction(question: QuestionRecord, action: SellerAction) {
  if (!canSeller(question, action)) throw invalidState(explainSellerRefusal(question, action));
}

function explainPlatformRefusal(question: QuestionRecord, action: PlatformAction): string {
  if (question.status === 'closed') return 'The question is closed.';
  if (question.handler !== 'platform') {
    return 'The seller handles this question; platform customer service can only read it.';
  }
  if (action === 'hand_back') return 'Only a question awaiting platform can be handed back.';
  if (action === 'refund' && question.category !== 'after_sale') {
    return 'Only after-sales issues can be refunded.';
  }
  return 'The question is resolved; the buyer can reopen it with a follow-up.';
}

/** The action a seller's or a platform agent's request asks for, checked against the state. */
function requireAction(
  question: QuestionRecord,
  viewer: Viewer,
  action: SellerAction | PlatformAction,
): QuestionRecord['status'] {
  if (viewer.role === 'platform') {
    const platformAction = action as PlatformAction;
    if (!canPlatform(question, platformAction)) {
      throw invalidState(explainPlatformRefusal(question, platformAction));
    }
    return afterPlatformAction(question, platformAction);
  }
  requireSeller(viewer);
  if (action === 'close' || action === 'hand_back') throw new RangeError(action);
  requireSellerAction(question, action);
  return afterSellerAction(question, action);
}

/** Attachments must have been uploaded by the same viewer, and fit the count limit. */
function resolveAttachments(
  context: BackendContext,
  viewer: Viewer,
  ids: readonly string[] | undefined,
): { attachments: Attachment[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const attachments: Attachment[] = [];
  const limit = context.state.config.attachments.maxCount;
  if (ids && ids.length > limit) {
    problems.push({ pointer: '/attachmentIds', code: 'too_many', limit });
  }
  (ids ?? []).forEach((id, index) => {
    const stored = context.state.attachments[id];
    if (!stored || stored.ownerId !== viewer.id) {
      problems.push({ pointer: `/attachmentIds/${index}`, code: 'unknown' });
    } else attachments.push(stored.attachment);
  });
  return { attachments, problems };
}

export function createQuestion(
  context: BackendContext,
  viewer: Viewer,
  body: unknown,
  internal: { id?: string } = {},
): QuestionDetail {
  requireBuyer(viewer);
  checkBody(body, 'QuestionCreate');
  const input = body as QuestionCreate;
  const { state } = context;
  const shop = findShop(state, input.shopId);
  if (!shop) throw notFound('Shop');
  const category = categoryOf(input.topic);
  const problems: (FieldProblem | null)[] = [];
  if (category !== input.category) problems.push({ pointer: '/topic', code: 'invalid' });
  problems.push(checkText(input.text, state.config.maxMessageLength));

  const product = input.productId
    ? state.products.find((candidate) => candidate.id === input.productId)
    : undefined;
  if (input.productId && !product) throw notFound('Product');
  if (input.topic === 'product') {
    if (!input.productId) problems.push({ pointer: '/productId', code: 'required' });
    if (!input.details?.subject) problems.push({ pointer: '/details/subject', code: 'required' });
  }

  const order = input.orderId
    ? state.orders.find((candidate) => candidate.id === input.orderId)
    : undefined;
  if (input.orderId && !order) throw notFound('Order');
  // Someone else's order answers as if it did not exist.
  if (order && order.buyer.id !== viewer.id) throw notFound('Order');
  // A question goes to the shop it names: the product and the order it is about must be that
  // shop's, or another shop's seller would see them (and act on the order).
  assertValid([
    product && product.shopId !== shop.id
      ? { pointer: '/productId', code: 'invalid', detail: 'Not a product of this shop.' }
      : null,
    order && order.shopId !== shop.id
      ? { pointer: '/orderId', code: 'invalid', detail: 'Not an order of this shop.' }
      : null,
  ]);
  if (category !== 'pre_sale' && !order) problems.push({ pointer: '/orderId', code: 'required' });
  // Consent to publishing is asked for pre-sales questions about a product only.
  if (input.publicConsent && (category !== 'pre_sale' || !product)) {
    problems.push({ pointer: '/publicConsent', code: 'not_allowed' });
  }
  if (order && isOrderTopic(input.topic)) {
    const reason = unavailableReason(input.topic, order.status);
    if (reason) {
      throw new ProblemError(422, 'validation_failed', `Not possible for this order (${reason}).`, {
        errors: [{ pointer: '/topic', code: 'not_allowed', detail: `Not possible: ${reason}.` }],
      });
    }
    if (needsItems(input.topic)) {
      problems.push(...checkItemSelection(input.items, order.items, order.refunded));
    }
    if (input.topic === 'change_item') {
      problems.push(
        checkText(input.details?.change, MAX_CHANGE_DESCRIPTION_LENGTH, '/details/change'),
      );
    }
    if (input.topic === 'change_address') {
      problems.push(...checkAddress(input.details?.address ?? {}));
    }
  }
  const { attachments, problems: attachmentProblems } = resolveAttachments(
    context,
    viewer,
    input.attachmentIds,
  );
  assertValid([...problems, ...attachmentProblems]);

  const routing = routeQuestion({
    category,
    buyerCountry: viewer.record.country,
    servedRegions: state.config.servedRegions,
    orderTotal: order?.total,
    highValueThresholds: state.config.highValueThresholds,
    sellerFunded: order?.sellerFunded,
  });
  const at = nowIso(context);
  const question: QuestionRecord = {
    id: internal.id ?? nextId(context, 'q'),
    shopId: shop.id,
    category,
    topic: input.topic,
    buyerId: viewer.id,
    items: needsItems(input.topic) ? (input.items ?? []) : [],
    status: routing.handler === 'seller' ? 'awaiting_seller' : 'awaiting_platform',
    handler: routing.handler,
    replyDueAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
    messages: [],
    refunds: [],
    obligations: [],
    readAt: { buyer: at, seller: null },
  };
  if (product) question.productId = product.id;
  if (order) question.orderId = order.id;
  if (category === 'pre_sale' && product) question.publicConsent = input.publicConsent === true;
  const details = detailsFor(input);
  if (details) question.details = details;
  addMessage(context, question, {
    author: 'buyer',
    authorName: viewer.record.name,
    text: input.text,
    language: messageLanguage(input.text, input.language, context.state.config.languages),
    attachments,
  });
  if (routing.handler === 'seller') startClock(context, question);
  state.questions.push(question);
  touch(context, question, 'created');
  emit(context, question, 'question.created', {
    category,
    topic: input.topic,
    status: question.status,
    handler: question.handler,
    buyerId: viewer.id,
    messageId: question.messages[0]!.id,
    language: question.messages[0]!.language,
    replyDueAt: question.replyDueAt,
    ...(product ? { productId: product.id } : {}),
    ...(order ? { orderId: order.id } : {}),
  });
  return detailView(context, question, viewer);
}

/** Keeps only the details that belong to the topic. */
function detailsFor(input: QuestionCreate): QuestionRecord['details'] {
  if (input.topic === 'product' && input.details?.subject)
    return { subject: input.details.subject };
  if (input.topic === 'change_item' && input.details?.change) {
    return { change: input.details.change };
  }
  if (input.topic === 'change_address' && input.details?.address) {
    // Stored as written in its country ("30529" in Poland: "30-529"), as it was checked.
    return { address: normalizeAddress(input.details.address) };
  }
  return undefined;
}

export const sendMessage: QuestionCommand = (context, viewer, questionId, body) => {
  checkBody(body, 'MessageCreate');
  const input = body as MessageCreate;
  const question = findQuestion(context, viewer, questionId);
  checkVersion(question, input.expectedVersion);
  if (viewer.role === 'buyer') {
    if (!canFollowUp(question)) {
      throw invalidState('This question is closed. Ask a new question instead.');
    }
  }
  const action = input.resolve ? 'reply_and_resolve' : 'reply';
  const next = viewer.role === 'buyer' ? null : requireAction(question, viewer, action);
  const { attachments, problems } = resolveAttachments(context, viewer, input.attachmentIds);
  const maxLength = context.state.config.maxMessageLength;
  const original = input.original;
  assertValid([
    checkText(input.text, maxLength),
    ...(original
      ? [
          checkText(original.text, maxLength, '/original/text'),
          // A translation into the language it was written in is no translation.
          primaryLanguage(original.language) === primaryLanguage(input.language)
            ? {
                pointer: '/original/language',
                code: 'invalid' as const,
                detail: 'The original must be in another language than the message.',
              }
            : null,
        ]
      : []),
    ...problems,
  ]);

  const message: Omit<Message, 'id' | 'createdAt'> = {
    author: viewer.role,
    authorName: viewer.record.name,
    text: input.text,
    // A translation is in the language it was made for: detection would read a text the engine
    // left as it was (names, a demo translation's fallback) as the original's language and
    // offer the buyer to translate what is meant to be in theirs.
    language: original
      ? input.language
      : messageLanguage(input.text, input.language, context.state.config.languages),
    attachments,
  };
  if (original) {
    message.original = {
      text: original.text,
      language: original.language,
      engine: original.engine,
    };
  }
  let added: Message;
  let reopened = false;
  if (viewer.role === 'buyer') {
    const transition = afterBuyerMessage(question);
    added = addMessage(context, question, message);
    reopened = transition.reopens;
    if (transition.reopens) addEvent(context, question, { type: 'reopened' });
    question.status = transition.status;
    if (transition.startsClock) startClock(context, question);
  } else {
    question.status = next!;
    added = addMessage(context, question, message);
    stopClock(context, question);
    if (input.resolve) addEvent(context, question, { type: 'resolved' });
  }
  // An agent's own reply is the shop side's answer, but reads nothing for the shop.
  if (viewer.role !== 'platform') question.readAt[viewer.role] = nowIso(context);
  touch(context, question, 'updated');
  emitMessage(context, question, added, reopened);
  // A buyer's `resolve` means nothing (only the shop's side resolves with a reply).
  if (input.resolve && viewer.role !== 'buyer') {
    emitResolved(context, question, viewer.role, 'reply');
  }
  return detailView(context, question, viewer);
};

export const resolveQuestion: QuestionCommand = (context, viewer, questionId, body) => {
  const { question } = questionAction(context, viewer, questionId, body ?? {}, 'ResolveRequest');
  question.status = requireAction(question, viewer, 'resolve');
  stopClock(context, question);
  addEvent(context, question, { type: 'resolved' });
  touch(context, question, 'updated');
  emitResolved(context, question, viewer.role, 'resolve');
  return detailView(context, question, viewer);
};

export const refundItems: QuestionCommand = (context, viewer, questionId, body) => {
  const { question, input } = questionAction(context, viewer, questionId, body, 'RefundCreate');
  const next = requireAction(question, viewer, 'refund');
  const order = context.state.orders.find((candidate) => candidate.id === question.orderId);
  if (!order) throw notFound('Order');
  assertValid(checkItemSelection(input.items, order.items, order.refunded));

  const amount = selectionTotal(input.items, order.items, order.total.currency);
  const refund = {
    id: nextId(context, 'r'),
    items: input.items,
    amount,
    createdAt: nowIso(context),
  };
  question.refunds.push(refund);
  for (const selected of input.items) {
    const already = order.refunded.find((entry) => entry.itemId === selected.itemId);
    if (already) already.quantity += selected.quantity;
    else order.refunded.push({ ...selected });
  }
  question.status = next;
  stopClock(context, question);
  addEvent(context, question, { type: 'refunded', items: input.items, amount });
  touch(context, question, 'updated');
  if (question.status === 'resolved') {
    emitResolved(context, question, viewer.role, 'refund', { refundId: refund.id, amount });
  }
  return detailView(context, question, viewer);
};

export const escalate: QuestionCommand = (context, viewer, questionId, body) => {
  const { question, input } = questionAction(
    context,
    viewer,
    questionId,
    body,
    'EscalationCreate',
    requireSeller,
  );
  requireSellerAction(question, 'escalate');
  assertValid([checkText(input.reason, MAX_ESCALATION_REASON_LENGTH, '/reason')]);
  question.status = afterSellerAction(question, 'escalate');
  question.handler = 'platform';
  // Handing over ends the seller's clock; the request counts as the seller's response.
  stopClock(context, question);
  addEvent(context, question, { type: 'escalated', reason: input.reason });
  touch(context, question, 'updated');
  emit(context, question, 'question.escalated', {
    status: question.status,
    handler: question.handler,
    sellerId: viewer.id,
  });
  return detailView(context, question, viewer);
};

/**
 * A platform agent hands a question awaiting platform back to the seller, with a reason: the
 * seller handles it again, with a new response clock.
 */
export const handBack: QuestionCommand = (context, viewer, questionId, body) => {
  const { question, input } = questionAction(
    context,
    viewer,
    questionId,
    body,
    'HandBackCreate',
    requirePlatform,
  );
  const next = requireAction(question, viewer, 'hand_back');
  assertValid([checkText(input.reason, MAX_ESCALATION_REASON_LENGTH, '/reason')]);
  question.status = next;
  question.handler = 'seller';
  addEvent(context, question, { type: 'handed_back', reason: input.reason.trim() });
  startClock(context, question);
  touch(context, question, 'updated');
  return detailView(context, question, viewer);
};

/** A platform agent closes a question for good, with an optional reason. */
export const closeByPlatform: QuestionCommand = (context, viewer, questionId, body) => {
  const { question, input } = questionAction(
    context,
    viewer,
    questionId,
    body ?? {},
    'CloseRequest',
    requirePlatform,
  );
  requireAction(question, viewer, 'close');
  closeQuestion(context, question, input.reason?.trim() || undefined);
  return detailView(context, question, viewer);
};

/**
 * The seller (or the platform agent handling it) marks the buyer's latest message as needing no
 * response: the need to answer ends now, as an answer would end it (on time before the due
 * time, late after it), the question goes back to what it was before the buyer wrote, and a
 * `no_response_needed` system message (which the buyer's view leaves out) says so.
 */
export const markNoResponseNeeded: QuestionCommand = (context, viewer, questionId, body) => {
  const { question } = questionAction(context, viewer, questionId, body ?? {}, 'ResolveRequest');
  // Only the shop's side gets past questionAction.
  if (!canMarkNoResponseNeeded(question, viewer.role as 'seller' | 'platform')) {
    throw invalidState(
      question.status === 'closed'
        ? 'The question is closed.'
        : question.handler !== sideHandling(viewer)
          ? viewer.role === 'platform'
            ? 'The seller handles this question.'
            : 'Platform customer service handles this question now.'
          : 'There is nothing to answer: no buyer message is waiting for a response.',
    );
  }
  const lastBuyer = question.messages.findLastIndex((message) => message.author === 'buyer');
  const reopened = question.messages
    .slice(lastBuyer + 1)
    .some((message) => message.event?.type === 'reopened');
  question.obligations = endObligations(question.obligations, nowIso(context));
  question.replyDueAt = null;
  question.status = afterNoResponseNeeded(reopened);
  addEvent(context, question, { type: 'no_response_needed' });
  touch(context, question, 'updated');
  return detailView(context, question, viewer);
};

function sideHandling(viewer: Viewer): QuestionRecord['handler'] {
  return viewer.role === 'platform' ? 'platform' : 'seller';
}

export const rateAnswer: QuestionCommand = (context, viewer, questionId, body) => {
  requireBuyer(viewer);
  checkBody(body, 'RatingCreate');
  const input = body as RatingCreate;
  const question = findQuestion(context, viewer, questionId);
  const message = question.messages.find((candidate) => candidate.id === input.messageId);
  if (!message) assertValid([{ pointer: '/messageId', code: 'unknown' }]);
  else if (message.rating) {
    throw new ProblemError(409, 'already_rated', 'This answer has already been rated.');
  } else if (!canRate(message)) assertValid([{ pointer: '/messageId', code: 'not_allowed' }]);
  assertValid([checkOptionalText(input.comment, MAX_RATING_COMMENT_LENGTH, '/comment')]);
  message!.rating = { satisfied: input.satisfied, createdAt: nowIso(context) };
  if (input.comment?.trim()) message!.rating.comment = input.comment.trim();
  touch(context, question, 'updated');
  emit(context, question, 'rating.created', {
    messageId: message!.id,
    answeredBy: message!.author,
    satisfied: input.satisfied,
    hasComment: message!.rating.comment !== undefined,
  });
  return detailView(context, question, viewer);
};

export function markRead(context: BackendContext, viewer: Viewer, questionId: string): void {
  const question = findQuestion(context, viewer, questionId);
  // An agent's reading (for audit, too) marks nothing read for the shop.
  if (viewer.role !== 'platform') question.readAt[viewer.role] = nowIso(context);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

/**
 * Keeps an uploaded image. `bytes` are those to keep (re-encoded by the backend, if it does);
 * the size limit applies to the upload as sent (`sentSize`, the bytes' own length by default):
 * re-encoding a detailed photo can make it larger than it came, and a photo within the limit is
 * not refused for that. `objectKey`: the bytes are kept in object storage already.
 */
export function uploadAttachment(
  context: BackendContext,
  viewer: Viewer,
  name: string,
  bytes: Uint8Array,
  { objectKey, sentSize = bytes.length }: { objectKey?: string; sentSize?: number } = {},
): Attachment {
  const limits = context.state.config.attachments;
  const checked = checkAttachment(
    { name, size: sentSize, head: bytes.subarray(0, SNIFF_BYTES) },
    limits,
  );
  if ('problem' in checked) {
    const { code, limit } = checked.problem;
    if (code === 'too_large') {
      throw new ProblemError(413, 'file_too_large', `The file is larger than ${limit} bytes.`, {
        errors: [{ pointer: '/file', code: 'too_large', detail: `At most ${limit} bytes.` }],
      });
    }
    throw new ProblemError(
      415,
      'unsupported_type',
      'The file is not a JPEG, PNG or WebP image (checked from its content).',
      { errors: [{ pointer: '/file', code: 'unsupported_type', detail: 'Not an allowed image.' }] },
    );
  }
  const id = nextId(context, 'a');
  const attachment: Attachment = {
    id,
    name: name.slice(0, 200) || 'image',
    contentType: checked.type,
    size: bytes.length,
    url: `${context.baseUrl}/attachments/${id}/content`,
  };
  // Bytes kept in object storage already (the server's, before this transaction) are not
  // carried in the state.
  context.state.attachments[id] = objectKey
    ? { attachment, ownerId: viewer.id, base64: '', objectKey }
    : { attachment, ownerId: viewer.id, base64: toBase64(bytes) };
  return attachment;
}

/** Platform customer service answers (not part of the API; used by the seed and the demo). */
export function platformReply(
  context: BackendContext,
  question: QuestionRecord,
  text: string,
  language: string,
) {
  if (question.status === 'closed') throw invalidState('Closed.');
  const message = addMessage(context, question, {
    author: 'platform',
    authorName: PLATFORM_NAME,
    text,
    language,
    attachments: [],
  });
  question.handler = 'platform';
  question.status = 'awaiting_buyer';
  stopClock(context, question);
  touch(context, question, 'updated');
  emitMessage(context, question, message, false);
}

/** Closes a question for good (platform side; used by the seed). */
export function closeQuestion(context: BackendContext, question: QuestionRecord, reason?: string) {
  question.status = 'closed';
  stopClock(context, question);
  addEvent(context, question, reason ? { type: 'closed', reason } : { type: 'closed' });
  touch(context, question, 'updated');
}

/** Records a domain event about `question`, in the same transaction as the change. */
function emit(
  context: BackendContext,
  question: QuestionRecord,
  type: DomainEventType,
  payload: Record<string, unknown>,
) {
  const events = (context.state.events ??= []);
  events.push({
    type,
    questionId: question.id,
    shopId: question.shopId,
    payload,
    createdAt: nowIso(context),
  });
  // The server's store writes them out at each transaction's end; the mock keeps recent ones.
  if (events.length > 1000) events.splice(0, events.length - 1000);
}

/**
 * message.created: who wrote (`authorRole`), the message's id and language, and the question's
 * state after it. The text stays out (a receiver reads the question with its own token).
 */
function emitMessage(
  context: BackendContext,
  question: QuestionRecord,
  message: Message,
  reopened: boolean,
) {
  emit(context, question, 'message.created', {
    messageId: message.id,
    authorRole: message.author,
    language: message.language,
    attachmentCount: message.attachments.length,
    status: question.status,
    handler: question.handler,
    replyDueAt: question.replyDueAt,
    ...(reopened ? { reopened: true } : {}),
  });
}

/** question.resolved: by which side, and how (a resolve, a reply that resolves, a refund). */
function emitResolved(
  context: BackendContext,
  question: QuestionRecord,
  by: Viewer['role'],
  via: 'resolve' | 'reply' | 'refund',
  extra: Record<string, unknown> = {},
) {
  emit(context, question, 'question.resolved', {
    status: question.status,
    handler: question.handler,
    resolvedBy: by,
    via,
    ...extra,
  });
}

/** The clock's last notice on the question's current deadline; null when none was given. */
export function noticeGiven(question: QuestionRecord): ClockNotice | null {
  const notified = question.notified;
  return notified && notified.replyDueAt === question.replyDueAt ? notified.notice : null;
}

/**
 * When the clock next has something to do on this question (ms since the epoch), or null: the
 * next warning or the deadline of a reply the seller still owes. Stores keep it beside the
 * question to find the questions that are due (the server's `questions.clock_at`).
 */
export function nextClockAt(context: BackendContext, question: QuestionRecord): number | null {
  if (question.status !== 'awaiting_seller' || !question.replyDueAt) return null;
  return nextNoticeAt(timeOf(question.replyDueAt), noticeGiven(question), context.state.config);
}

/**
 * The clock's rules on one question at `now`: the seller is warned at `warnHours` and
 * `urgentHours` before the deadline (question.sla_warning), and after it the question is late
 * (question.late): a late after-sales issue is taken over by platform customer service
 * (`awaiting_platform`, a `taken_over` system message, question.taken_over); any other stays
 * with the seller and counts as delayed. Each notice is given once per deadline, whoever runs
 * the clock (the server's scheduler, or a request that finds the question late): the question
 * remembers what was given. Returns whether anything happened.
 */
export function runClock(context: BackendContext, question: QuestionRecord): boolean {
  if (question.status !== 'awaiting_seller' || !question.replyDueAt) return false;
  const replyDueAt = question.replyDueAt;
  const notice = noticeDue(
    timeOf(replyDueAt),
    noticeGiven(question),
    context.now(),
    context.state.config,
  );
  if (!notice) return false;
  question.notified = { replyDueAt, notice };
  const about = { replyDueAt, category: question.category, topic: question.topic };
  if (notice !== 'late') {
    emit(context, question, 'question.sla_warning', { level: notice, ...about });
    return true;
  }
  const next = afterDeadline(question);
  emit(context, question, 'question.late', {
    ...about,
    takenOver: next !== question.status,
  });
  if (next !== question.status) {
    question.status = next;
    question.handler = 'platform';
    question.replyDueAt = null;
    addEvent(context, question, { type: 'taken_over', reason: 'late' });
    emit(context, question, 'question.taken_over', { reason: 'late', ...about });
    touch(context, question, 'updated');
  }
  return true;
}

/**
 * The clock on `questions` (all by default), at the context's `now`. A request runs it first on
 * the questions its store finds due (the server: late after-sales issues, which the scheduler
 * has not handed over yet; the mock: every question with a notice due). The server's
 * scheduler runs `runClock` on the questions whose time has come.
 */
export function applyDeadlines(context: BackendContext, questions = context.state.questions) {
  for (const question of questions) runClock(context, question);
}
