// One short hash for the backend: it tells a repeated request from another with the same
// Idempotency-Key, and ties a list cursor to the filters it was made for. Not for security.
import { hash64 } from '../api/hash.js';

/** The text's length and 64-bit hash. */
export function fingerprint(text: string): string {
  return `${text.length}:${hash64(text)}`;
}
