// The questions the server tests ask again and again: a pre-sales question to a shop, an
// after-sales issue about one item of an order copied from the seed's o-1003 (as addShop does).

/** A pre-sales question about shipping to the shop `shopId`, in English. */
export const preSaleQuestion = (shopId: string) => ({
  category: 'pre_sale',
  topic: 'shop',
  shopId,
  text: 'Do you ship to the Netherlands?',
  language: 'en',
});

/** An after-sales issue (a defective item) about the order `orderId` of the shop `shopId`. */
export const afterSaleIssue = (shopId: string, orderId: string) => ({
  category: 'after_sale',
  topic: 'item_defective',
  shopId,
  orderId,
  items: [{ itemId: 'o-1003-1', quantity: 1 }],
  text: 'The seam came apart after one wash.',
  language: 'en',
});
