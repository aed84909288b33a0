#!/usr/bin/env node
// Derives everything the code knows about the wire from docs/openapi.yaml, so the contract is
// written once: the TypeScript types (openapi-typescript) and compact response schemas that the
// client validates responses against at run time. `--check` fails when the committed output is
// stale (part of `npm test`).
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

const source = await readFile(specPath, 'utf8');
const spec = parse(source);

const typesAst = await openapiTS(spec, { alphabetize: false, immutable: false });
const types = banner + '/* eslint-disable */\n' + astToString(typesAst);

/**
 * Keeps the parts of a JSON Schema the run-time validator checks (shape, required keys, enums,
 * nullability) and drops descriptions, patterns and formats, which only a full validator needs.
 */
function compact(schema) {
  if (schema.$ref) return { ref: schema.$ref.replace('#/components/schemas/', '') };
  const out = {};
  if (schema.oneOf) out.anyOf = schema.oneOf.map(compact);
  if (schema.allOf) out.allOf = schema.allOf.map(compact);
  if (schema.type) out.type = schema.type;
  if (schema.enum) out.enum = schema.enum;
  if (schema.required) out.required = schema.required;
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, compact(value)]),
    );
  }
  if (schema.items) out.items = compact(schema.items);
  return out;
}

const schemaEntries = Object.entries(spec.components.schemas).map(([name, schema]) => [
  name,
  compact(schema),
]);
const schemas =
  banner +
  "import type { CompactSchema } from '../validate.js';\n\n" +
  "/** The contract's component schemas, reduced to what response validation checks. */\n" +
  `export const schemas: Record<string, CompactSchema> = ${JSON.stringify(
    Object.fromEntries(schemaEntries),
  )};\n`;

// Every named enum of the contract as a readonly tuple, so code can iterate the values (and
// derive union types from them) without typing the lists a second time.
const enumEntries = Object.entries(spec.components.schemas).filter(([, schema]) => schema.enum);
const enums =
  banner +
  enumEntries
    .map(([name, schema]) => {
      const constName = name[0].toLowerCase() + name.slice(1) + 'Values';
      return `/** Values of \`${name}\`. */\nexport const ${constName} = ${JSON.stringify(schema.enum)} as const;\n`;
    })
    .join('\n');

const prettierConfig = (await prettier.resolveConfig(join(outDir, 'x.ts'))) ?? {};
const outputs = [
  ['openapi.ts', types],
  ['schemas.ts', schemas],
  ['enums.ts', enums],
];

let stale = [];
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
if (!check) console.log(`Generated ${outputs.map(([f]) => f).join(', ')} from docs/openapi.yaml`);
