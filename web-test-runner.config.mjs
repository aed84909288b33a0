// Browser tests: headless Chromium from the machine (CHROME_PATH honoured), TypeScript through
// esbuild with the project's tsconfig (legacy decorators), msw's worker served at the scope root.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as esbuild from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'];
const executablePath = candidates.find((path) => path && existsSync(path));
const rootUrl = new URL('.', import.meta.url);
const root = fileURLToPath(rootUrl);

// The policy the SDK promises to work under (docs/security.md), sent with the static pages of
// test/csp/ only: test pages carry web-test-runner's own inline scripts.
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * React ships CommonJS only. As Vite's dependency optimizer does, bundle it once into ES modules
 * (one shared chunk, so react and react-dom share one React) with esbuild, and serve the result
 * under /__esm__/. @rollup/plugin-commonjs through @web/dev-server-rollup's `fromRollup` does not
 * do here: it converts one file at a time and leaves the named exports of
 * `module.exports = require(...)` to Rollup's bundling (synthetic named exports), which a dev
 * server never does, so the test page fails with "The requested module
 * './../../node_modules/react/jsx-runtime.js' does not provide an export named 'jsx'"
 * (plugin-commonjs 29.0.3, dev-server-rollup 0.6.4).
 */
function commonJsAsEsm(specifiers) {
  // Read in a child process: the test runner's terminal wraps `console`, which React's
  // development build does not expect.
  const exportNames = (specifier) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['-e', 'console.log(JSON.stringify(Object.keys(require(process.argv[1]))))', specifier],
        { cwd: root, env: { ...process.env, NODE_ENV: 'development' }, encoding: 'utf8' },
      ),
    ).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  const fileOf = (specifier) => `${specifier.replaceAll('/', '__')}.js`;
  let files;
  const bundle = async () => {
    const result = await esbuild.build({
      entryPoints: Object.fromEntries(
        specifiers.map((specifier) => [fileOf(specifier).slice(0, -3), `entry:${specifier}`]),
      ),
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      outdir: 'out',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'warning',
      plugins: [
        {
          name: 'named-exports',
          setup(build) {
            // `export { useState, ... } from 'react'`: the names the CommonJS module exports.
            build.onResolve({ filter: /^entry:/ }, ({ path }) => ({
              path: path.slice('entry:'.length),
              namespace: 'entry',
            }));
            build.onLoad({ filter: /.*/, namespace: 'entry' }, ({ path }) => {
              const names = exportNames(path);
              return {
                contents: `export { ${names.join(', ')} } from '${path}';\nexport { default } from '${path}';\n`,
                resolveDir: root,
              };
            });
          },
        },
      ],
    });
    return new Map(result.outputFiles.map((file) => [file.path.split('/').pop(), file.text]));
  };
  return {
    name: 'commonjs-as-esm',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return `/__esm__/${fileOf(source)}`;
    },
    async serve(context) {
      if (!context.path.startsWith('/__esm__/')) return;
      files ??= bundle();
      const body = (await files).get(context.path.slice('/__esm__/'.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

/**
 * The reference server (server/), in this process, under /server-api/v1: the contract suite runs
 * against it as well as against the mock. On PGlite in memory, or on a fresh database of the
 * PostgreSQL server named by TEST_DATABASE_URL.
 */
function referenceServer() {
  const prefix = '/server-api/';
  let started;
  const start = async () => {
    const { tsImport } = await import('tsx/esm/api');
    const { startTestServer } = await tsImport('./server/src/testing.ts', import.meta.url);
    const server = await startTestServer({
      basePath: '/server-api/v1',
      databaseUrl: process.env.TEST_DATABASE_URL || undefined,
    });
    // node:http's listener as the server's main.ts has it (its GETs straight to the backend).
    return { server, listener: server.listener() };
  };
  return {
    async middleware(context, next) {
      if (!context.path.startsWith(prefix)) return next();
      started ??= start();
      const { listener } = await started;
      context.respond = false;
      listener(context.req, context.res);
      await finished(context.res).catch(() => undefined);
    },
    plugin: {
      name: 'reference-server',
      // Started with the runner (a fresh PGlite takes seconds), ready when the suite reaches it.
      serverStart() {
        started ??= start();
      },
      async serverStop() {
        if (started) await (await started).server.close();
      },
    },
  };
}
const reference = referenceServer();

/** TypeScript imports `./page.js` for `./page.tsx` too; serve the .tsx when there is one. */
const tsxImports = {
  name: 'tsx-imports',
  resolveImport({ source, context }) {
    if (!/\.tsx?$/.test(context.path) || !source.startsWith('.') || !source.endsWith('.js')) return;
    const tsx = source.replace(/\.js$/, '.tsx');
    if (existsSync(new URL(tsx, new URL(`.${context.path}`, rootUrl)))) return tsx;
  },
};

/**
 * `executeServerCommand('accessibility-tree')`: the page's whole accessibility tree (roles,
 * names, descriptions), for tests of what a screen reader reads. The stock a11y-snapshot command
 * keeps only "interesting" nodes, which leaves out a listbox's options.
 */
const accessibilityTree = {
  name: 'accessibility-tree',
  async executeCommand({ command, session }) {
    if (command !== 'accessibility-tree') return undefined;
    const page = session.browser.getPage(session.id);
    return page.accessibility.snapshot({ interestingOnly: false });
  },
};

/**
 * `forced-colors` (payload `{ active: boolean }`): the page renders as in Windows' contrast themes,
 * with the browser's system colours in place of the page's (or as usual again).
 */
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // Through DevTools: puppeteer's emulateMediaFeatures() knows no `forced-colors`. The
    // emulation lasts as long as the DevTools session that set it, so the page keeps one.
    let cdp = emulationSessions.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      emulationSessions.set(page, cdp);
    }
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};
const emulationSessions = new WeakMap();

/**
 * After each test file the launcher takes its page to about:blank. Now and then Chromium detaches
 * the page's frame during that navigation, and puppeteer's `goto` rejects with "Navigating frame
 * was detached": the file's tests have all reported by then (it happened once in a CI run in which
 * all 631 passed), and the run failed for its clean-up step alone. Such a page is closed and the
 * next file gets a new one; every other error from stopping a session stands.
 */
function closingDetachedPages(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    try {
      return await stopSession(sessionId);
    } catch (error) {
      if (!String(error?.message).includes('Navigating frame was detached')) throw error;
      const page = launcher.activePages.get(sessionId);
      launcher.activePages.delete(sessionId);
      await page?.puppeteerPage.close().catch(() => undefined);
      console.warn(`The page of session ${sessionId} was detached as it was cleared; closed.`);
      return {};
    }
  };
  return launcher;
}

export default {
  files: ['test/**/*.test.{ts,tsx}'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One test page at a time: every page of the origin shares msw's one service worker (which
  // unregisters when its last page closes), and a page in the background is throttled (no
  // animation frames for the inbox's virtualized list), which made parallel runs flaky.
  concurrency: 1,
  // Lit's dev-mode notice repeats once per test file; everything else the page logs is kept.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      tsx: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      // What a bundler defines for Vue's ES build (test/frameworks/vue.test.ts).
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    }),
    tsxImports,
    accessibilityTree,
    forcedColors,
    reference.plugin,
    commonJsAsEsm([
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
    ]),
  ],
  middleware: [
    reference.middleware,
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.url = '/demo/public/mockServiceWorker.js';
      }
      return next();
    },
    async function strictCsp(context, next) {
      await next();
      if (context.path.startsWith('/test/csp/pages/trusted-types-none.')) {
        // A host that allows no Trusted Types policy at all: lit's cannot be made.
        context.set('Content-Security-Policy', `${STRICT_CSP}; trusted-types 'none'`);
      } else if (context.path.startsWith('/test/csp/pages/')) {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
    },
  ],
  browsers: [
    closingDetachedPages(
      chromeLauncher({
        launchOptions: {
          executablePath,
          headless: true,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-background-timer-throttling',
            '--disable-backgrounding-occluded-windows',
            '--disable-renderer-backgrounding',
          ],
        },
      }),
    ),
  ],
};
