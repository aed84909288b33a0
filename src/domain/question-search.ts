// What the inbox's search looks for, from what was typed, and how it compares texts: the same for
// the backend's search and the list's own search of the questions it has loaded.

/**
 * The text to look for: without the spaces around it, and without a `#` in front, which the
 * inbox writes before an order's number ("#SQ-2026-1006" finds the order SQ-2026-1006).
 */
export function searchNeedle(typed: string): string {
  const needle = typed.trim();
  return needle.startsWith('#') ? needle.slice(1).trimStart() : needle;
}

// Letters that canonical decomposition leaves whole, as they are typed without them.
const WHOLE: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ς: 'σ',
};

/**
 * A text as the search compares it, accents and case set aside: decomposed (NFD), without the
 * combining diacritical marks (U+0300–U+036F: "ö" is "o", "á" is "a", "İ" is "i"), in lower
 * case, with ß, æ, œ, ø, ł, đ, ı and the final ς written as ss, ae, oe, o, l, d, i and σ, and
 * composed again (NFC: Hangul and the marks of other scripts stay as written). "Lindstrom" finds
 * "Lindström", "SIOBHAN" finds "Siobhán", "Strasse" finds "Straße". Folding twice changes
 * nothing. The reference server keeps its search texts folded by the same steps in SQL
 * (`search_fold`, server migration 033): a change here is a change there, with a migration.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđıς]/g, (letter) => WHOLE[letter]!)
    .normalize('NFC');
}
