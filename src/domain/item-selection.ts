// The rule for the items an order issue or a refund is about: shared by the forms that select
// them and the backend. A module of its own, so that the elements that check only texts do not
// carry it.
import type { FieldProblem } from './validation.js';

export interface ItemSelection {
  itemId: string;
  quantity: number;
}

export interface OrderedItem {
  id: string;
  quantity: number;
}

/** How many of an ordered item can still be claimed or refunded: ordered minus already refunded. */
export function availableQuantity(
  item: OrderedItem,
  alreadyRefunded: readonly ItemSelection[] = [],
): number {
  const refunded = alreadyRefunded
    .filter((entry) => entry.itemId === item.id)
    .reduce((sum, entry) => sum + entry.quantity, 0);
  return Math.max(0, item.quantity - refunded);
}

/**
 * Selected items must be items of the order, each once, with a whole quantity from 1 to what
 * is still available (ordered minus already refunded, when `alreadyRefunded` is given).
 */
export function checkItemSelection(
  selection: readonly ItemSelection[] | undefined,
  ordered: readonly OrderedItem[],
  alreadyRefunded: readonly ItemSelection[] = [],
  pointer = '/items',
): FieldProblem[] {
  if (!selection || selection.length === 0) return [{ pointer, code: 'required' }];
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  selection.forEach((selected, index) => {
    const item = ordered.find((candidate) => candidate.id === selected.itemId);
    if (!item || seen.has(selected.itemId)) {
      problems.push({ pointer: `${pointer}/${index}/itemId`, code: item ? 'invalid' : 'unknown' });
      return;
    }
    seen.add(selected.itemId);
    const available = availableQuantity(item, alreadyRefunded);
    if (!Number.isInteger(selected.quantity) || selected.quantity < 1) {
      problems.push({ pointer: `${pointer}/${index}/quantity`, code: 'invalid' });
    } else if (selected.quantity > available) {
      problems.push({
        pointer: `${pointer}/${index}/quantity`,
        code: 'exceeds_ordered',
        limit: available,
      });
    }
  });
  return problems;
}
