// Bearer tokens are JWTs the host's own sign-in issues (docs/server.md says how), verified with
// jose: an HS256 shared secret, or the keys of a JWKS URL. `alg: none`, other algorithms than
// the configured ones, expired tokens, a wrong audience or issuer are all refused.
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Claims } from '../../src/backend/context.js';

export interface AuthOptions {
  /** HS256 shared secret (at least 32 bytes). */
  secret?: string | undefined;
  /** A JWKS URL for asymmetric keys (RS256, ES256, EdDSA). */
  jwksUrl?: string | undefined;
  /** The `aud` every token must carry. */
  audience: string;
  /** The `iss` every token must carry, when set. */
  issuer?: string | undefined;
}

export const ROLE_CLAIM = 'role';
export const SHOP_CLAIM = 'shop_id';

export function createVerifier(options: AuthOptions): (token: string) => Promise<Claims | null> {
  if (!options.secret && !options.jwksUrl) {
    throw new Error('seller-questions server: set JWT_SECRET or JWT_JWKS_URL to verify tokens.');
  }
  if (options.secret && new TextEncoder().encode(options.secret).length < 32) {
    throw new Error('seller-questions server: JWT_SECRET must be at least 32 bytes.');
  }
  const key = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl))
    : new TextEncoder().encode(options.secret);
  const algorithms = options.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'];
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        audience: options.audience,
        ...(options.issuer ? { issuer: options.issuer } : {}),
        requiredClaims: ['sub', 'exp'],
      });
      return claimsOf(payload);
    } catch {
      return null;
    }
  };
}

function claimsOf(payload: JWTPayload): Claims | null {
  const role = payload[ROLE_CLAIM];
  const id = payload.sub;
  if ((role !== 'buyer' && role !== 'seller') || typeof id !== 'string' || !id) return null;
  const shopId = payload[SHOP_CLAIM];
  if (role === 'seller' && typeof shopId !== 'string') return null;
  return role === 'seller' ? { role, id, shopId: shopId as string } : { role, id };
}

/** Issues a token as a host's sign-in would (the demo's token endpoint and the tests). */
export async function issueToken(
  claims: Claims,
  options: { secret: string; audience: string; issuer?: string; expiresIn?: string },
): Promise<string> {
  const jwt = new SignJWT({
    [ROLE_CLAIM]: claims.role,
    ...(claims.shopId ? { [SHOP_CLAIM]: claims.shopId } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.id)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h');
  if (options.issuer) jwt.setIssuer(options.issuer);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
