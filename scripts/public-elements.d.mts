/** Every public element (see public-elements.mjs), in `src` or `dir`, sorted by tag. */
export function publicElements(dir?: string): { tag: string; className: string }[];

/** `pkg` with the public elements' `exports` and `sideEffects` entries as the elements are. */
export function packageEntries<
  T extends { exports: Record<string, unknown>; sideEffects: string[] },
>(pkg: T, elements?: { tag: string; className: string }[]): T;
