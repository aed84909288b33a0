// Settings from the environment (docs/server.md, "Configuration"): switches, blank values,
// CORS origins and the database URL, read one way by every part of the server.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corsOriginsFromEnv, databaseUrlFromEnv, switchFromEnv, textFromEnv } from '../src/env.js';

describe('settings from the environment', () => {
  it('reads a switch as 1/0, true/false, yes/no or on/off, and refuses anything else', () => {
    for (const on of ['1', 'true', 'TRUE', ' yes ', 'On']) {
      assert.equal(switchFromEnv({ X: on }, 'X', false), true, on);
    }
    for (const off of ['0', 'false', 'No', 'off']) {
      assert.equal(switchFromEnv({ X: off }, 'X', true), false, off);
    }
    assert.equal(switchFromEnv({}, 'X', true), true);
    assert.equal(switchFromEnv({ X: ' ' }, 'X', false), false);
    assert.throws(
      () => switchFromEnv({ TRUST_PROXY: 'enabled' }, 'TRUST_PROXY', false),
      /^Error: TRUST_PROXY must be 1 or 0 \(or true\/false, yes\/no, on\/off\), not "enabled"\.$/,
    );
  });

  it('takes a blank text as not given', () => {
    assert.equal(
      textFromEnv({ JWT_AUDIENCE: '' }, 'JWT_AUDIENCE', 'seller-questions'),
      'seller-questions',
    );
    assert.equal(textFromEnv({ JWT_AUDIENCE: '  ' }, 'JWT_AUDIENCE'), undefined);
    assert.equal(textFromEnv({ JWT_AUDIENCE: ' shop ' }, 'JWT_AUDIENCE', 'x'), 'shop');
  });

  it('reads CORS origins as browsers send them, and refuses what could never match', () => {
    assert.deepEqual(
      corsOriginsFromEnv({
        CORS_ORIGINS:
          'https://a.example, https://B.example/,https://c.example:443,http://localhost:5173',
      }),
      ['https://a.example', 'https://b.example', 'https://c.example', 'http://localhost:5173'],
    );
    assert.deepEqual(corsOriginsFromEnv({}), []);
    for (const wrong of ['https://c.example/shop', 'shop.example', 'https://c.example/?x=1', '*']) {
      assert.throws(
        () => corsOriginsFromEnv({ CORS_ORIGINS: `https://a.example,${wrong}` }),
        /CORS_ORIGINS: ".*" is not an origin/,
        wrong,
      );
    }
  });

  it('takes a PostgreSQL URL, and refuses another without echoing it', () => {
    assert.equal(
      databaseUrlFromEnv({ DATABASE_URL: 'postgres://u:p@db:5432/sq' }),
      'postgres://u:p@db:5432/sq',
    );
    assert.equal(
      databaseUrlFromEnv({ DATABASE_URL: 'postgresql:///sq?host=/run/postgresql' }),
      'postgresql:///sq?host=/run/postgresql',
    );
    assert.equal(databaseUrlFromEnv({ DATABASE_URL: '' }), undefined);
    for (const wrong of ['mysql://u:secret-pw@h/db', 'not a url']) {
      assert.throws(
        () => databaseUrlFromEnv({ DATABASE_URL: wrong }),
        (error: Error) =>
          /^DATABASE_URL must be a PostgreSQL URL/.test(error.message) &&
          !error.message.includes('secret-pw'),
      );
    }
  });
});
