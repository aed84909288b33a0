// The templates' minifier: what it takes out of lit's `css` templates, and what it must keep.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates, tightenCss } from './minify-templates.mjs';

test('custom properties lose the spaces a formatter put in them, and nothing else', () => {
  assert.equal(
    tightenCss(
      ':host{--_space: var( --sq-space, .5rem );--_shadow: var( --sq-shadow, 0 1px 2px rgb(0 0 0 / .12), 0 8px 24px rgb(0 0 0 / .12) )}',
    ),
    ':host{--_space:var(--sq-space,.5rem);--_shadow:var(--sq-shadow,0 1px 2px rgb(0 0 0 / .12),0 8px 24px rgb(0 0 0 / .12))}',
  );
  // Spaces that separate tokens stay: calc()'s + and -, a shorthand's values.
  assert.equal(
    tightenCss('.a{inline-size:calc(100% - var(--x) + 2px);border:1px solid var(--b)}'),
    '.a{inline-size:calc(100% - var(--x) + 2px);border:1px solid var(--b)}',
  );
  // calc()'s multiplication after a `)` loses its spaces; a selector's `*` keeps them.
  assert.equal(
    tightenCss('.a{gap:calc(var(--s) * .75);b:calc(var(--s) * 2)}.b * .c{x:1}:is(.d) * .e{x:1}'),
    '.a{gap:calc(var(--s)*.75);b:calc(var(--s)*2)}.b * .c{x:1}:is(.d) * .e{x:1}',
  );
  // Quoted text is not touched.
  assert.equal(
    tightenCss(`.a{--f: "Segoe UI", Roboto;content:"a, ( b )";quotes:'( ' ' )'}`),
    `.a{--f:"Segoe UI",Roboto;content:"a, ( b )";quotes:'( ' ' )'}`,
  );
});

test('a css template of a component comes out tight', () => {
  const source = [
    "import { css } from 'lit';",
    'export const styles = css`',
    '  :host {',
    '    --_text: var(',
    '      --sq-color-text,',
    '      light-dark(#1a1d23, #e8eaef)',
    '    );',
    '    gap: calc(var(--_space) * 1.5);',
    '  }',
    '`;',
  ].join('\n');
  assert.match(
    minifyTemplates(source),
    /css`:host\{--_text:var\(--sq-color-text,light-dark\(#1a1d23,#e8eaef\)\);gap:calc\(var\(--_space\)\*1\.5\)\}`/,
  );
});
