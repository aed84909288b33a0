#!/usr/bin/env node
// `npm run check:package`, after `npm run build` (.ci/run runs it): the package as a storefront's
// project gets it. It packs the package (`npm pack`, the files package.json publishes), unpacks
// it into a new project's node_modules beside lit and msw, and checks there that
//  - the README's links to docs/*.md name files of the tarball;
//  - every entry of `exports` resolves (Node's resolution, from the project) to a file of the
//    tarball, its types too;
//  - a TypeScript consumer type-checks with Node's module resolution and with a bundler's: the
//    main entry, the start file's configure(), each element's define module (the tag in HTMLElementTagNameMap, its events in
//    GlobalEventHandlersEventMap), each element's class-only entry (extended under a tag of the
//    host's own) and the mocks;
//  - the Vite plugin (`seller-questions/vite`) finds the library's dist/first-view.json, and its
//    options type-check in the consumer below;
//  - `sideEffects` lets a bundler (esbuild) drop a class-only entry imported for nothing, and
//    keeps a define module imported for its side effect.
// Exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { publicElements } from './public-elements.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const problems = [];
const project = mkdtempSync(join(tmpdir(), 'seller-questions-consumer-'));
try {
  // The tarball, unpacked where `npm install` would put it.
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', project], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const modules = join(project, 'node_modules');
  mkdirSync(modules);
  execFileSync('tar', ['-xzf', join(project, filename), '-C', project]);
  renameSync(join(project, 'package'), join(modules, 'seller-questions'));
  // Its dependencies and peer dependency, as installed here.
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit', '@lit-labs', 'msw']) {
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  writeFileSync(join(project, 'package.json'), '{ "type": "module", "private": true }\n');
  const published = JSON.parse(
    execFileSync(
      process.execPath,
      ['-p', 'JSON.stringify(require("seller-questions/package.json"))'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    ),
  );

  // Every export resolves to a file of the tarball.
  const specifiers = Object.keys(published.exports).map((key) =>
    key === '.' ? 'seller-questions' : `seller-questions/${key.slice(2)}`,
  );
  writeFileSync(
    join(project, 'resolve.mjs'),
    `import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
for (const specifier of ${JSON.stringify(specifiers)}) {
  let file;
  try {
    file = fileURLToPath(import.meta.resolve(specifier));
  } catch (error) {
    console.log(specifier + ' does not resolve: ' + error.message);
    continue;
  }
  if (!existsSync(file)) console.log(specifier + ' resolves to a missing file: ' + file);
}
`,
  );
  const unresolved = execFileSync(process.execPath, ['resolve.mjs'], {
    cwd: project,
    encoding: 'utf8',
  }).trim();
  if (unresolved) problems.push(...unresolved.split('\n'));
  for (const [key, value] of Object.entries(published.exports)) {
    for (const target of typeof value === 'string' ? [value] : Object.values(value)) {
      if (!existsSync(join(modules, 'seller-questions', target)))
        problems.push(`exports["${key}"] names ${target}, which the tarball does not have`);
    }
  }

  // The README's links to the docs work where the package is read (npm's page, node_modules);
  // its screenshots (2.5 MB) stay in the repository.
  const packed = join(modules, 'seller-questions');
  const readme = readFileSync(join(packed, 'README.md'), 'utf8');
  for (const [, target] of readme.matchAll(/\]\((docs\/[^)#\s]+\.(?:md|yaml))/g)) {
    if (!existsSync(join(packed, target))) {
      problems.push(`README.md links to ${target}, which the tarball does not have`);
    }
  }

  // The Vite plugin finds the library's first-view.json in the tarball (a build reads it).
  writeFileSync(
    join(project, 'vite-plugin.mjs'),
    `import { sellerQuestions } from 'seller-questions/vite';
sellerQuestions().configResolved({ command: 'build', root: process.cwd(), base: '/' });
`,
  );
  try {
    execFileSync(process.execPath, ['vite-plugin.mjs'], { cwd: project, stdio: 'pipe' });
  } catch (error) {
    problems.push(`seller-questions/vite in a build: ${String(error.stderr).trim()}`);
  }

  // A TypeScript consumer, with Node's resolution and a bundler's.
  const elements = publicElements();
  const consumer = [
    "import { configure, createClient, type SqQuestionCreatedEvent } from 'seller-questions';",
    "import { createMockBackend } from 'seller-questions/mocks';",
    "import { configure as configureFirst } from 'seller-questions/start.js';",
    "import { sellerQuestions } from 'seller-questions/vite';",
    ...elements.flatMap(({ tag, className }) => [
      `import { ${className} } from 'seller-questions/${tag}.js';`,
      `import { ${className} as ${className}Class } from 'seller-questions/classes/${tag}.js';`,
    ]),
    "configure({ apiBase: '/api/v1', getToken: () => 'token' });",
    "configureFirst({ apiBase: '/api/v1', getToken: async () => 'token' });",
    "export const client = createClient({ baseUrl: '/api/v1', getToken: () => 'token' });",
    'export const backend: unknown = createMockBackend;',
    "export const plugin = sellerQuestions({ start: './start.js', inlineStart: true, groupChunks: false });",
    ...elements.flatMap(({ tag, className }) => [
      `export const ${className.toLowerCase()}: ${className} = document.createElement('${tag}');`,
      `customElements.define('shop-${tag}', class extends ${className}Class {});`,
      `export const same${className}: typeof ${className} = ${className}Class;`,
    ]),
    "document.addEventListener('sq-question-created', (event: SqQuestionCreatedEvent) => {",
    '  const created: string = event.detail.question.id;',
    '  return created;',
    '});',
  ].join('\n');
  writeFileSync(join(project, 'consumer.ts'), `${consumer}\n`);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const [module, moduleResolution] of [
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
  ]) {
    try {
      execFileSync(
        process.execPath,
        [
          tsc,
          '--noEmit',
          '--strict',
          '--skipLibCheck',
          '--target',
          'es2022',
          '--lib',
          'es2022,dom,dom.iterable',
          '--module',
          module,
          '--moduleResolution',
          moduleResolution,
          'consumer.ts',
        ],
        { cwd: project, encoding: 'utf8' },
      );
    } catch (error) {
      problems.push(`TypeScript (${moduleResolution}): ${error.stdout || error.message}`.trim());
    }
  }

  // sideEffects, as a bundler reads it.
  const bundled = async (contents) => {
    const result = await build({
      stdin: { contents, resolveDir: project, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      nodePaths: [modules],
    });
    return result.outputFiles[0].contents.length;
  };
  for (const { tag } of elements) {
    const defined = await bundled(`import 'seller-questions/${tag}.js';`);
    const classOnly = await bundled(`import 'seller-questions/classes/${tag}.js';`);
    if (defined < 20_000)
      problems.push(
        `seller-questions/${tag}.js imported for its side effect bundles to ${defined} B`,
      );
    if (classOnly > 2_000)
      problems.push(
        `seller-questions/classes/${tag}.js imported for nothing bundles to ${classOnly} B: sideEffects keeps it`,
      );
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`The packed package has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  'Package check passed: every export resolves to a packed file, the Vite plugin finds its first-view.json, a TypeScript consumer type-checks (nodenext and bundler), class-only entries are dropped when unused and define modules kept.',
);
