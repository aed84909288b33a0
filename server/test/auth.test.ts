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
    const expired = /^TokenRefused: The token was refused: it has expired \(exp\)\.$/;
    await assert.rejects(async () => verify(token), expired);
    await assert.rejects(async () => verify(token), expired);
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
    await assert.rejects(
      async () => verify(`${header}.${payload}.${flipped}`),
      /its signature does not verify/,
    );
    assert.deepEqual(await verify(token), { role: 'seller', id: 'seller-1', shopId: 's-1' });
  });

  it('says why it refuses a token, never what it expected', async () => {
    const verify = createVerifier({ secret, audience, issuer: 'https://id.shop.example' });
    const key = new TextEncoder().encode(secret);
    const token = (change: (jwt: SignJWT) => SignJWT, claims: Record<string, unknown> = {}) =>
      change(
        new SignJWT({ role: 'buyer', ...claims })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('b-anna')
          .setAudience(audience)
          .setIssuer('https://id.shop.example')
          .setExpirationTime('1h'),
      ).sign(key);
    const refused = async (jwt: string | Promise<string>, reason: RegExp) => {
      const text = await jwt;
      await assert.rejects(
        async () => verify(text),
        (error: Error) => {
          assert.equal(error.name, 'TokenRefused');
          assert.match(error.message, reason);
          assert.ok(!error.message.includes(audience), error.message);
          assert.ok(!error.message.includes('id.shop.example'), error.message);
          assert.ok(!error.message.includes(secret), error.message);
          return true;
        },
      );
    };
    await refused(
      token((jwt) => jwt.setAudience('another-app')),
      /its aud claim is not the one this backend takes/,
    );
    await refused(
      token((jwt) => jwt.setIssuer('https://evil.example')),
      /its iss claim/,
    );
    await refused(
      token((jwt) => jwt.setNotBefore('1h')),
      /it is not valid yet \(nbf\)/,
    );
    await refused(
      token((jwt) => jwt, { role: 'admin' }),
      /its role, sub or shop_id claim/,
    );
    await refused(
      new SignJWT({ role: 'buyer' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('b-anna')
        .setAudience(audience)
        .setIssuer('https://id.shop.example')
        .sign(key),
      /it has no exp claim/,
    );
    const [header, body] = (await token((jwt) => jwt)).split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    await refused(`${none}.${body}.`, /its algorithm is not one this backend takes \(HS256\)/);
    await refused('not-a-token', /it is not a JWT/);
    assert.ok(header);
  });
});
