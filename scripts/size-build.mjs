// How scripts/size.mjs and scripts/size-modules.mjs bundle an element: lit included, production
// build, code split, templates minified (each adds its entry, plugins and minification).
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** esbuild options of every size measurement; `plugins` run after the caller's own. */
export function sizeBuildOptions(plugins = []) {
  return {
    bundle: true,
    splitting: true,
    outdir: `${root}.size-out`,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    charset: 'utf8',
    legalComments: 'none',
    tsconfig: `${root}tsconfig.json`,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [...plugins, minifyTemplatesPlugin],
    logLevel: 'silent',
  };
}

/** Brotli-compressed size in bytes, at the quality a CDN uses for static files. */
export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
