// What every backend operation works on: the records it needs, the clock, and who is asking.
// The mock's store hands over its whole in-memory state; the server's hands over the rows one
// request needs, loaded in its transaction, and writes back what the operation changed.
import { schemas } from '../api/generated/schemas.js';
import { findLimitError, findSchemaError, findUndeclaredKey } from '../api/validate.js';
import type { Shop } from '../api/types.js';
import type { BuyerProfile } from '../domain/people.js';
import { ProblemError, assertValid, forbidden, notFound } from './problems.js';
import type {
  BuyerRecord,
  ChangeRecord,
  BackendState,
  PlatformAgentRecord,
  QuestionRecord,
  SellerRecord,
} from './state.js';

export type Viewer =
  | { role: 'buyer'; id: string; record: BuyerRecord }
  | { role: 'seller'; id: string; record: SellerRecord }
  | { role: 'platform'; id: string; record: PlatformAgentRecord };

/** The side of a question a viewer reads and writes for: platform agents act for the shop's. */
export function sideOf(role: Viewer['role']): 'buyer' | 'seller' {
  return role === 'buyer' ? 'buyer' : 'seller';
}

/** Who a verified token says the caller is; the store finds their record. */
export interface Claims {
  role: Viewer['role'];
  id: string;
  /** For sellers: the shop the token is for (platform agents have none). */
  shopId?: string | undefined;
  /**
   * For buyers: what the token says of them (name, email, locale, country), as it came. A
   * buyer the backend does not know yet is added from it on their first request.
   */
  profile?: BuyerProfile | undefined;
}

export interface BackendContext {
  state: BackendState;
  /** The API base the attachment URLs are made under (`/api/v1`). */
  baseUrl: string;
  now(): Date;
  /** Makes ids; by default a per-kind counter in the state (`q-061`). */
  newId?: ((prefix: string) => string) | undefined;
}

export function nowIso(context: BackendContext): string {
  return context.now().toISOString();
}

/** A new id with a per-kind counter: `q-061`, `m-1201`... */
export function nextId(context: BackendContext, prefix: string): string {
  if (context.newId) return context.newId(prefix);
  const counters = context.state.counters;
  counters[prefix] = (counters[prefix] ?? 0) + 1;
  return `${prefix}-${String(counters[prefix]).padStart(3, '0')}`;
}

/** The token of an `Authorization: Bearer <token>` header; null for none or another scheme. */
export function bearerToken(authorization: string | null | undefined): string | null {
  // The scheme's name in any case (RFC 9110 §11.1).
  return /^Bearer +([^\s]+) *$/i.exec(authorization ?? '')?.[1] ?? null;
}

/**
 * Tokens of the mock: `buyer:<buyerId>`, `seller:<sellerId>` and `platform:<agentId>`; a buyer's
 * may add their profile claims as base64url JSON (`buyer:<buyerId>:<profile>`, made by
 * `MOCK_TOKENS.buyer(id, profile)`).
 */
export function mockClaims(token: string): Claims | null {
  const [role, id, profile, extra] = token.split(':');
  if ((role !== 'buyer' && role !== 'seller' && role !== 'platform') || !id || extra !== undefined)
    return null;
  if (profile === undefined) return { role, id };
  if (role !== 'buyer') return null;
  try {
    const bytes = atob(profile.replace(/-/g, '+').replace(/_/g, '/'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(bytes, (char) => char.charCodeAt(0)),
    );
    const claims: unknown = JSON.parse(text);
    return claims && typeof claims === 'object' ? { role, id, profile: claims } : null;
  } catch {
    return null;
  }
}

/** The viewer the claims name, from the records in the state; null for an unknown one. */
export function viewerFor(state: BackendState, claims: Claims): Viewer | null {
  if (claims.role === 'buyer') {
    const record = state.buyers.find((buyer) => buyer.id === claims.id);
    return record ? { role: 'buyer', id: record.id, record } : null;
  }
  if (claims.role === 'platform') {
    const record = state.agents?.find((agent) => agent.id === claims.id);
    return record ? { role: 'platform', id: record.id, record } : null;
  }
  const record = [state.seller, ...(state.sellers ?? [])].find((seller) => seller.id === claims.id);
  if (!record || (claims.shopId !== undefined && claims.shopId !== record.shopId)) return null;
  return { role: 'seller', id: record.id, record };
}

/** A shop by id, among the ones the state holds. */
export function findShop(state: BackendState, id: string): Shop | undefined {
  return state.shop.id === id ? state.shop : state.shops?.find((shop) => shop.id === id);
}

export function requireSeller(
  viewer: Viewer,
): asserts viewer is Extract<Viewer, { role: 'seller' }> {
  if (viewer.role !== 'seller') throw forbidden('Only the seller can do this.');
}

export function requirePlatform(
  viewer: Viewer,
): asserts viewer is Extract<Viewer, { role: 'platform' }> {
  if (viewer.role !== 'platform') throw forbidden('Only platform customer service can do this.');
}

export function requireBuyer(viewer: Viewer): asserts viewer is Extract<Viewer, { role: 'buyer' }> {
  if (viewer.role !== 'buyer') throw forbidden('Only the buyer can do this.');
}

export function canSee(
  viewer: Viewer,
  question: Pick<QuestionRecord, 'shopId' | 'buyerId'>,
): boolean {
  if (viewer.role === 'platform') return true;
  return viewer.role === 'buyer'
    ? question.buyerId === viewer.id
    : question.shopId === viewer.record.shopId;
}

export function findQuestion(context: BackendContext, viewer: Viewer, id: string): QuestionRecord {
  const question = context.state.questions.find((candidate) => candidate.id === id);
  // Someone else's question answers as if it did not exist: ids reveal nothing.
  if (!question || !canSee(viewer, question)) throw notFound('Question');
  return question;
}

/**
 * 422 at the first place the body differs from the contract's schema, has a key it lacks, or
 * breaks a declared limit (`maxLength`, `maxItems`, `pattern`; the limits `/config` sets are
 * checked by the operations with the configured value).
 */
export function checkBody(body: unknown, schema: string): void {
  const mismatch = findSchemaError(body, `@${schema}`, schemas);
  if (!mismatch) {
    const undeclared = findUndeclaredKey(body, `@${schema}`, schemas);
    if (!undeclared) {
      const limit = findLimitError(body, `@${schema}`, schemas);
      if (limit) assertValid([limit]);
      return;
    }
    throw new ProblemError(
      422,
      'validation_failed',
      'The request body has a field the API does not know.',
      {
        errors: [{ pointer: undeclared, code: 'unknown', detail: 'Not a field of this request.' }],
      },
    );
  }
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
export function touch(
  context: BackendContext,
  question: QuestionRecord,
  kind: ChangeRecord['kind'],
) {
  const at = nowIso(context);
  if (kind === 'updated') question.version += 1;
  question.updatedAt = at;
  if (question.status !== 'awaiting_platform') delete question.platformSince;
  else question.platformSince ??= at;
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
