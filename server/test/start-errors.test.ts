// A start that fails says why in one log line and exits with 1 (docs/server.md,
// "Configuration"): a setting the server refuses is named with what it takes, checked before
// the database is opened or migrated; nothing is printed as a stack trace, and no secret.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
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
    });
  }

  it('says why when the database cannot be reached, without its password', async () => {
    const { code, output } = await start({
      JWT_SECRET: SECRET,
      DATABASE_URL: 'postgres://someone:hunter2-password@127.0.0.1:1/nothing',
    });
    assert.equal(code, 1);
    const line = JSON.parse(output.trim().split('\n').at(-1)!) as { msg: string; reason: string };
    assert.equal(line.msg, 'start failed');
    assert.match(line.reason, /ECONNREFUSED/);
    assert.ok(!output.includes('hunter2'));
    assert.doesNotMatch(output, /\n\s+at /);
  });
});
