// Test support: the questions buyers ask through the API (not through an element) that several
// tests start from, and the seller's answers to them.
import type { SellerQuestionsClient, WriteOptions } from '../../src/api/client.js';
import type { QuestionCreate, QuestionDetail } from '../../src/api/types.js';
import { buyerClient, sellerClient } from './backend.js';

type ProductSubject = NonNullable<NonNullable<QuestionCreate['details']>['subject']>;

/**
 * What a buyer sends to ask about the `subject` (size, colour, material...) of product
 * `productId` in shop s-1; `more` adds to it (e.g. `publicConsent`).
 */
export function productQuestion(
  productId: string,
  subject: ProductSubject,
  { text, language, ...more }: Omit<QuestionCreate, 'category' | 'topic' | 'shopId'>,
): QuestionCreate {
  return {
    category: 'pre_sale',
    topic: 'product',
    details: { subject },
    shopId: 's-1',
    productId,
    text,
    language,
    ...more,
  };
}

/** Marco's (`b-marco`) question about the colour of p-12, in Italian; `text` replaces it. */
export function askAboutP12(
  buyer: SellerQuestionsClient,
  { text = 'È blu scuro?', ...options }: WriteOptions & { text?: string } = {},
): Promise<QuestionDetail> {
  return buyer.createQuestion(productQuestion('p-12', 'colour', { text, language: 'it' }), options);
}

/** Lucia's (`b-lucia`) question about the size of p-04, in Spanish, answered by the seller. */
export async function askAboutP04Answered(buyer: SellerQuestionsClient): Promise<QuestionDetail> {
  const asked = await buyer.createQuestion(
    productQuestion('p-04', 'size', { text: '¿Talla grande o pequeña?', language: 'es' }),
  );
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
