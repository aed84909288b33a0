import { expect } from '@open-wc/testing';
import { selectionTotal } from '../../src/domain/money.js';
import { checkAddress, normalizeAddress, normalizePostalCode } from '../../src/domain/address.js';
import { availableQuantity, checkItemSelection } from '../../src/domain/item-selection.js';
import {
  checkOptionalText,
  checkText,
  DEFAULT_MAX_MESSAGE_LENGTH,
  isBlank,
  textLength,
} from '../../src/domain/validation.js';
import { hasUnstorableCharacter, storableText } from '../../src/domain/storable-text.js';

const address = {
  name: 'Anna Schmidt',
  line1: 'Bergstraße 12',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
};

describe('input validation', () => {
  it('requires text that is not just spaces, of at most 2,000 characters', () => {
    expect(DEFAULT_MAX_MESSAGE_LENGTH).to.equal(2000);
    expect(checkText('', 2000)).to.deep.equal({ pointer: '/text', code: 'required' });
    expect(checkText('  \n ', 2000)).to.deep.equal({ pointer: '/text', code: 'required' });
    expect(checkText('a'.repeat(2000), 2000)).to.equal(null);
    expect(checkText('a'.repeat(2001), 2000)).to.deep.equal({
      pointer: '/text',
      code: 'too_long',
      limit: 2000,
    });
  });

  it('takes a text of only white space, control and format characters for a blank one', () => {
    for (const blank of [
      '\u200b\u200b',
      '\u200b\u200d\ufeff',
      ' \u200e\u200f\u2060 ',
      '\u00ad',
      '\u00a0\u3000\t',
      '\u0085',
      '\u0001\u001c\u007f\u009f',
    ]) {
      expect(isBlank(blank), JSON.stringify(blank)).to.equal(true);
      expect(checkText(blank, 2000), JSON.stringify(blank)).to.deep.equal({
        pointer: '/text',
        code: 'required',
      });
    }
    // A joiner inside a word, an emoji sequence, a single letter or mark: text that shows.
    for (const shown of ['a\u200bb', '👩\u200d💻', '\u200bx', '·', '\u0301a', '🏳️‍🌈']) {
      expect(isBlank(shown), JSON.stringify(shown)).to.equal(false);
      expect(checkText(shown, 2000), JSON.stringify(shown)).to.equal(null);
    }
  });

  it('finds the characters no text can hold: U+0000 and half a surrogate pair', () => {
    for (const bad of [
      'a\u0000b',
      '\u0000',
      '\ud800',
      'x\udfff',
      '\udc00\ud800',
      '😀'.slice(0, 1),
    ]) {
      expect(hasUnstorableCharacter(bad), JSON.stringify(bad)).to.equal(true);
    }
    for (const good of ['', 'plain', '😀', '\ud83d\ude00x', '\u0001\t\n', '\uffff']) {
      expect(hasUnstorableCharacter(good), JSON.stringify(good)).to.equal(false);
    }
    expect(storableText('a\u0000b\ud800c😀')).to.equal('a\ufffdb\ufffdc😀');
    expect(storableText('\udc00\ud800')).to.equal('\ufffd\ufffd');
    expect(storableText('fine.jpg')).to.equal('fine.jpg');
  });

  it('counts characters as people do: an emoji is one', () => {
    expect(textLength('👍🏽')).to.equal(2); // thumbs up + skin tone: two code points
    expect(textLength('😀')).to.equal(1);
    // Half a surrogate pair alone is one, as the backend counts it.
    expect(textLength('a\ud800b')).to.equal(3);
    expect(textLength('\udc00\ud83d\ude00\ud83d')).to.equal(3);
    expect(checkText('😀'.repeat(2000), 2000)).to.equal(null);
    expect(checkOptionalText(undefined, 10, '/comment')).to.equal(null);
    expect(checkOptionalText('x'.repeat(11), 10, '/comment')).to.deep.include({ code: 'too_long' });
  });

  it('accepts a complete address and reports every missing field', () => {
    expect(checkAddress(address)).to.deep.equal([]);
    expect(checkAddress({}).map((problem) => problem.pointer)).to.deep.equal([
      '/details/address/name',
      '/details/address/line1',
      '/details/address/postalCode',
      '/details/address/city',
      '/details/address/country',
    ]);
  });

  it('checks postal codes against the country format', () => {
    expect(checkAddress({ ...address, postalCode: '1011' })).to.deep.equal([
      { pointer: '/details/address/postalCode', code: 'invalid' },
    ]);
    expect(checkAddress({ ...address, country: 'NL', postalCode: '1017 CT' })).to.deep.equal([]);
    expect(checkAddress({ ...address, country: 'PL', postalCode: '00-950' })).to.deep.equal([]);
    expect(checkAddress({ ...address, country: 'PL', postalCode: '0095' })).to.have.length(1);
    expect(checkAddress({ ...address, country: 'NL', postalCode: '0234 AB' })).to.have.length(1);
    expect(checkAddress({ ...address, country: 'Germany' })).to.deep.equal([
      { pointer: '/details/address/country', code: 'invalid' },
    ]);
    expect(checkAddress({ ...address, phone: 'call me' })).to.deep.equal([
      { pointer: '/details/address/phone', code: 'invalid' },
    ]);
  });

  it('takes a postal code as the buyer obviously meant it, written as the country writes it', () => {
    const cases: [country: string, typed: string, written: string][] = [
      ['PL', '30529', '30-529'],
      ['PL', ' 30 529 ', '30-529'],
      ['PT', '1000001', '1000-001'],
      ['SE', '41124', '411 24'],
      ['NL', '1234ab', '1234 AB'],
      ['NL', '1234  AB', '1234 AB'],
      ['GB', 'bs78ae', 'BS7 8AE'],
      ['GB', 'sw1a 1aa', 'SW1A 1AA'],
      ['IE', 'd06f8c4', 'D06 F8C4'],
      ['US', '972141234', '97214-1234'],
      ['US', '97214', '97214'],
      ['DE', ' 10115 ', '10115'],
      ['de', '10 115', '10115'],
      // Nothing else is guessed: left as typed (trimmed, upper-case), and refused if it is not a code.
      ['PL', '3052', '3052'],
      ['PT', '1000', '1000'],
      ['CA', ' k1a   0b1 ', 'K1A 0B1'],
      ['', ' ab  12 ', 'AB 12'],
    ];
    for (const [country, typed, written] of cases) {
      expect(normalizePostalCode(typed, country), `${country} ${typed}`).to.equal(written);
      const problems = checkAddress({ ...address, country, postalCode: typed });
      expect(
        problems.some(({ pointer }) => pointer.endsWith('/postalCode')),
        `${country} ${typed} refused`,
      ).to.equal(['3052', '1000'].includes(typed));
    }
    expect(
      normalizeAddress({ ...address, country: ' pl ', postalCode: '30529', city: ' Kraków ' }),
    ).to.deep.equal({ ...address, country: 'PL', postalCode: '30-529', city: 'Kraków' });
  });

  describe('item selection', () => {
    const ordered = [
      { id: 'i1', quantity: 2 },
      { id: 'i2', quantity: 1 },
    ];

    it('needs at least one item', () => {
      expect(checkItemSelection([], ordered)).to.deep.equal([
        { pointer: '/items', code: 'required' },
      ]);
      expect(checkItemSelection(undefined, ordered)).to.have.length(1);
    });

    it('refuses more than was ordered, unknown items and repeats', () => {
      expect(checkItemSelection([{ itemId: 'i1', quantity: 2 }], ordered)).to.deep.equal([]);
      expect(checkItemSelection([{ itemId: 'i1', quantity: 3 }], ordered)).to.deep.equal([
        { pointer: '/items/0/quantity', code: 'exceeds_ordered', limit: 2 },
      ]);
      expect(checkItemSelection([{ itemId: 'x', quantity: 1 }], ordered)).to.deep.equal([
        { pointer: '/items/0/itemId', code: 'unknown' },
      ]);
      expect(
        checkItemSelection(
          [
            { itemId: 'i2', quantity: 1 },
            { itemId: 'i2', quantity: 1 },
          ],
          ordered,
        ),
      ).to.deep.equal([{ pointer: '/items/1/itemId', code: 'invalid' }]);
      expect(checkItemSelection([{ itemId: 'i1', quantity: 0 }], ordered)).to.deep.equal([
        { pointer: '/items/0/quantity', code: 'invalid' },
      ]);
    });

    it('counts what was already refunded as no longer claimable', () => {
      expect(
        checkItemSelection([{ itemId: 'i1', quantity: 2 }], ordered, [
          { itemId: 'i1', quantity: 1 },
        ]),
      ).to.deep.equal([{ pointer: '/items/0/quantity', code: 'exceeds_ordered', limit: 1 }]);
    });

    it('says how many of an item are still available, summing earlier refunds, never below 0', () => {
      expect(availableQuantity(ordered[0]!)).to.equal(2);
      const refunded = [
        { itemId: 'i1', quantity: 1 },
        { itemId: 'i2', quantity: 1 },
      ];
      expect(availableQuantity(ordered[0]!, refunded)).to.equal(1);
      expect(availableQuantity(ordered[1]!, refunded)).to.equal(0);
      expect(availableQuantity(ordered[1]!, [...refunded, ...refunded])).to.equal(0);
    });

    it('totals a selection from unit prices and quantities, and refuses unknown items', () => {
      const items = [
        { id: 'i1', unitPrice: { amountMinor: 2990, currency: 'EUR' } },
        { id: 'i2', unitPrice: { amountMinor: 1950, currency: 'EUR' } },
      ];
      const selection = [
        { itemId: 'i1', quantity: 2 },
        { itemId: 'i2', quantity: 1 },
      ];
      expect(selectionTotal(selection, items, 'EUR')).to.deep.equal({
        amountMinor: 7930,
        currency: 'EUR',
      });
      expect(selectionTotal([], items, 'EUR')).to.deep.equal({ amountMinor: 0, currency: 'EUR' });
      expect(() => selectionTotal([{ itemId: 'x', quantity: 1 }], items, 'EUR')).to.throw(
        RangeError,
        'No item x',
      );
      expect(() => selectionTotal(selection, items, 'SEK')).to.throw(RangeError);
    });
  });
});
