// The package's public elements, read from their define modules: each `src/<tag>.ts` that calls
// `defineElement('<tag>', <Class>)`. The library build's entries (vite.config.ts) and the
// elements' reference (custom-elements-manifest.config.mjs) and package.json's entries
// (`npm run docs` writes them: packageEntries()) take the list from here, so that an element is
// its folder, whose `<tag>.ts` exports the class (the class-only entry), and its define module.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const DEFINE = /\bdefineElement\(\s*'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'\s*,\s*([A-Z]\w*)\s*\)/;

/** `{ tag, className }` of every public element (in `src`, or `dir`), sorted by tag. */
export function publicElements(dir = SRC) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const match = DEFINE.exec(readFileSync(join(dir, file), 'utf8'));
      if (!match) return [];
      const [, tag, className] = match;
      if (file !== `${tag}.ts`) {
        throw new Error(`src/${file} defines <${tag}>: a define module is named after its tag`);
      }
      const classModule = join(dir, 'components', tag, `${tag}.ts`);
      if (
        !existsSync(classModule) ||
        !new RegExp(`^export class ${className}\\b`, 'm').test(readFileSync(classModule, 'utf8'))
      ) {
        throw new Error(
          `src/${file} defines <${tag}>: its folder's src/components/${tag}/${tag}.ts exports the class ${className}`,
        );
      }
      return [{ tag, className }];
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * The package.json `exports` of one element: its define module, its class without the tag, and
 * its file in the CDN bundle.
 */
const elementExports = ({ tag }) => [
  [`./${tag}.js`, { types: `./dist/types/${tag}.d.ts`, default: `./dist/${tag}.js` }],
  [
    `./classes/${tag}.js`,
    { types: `./dist/types/components/${tag}/${tag}.d.ts`, default: `./dist/classes/${tag}.js` },
  ],
  [`./cdn/${tag}.js`, `./dist/cdn/${tag}.js`],
];

const TAG = '[a-z][a-z0-9]*(?:-[a-z0-9]+)+';
/**
 * Whether an `exports` entry has the shape elementExports() writes (a past element's too). The
 * CDN bundle's own files (`./cdn/seller-questions.js`, `-core.js`, `-api.js`) have that shape
 * too, and are not an element's.
 */
const isElementExport = (key, value) =>
  key.startsWith('./classes/') ||
  (new RegExp(`^\\./cdn/${TAG}\\.js$`).test(key) &&
    value === `./dist/${key.slice(2)}` &&
    !key.startsWith('./cdn/seller-questions')) ||
  (new RegExp(`^\\./${TAG}\\.js$`).test(key) && value?.default === `./dist/${key.slice(2)}`);
/** Whether a `sideEffects` entry is a define module, built or source (a past element's too). */
const isDefineModule = (file) => new RegExp(`^\\./(dist/${TAG}\\.js|src/${TAG}\\.ts)$`).test(file);

/**
 * `pkg` (package.json, parsed) with the public elements' entries as the elements are: in
 * `exports`, each element's define module, class-only module and CDN file, where the elements'
 * entries stood (after "."); in `sideEffects`, each define module (built and source), since
 * importing it defines the tag. The other entries are kept as they are.
 */
export function packageEntries(pkg, elements = publicElements()) {
  const generated = elements.flatMap(elementExports);
  const exports = {};
  let placed = false;
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (isElementExport(key, value)) {
      if (!placed) Object.assign(exports, Object.fromEntries(generated));
      placed = true;
    } else {
      exports[key] = value;
    }
  }
  if (!placed) Object.assign(exports, Object.fromEntries(generated));
  const defines = elements.flatMap(({ tag }) => [`./dist/${tag}.js`, `./src/${tag}.ts`]);
  const sideEffects = [
    ...defines.filter((file) => file.startsWith('./dist/')),
    ...defines.filter((file) => file.startsWith('./src/')),
    ...pkg.sideEffects.filter((file) => !isDefineModule(file)),
  ];
  return { ...pkg, exports, sideEffects };
}
