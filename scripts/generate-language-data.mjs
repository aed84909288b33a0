#!/usr/bin/env node
// Writes src/backend/language-data.ts: eld's "extrasmall" n-gram set (Efficient Language
// Detector, Apache-2.0, © Nito T.M.; the eld devDependency) in a compact form for
// src/backend/language.ts. eld ships it as one object literal of 49,553 keys, each with an object
// of language → score; loading that costs ~84 MB of RSS, 28 MB of it heap (the literal's
// boilerplate, its nested objects, the parsed source). Here the same numbers are two base64
// strings: the n-grams (one byte per character, newline-separated) and, in the same order, each
// n-gram's count of languages followed by (language, score) byte pairs. language.ts decodes them
// into a hash table of typed arrays on the first detection and scores exactly as eld does
// (server/test/language-detector.test.ts compares the two on a corpus). Also copied from eld,
// so nothing of its internals is typed a second time: the language codes, the average scores
// its reliability check uses, its byte → character table and its word separators.
//
// `node scripts/generate-language-data.mjs` writes the file; `--check` fails when the committed
// file differs (part of `npm run check:generated`).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outPath = join(root, 'src/backend/language-data.ts');
const check = process.argv.includes('--check');

// eld exports only its detectors; its data modules sit beside the entry point.
const entry = import.meta.resolve('eld/extrasmall');
const eldModule = (path) => import(new URL(path, entry).href);
const { ngramsData } = await eldModule('../ngrams/extrasmall.js');
const { avgScore } = await eldModule('../avgScore.js');
const { dictionary } = await eldModule('../dictionary.js');
const { separators } = await eldModule('../regexPatterns.js');
const eldVersion = JSON.parse(await readFile(new URL('../../package.json', entry), 'utf8')).version;

const languageIds = Object.keys(ngramsData.languages).map(Number);
languageIds.forEach((id, index) => {
  if (id !== index) throw new Error(`eld's language ids are not 0…n-1 (${id} at ${index})`);
});
const languages = languageIds.map((id) => ngramsData.languages[id]);
const averageScores = languages.map((code) => {
  const score = avgScore[code];
  if (typeof score !== 'number') throw new Error(`eld has no average score for ${code}`);
  return score;
});
if (dictionary.length !== 256) throw new Error('eld’s byte table is not 256 characters');
if (!separators.lookbehind && !separators.source.includes('(?<!')) {
  throw new Error('eld’s separators lost their lookbehind; read its regexPatterns.js again');
}

const keys = Object.keys(ngramsData.ngrams);
const pairs = [];
for (const key of keys) {
  // language.ts packs an n-gram into 48 bits: 3 to 6 characters of one byte each.
  if (key.length < 3 || key.length > 6) throw new Error(`n-gram ${JSON.stringify(key)}: length`);
  for (const char of key) {
    const code = char.charCodeAt(0);
    if (code > 0xff || char === '\n') throw new Error(`n-gram ${JSON.stringify(key)}: not a byte`);
  }
  const entries = Object.entries(ngramsData.ngrams[key]);
  if (entries.length === 0 || entries.length > 255)
    throw new Error(`n-gram ${key}: ${entries.length} languages`);
  pairs.push(entries.length);
  for (const [language, score] of entries) {
    const id = Number(language);
    if (
      !Number.isInteger(score) ||
      score < 0 ||
      score > 255 ||
      !(id >= 0 && id < languages.length)
    ) {
      throw new Error(`n-gram ${key}: language ${language} score ${score} does not fit a byte`);
    }
    pairs.push(id, score);
  }
}
const ngramText = Buffer.from(keys.join('\n'), 'latin1').toString('base64');
const scoreBytes = Buffer.from(pairs).toString('base64');

const source = `// Generated from eld ${eldVersion} ("extrasmall", ${keys.length} n-grams, ${languages.length} languages; Apache-2.0,
// © Nito T.M.) by scripts/generate-language-data.mjs. Do not edit: run
// \`node scripts/generate-language-data.mjs\`. Read by src/backend/language.ts.

/** ISO 639-1 codes by eld's language index. */
export const languages: readonly string[] = ${JSON.stringify(languages)};

/** The average score of a right detection, by language index (eld's reliability check). */
export const averageScores: readonly number[] = ${JSON.stringify(averageScores)};

/** eld's character for each UTF-8 byte (0–255): n-grams are strings of these. */
export const byteChars = ${JSON.stringify(dictionary.join(''))};

/** What separates words (eld's pattern: a run of non-letters not ending in an apostrophe). */
export const separators = new RegExp(${JSON.stringify(separators.source)}, ${JSON.stringify(separators.flags)});

/** The n-grams, newline-separated, one byte per character (base64). */
export const ngrams =
  '${ngramText}';

/**
 * For each n-gram in that order (base64): the number of languages, then a (language index,
 * score) byte pair for each; a language's score for an n-gram is that score + 53.
 */
export const scores =
  '${scoreBytes}';
`;

const formatted = await prettier.format(source, {
  ...(await prettier.resolveConfig(outPath)),
  filepath: outPath,
});
const name = relative(root, outPath);
if (check) {
  const current = await readFile(outPath, 'utf8').catch(() => '');
  if (current !== formatted) {
    console.error(`${name} is stale: run \`node scripts/generate-language-data.mjs\`.`);
    process.exit(1);
  }
  console.log(`${name} is up to date.`);
} else {
  await writeFile(outPath, formatted);
  console.log(`wrote ${name} (${formatted.length} bytes)`);
}
