// Bearer tokens are JWTs the host's own sign-in issues (docs/server.md says how), verified with
// jose: an HS256 shared secret, or the keys of a JWKS URL. `alg: none`, other algorithms than
// the configured ones, expired tokens, a wrong audience or issuer are all refused.
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Claims } from '../../src/backend/context.js';
import { TokenRefused } from '../../src/backend/problems.js';
import { RecentMap } from './recent.js';

export interface AuthOptions {
  /** HS256 shared secret (at least 32 bytes). */
  secret?: string | undefined;
  /** A JWKS URL for asymmetric keys (RS256, ES256, EdDSA). */
  jwksUrl?: string | undefined;
  /** The `aud` every token must carry. */
  audience: string;
  /** The `iss` every token must carry, when set. */
  issuer?: string | undefined;
  /** The clock tokens expire by (milliseconds since the epoch); the system's by default. */
  now?: (() => number) | undefined;
}

export const ROLE_CLAIM = 'role';
export const SHOP_CLAIM = 'shop_id';

/** Verified tokens kept, so a client's next request with the same token is not checked again. */
export const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Checks a bearer token: its claims, or a `TokenRefused` thrown (or rejected) saying why it is
 * not valid. A token verified earlier and not expired is answered at once, without a promise
 * to wait on.
 */
export type Verify = (token: string) => Claims | null | Promise<Claims | null>;

/** The claims of a token, or null when it is not valid or checking it failed. */
export async function claimsOrNull(verify: Verify, token: string): Promise<Claims | null> {
  try {
    return await verify(token);
  } catch {
    return null;
  }
}

export function createVerifier(options: AuthOptions): Verify {
  if (!options.secret && !options.jwksUrl) {
    throw new Error('seller-questions server: set JWT_SECRET or JWT_JWKS_URL to verify tokens.');
  }
  if (options.secret && new TextEncoder().encode(options.secret).length < 32) {
    throw new Error('seller-questions server: JWT_SECRET must be at least 32 bytes.');
  }
  // The secret is imported once (jose would import raw bytes again at every verification).
  const key = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl))
    : crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(options.secret),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['verify'],
      );
  const algorithms = options.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'];
  // Verified tokens until they expire, least recently used dropped first. Only tokens that
  // passed every check are kept (keyed by their whole text, signature included); a refused one
  // is checked again each time.
  const verified = new RecentMap<string, { claims: Claims; expiresAt: number }>(
    VERIFIED_TOKENS_KEPT,
  );
  const now = options.now ?? Date.now;
  const check = async (token: string, at: number) => {
    try {
      const { payload } = await jwtVerify(token, key instanceof Promise ? await key : key, {
        algorithms,
        audience: options.audience,
        ...(options.issuer ? { issuer: options.issuer } : {}),
        requiredClaims: ['sub', 'exp'],
        currentDate: new Date(at),
      });
      const claims = claimsOf(payload);
      if (!claims) {
        throw new TokenRefused(
          'its role, sub or shop_id claim is not one this backend takes (docs/server.md)',
        );
      }
      verified.set(token, { claims, expiresAt: payload.exp! * 1000 });
      return claims;
    } catch (error) {
      throw error instanceof TokenRefused ? error : new TokenRefused(refusal(error, algorithms));
    }
  };
  return (token) => {
    const at = now();
    const known = verified.get(token);
    if (known) {
      if (at < known.expiresAt) return known.claims;
      verified.delete(token);
    }
    return check(token, at);
  };
}

/**
 * Why jose refused a token, as its holder may be told: which check failed, never the value
 * expected (the audience, the issuer) nor anything of the key.
 */
function refusal(error: unknown, algorithms: string[]): string {
  const { code, claim, reason } = error as { code?: string; claim?: string; reason?: string };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'it has expired (exp)';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (claim === 'nbf') return 'it is not valid yet (nbf)';
      return reason === 'missing'
        ? `it has no ${claim} claim`
        : `its ${claim} claim is not the one this backend takes`;
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'its signature does not verify (signed with another secret or key)';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return `its algorithm is not one this backend takes (${algorithms.join(', ')})`;
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'no key of the JWKS matches it';
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
      return 'it is not a JWT';
    default:
      return 'it could not be verified';
  }
}

function claimsOf(payload: JWTPayload): Claims | null {
  const role = payload[ROLE_CLAIM];
  const id = payload.sub;
  if ((role !== 'buyer' && role !== 'seller' && role !== 'platform') || typeof id !== 'string')
    return null;
  if (!id) return null;
  const shopId = payload[SHOP_CLAIM];
  if (role === 'seller' && typeof shopId !== 'string') return null;
  // A platform agent works every shop: a token that names one is not a platform token.
  if (role === 'platform' && shopId !== undefined) return null;
  if (role === 'seller') return { role, id, shopId: shopId as string };
  // A buyer's own details, for adding them on their first request (checked then, when needed).
  const profile = Object.fromEntries(
    PROFILE_CLAIMS.filter((claim) => payload[claim] !== undefined).map((claim) => [
      claim,
      payload[claim],
    ]),
  );
  return role === 'buyer' && Object.keys(profile).length > 0 ? { role, id, profile } : { role, id };
}

/** What a buyer's token may say of them: OpenID Connect's `name`, `email`, `locale`; `country`. */
export const PROFILE_CLAIMS = ['name', 'email', 'locale', 'country'] as const;

/** Issues a token as a host's sign-in would (the demo's token endpoint and the tests). */
export async function issueToken(
  claims: Claims,
  options: { secret: string; audience: string; issuer?: string; expiresIn?: string },
): Promise<string> {
  const jwt = new SignJWT({
    [ROLE_CLAIM]: claims.role,
    ...(claims.shopId ? { [SHOP_CLAIM]: claims.shopId } : {}),
    ...claims.profile,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.id)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h');
  if (options.issuer) jwt.setIssuer(options.issuer);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
