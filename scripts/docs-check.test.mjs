// `npm run test:scripts`: the element docs check refuses bad output (so `docs:check` cannot pass by
// checking nothing), the style scan finds what styles read, and the repository's docs pass.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { manifestProblems, markdownProblems } from './docs-check.mjs';
import { customPropertiesUsed, root } from './element-styles.mjs';

const element = (overrides = {}) => ({
  kind: 'class',
  name: 'AskSeller',
  tagName: 'ask-seller',
  customElement: true,
  events: [{ name: 'sq-question-created', description: 'A question was created.' }],
  cssParts: [{ name: 'rating', description: 'Rating an answer.' }],
  cssProperties: [
    { name: '--sq-color-accent', default: '#1d4ed8', description: 'Buttons, links.' },
    { name: '--sq-radius', default: '0.5rem', description: 'Corner radius.' },
  ],
  ...overrides,
});
const manifestOf = (...declarations) => ({
  modules: [{ kind: 'javascript-module', path: 'src/x.ts', declarations }],
});
const reads = (...names) => new Map([['ask-seller', new Set(names)]]);

describe('docs check: the manifest', () => {
  it('passes a sample with named events, one-sentence parts and every property read documented', () => {
    assert.deepEqual(
      manifestProblems(manifestOf(element()), reads('--sq-color-accent', '--sq-radius')),
      [],
    );
  });

  it('fails on an event without a name (an `undefined` row)', () => {
    const bad = element({
      events: [{ type: { text: 'SqQuestionSubmitEvent' } }, ...element().events],
    });
    const problems = manifestProblems(manifestOf(bad), reads('--sq-color-accent', '--sq-radius'));
    assert.equal(problems.length, 1);
    assert.match(
      problems[0],
      /<ask-seller>: an event without a name \(type SqQuestionSubmitEvent\)/,
    );
  });

  it('fails on class prose that ran into the last part', () => {
    const bad = element({
      cssParts: [
        {
          name: 'rating',
          description:
            'Rating an answer. Themed with the design tokens (`--sq-*` custom properties) and the parts.',
        },
      ],
    });
    const problems = manifestProblems(manifestOf(bad), reads('--sq-color-accent', '--sq-radius'));
    assert.equal(problems.length, 1);
    assert.match(problems[0], /part rating's description runs on/);
  });

  it('fails on a custom property the styles read that is not documented', () => {
    const problems = manifestProblems(
      manifestOf(element()),
      reads('--sq-color-accent', '--sq-radius', '--sq-ask-width'),
    );
    assert.deepEqual(problems, [
      '<ask-seller>: its styles read --sq-ask-width, which is not documented',
    ]);
  });

  it('fails on a custom property documented without a description', () => {
    const bad = element({ cssProperties: [{ name: '--sq-color-accent' }] });
    assert.deepEqual(manifestProblems(manifestOf(bad), reads('--sq-color-accent')), [
      '<ask-seller>: its styles read --sq-color-accent, which is not documented',
    ]);
  });

  it('fails on a documented custom property the styles do not read', () => {
    const problems = manifestProblems(manifestOf(element()), reads('--sq-color-accent'));
    assert.deepEqual(problems, [
      '<ask-seller>: --sq-radius is documented but its styles do not read it',
    ]);
  });

  it('fails on a manifest without elements', () => {
    assert.deepEqual(manifestProblems({ modules: [] }, new Map()), [
      'the manifest has no custom elements',
    ]);
  });
});

describe('docs check: the generated Markdown', () => {
  it('fails on a table row with an `undefined` cell, and passes one without', () => {
    const good = '| Event | When |\n| --- | --- |\n| `sq-error` | Something failed. |\n';
    assert.deepEqual(markdownProblems(good), []);
    const bad = `${good}| \`undefined\` | |\n`;
    const problems = markdownProblems(bad);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^line 4: a table cell without a value/);
  });
});

describe('the style scan', () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sq-styles-')));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, 'tokens.ts'),
    "import { css } from 'lit';\nexport const tokens = css`:host {\n" +
      '  color-scheme: var(--sq-color-scheme, light dark);\n' +
      '  --_accent: var(--sq-color-accent, blue); /* Buttons. */\n' +
      '  --_radius: var(--sq-radius, 0.5rem); /* Corners. */\n}`;\n',
  );
  writeFileSync(
    join(dir, 'element.ts'),
    "import { css } from 'lit';\nimport { tokens } from './tokens.js';\n" +
      'export const styles = [tokens, css`button { background: var(--_accent); }`];\n' +
      "export const later = () => import('./dialog.js');\n",
  );
  writeFileSync(
    join(dir, 'dialog.ts'),
    "import { css } from 'lit';\n" +
      '// var(--sq-in-a-comment) is not a use\n' +
      'export const styles = css`/* var(--sq-commented) */ ::backdrop { background: var(--sq-color-backdrop, black); }`;\n',
  );

  it('finds the tokens read through private names, direct reads and on-demand modules', () => {
    const used = customPropertiesUsed(join(dir, 'element.ts'), {
      within: dir,
      tokens: join(dir, 'tokens.ts'),
    });
    // --sq-radius is defined in tokens.ts but no style reads --_radius.
    assert.deepEqual(
      [...used.keys()].sort(),
      ['--sq-color-accent', '--sq-color-backdrop', '--sq-color-scheme'].sort(),
    );
  });
});

describe('the repository', () => {
  it('`npm run docs:check` passes on the elements as they are', () => {
    const output = execFileSync(process.execPath, [join(root, 'scripts/docs.mjs'), '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.match(output, /docs\/theming\.md and package\.json's entries match the elements\./);
  });
});
