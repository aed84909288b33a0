// Money is an integer amount in the currency's minor unit, so sums and comparisons are exact.

export interface Money {
  amountMinor: number;
  currency: string;
}

/** Sums amounts of one currency; throws on mixed currencies rather than adding apples to pears. */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  let total = 0;
  for (const amount of amounts) {
    if (amount.currency !== currency) {
      throw new RangeError(`Cannot add ${amount.currency} to ${currency}`);
    }
    total += amount.amountMinor;
  }
  return { amountMinor: total, currency };
}

export function multiplyMoney(amount: Money, factor: number): Money {
  return { amountMinor: amount.amountMinor * factor, currency: amount.currency };
}

/** What selected items come to (a refund's amount): each unit price times its quantity, summed. */
export function selectionTotal(
  selection: readonly { itemId: string; quantity: number }[],
  items: readonly { id: string; unitPrice: Money }[],
  currency: string,
): Money {
  return sumMoney(
    selection.map((selected) => {
      const item = items.find((candidate) => candidate.id === selected.itemId);
      if (!item) throw new RangeError(`No item ${selected.itemId} among the items given`);
      return multiplyMoney(item.unitPrice, selected.quantity);
    }),
    currency,
  );
}

/** `a >= b` for the same currency; `undefined` when the currencies differ. */
export function isAtLeast(a: Money, b: Money): boolean | undefined {
  if (a.currency !== b.currency) return undefined;
  return a.amountMinor >= b.amountMinor;
}
