// V8's explicit compile hint for a whole file (Chromium 136 and later): a file that starts with
// the comment `//# allFunctionsCalledOnLoad` has all its functions compiled as it is loaded, on
// a background thread while it streams in, instead of each one on the page's main thread the
// first time it is called. The elements call most of their code on their first render, so
// the main thread has less to do before the first paint. Browsers without the hint read a
// comment. See https://v8.dev/blog/explicit-compile-hints.
//
// A Vite (or Rollup) plugin that puts the comment first in every chunk it writes for which
// `include(chunk)` holds (all by default). It does so in the written files, after everything
// else (a minifier drops comments; Vite puts a preload helper first in some chunks), and moves
// the source map written beside each one down by the line it adds.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * @param {{ include?: (chunk: { fileName: string, name: string, isEntry: boolean,
 *   isDynamicEntry: boolean }) => boolean }} [options]
 */
export function compileHints({ include = () => true } = {}) {
  return {
    name: 'seller-questions-compile-hints',
    enforce: 'post',
    writeBundle(options, bundle) {
      if (!options.dir) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !include(chunk)) continue;
        const file = join(options.dir, chunk.fileName);
        const code = readFileSync(file, 'utf8');
        if (code.startsWith(COMPILE_HINT)) continue;
        writeFileSync(file, `${COMPILE_HINT}\n${code}`);
        const mapFile = `${file}.map`;
        if (!existsSync(mapFile)) continue;
        const map = JSON.parse(readFileSync(mapFile, 'utf8'));
        map.mappings = `;${map.mappings}`;
        writeFileSync(mapFile, JSON.stringify(map));
      }
    },
  };
}
