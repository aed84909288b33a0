// PGlite's data directory: made on first start (in a worker thread, db.ts createDataDir), kept
// and reopened on the next, and a path that cannot be one fails with the path in the error.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { migrate, openDatabase } from '../src/db.js';
import { target } from './support/server.js';

describe('PGlite data directory', { skip: target !== 'PGlite' && 'PGlite only' }, () => {
  let parent: string;
  before(async () => {
    parent = await mkdtemp(join(tmpdir(), 'sq-data-dir-'));
  });
  after(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('is made on first open, keeps what was written, and is reopened as it is', async () => {
    const dataDir = join(parent, 'pglite');
    const first = await openDatabase({ dataDir });
    assert.ok(existsSync(join(dataDir, 'PG_VERSION')), 'the data directory holds a cluster');
    const applied = await migrate(first);
    assert.ok(applied.length > 0, 'a new directory takes every migration');
    await first.query('INSERT INTO config (id, data) VALUES (1, \'{"kept":true}\'::jsonb)');
    await first.close();

    const again = await openDatabase({ dataDir });
    assert.deepEqual(await migrate(again), [], 'nothing left to migrate');
    const rows = await again.query<{ kept: boolean }>(
      "SELECT (data->>'kept')::boolean AS kept FROM config WHERE id = 1",
    );
    assert.deepEqual(rows, [{ kept: true }]);
    await again.close();
  });

  it('fails with the path when the directory cannot be made, and leaves the path alone', async () => {
    const file = join(parent, 'not-a-directory');
    await writeFile(file, 'a file, not a data directory');
    await assert.rejects(openDatabase({ dataDir: file }), (error: Error) => {
      assert.match(
        error.message,
        /^the PGlite data directory .*not-a-directory is a file, not a directory$/,
      );
      return true;
    });
    assert.ok(existsSync(file), 'the file is still there');
    assert.ok(!existsSync(`${file}.lock`), 'its lock is released');
  });

  it('is owned by one process: refused while another has it open, taken over when it ended', async () => {
    const dataDir = join(parent, 'owned');
    const lock = `${dataDir}.lock`;
    const first = await openDatabase({ dataDir });
    await migrate(first);
    await first.query('INSERT INTO config (id, data) VALUES (1, \'{"n":1}\'::jsonb)');
    assert.equal(readFileSync(lock, 'utf8').trim(), String(process.pid));
    // Opened again while open (here, and by another process): refused, naming the owner.
    const refused = (owner: number) => (error: Error) => {
      assert.match(error.message, new RegExp(`is in use by process ${owner}: one process owns it`));
      return true;
    };
    await assert.rejects(openDatabase({ dataDir }), refused(process.pid));
    await first.close();
    assert.ok(!existsSync(lock), 'closing releases it');

    const other = spawn('sleep', ['30']);
    try {
      await writeFile(lock, `${other.pid}\n`);
      await assert.rejects(openDatabase({ dataDir }), refused(other.pid!));
    } finally {
      other.kill();
      await new Promise((resolve) => other.once('exit', resolve));
    }
    // Its owner is gone (killed without closing it): taken over, with what was written.
    const again = await openDatabase({ dataDir });
    assert.equal(readFileSync(lock, 'utf8').trim(), String(process.pid));
    assert.deepEqual(await again.query("SELECT data->>'n' AS n FROM config"), [{ n: '1' }]);
    await again.close();
  });
});
