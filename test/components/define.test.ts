import { expect } from '@open-wc/testing';
import { AskSeller } from '../../src/ask-seller.js';
import { defineElement } from '../../src/components/define.js';

function captureWarnings() {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
  };
  return { warnings, restore: () => (console.warn = original) };
}

describe('defining elements', () => {
  it('keeps the first definition and warns once when a tag is defined again', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('sq-defined-twice', First);
    const { warnings, restore } = captureWarnings();
    try {
      expect(() => {
        defineElement('sq-defined-twice', Second);
        defineElement('sq-defined-twice', Second);
      }).not.to.throw();
    } finally {
      restore();
    }
    expect(customElements.get('sq-defined-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<sq-defined-twice> is already defined');
  });

  it('does not throw or warn when the same define module runs again', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      // Another URL runs the define module a second time, as a page that imports it twice.
      const copy = new URL('../../src/ask-seller.ts?second-copy', import.meta.url).href;
      await import(copy);
    } finally {
      restore();
    }
    expect(customElements.get('ask-seller')).to.equal(AskSeller);
    expect(warnings).to.deep.equal([]);
  });
});
