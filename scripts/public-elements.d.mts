/** Every public element (see public-elements.mjs), in `src` or `dir`, sorted by tag. */
export function publicElements(dir?: string): { tag: string; className: string }[];
