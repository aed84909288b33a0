// Input rules shared by the widgets (to show an error at the field before sending) and the mock
// backend (to refuse the same input with a 422). Problems carry a JSON pointer and a code; the
// UI turns them into words in the reader's language.

export const DEFAULT_MAX_MESSAGE_LENGTH = 2000;
export const MAX_RATING_COMMENT_LENGTH = 500;
export const MAX_ESCALATION_REASON_LENGTH = 1000;
export const MAX_CHANGE_DESCRIPTION_LENGTH = 500;

export type FieldProblemCode =
  | 'required'
  | 'too_long'
  | 'too_many'
  | 'too_large'
  | 'unsupported_type'
  | 'invalid'
  | 'not_allowed'
  | 'exceeds_ordered'
  | 'unknown'
  | 'duplicate';

export interface FieldProblem {
  /** JSON pointer to the field, as in the backend's problem details (`/text`, `/items/0`). */
  pointer: string;
  code: FieldProblemCode;
  /** The limit involved (characters, count, quantity), when there is one. */
  limit?: number;
  /** Says more than the code's usual words, when they would not tell what is wrong. */
  detail?: string;
  /** The names involved (a template's unknown variables), when there are some. */
  names?: string[];
}

/**
 * Length as a person counts it: code points, so an emoji is one character, not two (a string's
 * iterator goes by code point; half a surrogate pair alone counts as one).
 */
export function textLength(text: string): number {
  return Array.from(text).length;
}

/**
 * A text that shows nothing: only white space, control characters (U+0085 among them) and
 * format characters (zero-width spaces and joiners, direction marks, the byte order mark, the
 * soft hyphen), or none.
 */
const BLANK = /^[\s\p{Cf}\p{Cc}]*$/u;

/** Whether a text shows nothing (empty, or only white space, controls and format characters). */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** Required text of at most `maxLength` characters that shows something (not blank). */
export function checkText(
  text: string | null | undefined,
  maxLength: number,
  pointer = '/text',
): FieldProblem | null {
  if (!text || BLANK.test(text)) return { pointer, code: 'required' };
  if (textLength(text) > maxLength) return { pointer, code: 'too_long', limit: maxLength };
  return null;
}

/** Optional text of at most `maxLength` characters. */
export function checkOptionalText(
  text: string | null | undefined,
  maxLength: number,
  pointer: string,
): FieldProblem | null {
  if (!text) return null;
  return textLength(text) > maxLength ? { pointer, code: 'too_long', limit: maxLength } : null;
}
