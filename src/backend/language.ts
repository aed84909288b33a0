// The language of a message: detected from its text when the detector is confident, else the
// language the author's client declared (the elements send the author's profile language, or
// the language a seller picked for a reply). Runs in the mock and the reference server alike.
//
// The detector is eld (Efficient Language Detector, Apache-2.0), its "extrasmall" n-gram set:
// 60 languages in about 0.9 MB of JavaScript (the mock's bundle has no size budget; the server
// loads it once), built for short texts: in our probes it named all ten product languages
// right on one-line questions ("Wann kommt mein Paket an?", "متى يصل طلبي؟") where franc
// (trigrams; Italian and Portuguese as other languages) and tinyld (low confidence on Italian)
// did not. No network, no model download, deterministic.
import { eld } from 'eld/extrasmall';

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

/**
 * The language of `text` (a primary subtag such as `de`) when the detector is confident, else
 * null: too short, mostly not letters, unreliable, or two languages too close to call.
 */
export function detectLanguage(text: string): string | null {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  if (words.length < MIN_WORDS || letters < MIN_LETTERS) return null;
  const result = eld.detect(text);
  if (!result.language || !result.isReliable()) return null;
  const [best = 0, next = 0] = Object.values(result.getScores()).sort((a, b) => b - a);
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
