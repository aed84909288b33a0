// The package's public elements, read from their define modules: each `src/<tag>.ts` that calls
// `defineElement('<tag>', <Class>)`. The library build's entries (vite.config.ts) and the
// elements' reference (custom-elements-manifest.config.mjs) take the list from here, so that an
// element is its folder, its define module and its class-only module (src/classes/<tag>.ts).
import { readdirSync, readFileSync } from 'node:fs';
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
      return [{ tag, className }];
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}
