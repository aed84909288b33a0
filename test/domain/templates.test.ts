import { expect } from '@open-wc/testing';
import {
  checkTemplate,
  fillTemplate,
  MAX_TEMPLATE_BODY_LENGTH,
  MAX_TEMPLATE_TITLE_LENGTH,
  placeholdersIn,
  TEMPLATE_VARIABLES,
} from '../../src/domain/templates.js';

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

describe('the rules for a seller’s own templates', () => {
  const languages = ['en', 'de', 'fr'];
  const draft = {
    topic: 'tracking',
    language: 'de',
    title: 'Unterwegs',
    body: 'Hallo {buyerName}',
  };
  const codes = (problems: { pointer: string; code: string }[]) =>
    problems.map((problem) => `${problem.pointer} ${problem.code}`);

  it('accepts a template whose variables are all known', () => {
    expect(checkTemplate(draft, { languages, existing: [] })).to.deep.equal([]);
  });

  it('refuses an unknown variable, naming it', () => {
    const problems = checkTemplate(
      { ...draft, body: 'Hallo {buyerName}, {foo} und {bar} und {foo}' },
      { languages, existing: [] },
    );
    expect(problems).to.deep.equal([{ pointer: '/body', code: 'unknown', names: ['foo', 'bar'] }]);
  });

  it('needs a title and a text within their limits, in a language of the product', () => {
    expect(
      codes(
        checkTemplate(
          { ...draft, title: ' ', body: '', language: 'ja' },
          { languages, existing: [] },
        ),
      ),
    ).to.deep.equal(['/title required', '/language invalid', '/body required']);
    expect(
      checkTemplate(
        { ...draft, title: 'x'.repeat(MAX_TEMPLATE_TITLE_LENGTH + 1), body: 'y'.repeat(2001) },
        { languages, existing: [] },
      ),
    ).to.deep.equal([
      { pointer: '/title', code: 'too_long', limit: 80 },
      { pointer: '/body', code: 'too_long', limit: 2000 },
    ]);
    expect(MAX_TEMPLATE_BODY_LENGTH).to.equal(2000);
  });

  it('refuses duplicates for the same topic and language, but not the template itself', () => {
    const own = { ...draft, id: 't-1', source: 'seller' as const, title: 'UNTERWEGS ' };
    const official = {
      ...draft,
      id: 'tracking.de',
      source: 'official' as const,
      title: 'Offiziell',
      body: 'Hallo {buyerName}',
    };
    expect(codes(checkTemplate(draft, { languages, existing: [own, official] }))).to.deep.equal([
      '/title duplicate',
      '/body duplicate',
    ]);
    // An official template's title may be reused; another language or topic is no duplicate.
    expect(
      checkTemplate(
        { ...draft, title: 'Offiziell', body: 'Neu' },
        { languages, existing: [official] },
      ),
    ).to.deep.equal([]);
    expect(
      checkTemplate({ ...draft, language: 'fr' }, { languages, existing: [own, official] }),
    ).to.deep.equal([]);
    expect(
      checkTemplate({ ...draft, body: 'Neu' }, { languages, existing: [own], id: 't-1' }),
    ).to.deep.equal([]);
  });
});
