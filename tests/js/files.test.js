// scanFile / pseudonymizeFile (discret/files): every format through one entry point, streamed in
// small windows so window boundaries are crossed; locators; round trips that leave every byte
// outside a finding unchanged; malformed input reported, never fatal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { createScanner } from 'discret';
import { fileFormat, pseudonymizeFile, pseudonymizeFiles, report, scanFile, scanFiles } from 'discret/files';
import { readArchive, writeArchive } from 'discret/formats/archive';
import { readParquetChunks } from 'discret/formats/parquet';

const enc = (s) => new TextEncoder().encode(s);
const dec = (b) => new TextDecoder().decode(b);
const FIXTURES = new URL('./fixtures/formats/', import.meta.url);
const fixture = (name) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const scanner = await createScanner();
const SMALL = { window: 4096, overlap: 1024 };

async function collect(iter) {
  const out = [];
  for await (const e of iter) out.push(e);
  return out;
}
const ofType = (events, type) => events.filter((e) => e.type === type);

function output(events) {
  return new Uint8Array(Buffer.concat(ofType(events, 'output').map((e) => e.bytes)));
}

// The input with each finding's bytes replaced by its replacement: what the copy must be, byte for byte.
function expectedCopy(input, findings) {
  const parts = [];
  let pos = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    parts.push(input.subarray(pos, f.start), enc(f.replacement));
    pos = f.end;
  }
  parts.push(input.subarray(pos));
  return Buffer.concat(parts);
}

function csv(rows) {
  let s = '\ufeffid,name,email,nhs_number,note\n';
  for (let i = 0; i < rows; i++) {
    const nhs = ['943 476 5919', '401 023 2137', '401 031 1320'][i % 3];
    s += `${i},Jane Roe,jane.roe${i}@corp.fr,${nhs},"line one\nline two, ${i}"\n`;
  }
  return enc(s);
}

test('format detection: content first, then the name', () => {
  assert.equal(fileFormat('x.bin', enc('PAR1....')), 'parquet');
  assert.equal(fileFormat('nb.ipynb', enc('{"cells": []}')), 'notebook');
  assert.equal(fileFormat('a.csv', enc('a,b\n1,2\n')), 'csv');
  assert.equal(fileFormat('noname', new Uint8Array([0, 1, 2, 3])), 'binary');
});

test('a CSV streamed in small windows gives the findings of a whole scan, with row numbers and column names', async () => {
  const bytes = csv(300);
  const whole = scanner.scanBytes(bytes).map((f) => `${f.start}-${f.end}-${f.ruleId}`).sort();
  const events = await collect(scanFile(bytes, { scanner, name: 'people.csv', ...SMALL }));
  const findings = ofType(events, 'finding');
  assert.deepEqual(findings.map((f) => `${f.start}-${f.end}-${f.ruleId}`).sort(), whole);
  assert.ok(ofType(events, 'progress').length > 5, 'several windows');
  // Every record is 2 lines (the quoted note holds a line break): the e-mail of record i is on row i + 1.
  for (const f of findings.filter((x) => x.entity === 'EMAIL')) {
    const i = Number(/jane\.roe(\d+)@/.exec(f.text)[1]);
    assert.equal(f.row, i + 1, f.text);
    assert.equal(f.field, 'email');
    assert.equal(f.line, 2 * i + 2);
    assert.equal(f.column, `${i},Jane Roe,`.length + 1);
  }
  assert.equal(findings.filter((f) => f.field === 'nhs_number' && f.entity === 'HEALTH_ID').length, 300);
  assert.deepEqual(ofType(events, 'end'), [{ type: 'end', file: 'people.csv', rows: 300, findings: findings.length }]);
});

test('JSONL: pointers per line, a malformed line is reported once with its number and still scanned', async () => {
  let s = '';
  for (let i = 0; i < 200; i++) s += i === 150 ? '{"broken": "x@corp.fr", \n' : `{"id": ${i}, "contact": {"mail": "user${i}@corp.fr"}}\n`;
  const events = await collect(scanFile(enc(s), { scanner, name: 'data.jsonl', ...SMALL }));
  const warnings = ofType(events, 'warning');
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].line, 151);
  const findings = ofType(events, 'finding');
  assert.equal(findings.length, 200);
  const broken = findings.find((f) => f.line === 151);
  assert.equal(broken.text, 'x@corp.fr');
  assert.equal(broken.pointer, null);
  assert.ok(findings.filter((f) => f.line !== 151).every((f) => f.pointer === '/contact/mail'));
});

test('round trip for text, CSV, JSON and JSONL: only the bytes of findings change, in any window size', async () => {
  const invalid = new Uint8Array([0xff, 0xfe, 0x0a]);  // invalid UTF-8 must come out as it went in
  const inputs = {
    'notes.txt': Buffer.concat([enc('Mail ann@corp.fr or call +33 6 12 34 56 78.\n'.repeat(120)), invalid, enc('last bob@corp.fr')]),
    'people.csv': csv(150),
    'doc.json': enc(JSON.stringify({ users: Array.from({ length: 80 }, (_, i) => ({ email: `u${i}@corp.fr`, ip: '8.8.4.4' })) }, null, 1)),
    'rows.jsonl': enc(Array.from({ length: 120 }, (_, i) => JSON.stringify({ i, email: `u${i}@corp.fr` })).join('\n')),
    'people.tsv': enc('name\temail\n' + Array.from({ length: 150 }, (_, i) => `Ann Lee\tann${i}@corp.fr`).join('\r\n') + '\r\n'),
    'analysis.ipynb': fixture('analysis.ipynb'),
  };
  for (const [name, bytes] of Object.entries(inputs)) {
    for (const windows of [SMALL, {}]) {
      const events = await collect(pseudonymizeFile(bytes, { scanner, name, operator: 'pseudonym', ...windows }));
      const findings = ofType(events, 'finding');
      assert.ok(findings.length > (name.endsWith('.ipynb') ? 5 : 50), `${name}: ${findings.length} findings`);
      assert.ok(findings.every((f) => f.replacement), name);
      assert.deepEqual(Buffer.from(output(events)), expectedCopy(bytes, findings), `${name}, window ${windows.window ?? 'default'}`);
    }
  }
});

test('JSON: a number replaced by text becomes a string, so the copy stays valid JSON with the same key order', async () => {
  const bytes = enc('{"z": 1, "card": 4111111111111111, "a": {"mail": "ann@corp.fr"}}');
  const events = await collect(pseudonymizeFile(bytes, { scanner, name: 'x.json', operator: 'placeholder' }));
  const copy = JSON.parse(dec(output(events)));
  assert.deepEqual(Object.keys(copy), ['z', 'card', 'a']);
  assert.equal(copy.card, '<CREDIT_CARD>');
  assert.equal(copy.a.mail, '<EMAIL>');
});

test('CSV: a replacement that would break the table is refused with the row named', async () => {
  const bytes = enc('name,email\nAnn,ann@corp.fr\n');
  await assert.rejects(collect(pseudonymizeFile(bytes, { scanner, name: 'x.csv', operator: 'mask', maskChar: ',' })),
    (e) => e.code === 'invalid_option' && /x\.csv, row 1/.test(e.message));
});

test('archives: members scanned with nested paths; the copy keeps paths, order and untouched members', async () => {
  const inner = zipSync({ 'people.csv': enc('name,email\nAnn,ann@corp.fr\n'), 'img.bin': new Uint8Array([0, 1, 2, 3, 0]) });
  const outer = writeArchive('tar.gz', [
    { path: 'readme.md', bytes: enc('No personal data here.\n') },
    { path: 'data/inner.zip', bytes: inner },
    { path: 'data/log.txt', bytes: enc('login from 8.8.4.4 by bob@corp.fr\n') },
  ]);
  const events = await collect(scanFile(outer, { scanner, name: 'bundle.tar.gz' }));
  assert.deepEqual(ofType(events, 'finding').map((f) => `${f.file} ${f.entity}`), [
    'bundle.tar.gz!/data/inner.zip!/people.csv PERSON',
    'bundle.tar.gz!/data/inner.zip!/people.csv EMAIL',
    'bundle.tar.gz!/data/log.txt IP_ADDRESS',
    'bundle.tar.gz!/data/log.txt EMAIL',
  ]);
  assert.deepEqual(ofType(events, 'skipped').map((e) => e.file), ['bundle.tar.gz!/data/inner.zip!/img.bin']);

  const copy = await collect(pseudonymizeFile(outer, { scanner, name: 'bundle.tar.gz', operator: 'placeholder' }));
  const written = readArchive(output(copy), 'tar.gz');
  assert.deepEqual(written.entries.map((e) => e.path), ['readme.md', 'data/inner.zip', 'data/log.txt']);
  assert.equal(dec(written.entries[0].bytes), 'No personal data here.\n');
  assert.equal(dec(written.entries[2].bytes), 'login from <IP_ADDRESS> by <EMAIL>\n');
  const members = readArchive(written.entries[1].bytes, 'zip').entries;
  assert.equal(dec(members.find((m) => m.path === 'people.csv').bytes), 'name,email\n<PERSON>,<EMAIL>\n');
  assert.deepEqual([...members.find((m) => m.path === 'img.bin').bytes], [0, 1, 2, 3, 0]);
});

test('a corrupt archive is a warning naming it, and the copy keeps its bytes', async () => {
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
  const events = await collect(scanFile(bytes, { scanner, name: 'broken.zip' }));
  assert.match(ofType(events, 'warning')[0].message, /zip/);
  const copy = await collect(pseudonymizeFile(bytes, { scanner, name: 'broken.zip', operator: 'redact' }));
  assert.deepEqual([...output(copy)], [...bytes]);
});

test('Parquet: row, column and row group; the copy changes only the cells with findings', async () => {
  const bytes = fixture('people.snappy.parquet');
  const events = await collect(scanFile(bytes, { scanner, name: 'people.parquet' }));
  const emails = ofType(events, 'finding').filter((f) => f.entity === 'EMAIL' && f.field === 'email');
  assert.ok(emails.length >= 2);
  assert.ok(emails.every((f) => f.row >= 1 && typeof f.rowGroup === 'number'));
  const copy = await collect(pseudonymizeFile(bytes, { scanner, name: 'people.parquet', operator: 'placeholder' }));
  const cells = async (b) => {
    const out = [];
    for await (const c of readParquetChunks(b)) out.push(...dec(c.text).split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')));
    return out;
  };
  const before = await cells(bytes), after = await cells(output(copy));
  assert.equal(after.length, before.length);
  const changed = new Set(ofType(copy, 'finding').map((f) => `${f.row - 1}/${f.field}`));
  const columns = dec((await readParquetChunks(bytes).next()).value.text).split('\n')[0].split('\t');
  before.forEach((row, r) => row.forEach((cell, c) => {
    const key = `${r}/${columns[c]}`;
    if (changed.has(key)) assert.notEqual(after[r][c], cell, key);
    else assert.equal(after[r][c], cell, key);
  }));
});

test('notebooks: findings name the cell and whether it is an output', async () => {
  const events = await collect(scanFile(fixture('analysis.ipynb'), { scanner, name: 'analysis.ipynb' }));
  const findings = ofType(events, 'finding');
  assert.equal(ofType(events, 'file')[0].format, 'notebook');
  assert.ok(findings.some((f) => f.cell?.cell === 1 && f.cell.part === 'source'));
  assert.ok(findings.some((f) => f.cell?.part === 'output'));
});

test('folders: .gitignore and the ignore file are honoured, binary files skipped, pseudonyms agree across files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'discret-files-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, '.gitignore'), 'build/\n*.log\n');
  mkdirSync(join(dir, 'build'));
  writeFileSync(join(dir, 'build', 'out.txt'), 'ann@corp.fr');
  writeFileSync(join(dir, 'debug.log'), 'ann@corp.fr');
  writeFileSync(join(dir, 'a.txt'), 'write to ann@corp.fr');
  writeFileSync(join(dir, 'sub', 'b.csv'), 'name,email\nAnn,ann@corp.fr\n');
  writeFileSync(join(dir, 'sub', 'pic.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  const events = await collect(scanFiles([dir], { scanner }));
  const emails = ofType(events, 'finding').filter((f) => f.entity === 'EMAIL');
  assert.deepEqual(emails.map((f) => f.file.slice(dir.length + 1)), ['a.txt', 'sub/b.csv']);
  const skipped = ofType(events, 'skipped').map((e) => `${e.file.slice(dir.length + 1)}: ${e.reason.split(' ')[0]}`);
  assert.deepEqual(skipped.sort(), ['build: .gitignore', 'debug.log: .gitignore', 'sub/pic.png: binary'].sort());
  const copy = await collect(pseudonymizeFiles([dir], { scanner: await createScanner(), operator: 'pseudonym' }));
  const replacements = new Set(ofType(copy, 'finding').filter((f) => f.entity === 'EMAIL').map((f) => f.replacement));
  assert.deepEqual([...replacements], ['<EMAIL_1>']);
});

test('progress, abort, and the report built from the events', async () => {
  const bytes = csv(200);
  const controller = new AbortController();
  let seen = 0;
  await assert.rejects(collect(scanFile(bytes, { scanner, name: 'p.csv', ...SMALL, signal: controller.signal,
    onProgress: () => { if (++seen === 2) controller.abort(new Error('stop')); } })), /stop/);
  const result = await report(scanFile(bytes, { scanner, name: 'p.csv', ...SMALL }));
  const file = result.files[0];
  assert.equal(file.rows, 200);
  assert.equal(file.columns.find((c) => c.name === 'email').classification, 'EMAIL');
  assert.equal(file.columns.find((c) => c.name === 'nhs_number').classification, 'HEALTH_ID');
});

test('a byte stream (no size, no random access) scans like bytes', async () => {
  const bytes = csv(50);
  async function* pieces() {
    for (let i = 0; i < bytes.length; i += 777) yield bytes.subarray(i, i + 777);
  }
  const streamed = ofType(await collect(scanFile(pieces(), { scanner, name: 'p.csv', ...SMALL })), 'finding');
  const whole = ofType(await collect(scanFile(bytes, { scanner, name: 'p.csv' })), 'finding');
  assert.deepEqual(streamed.map((f) => [f.start, f.row, f.field]), whole.map((f) => [f.start, f.row, f.field]));
});

test('malformed input: each problem is a warning naming the file, and the rest is still scanned', async () => {
  // A truncated Parquet file, a notebook that is not JSON, a CSV with an unbalanced quote.
  const parquet = fixture('people.snappy.parquet');
  const cut = await collect(scanFile(parquet.subarray(0, parquet.length - 20), { scanner, name: 'cut.parquet' }));
  assert.equal(ofType(cut, 'warning').length, 1);
  assert.match(ofType(cut, 'warning')[0].message, /Parquet/);
  const notebook = await collect(scanFile(enc('{"cells": [ {"source": "mail ann@corp.fr"'), { scanner, name: 'broken.ipynb' }));
  assert.match(ofType(notebook, 'warning')[0].message, /not valid JSON/);
  assert.equal(ofType(notebook, 'finding')[0].text, 'ann@corp.fr');
  let csvText = 'name,email,note\nAnn,ann@corp.fr,"never closed\n';
  for (let i = 0; i < 400; i++) csvText += `Bob,bob${i}@corp.fr,ok\n`;
  const csvEvents = await collect(scanFile(enc(csvText), { scanner, name: 'open-quote.csv', ...SMALL }));
  assert.equal(ofType(csvEvents, 'finding').filter((f) => f.entity === 'EMAIL').length, 401);
});

test('special-category words are located in their own row and column, not the last finding\'s', async () => {
  const bytes = enc('name,email,note\nAnn,ann@corp.fr,ok\nBob,,diagnosed with diabetes\n');
  const events = await collect(scanFile(bytes, { scanner, name: 'visits.csv' }));
  const special = ofType(events, 'special');
  assert.ok(special.length >= 1);
  assert.ok(special.every((e) => e.row === 2 && e.field === 'note' && e.category === 'health' && e.line === 3), JSON.stringify(special));
});

test('malformed JSON: a warning, the whole text still scanned, pointers up to the fault', async () => {
  const bytes = enc('{"a": {"mail": "ann@corp.fr"}, "b": [1, 2,, "bob@corp.fr"');
  const events = await collect(scanFile(bytes, { scanner, name: 'broken.json' }));
  assert.match(ofType(events, 'warning')[0].message, /not valid JSON/);
  const findings = ofType(events, 'finding');
  assert.deepEqual(findings.map((f) => f.text), ['ann@corp.fr', 'bob@corp.fr']);
  assert.equal(findings[0].pointer, '/a/mail');
});
