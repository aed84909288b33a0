// Run-time checks of backend responses against the contract's schemas (generated into
// ./generated/schemas.ts). It checks shape, required keys, types, enums and nullability, which
// is what stops a malformed response from turning into `undefined` deep inside a component.
// Unknown extra keys are allowed, so a backend may add fields without breaking old clients.

/** A type name (`'string'`), a reference (`'@Question'`), or a schema object. */
export type CompactSchema = string | CompactObjectSchema;

export interface CompactObjectSchema {
  ref?: string;
  type?: string | readonly string[];
  enum?: readonly unknown[];
  /** Keys ending in `?` are optional; the others are required. */
  properties?: Readonly<Record<string, CompactSchema>>;
  items?: CompactSchema;
  anyOf?: readonly CompactSchema[];
  allOf?: readonly CompactSchema[];
  /** Only in the request registry (checked by `findLimitError`). Code points, as JSON Schema. */
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
}

export type SchemaRegistry = Readonly<Record<string, CompactSchema>>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, expected: string): boolean {
  const actual = typeOf(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
}

function describe(value: unknown): string {
  const type = typeOf(value);
  return type === 'string' ? JSON.stringify(String(value).slice(0, 40)) : type;
}

export interface SchemaMismatch {
  /** JSON pointer to the offending value (`/items/3/status`); empty for the root. */
  pointer: string;
  /** `missing`, `type` or `enum`. */
  code: 'missing' | 'type' | 'enum' | 'schema';
  /** A short description, e.g. `/items/3/status: expected one of ..., got "x"`. */
  message: string;
}

function mismatch(pointer: string, code: SchemaMismatch['code'], text: string): SchemaMismatch {
  return { pointer, code, message: `${pointer || '(root)'}: ${text}` };
}

/** Returns null when `value` matches the schema, else the first mismatch found. */
export function findSchemaError(
  value: unknown,
  schema: CompactSchema,
  registry: SchemaRegistry,
  path = '',
): SchemaMismatch | null {
  if (typeof schema === 'string') {
    schema = schema.startsWith('@') ? { ref: schema.slice(1) } : { type: schema };
  }
  if (schema.ref) {
    const target = registry[schema.ref];
    if (!target) return mismatch(path, 'schema', `unknown schema ${schema.ref}`);
    return findSchemaError(value, target, registry, path);
  }
  if (schema.allOf) {
    for (const part of schema.allOf) {
      const error = findSchemaError(value, part, registry, path);
      if (error) return error;
    }
  }
  if (schema.anyOf) {
    const errors = schema.anyOf.map((option) => findSchemaError(value, option, registry, path));
    if (errors.every((error) => error !== null)) {
      return errors[0] ?? mismatch(path, 'schema', 'no option matched');
    }
  }
  if (schema.type) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((type) => matchesType(value, type))) {
      return mismatch(path, 'type', `expected ${types.join(' or ')}, got ${describe(value)}`);
    }
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return mismatch(
      path,
      'enum',
      `expected one of ${schema.enum.join(', ')}, got ${describe(value)}`,
    );
  }
  if (schema.properties) {
    if (typeOf(value) !== 'object') {
      return mismatch(path, 'type', `expected object, got ${describe(value)}`);
    }
    const record = value as Record<string, unknown>;
    for (const [name, propertySchema] of Object.entries(schema.properties)) {
      const optional = name.endsWith('?');
      const key = optional ? name.slice(0, -1) : name;
      if (record[key] === undefined) {
        if (optional) continue;
        return mismatch(`${path}/${key}`, 'missing', 'missing');
      }
      const error = findSchemaError(record[key], propertySchema, registry, `${path}/${key}`);
      if (error) return error;
    }
  }
  if (schema.items && Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const error = findSchemaError(value[index], schema.items, registry, `${path}/${index}`);
      if (error) return error;
    }
  }
  return null;
}

/** The properties a schema declares at this level (through refs, allOf and every anyOf option). */
function declaredProperties(
  schema: CompactSchema,
  registry: SchemaRegistry,
  seen = new Set<string>(),
): Map<string, CompactSchema> | null {
  if (typeof schema === 'string') {
    if (!schema.startsWith('@')) return null;
    schema = { ref: schema.slice(1) };
  }
  if (schema.ref) {
    const target = registry[schema.ref];
    if (!target || seen.has(schema.ref)) return null;
    return declaredProperties(target, registry, new Set(seen).add(schema.ref));
  }
  let found: Map<string, CompactSchema> | null = null;
  for (const part of [...(schema.allOf ?? []), ...(schema.anyOf ?? [])]) {
    const inner = declaredProperties(part, registry, seen);
    if (inner) found = new Map([...(found ?? []), ...inner]);
  }
  if (schema.properties) {
    found ??= new Map();
    for (const [name, child] of Object.entries(schema.properties)) {
      found.set(name.replace(/\?$/, ''), child);
    }
  }
  return found;
}

function itemsOf(schema: CompactSchema, registry: SchemaRegistry): CompactSchema | null {
  if (typeof schema === 'string') {
    return schema.startsWith('@') ? itemsOf(registry[schema.slice(1)] ?? 'null', registry) : null;
  }
  if (schema.ref) return itemsOf(registry[schema.ref] ?? 'null', registry);
  return schema.items ?? null;
}

/**
 * The first key of `value` its schema does not declare, as a JSON pointer; null when there is
 * none. Backends refuse such keys in requests, so a misspelt field is an error, not ignored.
 */
export function findUndeclaredKey(
  value: unknown,
  schema: CompactSchema,
  registry: SchemaRegistry,
  path = '',
): string | null {
  if (Array.isArray(value)) {
    const items = itemsOf(schema, registry);
    if (!items) return null;
    for (let index = 0; index < value.length; index++) {
      const found = findUndeclaredKey(value[index], items, registry, `${path}/${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const properties = declaredProperties(schema, registry);
  if (!properties) return null;
  for (const [key, child] of Object.entries(value)) {
    const declared = properties.get(key);
    if (!declared) return `${path}/${key}`;
    const found = findUndeclaredKey(child, declared, registry, `${path}/${key}`);
    if (found) return found;
  }
  return null;
}

export interface LimitError {
  /** JSON pointer to the value over its limit. */
  pointer: string;
  /** `too_long` (maxLength), `too_many` (maxItems) or `invalid` (pattern). */
  code: 'too_long' | 'too_many' | 'invalid';
  /** The limit, for `too_long` and `too_many`. */
  limit?: number;
}

const patterns = new Map<string, RegExp>();

/** Code points: a surrogate pair is one. */
function codePoints(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/**
 * The first text longer than its `maxLength` (in code points), list longer than its `maxItems`
 * or text not matching its `pattern`, in a value that already has its schema's shape
 * (`findSchemaError` found nothing); null when every limit holds. Backends check requests with
 * it; the client's response schemas carry no limits.
 */
export function findLimitError(
  value: unknown,
  schema: CompactSchema,
  registry: SchemaRegistry,
  path = '',
): LimitError | null {
  if (typeof schema === 'string') {
    if (!schema.startsWith('@')) return null;
    schema = { ref: schema.slice(1) };
  }
  if (schema.ref) {
    const target = registry[schema.ref];
    return target ? findLimitError(value, target, registry, path) : null;
  }
  if (typeof value === 'string') {
    if (
      schema.maxLength !== undefined &&
      value.length > schema.maxLength &&
      codePoints(value) > schema.maxLength
    ) {
      return { pointer: path, code: 'too_long', limit: schema.maxLength };
    }
    if (schema.pattern !== undefined) {
      let pattern = patterns.get(schema.pattern);
      if (!pattern) {
        pattern = new RegExp(schema.pattern, 'u');
        patterns.set(schema.pattern, pattern);
      }
      if (!pattern.test(value)) return { pointer: path, code: 'invalid' };
    }
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      return { pointer: path, code: 'too_many', limit: schema.maxItems };
    }
    if (schema.items) {
      for (let index = 0; index < value.length; index++) {
        const error = findLimitError(value[index], schema.items, registry, `${path}/${index}`);
        if (error) return error;
      }
    }
  }
  for (const part of schema.allOf ?? []) {
    const error = findLimitError(value, part, registry, path);
    if (error) return error;
  }
  if (schema.properties && value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [name, child] of Object.entries(schema.properties)) {
      const key = name.replace(/\?$/, '');
      if (record[key] === undefined) continue;
      const error = findLimitError(record[key], child, registry, `${path}/${key}`);
      if (error) return error;
    }
  }
  return null;
}
