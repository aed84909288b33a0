// Token verification: what a remembered token still has to pass.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { createVerifier, issueToken } from '../src/auth.js';

const secret = 'a-secret-of-at-least-thirty-two-bytes!';
const audience = 'seller-questions-test';

describe('token verification', () => {
  it('refuses a token it verified before once the token has expired', async () => {
    let now = Date.UTC(2030, 0, 1, 12, 0, 0);
    const verify = createVerifier({ secret, audience, now: () => now });
    const token = await new SignJWT({ role: 'buyer' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('b-anna')
      .setAudience(audience)
      .setExpirationTime(now / 1000 + 60)
      .sign(new TextEncoder().encode(secret));
    assert.deepEqual(await verify(token), { role: 'buyer', id: 'b-anna' });
    now += 59_000;
    assert.deepEqual(await verify(token), { role: 'buyer', id: 'b-anna' });
    now += 1_000;
    assert.equal(await verify(token), null);
    assert.equal(await verify(token), null);
  });

  it('refuses a token that differs from a verified one only in its signature', async () => {
    const verify = createVerifier({ secret, audience });
    const token = await issueToken(
      { role: 'seller', id: 'seller-1', shopId: 's-1' },
      {
        secret,
        audience,
      },
    );
    assert.deepEqual(await verify(token), { role: 'seller', id: 'seller-1', shopId: 's-1' });
    const [header, payload, signature] = token.split('.');
    const flipped = `${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    assert.equal(await verify(`${header}.${payload}.${flipped}`), null);
    assert.deepEqual(await verify(token), { role: 'seller', id: 'seller-1', shopId: 's-1' });
  });
});
