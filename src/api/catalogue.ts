// A shop's catalogue for sellers and platform agents, outside the client class so that the
// buyer elements, which never list it, do not carry it: `listShopProducts(client, shopId, …)`.
import { transportOf, type CallOptions, type SellerQuestionsClient } from './client.js';
import type { ProductList } from './types.js';

/**
 * The products of `shopId` by name; `q` keeps those whose name contains it. A seller may list
 * their own shop only (another answers 404), a platform agent any shop. `more` says that more
 * match than `limit` (50 by default, at most 200).
 */
export function listShopProducts(
  client: SellerQuestionsClient,
  shopId: string,
  query: { q?: string; limit?: number } = {},
  options: CallOptions = {},
): Promise<ProductList> {
  return transportOf(client).request({
    method: 'GET',
    path: '/shops/{shopId}/products',
    pathParams: { shopId },
    query,
    schema: 'ProductList',
    ...options,
  });
}
