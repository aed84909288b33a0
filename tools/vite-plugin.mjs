// `seller-questions/vite`: a Vite plugin for a storefront's build that uses the elements from
// the package (`import 'seller-questions/ask-seller.js'`). A bundled page otherwise waits for
// three things one after the other: all of its code (its first module runs once every module it
// imports has arrived), then its data (the element asks once its code runs), then the code its
// first view loads on demand (`<order-help>`'s issue picker, the inbox's header, the schemas
// that check an order or a list). With the plugin, in each HTML page of the build that uses an
// element (its module or its class in the page's first load; a page that imports one on demand
// gets the start module only):
//  - that on-demand code is preloaded with the page's own code (`<link rel="modulepreload">` for
//    the chunks your bundler made of it, named in the package's dist/first-view.json);
//  - with `start`, your module that calls configure() from `seller-questions/start.js` is built
//    as a file of its own and loaded first, by a module script marked `async`: it asks for the
//    elements' first data while the rest of the code is still on its way (the head start, as the
//    CDN's seller-questions-start.js does). The elements take those answers for their own
//    requests (same URL and token, within 20 s). With `inlineStart`, its code is put in each
//    such page instead, as the first module script (its data leaves as the page is parsed; a
//    Content-Security-Policy then needs the hash the build prints), and its file is not written.
//  - the elements' code is grouped as the CDN's files are (`groupChunks`, on unless false): a
//    chunk per element and shared chunks, so that a page loads it in 2 to 4 files instead of the
//    8 to 11 a bundler makes of it (over HTTP/1.1 the data then does not wait for a connection).
// In `vite` (serve), the start module is loaded the same way on every page; nothing is preloaded.
//
//   // vite.config.js
//   import { sellerQuestions } from 'seller-questions/vite';
//   export default { plugins: [sellerQuestions({ start: './src/seller-questions-start.js' })] };
//
//   // src/seller-questions-start.js
//   import { configure } from 'seller-questions/start.js';
//   configure({ apiBase: '/api/v1', getToken });
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementFile, moduleClosure } from './chunk-rule.mjs';

const PACKAGE_DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const START_NAME = 'seller-questions-start';

/**
 * @param {{ start?: string, inlineStart?: boolean, groupChunks?: boolean, dist?: string }}
 *   [options] `start`: your module that imports configure() from `seller-questions/start.js`
 *   and calls it (a path from Vite's root, or absolute). `inlineStart`: put the start module's
 *   code in each page, in a module script, instead of loading its file (one request less,
 *   before the rest: its data leaves sooner; a Content-Security-Policy then needs the script's
 *   hash, which the build prints). `groupChunks`: group the elements' first loads in a chunk
 *   per element and shared chunks (default true; false leaves the chunks to the bundler).
 *   `dist`: the package's built files (its own dist/ unless given; for tests).
 * @returns {import('vite').Plugin}
 */
export function sellerQuestions(options = {}) {
  const { start, inlineStart = false, groupChunks = true } = options;
  if (typeof groupChunks !== 'boolean') {
    throw new TypeError('seller-questions/vite: `groupChunks` is true or false');
  }
  if (typeof inlineStart !== 'boolean') {
    throw new TypeError('seller-questions/vite: `inlineStart` is true or false');
  }
  if (inlineStart && start === undefined) {
    throw new TypeError('seller-questions/vite: `inlineStart` needs `start`, the module to inline');
  }
  if (start !== undefined && (typeof start !== 'string' || start.trim() === '')) {
    throw new TypeError(
      'seller-questions/vite: `start` is the path of your module that calls configure() from seller-questions/start.js',
    );
  }
  const given = resolve(options.dist ?? PACKAGE_DIST);
  // As the bundler names modules: by their real paths.
  const dist = existsSync(given) ? realpathSync(given) : given;
  /** @type {import('vite').ResolvedConfig} */
  let config;
  /** @type {string | undefined} */
  let startFile;
  /** The inline start module's CSP hashes, printed once each. */
  const hashes = new Set();
  /** @type {{ code: Record<string, string>, elements: Record<string, string[]> }} */
  let manifest;

  // The element a module of the package defines (dist/<tag>.js) or holds the class of
  // (dist/classes/<tag>.js, registered under a tag of the page's own), if it is one of them.
  const elementOf = (id) => {
    const file = id.split('?')[0];
    const folder = dirname(file);
    if (folder !== dist && folder !== join(dist, 'classes')) return undefined;
    const tag = basename(file, '.js');
    return Object.hasOwn(manifest.elements, tag) ? tag : undefined;
  };
  // A module of the package (any file of dist/).
  const inPackage = (id) => id.split('?')[0].startsWith(dist + sep);

  // Grouped: a browser's build (not a server's, `--ssr` or a server environment, which loads
  // nothing over a network).
  const grouping = (context) =>
    groupChunks &&
    config.command === 'build' &&
    !config.build.ssr &&
    context?.environment?.config?.consumer !== 'server';

  /** Each module of an element's first load: the name of the chunk it goes in (groupChunks). */
  const groupOf = new Map();
  let warned = false;

  return {
    name: 'seller-questions',
    // The groups of the elements' first loads, once the module graph is known (the bundler asks
    // the groups' tests when it makes the chunks, after this).
    buildEnd(error) {
      groupOf.clear();
      if (error || !grouping(this)) return;
      for (const [id, name] of chunkGroups(this, dist, manifest)) groupOf.set(id, name);
    },
    outputOptions(output) {
      if (!grouping(this) || output.codeSplitting === false) return null;
      // The bundler takes `manualChunks` or groups, not both: the build's own choice stays.
      if (output.manualChunks) {
        if (!warned) {
          warned = true;
          config.logger.warn(
            "seller-questions/vite: the build has `manualChunks`, so the elements' code is not grouped (give your chunks as `codeSplitting.groups` instead, which come before the plugin's, or set `groupChunks: false` to silence this)",
          );
        }
        return null;
      }
      // The host's own groups first: at equal priority the bundler gives a module to the group
      // that comes first, so a group of yours that takes lit (or the package) keeps it.
      const key =
        output.codeSplitting === undefined && output.advancedChunks
          ? 'advancedChunks'
          : 'codeSplitting';
      const splitting = typeof output[key] === 'object' && output[key] !== null ? output[key] : {};
      const names = groupNames(manifest);
      return {
        ...output,
        [key]: {
          ...splitting,
          groups: [
            ...(splitting.groups ?? []),
            ...names.map((name) => ({ name, test: (id) => groupOf.get(id) === name })),
          ],
        },
      };
    },
    configResolved(resolved) {
      config = resolved;
      if (start !== undefined) {
        startFile = isAbsolute(start) ? start : resolve(config.root, start);
        if (!existsSync(startFile)) {
          throw new Error(
            `seller-questions/vite: the start module ${startFile} does not exist (\`start\` is resolved from Vite's root, ${config.root})`,
          );
        }
      }
      if (config.command === 'build') {
        const file = resolve(dist, 'first-view.json');
        if (!existsSync(file)) {
          throw new Error(
            `seller-questions/vite: ${file} is missing: the package's build is incomplete (reinstall seller-questions)`,
          );
        }
        manifest = JSON.parse(readFileSync(file, 'utf8'));
      }
    },
    buildStart() {
      if (config.command === 'build' && startFile) {
        this.emitFile({ type: 'chunk', id: startFile, name: START_NAME });
      }
    },
    // Inline, the start module's file is not needed: dropped once the pages have its code (Vite
    // writes them in its own generateBundle, before this one).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (!inlineStart) return;
        for (const [fileName, file] of Object.entries(bundle)) {
          if (file.type === 'chunk' && file.isEntry && file.facadeModuleId === startFile) {
            Reflect.deleteProperty(bundle, fileName);
            Reflect.deleteProperty(bundle, `${fileName}.map`);
          }
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // The page's URL of a file of the build, as Vite writes its own (its base, or relative
        // to the page when the base is relative).
        const url = (fileName) => {
          const base = config.base;
          if (base === '' || base.startsWith('.')) {
            const from = posix.dirname(context.path);
            const path = posix.relative(from, `/${fileName}`);
            return path.startsWith('.') ? path : `./${path}`;
          }
          return `${base}${fileName}`;
        };
        /** @type {import('vite').HtmlTagDescriptor[]} */
        const tags = [];
        if (!context.bundle || !context.chunk) {
          // `vite` (serve): the start module from the dev server, on every page.
          if (!startFile) return html;
          const path = relative(config.root, startFile).split(sep).join('/');
          const src = path.startsWith('..') ? `/@fs/${startFile.replace(/^\//, '')}` : `/${path}`;
          tags.push(startScript(src));
          return tags;
        }
        const { bundle, chunk: entry } = context;
        /** @type {(fileName: string) => import('vite').Rollup.OutputChunk | undefined} */
        const chunkOf = (fileName) => {
          const file = bundle[fileName];
          return file?.type === 'chunk' ? file : undefined;
        };
        // The page's first load: its entry and what that imports statically.
        const firstLoad = new Set([entry.fileName]);
        for (const fileName of firstLoad) {
          for (const imported of chunkOf(fileName)?.imports ?? []) firstLoad.add(imported);
        }
        const elements = new Set();
        for (const fileName of firstLoad) {
          for (const id of chunkOf(fileName)?.moduleIds ?? []) {
            const tag = elementOf(id);
            if (tag) elements.add(tag);
          }
        }
        // A page whose code reaches the package later (an element imported on demand, as a page
        // of a router loads it) gets the start module too, as every page does in `vite`
        // (serve), or its elements would have no configure() in the build alone; a page whose
        // code never reaches the package is left as it is.
        if (elements.size === 0) {
          const reached = new Set(firstLoad);
          let uses = false;
          for (const fileName of reached) {
            const chunk = chunkOf(fileName);
            if (!chunk) continue;
            if (chunk.moduleIds.some(inPackage)) {
              uses = true;
              break;
            }
            for (const imported of [...chunk.imports, ...chunk.dynamicImports])
              reached.add(imported);
          }
          if (!uses) return html;
        }
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const preload = new Set();
        const add = (fileName) => {
          if (firstLoad.has(fileName) || preload.has(fileName)) return;
          preload.add(fileName);
          for (const imported of chunkOf(fileName)?.imports ?? []) add(imported);
        };
        if (startFile) {
          const startChunk = chunks.find(
            (chunk) => chunk.isEntry && chunk.facadeModuleId === startFile,
          );
          if (!startChunk)
            throw new Error(`seller-questions/vite: no chunk was built for ${startFile}`);
          // First in the page: its imports preloaded, then the script itself.
          const files = new Set([startChunk.fileName]);
          for (const fileName of files) {
            for (const imported of chunkOf(fileName)?.imports ?? []) files.add(imported);
          }
          files.delete(startChunk.fileName);
          if (inlineStart) {
            if (files.size > 0) {
              throw new Error(
                `seller-questions/vite: an inline start module imports nothing but seller-questions/start.js; ${startFile} shares modules with the page (${[...files].join(', ')})`,
              );
            }
            const code = inlineCode(startChunk.code);
            const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
            if (!hashes.has(hash)) {
              hashes.add(hash);
              config.logger.info(
                `seller-questions/vite: the start module is inline in the pages; a Content-Security-Policy needs ${hash} in script-src`,
              );
            }
            tags.push({
              tag: 'script',
              attrs: { type: 'module', async: true },
              children: code,
              injectTo: 'head-prepend',
            });
          } else {
            for (const fileName of files) tags.push(modulePreload(url(fileName), 'head-prepend'));
            tags.push(startScript(url(startChunk.fileName)));
          }
        }
        for (const tag of elements) {
          for (const code of manifest.elements[tag] ?? []) {
            const module = resolve(dist, manifest.code[code]);
            for (const chunk of chunks) {
              if (chunk.moduleIds.some((id) => id.split('?')[0] === module)) add(chunk.fileName);
            }
          }
        }
        for (const fileName of preload) tags.push(modulePreload(url(fileName), 'head'));
        return tags;
      },
    },
  };
}

/**
 * The chunks of the elements' first loads, in the order their groups are given to the bundler (a
 * module goes to the first group that takes it, and a group takes what its modules import that no
 * group before it took): see chunkGroups().
 */
const groupNames = (manifest) =>
  [
    'page',
    'core',
    ...Object.keys(manifest.elements).map((tag) => `${tag}-shared`),
    ...Object.keys(manifest.elements),
  ].map((name) => `seller-questions-${name}`);

/**
 * Which chunk each module of the elements' first loads goes in, as the CDN's files are made (an
 * element's file and shared files, by the rule of tools/chunk-rule.mjs), instead of one chunk
 * per set of entries and on-demand imports that reach a module: on a page the elements' code
 * then comes in 2 to 4 files instead of 8 to 11, and over HTTP/1.1 (six connections to a host)
 * the first data is not queued behind them. A module of an element's first load (its module,
 * what that imports statically, and its first view's on-demand code, first-view.json) goes to:
 * - seller-questions-page: the page's own code reaches it without an element (lit, when the
 *   storefront uses it too; what `import { configure } from 'seller-questions'` imports), so
 *   that a page without an element does not load the elements' code to get it;
 * - seller-questions-core: the first elements' loads share it (the first of the build's elements
 *   in first-view.json's order, and another);
 * - seller-questions-<tag>: only <tag> ever loads it (first, or later on demand);
 * - seller-questions-<tag>-shared: <tag> loads it first, and another element too (first, or on
 *   demand: an on-demand chunk of one element never loads another element's module, which would
 *   define that element).
 * @param {import('vite').Rollup.PluginContext} context
 * @param {string} dist the package's dist/ (its real path)
 * @param {{ code: Record<string, string>, elements: Record<string, string[]> }} manifest
 * @returns {Map<string, string>} module id → chunk name
 */
function chunkGroups(context, dist, manifest) {
  const ids = new Map([...context.getModuleIds()].map((id) => [id.split('?')[0], id]));
  const closure = (starts, options) => moduleClosure(context, starts, options);
  const elements = new Map(
    Object.keys(manifest.elements)
      .map((tag) => [tag, ids.get(resolve(dist, `${tag}.js`))])
      .filter(([, id]) => id !== undefined),
  );
  const tags = [...elements.keys()];
  const first = new Map();
  const ever = new Map();
  for (const [tag, id] of elements) {
    const code = manifest.elements[tag].map((name) => ids.get(resolve(dist, manifest.code[name])));
    first.set(tag, closure([id, ...code]));
    ever.set(tag, closure([id], { ever: true }));
  }
  // What the build's entries (pages, emitted chunks) reach without an element.
  const entries = [...ids.values()].filter((id) => context.getModuleInfo(id)?.isEntry);
  const page = closure(entries, { ever: true, stop: new Set(elements.values()) });
  const groups = new Map();
  for (const id of new Set([...first.values()].flatMap((modules) => [...modules]))) {
    const loadFirst = tags.filter((tag) => first.get(tag).has(id));
    const loadEver = tags.filter((tag) => ever.get(tag).has(id));
    const rule = page.has(id) ? null : elementFile(loadFirst, loadEver, tags[0]);
    const name =
      rule === null
        ? 'page'
        : rule.file === 'core'
          ? 'core'
          : rule.file === 'own'
            ? rule.tag
            : `${rule.tag}-shared`;
    groups.set(id, `seller-questions-${name}`);
  }
  return groups;
}

/**
 * A chunk's code as a script element's text: `</script` would end the element early (it can only
 * be in a string, a template or a comment there, where `<\/script` means the same).
 */
const inlineCode = (code) => {
  const text = code
    .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '')
    .replace(/<\/(script)/gi, '<\\/$1')
    .trim();
  if (/<!--/.test(text)) {
    throw new Error(
      'seller-questions/vite: the start module holds "<!--", which a page cannot inline',
    );
  }
  return text;
};

/** @returns {import('vite').HtmlTagDescriptor} */
const startScript = (src) => ({
  tag: 'script',
  attrs: { type: 'module', async: true, crossorigin: true, src },
  injectTo: 'head-prepend',
});

/** @returns {import('vite').HtmlTagDescriptor} */
const modulePreload = (href, injectTo) => ({
  tag: 'link',
  attrs: { rel: 'modulepreload', crossorigin: true, href },
  injectTo,
});
