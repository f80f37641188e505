// Words that suggest special categories of personal data (GDPR Art. 9(1)): health, religion,
// ethnicity, politics, sexuality, trade-union membership, in English, French, German, Spanish and
// Italian. A hit is a prompt for human review, never proof: the word may concern nobody.
//
//   findSpecialCategoryWords(text, { categories?, languages? })
//     -> [{ category, language, word, start, end }] in text order, without overlaps
//
// Contract:
// - start/end are UTF-16 indices: text.slice(start, end) is the text as written; `word` is the
//   list's entry it matched (e.g. "Jüdin" for "JUEDIN").
// - Whole words: the characters on either side are not letters, combining marks or digits ("_" and
//   "-" are separators, so `hiv_status` matches). Case-insensitive. Accents as written, or none
//   (é also matches e, ß also ss; German ä/ö/ü also ae/oe/ue). A space or hyphen inside an entry
//   matches any run of spaces, hyphens and underscores, or none; an apostrophe may be left out.
//   Text is expected in NFC (what nearly everything produces): decomposed accents do not match.
// - Where entries overlap, the longest wins ("trade union member" over "trade union").
// - A word in several languages' lists (Diabetes, HIV, Islam) is reported with the first of them in
//   the order en, fr, de, es, it, among `options.languages` when given.
// - `options.categories` / `options.languages` restrict the results (unknown names: RangeError).
//
// The lists come from rules/words/special-categories.json through the generated wasm/special-categories.js
// (scripts/special-categories.js). They are compiled once, on first use, into one RegExp whose
// alternatives form a trie (common prefixes shared), so each position of the text costs a few
// character tests rather than one per entry. Pure JS: node, pages, workers.
import LISTS from './special-categories.js';

export const SPECIAL_CATEGORIES = Object.freeze(['health', 'religion', 'ethnicity', 'politics', 'sexuality', 'trade-union']);
export const SPECIAL_LANGUAGES = Object.freeze(['en', 'fr', 'de', 'es', 'it']);
/** The version of the word lists (rules/words/special-categories.json). */
export const SPECIAL_LISTS_VERSION = LISTS.version;

/** The lookup key of a word or a match: no accents, lower case, ß as ss, letters and digits only. */
export function foldWord(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[^\p{L}\p{N}]/gu, '');
}

// Like foldWord but keeping accents: tells "été" from "ete" when both are listed.
const exactKey = (s) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');

const SEP = ' ';   // unit: a space or hyphen of an entry
const APOS = "'";  // unit: an apostrophe of an entry
const UMLAUTS = { ä: 'ae', ö: 'oe', ü: 'ue' };

// An entry as a list of units (lower-case characters, SEP, APOS); German entries with umlauts get
// a second spelling with ae/oe/ue.
function spellings(word, language) {
  const units = [];
  for (const ch of word.normalize('NFC').toLowerCase()) {
    if (/[\s\-\u2010\u2011]/u.test(ch)) { if (units.at(-1) !== SEP) units.push(SEP); }
    else if (/['\u2019\u02bc]/u.test(ch)) units.push(APOS);
    else units.push(ch);
  }
  const out = [units];
  if (language === 'de' && units.some((u) => u in UMLAUTS)) out.push(units.flatMap((u) => (u in UMLAUTS ? [...UMLAUTS[u]] : [u])));
  return out;
}

const escape = (ch) => ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

function unitSource(unit) {
  if (unit === SEP) return '[\\s_\\-\\u2010\\u2011]*';
  if (unit === APOS) return "['\\u2019\\u02bc]?";
  if (unit === 'ß') return '(?:ß|ss)';
  const base = unit.normalize('NFD').replace(/\p{M}/gu, '');
  return base !== unit && base.length === 1 ? `[${unit}${base}]` : escape(unit);
}

// Trie of units -> regex source. A node that ends an entry makes its continuations optional;
// greedy matching tries the longer entry first and backtracks when its word boundary fails.
function trieSource(node) {
  const keys = [...node.children.keys()].sort();
  if (!keys.length) return '';
  const alternatives = keys.map((k) => unitSource(k) + trieSource(node.children.get(k)));
  const body = alternatives.length === 1 && !node.end ? alternatives[0] : `(?:${alternatives.join('|')})`;
  return node.end ? `${body}?` : body;
}

function compile(lists) {
  const byKey = new Map(); // foldWord key -> [{ category, language, word, exact, rank }]
  const trie = { children: new Map(), end: false };
  let rank = 0;
  for (const category of SPECIAL_CATEGORIES) {
    for (const language of SPECIAL_LANGUAGES) {
      for (const word of lists.categories[category]?.[language] ?? []) {
        rank++;
        for (const units of spellings(word, language)) {
          let node = trie;
          for (const u of units) {
            if (!node.children.has(u)) node.children.set(u, { children: new Map(), end: false });
            node = node.children.get(u);
          }
          node.end = true;
          const text = units.join('');
          const key = foldWord(text);
          if (!byKey.has(key)) byKey.set(key, []);
          byKey.get(key).push({ category, language, word, exact: exactKey(text), rank });
        }
      }
    }
  }
  for (const entries of byKey.values()) entries.sort((a, b) => a.rank - b.rank);
  const boundary = '[\\p{L}\\p{M}\\p{N}]';
  const trieRegex = trieSource(trie);
  const source = `(?<!${boundary})${trieRegex}(?!${boundary})`;
  // The same for RE2 (the engine, files.js): no lookaround, so the boundaries are consumed and the
  // word is group 1 (core/group_finder.h); \uXXXX is written \x{XXXX}.
  const re2Source = `(?i)(?:^|[^\\p{L}\\p{M}\\p{N}])(${trieRegex.replace(/\\u([0-9a-fA-F]{4})/g, '\\x{$1}')})(?:$|[^\\p{L}\\p{M}\\p{N}])`;
  return { byKey, source, re2Source };
}

let compiled = null;

function checkNames(names, known, what) {
  if (names === undefined) return null;
  for (const n of names) if (!known.includes(n)) throw new RangeError(`findSpecialCategoryWords: unknown ${what} ${JSON.stringify(n)} (known: ${known.join(', ')})`);
  return new Set(names);
}

// Among the entries sharing a match's key: those allowed, the accent-exact one first, else list order.
function pick(entries, matched, categories, languages) {
  let first = null;
  for (const e of entries) {
    if ((categories && !categories.has(e.category)) || (languages && !languages.has(e.language))) continue;
    if (e.exact === matched) return e;
    first ??= e;
  }
  return first;
}

/**
 * The word lists as one RE2 pattern whose group 1 is the word: the engine's GroupFinder
 * (createGroupFinder in discret) finds in bytes what findSpecialCategoryWords finds in text.
 */
export function specialWordsPattern() {
  compiled ??= compile(LISTS);
  return compiled.re2Source;
}

/** The list entry { category, language, word } a matched text stands for, or null (see pick()). */
export function specialWordEntry(matched, options = {}) {
  const categories = checkNames(options.categories, SPECIAL_CATEGORIES, 'category');
  const languages = checkNames(options.languages, SPECIAL_LANGUAGES, 'language');
  compiled ??= compile(LISTS);
  const entries = compiled.byKey.get(foldWord(matched));
  const entry = entries && pick(entries, exactKey(matched), categories, languages);
  return entry ? { category: entry.category, language: entry.language, word: entry.word } : null;
}

/** Special-category words of `text`; see the header comment for the contract. */
export function findSpecialCategoryWords(text, options = {}) {
  if (typeof text !== 'string') throw new TypeError('findSpecialCategoryWords: text must be a string');
  const categories = checkNames(options.categories, SPECIAL_CATEGORIES, 'category');
  const languages = checkNames(options.languages, SPECIAL_LANGUAGES, 'language');
  compiled ??= compile(LISTS);
  // A fresh RegExp per call keeps lastIndex private to the call; compiling it again is cheap next to
  // building the source, and V8 caches the compiled code by source and flags.
  const re = new RegExp(compiled.source, 'giu');
  const out = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const entries = compiled.byKey.get(foldWord(m[0]));
    const entry = entries && pick(entries, exactKey(m[0]), categories, languages);
    if (entry) out.push({ category: entry.category, language: entry.language, word: entry.word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
