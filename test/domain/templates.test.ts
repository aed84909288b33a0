import { expect } from '@open-wc/testing';
import { fillTemplate, placeholdersIn, TEMPLATE_VARIABLES } from '../../src/domain/templates.js';

describe('template filling', () => {
  it('fills every known variable from the context', () => {
    const filled = fillTemplate('Hi {buyerName}, order {orderNumber} ships with {carrier}.', {
      buyerName: 'Anna',
      orderNumber: 'SQ-1001',
      carrier: 'DHL',
    });
    expect(filled).to.deep.equal({
      text: 'Hi Anna, order SQ-1001 ships with DHL.',
      missing: [],
      unknown: [],
    });
  });

  it('keeps a missing value visible as its placeholder, never blank', () => {
    const filled = fillTemplate('Track it at {trackingUrl} ({trackingNumber}).', {
      trackingNumber: '',
      trackingUrl: undefined,
    });
    expect(filled.text).to.equal('Track it at {trackingUrl} ({trackingNumber}).');
    expect(filled.missing).to.deep.equal(['trackingUrl', 'trackingNumber']);
  });

  it('reports placeholders the product does not know and leaves them in place', () => {
    const filled = fillTemplate('Dear {customerTitle} {buyerName}', { buyerName: 'Jan' });
    expect(filled.text).to.equal('Dear {customerTitle} Jan');
    expect(filled.unknown).to.deep.equal(['customerTitle']);
    expect(filled.missing).to.deep.equal([]);
  });

  it('does not read a value as a placeholder or touch other braces', () => {
    const filled = fillTemplate('{buyerName} wrote "{ok}" and {}', { buyerName: '{shopName}' });
    expect(filled.text).to.equal('{shopName} wrote "{ok}" and {}');
    expect(filled.unknown).to.deep.equal(['ok']);
  });

  it('lists placeholders in order of first use', () => {
    expect(placeholdersIn('{a} {b} {a}')).to.deep.equal(['a', 'b']);
    expect(TEMPLATE_VARIABLES).to.include.members(['buyerName', 'trackingUrl', 'refundAmount']);
  });
});
