// `npm run eval`: accuracy of Discret on the labelled corpus and the fixtures, false positives on
// the PII-free texts, and the same corpus through the npm peers, side by side.
//
//   npm run eval                      # Discret and the peers; writes eval/out/results.json
//   npm run eval -- --no-peers        # Discret only
//   npm run eval -- --doc             # also rewrites docs/accuracy.md from this run
//   npm run eval -- --strict          # exit 1 when a target is missed (else always 0)
//
// The corpus is eval/corpus (node eval/generate.js rebuilds it) and eval/fixtures; eval/README.md
// explains the matching rule and how to read the figures.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadFixtures } from './lib/fixtures.js';
import { matchDocument, prf, Tally, MIN_OVERLAP } from './lib/score.js';
import { discret, PEERS } from './lib/tools.js';
import { codeFiles, DEFAULT_CODE_BYTES, evaluateSecrets, loadSecretDocuments } from './lib/secrets-eval.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);

/** Entities with a checksum or a fixed format: precision and recall targets of 0.97. */
export const FORMAT_ENTITIES = ['EMAIL', 'PHONE', 'IP_ADDRESS', 'MAC_ADDRESS', 'URL', 'CREDIT_CARD', 'IBAN', 'BIC', 'CRYPTO_WALLET', 'NATIONAL_ID', 'TAX_ID', 'HEALTH_ID', 'PASSPORT', 'DRIVER_LICENSE', 'GPS_COORDINATES'];
export const TARGETS = { formatPrecision: 0.97, formatRecall: 0.97, personF1: 0.85, fpPer100KB: 1, secretProviderRecall: 0.98, secretFpPerMBCode: 1 };
const ORDER = ['EMAIL', 'PHONE', 'IP_ADDRESS', 'MAC_ADDRESS', 'URL', 'CREDIT_CARD', 'IBAN', 'BIC', 'CRYPTO_WALLET', 'NATIONAL_ID', 'TAX_ID', 'PASSPORT', 'DRIVER_LICENSE', 'HEALTH_ID', 'PERSON', 'ADDRESS', 'DATE_OF_BIRTH', 'GPS_COORDINATES', 'USERNAME', 'PASSWORD', 'SECRET', 'PRIVATE_KEY'];
const byOrder = (a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b);

// --- loading -------------------------------------------------------------------------------------

export function loadCorpus(dir = here('./corpus/')) {
  let jsonl;
  try {
    jsonl = readFileSync(`${dir}/labelled.jsonl`, 'utf8');
  } catch {
    throw new Error(`${dir}/labelled.jsonl is missing: run node eval/generate.js`);
  }
  const docs = jsonl.trimEnd().split('\n').map((l) => ({ ...JSON.parse(l), source: 'generated' }));
  const clean = readdirSync(`${dir}/clean`).filter((f) => f.endsWith('.txt')).sort()
    .map((name) => ({ name, text: readFileSync(`${dir}/clean/${name}`, 'utf8') }));
  return { docs, clean };
}

/** Cuts a text at line ends into pieces of at most `max` characters (documents of ordinary size). */
export function chunks(text, max = 4096) {
  const out = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end - 1);
      if (nl > start) end = nl + 1;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

// --- evaluation ----------------------------------------------------------------------------------

const snippet = (text, s, e, ctx = 30) => (text.slice(Math.max(0, s - ctx), s) + '⟦' + text.slice(s, e) + '⟧' + text.slice(e, e + ctx)).replace(/\n/g, '⏎');

/** Runs one tool over the documents and the clean texts. */
export async function evaluate(tool, docs, clean) {
  const t0 = performance.now();
  const all = new Tally();
  const bySource = {}, byLang = {}, byType = {};
  const test = { support: 0, detected: 0, flaggedTest: 0 };
  const examples = { fn: {}, fp: {} };
  let other = 0;
  const keep = (p) => {
    if (p.entity === null) {
      other++;
      return false;
    }
    return true;
  };
  for (const doc of docs) {
    const preds = (await tool.detect(doc.text)).filter(keep);
    const m = matchDocument(doc.spans, preds);
    all.add(m);
    (bySource[doc.source] ??= new Tally()).add(m);
    (byLang[doc.lang] ??= new Tally()).add(m);
    for (const [l, p] of m.pairs) {
      const t = (byType[`${l.entity}/${l.type}`] ??= { support: 0, tp: 0 });
      t.support++;
      t.tp++;
      if (l.test) {
        test.support++;
        test.detected++;
        if (p.test) test.flaggedTest++;
      }
    }
    for (const l of m.fn) {
      (byType[`${l.entity}/${l.type}`] ??= { support: 0, tp: 0 }).support++;
      if (l.test) test.support++;
      const ex = (examples.fn[l.entity] ??= []);
      if (ex.length < 5) ex.push(`${doc.id}: ${snippet(doc.text, l.start, l.end)}`);
    }
    for (const p of m.fp) {
      const ex = (examples.fp[p.entity] ??= []);
      if (ex.length < 5) ex.push(`${doc.id} [${p.raw}]: ${snippet(doc.text, p.start, p.end)}`);
    }
  }
  const tDocs = performance.now();
  let cleanBytes = 0, cleanFp = 0;
  const byRule = {};
  for (const file of clean) {
    cleanBytes += Buffer.byteLength(file.text);
    for (const piece of chunks(file.text)) {
      for (const p of (await tool.detect(piece)).filter(keep)) {
        cleanFp++;
        const r = (byRule[`${p.raw} (${p.entity})`] ??= { count: 0, examples: [] });
        r.count++;
        if (r.examples.length < 3) r.examples.push(`${file.name}: ${snippet(piece, p.start, p.end)}`);
      }
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const rows = (tally) => Object.fromEntries(Object.entries(tally.byEntity).sort(([a], [b]) => byOrder(a, b)).map(([e, r]) => [e, { ...r, ...prf(r) }]));
  const summary = (tally, only) => {
    const o = tally.overall(only);
    return { ...o, ...prf(o) };
  };
  return {
    name: tool.name,
    version: tool.version,
    available: true,
    entities: tool.entities ? [...tool.entities].sort(byOrder) : null,
    perEntity: rows(all),
    overall: summary(all),
    overallCovered: tool.entities ? summary(all, tool.entities) : summary(all),
    bySource: Object.fromEntries(Object.entries(bySource).map(([k, t]) => [k, summary(t)])),
    perEntityBySource: Object.fromEntries(Object.entries(bySource).map(([k, t]) => [k, rows(t)])),
    byLang: Object.fromEntries(Object.entries(byLang).sort().map(([k, t]) => [k, summary(t)])),
    byFormat: Object.fromEntries(Object.entries(byType).sort().map(([k, t]) => [k, { ...t, recall: t.tp / t.support }])),
    testValues: test,
    otherFindings: other,
    clean: {
      bytes: cleanBytes,
      falsePositives: cleanFp,
      perMB: cleanFp / (cleanBytes / 1e6),
      per100KB: cleanFp / (cleanBytes / 1e5),
      byRule: Object.entries(byRule).sort((a, b) => b[1].count - a[1].count).map(([rule, r]) => ({ rule, ...r })),
    },
    examples,
    seconds: { total: seconds, labelled: (tDocs - t0) / 1000 },
    notes: tool.notes ?? [],
  };
}

/** The targets, checked on one tool's result: [{ target, value, pass }]. */
export function checkTargets(r) {
  const out = [];
  for (const e of FORMAT_ENTITIES) {
    const row = r.perEntity[e];
    if (!row || !row.support) continue;
    out.push({ target: `${e} precision >= ${TARGETS.formatPrecision}`, value: row.precision, pass: (row.precision ?? 0) >= TARGETS.formatPrecision });
    out.push({ target: `${e} recall >= ${TARGETS.formatRecall}`, value: row.recall, pass: row.recall >= TARGETS.formatRecall });
  }
  const person = r.perEntity.PERSON;
  if (person?.support) out.push({ target: `PERSON F1 >= ${TARGETS.personF1}`, value: person.f1, pass: (person.f1 ?? 0) >= TARGETS.personF1 });
  out.push({ target: `false positives per 100 KB of PII-free text <= ${TARGETS.fpPer100KB}`, value: r.clean.per100KB, pass: r.clean.per100KB <= TARGETS.fpPer100KB });
  if (r.secrets) {
    const s = r.secrets;
    out.push({ target: `SECRET provider formats recall >= ${TARGETS.secretProviderRecall}`, value: s.provider.recall, pass: (s.provider.recall ?? 0) >= TARGETS.secretProviderRecall });
    out.push({ target: `secret false positives per MB of code <= ${TARGETS.secretFpPerMBCode}`, value: s.code.perMB, pass: s.code.perMB <= TARGETS.secretFpPerMBCode });
  }
  return out;
}

// --- printing ------------------------------------------------------------------------------------

const num = (x, d = 3) => (x === null || x === undefined ? '—' : x.toFixed(d));
function table(header, rows, align) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => ((align?.[i] ?? (i ? 'r' : 'l')) === 'l' ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
function markdown(header, rows) {
  // Right-align the columns of figures, left-align the others.
  const figures = header.map((_, i) => i > 0 && rows.every((r) => /^[\d.,/ —()a-z]*$/.test(String(r[i])) && /\d|—|^$/.test(String(r[i]))));
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (figures[i] ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function entityRows(r) {
  return entityRowsOf(r.perEntity, r.overall);
}

/** Table rows from per-entity figures; the overall row is summed here when not given. */
function entityRowsOf(perEntity, overall) {
  const rows = Object.entries(perEntity).map(([e, x]) => [e, x.support, x.tp, x.fp, x.fn, num(x.precision), num(x.recall), num(x.f1)]);
  const o = overall ?? (() => {
    const sum = { support: 0, tp: 0, fp: 0, fn: 0 };
    for (const x of Object.values(perEntity)) for (const k of Object.keys(sum)) sum[k] += x[k];
    return { ...sum, ...prf(sum) };
  })();
  rows.push(['overall (micro)', o.support, o.tp, o.fp, o.fn, num(o.precision), num(o.recall), num(o.f1)]);
  return rows;
}
const ENTITY_HEADER = ['entity', 'support', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'];

function sideBySide(results, entities) {
  const header = ['entity', 'support', ...results.map((r) => `${r.name} P / R / F1`)];
  const cell = (r, e) => {
    if (!r.available) return 'did not run';
    if (r.entities && !r.entities.includes(e)) return '—';
    const x = r.perEntity[e];
    if (!x) return '— (no label, no finding)';
    return `${num(x.precision, 2)} / ${num(x.recall, 2)} / ${num(x.f1, 2)}`;
  };
  const support = (e) => results.find((r) => r.available)?.perEntity[e]?.support ?? 0;
  const rows = entities.map((e) => [e, support(e), ...results.map((r) => cell(r, e))]);
  const ov = (r, k) => (r.available ? `${num(r[k].precision, 2)} / ${num(r[k].recall, 2)} / ${num(r[k].f1, 2)}` : 'did not run');
  rows.push(['overall, all labelled entities', results.find((r) => r.available)?.overall.support ?? 0, ...results.map((r) => ov(r, 'overall'))]);
  rows.push(['overall, entities the tool has', '', ...results.map((r) => (r.available ? `${ov(r, 'overallCovered')} (${r.overallCovered.support} labels)` : 'did not run'))]);
  rows.push(['false positives / MB of clean text', '', ...results.map((r) => (r.available ? num(r.clean.perMB, 1) : 'did not run'))]);
  rows.push(['false positives / 100 KB', '', ...results.map((r) => (r.available ? num(r.clean.per100KB, 2) : 'did not run'))]);
  rows.push(['findings of other types (not scored)', '', ...results.map((r) => (r.available ? String(r.otherFindings) : ''))]);
  rows.push(['seconds (whole run)', '', ...results.map((r) => (r.available ? num(r.seconds.total, 1) : ''))]);
  return { header, rows };
}

function printSecrets(s) {
  console.log(`\n== Secrets: ${s.documents} generated files (${s.labels} labels, ${s.providerFormats} provider formats in .env, YAML, JSON, JS, Python, Go, Java, shell, TOML, XML, notebooks)`);
  console.log(table(ENTITY_HEADER, entityRowsOf(s.perEntity, s.overall)));
  console.log(`provider formats: recall ${num(s.provider.recall)} (${s.provider.tp}/${s.provider.support}), ${s.provider.byExpectedRule} found by the expected rule`);
  const weak = Object.entries(s.byType).filter(([, x]) => x.recall < 1).sort((a, b) => a[1].recall - b[1].recall);
  if (weak.length) console.log(`types under 1.0 recall: ${weak.map(([k, x]) => `${k} ${num(x.recall, 2)} (${x.support})`).join(', ')}`);
  for (const m of s.missed.slice(0, 10)) console.log(`  missed ${m}`);
  console.log(`code without secrets: ${s.code.falsePositives} false positives in ${s.code.files} node_modules files, ${(s.code.bytes / 1e6).toFixed(1)} MB = ${num(s.code.perMB, 2)} per MB (${s.code.testValues} test values reported as such)`);
  for (const r of s.code.byRule.slice(0, 10)) console.log(`  ${String(r.count).padStart(4)}  ${r.rule}  e.g. ${r.examples[0]}`);
}

// --- main ----------------------------------------------------------------------------------------

async function main() {
  const { docs: generated, clean } = loadCorpus();
  const fixtures = loadFixtures(here('./fixtures/')).map((d) => ({ ...d, source: 'fixtures' }));
  const docs = [...generated, ...fixtures];
  const labelBytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
  const cleanBytes = clean.reduce((a, f) => a + Buffer.byteLength(f.text), 0);
  const labelCount = docs.reduce((a, d) => a + d.spans.length, 0);
  console.log(`corpus: ${generated.length} generated documents + ${fixtures.length} fixtures (${(labelBytes / 1e3).toFixed(0)} KB, ${labelCount} labels); ${clean.length} PII-free texts (${(cleanBytes / 1e3).toFixed(0)} KB)`);
  console.log(`matching: same entity and the prediction covers >= ${MIN_OVERLAP * 100}% of the label (or the exact span); one-to-one\n`);

  const tools = [['Discret', discret]];
  if (!flag('--no-peers')) tools.push(...Object.entries(PEERS));
  const results = [];
  let ours = null;  // the Discret tool, kept for the secrets section
  for (const [name, make] of tools) {
    let r;
    try {
      const tool = await make();
      if (name === 'Discret') ours = tool;
      r = await evaluate(tool, docs, clean);
    } catch (err) {
      if (name === 'Discret') throw err;
      r = { name, available: false, error: String(err?.message ?? err).split('\n')[0] };
    }
    results.push(r);
    if (!r.available) console.log(`${name}: did not run: ${r.error}\n`);
    else console.log(`${r.name} ${r.version}: done in ${r.seconds.total.toFixed(1)} s`);
  }

  const d = results[0];
  if (!flag('--no-secrets')) {
    const code = codeFiles(fileURLToPath(new URL('..', import.meta.url)), DEFAULT_CODE_BYTES);
    d.secrets = await evaluateSecrets(ours, loadSecretDocuments(), code, chunks);
    printSecrets(d.secrets);
  }
  console.log(`\n== Discret, per entity (minScore 0.5)\n${table(ENTITY_HEADER, entityRows(d))}`);
  console.log(`\nby source: ${Object.entries(d.bySource).map(([k, o]) => `${k} P ${num(o.precision)} R ${num(o.recall)} F1 ${num(o.f1)}`).join('; ')}`);
  console.log(`by language: ${Object.entries(d.byLang).map(([k, o]) => `${k} F1 ${num(o.f1)}`).join(', ')}`);
  const t = d.testValues;
  console.log(`test values (example.com...): ${t.support} labels, ${t.detected} found, ${t.flaggedTest} of them flagged test: true`);
  const weak = Object.entries(d.byFormat).filter(([, x]) => x.recall < 0.97).sort((a, b) => a[1].recall - b[1].recall);
  if (weak.length) console.log(`formats under 0.97 recall: ${weak.map(([k, x]) => `${k} ${num(x.recall, 2)} (${x.support})`).join(', ')}`);
  if (d.perEntityBySource.fixtures) {
    console.log('\n== Discret on the hand-written fixtures alone');
    console.log(table(ENTITY_HEADER, entityRowsOf(d.perEntityBySource.fixtures)));
  }
  console.log(`\nPII-free text: ${d.clean.falsePositives} false positives in ${(d.clean.bytes / 1e3).toFixed(0)} KB = ${num(d.clean.perMB, 1)} per MB, ${num(d.clean.per100KB, 2)} per 100 KB`);
  for (const r of d.clean.byRule.slice(0, 10)) console.log(`  ${String(r.count).padStart(4)}  ${r.rule}  e.g. ${r.examples[0]}`);

  const targets = checkTargets(d);
  console.log('\n== Targets (Discret)');
  for (const x of targets) console.log(`${x.pass ? 'PASS' : 'FAIL'}  ${x.target}: ${num(x.value)}`);

  const entities = [...new Set([...docs.flatMap((x) => x.spans.map((s) => s.entity)), ...Object.keys(d.perEntity)])].sort(byOrder);
  const sbs = sideBySide(results, entities);
  console.log(`\n== Side by side (precision / recall / F1; — = the tool has no such entity)\n${table(sbs.header, sbs.rows, sbs.header.map((_, i) => (i ? 'r' : 'l')))}`);
  for (const r of results) for (const n of r.notes ?? []) console.log(`note (${r.name}): ${n}`);

  const command = `npm run eval${args.length ? ' -- ' + args.join(' ') : ''}`;
  const date = new Date().toISOString();
  const out = {
    date, command, node: process.version,
    corpus: { generated: generated.length, fixtures: fixtures.length, labels: labelCount, labelledBytes: labelBytes, cleanFiles: clean.length, cleanBytes },
    matching: { rule: 'same entity; prediction covers >= minOverlap of the label, or exact; one-to-one, best pairs first', minOverlap: MIN_OVERLAP },
    targets: { definition: TARGETS, formatEntities: FORMAT_ENTITIES, discret: targets },
    tools: results,
  };
  mkdirSync(here('./out/'), { recursive: true });
  writeFileSync(here('./out/results.json'), JSON.stringify(out, null, 2) + '\n');
  console.log('\nwrote eval/out/results.json');

  if (flag('--doc')) {
    writeFileSync(here('../docs/accuracy.md'), accuracyDoc({ out, d, targets, sbs, results, command }));
    console.log('wrote docs/accuracy.md');
  }
  if (flag('--strict') && targets.some((x) => !x.pass)) process.exitCode = 1;
}

function secretsDoc(s) {
  const weak = Object.entries(s.byType).filter(([, x]) => x.recall < 1).sort((a, b) => a[1].recall - b[1].recall);
  return `## Secrets

${s.documents} generated files (eval/lib/secrets.js, made at each run and not shipped, so that the repository holds no
token-shaped strings beyond the rules' own examples): every provider format (${s.providerFormats}) in four kinds of file among
.env, YAML, JSON, JS, Python, Go, Java, shell, TOML, XML and Jupyter notebooks, next to the variable name a developer
would use; and private keys (PEM, escaped one-line PEM, age), passwords (assignments, connection strings, HTTP Basic,
curl -u), bearer tokens, JWTs and generic high-entropy secrets. ${s.labels} labels. Only SECRET, PASSWORD and
PRIVATE_KEY findings count in this section.

${markdown(ENTITY_HEADER, entityRowsOf(s.perEntity, s.overall))}

Provider formats: recall ${num(s.provider.recall)} (${s.provider.tp} of ${s.provider.support}; ${s.provider.byExpectedRule} found by the rule written for them).
${weak.length ? `Value types under 1.0 recall: ${weak.map(([k, x]) => `\`${k}\` ${num(x.recall, 2)} (${x.support})`).join(', ')}.` : 'Every value type is found every time.'}

False positives on code without secrets: ${s.code.falsePositives} in ${s.code.files} files of node_modules (${(s.code.bytes / 1e6).toFixed(1)} MB, sources, minified
bundles, JSON, Markdown, in path order) = ${num(s.code.perMB, 2)} per MB; ${s.code.testValues} documented test values were reported as such.
${s.code.byRule.length ? '\n' + markdown(['rule', 'false positives', 'example'], s.code.byRule.slice(0, 10).map((r) => [r.rule, r.count, '`' + r.examples[0].replace(/`/g, "'").replace(/\|/g, '\\|') + '`'])) + '\n' : ''}
`;
}

function accuracyDoc({ out, d, targets, sbs, results, command }) {
  const c = out.corpus;
  const peers = results.slice(1);
  return `# Accuracy

Measured by \`${command}\` on ${out.date.slice(0, 10)} (${out.date}), node ${out.node}, ${availableParallelism()} cores. Every figure below
comes from that run; \`eval/out/results.json\` has the same and more (per-format recall, missed and spurious examples).
How the corpus is built and how to read the figures: [eval/README.md](../eval/README.md).

Corpus: ${c.generated} generated documents (letters, support tickets, CSV, JSON, code comments, logs in en, fr, de, es, it)
and ${c.fixtures} hand-written fixtures, ${c.labels} labelled values in ${(c.labelledBytes / 1e3).toFixed(0)} KB; ${c.cleanFiles} PII-free texts of ${(c.cleanBytes / 1e3).toFixed(0)} KB
(prose, code, configuration, logs, tables) for false positives.

Matching: a finding is a true positive when it has the label's entity and covers at least ${out.matching.minOverlap * 100}% of the labelled
span (an exact span always counts); labels and findings pair one-to-one. Precision = TP / (TP + FP), recall = TP / (TP + FN).
KB and MB are 10^3 and 10^6 bytes of UTF-8.

## Discret (minScore 0.5)

${markdown(ENTITY_HEADER, entityRows(d))}

Test values (example.com e-mails): ${d.testValues.support} labels, ${d.testValues.detected} found, ${d.testValues.flaggedTest} of them reported with \`test: true\`.

### On the hand-written fixtures alone

The generated documents draw names and street types from faker's lists, and so do the PERSON lexicons and several
ADDRESS rules: on those documents the figures above are optimistic. The ${c.fixtures} fixtures (eval/fixtures) were written by
hand with names, addresses and layouts that come from neither, so this table is the fairer estimate for real text
(its supports are small: read one miss as several points of recall).

${d.perEntityBySource.fixtures ? markdown(ENTITY_HEADER, entityRowsOf(d.perEntityBySource.fixtures)) : 'No fixtures.'}

PII-free text: ${d.clean.falsePositives} false positives in ${(d.clean.bytes / 1e3).toFixed(0)} KB, ${num(d.clean.perMB, 1)} per MB (${num(d.clean.per100KB, 2)} per 100 KB).

${d.clean.byRule.length ? markdown(['rule (entity)', 'false positives', 'example'], d.clean.byRule.slice(0, 10).map((r) => [r.rule, r.count, '`' + r.examples[0].replace(/`/g, "'").replace(/\|/g, '\\|') + '`'])) : ''}

### Targets

${markdown(['target', 'value', ''], targets.map((x) => [x.target, num(x.value), x.pass ? 'PASS' : 'FAIL']))}

${d.secrets ? secretsDoc(d.secrets) : ''}
## Side by side with npm peers

Same documents, same matching. A dash means the tool has no such entity: its recall there is not counted in
"entities the tool has", but is in "all labelled entities". Peer findings of types that have no counterpart in our
vocabulary (order numbers, ZIP codes, plain digits...) are left out of the scores and counted in the last rows.

${peers.length ? markdown(sbs.header, sbs.rows) : 'Not run (`--no-peers`).'}

${peers.map((r) => `- **${r.name}**${r.available ? ` ${r.version}` : ''}: ${r.available ? `entities mapped: ${r.entities.join(', ')}.` : `did not run: ${r.error}.`}${(r.notes ?? []).map((n) => ` ${n[0].toUpperCase() + n.slice(1)}.`).join('')}`).join('\n')}

The type mappings are in \`eval/lib/tools.js\` (\`mapOpenRedaction\`, \`RP_MAP\`, \`AJ_MAP\`) and listed in eval/README.md.
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err.stack ?? String(err));
    process.exitCode = 2;
  });
}
