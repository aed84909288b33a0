// Shared by the CDN smoke test and the benchmarks: headless Chromium from the machine, the mock
// backend bundled for Node (served to pages by ./http-server.mjs, so the page's main thread does
// only the SDK's work, as with a real backend), the production CDN bundle, and medians.
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import { compileHints } from '../tools/compile-hints.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const cacheDir = join(root, 'node_modules/.cache/seller-questions');
mkdirSync(cacheDir, { recursive: true });

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The mean of `values` and its standard error (the standard deviation over √n): for the
 * differences of paired runs, an A/B's effect and how sure it is (±2 standard errors is about
 * 95 %).
 */
export function meanAndError(values) {
  const finite = values.filter((value) => Number.isFinite(value));
  const n = finite.length;
  if (n < 2) return { mean: finite[0] ?? NaN, error: NaN, n };
  const mean = finite.reduce((sum, value) => sum + value, 0) / n;
  const variance = finite.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  return { mean, error: Math.sqrt(variance / n), n };
}

/** The machine's CPU time so far, idle and all (Linux's /proc/stat), or null elsewhere. */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
    const ticks = fields.map(Number);
    // idle and iowait are the 4th and 5th fields.
    return { idle: ticks[3] + (ticks[4] ?? 0), all: ticks.reduce((sum, tick) => sum + tick, 0) };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine is quiet, so that a measurement does not share the CPUs with work
 * left over from before it: the CPUs at least `idle` idle over `window` ms, or `timeout` ms
 * passed. A closed page's renderer goes on tearing it down for a while (measured on 2 vCPUs:
 * ~380 ms of CPU time in the 300 ms after closing the page with 10,000 rows, both cores busy),
 * and a page that has just loaded is still compiling its scripts in the background. Where
 * /proc/stat is missing (not Linux), waits one second. Resolves with the idle share it saw.
 */
export async function quiet({ idle = 0.9, window = 200, timeout = 5000 } = {}) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = Date.now() + timeout;
  let before = cpuTimes();
  if (!before) {
    await sleep(1000);
    return null;
  }
  for (;;) {
    await sleep(window);
    const after = cpuTimes();
    const share = (after.idle - before.idle) / Math.max(1, after.all - before.all);
    if (share >= idle || Date.now() >= deadline) return share;
    before = after;
  }
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

/**
 * The inbox benchmark's page (demo/bench), built for production into `outDir` as an
 * integrator ships it: lit's production build, minified (not when profiling, so that profiles
 * name functions), with V8's compile hints unless `hints` is false.
 */
export async function buildBenchPage({ outDir, hints = true, minify = true }) {
  await viteBuild({
    configFile: false,
    root: join(root, 'demo/bench'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: hints ? [compileHints()] : [],
    build: { outDir, emptyOutDir: true, target: 'es2022', minify },
  });
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

/**
 * The package as a storefront's project installs it: the library build (`npm run build`'s first
 * step, dist/ with start.js and first-view.json) and package.json, in a directory of its own
 * (not the checkout's dist/, which `npm run build` owns; `dir`, in the cache by default).
 * Returns that directory.
 */
export async function buildPackage(dir = join(cacheDir, 'package')) {
  await viteBuild({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, sourcemap: false },
  });
  writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')));
  return dir;
}

/**
 * A storefront's project in `dir` with the package of `packageDir` (buildPackage()) installed:
 * node_modules/seller-questions links to it, and a package.json of its own (without it the
 * checkout's would be the nearest, and its name would resolve `seller-questions` to the
 * checkout's dist/ by self-reference). Returns `dir`.
 */
export function storefrontProject(dir, packageDir) {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  rmSync(join(dir, 'node_modules/seller-questions'), { force: true });
  symlinkSync(packageDir, join(dir, 'node_modules/seller-questions'));
  writeFileSync(
    join(dir, 'package.json'),
    '{ "name": "storefront", "private": true, "type": "module" }\n',
  );
  return dir;
}

/** The machine's Chromium (CHROME_PATH honoured), or undefined. */
export function chromePath() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find(
    (path) => path && existsSync(path),
  );
}

/** Headless Chromium, with `args` beside the usual ones. */
export async function launch(args = []) {
  return chromium.launch({
    executablePath: chromePath(),
    args: [
      ...args,
      '--no-sandbox',
      '--disable-gpu',
      '--enable-precise-memory-info',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}
