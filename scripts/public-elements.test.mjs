// `npm run test:scripts`: the public elements the build and the manifest take come from the
// define modules, a define module named after another tag is refused, and package.json
// publishes each element found (what to add there is said by name).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { publicElements } from './public-elements.mjs';

const dir = mkdtempSync(join(tmpdir(), 'public-elements-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('publicElements', () => {
  it("finds the package's four elements, each with its class-only module", () => {
    const elements = publicElements();
    assert.deepEqual(elements, [
      { tag: 'ask-seller', className: 'AskSeller' },
      { tag: 'order-help', className: 'OrderHelp' },
      { tag: 'seller-question-count', className: 'SellerQuestionCount' },
      { tag: 'seller-question-inbox', className: 'SellerQuestionInbox' },
    ]);
    for (const { tag, className } of elements) {
      const classes = readFileSync(new URL(`../src/classes/${tag}.ts`, import.meta.url), 'utf8');
      assert.match(classes, new RegExp(`export \\{ ${className} \\}`), tag);
    }
  });

  it('takes a copied define module as a new element, and leaves other modules out', () => {
    writeFileSync(
      join(dir, 'shop-rating.ts'),
      "import { defineElement } from './components/define.js';\ndefineElement('shop-rating', ShopRating);\n",
    );
    writeFileSync(join(dir, 'index.ts'), "export * from './core-api.js';\n");
    assert.deepEqual(publicElements(dir), [{ tag: 'shop-rating', className: 'ShopRating' }]);
  });

  it('refuses a define module named after another tag', () => {
    writeFileSync(join(dir, 'rating.ts'), "defineElement('shop-stars', ShopStars);\n");
    assert.throws(() => publicElements(dir), /src\/rating\.ts defines <shop-stars>/);
    rmSync(join(dir, 'rating.ts'));
  });

  it('are each published by package.json: both entries, their types, their side effect', () => {
    for (const { tag } of publicElements()) {
      assert.deepEqual(
        manifest.exports[`./${tag}.js`],
        { types: `./dist/types/${tag}.d.ts`, default: `./dist/${tag}.js` },
        `package.json exports needs "./${tag}.js" (the define module)`,
      );
      assert.deepEqual(
        manifest.exports[`./classes/${tag}.js`],
        { types: `./dist/types/classes/${tag}.d.ts`, default: `./dist/classes/${tag}.js` },
        `package.json exports needs "./classes/${tag}.js" (the class without its tag)`,
      );
      for (const file of [`./dist/${tag}.js`, `./src/${tag}.ts`]) {
        assert.ok(
          manifest.sideEffects.includes(file),
          `package.json sideEffects needs "${file}": it defines <${tag}> when imported`,
        );
      }
    }
  });
});
