// Bidirectional text. Text from people and from the backend (names, titles, addresses, order
// and tracking numbers, questions) goes into the elements' own sentences and boxes. In a box of
// the other direction, the Unicode bidirectional algorithm lets its neutral characters take the
// box's direction: in Arabic, "Is this shirt 100% linen?" showed as "?Is this shirt 100% linen"
// and "10435 Berlin" as "Berlin 10435"; in German, a number after an Arabic shop name moved
// in front of it. Wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068, U+2069:
// what <bdi> does in markup, and ICU's MessageFormat 2 to its placeholders), the text keeps its
// own direction and is one unit to the sentence around it. Only a text of the other direction
// is wrapped: a German name in German stays as it was, byte for byte.
import { isRtl } from './localize.js';

/**
 * A letter of a right-to-left script, and any other letter: the block U+0590–U+08FF holds
 * Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan and Mandaic (and their digits: a number of
 * them is isolated in left-to-right text too, which does no harm).
 */
const RTL_TEXT = /[\u0590-\u08ff]/;
const LTR_TEXT = /(?![\u0590-\u08ff])\p{L}/u;

/**
 * A text from people or the backend (a name, a title, an address's line, a question), as it
 * goes into the elements' text in the active locale, alone or as a value of a message: wrapped
 * in an isolate when it holds a letter of the other direction, else unchanged.
 */
export function isolate(text: string): string {
  return (isRtl() ? LTR_TEXT : RTL_TEXT).test(text) ? `\u2068${text}\u2069` : text;
}
