// Published answers ("customer questions and answers"): the limits of what a seller publishes
// and the one search rule, used as it is by the mock's store and, through the words it keeps,
// by the server's SQL (server/src/sql-store.ts publicAnswers) so both find the same answers.
//
// The rule, the same in every language the product speaks: letters are compared without case
// and accents (NFKD, marks removed; ß, ł, ø, æ, œ, đ spelt out), text is cut into words at
// anything that is not a letter or a digit, and a search term matches when a word of the
// published question or answer starts with it (so a buyer still typing "line" finds "linen").
// Terms are the query's words of at least three characters (or with a digit: "100"), without
// the commonest function words of the ten languages; at least half of them (rounded up) must
// match, in any order. The most matching terms first.

/** At most this many characters of published question text (code points). */
export const MAX_PUBLIC_QUESTION_LENGTH = 500;
/** At most this many terms of a query count; more are ignored. */
export const MAX_SEARCH_TERMS = 10;

const SPELT: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

/**
 * Words that say nothing about a product, in the ten languages (of three letters or more:
 * shorter words are no terms anyway), written as `words()` leaves them.
 */
const STOP_WORDS = new Set(
  [
    // en
    'the and are does did this that these those what which who how can could would will with',
    'for from have has any you your there its into about also than then them they our not',
    // de
    'der die das den dem des ein eine einen einem einer und ist sind hat haben wie was wer',
    'kann konnen mit fur von auf aus bei ich sie wir ihr gibt auch noch oder nicht dieses diese',
    'dieser',
    // fr
    'les des une est sont avec pour dans par pas que qui quoi comment estce cette ces vous',
    'nous ont peut elle il',
    // es
    'los las del una uno son con por para que como esta este estos estas hay tiene puede',
    // it
    'gli della delle dei che sono con per come questa questo questi queste puo una uno',
    // nl
    'het een van zijn met voor wat hoe kan deze dit die niet ook heeft hebben',
    // pl
    'czy jest jak ten tak nie ale dla jaki jaka jakie ile ma maja',
    // pt
    'uma umas uns com para por que como esta este isso isto tem pode sao dos das nao',
    // sv
    'och det den ett att som med for har kan vad hur denna detta finns inte',
    // ar (no marks)
    'هل هذا هذه ما ماذا كيف في من على الى إلى عن مع هو هي',
  ]
    .join(' ')
    .split(' '),
);

/** The words of a text, lower case, without accents, in order (repeats kept). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßłøæœđı]/g, (char) => SPELT[char]!)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * What a published answer is searched in: its question's and its answer's words, each with a
 * space before it. The server keeps it beside the answer (column `search_text`); a term
 * matches where `' ' + term` occurs in it.
 */
export function searchTextOf(question: string, answer: string): string {
  return ` ${[...words(question), ...words(answer)].join(' ')} `;
}

/** The terms of a buyer's query, in order, each once; none when the query says nothing yet. */
export function searchTerms(query: string): string[] {
  const terms = words(query).filter(
    (word) => !STOP_WORDS.has(word) && (word.length >= 3 || /\p{N}/u.test(word)),
  );
  return [...new Set(terms)].slice(0, MAX_SEARCH_TERMS);
}

/** How many of `terms` must match: at least half, rounded up (one of one or two). */
export function termsNeeded(terms: readonly string[]): number {
  return Math.ceil(terms.length / 2);
}

/** How many of `terms` occur in `searchText` (from `searchTextOf`) at the start of a word. */
export function matchCount(terms: readonly string[], searchText: string): number {
  return terms.filter((term) => searchText.includes(` ${term}`)).length;
}

export interface Searchable {
  id: string;
  publishedAt: string;
  searchText: string;
}

/**
 * The answers a query finds, best first: most terms matched, then newest published, then by
 * id. Without terms (a blank query), every answer, newest first. The server's SQL orders the
 * same way.
 */
export function searchPublicAnswers<T extends Searchable>(items: readonly T[], query: string): T[] {
  return rankPublicAnswers(items, query.trim() === '' ? null : searchTerms(query));
}

/** `searchPublicAnswers` with the terms already taken from the query (null: no query). */
export function rankPublicAnswers<T extends Searchable>(
  items: readonly T[],
  terms: readonly string[] | null,
): T[] {
  const newestFirst = (a: T, b: T) =>
    a.publishedAt !== b.publishedAt
      ? a.publishedAt < b.publishedAt
        ? 1
        : -1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;
  if (terms === null) return [...items].sort(newestFirst);
  if (terms.length === 0) return [];
  const needed = termsNeeded(terms);
  return items
    .map((item) => ({ item, score: matchCount(terms, item.searchText) }))
    .filter(({ score }) => score >= needed)
    .sort((a, b) => b.score - a.score || newestFirst(a.item, b.item))
    .map(({ item }) => item);
}
