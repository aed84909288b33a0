// One short hash for the backend: it tells a repeated request from another with the same
// Idempotency-Key, and ties a list cursor to the filters it was made for. Not for security.

/** 64 bits of two FNV-1a passes over the text, with its length. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  let hash2 = 0x01000193;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    hash = Math.imul(hash ^ code, 0x01000193);
    hash2 = Math.imul(hash2 ^ code, 0x5bd1e995);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}${(hash2 >>> 0).toString(36)}`;
}
