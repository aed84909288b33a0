// Shared by the CDN smoke test and the benchmarks: headless Chromium from the machine, the mock
// backend running in Node (msw handlers answering the page's requests through Playwright's
// routing, so the page's main thread does only the SDK's work, as with a real backend), and
// static files served from disk under a made-up origin.
import { build as esbuild } from 'esbuild';
import { getResponse } from 'msw';
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const cacheDir = join(root, 'node_modules/.cache/seller-questions');
mkdirSync(cacheDir, { recursive: true });

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Bundles the mock backend's module for Node (msw stays external); returns the file. */
export async function bundleMocks() {
  const outfile = join(cacheDir, 'mocks.mjs');
  await esbuild({
    entryPoints: [join(root, 'src/mocks/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['msw', 'msw/*'],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  return outfile;
}

/** The mock backend's module, bundled for Node. */
export async function loadMocks() {
  return import(`${pathToFileURL(await bundleMocks()).href}?${Date.now()}`);
}

/** The CDN bundle, built for production into the cache (dist/cdn is left alone). */
export async function buildCdnBundle() {
  const outDir = join(cacheDir, 'cdn');
  await viteBuild({
    configFile: join(root, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  return outDir;
}

export async function launch() {
  const executablePath = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/google-chrome',
  ].find((path) => path && existsSync(path));
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--enable-precise-memory-info',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `origin` to the page: `/api/v1/...` from the mock backend, anything else from the file
 * `files(pathname)` names (404 when it returns nothing).
 */
export async function serve(page, { origin, backend, files }) {
  await page.route(`${origin}/**`, async (routed) => {
    const request = routed.request();
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/v1/')) {
      const response = await getResponse(
        backend.handlers,
        new Request(url, {
          method: request.method(),
          headers: await request.allHeaders(),
          body: request.postDataBuffer() ?? undefined,
        }),
      );
      if (!response) return routed.fulfill({ status: 404 });
      return routed.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    }
    const file = files(url.pathname);
    if (!file || !existsSync(file)) return routed.fulfill({ status: 404, body: 'not found' });
    return routed.fulfill({
      status: 200,
      headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' },
      body: readFileSync(file),
    });
  });
}
