import { expect } from '@open-wc/testing';
import {
  matchCount,
  searchPublicAnswers,
  searchTerms,
  searchTextOf,
  termsNeeded,
  words,
} from '../../src/domain/public-answers.js';

const answer = (id: string, question: string, text: string, publishedAt: string) => ({
  id,
  publishedAt,
  searchText: searchTextOf(question, text),
});

const LINEN = answer(
  'pa-1',
  'Is this shirt 100% linen?',
  'Yes: 100% stonewashed European linen, no blend.',
  '2026-11-01T10:00:00.000Z',
);
const SIZE = answer(
  'pa-2',
  'Fällt das Leinenhemd eher klein oder groß aus?',
  'Das Hemd ist locker geschnitten.',
  '2026-11-02T10:00:00.000Z',
);
const WASH = answer(
  'pa-3',
  'Can I wash it at 60 degrees?',
  'Linen is fine at 40; 60 now and then.',
  '2026-11-03T10:00:00.000Z',
);
const ALL = [LINEN, SIZE, WASH];
const ids = (query: string) => searchPublicAnswers(ALL, query).map((item) => item.id);

describe('public answer search', () => {
  it('finds "is it 100 % linen" in "Is this shirt 100% linen?", best match first', () => {
    expect(ids('is it 100 % linen')).to.deep.equal(['pa-1', 'pa-3']);
  });

  it('ignores case, accents and word order', () => {
    expect(ids('LINEN 100')[0]).to.equal('pa-1');
    expect(ids('Línén, 100%?')[0]).to.equal('pa-1');
    expect(ids('fallt gross aus')).to.deep.equal(['pa-2']);
    expect(ids('FÄLLT GROSS')).to.deep.equal(['pa-2']);
  });

  it('matches the start of a word, so a buyer still typing finds the answer', () => {
    expect(ids('stonewa')).to.deep.equal(['pa-1']);
    expect(ids('inen')).to.deep.equal([]);
  });

  it('needs at least half the terms: one unrelated word does not hide an answer', () => {
    expect(ids('linen blend waterproof')).to.deep.equal(['pa-1']);
    // One term each: equally good, the newest first.
    expect(ids('linen pockets')).to.deep.equal(['pa-3', 'pa-1']);
    expect(ids('zipper waterproof pockets linen')).to.deep.equal([]);
    expect(ids('zipper waterproof pockets')).to.deep.equal([]);
  });

  it('finds nothing for a query of short or function words only, all for a blank one', () => {
    expect(searchTerms('is it the')).to.deep.equal([]);
    expect(ids('is it the')).to.deep.equal([]);
    expect(ids('  ')).to.deep.equal(['pa-3', 'pa-2', 'pa-1']);
  });

  it('keeps digits, spells out letters without a decomposition and drops function words', () => {
    expect(searchTerms('Is it 100 % linen?')).to.deep.equal(['100', 'linen']);
    expect(words('Łódź Straße Øresund')).to.deep.equal(['lodz', 'strasse', 'oresund']);
    expect(searchTerms('هل هذا القميص من الكتان')).to.deep.equal(['القميص', 'الكتان']);
    expect(searchTerms('linen linen LINEN')).to.deep.equal(['linen']);
  });

  it('counts terms at word starts in the kept text, as the server does in SQL', () => {
    const text = searchTextOf('Is this shirt 100% linen?', '');
    expect(text).to.equal(' is this shirt 100 linen ');
    expect(matchCount(['100', 'lin', 'hirt'], text)).to.equal(2);
    expect(termsNeeded(['a'])).to.equal(1);
    expect(termsNeeded(['a', 'b'])).to.equal(1);
    expect(termsNeeded(['a', 'b', 'c'])).to.equal(2);
  });
});
