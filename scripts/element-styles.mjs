// Which public custom properties (`--sq-*`) each element's styles read, found by scanning the
// source, so that the docs can be checked against what the styles really use.
//
// From the element's module, every relative import (static, dynamic and re-exports) under src/
// is followed; in each module, the css`…` templates are read. A `var(--sq-…)` there is a use of
// that property; a `var(--_…)` is a use of the design token src/styles/tokens.ts maps it from
// (`--_accent: var(--sq-color-accent, …)`). The mapping lines in tokens.ts are definitions, not
// uses; what tokens.ts itself applies to `:host` (the font, the text colour, `color-scheme`) is.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const tokensFile = join(root, 'src/styles/tokens.ts');

/** The design tokens: name, default and description (the comment on the token's line). */
export function designTokens(source = readFileSync(tokensFile, 'utf8')) {
  const tokens = [];
  const pattern = /var\(\s*(--sq-[\w-]+),\s*([\s\S]+?)\s*\);\s*\/\*\s*([\s\S]+?)\s*\*\//g;
  const tidy = (text) => text.replace(/\s+/g, ' ').replace(/\(\s/g, '(').replace(/\s\)/g, ')');
  for (const match of source.matchAll(pattern)) {
    tokens.push({ name: match[1], default: tidy(match[2]), description: tidy(match[3]) });
  }
  return tokens;
}

/** Private name → public token, from tokens.ts (`--_accent: var(--sq-color-accent, …)`). */
function privateNames(source) {
  const names = new Map();
  for (const match of source.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--sq-[\w-]+)/g)) {
    names.set(match[1], match[2]);
  }
  return names;
}

const withoutComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '');

/** The text of every css`…` template in a module. */
function cssTemplates(source) {
  return [...source.matchAll(/\bcss`([\s\S]*?)`/g)].map((match) => withoutComments(match[1]));
}

function importsOf(source) {
  const specifiers = [
    ...source.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g),
    ...source.matchAll(/\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g),
    ...source.matchAll(/^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm),
  ];
  return specifiers.map((match) => match[1]);
}

function resolveModule(from, specifier) {
  const path = resolve(dirname(from), specifier);
  for (const candidate of [path.replace(/\.js$/, '.ts'), path, `${path}.ts`]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  }
  return null;
}

/**
 * The public custom properties the styles reachable from `entry` (a path under src/) read, each
 * with the modules that read it (relative to the repository). `within` and `tokens` are for
 * tests: the folder the scan stays in and the design tokens' module.
 */
export function customPropertiesUsed(
  entry,
  { within = join(root, 'src'), tokens = tokensFile } = {},
) {
  const tokensSource = readFileSync(tokens, 'utf8');
  const publicName = privateNames(tokensSource);
  const used = new Map();
  const note = (name, file) => {
    if (!used.has(name)) used.set(name, new Set());
    used.get(name).add(relative(root, file));
  };
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !file.startsWith(within)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const template of cssTemplates(source)) {
      // In tokens.ts, `--_x: var(--sq-x, …)` defines a token; what is applied to :host uses one.
      const text =
        file === tokens ? template.replace(/--_[\w-]+\s*:\s*var\([^;]*;/g, '') : template;
      for (const match of text.matchAll(/var\(\s*(--(?:sq|_)[\w-]+)/g)) {
        const name = match[1].startsWith('--_') ? publicName.get(match[1]) : match[1];
        if (name) note(name, file);
      }
    }
    for (const specifier of importsOf(source)) {
      const next = resolveModule(file, specifier);
      if (next) visit(next);
    }
  };
  visit(resolve(root, entry));
  return used;
}
