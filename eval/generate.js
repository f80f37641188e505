// Builds the evaluation corpus, deterministically: same faker version => byte-identical files.
//
//   node eval/generate.js [OUT_DIR=eval/corpus]
//
// OUT_DIR/labelled.jsonl  one document a line: {id, lang, country, kind, text, spans:[{start, end, entity, type, test?}]}
// OUT_DIR/clean/*.txt     PII-free texts (prose, code, logs, tables) for false positives per MB
//
// Every document is made by its own seeded faker instance of its locale (faker.seed(n), n from the
// document's position), so the labels are exact by construction: each value is appended to the
// text with its span recorded at that moment (JS string indices, end exclusive).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakerEN, fakerEN_GB, fakerEN_US, fakerFR, fakerDE, fakerES, fakerIT } from '@faker-js/faker';
import { KINDS, person } from './lib/templates.js';
import { cleanFiles } from './lib/clean.js';

export const LANGS = ['en', 'fr', 'de', 'es', 'it'];
export const DOCS_PER_KIND = 36;
const SEED_BASE = 20250;
const CLEAN_SEED = 777000;

// en alternates between the US and the UK, so both SSNs and NINOs (and their phones) appear.
const LOCALES = {
  en: [['US', fakerEN_US], ['GB', fakerEN_GB]],
  fr: [['FR', fakerFR]],
  de: [['DE', fakerDE]],
  es: [['ES', fakerES]],
  it: [['IT', fakerIT]],
};
// Faker date helpers default to "now": pin them so nothing can depend on the clock.
const REF_DATE = '2025-06-01T00:00:00.000Z';

/** The labelled documents, in a fixed order. */
export function labelledDocuments({ perKind = DOCS_PER_KIND } = {}) {
  const docs = [];
  LANGS.forEach((lang, li) => {
    Object.entries(KINDS).forEach(([kind, make], ki) => {
      for (let i = 0; i < perKind; i++) {
        const [country, f] = LOCALES[lang][i % LOCALES[lang].length];
        f.setDefaultRefDate(REF_DATE);
        f.seed(SEED_BASE + li * 100000 + ki * 1000 + i);
        const P = person(f, country, lang);
        const d = make(f, P, () => person(f, country, lang));
        docs.push({ id: `${lang}-${kind}-${String(i).padStart(3, '0')}`, lang, country, kind, text: d.text, spans: d.spans });
      }
    });
  });
  return docs;
}

/** The whole corpus as file contents: { 'labelled.jsonl': text, 'clean/NAME.txt': text, ... }. */
export function corpusFiles(options) {
  const out = { 'labelled.jsonl': labelledDocuments(options).map((d) => JSON.stringify(d)).join('\n') + '\n' };
  fakerEN.setDefaultRefDate(REF_DATE);
  for (const [name, text] of Object.entries(cleanFiles(fakerEN, CLEAN_SEED))) out[`clean/${name}`] = text;
  return out;
}

/** Writes the corpus under `dir` (its clean/ folder is emptied first). */
export function writeCorpus(dir) {
  const files = corpusFiles();
  rmSync(join(dir, 'clean'), { recursive: true, force: true });
  mkdirSync(join(dir, 'clean'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('./corpus/', import.meta.url));
  const files = writeCorpus(dir);
  const docs = files['labelled.jsonl'].trimEnd().split('\n').map((l) => JSON.parse(l));
  const counts = {};
  for (const d of docs) for (const s of d.spans) counts[s.entity] = (counts[s.entity] ?? 0) + 1;
  const size = (t) => Buffer.byteLength(t);
  const cleanBytes = Object.entries(files).filter(([n]) => n.startsWith('clean/')).reduce((a, [, t]) => a + size(t), 0);
  console.log(`${dir}: ${docs.length} labelled documents (${(size(files['labelled.jsonl']) / 1024).toFixed(0)} KB), ${readdirSync(join(dir, 'clean')).length} clean files (${(cleanBytes / 1024).toFixed(0)} KB)`);
  console.log(Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([e, n]) => `${e} ${n}`).join(', '));
}
