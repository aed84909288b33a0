// Loading an operator's catalogue and configuration into the database: shops, sellers, buyers,
// platform agents, products, orders, templates and the configuration, from one JSON file (docs/server.md,
// "Loading your catalogue"; server/examples/catalogue.json). The whole file is checked first,
// against the contract's schemas and for references between records, and then written in one
// transaction: a file with one mistake writes nothing.
import type { Config, Order, Product, Shop, Template } from '../../src/api/types.js';
import { schemas } from '../../src/api/generated/schemas.js';
import { findLimitError, findSchemaError, findUndeclaredKey } from '../../src/api/validate.js';
import type { BuyerRecord, PlatformAgentRecord, SellerRecord } from '../../src/backend/state.js';
import { ID, isEmailAddress } from '../../src/domain/people.js';
import { defaultConfig } from '../../src/mocks/seed.js';
import type { Database, Sql } from './db.js';
import { checkLinkTemplate } from './email/config.js';
import { fillQuestionEntries } from './sql-store.js';

export interface Catalogue {
  /** Merged over the configuration already loaded (or the defaults, the first time). */
  config?: Partial<Config>;
  /** `questionUrl`: the buyer's link in answer emails (docs/server.md, "Email"). */
  shops?: (Shop & { questionUrl?: string })[];
  sellers?: SellerRecord[];
  buyers?: BuyerRecord[];
  /** Platform customer-service agents (tokens with `role: platform`). */
  agents?: PlatformAgentRecord[];
  products?: Product[];
  orders?: Order[];
  /** A seller template carries the `shopId` it belongs to; official ones have none. */
  templates?: (Template & { shopId?: string })[];
}

export class CatalogueError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n… and ${problems.length - 20} more` : '';
    super(
      `The catalogue is not valid; nothing was imported:\n${shown.map((p) => `  ${p}`).join('\n')}${more}`,
    );
    this.name = 'CatalogueError';
    this.problems = problems;
  }
}

const PERSON = {
  properties: {
    id: '@Id',
    name: 'string',
    country: '@CountryCode',
    language: '@Language',
    'email?': 'string',
  },
} as const;
const SELLER = { properties: { ...PERSON.properties, shopId: '@Id' } } as const;
const TEMPLATE = { allOf: ['@Template', { properties: { 'shopId?': '@Id' } }] } as const;
const SHOP = { allOf: ['@Shop', { properties: { 'questionUrl?': 'string' } }] } as const;

/** A person's `email` or a shop's `questionUrl` that would not work; null when fine. */
function emailProblem(section: Section, item: Record<string, unknown>, at: string) {
  const email = item['email'];
  if (typeof email === 'string' && !isEmailAddress(email)) {
    return `${at}/email: "${email}" is not an email address`;
  }
  const link = item['questionUrl'];
  if (section === 'shops' && typeof link === 'string') {
    try {
      checkLinkTemplate(link, `${at}/questionUrl`);
    } catch (error) {
      return (error as Error).message;
    }
  }
  return null;
}

const SECTIONS = {
  shops: SHOP,
  sellers: SELLER,
  buyers: PERSON,
  agents: PERSON,
  products: '@Product',
  orders: '@Order',
  templates: TEMPLATE,
} as const;
type Section = keyof typeof SECTIONS;
/** The sections of people, whose ids tokens carry (`sub`). */
type PeopleSection = 'sellers' | 'buyers' | 'agents';
const PEOPLE_SECTIONS: readonly Section[] = ['sellers', 'buyers', 'agents'];

function shapeProblem(value: unknown, schema: Parameters<typeof findSchemaError>[1], at: string) {
  const mismatch = findSchemaError(value, schema, schemas, at);
  if (mismatch) return mismatch.message;
  const undeclared = findUndeclaredKey(value, schema, schemas, at);
  if (undeclared) return `${undeclared}: not a field of this record`;
  const limit = findLimitError(value, schema, schemas, at);
  if (limit) {
    return `${limit.pointer}: ${
      limit.code === 'invalid' ? 'not in the allowed form' : `longer than ${limit.limit}`
    }`;
  }
  return null;
}

/**
 * The catalogue in `input`, checked: every record against its schema, ids unique and usable in
 * paths, a person's id not another kind of person's (in the file or in `existing.people`: a
 * buyer, a seller and an agent of one id would share idempotency keys and uploads, which are
 * scoped by id), and every reference (a seller's, product's, order's or template's shop, an
 * order's buyer) to a record in the file or in `existing`. Throws a CatalogueError listing
 * every problem with its JSON pointer.
 */
export function checkCatalogue(
  input: unknown,
  existing: {
    shops: ReadonlySet<string>;
    buyers: ReadonlySet<string>;
    config: Config | null;
    /** People already imported: their id and section. */
    people?: ReadonlyMap<string, PeopleSection>;
  },
): Catalogue & { config: Config } {
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new CatalogueError(['(root): expected an object with shops, sellers, buyers, …']);
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'config' && !(key in SECTIONS)) {
      problems.push(`/${key}: not a section of a catalogue`);
    }
  }
  if (record['config'] !== undefined && !isObject(record['config'])) {
    problems.push('/config: expected an object');
  }
  const config: Config = {
    ...(existing.config ?? defaultConfig()),
    ...(isObject(record['config']) ? record['config'] : {}),
  };
  const configProblem = shapeProblem(config, '@Config', '/config');
  if (configProblem) problems.push(configProblem);

  const ids = { shops: new Set(existing.shops), buyers: new Set(existing.buyers) };
  const people = new Map(existing.people);
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const list = record[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(`/${section}: expected a list`);
      continue;
    }
    const seen = new Set<string>();
    list.forEach((item: unknown, index) => {
      const at = `/${section}/${index}`;
      const problem =
        shapeProblem(item, SECTIONS[section], at) ??
        emailProblem(section, item as Record<string, unknown>, at);
      if (problem) {
        problems.push(problem);
        return;
      }
      const id = (item as { id: string }).id;
      if (section !== 'templates' && !ID.test(id)) {
        problems.push(`${at}/id: "${id}" must be 1 to 64 letters, digits, "-" or "_"`);
      }
      if (seen.has(id)) problems.push(`${at}/id: "${id}" appears twice`);
      seen.add(id);
      if (PEOPLE_SECTIONS.includes(section)) {
        const other = people.get(id);
        if (other && other !== section) {
          problems.push(
            `${at}/id: "${id}" is already one of the ${other}: a buyer, a seller and an agent need ids of their own`,
          );
        } else {
          people.set(id, section as PeopleSection);
        }
      }
      if (section === 'shops') ids.shops.add(id);
      if (section === 'buyers') ids.buyers.add(id);
    });
  }
  const refers = (section: Section, field: string, to: 'shops' | 'buyers', optional = false) => {
    const list = record[section];
    if (!Array.isArray(list)) return;
    list.forEach((item: unknown, index) => {
      if (!isObject(item)) return;
      const buyer = item['buyer'];
      const value =
        field === 'buyer.id' ? (isObject(buyer) ? buyer['id'] : undefined) : item[field];
      if (value === undefined && optional) return;
      if (typeof value === 'string' && !ids[to].has(value)) {
        const pointer = `/${section}/${index}/${field.replace('.', '/')}`;
        problems.push(`${pointer}: no ${to === 'shops' ? 'shop' : 'buyer'} "${value}"`);
      }
    });
  };
  refers('sellers', 'shopId', 'shops');
  refers('products', 'shopId', 'shops');
  refers('orders', 'shopId', 'shops');
  refers('orders', 'buyer.id', 'buyers');
  refers('templates', 'shopId', 'shops', true);
  if (Array.isArray(record['templates'])) {
    (record['templates'] as unknown[]).forEach((item, index) => {
      if (isObject(item) && item['source'] === 'seller' && item['shopId'] === undefined) {
        problems.push(`/templates/${index}/shopId: a seller template needs the shop it belongs to`);
      }
    });
  }
  if (problems.length > 0) throw new CatalogueError(problems);
  return { ...(record as Catalogue), config };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What an import wrote: records of each kind, and the questions whose list entries it rewrote. */
export interface ImportResult {
  written: Record<string, number>;
  /**
   * Questions whose shop, buyer, product or order the import changed: their list entries (the
   * names, pictures and order numbers the lists show) were written again in the same
   * transaction, as the question's next write would have.
   */
  refreshed: number;
}

/**
 * Checks `input` and writes it in one transaction: new records are added, records with a known
 * id are replaced (an order keeps the refunds made through the API), and the list entries of the
 * questions of a changed shop, buyer, product or order are written again. `basePath` is the API's
 * (BASE_PATH, as the server's; the entries' links are under it).
 */
export async function importCatalogue(
  db: Database,
  input: unknown,
  { basePath = '/api/v1' }: { basePath?: string } = {},
): Promise<ImportResult> {
  return db.transaction(async (sql) => {
    // One import at a time, so the references checked are still there when written.
    await sql.query('SELECT pg_advisory_xact_lock(7316003)');
    const [configRow] = await sql.query<{ data: Config }>('SELECT data FROM config WHERE id = 1');
    const shops = await sql.query<{ id: string }>('SELECT id FROM shops');
    const buyers = await sql.query<{ id: string }>('SELECT id FROM buyers');
    const people = await sql.query<{ id: string; section: PeopleSection }>(
      `SELECT id, 'buyers' AS section FROM buyers UNION ALL
       SELECT id, 'sellers' FROM sellers UNION ALL SELECT id, 'agents' FROM platform_agents`,
    );
    const catalogue = checkCatalogue(input, {
      config: configRow?.data ?? null,
      shops: new Set(shops.map((row) => row.id)),
      buyers: new Set(buyers.map((row) => row.id)),
      people: new Map(people.map((row) => [row.id, row.section])),
    });
    const { written, changed } = await write(sql, catalogue);
    return { written, refreshed: await refreshEntries(sql, changed, basePath) };
  });
}

/** The list entries of the questions of changed records, written again; how many questions. */
async function refreshEntries(
  sql: Sql,
  changed: Record<'shop_id' | 'buyer_id' | 'product_id' | 'order_id', string[]>,
  basePath: string,
): Promise<number> {
  let cleared = false;
  // One statement per column, each read through that column's index. Only the entries are
  // cleared: nothing else of the question changes (not its time of update, its tallies or its
  // search texts, which migration 029's triggers keep).
  for (const [column, ids] of Object.entries(changed)) {
    if (ids.length === 0) continue;
    await sql.query(
      `UPDATE questions SET seller_entry = NULL, buyer_entry = NULL,
         seller_entry_large = NULL, buyer_entry_large = NULL
       WHERE ${column} = ANY($1::text[])`,
      [ids],
    );
    cleared = true;
  }
  // The same code as the server's start fills them (views.ts, as every write).
  return cleared ? fillQuestionEntries(sql, basePath) : 0;
}

async function write(sql: Sql, catalogue: Catalogue & { config: Config }) {
  /** Adds or replaces the records; returns the ids of the ones there were whose data changed. */
  const upsert = async (
    table: string,
    columns: string,
    select: string,
    rows: unknown[],
  ): Promise<string[]> => {
    const names = columns.split(',').map((name) => name.trim());
    const update = names
      .filter((name) => name !== 'id')
      .map((name) =>
        // An order's refunds are the API's; the import does not undo them.
        table === 'orders' && name === 'data'
          ? `data = EXCLUDED.data || jsonb_build_object('refunded', orders.data->'refunded')`
          : `${name} = EXCLUDED.${name}`,
      )
      .join(', ');
    const changed: string[] = [];
    for (let start = 0; start < rows.length; start += 2000) {
      // `old` reads the rows as they were before this statement (every part of a statement
      // sees the same snapshot).
      const result = await sql.query<{ id: string }>(
        `WITH incoming AS (SELECT r FROM jsonb_array_elements($1::jsonb) AS r),
         old AS (SELECT t.id, t.data FROM ${table} t
           WHERE t.id IN (SELECT r->>'id' FROM incoming)),
         written AS (INSERT INTO ${table} (${columns}) SELECT ${select} FROM incoming
           ON CONFLICT (id) DO UPDATE SET ${update} RETURNING id, data)
         SELECT written.id FROM written JOIN old ON old.id = written.id
         WHERE old.data IS DISTINCT FROM written.data`,
        [JSON.stringify(rows.slice(start, start + 2000))],
      );
      changed.push(...result.map((row) => row.id));
    }
    return changed;
  };
  await sql.query(
    'INSERT INTO config (id, data) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data',
    [JSON.stringify(catalogue.config)],
  );
  const shops = catalogue.shops ?? [];
  const sellers = catalogue.sellers ?? [];
  const buyers = catalogue.buyers ?? [];
  const agents = catalogue.agents ?? [];
  const products = catalogue.products ?? [];
  const orders = catalogue.orders ?? [];
  const templates = catalogue.templates ?? [];
  const changedShops = await upsert(
    'shops',
    'id, data, question_url',
    "r->>'id', r - 'questionUrl', r->>'questionUrl'",
    shops,
  );
  await upsert('sellers', 'id, shop_id, data', "r->>'id', r->>'shopId', r", sellers);
  const changedBuyers = await upsert('buyers', 'id, data', "r->>'id', r", buyers);
  await upsert('platform_agents', 'id, data', "r->>'id', r", agents);
  const changedProducts = await upsert(
    'products',
    'id, shop_id, data',
    "r->>'id', r->>'shopId', r",
    products,
  );
  const changedOrders = await upsert(
    'orders',
    'id, shop_id, buyer_id, placed_at, data',
    "r->>'id', r->>'shopId', r->'buyer'->>'id', (r->>'placedAt')::timestamptz, r",
    orders,
  );
  await upsert(
    'templates',
    'id, shop_id, topic, language, data',
    "r->>'id', r->>'shopId', r->>'topic', r->>'language', r - 'shopId'",
    templates,
  );
  const written = {
    config: 1,
    shops: shops.length,
    sellers: sellers.length,
    buyers: buyers.length,
    agents: agents.length,
    products: products.length,
    orders: orders.length,
    templates: templates.length,
  };
  // The questions' columns that name each kind of changed record.
  const changed = {
    shop_id: changedShops,
    buyer_id: changedBuyers,
    product_id: changedProducts,
    order_id: changedOrders,
  };
  return { written, changed };
}
