// Unsubscribe links: a token naming one person and one kind of email, signed with HMAC-SHA256
// under EMAIL_SECRET. It never expires (an old email's link keeps working, as RFC 8058 asks)
// and carries nothing secret; a token whose signature does not verify is refused.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const EMAIL_KINDS = ['newQuestions', 'deadlineWarnings', 'answers'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export type PersonRole = 'buyer' | 'seller' | 'platform';

export interface UnsubscribeClaim {
  role: PersonRole;
  personId: string;
  kind: EmailKind;
}

const sign = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest('base64url');

export function unsubscribeToken(claim: UnsubscribeClaim, secret: string): string {
  const payload = Buffer.from(
    JSON.stringify([claim.role, claim.personId, claim.kind]),
    'utf8',
  ).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The claim of a token signed with `secret`; null for anything else. */
export function verifyUnsubscribeToken(
  token: string,
  secret: string | undefined,
): UnsubscribeClaim | null {
  if (!secret || token.length > 512) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [role, personId, kind] = value as unknown[];
    if (role !== 'buyer' && role !== 'seller' && role !== 'platform') return null;
    if (typeof personId !== 'string' || !(EMAIL_KINDS as readonly unknown[]).includes(kind)) {
      return null;
    }
    return { role, personId, kind: kind as EmailKind };
  } catch {
    return null;
  }
}
