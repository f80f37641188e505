#!/usr/bin/env node
// Generates wasm/special-categories.js, an ES module holding the word lists of
// rules/words/special-categories.json, so that wasm/special.js loads them the same way in node and in a
// page without a bundler (no JSON import attributes, no fetch). The lists are checked first.
//   node scripts/special-categories.js          rewrite wasm/special-categories.js
//   node scripts/special-categories.js --check  exit 1 if it is out of date (tests/js/special.test.js)
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
export const SOURCE = new URL('rules/words/special-categories.json', root);
export const TARGET = new URL('wasm/special-categories.js', root);

export const CATEGORIES = ['health', 'religion', 'ethnicity', 'politics', 'sexuality', 'trade-union'];
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it'];
const MIN = 20, MAX = 60;

// The key an entry is looked up by: the same as foldWord in wasm/special.js (special.test.js checks
// that every entry is found, in its own category, which fails if the two ever differ).
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[^\p{L}\p{N}]/gu, '');

/** The problems of the lists, as messages naming category/language (empty when all is well). */
export function checkLists(data) {
  const problems = [];
  if (!Number.isInteger(data.version) || data.version < 1) problems.push('version: a positive integer is required');
  const names = Object.keys(data.categories ?? {});
  if (names.join() !== CATEGORIES.join()) problems.push(`categories: expected ${CATEGORIES.join(', ')} in that order, got ${names.join(', ')}`);
  const owner = new Map(); // folded key -> category, across categories
  for (const category of names) {
    for (const language of LANGUAGES) {
      const words = data.categories[category][language];
      const where = `${category}/${language}`;
      if (!Array.isArray(words)) { problems.push(`${where}: missing`); continue; }
      if (words.length < MIN || words.length > MAX) problems.push(`${where}: ${words.length} entries, expected ${MIN}-${MAX}`);
      const seen = new Set();
      for (const word of words) {
        const key = typeof word === 'string' ? fold(word) : '';
        if (!key || word !== word.trim()) { problems.push(`${where}: bad entry ${JSON.stringify(word)}`); continue; }
        if (seen.has(key)) problems.push(`${where}: "${word}" is listed twice (spelling variants of one entry match already)`);
        seen.add(key);
        if (owner.has(key) && owner.get(key) !== category) problems.push(`${where}: "${word}" is also in ${owner.get(key)}`);
        owner.set(key, category);
      }
    }
  }
  return problems;
}

/** The text of wasm/special-categories.js for the parsed JSON `data`. */
export function renderModule(data) {
  const lines = [
    '// Generated from rules/words/special-categories.json by scripts/special-categories.js. Do not edit.',
    'export default {',
    `  version: ${data.version},`,
    '  categories: {',
  ];
  for (const category of CATEGORIES) {
    lines.push(`    ${JSON.stringify(category)}: {`);
    for (const language of LANGUAGES) lines.push(`      ${language}: ${JSON.stringify(data.categories[category][language])},`);
    lines.push('    },');
  }
  lines.push('  },', '};', '');
  return lines.join('\n');
}

export function readSource() {
  return JSON.parse(readFileSync(SOURCE, 'utf8'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const data = readSource();
  const problems = checkLists(data);
  if (problems.length) {
    console.error(`rules/words/special-categories.json:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const fresh = renderModule(data);
  if (process.argv.includes('--check')) {
    if (fresh !== readFileSync(TARGET, 'utf8')) {
      console.error('wasm/special-categories.js is out of date: run node scripts/special-categories.js');
      process.exit(1);
    }
  } else {
    writeFileSync(TARGET, fresh);
  }
}
