import type { Plugin } from 'vite';

/** The comment that asks V8 to compile a whole file as it loads (see compile-hints.mjs). */
export const COMPILE_HINT: string;
/** Puts COMPILE_HINT first in each chunk written for which `include` holds (all by default). */
export function compileHints(options?: {
  include?: (chunk: {
    fileName: string;
    name: string;
    isEntry: boolean;
    isDynamicEntry: boolean;
  }) => boolean;
}): Plugin;
