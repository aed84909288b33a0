// A seller's own response templates: create, change and delete, for the seller's shop only.
// Official templates are read-only (403); another shop's answer as if they did not exist (404).
// The rules (lengths, language, variables, duplicates) are the domain's checkTemplate, which
// the inbox's template form runs before sending too.
import type { Template, TemplateCreate, TemplateUpdate } from '../api/types.js';
import { checkTemplate, placeholdersIn, type TemplateVariable } from '../domain/templates.js';
import {
  checkBody,
  nextId,
  nowIso,
  requireSeller,
  type BackendContext,
  type Viewer,
} from './context.js';
import { assertValid, forbidden, notFound, ProblemError } from './problems.js';
import type { TemplateRecord } from './state.js';
import type { StoreTx } from './store.js';

/** A template as the API shows it: without the shop it belongs to. */
function templateView(record: TemplateRecord): Template {
  const view = { ...record };
  delete view.shopId;
  return view;
}

/** Checks the template against the rules and the shop's others, then keeps it. */
async function keep(
  tx: StoreTx,
  context: BackendContext,
  shopId: string,
  record: TemplateRecord,
): Promise<Template> {
  await tx.lockTemplates(shopId);
  const existing = await tx.templates(shopId, record.topic);
  assertValid(
    checkTemplate(record, {
      languages: context.state.config.languages,
      existing,
      id: record.id,
    }),
  );
  const kept: TemplateRecord = {
    ...record,
    title: record.title.trim(),
    body: record.body.trim(),
    // Every placeholder is a known variable by now.
    variables: placeholdersIn(record.body) as TemplateVariable[],
    updatedAt: nowIso(context),
  };
  await tx.putTemplate(kept);
  return templateView(kept);
}

export async function createTemplate(
  tx: StoreTx,
  context: BackendContext,
  viewer: Viewer,
  body: unknown,
): Promise<Template> {
  requireSeller(viewer);
  checkBody(body, 'TemplateCreate');
  const input = body as TemplateCreate;
  const shopId = viewer.record.shopId;
  return keep(tx, context, shopId, {
    id: nextId(context, 't'),
    topic: input.topic,
    language: input.language,
    title: input.title,
    body: input.body,
    variables: [],
    source: 'seller',
    version: 1,
    shopId,
  });
}

/** The seller's own template by id: official ones are read-only, others' do not exist. */
async function ownTemplate(tx: StoreTx, viewer: Viewer, id: string): Promise<TemplateRecord> {
  requireSeller(viewer);
  const record = await tx.template(id);
  const shopId = viewer.record.shopId;
  const visible =
    record &&
    (record.source === 'official'
      ? !record.shopId || record.shopId === shopId
      : record.shopId === shopId);
  if (!record || !visible) throw notFound('Template');
  if (record.source === 'official') throw forbidden('Official templates are read-only.');
  return record;
}

export async function updateTemplate(
  tx: StoreTx,
  context: BackendContext,
  viewer: Viewer,
  id: string,
  body: unknown,
): Promise<Template> {
  requireSeller(viewer);
  checkBody(body, 'TemplateUpdate');
  const record = await ownTemplate(tx, viewer, id);
  const { expectedVersion, ...changes } = body as TemplateUpdate;
  const version = checkVersion(record, expectedVersion);
  return keep(tx, context, viewer.record.shopId, {
    ...record,
    ...changes,
    version: version + 1,
  });
}

export async function deleteTemplate(
  tx: StoreTx,
  viewer: Viewer,
  id: string,
  query: URLSearchParams,
): Promise<void> {
  requireSeller(viewer);
  const expected = query.get('expectedVersion');
  if (expected !== null && !/^[1-9]\d{0,8}$/.test(expected)) {
    throw new ProblemError(400, 'bad_request', 'expectedVersion must be a whole number from 1.');
  }
  const record = await ownTemplate(tx, viewer, id);
  checkVersion(record, expected === null ? undefined : Number(expected));
  await tx.removeTemplate(record.id);
}

/** The template's version; 409 `version_conflict` when the seller saw another one. */
function checkVersion(record: Template, expected: number | undefined): number {
  const version = record.version ?? 1;
  if (expected !== undefined && expected !== version) {
    throw new ProblemError(
      409,
      'version_conflict',
      'The template changed since you loaded it (in another tab or by another seller).',
      { currentVersion: version },
    );
  }
  return version;
}
