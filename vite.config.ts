// `npm start` (scripts/start.mjs): the demo (demo/) on the reference server; `npm run start:mock`: on
// the mock backend in the browser.
// `npm run build`: the library for bundlers in dist/ (one ES module per public entry; lit and
// msw stay dependencies), then (`--mode cdn`) one self-contained module in dist/cdn/ for a page
// without a build step. lit's html/css templates are minified before bundling.
// `npm run build:demo` (`--mode demo`): the demo on the mock backend as static files in dist-demo/.
import MagicString from 'magic-string';
import { defineConfig, type Plugin } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { publicElements } from './scripts/public-elements.mjs';
import { elementFile, moduleClosure } from './tools/chunk-rule.mjs';
import { COMPILE_HINT, compileHints } from './tools/compile-hints.mjs';
import { CODE_MODULES, FIRST_VIEW_CODE } from './src/components/first-view-code.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[/\\]src[/\\].*\.ts$/.test(id)) return null;
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}

/**
 * The CDN bundle's files of one element each (dist/cdn/<tag>.js): every public element, in the
 * order of src/cdn.ts's imports (the elements seller-questions.js defines at once), then the
 * others (loaded on demand there: <seller-question-count>). Each file's entry is a module that
 * imports the element's define module and exports nothing (cdnElementEntries(); a page
 * configures the elements with seller-questions-core.js's exports).
 */
const CDN_ELEMENT = 'virtual:cdn-element/';
const cdnElements = (() => {
  const all = publicElements().map(({ tag }) => tag);
  const inCdn = [
    ...readFileSync(here('./src/cdn.ts'), 'utf8').matchAll(/^import '\.\/([a-z-]+)\.js';$/gm),
  ]
    .map((match) => match[1]!)
    .filter((tag) => all.includes(tag));
  const order = [...inCdn, ...all.filter((tag) => !inCdn.includes(tag))];
  return Object.fromEntries(order.map((tag) => [tag, `${CDN_ELEMENT}${tag}`]));
})();

/** The entry modules of cdnElements: `import '<define module>';`. */
function cdnElementEntries(): Plugin {
  // (Vite makes a library entry a path: …/virtual:cdn-element/<tag>.)
  const tagOf = (id: string) => /virtual:cdn-element\/([a-z-]+)$/.exec(id)?.[1];
  return {
    name: 'cdn-element-entries',
    buildStart() {
      // Each entry imports a define module for its side effect, which Rolldown keeps only when
      // package.json says it has one (`npm run docs` writes that entry).
      const { sideEffects } = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as {
        sideEffects: string[];
      };
      for (const tag of Object.keys(cdnElements)) {
        if (!sideEffects.includes(`./src/${tag}.ts`)) {
          this.error(
            `package.json's sideEffects lacks ./src/${tag}.ts, the define module of <${tag}>: run \`npm run docs\``,
          );
        }
      }
    },
    resolveId: (id) => (tagOf(id) ? `\0${CDN_ELEMENT}${tagOf(id)}` : null),
    load: (id) => {
      const tag = id.startsWith('\0') ? tagOf(id) : undefined;
      return tag ? `import ${JSON.stringify(here(`./src/${tag}.ts`))};` : null;
    },
  };
}

/** The CDN bundle's shared files, which pages preload beside an element's file. */
const CDN_CORE = 'seller-questions-core';
/**
 * Each element's shared file: what it loads first (and no element before it in cdnElements
 * does) that another element needs too. The first three keep the names they were published
 * under; another element's is seller-questions-<tag>-shared.js.
 */
const CDN_SHARED_NAMES: Readonly<Record<string, string>> = {
  'ask-seller': 'seller-questions-composer',
  'order-help': 'seller-questions-conversation',
  'seller-question-inbox': 'seller-questions-live',
};
const sharedFileOf = (tag: string) => CDN_SHARED_NAMES[tag] ?? `seller-questions-${tag}-shared`;
const CDN_SHARED = Object.keys(cdnElements).map(sharedFileOf);

/**
 * The CDN bundle's first loads: an element's file (ask-seller.js…) and the shared files it
 * imports statically, which a page preloads beside it: all of them in one round trip
 * (docs/frameworks.md). A module that one element loads first goes into that element's file only
 * if no other element ever loads it (on demand too): an on-demand chunk of <order-help> that
 * imported it from ask-seller.js would load and define <ask-seller>. The others go into shared
 * files with names of their own:
 * - seller-questions-core.js (src/cdn-core.ts, an entry: it exports the API a page configures
 *   the elements with): lit, the client, the settings, the locale: what the first element
 *   (<ask-seller>, on the most pages) loads first with any other;
 * - else the shared file of the first element (in cdnElements' order) that loads it first:
 *   seller-questions-composer.js for <ask-seller> (the composer, in <order-help>'s issue form
 *   and the inbox's answers), seller-questions-conversation.js for <order-help> (a conversation's
 *   labels, dates and plurals; sending a question, which a product page does not load first),
 *   seller-questions-live.js for the inbox (a list's keyed rendering, announcements and live
 *   updates, in a buyer's conversations), seller-questions-<tag>-shared.js for another.
 * Every module is in one file only, so that two elements from two files (or one and
 * seller-questions.js, src/cdn.ts, which imports the elements' files) share one configure(), one
 * locale and one lit. A group that holds an entry module makes its chunk the entry.
 * The rest of the API (src/cdn-api.ts's modules beyond those) goes to chunks of its own, by which
 * entries use them: left to Rolldown, it would be merged into seller-questions-api.js, and an
 * on-demand chunk that needs one rule of it would load that whole module. The modules are found
 * once the graph is built.
 */
function cdnChunks(all: string, api: string, core: string) {
  /** The modules `entry` imports, statically (its first load) or also on demand (`ever`). */
  const closure = (context: Parameters<typeof moduleClosure>[0], entry: string, ever = false) =>
    moduleClosure(context, [entry], { ever });
  const files = new Map<string, Set<string>>();
  const fileOf = (id: string) => [...files].find(([, modules]) => modules.has(id))?.[0];
  let firstLoad = new Set<string>();
  let apiModules = new Set<string>();
  const plugin: Plugin = {
    name: 'cdn-chunks',
    buildEnd() {
      const names = Object.keys(cdnElements);
      const first = new Map(names.map((name) => [name, closure(this, `\0${CDN_ELEMENT}${name}`)]));
      const ever = new Map(
        names.map((name) => [name, closure(this, `\0${CDN_ELEMENT}${name}`, true)]),
      );
      files.clear();
      for (const name of [CDN_CORE, ...CDN_SHARED, ...names]) files.set(name, new Set());
      const coreModules = closure(this, core);
      for (const id of new Set([
        ...coreModules,
        ...[...first.values()].flatMap((set) => [...set]),
      ])) {
        const loadFirst = names.filter((name) => first.get(name)?.has(id));
        const loadEver = names.filter((name) => ever.get(name)?.has(id));
        const rule = coreModules.has(id) ? null : elementFile(loadFirst, loadEver, names[0]!);
        const file =
          rule === null || rule.file === 'core'
            ? CDN_CORE
            : rule.file === 'own'
              ? rule.tag
              : sharedFileOf(rule.tag);
        files.get(file)?.add(id);
      }
      firstLoad = closure(this, all);
      apiModules = closure(this, api);
      // A module of the API (which would go to a chunk of its own, below) that a first view's
      // on-demand code (first-view-code.ts) imports goes into the element's shared file: the
      // code is then one request beside the first view's data, not two (the order's issue
      // rules beside the issue picker, the standing's thresholds beside the inbox's header).
      // On HTTP/1.1 a page has six connections to a host; a seventh request waits for one
      // (<order-help> on the bench's mobile profile: -41.0 ± 3.0 ms, docs/performance.md).
      for (const [tag, codes] of Object.entries(FIRST_VIEW_CODE)) {
        for (const code of codes) {
          const module = here(`./${CODE_MODULES[code]}`);
          for (const id of closure(this, module)) {
            if (id !== module && apiModules.has(id) && !fileOf(id) && !firstLoad.has(id)) {
              files.get(sharedFileOf(tag))?.add(id);
            }
          }
        }
      }
    },
  };
  return {
    plugin,
    groups: [
      ...[CDN_CORE, ...CDN_SHARED, ...Object.keys(cdnElements)].map((name) => ({
        name,
        test: (id: string) => files.get(name)?.has(id) ?? false,
      })),
      // src/cdn.ts and what only it imports (src/cdn-count.ts: loading <seller-question-count>'s
      // file once the page has one).
      {
        name: 'seller-questions',
        test: (id: string) => firstLoad.has(id) && fileOf(id) === undefined,
      },
      {
        name: 'api',
        test: (id: string) => id !== api && apiModules.has(id) && !firstLoad.has(id),
        entriesAware: true,
      },
    ],
  };
}

/**
 * The CDN bundle's on-demand chunks come with the chunks they import: a dynamic import of a
 * chunk also starts the imports of the chunks it imports statically (which it would run first
 * anyway), so `<order-help>`'s issue form is one round trip, not the form and then its styles.
 * Vite does this with modulepreload links in an app, not in a library build.
 */
function cdnPreloadImports(): Plugin {
  const dir = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);
  const relative = (from: string, to: string) => {
    const up = dir(from).split('/').filter(Boolean).length;
    return `${up ? '../'.repeat(up) : './'}${to}`;
  };
  const resolve = (from: string, path: string) => {
    const parts = dir(from).split('/').filter(Boolean);
    for (const part of path.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    return parts.join('/');
  };
  return {
    name: 'cdn-preload-imports',
    renderChunk(code, chunk, _options, meta) {
      if (chunk.dynamicImports.length === 0) return null;
      const magic = new MagicString(code);
      // What is loaded once this chunk runs: itself and its static imports, recursively.
      const closure = (file: string, into = new Set<string>()) => {
        if (into.has(file)) return into;
        into.add(file);
        for (const imported of meta.chunks[file]?.imports ?? []) closure(imported, into);
        return into;
      };
      const loaded = closure(chunk.fileName);
      let changed = false;
      for (const match of code.matchAll(/\bimport\((["'])(\.\.?\/[^"']+)\1\)/g)) {
        const [call, , path = ''] = match;
        const target = resolve(chunk.fileName, path);
        if (!meta.chunks[target]) continue;
        const extra = [...closure(target)].filter((file) => file !== target && !loaded.has(file));
        if (extra.length === 0) continue;
        const imports = [
          call,
          ...extra.map((file) => `import(${JSON.stringify(relative(chunk.fileName, file))})`),
        ];
        magic.overwrite(
          match.index,
          match.index + call.length,
          `Promise.all([${imports.join(',')}]).then((m)=>m[0])`,
        );
        changed = true;
      }
      return changed ? { code: magic.toString(), map: magic.generateMap({ hires: true }) } : null;
    },
  };
}

/**
 * The CDN bundle's entries import every file they wait for directly: seller-questions.js imports
 * the three elements' files, which import the shared files; a page that loads it with its script
 * tag alone would find the shared files only once an element's file had arrived, a round trip
 * later. Imports of files that are imported anyway change nothing else (each file runs once, after
 * the files it imports).
 *
 * seller-questions-api.js loads seller-questions.js first (and what it imports), so importing the
 * API alone defines the elements as the script tag does and shares its settings
 * (src/cdn-api.ts). The source cannot say so: an entry that imports another entry makes Rolldown
 * add a runtime chunk that the elements' own files then import (one more request on every first
 * load).
 */
const LOADS_FIRST: Readonly<Record<string, string>> = {
  'seller-questions-api': 'seller-questions.js',
};
function cdnFlatImports(): Plugin {
  return {
    name: 'cdn-flat-imports',
    renderChunk(code, chunk, _options, meta) {
      if (!chunk.isEntry) return null;
      const all = new Set<string>();
      const visit = (file: string) => {
        for (const imported of meta.chunks[file]?.imports ?? []) {
          if (all.has(imported)) continue;
          all.add(imported);
          visit(imported);
        }
      };
      const first = LOADS_FIRST[chunk.name];
      if (first) {
        all.add(first);
        visit(first);
      }
      visit(chunk.fileName);
      const missing = [...all].filter((file) => !chunk.imports.includes(file));
      if (missing.length === 0) return null;
      const up = chunk.fileName.split('/').length - 1;
      const magic = new MagicString(code);
      magic.prepend(
        missing
          .map((file) => `import${JSON.stringify(`${up ? '../'.repeat(up) : './'}${file}`)};`)
          .join(''),
      );
      return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
    },
  };
}

/**
 * The head start as a file of its own (src/cdn-start.ts): configure() and the head start, built
 * on their own after the bundle, into one file that imports nothing.
 * - The CDN bundle's seller-questions-start.js. It is not one of the bundle's files: those share
 *   one copy of each module, and the core (which every element's file imports) would then carry
 *   the head start, or the head start would wait for the core. Its configure() is the core's in
 *   effect (the settings are the page's: src/api/configure.ts). It is told the files of the code
 *   that first views load on demand (src/components/first-view-code.ts), which it preloads: the
 *   inbox's header, `<order-help>`'s issue picker, the schemas of the answers beyond the first
 *   (with the chunks they import that a page does not preload; the elements' own and shared
 *   files it does).
 * - The library's start.js (`seller-questions/start.js`), for bundlers: told no files (a
 *   bundler names its own chunks, which tools/vite-plugin.mjs preloads in a page). Beside it
 *   the library writes first-view.json: which of its chunks holds each first view's code, and
 *   each element's first-view code, for that plugin.
 */
function startFile(target: 'cdn' | 'library'): Plugin {
  return {
    name: `${target}-start-file`,
    async writeBundle(options, bundle) {
      const dir = options.dir ?? here(target === 'cdn' ? './dist/cdn' : './dist');
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const holder = (module: string) => {
        const first = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(module)));
        if (!first) this.error(`no ${target} file holds ${module}`);
        return first;
      };
      const files = (module: string) => {
        const all = new Set([holder(module).fileName]);
        for (const file of all) {
          for (const imported of bundle[file]?.type === 'chunk' ? bundle[file].imports : []) {
            if (imported.startsWith('chunks/')) all.add(imported);
          }
        }
        return [...all].map((file) => `./${file}`);
      };
      const entries = Object.entries(CODE_MODULES);
      const code =
        target === 'cdn'
          ? Object.fromEntries(entries.map(([name, module]) => [name, files(module)]))
          : {};
      // Each is one request beside the first view's data (cdnChunks()).
      for (const [name, list] of Object.entries(code)) {
        if (list.length > 1) this.error(`the first view's ${name} is ${list.join(', ')}: one file`);
      }
      if (target === 'library') {
        const manifest = {
          code: Object.fromEntries(
            entries.map(([name, module]) => [name, holder(module).fileName]),
          ),
          elements: FIRST_VIEW_CODE,
        };
        writeFileSync(`${dir}/first-view.json`, `${JSON.stringify(manifest, null, 2)}\n`);
      }
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [here('./src/cdn-start.ts')],
        outfile: `${dir}/${target === 'cdn' ? 'seller-questions-start.js' : 'start.js'}`,
        bundle: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        sourcemap: !!options.sourcemap,
        legalComments: 'none',
        // As the bundle's other files (compileHints()): its functions all run as it loads.
        banner: { js: COMPILE_HINT },
        define: { SQ_START_CODE: JSON.stringify(code) },
        metafile: true,
        logLevel: 'warning',
      });
      const inputs = Object.keys(result.metafile.inputs);
      const stray = inputs.filter((input) => !/^(src\/|<define:)/.test(input));
      if (stray.length > 0) {
        this.error(`the start file must hold the SDK's own modules only, not ${stray.join(', ')}`);
      }
    },
  };
}

/**
 * The CDN bundle: lit's virtualizer imports its default layout on demand, which
 * <seller-question-inbox> never uses (it brings its own, a FlowLayout that imports the module
 * statically), but whose dynamic import of a module already in the inbox's file makes Rolldown
 * reify that module's namespace with a runtime helper in a chunk of its own: one more file in
 * the inbox's first load. The import is made static.
 */
function virtualizerStaticLayout(): Plugin {
  const call = "(await import('./layouts/flow.js'))\n                .FlowLayout";
  return {
    name: 'virtualizer-static-layout',
    transform(code, id) {
      if (!/[/\\]@lit-labs[/\\]virtualizer[/\\]Virtualizer\.js$/.test(id)) return null;
      if (!code.includes(call)) {
        this.error(`${id}: the dynamic import of the flow layout was not found`);
      }
      return {
        code: `import { FlowLayout as DefaultFlowLayout } from './layouts/flow.js';\n${code.replace(call, 'DefaultFlowLayout')}`,
        map: null,
      };
    },
  };
}

/**
 * The CDN bundle: lit's virtualizer is published unminified, and its members are named for
 * reading (`_hostElementSizeChanged`, `_scheduleLayoutComplete`: 165 names starting with "_",
 * 11 kB of the inbox's file). They are renamed short in the chunk that holds it, as lit's own
 * files come (esbuild's property mangling, with the names our InboxLayout uses in the same
 * chunk). No other file may use one of them: the build stops if one does.
 */
function virtualizerShortNames(): Plugin {
  const virtualizer = /[/\\]@lit-labs[/\\]virtualizer[/\\]/;
  const mangleCache: Record<string, string | false> = {};
  return {
    name: 'virtualizer-short-names',
    async renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => virtualizer.test(id))) return null;
      const { transform } = await import('esbuild');
      const result = await transform(code, {
        format: 'esm',
        target: 'es2022',
        mangleProps: /^_[a-zA-Z]/,
        mangleCache,
        sourcemap: true,
        sourcefile: chunk.fileName,
      });
      Object.assign(mangleCache, result.mangleCache);
      return { code: result.code, map: result.map };
    },
    generateBundle(_options, bundle) {
      const names = Object.keys(mangleCache);
      if (names.length === 0) return;
      // One pattern for the 165 names (a scan of each file, not one per name).
      const member = new RegExp(
        `\\.(${names.map((name) => name.replace(/\$/g, '\\$')).join('|')})\\b`,
        'g',
      );
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file.moduleIds.some((id) => virtualizer.test(id))) continue;
        const used = new Set([...file.code.matchAll(member)].map((match) => match[1]));
        if (used.size > 0)
          this.error(`${file.fileName} uses the virtualizer's ${[...used].join(', ')}`);
      }
    },
  };
}

// The public elements come from their define modules (scripts/public-elements.mjs): each has
// its entry (`seller-questions/<tag>.js`) and its class without the tag
// (`seller-questions/classes/<tag>.js`: its folder's `<tag>.ts`), to register under a tag of the
// page's own.
const library = {
  index: here('./src/index.ts'),
  ...Object.fromEntries(
    publicElements().flatMap(({ tag }) => [
      [tag, here(`./src/${tag}.ts`)],
      [`classes/${tag}`, here(`./src/components/${tag}/${tag}.ts`)],
    ]),
  ),
  mocks: here('./src/mocks/index.ts'),
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start` sets VITE_BACKEND=server: the pages call the reference server (server/, on
    // 127.0.0.1:8787) through this proxy. `npm run start:mock` leaves it unset: msw answers.
    const onServer = process.env['VITE_BACKEND'] === 'server';
    return {
      root: here('./demo'),
      publicDir: here('./demo/public'),
      server: {
        fs: { allow: [here('.')] },
        ...(onServer ? { proxy: { '/api': 'http://127.0.0.1:8787' } } : {}),
      },
    };
  }
  if (mode === 'demo') {
    // `npm run build:demo`: the demo pages on the in-browser mock backend, built for production
    // into dist-demo/, to host as static files anywhere (relative URLs, the mock's service
    // worker beside the pages).
    return {
      root: here('./demo'),
      base: './',
      publicDir: here('./demo/public'),
      plugins: [minifyLitTemplates()],
      define: { 'process.env.NODE_ENV': '"production"' },
      resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
      build: {
        outDir: here('./dist-demo'),
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: {
          input: {
            index: here('./demo/index.html'),
            product: here('./demo/product.html'),
            order: here('./demo/order.html'),
            merchant: here('./demo/merchant.html'),
            service: here('./demo/service.html'),
          },
        },
      },
    };
  }
  const cdn = mode === 'cdn';
  const cdnSplit = cdnChunks(
    here('./src/cdn.ts'),
    here('./src/cdn-api.ts'),
    here('./src/cdn-core.ts'),
  );
  return {
    publicDir: false,
    plugins: [
      minifyLitTemplates(),
      compileHints(),
      ...(cdn
        ? [
            cdnElementEntries(),
            cdnSplit.plugin,
            cdnPreloadImports(),
            cdnFlatImports(),
            virtualizerStaticLayout(),
            virtualizerShortNames(),
            startFile('cdn'),
          ]
        : [startFile('library')]),
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
    build: {
      outDir: here(cdn ? './dist/cdn' : './dist'),
      emptyOutDir: true,
      sourcemap: true,
      target: 'es2022',
      minify: true,
      lib: {
        entry: cdn
          ? {
              'seller-questions': here('./src/cdn.ts'),
              [CDN_CORE]: here('./src/cdn-core.ts'),
              ...cdnElements,
              'seller-questions-api': here('./src/cdn-api.ts'),
            }
          : library,
        formats: ['es'],
      },
      rolldownOptions: {
        // The CDN file may export more than src/cdn.ts (names its chunks import from it): that
        // lets Rolldown merge shared chunks into it, so a page waits for fewer files after it.
        ...(cdn
          ? {
              preserveEntrySignatures: 'allow-extension' as const,
            }
          : {}),
        external: cdn ? [] : [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^msw($|\/)/],
        output: {
          // Vite keeps the whitespace of a library's ES modules (for the bundler that will
          // minify them); nothing bundles the CDN file again.
          ...(cdn ? { minify: true } : {}),
          // The CDN bundle's shared files have names of their own, which pages preload; its
          // on-demand chunks are named by what they hold, without a hash: the bundle is served
          // at a versioned URL (its entries' names have none either), and 40 hashes in the
          // import lists are bytes no compression takes out (0.2 kB brotli of <ask-seller>'s
          // first load). The API's chunks, named by the entries that use them
          // ("api~seller-questions-api~conversation-elements~question-sender"), are api.js,
          // api2.js….
          chunkFileNames: (chunk) =>
            !cdn
              ? 'chunks/[name]-[hash].js'
              : CDN_SHARED.includes(chunk.name)
                ? `${chunk.name}.js`
                : `chunks/${chunk.name.replace(/~.*/, '')}.js`,
          // The library: each entry imports this chunk first: it must run before lit loads
          // (external, or in a shared chunk that an entry's own code would run after), to
          // explain a page policy that refuses lit (src/components/trusted-types-check.ts). The
          // CDN file: it is the first module of its one file.
          codeSplitting: cdn
            ? { groups: cdnSplit.groups }
            : { groups: [{ name: 'trusted-types-check', test: /\/trusted-types-check\.ts$/ }] },
        },
      },
    },
  };
});
