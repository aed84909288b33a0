// A start that fails says why in one log line and exits with 1 (docs/server.md,
// "Configuration"): a setting the server refuses is named with what it takes, checked before
// the database is opened or migrated; nothing is printed as a stack trace, and no secret.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const SECRET = 'a-secret-that-is-long-enough-for-hs256-tokens';

/** Runs the server with `env`; resolves with its exit code and output once it has ended. */
const start = (env: Record<string, string>) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 60_000,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: unknown) => {
      const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
      return { code, output: stdout + stderr };
    },
  );

describe('a start that fails', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sq-start-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const [name, env, reason] of [
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }, /LOG_LEVEL is one of trace, .*, silent; not "verbose"/],
    ['PORT', { PORT: 'abc' }, /PORT is a whole number from 0 to 65535, not "abc"/],
    ['DATABASE_POOL_SIZE', { DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE is a whole number/],
    ['JWT_SECRET', { JWT_SECRET: '' }, /set JWT_SECRET or JWT_JWKS_URL/],
    ['a short JWT_SECRET', { JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 bytes/],
    // A switch mistyped is refused, never quietly off (TRUST_PROXY=true was off).
    ['TRUST_PROXY', { TRUST_PROXY: 'maybe' }, /TRUST_PROXY must be 1 or 0 \(or true\/false/],
    ['DEMO', { DEMO: 'sure' }, /DEMO must be 1 or 0/],
    ['COMPRESSION', { COMPRESSION: 'gzip' }, /COMPRESSION must be 1 or 0/],
    [
      'CORS_ORIGINS',
      { CORS_ORIGINS: 'https://a.example,https://b.example/shop' },
      /CORS_ORIGINS: "https:\/\/b.example\/shop" is not an origin/,
    ],
    [
      'a DATABASE_URL of another database',
      { DATABASE_URL: 'mysql://u:hunter2@h/db' },
      /DATABASE_URL must be a PostgreSQL URL/,
    ],
    // Checked before the migrations too, which a release set up wrong must not run.
    [
      'RATE_LIMIT_PER_MINUTE',
      { RATE_LIMIT_PER_MINUTE: '-1' },
      /RATE_LIMIT_PER_MINUTE must be a whole number/,
    ],
    ['PURGE_INTERVAL_MINUTES', { PURGE_INTERVAL_MINUTES: '1.5' }, /PURGE_INTERVAL_MINUTES/],
  ] as const) {
    it(`refuses ${name} in one line, before the database`, async () => {
      const data = join(dir, name.replaceAll(' ', '-'));
      const { code, output } = await start({ JWT_SECRET: SECRET, DATA_DIR: data, ...env });
      assert.equal(code, 1);
      const lines = output.trim().split('\n');
      assert.equal(lines.length, 1, output);
      const line = JSON.parse(lines[0]!) as { level: number; msg: string; reason: string };
      assert.equal(line.level, 60);
      assert.equal(line.msg, 'start failed');
      assert.match(line.reason, reason);
      assert.doesNotMatch(output, /\n\s+at /);
      assert.ok(!output.includes(SECRET.slice(0, 12)));
      assert.ok(!output.includes('hunter2'));
      // Not even the data directory was made.
      assert.equal(existsSync(data), false);
    });
  }

  it('takes a blank setting as one not given, and true/false, on/off for a switch', async () => {
    const data = join(dir, 'blank');
    // All of these pass (a blank LOG_LEVEL or PORT was refused, TRUST_PROXY=true quietly
    // off): the start goes on to the next setting, refused.
    const { code, output } = await start({
      JWT_SECRET: SECRET,
      DATA_DIR: data,
      LOG_LEVEL: ' ',
      PORT: '',
      JWT_AUDIENCE: '',
      HOST: '',
      TRUST_PROXY: 'true',
      COMPRESSION: 'off',
      CORS_ORIGINS: 'https://Shop.Example/, https://admin.shop.example:443',
      RATE_LIMIT_PER_MINUTE: '-1',
    });
    assert.equal(code, 1);
    const line = JSON.parse(output.trim()) as { reason: string };
    assert.match(line.reason, /RATE_LIMIT_PER_MINUTE must be a whole number/);
  });

  it('says why when the database cannot be reached, without its password', async () => {
    const { code, output } = await start({
      JWT_SECRET: SECRET,
      DATABASE_URL: 'postgres://someone:hunter2-password@127.0.0.1:1/nothing',
    });
    assert.equal(code, 1);
    const line = JSON.parse(output.trim().split('\n').at(-1)!) as { msg: string; reason: string };
    assert.equal(line.msg, 'start failed');
    assert.match(line.reason, /^the database of DATABASE_URL: .*ECONNREFUSED/);
    assert.ok(!output.includes('hunter2'));
    assert.doesNotMatch(output, /\n\s+at /);
  });
});
