// Test support: the questions buyers ask through the API (not through an element) that several
// tests start from, and the seller's answers to them.
import type { SellerQuestionsClient, WriteOptions } from '../../src/api/client.js';
import type { QuestionDetail } from '../../src/api/types.js';
import { buyerClient, sellerClient } from './backend.js';

/** Marco's (`b-marco`) question about the colour of p-12, in Italian; `text` replaces it. */
export function askAboutP12(
  buyer: SellerQuestionsClient,
  { text = 'È blu scuro?', ...options }: WriteOptions & { text?: string } = {},
): Promise<QuestionDetail> {
  return buyer.createQuestion(
    {
      category: 'pre_sale',
      topic: 'product',
      details: { subject: 'colour' },
      shopId: 's-1',
      productId: 'p-12',
      text,
      language: 'it',
    },
    options,
  );
}

/** Lucia's (`b-lucia`) question about the size of p-04, in Spanish, answered by the seller. */
export async function askAboutP04Answered(buyer: SellerQuestionsClient): Promise<QuestionDetail> {
  const asked = await buyer.createQuestion({
    category: 'pre_sale',
    topic: 'product',
    details: { subject: 'size' },
    shopId: 's-1',
    productId: 'p-04',
    text: '¿Talla grande o pequeña?',
    language: 'es',
  });
  await sellerClient().sendMessage(asked.id, { text: 'Talla normal.', language: 'es' });
  return asked;
}

/** A buyer's question about the shop itself (no product, no order) in shop s-1. */
export function askAboutShop(buyerId: string, text: string, language: string) {
  return buyerClient(buyerId).createQuestion({
    category: 'pre_sale',
    topic: 'shop',
    shopId: 's-1',
    text,
    language,
  });
}
