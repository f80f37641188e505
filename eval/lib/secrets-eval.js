// The secrets section of `npm run eval`: recall on generated secrets (eval/lib/secrets.js) and
// false positives per MB on real code that holds no secrets: the sources of the npm packages
// installed in node_modules (minified bundles and JSON included), read in a fixed order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fakerEN } from '@faker-js/faker';
import { matchDocument, prf, Tally } from './score.js';
import { PROVIDER_RULES, secretDocuments } from './secrets.js';

export const SECRET_ENTITIES = new Set(['SECRET', 'PASSWORD', 'PRIVATE_KEY']);
const SEED = 880000;
const REF_DATE = '2025-06-01T00:00:00.000Z';
const CODE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.json', '.md', '.yml', '.yaml']);
export const DEFAULT_CODE_BYTES = 40e6;

/** The generated secret documents (the same on every run). */
export function loadSecretDocuments() {
  fakerEN.setDefaultRefDate(REF_DATE);
  return secretDocuments(fakerEN, SEED);
}

/** node_modules files of the code extensions, sorted by path, until `maxBytes`. */
export function codeFiles(root, maxBytes = DEFAULT_CODE_BYTES) {
  const paths = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name === '.bin' || e.isSymbolicLink()) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && CODE_EXTENSIONS.has(extname(e.name))) paths.push(p);
    }
  };
  walk(join(root, 'node_modules'));
  const files = [];
  let bytes = 0;
  for (const p of paths) {
    if (bytes >= maxBytes) break;
    const size = statSync(p).size;
    if (size === 0) continue;
    files.push({ path: relative(root, p), text: readFileSync(p, 'utf8') });
    bytes += size;
  }
  return { files, bytes };
}

/**
 * Runs `tool` over the secret documents and the code files; `chunks(text)` cuts large texts as the
 * rest of the eval does. Only SECRET, PASSWORD and PRIVATE_KEY findings count here.
 */
export async function evaluateSecrets(tool, docs, code, chunks) {
  const t0 = performance.now();
  const all = new Tally();
  const byType = {};
  const missed = [];
  let provider = { support: 0, tp: 0 }, byExpectedRule = 0;
  for (const doc of docs) {
    const preds = (await tool.detect(doc.text)).filter((p) => SECRET_ENTITIES.has(p.entity));
    const m = matchDocument(doc.spans, preds);
    all.add(m);
    for (const [l, p] of m.pairs) {
      const t = (byType[l.type] ??= { support: 0, tp: 0 });
      t.support++;
      t.tp++;
      if (PROVIDER_RULES.has(l.type)) {
        provider.support++;
        provider.tp++;
        if (p.raw === l.type) byExpectedRule++;
      }
    }
    for (const l of m.fn) {
      (byType[l.type] ??= { support: 0, tp: 0 }).support++;
      if (PROVIDER_RULES.has(l.type)) provider.support++;
      if (missed.length < 40) missed.push(`${doc.id}: ${doc.text.slice(l.start, l.end).slice(0, 80)}`);
    }
  }
  const byRule = {};
  let fp = 0, testValues = 0, bytes = 0;
  for (const file of code.files) {
    bytes += Buffer.byteLength(file.text);
    for (const piece of chunks(file.text)) {
      for (const p of await tool.detect(piece)) {
        if (!SECRET_ENTITIES.has(p.entity)) continue;
        if (p.test) {
          testValues++;
          continue;
        }
        fp++;
        const r = (byRule[p.raw] ??= { count: 0, examples: [] });
        r.count++;
        if (r.examples.length < 3) r.examples.push(`${file.path}: ${piece.slice(p.start, p.end).slice(0, 60)}`);
      }
    }
  }
  const rows = Object.fromEntries(Object.entries(all.byEntity).map(([e, r]) => [e, { ...r, ...prf(r) }]));
  const overall = all.overall();
  return {
    documents: docs.length,
    labels: docs.reduce((a, d) => a + d.spans.length, 0),
    providerFormats: PROVIDER_RULES.size,
    perEntity: rows,
    overall: { ...overall, ...prf(overall) },
    provider: { ...provider, recall: provider.support ? provider.tp / provider.support : null, byExpectedRule },
    byType: Object.fromEntries(Object.entries(byType).sort().map(([k, t]) => [k, { ...t, recall: t.tp / t.support }])),
    missed,
    code: { files: code.files.length, bytes, falsePositives: fp, perMB: fp / (bytes / 1e6), testValues,
      byRule: Object.entries(byRule).sort((a, b) => b[1].count - a[1].count).map(([rule, r]) => ({ rule, ...r })) },
    seconds: (performance.now() - t0) / 1000,
  };
}
