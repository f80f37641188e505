// The privacy report (wasm/report.js): counts, row shares and column classification, masking,
// Markdown for a dataset card, SARIF 2.1.0. Events are written by hand, as scanFile will emit them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createReport, report, toMarkdown, toSarif, maskValue, entityGroup, percent, DISCRET_VERSION, ENTITY_GROUPS,
  findSpecialCategoryWords,
} from '../../wasm/report.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Events of one table: `cells(row)` lists the [field, entity, text] findings of each data row.
function* table(file, rows, cells, { format = 'csv', test = () => false } = {}) {
  yield { type: 'file', file, format, bytes: rows * 40 };
  for (let row = 1; row <= rows; row++) {
    for (const [field, entity, text, ruleId] of cells(row)) {
      yield { type: 'finding', file, line: row + 1, column: 1, row, field, entity, ruleId: ruleId ?? entity.toLowerCase(),
        country: null, score: 0.9, test: test(row, field), kind: null, text };
    }
  }
  yield { type: 'end', file, rows };
}

const feed = (builder, ...iterables) => { for (const it of iterables) for (const e of it) builder.add(e); return builder; };

test('counts per file and entity; test values are counted apart and do not make a file "with findings"', () => {
  const b = createReport();
  feed(b, table('users.csv', 4, (r) => [['email', 'EMAIL', `user${r}@mail${r}.fr`], ['phone', 'PHONE', `+33 6 12 34 56 0${r}`]]));
  feed(b, [
    { type: 'file', file: 'docs/readme.md', format: 'text', bytes: 99 },
    { type: 'finding', file: 'docs/readme.md', line: 3, column: 7, entity: 'EMAIL', ruleId: 'email', test: true, text: 'jane@example.com' },
    { type: 'progress', bytesDone: 10 },
    { type: 'end', file: 'docs/readme.md' },
  ]);
  const r = b.result();
  assert.equal(r.version, 1);
  assert.deepEqual(r.tool, { name: 'discret', version: DISCRET_VERSION });
  assert.equal(r.summary.files, 2);
  assert.equal(r.summary.filesWithFindings, 1);
  assert.equal(r.summary.findings, 8);
  assert.equal(r.summary.testValues, 1);
  assert.equal(r.summary.bytes, 4 * 40 + 99);
  assert.deepEqual(r.summary.byEntity, { EMAIL: 4, PHONE: 4 });
  const readme = r.files.find((f) => f.file === 'docs/readme.md');
  assert.deepEqual([readme.findings, readme.testValues, readme.byEntity, readme.examples], [0, 1, {}, {}]);
  const users = r.files.find((f) => f.file === 'users.csv');
  assert.deepEqual([users.rows, users.rowsAffected, users.shareOfRowsAffected], [4, 4, 1]);
  assert.deepEqual(users.rules.email, { entity: 'EMAIL', count: 4, first: { line: 2, column: 1, row: 1, field: 'email' } });
  assert.deepEqual(r.files.map((f) => f.file), ['docs/readme.md', 'users.csv'], 'sorted by path');
  assert.deepEqual(JSON.parse(JSON.stringify(r)), r, 'plain JSON');
});

test('GDPR groups: direct and indirect identifiers, secrets; unknown entities are indirect', () => {
  assert.equal(entityGroup('EMAIL'), 'directIdentifiers');
  assert.equal(entityGroup('DATE_OF_BIRTH'), 'indirectIdentifiers');
  assert.equal(entityGroup('PRIVATE_KEY'), 'secrets');
  assert.equal(entityGroup('SOMETHING_NEW'), 'indirectIdentifiers');
  const all = [...ENTITY_GROUPS.directIdentifiers, ...ENTITY_GROUPS.indirectIdentifiers, ...ENTITY_GROUPS.secrets];
  assert.equal(new Set(all).size, all.length, 'each entity in one group');
  const b = createReport();
  feed(b, table('t.csv', 2, (r) => [['a', 'EMAIL', 'x@y.org'], ['b', 'DATE_OF_BIRTH', '1980-01-0' + r], ['c', 'PASSWORD', 'hunter2hunter2'], ['d', 'HEALTH_ID', '1234567890']]));
  const g = b.result().summary.gdpr;
  assert.deepEqual(g.directIdentifiers, { EMAIL: 2, HEALTH_ID: 2 });
  assert.deepEqual(g.indirectIdentifiers, { DATE_OF_BIRTH: 2 });
  assert.deepEqual(g.secrets, { PASSWORD: 2 });
  assert.match(g.reviewNeeded[0], /^Secrets \(PASSWORD 2\) in 1 file/);
  assert.match(g.reviewNeeded[1], /^Direct identifiers \(EMAIL 2, HEALTH_ID 2\)/);
  assert.match(g.reviewNeeded[2], /^Indirect identifiers \(DATE_OF_BIRTH 2\)/);
  assert.ok(g.reviewNeeded.some((s) => s.includes('HEALTH_ID') && s.includes('Art. 9')));
});

test('a column is classified when at least 50% of the data rows have the entity in it', () => {
  const b = createReport();
  feed(b, table('people.csv', 100, (r) => [
    ...(r <= 50 ? [['half', 'EMAIL', `p${r}@mail.org`], ['half', 'EMAIL', `second${r}@mail.org`]] : []),  // two in one cell: one row
    ...(r <= 49 ? [['almost', 'EMAIL', `q${r}@mail.org`]] : []),
    ...(r <= 98 ? [['mixed', 'PHONE', '+44 20 7946 0958']] : []),
    ...(r <= 3 ? [['mixed', 'EMAIL', `m${r}@mail.org`]] : []),
  ]));
  const file = b.result().files[0];
  const col = Object.fromEntries(file.columns.map((c) => [c.name, c]));
  assert.deepEqual([col.half.classification, col.half.rowsWithFinding, col.half.share, col.half.findings], ['EMAIL', 50, 0.5, 100]);
  assert.equal(col.half.label, 'column `half`: 50% EMAIL');
  assert.deepEqual([col.almost.classification, col.almost.share], [null, 0.49]);
  assert.equal(col.almost.label, 'column `almost`: 49% EMAIL');
  assert.equal(col.mixed.classification, 'PHONE');
  assert.equal(col.mixed.label, 'column `mixed`: 98% PHONE');
  assert.deepEqual(col.mixed.rowsByEntity, { PHONE: 98, EMAIL: 3 });
  assert.deepEqual(col.mixed.examples.PHONE, ['+** ** **** **58']);
  assert.equal(file.rowsAffected, 98);
  assert.equal(file.shareOfRowsAffected, 0.98);
  assert.equal(file.approximate, undefined);
  assert.deepEqual(file.columns.map((c) => c.name), ['mixed', 'half', 'almost'], 'most findings first');
  const strict = createReport({ classifyThreshold: 0.6 });
  feed(strict, table('people.csv', 10, (r) => (r <= 5 ? [['a', 'EMAIL', 'a@b.org']] : [])));
  assert.equal(strict.result().files[0].columns[0].classification, null);
});

test('rows: counted once however many findings, exact out of order within the window, flagged beyond it', () => {
  const events = (rows) => [
    { type: 'file', file: 'x.csv', format: 'csv', bytes: 1 },
    ...rows.map((row) => ({ type: 'finding', file: 'x.csv', line: row + 1, column: 1, row, field: 'f', entity: 'EMAIL', ruleId: 'email', test: false, text: 'a@b.org' })),
    { type: 'end', file: 'x.csv', rows: 1000 },
  ];
  const shuffled = [5, 3, 9, 3, 1, 5, 9, 2, 2, 7];
  const exact = feed(createReport({ rowWindow: 4 }), events(shuffled)).result().files[0];
  assert.deepEqual([exact.rowsAffected, exact.columns[0].rowsWithFinding, exact.approximate], [6, 6, undefined]);

  const ascending = Array.from({ length: 500 }, (_, i) => i + 1);
  const late = [...ascending, 3];  // row 3 again, long after it left a window of 4 rows
  const approx = feed(createReport({ rowWindow: 4 }), events(late)).result().files[0];
  assert.equal(approx.approximate, true);
  assert.equal(approx.rowsAffected, 501, 'counted as new: at most slightly high');
  assert.ok(approx.shareOfRowsAffected <= 1);
  assert.ok(approx.columns[0].share <= 1);
  assert.ok(feed(createReport({ rowWindow: 4 }), events(late)).result().summary.gdpr.reviewNeeded.some((s) => /approximate/.test(s)));
  const wide = feed(createReport(), events(late)).result().files[0];
  assert.deepEqual([wide.rowsAffected, wide.approximate], [500, undefined], 'the default window keeps it exact');
});

test('JSON and JSON Lines: fields are pointers with array indexes as *, JSONL records are lines', () => {
  const b = createReport();
  feed(b, [
    { type: 'file', file: 'u.jsonl', format: 'jsonl', bytes: 300 },
    { type: 'finding', file: 'u.jsonl', line: 1, column: 12, pointer: '/user/email', entity: 'EMAIL', ruleId: 'email', test: false, text: 'a@b.org' },
    { type: 'finding', file: 'u.jsonl', line: 1, column: 40, pointer: '/user/phones/0', entity: 'PHONE', ruleId: 'phone', test: false, text: '+33612345678' },
    { type: 'finding', file: 'u.jsonl', line: 1, column: 60, pointer: '/user/phones/1', entity: 'PHONE', ruleId: 'phone', test: false, text: '+33612345679' },
    { type: 'finding', file: 'u.jsonl', line: 2, column: 12, pointer: '/user/email', entity: 'EMAIL', ruleId: 'email', test: false, text: 'c@d.org' },
    { type: 'warning', file: 'u.jsonl', line: 3, message: 'line 3 is not valid JSON' },
    { type: 'end', file: 'u.jsonl', rows: 3 },
    { type: 'file', file: 'a.json', format: 'json', bytes: 100 },
    { type: 'finding', file: 'a.json', line: 2, column: 5, pointer: '/3/name', entity: 'PERSON', ruleId: 'person', test: false, text: 'Jane Doe' },
    { type: 'end', file: 'a.json' },
  ]);
  const r = b.result();
  const jsonl = r.files.find((f) => f.file === 'u.jsonl');
  const col = Object.fromEntries(jsonl.columns.map((c) => [c.name, c]));
  assert.deepEqual(Object.keys(col).sort(), ['/user/email', '/user/phones/*']);
  assert.deepEqual([col['/user/email'].classification, col['/user/email'].label], ['EMAIL', 'column `/user/email`: 67% EMAIL']);
  assert.deepEqual([col['/user/phones/*'].findings, col['/user/phones/*'].rowsWithFinding], [2, 1]);
  assert.deepEqual([jsonl.rowsAffected, jsonl.warningCount, jsonl.warnings], [2, 1, [{ line: 3, message: 'line 3 is not valid JSON' }]]);
  const json = r.files.find((f) => f.file === 'a.json');
  assert.deepEqual([json.rows, json.columns[0].name, json.columns[0].classification, json.columns[0].label], [null, '/*/name', null, 'column `/*/name`: 1 PERSON']);
  assert.equal(r.summary.warnings, 1);
});

test('special-category words: per file and per category, most frequent words, files listed', () => {
  const b = createReport();
  const notes = ['Patient diagnosed with diabetes.', 'Diabetes, insulin.', 'Member of a trade union; Catholic.'];
  b.add({ type: 'file', file: 'notes.csv', format: 'csv', bytes: 10 });
  notes.forEach((text, i) => {
    for (const w of findSpecialCategoryWords(text)) b.add({ type: 'special', file: 'notes.csv', line: i + 2, row: i + 1, field: 'notes', ...w });
  });
  b.add({ type: 'end', file: 'notes.csv', rows: 3 });
  const r = b.result();
  const s = r.files[0].special;
  assert.deepEqual(Object.keys(s), ['health', 'religion', 'trade-union']);
  assert.deepEqual(s.health.words, [{ word: 'diabetes', count: 2 }, { word: 'diagnosed with', count: 1 }, { word: 'insulin', count: 1 }]);
  assert.deepEqual([s.health.count, s.health.fields, s.health.first], [4, ['notes'], { line: 2, row: 1, field: 'notes' }]);
  const g = r.summary.gdpr.specialCategories;
  assert.deepEqual(g.health, { count: 4, words: ['diabetes', 'diagnosed with', 'insulin'], languages: ['en'], files: ['notes.csv'], fileCount: 1 });
  assert.deepEqual(Object.keys(g), ['health', 'religion', 'trade-union']);
  assert.equal(r.summary.filesWithSpecialWords, 1);
  assert.equal(r.summary.filesWithFindings, 0, 'special words are not findings');
  assert.ok(r.summary.gdpr.reviewNeeded.some((x) => x.startsWith('Words suggesting data concerning health (GDPR Art. 9: diabetes')));
});

test('skipped files are listed apart; warnings about unknown files are kept', () => {
  const b = createReport({ maxSkipped: 1 });
  b.add({ type: 'file', file: 'img.png', format: 'text', bytes: 5 });
  b.add({ type: 'skipped', file: 'img.png', reason: 'binary' });
  b.add({ type: 'skipped', file: 'b.bin', reason: 'binary' });
  b.add({ type: 'warning', file: 'broken.zip', message: 'truncated archive' });
  const r = b.result();
  assert.deepEqual([r.summary.files, r.summary.skipped, r.skipped], [0, 2, [{ file: 'img.png', reason: 'binary' }]]);
  assert.deepEqual(r.warnings, [{ file: 'broken.zip', message: 'truncated archive' }]);
  assert.equal(r.summary.warnings, 1);
  assert.throws(() => b.add({ type: 'finding', entity: 'EMAIL', text: 'x' }), TypeError);
  assert.throws(() => b.add({ type: 'finding', file: 'a', text: 'x' }), TypeError);
  assert.throws(() => createReport({ classifyThreshold: 0 }), RangeError);
  assert.throws(() => createReport({ maxSarifResults: -1 }), RangeError);
});

// Letters and digits of `masked` that are not mask characters.
const visible = (masked) => [...masked.replace(/[*…]/g, '')].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
const letters = (s) => [...s].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;

test('masking: at most a third of the letters and digits visible, never the value, per-entity shapes', () => {
  const values = {
    EMAIL: ['jean.dupont@example.fr', 'a@b.fr', 'x.y.z@sub.domain.co.uk'],
    PHONE: ['+33 6 12 34 56 78', '0612345678', '(555) 010-9999'],
    PERSON: ['Jean-Pierre Dupont', 'Jo Li', 'Élodie Martin'],
    NATIONAL_ID: ['1 84 12 75 123 456 78', '123-45-6789'],
    TAX_ID: ['DE123456789'], PASSPORT: ['12AB34567'], DRIVER_LICENSE: ['DUPON753116JD9AB'], HEALTH_ID: ['1234567890A'],
    IBAN: ['FR76 3000 6000 0112 3456 7890 189', 'DE89370400440532013000'],
    CREDIT_CARD: ['4111 1111 1111 1111', '5500-0000-0000-0004'],
    IP_ADDRESS: ['81.2.69.160', '10.0.0.1', '2a00:1450:4007:80e::200e'],
    MAC_ADDRESS: ['00:1A:2B:3C:4D:5E'],
    GPS_COORDINATES: ['48.8566, 2.3522', '-33.8688,151.2093'],
    URL: ['https://example.org/users/jane', 'http://a.io'],
    USERNAME: ['jdupont', 'ab'],
    CRYPTO_WALLET: ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    DATE_OF_BIRTH: ['1984-03-12', '12/03/1984'],
    ADDRESS: ['12 rue de la Paix, 75002 Paris'],
    BIC: ['BNPAFRPPXXX'],
    SECRET: ['ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'sk_live_51H8abcdefghijklmnopqrstu', 'AKIAIOSFODNN7EXAMPLE', 'xoxb-1234-5678-abcdefgh', 'plainsecretvalue1234'],
    PASSWORD: ['ghp_looksliketoken1234', 'hunter2hunter2'],
    PRIVATE_KEY: ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x8kq3fV0p9d2nQm5Xb2yRkL\n-----END RSA PRIVATE KEY-----'],
    OTHER: ['something personal'],
  };
  for (const [entity, list] of Object.entries(values)) {
    for (const value of list) {
      const masked = maskValue(entity, value);
      assert.notEqual(masked, value, `${entity} ${value}`);
      assert.ok(!masked.includes(value), `${entity} ${value} -> ${masked}`);
      if (entity !== 'PRIVATE_KEY') assert.ok(visible(masked) <= Math.floor(letters(value) / 3), `${entity} ${value} -> ${masked}: too much visible`);
    }
  }
  assert.equal(maskValue('EMAIL', 'jean.dupont@example.fr'), 'j***@***.fr');
  assert.equal(maskValue('EMAIL', 'a@b.fr'), 'a***@***.**');
  assert.equal(maskValue('PERSON', 'Jean-Pierre Dupont'), 'J. P. D.');
  assert.equal(maskValue('PERSON', 'Jo Li'), 'J. *.');
  assert.equal(maskValue('CREDIT_CARD', '4111 1111 1111 1111'), '**** **** **** 1111');
  assert.equal(maskValue('IBAN', 'DE89370400440532013000'), '******************3000');
  assert.equal(maskValue('IP_ADDRESS', '81.2.69.160'), '81.*.*.*');
  assert.equal(maskValue('GPS_COORDINATES', '48.8566, 2.3522'), '48.*, 2.*');
  assert.equal(maskValue('DATE_OF_BIRTH', '1984-03-12'), '****-**-**');
  assert.equal(maskValue('SECRET', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'), 'ghp_…');
  assert.equal(maskValue('SECRET', 'sk_live_51H8abcdefghijklmnopqrstu'), 'sk_l…');
  assert.equal(maskValue('SECRET', 'plainsecretvalue1234'), '****');
  assert.equal(maskValue('PASSWORD', 'ghp_looksliketoken1234'), '****');
  assert.equal(maskValue('PRIVATE_KEY', values.PRIVATE_KEY[0]), '-----BEGIN RSA PRIVATE KEY-----…');
  assert.equal(maskValue('SECRET', 'ghp_short0123456'), maskValue('SECRET', `ghp_${'x'.repeat(60)}`), 'no length hint');
});

test('reports never carry raw values unless showValues', () => {
  const raw = ['jean.dupont@example.fr', '4111 1111 1111 1111', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'Jean Dupont'];
  const events = [...table('t.csv', 3, () => [['mail', 'EMAIL', raw[0]], ['card', 'CREDIT_CARD', raw[1]], ['token', 'SECRET', raw[2]], ['name', 'PERSON', raw[3]]])];
  const masked = feed(createReport({ sarif: true }), events);
  const outputs = [JSON.stringify(masked.result()), toMarkdown(masked.result()), JSON.stringify(toSarif(masked))];
  for (const out of outputs) for (const value of raw) assert.ok(!out.includes(value), `${value} leaked`);
  const shown = feed(createReport({ sarif: true, showValues: true }), events);
  assert.deepEqual(shown.result().files[0].examples.EMAIL, [raw[0]]);
  assert.ok(JSON.stringify(toSarif(shown)).includes(raw[2]));
  assert.equal(shown.result().valuesMasked, false);
  assert.match(toMarkdown(shown.result()), /shown unmasked/);
});

test('at most maxExamples distinct examples per entity, however many findings', () => {
  const b = createReport();
  feed(b, table('big.csv', 20000, (r) => [['email', 'EMAIL', `${String.fromCharCode(97 + (r % 26))}${r}@host${r % 7}.org`]]));
  const f = b.result().files[0];
  assert.deepEqual([f.findings, f.examples.EMAIL.length, f.columns[0].examples.EMAIL.length], [20000, 3, 3]);
  assert.equal(new Set(f.examples.EMAIL).size, 3);
  assert.ok(JSON.stringify(b.result()).length < 5000, 'the result does not grow with the findings');
});

test('report() consumes async iterables', async () => {
  async function* events() { yield* table('a.csv', 2, () => [['e', 'EMAIL', 'a@b.org']]); }
  const r = await report(events(), { maxExamples: 1 });
  assert.deepEqual([r.summary.findings, r.files[0].columns[0].classification], [2, 'EMAIL']);
  assert.deepEqual((await report([])).summary.files, 0);
});

function sampleBuilder(options) {
  const b = createReport(options);
  feed(b, table('data/users.csv', 4, (r) => [
    ['email', 'EMAIL', `jean${r}@mail.fr`],
    ...(r === 1 ? [['notes', 'PHONE', '+33 6 12 34 56 78']] : []),
    ...(r === 2 ? [['api|key', 'SECRET', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'github-pat']] : []),
  ]));
  feed(b, [
    { type: 'special', file: 'data/users.csv', line: 3, row: 2, field: 'notes', category: 'health', language: 'en', word: 'diabetes' },
    { type: 'file', file: 'archive.zip!/logs/app.log', format: 'text', bytes: 50 },
    { type: 'finding', file: 'archive.zip!/logs/app.log', line: 7, column: 3, entity: 'IP_ADDRESS', ruleId: 'ipv4', test: false, text: '81.2.69.160' },
    { type: 'end', file: 'archive.zip!/logs/app.log' },
    { type: 'file', file: 'clean.txt', format: 'text', bytes: 5 },
    { type: 'end', file: 'clean.txt' },
  ]);
  return b;
}

test('Markdown for a dataset card: summary, groups, a table per file, special categories for human review, provenance', () => {
  const md = toMarkdown(sampleBuilder().result(), { rules: 123 });
  const lines = md.split('\n');
  assert.equal(lines[0], '## Personal and Sensitive Information');
  assert.match(lines[2], /^Discret scanned 3 files \(215 bytes\) and found 7 values of personal data or secrets in 2 files, mostly EMAIL \(4\)/);
  for (const row of [
    '| direct identifier | EMAIL | 4 | 1 |',
    '| secret | SECRET | 1 | 1 |',
    '| health (data concerning health) | 1 | diabetes | `data/users.csv` |',
    '| `email` (EMAIL) | EMAIL | 4 | 100% | `j***@***.fr` |',
    '| `notes` | PHONE | 1 | 25% | `+** * ** ** ** 78` |',
    '| `api\\|key` | SECRET | 1 | 25% | `ghp_…` |',
    '| — | IP_ADDRESS | 1 | — | `81.*.*.*` |',
    '#### `data/users.csv`',
    'csv, 4 rows, 4 (100%) with personal data.',
    '- For human review: 1 word suggesting data concerning health (diabetes) in `notes`.',
    '1 other file scanned without findings.',
  ]) assert.ok(lines.includes(row), `missing: ${row}\n${md}`);
  assert.ok(md.includes('Flagged **for human review**'));
  assert.match(md, /Produced by Discret 0\.1\.0 with 123 detection rules, run locally/);
  assert.ok(lines.indexOf('#### `data/users.csv`') < lines.indexOf('#### `archive.zip!/logs/app.log`'), 'most findings first');
  assert.equal(toMarkdown(sampleBuilder().result(), { rules: 123 }), md, 'deterministic');
  assert.match(toMarkdown(createReport().result()), /found no personal data, secrets or words suggesting special categories/);
  assert.equal(toMarkdown(sampleBuilder().result(), { heading: 'Personal information', level: 3 }).split('\n')[0], '### Personal information');
  const capped = toMarkdown(sampleBuilder().result(), { maxFiles: 1 });
  assert.ok(capped.includes('And 1 more file with findings: see the JSON report.'));
});

// The parts of SARIF 2.1.0 that consumers rely on, checked by hand (no schema validator offline).
function checkSarif(log) {
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'discret');
  const ids = run.tool.driver.rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const rule of run.tool.driver.rules) {
    assert.equal(typeof rule.shortDescription.text, 'string');
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
  }
  for (const r of run.results) {
    assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId, 'ruleIndex points at ruleId');
    assert.ok(['error', 'warning', 'note'].includes(r.level));
    assert.ok(r.message.text.length > 0);
    assert.equal(r.locations.length, 1);
    const p = r.locations[0].physicalLocation;
    assert.equal(typeof p.artifactLocation.uri, 'string');
    assert.ok(!p.artifactLocation.uri.includes('!/'), 'archives are the artifact, members are named in the message');
    if (p.region) {
      assert.ok(Number.isInteger(p.region.startLine) && p.region.startLine >= 1);
      if (p.region.startColumn !== undefined) assert.ok(p.region.startColumn >= 1);
    }
  }
  return run;
}

test('SARIF: one result per finding with levels by group, table cells as logical locations, archive members named', () => {
  const run = checkSarif(toSarif(sampleBuilder({ sarif: true })));
  const byRule = (id) => run.results.filter((r) => r.ruleId === id);
  assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['email', 'github-pat', 'ipv4', 'phone', 'special-category/health']);
  assert.deepEqual(run.tool.driver.rules[0].shortDescription, { text: 'EMAIL (direct identifier)' });
  assert.deepEqual(run.results.map((r) => r.level), ['error', 'warning', 'warning', 'warning', 'warning', 'warning', 'note', 'note']);
  const [secret] = byRule('github-pat');
  assert.equal(secret.message.text, 'SECRET (secret): ghp_… (row 2, column `api|key`)');
  assert.deepEqual(secret.locations[0].physicalLocation, { artifactLocation: { uri: 'data/users.csv' }, region: { startLine: 3, startColumn: 1 } });
  assert.deepEqual(secret.locations[0].logicalLocations, [{ name: 'api|key', fullyQualifiedName: 'row 2/api|key', kind: 'element' }]);
  const [ip] = byRule('ipv4');
  assert.deepEqual(ip.locations[0].physicalLocation, { artifactLocation: { uri: 'archive.zip' } });
  assert.equal(ip.message.text, 'IP_ADDRESS (indirect identifier): 81.*.*.* (in logs/app.log, line 7)');
  assert.equal(byRule('special-category/health')[0].message.text.includes('diabetes'), true);
  assert.deepEqual(run.properties, { droppedResults: 0, maxResults: 5000, perFinding: true });
  assert.equal(run.invocations, undefined);
});

test('SARIF: at most maxSarifResults, the most severe kept, and the number left out said', () => {
  const b = createReport({ sarif: true, maxSarifResults: 5 });
  feed(b, table('t.csv', 10, (r) => [['ip', 'IP_ADDRESS', '81.2.69.160'], ...(r > 8 ? [['key', 'PRIVATE_KEY', '-----BEGIN EC PRIVATE KEY-----x']] : [])]));
  const r = b.result();
  assert.equal(r.sarif.results.length, 5);
  assert.equal(r.sarif.dropped, 7);
  const run = checkSarif(toSarif(r));
  assert.equal(run.results.length, 5);
  assert.deepEqual(run.results.map((x) => x.level), ['error', 'error', 'note', 'note', 'note'], 'the two keys found last are kept');
  assert.equal(run.properties.droppedResults, 7);
  assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /^7 results left out: at most 5/);
  assert.equal(checkSarif(toSarif(r, { maxResults: 2 })).results.length, 2);
  assert.equal(toSarif(r, { maxResults: 2 }).runs[0].properties.droppedResults, 10);
});

test('SARIF from a report built without sarif: one result per file and rule, at the first occurrence', () => {
  const run = checkSarif(toSarif(sampleBuilder().result(), { informationUri: 'https://example.org/discret' }));
  assert.equal(run.tool.driver.informationUri, 'https://example.org/discret');
  assert.equal(run.properties.perFinding, false);
  const email = run.results.find((r) => r.ruleId === 'email');
  assert.equal(email.message.text, 'EMAIL (direct identifier): 4 values in this file, e.g. j***@***.fr; the first row 1, column `email`.');
  assert.deepEqual(email.locations[0].physicalLocation.region, { startLine: 2, startColumn: 1 });
  assert.equal(run.results.length, 5);
  assert.throws(() => toSarif({}), TypeError);
});

test('SARIF URIs: relative paths stay relative and are percent-encoded, absolute ones are file: URIs', () => {
  const uri = (file) => {
    const b = createReport();
    b.add({ type: 'finding', file, line: 1, column: 1, entity: 'EMAIL', ruleId: 'email', test: false, text: 'a@b.org' });
    return toSarif(b).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
  };
  assert.equal(uri('data/my file#1.csv'), 'data/my%20file%231.csv');
  assert.equal(uri('/home/me/a.csv'), 'file:///home/me/a.csv');
  assert.equal(uri('C:\\data\\a.csv'), 'file:///C:/data/a.csv');
});

test('percentages never round to 0% or 100% unless exact', () => {
  assert.deepEqual([0, 0.001, 0.29, 0.5, 0.996, 1, null].map(percent), ['0%', '<1%', '29%', '50%', '99%', '100%', '—']);
});

test('DISCRET_VERSION is the package version', () => {
  assert.equal(DISCRET_VERSION, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
});

test('the TypeScript declarations (wasm/report.d.ts) describe the API as used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'discret-report-types-'));
  try {
    const file = join(dir, 'example.mts');
    writeFileSync(file, `
import { createReport, report, toMarkdown, toSarif, maskValue, findSpecialCategoryWords, ENTITY_GROUPS,
  type ReportResult, type SarifLog, type ScanEvent, type SpecialWord } from ${JSON.stringify(join(root, 'wasm/report.js'))};
const b = createReport({ sarif: true, maxSarifResults: 10, showValues: false });
b.add({ type: 'file', file: 'a.csv', format: 'csv', bytes: 10 });
b.add({ type: 'finding', file: 'a.csv', line: 2, column: 1, row: 1, field: 'email', entity: 'EMAIL', ruleId: 'email', country: null, score: 1, test: false, kind: null, text: 'a@b.fr' });
const words: SpecialWord[] = findSpecialCategoryWords('HIV', { languages: ['en'], categories: ['health'] });
for (const w of words) b.add({ type: 'special', file: 'a.csv', line: 2, ...w });
const r: ReportResult = b.result();
const label: string | undefined = r.files[0]?.columns[0]?.label;
const share: number | null = r.files[0]?.shareOfRowsAffected ?? null;
const md: string = toMarkdown(r, { rules: 3, heading: 'PII' });
const sarif: SarifLog = toSarif(b, { maxResults: 100 });
const events: ScanEvent[] = [{ type: 'end', file: 'a.csv', rows: 1 }];
const again: ReportResult = await report(events);
console.log(label, share, md, sarif.runs[0].results[0]?.level, again.summary.gdpr.reviewNeeded, maskValue('EMAIL', 'x'), ENTITY_GROUPS.secrets);
`);
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '--strict', '--module', 'nodenext',
      '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', file], { cwd: root, encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Found while writing docs/threat-model.md: a file or column name holding a run of backticks closed the
// code span early, so the rest of the name was live Markdown in a dataset card (a link, a tracking image).
test('Markdown: file and column names stay inside their code spans, whatever backticks they hold', async () => {
  // A line without its code spans (CommonMark: a span closes on the next run of backticks of its own length).
  const outsideCode = (line) => {
    let out = '';
    for (let i = 0; i < line.length;) {
      if (line[i] !== '`') {
        out += line[i++];
        continue;
      }
      const run = /^`+/.exec(line.slice(i))[0].length;
      let close = -1;
      for (let k = i + run; k < line.length && close < 0;) {
        const r = /^`+/.exec(line.slice(k))?.[0].length ?? 0;
        if (r === run) close = k;
        k += Math.max(r, 1);
      }
      if (close < 0) out += line.slice(i, i + run);
      i = close < 0 ? i + run : close + run;
    }
    return out;
  };
  assert.equal(outsideCode('a `` x ` y `` b `c` d'), 'a  b  d');
  const file = 'a `` [click](https://evil.example) ``.csv';
  const column = 'x ``` ![t](https://tracker.example/p.png) ` y';
  const md = toMarkdown(await report(table(file, 2, () => [[column, 'EMAIL', 'ann.lee@corp.fr']])));
  assert.ok(md.includes(file) && md.includes(column), md);
  for (const line of md.split('\n')) assert.doesNotMatch(outsideCode(line), /\]\(https?:/, `live link in: ${line}`);
});
