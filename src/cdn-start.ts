// The head start as a file of its own: configure() and the head start
// (src/components/head-start.ts), built on their own into one small file that imports nothing
// (vite.config.ts, startFile()): the CDN bundle's seller-questions-start.js, and the package's
// start.js for bundlers (`seller-questions/start.js`, which tools/vite-plugin.mjs makes a file
// of its own in a bundler's build). A page that configures the elements from it, in a module
// script marked `async`, has their first data asked for while their code is on its way:
//   <script type="module" async>
//     import { configure } from 'https://cdn.example.com/seller-questions/seller-questions-start.js';
//     configure({ apiBase: '/api/v1', getToken });
//   </script>
// Its configure() is the one seller-questions-core.js exports (the settings are the page's, not a
// module's: src/api/configure.ts).
import { setCodeFiles } from './components/head-start.js';
import type { Code } from './components/first-view-code.js';

/**
 * The CDN files of the code a first view loads on demand, named by the build (none in the
 * package's start.js: a bundler names its chunks, and its plugin preloads them).
 */
declare const SQ_START_CODE: Partial<Record<Code, string[]>>;

setCodeFiles(
  Object.fromEntries(
    Object.entries(SQ_START_CODE).map(([name, files]) => [
      name,
      files.map((file) => new URL(file, import.meta.url).href),
    ]),
  ),
);

export { configure } from './api/configure.js';
export type { SellerQuestionsSettings } from './api/configure.js';
