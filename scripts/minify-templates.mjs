// Minifies lit's `html`, `svg` and `css` tagged templates in TypeScript source before bundling:
// whitespace runs with a line break become one space (what the browser renders anyway), and a
// static `css` template goes through esbuild's CSS minifier. Templates are found with the
// TypeScript parser, so expressions inside them are never touched.
import { transformSync } from 'esbuild';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

function collapse(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * The spaces esbuild leaves in custom properties' values, which it keeps as written: after the
 * name's colon, and the ones a formatter's line breaks made inside `var( … )` and after commas.
 * And the ones around `*` in `calc(var(--x) * 2)`: after a `)`, before a number, that is
 * multiplication (a selector's `*` is never followed by a number). None of them separates two
 * tokens (a space around `+` or `-` in `calc()` does, and stays); quoted strings are kept.
 */
export function tightenCss(css) {
  return css.replace(
    /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(--[\w-]+:)\s+|\(\s+|\s+\)|,\s+|(?<=\))\s+\*\s+(?=\.?\d)/g,
    (match, quoted, property) => quoted ?? property ?? match.trim(),
  );
}

function minifyCss(text) {
  try {
    const css = transformSync(text, { loader: 'css', minify: true }).code.trim();
    return tightenCss(css).replace(/`/g, '\\`');
  } catch {
    return collapse(text);
  }
}

/** Returns the source with its lit templates minified (unchanged when there are none). */
export function minifyTemplates(source, fileName = 'file.ts') {
  if (!/\b(html|svg|css)`/.test(source)) return source;
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TS,
  );
  const edits = [];
  const literal = (node, openLength, closeLength, transform) => {
    const start = node.getStart(file) + openLength;
    const end = node.getEnd() - closeLength;
    const text = source.slice(start, end);
    const next = transform(text);
    if (next !== text) edits.push({ start, end, text: next });
  };
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        literal(template, 1, 1, node.tag.text === 'css' ? minifyCss : collapse);
      } else {
        literal(template.head, 1, 2, collapse);
        for (const span of template.templateSpans) {
          const last = ts.isTemplateTail(span.literal);
          literal(span.literal, 1, last ? 1 : 2, collapse);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** The same as an esbuild plugin, for TypeScript files under src/. */
export const minifyTemplatesPlugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      return { contents: minifyTemplates(source, args.path), loader: 'ts' };
    });
  },
};
