// A short hash of a text, for the client and the backend alike: the client ties a question's
// idempotency key to the whole request, the backend tells a repeated request from another with
// the same key and ties a list cursor to its filters. Not for security.

/** 64 bits in base 36: two FNV-1a passes over the text with different primes. */
export function hash64(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
  }
  return `${(first >>> 0).toString(36)}${(second >>> 0).toString(36)}`;
}
