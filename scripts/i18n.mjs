#!/usr/bin/env node
// Localization tasks around @lit/localize-tools (XLIFF in locales/, runtime-mode modules in
// src/i18n/generated/, not committed):
//   node scripts/i18n.mjs extract   messages from the code into locales/*.xlf (keeps targets)
//   node scripts/i18n.mjs build     locales/*.xlf into src/i18n/generated/locales/*.ts (without
//                                   the server's email texts, `email.*`: no element shows them)
//   node scripts/i18n.mjs check     fails when a message lacks a translation in any locale, when
//                                   a translation's placeholders differ from the source, when a
//                                   msg() has no id, or when a component shows text outside msg()
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = join(root, config.interchange.xliffDir);
const outDir = join(root, config.output.outputDir);

function litLocalize(command) {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), command],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
}

function build() {
  litLocalize('build');
  for (const file of readdirSync(outDir)) {
    const path = join(outDir, file);
    const source = readFileSync(path, 'utf8');
    // The `str` tag only: the package root would bring @lit/localize's page-global runtime.
    // The reference server's email texts (src/i18n/email-messages.ts) are read from the XLIFF
    // by the server; the elements' locale chunks do not carry them.
    const withoutEmail = source
      .split('\n')
      .filter((line) => !/^'email\.[\w.-]+': /.test(line))
      .join('\n');
    writeFileSync(
      path,
      withoutEmail.replace(
        "import {str} from '@lit/localize';",
        "import { str } from '@lit/localize/internal/str-tag.js';",
      ),
    );
  }
  console.log(`Built ${config.targetLocales.length} locale modules in ${relative(root, outDir)}`);
}

/** trans-units of an XLIFF file: id, source, target (null when missing). */
function units(xml) {
  const found = [];
  for (const match of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const body = match[2];
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? null;
    found.push({ id: match[1], source, target });
  }
  return found;
}

const placeholders = (text) =>
  [...text.matchAll(/<x id="(\d+)"/g)]
    .map((match) => match[1])
    .sort()
    .join(',');

function checkTranslations(problems) {
  for (const locale of config.targetLocales) {
    const xml = readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8');
    for (const unit of units(xml)) {
      if (unit.target === null || unit.target.trim() === '') {
        problems.push(`${locale}: "${unit.id}" has no translation`);
      } else if (placeholders(unit.target) !== placeholders(unit.source)) {
        problems.push(`${locale}: "${unit.id}" does not use the same placeholders as the source`);
      }
    }
  }
}

const USER_VISIBLE_ATTRIBUTES = [
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'heading',
  'hint',
  'empty-text',
];

function checkSources(problems) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.styles.ts')) files.push(path);
    }
  };
  walk(join(root, 'src/components'));
  for (const path of files) {
    const source = readFileSync(path, 'utf8');
    const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const where = (node) => {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      return `${relative(root, path)}:${line + 1}`;
    };
    const visit = (node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'msg'
      ) {
        const options = node.arguments[1];
        const hasId =
          options &&
          ts.isObjectLiteralExpression(options) &&
          options.properties.some(
            (property) => property.name && property.name.getText(file) === 'id',
          );
        if (!hasId) problems.push(`${where(node)}: msg() without an explicit id`);
      }
      if (
        ts.isTaggedTemplateExpression(node) &&
        ts.isIdentifier(node.tag) &&
        node.tag.text === 'html'
      ) {
        const template = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template.text]
          : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
        const markup = parts.join('\uE000');
        // Text between tags: anything with a letter is words a user would see.
        for (const match of markup.matchAll(/>([^<]*)</g)) {
          const text = match[1].replace(/\uE000/g, ' ');
          if (/\p{L}/u.test(text))
            problems.push(`${where(node)}: visible text outside msg(): "${text.trim()}"`);
        }
        for (const name of USER_VISIBLE_ATTRIBUTES) {
          const attribute = new RegExp(`\\s${name}=(["']?)([^"'\\uE000>]*)\\1`, 'g');
          for (const match of markup.matchAll(attribute)) {
            if (/\p{L}/u.test(match[2])) {
              problems.push(`${where(node)}: ${name}="${match[2]}" is not translated`);
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
}

const command = process.argv[2];
if (command === 'extract') {
  litLocalize('extract');
  console.log(`Extracted messages into ${relative(root, xliffDir)}/`);
} else if (command === 'build') {
  build();
} else if (command === 'check') {
  const problems = [];
  checkSources(problems);
  checkTranslations(problems);
  if (problems.length) {
    console.error(
      `Localization check failed (${problems.length}):\n${problems.slice(0, Number(process.env.SHOW ?? 60)).join('\n')}`,
    );
    if (problems.length > 60) console.error(`... and ${problems.length - 60} more`);
    process.exit(1);
  }
  console.log(
    'Localization check passed: every message translated in every locale, no text outside msg().',
  );
} else {
  console.error('Usage: node scripts/i18n.mjs extract | build | check');
  process.exit(2);
}
