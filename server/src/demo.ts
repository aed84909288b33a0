// Demo mode only (DEMO=1): the demo's people and what the demo pages show about them, tokens
// for any of them without a password, the product pictures the seed draws, and a reset to the
// seed. None of this exists when DEMO is not set.
import type { Hono } from 'hono';
import type { BackendState } from '../../src/backend/state.js';
import { buildSeedState } from '../../src/mocks/seed.js';
import { productSvg } from '../../src/mocks/pictures.js';
import type { DemoRoutes } from './app.js';
import { issueToken } from './auth.js';
import type { Database } from './db.js';
import { clearAll, insertState } from './seed.js';
import { fillQuestionEntries } from './sql-store.js';

export interface DemoOptions {
  db: Database;
  basePath: string;
  secret: string;
  audience: string;
  issuer?: string | undefined;
}

export function demoSeed(basePath: string): BackendState {
  return buildSeedState({ baseUrl: basePath });
}

export async function reseed(db: Database, basePath: string): Promise<void> {
  const state = demoSeed(basePath);
  await db.transaction(async (sql) => {
    await clearAll(sql);
    await insertState(sql, state);
    await fillQuestionEntries(sql, basePath);
  });
}

export function demoRoutes(options: DemoOptions): DemoRoutes {
  const { db, basePath } = options;
  const pictures = demoSeed(basePath).pictures;
  return {
    register(app: Hono) {
      app.get(`${basePath}/_mock/pictures/:name`, (c) => {
        const id = c.req.param('name').replace(/\.svg$/, '');
        const picture = pictures[id] ?? { shape: 'box', colour: '#94a3b8' };
        return c.body(productSvg(picture.shape, picture.colour), 200, {
          'Content-Type': 'image/svg+xml',
          'Cache-Control': 'max-age=86400',
        });
      });
      app.get(`${basePath}/_demo/catalog`, async (c) => {
        const rows = async (table: string, order = 'id') =>
          (await db.query<{ data: unknown }>(`SELECT data FROM ${table} ORDER BY ${order}`)).map(
            (row) => row.data,
          );
        return c.json({
          shops: await rows('shops'),
          sellers: await rows('sellers'),
          agents: await rows('platform_agents'),
          buyers: await rows('buyers'),
          products: await rows('products'),
          orders: await rows('orders', 'placed_at DESC, id'),
        });
      });
      app.post(`${basePath}/_demo/token`, async (c) => {
        const body = (await c.req.json().catch(() => null)) as {
          role?: unknown;
          id?: unknown;
          profile?: unknown;
        } | null;
        const role = body?.role;
        const id = typeof body?.id === 'string' ? body.id : '';
        if (role === 'buyer') {
          // With profile claims, a token for a new customer: the server adds them from it.
          const profile = body?.profile;
          if (profile && typeof profile === 'object') {
            return c.json({ token: await issueToken({ role, id, profile }, options) });
          }
          const found = await db.query('SELECT 1 FROM buyers WHERE id = $1', [id]);
          if (found.length === 0) return c.json({ error: 'no such buyer' }, 404);
          return c.json({ token: await issueToken({ role, id }, options) });
        }
        if (role === 'seller') {
          const [seller] = await db.query<{ shop_id: string }>(
            'SELECT shop_id FROM sellers WHERE id = $1',
            [id],
          );
          if (!seller) return c.json({ error: 'no such seller' }, 404);
          return c.json({
            token: await issueToken({ role, id, shopId: seller.shop_id }, options),
          });
        }
        if (role === 'platform') {
          const found = await db.query('SELECT 1 FROM platform_agents WHERE id = $1', [id]);
          if (found.length === 0) return c.json({ error: 'no such agent' }, 404);
          return c.json({ token: await issueToken({ role, id }, options) });
        }
        return c.json({ error: 'role must be buyer, seller or platform' }, 400);
      });
      app.post(`${basePath}/_demo/reset`, async (c) => {
        await reseed(db, basePath);
        return c.body(null, 204);
      });
    },
  };
}
