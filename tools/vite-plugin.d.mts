import type { Plugin } from 'vite';

export interface SellerQuestionsPluginOptions {
  /**
   * Your module that imports `configure` from `seller-questions/start.js` and calls it (a path
   * from Vite's root, or absolute). Built as a file of its own and loaded first in each page
   * that uses an element, by a module script marked `async`: the elements' first data is asked
   * for while the rest of the page's code is on its way.
   */
  start?: string;
  /**
   * Put the start module's code in each such page, as its first module script, instead of
   * loading its file: its data leaves as the page is parsed. A Content-Security-Policy then needs
   * the script's hash, which the build prints. Needs `start`. Default false.
   */
  inlineStart?: boolean;
  /**
   * Group the elements' first loads into a chunk per element and shared chunks
   * (`seller-questions-<tag>`, `seller-questions-core`, `seller-questions-<tag>-shared`, and
   * `seller-questions-page` for what your pages' own code imports too), as the CDN's files are,
   * instead of the bundler's one chunk per set of entries and on-demand imports: a page loads
   * the elements' code in 2 to 4 files instead of 8 to 11. Your own `codeSplitting` groups come
   * first. Default true.
   */
  groupChunks?: boolean;
  /** The package's built files (its own dist/ unless given; for tests). */
  dist?: string;
}

/**
 * A Vite plugin for a build that uses the elements from the package: groups the elements' code
 * in a few chunks; in each HTML page that uses one, preloads the chunks its first view loads on
 * demand and, with `start`, loads the start module first (see vite-plugin.mjs).
 */
export function sellerQuestions(options?: SellerQuestionsPluginOptions): Plugin;
