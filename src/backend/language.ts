// The language of a message: detected from its text when the detector is confident, else the
// language the author's client declared (the elements send the author's profile language, or
// the language a seller picked for a reply). Runs in the mock and the reference server alike.
//
// The detector is eld's (Efficient Language Detector, Apache-2.0, © Nito T.M.) with its
// "extrasmall" n-gram set: 60 languages, built for short texts: in our probes it named all ten
// product languages right on one-line questions ("Wann kommt mein Paket an?", "متى يصل طلبي؟")
// where franc (trigrams; Italian and Portuguese as other languages) and tinyld (low confidence
// on Italian) did not. No network, no model download, deterministic.
//
// The n-grams come from ./language-data.ts, which scripts/generate-language-data.mjs writes from
// the eld package in a compact form (two base64 strings, decoded on the first detection into a
// hash table of typed arrays: ~12 MB of RSS in all, where eld's own module costs 84 MB), and
// the scoring below is eld's (its languageDetector.js and LanguageResult.js), step for step, so
// that the results are eld's to the last bit: server/test/language-detector.test.ts runs both on
// a corpus of 3,066 texts.
import {
  averageScores,
  byteChars,
  languages,
  ngrams,
  scores,
  separators,
} from './language-data.js';

/** Fewer words (of two letters or more) than this are not detected: "Danke schön", "Super, merci". */
const MIN_WORDS = 3;
/** Nor fewer letters than this. */
const MIN_LETTERS = 12;
/** The best language's score must lead the next one's by this much ("Prima, danke": hr ≈ it). */
const MIN_LEAD = 0.05;

/** The primary language subtag, lower case: `pt-PT` → `pt`. */
export function primaryLanguage(language: string): string {
  return language.split('-')[0]!.toLowerCase();
}

/** eld's result for a text. */
export interface LanguageScores {
  /** The best language (ISO 639-1), or '' when no n-gram of the text is known. */
  language: string;
  /** eld's `isReliable()`. */
  reliable: boolean;
  /** Every language that scored, best first (eld's `getScores()`), each from 0 to 1. */
  scores: [language: string, score: number][];
}

/**
 * The n-grams in an open-addressing hash table of typed arrays (no object per n-gram): an
 * n-gram's characters (3 to 6, each a byte) packed into two 32-bit words, and the offset of its
 * languages in `entries`.
 */
interface Table {
  /** The first four characters, one per byte. */
  low: Uint32Array;
  /** The fifth and sixth characters and the length (0 marks an empty slot). */
  high: Uint32Array;
  offsets: Uint32Array;
  /** At each offset: the number of languages, then (language index, score − 53) pairs. */
  entries: Uint8Array;
}

/** Slots in the table: a power of two, under 40 % full with eld's 49,553 n-grams. */
const SLOTS = 1 << 17;

let table: Table | undefined;

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The slot to start probing at for a packed n-gram. */
function slotOf(low: number, high: number): number {
  let hash = Math.imul(low ^ 0x9e3779b9, 0x85ebca6b);
  hash = Math.imul(hash ^ high ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) & (SLOTS - 1);
}

/** The packed words of `text.slice(start, end)` (3 to 6 characters, each under 256). */
function pack(text: string, start: number, end: number): [low: number, high: number] {
  let low = 0;
  let high = (end - start) << 16;
  for (let index = start; index < end; index++) {
    const at = index - start;
    const code = text.charCodeAt(index);
    if (at < 4) low |= code << (8 * at);
    else high |= code << (8 * (at - 4));
  }
  return [low >>> 0, high];
}

function loadTable(): Table {
  const entries = bytesOf(scores);
  const low = new Uint32Array(SLOTS);
  const high = new Uint32Array(SLOTS);
  const offsets = new Uint32Array(SLOTS);
  const keys = atob(ngrams);
  let offset = 0;
  for (let start = 0; start < keys.length;) {
    let end = keys.indexOf('\n', start);
    if (end < 0) end = keys.length;
    const [lowWord, highWord] = pack(keys, start, end);
    let slot = slotOf(lowWord, highWord);
    while (high[slot] !== 0) slot = (slot + 1) & (SLOTS - 1);
    low[slot] = lowWord;
    high[slot] = highWord;
    offsets[slot] = offset;
    offset += 1 + 2 * entries[offset]!;
    start = end + 1;
  }
  if (offset !== entries.length) throw new Error('language-data.ts: n-grams and scores differ');
  return { low, high, offsets, entries };
}

/** The offset of an n-gram's languages in `entries`, or -1 when eld does not know it. */
function find({ low, high, offsets }: Table, ngram: string): number {
  if (ngram.length < 3 || ngram.length > 6) return -1;
  const [lowWord, highWord] = pack(ngram, 0, ngram.length);
  for (let slot = slotOf(lowWord, highWord); high[slot] !== 0; slot = (slot + 1) & (SLOTS - 1)) {
    if (high[slot] === highWord && low[slot] === lowWord) return offsets[slot]!;
  }
  return -1;
}

/** eld's words: separators to spaces, lower case, then each word's UTF-8 bytes as characters. */
function words(text: string): string[] {
  const str = text.replace(separators, ' ').trim().toLowerCase();
  const result: string[] = [];
  let encoded = '';
  let countBytes = 0;
  // Cut at the first space after 350 bytes, or anywhere after 380.
  for (let index = 0; index < str.length; index++) {
    let code = str.charCodeAt(index);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          result.push(encoded);
          encoded = '';
        }
        if (countBytes > 350) break;
      } else {
        encoded += str.charAt(index);
      }
      countBytes++;
    } else if (code < 0x800) {
      encoded += byteChars[0xc0 | (code >> 6)]! + byteChars[0x80 | (code & 0x3f)]!;
      countBytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded +=
        byteChars[0xe0 | (code >> 12)]! +
        byteChars[0x80 | ((code >> 6) & 0x3f)]! +
        byteChars[0x80 | (code & 0x3f)]!;
      countBytes += 3;
    } else {
      // A surrogate pair (as eld reads it, a lone surrogate too).
      index++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(index) & 0x3ff));
      encoded +=
        byteChars[0xf0 | (code >> 18)]! +
        byteChars[0x80 | ((code >> 12) & 0x3f)]! +
        byteChars[0x80 | ((code >> 6) & 0x3f)]! +
        byteChars[0x80 | (code & 0x3f)]!;
      countBytes += 4;
    }
    if (countBytes > 380) break;
  }
  if (encoded !== '') result.push(encoded);
  return result;
}

/** eld's n-grams of the words: 4 bytes with a stride of 3, marked at a word's start and end. */
function ngramsOf(textWords: string[]): Set<string> {
  const result = new Set<string>();
  for (const word of textWords) {
    const length = Math.min(word.length, 70);
    let start = 0;
    for (; start + 4 < length; start += 3) {
      result.add((start === 0 ? ' ' : '') + word.substring(start, start + 4));
    }
    result.add((start === 0 ? ' ' : '') + word.substring(length !== 3 ? length - 4 : 0) + ' ');
  }
  return result;
}

/** eld's `detect(text)`, with its scores and reliability. */
export function languageScores(text: string): LanguageScores {
  const loaded = (table ??= loadTable());
  const { entries } = loaded;
  const textNgrams = ngramsOf(words(text.substring(0, 1000)));
  const totals = new Array<number>(languages.length).fill(0);
  for (const ngram of textNgrams) {
    const offset = find(loaded, ngram);
    if (offset < 0) continue;
    const end = offset + 1 + 2 * entries[offset]!;
    for (let at = offset + 1; at < end; at += 2) totals[entries[at]!]! += entries[at + 1]! + 53;
  }
  // The best: the first of the highest totals above 0.
  let best = -1;
  let bestTotal = 0;
  totals.forEach((total, index) => {
    if (total > 0 && total > bestTotal) {
      bestTotal = total;
      best = index;
    }
  });
  if (best < 0) return { language: '', reliable: false, scores: [] };
  const count = textNgrams.size;
  const ranked: [index: number, score: number][] = [];
  totals.forEach((total, index) => {
    if (total > 0) {
      const perNgram = total / count;
      ranked.push([index, perNgram / (perNgram + 25)]);
    }
  });
  ranked.sort((a, b) => b[1] - a[1]);
  // eld compares the best score with the second language's *index* here (its code does); kept
  // as it is, since the point is eld's results.
  const next = ranked.length > 1 ? ranked[1]![0] : 0;
  const reliable =
    count >= 3 &&
    !(averageScores[best]! * 0.75 > ranked[0]![1] || 0.01 > Math.abs(ranked[0]![1] - next));
  return {
    language: languages[best]!,
    reliable,
    scores: ranked.map(([index, score]) => [languages[index]!, score]),
  };
}

/**
 * The language of `text` (a primary subtag such as `de`) when the detector is confident, else
 * null: too short, mostly not letters, unreliable, or two languages too close to call.
 */
export function detectLanguage(text: string): string | null {
  const textWords = text.match(/\p{L}{2,}/gu) ?? [];
  const letters = textWords.reduce((sum, word) => sum + word.length, 0);
  if (textWords.length < MIN_WORDS || letters < MIN_LETTERS) return null;
  const result = languageScores(text);
  if (!result.language || !result.reliable) return null;
  const [best = 0, next = 0] = result.scores.map(([, score]) => score);
  return best - next >= MIN_LEAD ? result.language : null;
}

/**
 * A message's `language`: the detected one when confident and one of `supported` (the
 * configuration's languages), else `declared`. A declared regional form of the detected
 * language (`pt-BR` for `pt`) is kept as declared.
 */
export function messageLanguage(
  text: string,
  declared: string,
  supported: readonly string[],
): string {
  const detected = detectLanguage(text);
  if (!detected || detected === primaryLanguage(declared)) return declared;
  const match = supported.find((language) => primaryLanguage(language) === detected);
  return match ?? declared;
}
