// src/backend/language.ts scores with a compact copy of eld's "extrasmall" n-grams
// (src/backend/language-data.ts, written by scripts/generate-language-data.mjs). Its results
// must be eld's own: the same language, reliability and scores, on the demo seed's texts,
// lines in the ten product languages and a dozen others, their short forms and odd input.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { eld } from 'eld/extrasmall';
import { detectLanguage, languageScores } from '../../src/backend/language.js';
import { corpus, WRITTEN } from './support/language-corpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** detectLanguage() as it was written on eld's own detector. */
function detectWithEld(text: string): string | null {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  if (words.length < 3 || letters < 12) return null;
  const result = eld.detect(text);
  if (!result.language || !result.isReliable()) return null;
  const [best = 0, next = 0] = Object.values(result.getScores()).sort((a, b) => b - a);
  return best - next >= 0.05 ? result.language : null;
}

describe('language detection: the compact n-gram table gives eld’s results', () => {
  const texts = corpus();

  it('runs on a corpus of several hundred texts in many languages', () => {
    assert.ok(texts.length >= 500, `${texts.length} texts`);
    const detected = new Set(texts.map((text) => languageScores(text).language));
    for (const language of Object.keys(WRITTEN)) {
      assert.ok(detected.has(language), `no text detected as ${language}`);
    }
  });

  it('the same language, reliability and scores (within 1e-9) as eld for every text', () => {
    let compared = 0;
    for (const text of texts) {
      const ours = languageScores(text);
      const theirs = eld.detect(text);
      const label = JSON.stringify(text.slice(0, 80));
      assert.equal(ours.language, theirs.language, `language of ${label}`);
      assert.equal(ours.reliable, theirs.isReliable(), `reliability of ${label}`);
      const theirScores = Object.entries(theirs.getScores());
      assert.deepEqual(
        ours.scores.map(([language]) => language),
        theirScores.map(([language]) => language),
        `ranking of ${label}`,
      );
      ours.scores.forEach(([language, score], index) => {
        const delta = Math.abs(score - theirScores[index]![1]);
        assert.ok(delta <= 1e-9, `${language} for ${label}: ${score} vs ${theirScores[index]![1]}`);
      });
      assert.equal(detectLanguage(text), detectWithEld(text), `detectLanguage(${label})`);
      compared++;
    }
    assert.equal(compared, texts.length);
  });

  it('names each product language on one-line questions', () => {
    const lines: Record<string, string> = {
      en: 'When will my parcel arrive?',
      de: 'Wann kommt mein Paket an?',
      fr: 'Quand est-ce que mon colis va arriver ?',
      es: '¿Cuándo llegará mi pedido?',
      it: 'Quando arriverà il mio pacco?',
      nl: 'Wanneer wordt mijn pakket bezorgd?',
      pl: 'Kiedy dotrze moja paczka?',
      pt: 'Quando é que a minha encomenda chega?',
      sv: 'När kommer mitt paket fram?',
      ar: 'متى يصل طلبي؟',
    };
    for (const [language, line] of Object.entries(lines)) {
      assert.equal(languageScores(line).language, language, line);
    }
    assert.equal(
      detectLanguage('Ist der Artikel noch auf Lager und wann wird er verschickt?'),
      'de',
    );
    // Too short to tell: no language.
    assert.equal(detectLanguage('Super, merci !'), null);
    assert.equal(detectLanguage(''), null);
  });

  it('the committed table is the one the generator writes from the installed eld', () => {
    execFileSync(process.execPath, ['scripts/generate-language-data.mjs', '--check'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  });
});
