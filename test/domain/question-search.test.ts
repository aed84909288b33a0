import { expect } from '@open-wc/testing';
import { foldForSearch, searchNeedle } from '../../src/domain/question-search.js';

describe('question search', () => {
  it('leaves out the spaces around the needle and a "#" in front', () => {
    expect(searchNeedle('  #SQ-2026-1006 ')).to.equal('SQ-2026-1006');
    expect(searchNeedle('# 1006')).to.equal('1006');
  });

  it('sets accents and case aside, so a name is found as typed on any keyboard', () => {
    expect(foldForSearch('Erik Lindström')).to.equal('erik lindstrom');
    expect(foldForSearch('SIOBHÁN')).to.equal(foldForSearch('siobhan'));
    expect(foldForSearch('Kraków')).to.equal('krakow');
    expect(foldForSearch('İstanbul')).to.equal('istanbul');
    // Decomposed input (an "e" and a combining accent) folds as the composed letter does.
    expect(foldForSearch('Élise')).to.equal(foldForSearch('E\u0301lise'));
  });

  it('writes the letters NFD leaves whole as they are typed without them', () => {
    expect(foldForSearch('Straße ẞ')).to.equal('strasse ss');
    expect(foldForSearch('Łódź Ærø Œuvre Đorđe')).to.equal('lodz aero oeuvre dorde');
    expect(foldForSearch('ΟΔΟΣ')).to.equal(foldForSearch('οδος'));
  });

  it('keeps other scripts as written, and changes nothing when folding twice', () => {
    for (const text of ['한국어', 'Ёлка', 'مرحبا', '19,90 € #SQ-1', 'Nguyễn Văn']) {
      expect(foldForSearch(foldForSearch(text))).to.equal(foldForSearch(text));
    }
    expect(foldForSearch('한국어')).to.equal('한국어');
    expect(foldForSearch('Ёлка')).to.equal('елка');
  });
});
