/** Which file of the elements' code a module of their first loads goes in (see chunk-rule.mjs). */
export function elementFile(
  loadFirst: readonly string[],
  loadEver: readonly string[],
  firstElement: string,
): { file: 'core' } | { file: 'own' | 'shared'; tag: string };
