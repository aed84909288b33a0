// A seller's own response templates, outside the client class so that the elements that never
// change templates do not carry this code: `createTemplate(client, …)`,
// `updateTemplate(client, id, …)`, `deleteTemplate(client, id)`. Listing stays
// `client.listTemplates()`; the backend has it revalidated before every use
// (`Cache-Control: no-cache` with an ETag), so a list read after a change shows the change.
import { transportOf, type SellerQuestionsClient, type WriteOptions } from './client.js';
import { idempotent } from './write.js';
import type { Template, TemplateCreate, TemplateUpdate } from './types.js';

/** Creates one of the shop's own templates (a 422 lists what the rules refuse, per field). */
export function createTemplate(
  client: SellerQuestionsClient,
  input: TemplateCreate,
  options: WriteOptions = {},
): Promise<Template> {
  return transportOf(client).request({
    method: 'POST',
    path: '/templates',
    body: input,
    schema: 'Template',
    ...idempotent(options),
  });
}

/**
 * Changes one of the shop's own templates; with `expectedVersion`, a change made meanwhile is a
 * ConflictError instead of being overwritten. Official templates are read-only (403).
 */
export function updateTemplate(
  client: SellerQuestionsClient,
  templateId: string,
  input: TemplateUpdate,
  options: WriteOptions = {},
): Promise<Template> {
  return transportOf(client).request({
    method: 'PATCH',
    path: '/templates/{templateId}',
    pathParams: { templateId },
    body: input,
    schema: 'Template',
    ...idempotent(options),
  });
}

/**
 * Deletes one of the shop's own templates; with `expectedVersion` (the version the seller saw),
 * not one changed meanwhile (ConflictError).
 */
export async function deleteTemplate(
  client: SellerQuestionsClient,
  templateId: string,
  options: WriteOptions & { expectedVersion?: number | undefined } = {},
): Promise<void> {
  const { expectedVersion, ...write } = options;
  await transportOf(client).request({
    method: 'DELETE',
    path: '/templates/{templateId}',
    pathParams: { templateId },
    ...(expectedVersion === undefined ? {} : { query: { expectedVersion } }),
    schema: null,
    ...idempotent(write),
  });
}
