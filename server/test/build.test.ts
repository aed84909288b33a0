// The production build: `npm run build:server` bundles the server into one ES module that runs
// with plain `node` (no tsx, no eld in the process), finds its migrations and email catalogues
// beside the sources, and serves the API, a message's language detected as under tsx.
import assert from 'node:assert/strict';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { issueToken } from '../src/auth.js';
import { childServerEnv, freePort, spawnServer, target } from './support/server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const secret = randomBytes(32).toString('base64url');
const audience = 'seller-questions-build';

describe(`the compiled server (server/dist/main.js) on ${target}`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  let dir: string;
  let bundle: string;
  let child: ChildProcess | undefined;
  let port: number;

  before(() => {
    // Beside server/dist, not over it: a server someone runs keeps its file.
    dir = join(ROOT, 'server/dist', `test-${randomBytes(4).toString('hex')}`);
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    bundle = join(dir, 'main.js');
    execFileSync(process.execPath, ['server/scripts/build.mjs', '--outfile', bundle], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  });
  after(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('is one module that imports neither tsx nor eld', () => {
    const text = readFileSync(bundle, 'utf8');
    assert.doesNotMatch(text, /from ["']tsx|import\(["']tsx/);
    assert.doesNotMatch(text, /from ["']eld|import\(["']eld/);
    assert.doesNotMatch(text, /^import .* from ["']\.\.?\//m, 'no relative import left');
  });

  it('resolves the files it reads beside the sources (migrations, email catalogues)', () => {
    const text = readFileSync(bundle, 'utf8');
    const paths = [
      ...text.matchAll(/new URL\("([^"]+)", new URL\("([^"]+)", import\.meta\.url\)\.href\)/g),
    ].map(([, path, source]) => new URL(path!, new URL(source!, pathToFileURL(bundle))));
    const names = paths.map((url) => fileURLToPath(url));
    assert.ok(
      names.some((name) => name.endsWith('/server/migrations/')),
      names.join(', '),
    );
    assert.ok(
      names.some((name) => name.endsWith('/locales/')),
      names.join(', '),
    );
    for (const name of names) assert.ok(existsSync(name), `${name} exists`);
  });

  it('starts with plain node, migrates, and detects a message’s language', async () => {
    const { env, remove } = await childServerEnv({ secret, audience });
    cleanups.push(remove);
    port = await freePort();
    child = await spawnServer([bundle], port, env, { cwd: ROOT });

    // Julien Moreau's profile language is French; he writes German.
    const token = await issueToken({ role: 'buyer', id: 'b-julien' }, { secret, audience });
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/questions`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': `build-${randomBytes(6).toString('hex')}`,
      },
      body: JSON.stringify({
        category: 'pre_sale',
        topic: 'shop',
        shopId: 's-1',
        text: 'Ist der Artikel noch auf Lager und wann wird er verschickt?',
        language: 'fr',
      }),
    });
    assert.equal(response.status, 201, await response.clone().text());
    const question = (await response.json()) as { messages: { language: string }[] };
    assert.equal(question.messages[0]!.language, 'de');
  });
});
