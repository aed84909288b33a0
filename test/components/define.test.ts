import { expect } from '@open-wc/testing';
import { AskSeller } from '../../src/ask-seller.js';
import { defineElement } from '../../src/components/define.js';
import { consoleDuring } from '../support/console.js';

describe('defining elements', () => {
  it('keeps the first definition and warns once when a tag is defined again', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('sq-defined-twice', First);
    const warnings = await consoleDuring('warn', () => {
      expect(() => {
        defineElement('sq-defined-twice', Second);
        defineElement('sq-defined-twice', Second);
      }).not.to.throw();
    });
    expect(customElements.get('sq-defined-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<sq-defined-twice> is already defined');
  });

  it('does not throw or warn when the same define module runs again', async () => {
    const warnings = await consoleDuring('warn', async () => {
      // Another URL runs the define module a second time, as a page that imports it twice.
      const copy = new URL('../../src/ask-seller.ts?second-copy', import.meta.url).href;
      await import(copy);
    });
    expect(customElements.get('ask-seller')).to.equal(AskSeller);
    expect(warnings).to.deep.equal([]);
  });
});
