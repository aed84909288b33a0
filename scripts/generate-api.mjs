#!/usr/bin/env node
// Derives everything the code knows about the wire from docs/openapi.yaml, so the contract is
// written once: the TypeScript types (openapi-typescript), the enum values as tuples, and
// compact schemas that responses (client) and requests (mock backend) are validated against at
// run time. `--check` fails when the committed output is stale (part of `npm test`).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = join(root, 'docs/openapi.yaml');
const outDir = join(root, 'src/api/generated');
const check = process.argv.includes('--check');

const banner =
  '// Generated from docs/openapi.yaml by scripts/generate-api.mjs. Do not edit: run `npm run generate`.\n';

const spec = parse(await readFile(specPath, 'utf8'));
const componentSchemas = spec.components.schemas;

const typesAst = await openapiTS(spec, { alphabetize: false, immutable: false });
const types = banner + '/* eslint-disable */\n' + astToString(typesAst);

// Every named enum of the contract as a readonly tuple, so code can iterate the values (and
// derive union types from them) without typing the lists a second time.
const constNameOf = (name) => name[0].toLowerCase() + name.slice(1) + 'Values';
const enumNames = Object.keys(componentSchemas).filter((name) => componentSchemas[name].enum);
const enums =
  banner +
  enumNames
    .map(
      (name) =>
        `/** Values of \`${name}\`. */\nexport const ${constNameOf(name)} = ${JSON.stringify(componentSchemas[name].enum)} as const;\n`,
    )
    .join('\n');

/**
 * Keeps the parts of a JSON Schema the run-time validator checks (shape, required keys, enums,
 * nullability) and drops descriptions and formats, which only a full validator needs. With
 * `limits` (the registry requests are checked against) it keeps maxLength, maxItems and pattern;
 * responses are checked without them, which keeps the browser bundle small. Shorthands keep it small in the browser bundle: `'string'` for `{ type: 'string' }`, `'@Name'`
 * for a reference, `key?` for an optional property; named enums refer to the tuples above.
 */
function compact(schema, options = {}) {
  const again = (child) => compact(child, options);
  if (schema.$ref) return '@' + schema.$ref.replace('#/components/schemas/', '');
  const out = {};
  if (schema.oneOf) out.anyOf = schema.oneOf.map(again);
  if (schema.allOf) out.allOf = schema.allOf.map(again);
  if (schema.enum) out.enum = schema.enum;
  else if (schema.type && !schema.properties && !schema.required && !schema.items) {
    if (Object.keys(out).length === 0 && !(options.limits && hasLimits(schema))) {
      return schema.type;
    }
    out.type = schema.type;
  }
  // Requests are checked against the declared limits too (maxLength, maxItems, pattern), except
  // a limit that /config sets (`x-limit-from-config`): the backend checks that one with the
  // configured value.
  if (options.limits) {
    for (const keyword of LIMIT_KEYWORDS) {
      if (schema[keyword] !== undefined && !schema['x-limit-from-config']) {
        out[keyword] = schema[keyword];
      }
    }
    if (schema.pattern !== undefined) out.pattern = schema.pattern;
  }
  // Required properties are listed plainly, optional ones end in `?` (no separate list).
  if (schema.properties || schema.required) {
    const required = new Set(schema.required ?? []);
    const properties = Object.entries(schema.properties ?? {}).map(([key, value]) => [
      required.has(key) ? key : `${key}?`,
      again(value),
    ]);
    for (const key of required) if (!schema.properties?.[key]) properties.push([key, {}]);
    out.properties = Object.fromEntries(properties);
  }
  if (schema.items) out.items = again(schema.items);
  return out;
}

const LIMIT_KEYWORDS = ['maxLength', 'maxItems'];
const hasLimits = (schema) =>
  schema.pattern !== undefined ||
  (!schema['x-limit-from-config'] &&
    LIMIT_KEYWORDS.some((keyword) => schema[keyword] !== undefined));

/** Component schemas reachable from `roots` through references. */
function reachable(roots) {
  const seen = new Set();
  const visit = (value) => {
    if (!value || typeof value !== 'object') return;
    if (typeof value.$ref === 'string') {
      const name = value.$ref.replace('#/components/schemas/', '');
      if (!seen.has(name)) {
        seen.add(name);
        visit(componentSchemas[name]);
      }
    }
    for (const child of Object.values(value)) visit(child);
  };
  roots.forEach(visit);
  return seen;
}

/**
 * The operations every element calls before it can show anything: their response schemas (and
 * problem details) are checked by code each element loads first; the others' schemas load with
 * the first request that needs them (src/api/transport.ts), so the first bundle of an element
 * does not carry the shape of every response of the API.
 */
const FIRST_OPERATIONS = new Set(['getConfig', 'getViewer', 'getProduct', 'getShop']);

/** Success bodies of the operations `include` accepts (by operationId). */
function responseRoots(include) {
  const roots = [];
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      // The elements never call the reference server's own operations (webhook endpoints).
      if (!include(operation.operationId) || operation['x-server-only']) continue;
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (!status.startsWith('2')) continue;
        for (const media of Object.values(response.content ?? {})) roots.push(media.schema);
      }
    }
  }
  return roots;
}

/**
 * A module exporting a registry of compact schemas; named enums refer to their tuples, or with
 * `inlineEnums` list their values (a module loaded on demand: the tuples it would import would
 * otherwise be bundled with the code that loads first). `limits` keeps maxLength, maxItems and
 * pattern (request validation only).
 */
function registryModule(names, exportName, doc, options = {}) {
  const { inlineEnums = false } = options;
  const used = new Set();
  const entries = [...names].sort().map((name) => {
    const schema = componentSchemas[name];
    if (schema.enum && !inlineEnums) {
      used.add(constNameOf(name));
      return `${JSON.stringify(name)}:{enum:${constNameOf(name)}}`;
    }
    return `${JSON.stringify(name)}:${JSON.stringify(compact(schema, options))}`;
  });
  const imports = used.size ? `import { ${[...used].sort().join(', ')} } from './enums.js';\n` : '';
  return (
    banner +
    "import type { SchemaRegistry } from '../validate.js';\n" +
    imports +
    `\n/** ${doc} */\nexport const ${exportName}: SchemaRegistry = {${entries.join(',')}};\n`
  );
}

const schemas = registryModule(
  Object.keys(componentSchemas),
  'schemas',
  'Every component schema of the contract, reduced to what run-time validation of requests checks (with maxLength, maxItems and pattern).',
  { limits: true },
);
const problem = { $ref: '#/components/schemas/Problem' };
const firstNames = reachable([problem, ...responseRoots((id) => FIRST_OPERATIONS.has(id))]);
for (const id of FIRST_OPERATIONS) {
  if (!responseRoots((other) => other === id).length) throw new Error(`no operation ${id}`);
}
const firstResponseSchemas = registryModule(
  firstNames,
  'firstResponseSchemas',
  `Problem details and the responses of ${[...FIRST_OPERATIONS].join(', ')}: what every element checks first.`,
);
const laterNames = reachable(responseRoots((id) => !FIRST_OPERATIONS.has(id)));
const responseSchemas = registryModule(
  [...laterNames].filter((name) => !firstNames.has(name)),
  'responseSchemas',
  'The other responses (with firstResponseSchemas): loaded with the first request that needs them.',
  { inlineEnums: true },
);

const prettierConfig = (await prettier.resolveConfig(join(outDir, 'x.ts'))) ?? {};
const outputs = [
  ['openapi.ts', types],
  ['enums.ts', enums],
  ['schemas.ts', schemas],
  ['first-response-schemas.ts', firstResponseSchemas],
  ['response-schemas.ts', responseSchemas],
];

const stale = [];
await mkdir(outDir, { recursive: true });
for (const [file, text] of outputs) {
  const path = join(outDir, file);
  const formatted = await prettier.format(text, { ...prettierConfig, filepath: path });
  let current = null;
  try {
    current = await readFile(path, 'utf8');
  } catch {
    current = null;
  }
  if (current === formatted) continue;
  if (check) stale.push(relative(root, path));
  else await writeFile(path, formatted);
}

if (stale.length) {
  console.error(
    `Generated API files are stale (${stale.join(', ')}): docs/openapi.yaml changed. Run \`npm run generate\` and commit the result.`,
  );
  process.exit(1);
}
if (!check)
  console.log(`Generated ${outputs.map(([file]) => file).join(', ')} from docs/openapi.yaml`);
