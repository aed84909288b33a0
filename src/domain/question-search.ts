// What the inbox's search looks for, from what was typed: the same for the backend's search and
// the list's own search of the questions it has loaded.

/**
 * The text to look for: without the spaces around it, and without a `#` in front, which the
 * inbox writes before an order's number ("#SQ-2026-1006" finds the order SQ-2026-1006).
 */
export function searchNeedle(typed: string): string {
  const needle = typed.trim();
  return needle.startsWith('#') ? needle.slice(1).trimStart() : needle;
}
