// The characters that no text can hold: U+0000, and half of a surrogate pair without its other
// half (no character: UTF-8 cannot encode it, and PostgreSQL's text and JSON refuse both). The
// backend refuses them in any text it is sent; a module of their own, so that the elements'
// code (which imports validation.ts) does not carry them.

const UNSTORABLE = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a text holds a character that no text can hold (U+0000, a lone surrogate). */
export function hasUnstorableCharacter(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** A text with each character that no text can hold replaced by U+FFFD. */
export function storableText(text: string): string {
  return text.replace(new RegExp(UNSTORABLE, 'g'), '\ufffd');
}
