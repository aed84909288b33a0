// `npm run test:scripts`: the public elements the build and the manifest take come from the
// define modules and their folders, a define module named after another tag or without its
// folder's class is refused, and package.json publishes each element found (`npm run docs`
// writes its entries).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { packageEntries, publicElements } from './public-elements.mjs';

const dir = mkdtempSync(join(tmpdir(), 'public-elements-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('publicElements', () => {
  it("finds the package's four elements, each with its class in its folder", () => {
    assert.deepEqual(publicElements(), [
      { tag: 'ask-seller', className: 'AskSeller' },
      { tag: 'order-help', className: 'OrderHelp' },
      { tag: 'seller-question-count', className: 'SellerQuestionCount' },
      { tag: 'seller-question-inbox', className: 'SellerQuestionInbox' },
    ]);
  });

  it('takes a copied define module and folder as a new element, and leaves other modules out', () => {
    writeFileSync(
      join(dir, 'shop-rating.ts'),
      "import { defineElement } from './components/define.js';\ndefineElement('shop-rating', ShopRating);\n",
    );
    mkdirSync(join(dir, 'components/shop-rating'), { recursive: true });
    writeFileSync(
      join(dir, 'components/shop-rating/shop-rating.ts'),
      'export class ShopRating extends SqElement {}\n',
    );
    writeFileSync(join(dir, 'index.ts'), "export * from './core-api.js';\n");
    assert.deepEqual(publicElements(dir), [{ tag: 'shop-rating', className: 'ShopRating' }]);
  });

  it('refuses a define module named after another tag', () => {
    writeFileSync(join(dir, 'rating.ts'), "defineElement('shop-stars', ShopStars);\n");
    assert.throws(() => publicElements(dir), /src\/rating\.ts defines <shop-stars>/);
    rmSync(join(dir, 'rating.ts'));
  });

  it('refuses an element whose folder does not export its class', () => {
    writeFileSync(join(dir, 'shop-stars.ts'), "defineElement('shop-stars', ShopStars);\n");
    assert.throws(
      () => publicElements(dir),
      /src\/components\/shop-stars\/shop-stars\.ts exports the class ShopStars/,
    );
    mkdirSync(join(dir, 'components/shop-stars'));
    writeFileSync(join(dir, 'components/shop-stars/shop-stars.ts'), 'export class Stars {}\n');
    assert.throws(() => publicElements(dir), /exports the class ShopStars/);
    rmSync(join(dir, 'shop-stars.ts'));
  });
});

describe('packageEntries', () => {
  it('is what package.json publishes (npm run docs writes it; docs:check fails if not)', () => {
    assert.deepEqual(packageEntries(manifest), manifest);
  });

  it('publishes a new element: both entries, their types, their side effect; the rest kept', () => {
    const next = packageEntries(manifest, [
      ...publicElements(),
      { tag: 'shop-rating', className: 'ShopRating' },
    ]);
    assert.deepEqual(next.exports['./shop-rating.js'], {
      types: './dist/types/shop-rating.d.ts',
      default: './dist/shop-rating.js',
    });
    assert.deepEqual(next.exports['./classes/shop-rating.js'], {
      types: './dist/types/components/shop-rating/shop-rating.d.ts',
      default: './dist/classes/shop-rating.js',
    });
    assert.equal(next.exports['./cdn/shop-rating.js'], './dist/cdn/shop-rating.js');
    assert.ok(next.sideEffects.includes('./dist/shop-rating.js'));
    assert.ok(next.sideEffects.includes('./src/shop-rating.ts'));
    const keys = Object.keys(next.exports);
    assert.equal(keys[0], '.');
    assert.ok(keys.indexOf('./classes/shop-rating.js') < keys.indexOf('./mocks'));
    for (const key of Object.keys(manifest.exports)) assert.ok(key in next.exports, key);
    for (const file of manifest.sideEffects) assert.ok(next.sideEffects.includes(file), file);
  });

  it('drops the entries of an element that is gone', () => {
    const next = packageEntries(
      manifest,
      publicElements().filter(({ tag }) => tag !== 'order-help'),
    );
    assert.equal(next.exports['./order-help.js'], undefined);
    assert.equal(next.exports['./classes/order-help.js'], undefined);
    assert.equal(next.exports['./cdn/order-help.js'], undefined);
    assert.ok(next.exports['./cdn/seller-questions-core.js']);
    assert.ok(!next.sideEffects.includes('./dist/order-help.js'));
    assert.ok(next.exports['./ask-seller.js']);
  });
});
