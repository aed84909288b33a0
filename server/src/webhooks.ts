// Webhook endpoints and their delivery log, managed through the API (docs/openapi.yaml, tag
// `webhooks`; operations marked `x-server-only`: the mock and the elements do not have them).
// A seller manages its shop's endpoints (they receive that shop's events); a platform agent
// manages the platform's (every shop's events); a buyer may not (403). Another owner's
// endpoint is 404, like any record that is not the viewer's. Delivery: webhook-dispatcher.ts.
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { webhookEventTypeValues } from '../../src/api/generated/enums.js';
import type { WebhookDelivery, WebhookEndpoint } from '../../src/api/types.js';
import { bearerToken, checkBody, type Claims, type Viewer } from '../../src/backend/context.js';
import type { Verify } from './auth.js';
import { checkQuery, jsonBodyOf, problemResponse } from '../../src/backend/pipeline.js';
import { digitsOf } from '../../src/backend/queries.js';
import { ID } from '../../src/domain/people.js';
import {
  ProblemError,
  TokenRefused,
  unauthenticated,
  unknownViewer,
} from '../../src/backend/problems.js';
import type { Database } from './db.js';
import { isPrivateHost, ROTATION_OVERLAP_MS } from './webhook-dispatcher.js';

/** Endpoints one shop (or the platform) may have. */
export const MAX_ENDPOINTS = 20;

export interface WebhookRoutesOptions {
  db: Database;
  basePath: string;
  now: () => Date;
  /** The viewer a request's token names (401 problems otherwise). */
  viewerOf(request: Request): Promise<Viewer>;
  /**
   * Accept `http://localhost`, `http://127.0.0.1` and `http://[::1]` (and https to those and
   * to private addresses): development and the demo only.
   */
  allowLocalhost: boolean;
  /** Turns database errors into problems (503 while it is away); rethrows the others. */
  guard<T>(run: () => Promise<T>): Promise<T>;
}

/** A new signing secret: `whsec_` and 32 random bytes in base64 (Standard Webhooks). */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

const badUrl = (detail: string) =>
  new ProblemError(400, 'bad_request', detail, {
    errors: [{ pointer: '/url', code: 'invalid', detail }],
  });

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The endpoint URL, checked: absolute, `https:` (`http:` only to this machine, and only where
 * allowed), no user name or password, no fragment, not into a private network. A URL that is
 * not allowed is a 400 that says why.
 */
export function checkEndpointUrl(raw: string, allowLocalhost: boolean): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badUrl('The url is not an absolute URL (https://…).');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw badUrl(`The url must use https:// (not ${url.protocol}).`);
  }
  if (url.protocol === 'http:') {
    if (!LOCAL_NAMES.has(url.hostname)) {
      throw badUrl('The url must use https://; http:// is not accepted for webhooks.');
    }
    if (!allowLocalhost) {
      throw badUrl(
        'The url must use https://; http:// to this machine is accepted only in development (WEBHOOK_ALLOW_HTTP_LOCALHOST=1) or demo mode.',
      );
    }
  }
  if (url.username || url.password) {
    throw badUrl('The url must not carry a user name or password.');
  }
  if (url.hash) throw badUrl('The url must not have a fragment (#…).');
  if (!allowLocalhost && isPrivateHost(url.hostname)) {
    throw badUrl('The url must not point to this machine or a private network address.');
  }
  return url.toString();
}

interface EndpointRow {
  id: string;
  shop_id: string | null;
  url: string;
  description: string;
  event_types: string[] | null;
  enabled: boolean;
  secret: string;
  previous_secret_expires_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

interface DeliveryRow {
  id: string;
  message_id: string;
  event_type: string;
  status: WebhookDelivery['status'];
  attempts: number;
  last_attempt_at: Date | string | null;
  last_response_code: number | null;
  last_error: string | null;
  next_attempt_at: Date | string | null;
  delivered_at: Date | string | null;
  created_at: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

function endpointView(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types as WebhookEndpoint['eventTypes'],
    enabled: row.enabled,
    shopId: row.shop_id,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    previousSecretExpiresAt: isoOrNull(row.previous_secret_expires_at),
  };
}

function deliveryView(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    messageId: row.message_id,
    eventType: row.event_type as WebhookDelivery['eventType'],
    status: row.status,
    attempts: row.attempts,
    lastAttemptAt: isoOrNull(row.last_attempt_at),
    lastResponseCode: row.last_response_code,
    lastError: row.last_error,
    nextAttemptAt: row.status === 'pending' ? isoOrNull(row.next_attempt_at) : null,
    deliveredAt: isoOrNull(row.delivered_at),
    createdAt: iso(row.created_at),
  };
}

const ENDPOINT_COLUMNS = `id, shop_id, url, description, event_types, enabled, secret,
  previous_secret_expires_at, created_at, updated_at`;
const DELIVERY_COLUMNS = `id, message_id, event_type, status, attempts, last_attempt_at,
  last_response_code, last_error, next_attempt_at, delivered_at, created_at`;

/** The shop whose endpoints the viewer manages; null for the platform's. Buyers: 403. */
function ownerOf(viewer: Viewer): string | null {
  if (viewer.role === 'seller') return viewer.record.shopId;
  if (viewer.role === 'platform') return null;
  throw new ProblemError(
    403,
    'forbidden',
    'Webhook endpoints are managed by sellers (for their shop) and by platform customer service.',
  );
}

const notFound = () => new ProblemError(404, 'not_found', 'Webhook endpoint not found.');

/** A request's JSON body, read as the backend reads one (64 KiB at most). */
async function jsonBody(request: Request): Promise<unknown> {
  const type = (request.headers.get('Content-Type') ?? '').toLowerCase();
  return jsonBodyOf(await request.text(), type, 65_536);
}

/** Event types as stored: null for every type; the list in the contract's order otherwise. */
function eventTypesOf(value: unknown): string[] | null {
  if (value === null || value === undefined) return null;
  const wanted = new Set(value as string[]);
  return webhookEventTypeValues.filter((type) => wanted.has(type));
}

export function registerWebhookRoutes(app: Hono, options: WebhookRoutesOptions): void {
  const { db, basePath } = options;
  const base = `${basePath}/webhook-endpoints`;

  /** Runs a handler with the viewer's scope; problems become problem responses. */
  const handle =
    (
      work: (input: {
        owner: string | null;
        viewer: Viewer;
        request: Request;
        params: Record<string, string>;
      }) => Promise<Response>,
    ) =>
    async (c: { req: { raw: Request; param(): Record<string, string> } }) => {
      try {
        const request = c.req.raw;
        const viewer = await options.viewerOf(request);
        const owner = ownerOf(viewer);
        const params = c.req.param();
        if (Object.values(params).some((value) => !ID.test(value))) throw notFound();
        return await options.guard(() => work({ owner, viewer, request, params }));
      } catch (error) {
        if (error instanceof ProblemError) return problemResponse(error);
        throw error;
      }
    };

  const findEndpoint = async (id: string, owner: string | null) => {
    const [row] = await db.query<EndpointRow>(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints
       WHERE id = $1 AND shop_id IS NOT DISTINCT FROM $2`,
      [id, owner],
    );
    if (!row) throw notFound();
    return row;
  };

  const json = (body: unknown, status = 200) => Response.json(body, { status });

  app.get(
    base,
    handle(async ({ owner }) => {
      const rows = await db.query<EndpointRow>(
        `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints
         WHERE shop_id IS NOT DISTINCT FROM $1 ORDER BY created_at, id`,
        [owner],
      );
      return json({ items: rows.map(endpointView) });
    }),
  );

  app.post(
    base,
    handle(async ({ owner, viewer, request }) => {
      const body = await jsonBody(request);
      checkBody(body, 'WebhookEndpointCreate');
      const input = body as {
        url: string;
        description?: string;
        eventTypes?: string[] | null;
        enabled?: boolean;
      };
      const url = checkEndpointUrl(input.url, options.allowLocalhost);
      const now = options.now().toISOString();
      const row = await db.transaction(async (sql) => {
        // One creation at a time per owner, so the limit holds under concurrent requests.
        await sql.query('SELECT pg_advisory_xact_lock(7316020, hashtext($1))', [owner ?? '']);
        const [{ count } = { count: 0 }] = await sql.query<{ count: number }>(
          `SELECT count(*)::integer AS count FROM webhook_endpoints
           WHERE shop_id IS NOT DISTINCT FROM $1`,
          [owner],
        );
        if (count >= MAX_ENDPOINTS) {
          throw new ProblemError(
            409,
            'invalid_state',
            `At most ${MAX_ENDPOINTS} webhook endpoints; delete one first.`,
          );
        }
        // It receives what happens from now on.
        const [created] = await sql.query<EndpointRow>(
          `INSERT INTO webhook_endpoints (id, shop_id, url, description, event_types, enabled,
             secret, last_event_id, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT coalesce(max(id), 0) FROM events), $8,
             $9, $9)
           RETURNING ${ENDPOINT_COLUMNS}`,
          [
            `we_${randomBytes(12).toString('base64url')}`,
            owner,
            url,
            input.description?.trim() ?? '',
            eventTypesOf(input.eventTypes),
            input.enabled ?? true,
            newSecret(),
            viewer.id,
            now,
          ],
        );
        return created!;
      });
      return json({ ...endpointView(row), secret: row.secret }, 201);
    }),
  );

  app.get(
    `${base}/:endpointId`,
    handle(async ({ owner, params }) =>
      json(endpointView(await findEndpoint(params['endpointId']!, owner))),
    ),
  );

  app.patch(
    `${base}/:endpointId`,
    handle(async ({ owner, params, request }) => {
      const body = await jsonBody(request);
      checkBody(body, 'WebhookEndpointUpdate');
      const input = body as {
        url?: string;
        description?: string;
        eventTypes?: string[] | null;
        enabled?: boolean;
      };
      const url =
        input.url === undefined ? null : checkEndpointUrl(input.url, options.allowLocalhost);
      const [row] = await db.query<EndpointRow>(
        `UPDATE webhook_endpoints SET
           url = coalesce($3, url),
           description = coalesce($4, description),
           event_types = CASE WHEN $5::boolean THEN $6::text[] ELSE event_types END,
           -- Enabled again: from now on (what happened while it was disabled is not sent).
           last_event_id = CASE WHEN $7::boolean AND NOT enabled
             THEN (SELECT coalesce(max(id), 0) FROM events) ELSE last_event_id END,
           enabled = coalesce($7, enabled),
           updated_at = $8
         WHERE id = $1 AND shop_id IS NOT DISTINCT FROM $2
         RETURNING ${ENDPOINT_COLUMNS}`,
        [
          params['endpointId'],
          owner,
          url,
          input.description?.trim() ?? null,
          'eventTypes' in input,
          eventTypesOf(input.eventTypes),
          input.enabled ?? null,
          options.now().toISOString(),
        ],
      );
      if (!row) throw notFound();
      return json(endpointView(row));
    }),
  );

  app.delete(
    `${base}/:endpointId`,
    handle(async ({ owner, params }) => {
      const rows = await db.query(
        `DELETE FROM webhook_endpoints WHERE id = $1 AND shop_id IS NOT DISTINCT FROM $2
         RETURNING id`,
        [params['endpointId'], owner],
      );
      if (rows.length === 0) throw notFound();
      return new Response(null, { status: 204 });
    }),
  );

  app.post(
    `${base}/:endpointId/rotate-secret`,
    handle(async ({ owner, params }) => {
      const now = options.now();
      const [row] = await db.query<EndpointRow>(
        `UPDATE webhook_endpoints SET previous_secret = secret, secret = $3,
           previous_secret_expires_at = $4, updated_at = $5
         WHERE id = $1 AND shop_id IS NOT DISTINCT FROM $2
         RETURNING ${ENDPOINT_COLUMNS}`,
        [
          params['endpointId'],
          owner,
          newSecret(),
          new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString(),
          now.toISOString(),
        ],
      );
      if (!row) throw notFound();
      return json({ ...endpointView(row), secret: row.secret });
    }),
  );

  app.get(
    `${base}/:endpointId/deliveries`,
    handle(async ({ owner, params, request }) => {
      const endpoint = await findEndpoint(params['endpointId']!, owner);
      const query = new URL(request.url).searchParams;
      checkQuery(query);
      const status = query.get('status');
      if (status !== null && !['pending', 'delivered', 'failed'].includes(status)) {
        throw new ProblemError(400, 'bad_request', 'status must be pending, delivered or failed.');
      }
      const limit = whole(query.get('limit'), 50, 1, 100, 'limit');
      const offset = whole(query.get('offset'), 0, 0, 1_000_000, 'offset');
      const rows = await db.query<DeliveryRow & { total: number }>(
        `SELECT ${DELIVERY_COLUMNS}, count(*) OVER ()::integer AS total
         FROM webhook_deliveries WHERE endpoint_id = $1 AND ($2::text IS NULL OR status = $2)
         ORDER BY created_at DESC, event_id DESC LIMIT $3 OFFSET $4`,
        [endpoint.id, status, limit, offset],
      );
      let total = rows[0]?.total ?? 0;
      if (rows.length === 0 && offset > 0) {
        const [counted] = await db.query<{ total: number }>(
          `SELECT count(*)::integer AS total FROM webhook_deliveries
           WHERE endpoint_id = $1 AND ($2::text IS NULL OR status = $2)`,
          [endpoint.id, status],
        );
        total = counted?.total ?? 0;
      }
      return json({ items: rows.map(deliveryView), total });
    }),
  );

  app.post(
    `${base}/:endpointId/deliveries/:deliveryId/redeliver`,
    handle(async ({ owner, params }) => {
      const endpoint = await findEndpoint(params['endpointId']!, owner);
      const now = options.now();
      const retryUntil = new Date(now.getTime() + 24 * 3_600_000);
      const [row] = await db.query<DeliveryRow>(
        `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = $3,
           retry_until = $4, delivered_at = NULL
         WHERE id = $1 AND endpoint_id = $2
         RETURNING ${DELIVERY_COLUMNS}`,
        [params['deliveryId'], endpoint.id, now.toISOString(), retryUntil.toISOString()],
      );
      if (!row) throw new ProblemError(404, 'not_found', 'Delivery not found.');
      return json(deliveryView(row), 202);
    }),
  );
}

function whole(raw: string | null, fallback: number, min: number, max: number, name: string) {
  if (raw === null || raw === '') return fallback;
  const value = digitsOf(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ProblemError(
      400,
      'bad_request',
      `${name} must be a whole number from ${min} to ${max}.`,
    );
  }
  return value;
}

/** The viewer of a request's bearer token, as the API finds it (401 problems otherwise). */
export function viewerLookup(verify: Verify, find: (claims: Claims) => Promise<Viewer | null>) {
  return async (request: Request): Promise<Viewer> => {
    const token = bearerToken(request.headers.get('Authorization'));
    if (!token) throw unauthenticated(false);
    let claims: Claims | null;
    try {
      claims = await verify(token);
    } catch (error) {
      throw unauthenticated(true, error instanceof TokenRefused ? error.reason : undefined);
    }
    const viewer = claims ? await find(claims) : null;
    if (!viewer) throw claims ? unknownViewer() : unauthenticated(true);
    return viewer;
  };
}
