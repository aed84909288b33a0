// What every mock operation works on: the state, the clock, and who is asking.
import { schemas } from '../api/generated/schemas.js';
import { findSchemaError } from '../api/validate.js';
import { ProblemError, forbidden, notFound } from './problems.js';
import type {
  BuyerRecord,
  ChangeRecord,
  MockState,
  QuestionRecord,
  SellerRecord,
} from './state.js';

export type Viewer =
  | { role: 'buyer'; id: string; record: BuyerRecord }
  | { role: 'seller'; id: string; record: SellerRecord };

export interface MockContext {
  state: MockState;
  /** The API base the attachment URLs are made under (`/api/v1`). */
  baseUrl: string;
  now(): Date;
}

export function nowIso(context: MockContext): string {
  return context.now().toISOString();
}

/** A new id with a per-kind counter: `q-061`, `m-1201`... */
export function nextId(context: MockContext, prefix: string): string {
  const counters = context.state.counters;
  counters[prefix] = (counters[prefix] ?? 0) + 1;
  return `${prefix}-${String(counters[prefix]).padStart(3, '0')}`;
}

/** Tokens of the mock: `buyer:<buyerId>` and `seller:<sellerId>`. */
export function viewerForToken(state: MockState, token: string | null): Viewer | null {
  if (!token) return null;
  const [role, id] = token.split(':');
  if (role === 'buyer') {
    const record = state.buyers.find((buyer) => buyer.id === id);
    return record ? { role, id: record.id, record } : null;
  }
  if (role === 'seller' && id === state.seller.id) {
    return { role, id: state.seller.id, record: state.seller };
  }
  return null;
}

export function requireSeller(
  viewer: Viewer,
): asserts viewer is Extract<Viewer, { role: 'seller' }> {
  if (viewer.role !== 'seller') throw forbidden('Only the seller can do this.');
}

export function requireBuyer(viewer: Viewer): asserts viewer is Extract<Viewer, { role: 'buyer' }> {
  if (viewer.role !== 'buyer') throw forbidden('Only the buyer can do this.');
}

export function canSee(viewer: Viewer, question: QuestionRecord): boolean {
  return viewer.role === 'buyer'
    ? question.buyerId === viewer.id
    : question.shopId === viewer.record.shopId;
}

export function findQuestion(context: MockContext, viewer: Viewer, id: string): QuestionRecord {
  const question = context.state.questions.find((candidate) => candidate.id === id);
  if (!question) throw notFound('Question');
  if (!canSee(viewer, question)) throw forbidden('This question belongs to someone else.');
  return question;
}

/** 422 at the first place the body differs from the contract's schema. */
export function checkBody(body: unknown, schema: string): void {
  const mismatch = findSchemaError(body, `@${schema}`, schemas);
  if (!mismatch) return;
  throw new ProblemError(422, 'validation_failed', 'The request body does not match the API.', {
    errors: [
      {
        pointer: mismatch.pointer,
        code: mismatch.code === 'missing' ? 'required' : 'invalid',
        detail: mismatch.message,
      },
    ],
  });
}

/** Records a change for the feed and bumps the question's version. */
export function touch(context: MockContext, question: QuestionRecord, kind: ChangeRecord['kind']) {
  const at = nowIso(context);
  if (kind === 'updated') question.version += 1;
  question.updatedAt = at;
  const changes = context.state.changes;
  changes.push({
    seq: (changes.at(-1)?.seq ?? 0) + 1,
    questionId: question.id,
    version: question.version,
    updatedAt: at,
    kind,
  });
  // The feed keeps recent history only; older cursors simply get the questions list.
  if (changes.length > 5000) changes.splice(0, changes.length - 5000);
}
