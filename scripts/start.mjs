#!/usr/bin/env node
// `npm start`: the demo on the reference server. Prepares what the pages need (msw's worker
// script, the compiled translations) and the server's build (server/dist/main.js, rebuilt when a
// source changed: `npm run build:server`), starts the server (demo mode, PostgreSQL on PGlite
// in .data/pglite, so the data survives restarts) on 127.0.0.1:8787, waits until it is ready, then
// starts Vite's dev server on 127.0.0.1:5173 with VITE_BACKEND=server (the pages talk to the
// server through Vite's /api proxy). Ctrl-C stops both; if either stops, so does the other, and
// this script exits with its code. `npm run start:mock` is the old demo on the in-browser mock.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const SERVER_PORT = 8787;
const VITE_PORT = 5173;
const DATA_DIR = '.data/pglite';
const serverUrl = `http://${HOST}:${SERVER_PORT}`;
const demoUrl = `http://${HOST}:${VITE_PORT}/`;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function say(message) {
  console.log(`[start] ${message}`);
}

for (const [script, ...args] of [
  ['prepare:worker'],
  ['i18n:build'],
  ['build:server', '--if-stale'],
]) {
  const result = spawnSync(
    npm,
    ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])],
    {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  if (result.status !== 0) {
    console.error(`[start] npm run ${script} failed (${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.status;
  } catch {
    return null;
  }
}

// Another process on the server's port would answer the readiness check in our server's place.
if ((await answers(`${serverUrl}/readyz`)) !== null) {
  console.error(
    `[start] Something already answers on ${serverUrl}; stop it first (another npm start?).`,
  );
  process.exit(1);
}

/** Children by name; each entry is removed when that child exits. */
const children = new Map();
let exiting = false;

/** Starts a child whose output lines are shown with a prefix. */
function start(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) process.stdout.write(`[${name}] ${line}\n`);
    });
    stream.on('end', () => {
      if (rest.trim()) process.stdout.write(`[${name}] ${rest}\n`);
    });
  }
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (exiting) {
      if (children.size === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    // One child died on its own: stop the other and exit with the dead one's code.
    const status = code ?? (signal ? 128 + (signalNumbers[signal] ?? 0) : 1);
    console.error(`[start] ${name} exited (${code ?? signal}); stopping.`);
    stopAll('SIGTERM', status);
  });
  return child;
}

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

function stopAll(signal, status) {
  if (!exiting) {
    exiting = true;
    process.exitCode = status;
  }
  if (children.size === 0) process.exit(process.exitCode ?? 0);
  for (const child of children.values()) child.kill(signal);
  // Whatever does not stop within 15 s (the server allows itself 10) is killed.
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
  }, 15_000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll(signal, 128 + signalNumbers[signal]);
  });
}

say(`Starting the reference server on ${serverUrl} (PostgreSQL on PGlite in ${DATA_DIR})…`);
start('server', ['server/dist/main.js'], {
  DEMO: '1',
  DATA_DIR,
  PORT: String(SERVER_PORT),
  HOST,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  // Two malloc arenas, not one per thread: what photos' decoding frees is reused (docs/server.md).
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
});

const deadline = Date.now() + 120_000;
while ((await answers(`${serverUrl}/readyz`)) !== 200) {
  if (exiting) await new Promise(() => {}); // the exit handler ends the process
  if (Date.now() > deadline) {
    console.error(`[start] The server did not become ready at ${serverUrl}/readyz in 2 minutes.`);
    stopAll('SIGTERM', 1);
    await new Promise(() => {});
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
say('The server is ready.');

start(
  'vite',
  [
    fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url)),
    '--host',
    HOST,
    '--port',
    String(VITE_PORT),
    '--strictPort',
    '--clearScreen',
    'false',
  ],
  { VITE_BACKEND: 'server' },
);

while (!exiting && (await answers(demoUrl)) === null) {
  await new Promise((resolve) => setTimeout(resolve, 200));
}
if (!exiting) {
  say(`Demo on the reference server: ${demoUrl}  (back office: ${demoUrl}merchant.html)`);
  say(`Data is kept in ${DATA_DIR}; "Reset data" in the demo goes back to the seed. Ctrl-C stops.`);
}
