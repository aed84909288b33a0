// The mock backend compares times of thousands of questions on every request; parsing the same
// ISO strings again each time was most of a list request's cost. A real backend keeps times as
// numbers and answers from an index.
const parsed = new Map<string, number>();
const MAX_PARSED = 200_000;

/** `Date.parse(iso)`, remembered. */
export function timeOf(iso: string): number {
  let ms = parsed.get(iso);
  if (ms === undefined) {
    ms = Date.parse(iso);
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(iso, ms);
  }
  return ms;
}
