// Format readers and writers (issue 5): Parquet chunks, locators and copies; zip/tar/tar.gz/gz
// archives; notebook locations. Fixtures are made here, or by fixtures/formats/make.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { ByteWriter, ParquetWriter, parquetWriteBuffer } from 'hyparquet-writer';
import { gzipSync, zipSync } from 'fflate';
import { createTar } from 'nanotar';
import { cellReplacements, parquetToJsonl, readParquetChunks, writeParquet } from '../../wasm/formats/parquet.js';
import { archiveKind, crc32, readArchive, writeArchive } from '../../wasm/formats/archive.js';
import { isNotebook, notebookLocation } from '../../wasm/formats/notebook.js';
import { jsonLocator } from '../../wasm/locate.js';
import { createScanner } from '../../wasm/index.js';
import { NOTEBOOK, PEOPLE, PEOPLE_SCHEMA, fixtures } from './fixtures/formats/make.js';

const enc = (s) => new TextEncoder().encode(s);
const dec = (b) => new TextDecoder().decode(b);
const fixture = (name) => new Uint8Array(readFileSync(new URL(`fixtures/formats/${name}`, import.meta.url)));

async function chunksOf(bytes, options) {
  const out = [];
  for await (const c of readParquetChunks(bytes, options)) out.push(c);
  return out;
}
const rowsOf = (bytes) => parquetReadObjects({ file: bytes.slice().buffer, compressors });

function writeFile(schema, columns, options = {}) {
  const writer = new ByteWriter();
  const pw = new ParquetWriter({ writer, schema, ...options });
  pw.write({ columnData: Object.entries(columns).map(([name, data]) => ({ name, data })), rowGroupSize: options.rowGroupSize ?? 1000 });
  pw.finish();
  return writer.getBytes().slice();
}

// The people fixture's cells as the chunk text must show them.
function shown(column, v) {
  if (v === null || v === undefined) return '';
  if (column === 'born') return new Date(v * 86400000).toISOString().slice(0, 10);
  if (column === 'tags') return JSON.stringify(v);
  return String(v).replace(/[\t\n\r]/g, ' ');
}

test('fixtures are what make.js makes', () => {
  for (const [name, bytes] of Object.entries(fixtures())) assert.deepEqual(fixture(name), bytes, `${name}: run node tests/js/fixtures/formats/make.js`);
});

// ------------------------------------------------------------------------------------ Parquet

test('Parquet chunks: header, one line per row, and locate() maps every byte to its cell', async () => {
  const chunks = await chunksOf(fixture('people.snappy.parquet'));
  assert.deepEqual(chunks.map((c) => [c.rowGroup, c.firstRow, c.rowCount]), [[0, 0, 3], [1, 3, 2]]);
  const columns = Object.keys(PEOPLE);
  let cells = 0;
  for (const c of chunks) {
    assert.deepEqual(c.columns, columns);
    const text = dec(c.text);
    assert.equal(text.split('\n')[0], columns.join('\t'));
    const headerEnd = c.text.indexOf(0x0a) + 1;
    for (let o = 0; o < c.text.length; o++) {
      const loc = c.locate(o);
      if (o < headerEnd || c.text[o] === 0x09 || c.text[o] === 0x0a) {
        assert.equal(loc, null, `offset ${o}`);
        continue;
      }
      assert.ok(o >= loc.cellStart && o < loc.cellEnd);
      assert.equal(loc.column, columns[loc.columnIndex]);
      assert.equal(dec(c.text.subarray(loc.cellStart, loc.cellEnd)), shown(loc.column, PEOPLE[loc.column][loc.row]), `row ${loc.row} ${loc.column}`);
      if (o === loc.cellStart) cells++;
    }
    // every line has one cell per column
    for (const line of text.split('\n').slice(1, -1)) assert.equal(line.split('\t').length, columns.length);
  }
  const nonEmpty = columns.reduce((n, k) => n + PEOPLE[k].filter((v) => shown(k, v) !== '').length, 0);
  assert.equal(cells, nonEmpty, 'every non-empty cell located');
  assert.equal(chunks[0].locate(-1), null);
  assert.equal(chunks[0].locate(chunks[0].text.length), null);
});

test('Parquet codecs: GZIP and ZSTD files read as the SNAPPY one', async () => {
  const snappy = (await chunksOf(fixture('people.snappy.parquet'))).map((c) => dec(c.text));
  for (const name of ['people.gzip.parquet', 'people.zstd.parquet']) {
    assert.deepEqual((await chunksOf(fixture(name))).map((c) => dec(c.text)), snappy, name);
  }
});

test('Parquet chunks split big row groups by size, whole rows, header repeated', async () => {
  const n = 200;
  const bytes = writeFile([
    { name: 'root', num_children: 2 },
    { name: 'id', type: 'INT32', repetition_type: 'REQUIRED' },
    { name: 'note', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
  ], { id: Array.from({ length: n }, (_, i) => i), note: Array.from({ length: n }, (_, i) => `note ${i} ${'x'.repeat(i % 37)}`) }, { rowGroupSize: 120 });
  const chunks = await chunksOf(bytes, { maxChunkBytes: 600 });
  assert.ok(chunks.length > 4);
  let next = 0;
  for (const c of chunks) {
    assert.equal(c.firstRow, next);
    assert.equal(c.rowGroup, c.firstRow < 120 ? 0 : 1);
    assert.ok(c.text.length <= 600 || c.rowCount === 1);
    const lines = dec(c.text).split('\n');
    assert.equal(lines[0], 'id\tnote');
    lines.slice(1, -1).forEach((line, i) => assert.equal(line.split('\t')[0], String(c.firstRow + i)));
    next += c.rowCount;
  }
  assert.equal(next, n);
  assert.equal(chunks.filter((c) => c.firstRow === 120).length, 1, 'a chunk starts at the second row group');
  // one row larger than the limit is a chunk of its own
  const big = await chunksOf(bytes, { maxChunkBytes: 10 });
  assert.equal(big.length, n);
});

const RICH_SCHEMA = [
  { name: 'root', num_children: 11 },
  { name: 'email', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  { name: 'phone', type: 'INT64', repetition_type: 'REQUIRED' },
  { name: 'count', type: 'INT32', repetition_type: 'OPTIONAL' },
  { name: 'price', type: 'FIXED_LEN_BYTE_ARRAY', type_length: 12, converted_type: 'DECIMAL', scale: 2, precision: 25, repetition_type: 'OPTIONAL' },
  { name: 'ts', type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MICROS' }, repetition_type: 'OPTIONAL' },
  { name: 'tags', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  { name: 'addr', repetition_type: 'OPTIONAL', num_children: 2 },
  { name: 'city', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  { name: 'zip', type: 'INT32', repetition_type: 'OPTIONAL' },
  { name: 'attrs', repetition_type: 'OPTIONAL', converted_type: 'MAP', num_children: 1 },
  { name: 'key_value', repetition_type: 'REPEATED', num_children: 2 },
  { name: 'key', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
  { name: 'value', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  { name: 'meta', type: 'BYTE_ARRAY', converted_type: 'JSON', repetition_type: 'OPTIONAL' },
  { name: 'id', type: 'FIXED_LEN_BYTE_ARRAY', type_length: 16, logical_type: { type: 'UUID' }, repetition_type: 'OPTIONAL' },
  { name: 'raw', type: 'BYTE_ARRAY', repetition_type: 'OPTIONAL' },
];
const RICH = {
  email: ['ann@example.org', null, 'multi\nline cell bob@example.org', 'x'],
  phone: [33612345678n, 2n, 3n, 9007199254740993n],
  count: [1, null, -3, 2147483647],
  price: [1234567890123456789012n, null, -5n, 0n],  // past 2^53: hyparquet alone would round it
  ts: [1700000000123456n, null, 0n, -1n],
  tags: [['a', 'mail: c@example.org'], [], null, [null]],
  addr: [{ city: 'Paris', zip: 75001 }, null, { city: null, zip: 3 }, { city: 'Lyon', zip: null }],
  attrs: [{ k: 'v', who: 'd@example.org' }, {}, null, { z: null }],
  meta: [{ a: 1, who: 'e@example.org' }, null, [1, 2], 'text'],
  id: ['00112233-4455-6677-8899-aabbccddeeff', null, 'ffeeddcc-bbaa-9988-7766-554433221100', null],
  raw: [enc('hi'), new Uint8Array([0xff, 0xfe]), null, new Uint8Array(0)],
};
const richFile = () => writeFile(RICH_SCHEMA, RICH, { rowGroupSize: 3, kvMetadata: [{ key: 'origin', value: 'test' }] });

test('Parquet copy without replacements: same schema, row groups, metadata, codec and values', async () => {
  const bytes = richFile();
  const r = await writeParquet(bytes, new Map());
  assert.equal(r.schemaKept, true);
  assert.deepEqual(r.notes, []);
  const a = parquetMetadata(bytes), b = parquetMetadata(r.bytes);
  assert.deepEqual(b.schema, a.schema);
  assert.deepEqual(b.row_groups.map((g) => g.num_rows), a.row_groups.map((g) => g.num_rows));
  assert.deepEqual(b.key_value_metadata, a.key_value_metadata);
  assert.deepEqual(b.row_groups[0].columns.map((c) => c.meta_data.codec), a.row_groups[0].columns.map((c) => c.meta_data.codec));
  assert.deepEqual(await rowsOf(r.bytes), await rowsOf(bytes));
  // and what hyparquet would round, kept exactly: the decimal's text is the same before and after
  const text = async (x) => (await chunksOf(x)).map((c) => dec(c.text)).join('');
  assert.match(await text(bytes), /\t12345678901234567890\.12\t/);
  assert.equal(await text(r.bytes), await text(bytes));
});

test('Parquet copy with replacements: only the replaced cells differ, types kept where values fit', async () => {
  const bytes = richFile();
  const replacements = new Map([
    [0, new Map([['email', '<EMAIL_1>'], ['tags', '["a","mail: <EMAIL_2>"]'], ['attrs', '{"k":"v","who":"<EMAIL_3>"}'], ['meta', '{"a":1,"who":"<EMAIL_4>"}'], ['addr', '{"city":"<CITY>","zip":75001}']])],
    [2, new Map([['email', 'multi\nline cell <EMAIL_5>'], ['count', '42']])],
    [3, new Map([['phone', '33600000000']])],
  ]);
  const r = await writeParquet(bytes, replacements);
  assert.equal(r.schemaKept, true, r.notes.join('; '));
  assert.deepEqual(parquetMetadata(r.bytes).schema, parquetMetadata(bytes).schema);
  const before = await rowsOf(bytes), after = await rowsOf(r.bytes);
  const expected = structuredClone(before);
  Object.assign(expected[0], { email: '<EMAIL_1>', tags: ['a', 'mail: <EMAIL_2>'], attrs: { k: 'v', who: '<EMAIL_3>' }, meta: { a: 1, who: '<EMAIL_4>' }, addr: { city: '<CITY>', zip: 75001 } });
  Object.assign(expected[2], { email: 'multi\nline cell <EMAIL_5>', count: 42 });
  expected[3].phone = 33600000000n;
  assert.deepEqual(after, expected);
});

test('Parquet copy: a value that does not fit its column makes it a string column, with a note', async () => {
  const bytes = richFile();
  const r = await writeParquet(bytes, new Map([[1, new Map([['phone', '<PHONE_1>'], ['tags', '["new"]']])]]));
  assert.equal(r.schemaKept, false);
  assert.equal(r.notes.length, 2);
  assert.match(r.notes[0], /"phone" \(INT64\) became a UTF-8 string column/);
  assert.match(r.notes[1], /"tags" \(LIST\) became a UTF-8 string column/);
  const schema = parquetMetadata(r.bytes).schema;
  const defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  assert.deepEqual(defined(schema.find((e) => e.name === 'phone')), { name: 'phone', type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type: 'REQUIRED' });
  assert.equal(schema.some((e) => e.name === 'element'), false, 'the list subtree is gone');
  const rows = await rowsOf(r.bytes);
  assert.deepEqual(rows.map((x) => x.phone), ['33612345678', '<PHONE_1>', '3', '9007199254740993']);
  assert.deepEqual(rows.map((x) => x.tags), ['["a","mail: c@example.org"]', '["new"]', null, '[null]']);
  assert.deepEqual(rows.map((x) => x.email), RICH.email, 'other columns untouched');
});

test('Parquet copy: what hyparquet-writer cannot write is refused with a code naming the column', async () => {
  const intKeys = parquetWriteBuffer({
    schema: [
      { name: 'root', num_children: 1 },
      { name: 'scores', repetition_type: 'OPTIONAL', converted_type: 'MAP', num_children: 1 },
      { name: 'key_value', repetition_type: 'REPEATED', num_children: 2 },
      { name: 'key', type: 'INT32', repetition_type: 'REQUIRED' },
      { name: 'value', type: 'INT32', repetition_type: 'OPTIONAL' },
    ],
    columnData: [{ name: 'scores', data: [[{ key: 1, value: 2 }]] }],
  });
  await assert.rejects(writeParquet(new Uint8Array(intKeys), new Map()), (e) => e.code === 'parquet_write_unsupported' && /column "scores"/.test(e.message));
  const jsonl = dec(await parquetToJsonl(new Uint8Array(intKeys), new Map()));
  assert.equal(jsonl, '{"scores":{"1":2}}\n', 'the JSONL fallback still works');
  await assert.rejects(writeParquet(richFile(), new Map([[0, new Map([['nope', 'x']])]])), { code: 'bad_replacement' });
  await assert.rejects(writeParquet(richFile(), new Map([[9, new Map([['email', 'x']])]])), { code: 'bad_replacement' });
  await assert.rejects(writeParquet(enc('not parquet at all'), new Map()), { code: 'bad_parquet' });
  await assert.rejects(chunksOf(enc('PAR1 truncated')), { code: 'bad_parquet' });
});

test('Parquet copy keeps SNAPPY and GZIP; ZSTD (no JS compressor) is written SNAPPY with a note', async () => {
  for (const [name, codec] of [['people.snappy.parquet', 'SNAPPY'], ['people.gzip.parquet', 'GZIP'], ['people.zstd.parquet', 'SNAPPY']]) {
    const bytes = fixture(name);
    const r = await writeParquet(bytes, new Map());
    assert.deepEqual(new Set(parquetMetadata(r.bytes).row_groups.flatMap((g) => g.columns.map((c) => c.meta_data.codec))), new Set([codec]), name);
    assert.equal(r.notes.length, codec === 'SNAPPY' && name.includes('zstd') ? 6 : 0, name);
    assert.deepEqual(await rowsOf(r.bytes), await rowsOf(bytes));
  }
});

test('Parquet JSONL fallback: one object per row, keys in column order, exact numbers, replacements in', async () => {
  const lines = dec(await parquetToJsonl(richFile(), new Map([[0, new Map([['email', '<EMAIL_1>'], ['tags', '["a","<E>"]']])]]))).split('\n');
  assert.equal(lines.length, 5);
  assert.equal(lines[4], '');
  const first = JSON.parse(lines[0]);
  assert.deepEqual(Object.keys(first), Object.keys(RICH));
  assert.equal(first.email, '<EMAIL_1>');
  assert.deepEqual(first.tags, ['a', '<E>']);
  assert.match(lines[0], /"price":12345678901234567890\.12,/);
  assert.match(lines[3], /"phone":9007199254740993,/);
  assert.equal(JSON.parse(lines[1]).raw, '//4=', 'non-UTF-8 bytes as base64');
  assert.equal(JSON.parse(lines[2]).email, 'multi\nline cell bob@example.org');
});

test('Parquet end to end: scan the chunks, pseudonymize, write; newlines inside cells survive', async () => {
  const scanner = await createScanner();
  try {
    const bytes = fixture('people.snappy.parquet');
    const replacements = new Map();
    for (const chunk of await chunksOf(bytes)) {
      const findings = scanner.scanBytes(chunk.text).filter((f) => /mail/i.test(f.entity));
      cellReplacements(chunk, findings.map((f) => ({ ...f, replacement: `<${f.entity}>` })), replacements);
    }
    const emails = [...replacements.values()].flatMap((m) => [...m.values()]);
    assert.ok(emails.length >= 4, JSON.stringify(emails));
    assert.ok(emails.every((v) => !/@/.test(v)), JSON.stringify(emails));
    const out = await writeParquet(bytes, replacements);
    assert.equal(out.schemaKept, true);
    const rows = await rowsOf(out.bytes);
    assert.equal(rows[3].name, 'Dan\nNewline');
    assert.equal(rows[1].name, 'Bob\tTab');
    assert.deepEqual(rows.map((r) => r.age), PEOPLE.age);
    assert.ok(rows.every((r) => !/@/.test(`${r.email ?? ''}${(r.tags ?? []).join()}`)));
  } finally {
    scanner.dispose();
  }
});

test('cellReplacements: several findings in a cell, one across cells, one in the header', async () => {
  const [chunk] = await chunksOf(fixture('people.snappy.parquet'));
  const text = dec(chunk.text);
  const b = (s) => enc(text.slice(0, text.indexOf(s))).length;
  const jeanne = b('jeanne.martin@');
  const r = cellReplacements(chunk, [
    { start: b('Jeanne Martin'), end: b('Jeanne Martin') + 6, replacement: 'J' },
    { start: b('Jeanne Martin') + 7, end: jeanne + 6, replacement: '<X>' },  // "Martin\tjeanne": two cells
    { start: 0, end: 4, replacement: '<H>' },  // "name" in the header
    { start: b('Chloé'), end: b('Chloé') + 'Chloé'.length + 1, replacement: 'C' },
  ]);
  assert.deepEqual([...r.keys()], [0, 2]);
  assert.deepEqual(Object.fromEntries(r.get(0)), { name: 'J <X>', email: '.martin@example.fr' });
  assert.deepEqual(Object.fromEntries(r.get(2)), { name: 'C Dupont' });
});

// ------------------------------------------------------------------------------------ archives

// A tar header block by hand (for what nanotar cannot make: pax records, prefixes, links).
function tarBlock(name, size, type = '0', { prefix = '', linkname = '' } = {}) {
  const h = new Uint8Array(512);
  const put = (s, at, n) => h.set(enc(s).subarray(0, n), at);
  put(name, 0, 100);
  put('0000644\0', 100, 8);
  put('0000000\0', 108, 8);
  put('0000000\0', 116, 8);
  put(`${size.toString(8).padStart(11, '0')}\0`, 124, 12);
  put('14544250256\0', 136, 12);
  put(type, 156, 1);
  put(linkname, 157, 100);
  put('ustar\0' + '00', 257, 8);
  put(prefix, 345, 155);
  h.fill(0x20, 148, 156);
  put(`${h.reduce((s, x) => s + x, 0).toString(8).padStart(6, '0')}\0 `, 148, 8);
  return h;
}
const pad = (data) => { const out = new Uint8Array(Math.ceil(data.length / 512) * 512); out.set(data); return out; };
function paxRecord(key, value) {
  const body = ` ${key}=${value}\n`;
  let n = enc(body).length + 1;
  while (String(n).length + enc(body).length !== n) n++;
  return `${n}${body}`;
}
function handTar() {
  const pax = enc(paxRecord('path', 'données/élève fichier.csv'));
  const a = enc('a,b\n1,jane@example.org\n');
  const long = enc('deep');
  return new Uint8Array([
    ...tarBlock('PaxHeaders/x', pax.length, 'x'), ...pad(pax), ...tarBlock('truncated-name', a.length), ...pad(a),
    ...tarBlock('dir/', 0, '5'),
    ...tarBlock('file.txt', long.length, '0', { prefix: 'a/very/long/prefix' }), ...pad(long),
    ...tarBlock('link', 0, '2', { linkname: 'file.txt' }),
    ...tarBlock('../../etc/evil', 1), ...pad(enc('!')),
    ...new Uint8Array(1024),
  ]);
}

test('archiveKind: magic bytes first, then the name', () => {
  const tar = createTar([{ name: 'a.txt', data: 'x' }]);
  assert.equal(archiveKind('x.bin', zipSync({ 'a.txt': enc('x') })), 'zip');
  assert.equal(archiveKind('', zipSync({})), 'zip', 'empty zip: PK\\x05\\x06');
  assert.equal(archiveKind('x', tar), 'tar');
  assert.equal(archiveKind('x.gz', gzipSync(tar)), 'tar.gz', 'a tar inside, whatever the name');
  assert.equal(archiveKind('x.tar.gz', gzipSync(enc('plain text'))), 'gz');
  assert.equal(archiveKind('x.tar.gz', gzipSync(new Uint8Array(1024))), 'tar.gz', 'an empty tar');
  assert.equal(archiveKind('x.tgz', new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2])), 'tar.gz', 'unreadable gzip: the name decides');
  assert.equal(archiveKind('x.zip', enc('not an archive')), null);
  assert.equal(archiveKind('x.tar', new Uint8Array(1024)), 'tar');
});

test('zip: paths, order, contents, modes; unchanged archive back byte for byte; changed entries only re-deflated', () => {
  const t = new Date(2023, 4, 6, 7, 8, 10);
  const original = zipSync({
    'b.txt': [enc('bee@example.org'), { mtime: t }],
    '10': [enc('ten'), { mtime: t }],  // a name that objects would put first
    'dir/': [new Uint8Array(0), { mtime: t }],
    'dir/stored.csv': [enc('x,y\n1,2\n'), { level: 0, mtime: t, os: 3, attrs: (0o100640 << 16) >>> 0 }],
    'a.txt': [enc('a'.repeat(1000)), { mtime: t, comment: 'kept' }],
  });
  // zipSync orders object keys itself; read the directory order from the file, then compare
  const { entries, warnings } = readArchive(original, 'zip');
  assert.deepEqual(warnings, []);
  assert.deepEqual(entries.map((e) => e.path).sort(), ['10', 'a.txt', 'b.txt', 'dir/stored.csv']);
  const byPath = Object.fromEntries(entries.map((e) => [e.path, e]));
  assert.equal(dec(byPath['b.txt'].bytes), 'bee@example.org');
  assert.equal(byPath['dir/stored.csv'].mode, 0o640);
  assert.equal(byPath['a.txt'].mtime, t.getTime());
  assert.deepEqual(writeArchive('zip', entries, original), original, 'nothing changed: the same bytes');

  const changed = entries.map((e) => (e.path === 'b.txt' ? { ...e, bytes: enc('<EMAIL_1>') } : e));
  const out = writeArchive('zip', changed, original);
  const back = readArchive(out, 'zip');
  assert.deepEqual(back.entries.map((e) => [e.path, dec(e.bytes), e.mtime, e.mode]), changed.map((e) => [e.path, dec(e.bytes), e.mtime, e.mode]));
  // the other members' local header + data are the original bytes
  const a = Buffer.from(original), b = Buffer.from(out);
  const aData = a.indexOf('a.txt'), stored = a.indexOf('x,y\n1,2');
  assert.ok(b.includes(a.subarray(aData - 30, aData + 60)), 'a.txt copied verbatim');
  assert.ok(b.includes(a.subarray(stored - 60, stored + 8)), 'stored entry copied verbatim');
  assert.ok(b.includes(Buffer.from('kept')), 'comment kept');

  const fresh = writeArchive('zip', changed);
  assert.deepEqual(readArchive(fresh, 'zip').entries.map((e) => [e.path, dec(e.bytes)]), changed.map((e) => [e.path, dec(e.bytes)]));
  assert.throws(() => writeArchive('zip', [...changed].reverse(), original), { code: 'archive_mismatch' });
  assert.throws(() => writeArchive('zip', changed.slice(1), original), { code: 'archive_mismatch' });
});

test('tar: pax paths with spaces, ustar prefixes, links skipped with a warning, zip-slip neutralised; round trip', () => {
  const original = handTar();
  const { entries, warnings } = readArchive(original, 'tar');
  assert.deepEqual(entries.map((e) => e.path), ['données/élève fichier.csv', 'a/very/long/prefix/file.txt', 'etc/evil']);
  assert.equal(entries[0].mode, 0o644);
  assert.equal(entries[0].mtime, 0o14544250256 * 1000);
  assert.equal(warnings.length, 2);
  assert.match(warnings[0], /"link": symbolic link, skipped/);
  assert.match(warnings[1], /"\.\.\/\.\.\/etc\/evil" made relative as "etc\/evil"/);
  assert.deepEqual(writeArchive('tar', entries, original), original);

  const changed = entries.map((e, i) => (i === 0 ? { ...e, bytes: enc('a,b\n1,<EMAIL_1>\nmore than before\n') } : e));
  const out = writeArchive('tar', changed, original);
  const back = readArchive(out, 'tar');
  assert.deepEqual(back.entries.map((e) => [e.path, dec(e.bytes), e.mode, e.mtime]), changed.map((e) => [e.path, dec(e.bytes), e.mode, e.mtime]));
  assert.equal(back.warnings.length, 2, 'the link is still there');
  assert.ok(Buffer.from(out).includes(Buffer.from(original.subarray(0, 1024))), 'pax header kept');

  const fresh = writeArchive('tar', changed);
  assert.deepEqual(readArchive(fresh, 'tar').entries.map((e) => [e.path, dec(e.bytes), e.mode]), changed.map((e) => [e.path, dec(e.bytes), e.mode]));
  assert.throws(() => writeArchive('tar', [{ path: 'x'.repeat(101), bytes: enc('') }]), { code: 'archive_write_unsupported' });
});

test('tar.gz with a zip inside, and a notebook: nested archives read level by level', () => {
  const outer = fixture('nested.tar.gz');
  assert.equal(archiveKind('nested.tar.gz', outer), 'tar.gz');
  const { entries } = readArchive(outer, 'tar.gz');
  assert.deepEqual(entries.map((e) => [e.path, e.mode]), [['readme.txt', 0o644], ['data/inner.zip', 0o600], ['data/analysis.ipynb', 0o644]]);
  const zip = entries[1];
  assert.equal(archiveKind(zip.path, zip.bytes), 'zip');
  const inner = readArchive(zip.bytes, 'zip');
  assert.deepEqual(inner.entries.map((e) => e.path), ['people.csv', 'deep/notes.txt']);
  assert.match(dec(inner.entries[0].bytes), /jeanne\.martin@example\.fr/);
  assert.ok(isNotebook(entries[2].path, entries[2].bytes));

  // pseudonymize inside the inner zip, write both levels back
  const innerOut = writeArchive('zip', inner.entries.map((e, i) => (i === 0 ? { ...e, bytes: enc('name,email\nJeanne,<EMAIL_1>\n') } : e)), zip.bytes);
  const outerOut = writeArchive('tar.gz', entries.map((e, i) => (i === 1 ? { ...e, bytes: innerOut } : e)), outer);
  const again = readArchive(outerOut, 'tar.gz').entries;
  assert.deepEqual(again.map((e) => e.path), entries.map((e) => e.path));
  assert.deepEqual(again[0].bytes, entries[0].bytes);
  assert.deepEqual(again[2].bytes, entries[2].bytes);
  const innerAgain = readArchive(again[1].bytes, 'zip').entries;
  assert.equal(dec(innerAgain[0].bytes), 'name,email\nJeanne,<EMAIL_1>\n');
  assert.deepEqual(innerAgain[1].bytes, inner.entries[1].bytes);
  assert.deepEqual(outerOut.subarray(0, 10), outer.subarray(0, 10), 'gzip header kept');
  assert.deepEqual(writeArchive('tar.gz', entries, outer), outer, 'unchanged: the same bytes');
});

test('gz: one file named by its header or by the archive; round trip', () => {
  const named = new Uint8Array([...gzipSync(enc('hello bob@example.org'), { filename: 'notes.txt', mtime: 1e12 })]);
  const r = readArchive(named, 'gz');
  assert.deepEqual(r.entries.map((e) => [e.path, dec(e.bytes), e.mtime]), [['notes.txt', 'hello bob@example.org', 1e12]]);
  assert.equal(readArchive(gzipSync(enc('x')), 'gz', { name: 'dir/log.txt.gz' }).entries[0].path, 'log.txt');
  assert.deepEqual(writeArchive('gz', r.entries, named), named);
  const out = writeArchive('gz', [{ ...r.entries[0], bytes: enc('hello <EMAIL_1>') }], named);
  assert.deepEqual(out.subarray(0, 20), named.subarray(0, 20), 'header (with its name) kept');
  assert.equal(dec(readArchive(out, 'gz').entries[0].bytes), 'hello <EMAIL_1>');
  assert.equal(dec(readArchive(writeArchive('gz', [{ path: 'a', bytes: enc('new') }]), 'gz').entries[0].bytes), 'new');
});

test('corrupt and truncated archives throw bad_archive naming the kind and the fault', () => {
  const zip = zipSync({ 'a.txt': enc('hello hello hello hello') });
  const cases = [
    ['zip', zip.subarray(0, zip.length - 10), /zip: no end of central directory/],
    ['zip', enc('PK\x03\x04 but nothing else'), /zip:/],
    ['tar', handTar().subarray(0, 700), /tar: .*truncated/],
    ['tar', Object.assign(handTar(), { 10: 0x41 }), /tar: header checksum mismatch at byte 0/],
    ['tar.gz', gzipSync(handTar()).subarray(0, 60), /tar.gz: /],
    ['gz', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /gz: /],
  ];
  const flipped = zip.slice();
  flipped[Buffer.from(zip).indexOf('a.txt') + 8] ^= 0xff;  // inside the deflated data
  cases.push(['zip', flipped, /zip: "a.txt": /]);
  for (const [kind, bytes, message] of cases) {
    assert.throws(() => readArchive(bytes, kind), (e) => e.code === 'bad_archive' && message.test(e.message), `${kind} ${message}`);
  }
});

test('zip-slip: absolute, drive-letter and .. paths are made relative, with warnings; ./ tidied', () => {
  const zip = zipSync({ '../../evil.sh': enc('1'), '/etc/passwd': enc('2'), 'C:\\Windows\\win.ini': enc('3'), 'ok/./x.txt': enc('4'), '../': enc('') });
  const { entries, warnings } = readArchive(zip, 'zip');
  assert.deepEqual(entries.map((e) => e.path), ['evil.sh', 'etc/passwd', 'Windows/win.ini', 'ok/x.txt']);
  assert.equal(warnings.length, 3, '"ok/./x.txt" is only tidied');
  assert.ok(warnings.every((w) => /made relative/.test(w)));
  assert.deepEqual(writeArchive('zip', entries, zip), zip);
});

test('size guard: declared sizes over maxBytes are refused before inflating; lying sizes fail the CRC', () => {
  const zeros = new Uint8Array(2 << 20);
  assert.throws(() => readArchive(zipSync({ 'z.bin': zeros }), 'zip', { maxBytes: 1 << 20 }), { code: 'archive_too_large' });
  assert.throws(() => readArchive(gzipSync(zeros), 'gz', { maxBytes: 1 << 20 }), { code: 'archive_too_large' });
  assert.throws(() => readArchive(gzipSync(createTar([{ name: 'z', data: zeros }])), 'tar.gz', { maxBytes: 1 << 20 }), { code: 'archive_too_large' });
  assert.equal(readArchive(zipSync({ 'z.bin': zeros }), 'zip').entries[0].bytes.length, 2 << 20);
  // a zip that declares 100 bytes for 2 MiB: cut at 100, then refused
  const lying = zipSync({ 'z.bin': zeros });
  const view = new DataView(lying.buffer);
  view.setUint32(22, 100, true);  // local header
  const cd = Buffer.from(lying).lastIndexOf(Buffer.from([0x50, 0x4b, 1, 2]));
  view.setUint32(cd + 24, 100, true);
  assert.throws(() => readArchive(lying, 'zip'), (e) => e.code === 'bad_archive' && /CRC or size mismatch/.test(e.message));
});

test('encrypted zip members are skipped with a warning and copied verbatim', () => {
  const zip = zipSync({ 'secret.txt': enc('hidden'), 'open.txt': enc('jane@example.org') });
  const cd = Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
  zip[cd + 8] |= 1;  // central directory: encrypted flag on the first member
  const { entries, warnings } = readArchive(zip, 'zip');
  assert.deepEqual(entries.map((e) => e.path), ['open.txt']);
  assert.deepEqual(warnings, ['zip: "secret.txt": encrypted, not read']);
  const out = writeArchive('zip', [{ ...entries[0], bytes: enc('<EMAIL_1>') }], zip);
  assert.ok(Buffer.from(out).includes(Buffer.from(zip.subarray(0, 30 + 10))), 'the encrypted member kept as it was');
  assert.equal(dec(readArchive(out, 'zip').entries[0].bytes), '<EMAIL_1>');
});

test('crc32 is the zip/gzip CRC-32', () => {
  assert.equal(crc32(enc('123456789')), 0xcbf43926);
});

// ------------------------------------------------------------------------------------ notebooks

test('notebookLocation: cells, sources, outputs, mime types, attachments and metadata', () => {
  const cases = [
    ['/cells/3/source/5', { cell: 4, part: 'source', line: 6 }],
    ['/cells/3/source', { cell: 4, part: 'source' }],
    ['/cells/3/outputs/0/text/2', { cell: 4, part: 'output', output: 1, line: 3 }],
    ['/cells/3/outputs/1/data/text~1plain/0', { cell: 4, part: 'output', output: 2, mime: 'text/plain', line: 1 }],
    ['/cells/0/outputs/0/traceback/1', { cell: 1, part: 'output', output: 1, line: 2 }],
    ['/cells/0/outputs/0/evalue', { cell: 1, part: 'output', output: 1 }],
    ['/cells/0/outputs/0/metadata/x', { cell: 1, part: 'metadata', output: 1 }],
    ['/cells/2/attachments/card.txt/text~1plain', { cell: 3, part: 'attachment', name: 'card.txt', mime: 'text/plain' }],
    ['/cells/2/metadata/author', { cell: 3, part: 'metadata' }],
    ['/cells/2/id', { cell: 3, part: 'metadata' }],
    ['/metadata/authors/0/email', { cell: null, part: 'metadata' }],
    ['/cells/x/source', null],
    [null, null],
    ['', null],
  ];
  for (const [pointer, want] of cases) assert.deepEqual(notebookLocation(pointer), want, String(pointer));
  assert.deepEqual(notebookLocation('/cells/1/source/0', NOTEBOOK), { cell: 2, cellType: 'code', part: 'source', line: 1 });
  assert.equal(notebookLocation('/cells/0/source/2', NOTEBOOK).cellType, 'markdown');
});

test('notebook end to end: JSON pointers of the emails in the fixture, in notebook terms', () => {
  const bytes = fixture('analysis.ipynb');
  const notebook = JSON.parse(dec(bytes));
  const text = dec(bytes);
  const offsets = [];
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) offsets.push(enc(text.slice(0, i)).length);
  const where = jsonLocator(bytes)(offsets).map((l) => notebookLocation(l.pointer, notebook));
  assert.deepEqual(where, [
    { cell: 1, cellType: 'markdown', part: 'source', line: 3 },
    { cell: 2, cellType: 'code', part: 'output', output: 1, line: 2 },
    { cell: 2, cellType: 'code', part: 'output', output: 2, mime: 'text/plain', line: 2 },
    { cell: 2, cellType: 'code', part: 'output', output: 2, mime: 'text/html', line: 1 },
    { cell: 3, cellType: 'code', part: 'source' },
    { cell: 3, cellType: 'code', part: 'output', output: 1 },
    { cell: 3, cellType: 'code', part: 'output', output: 1, line: 2 },
    { cell: 4, cellType: 'raw', part: 'metadata' },
    { cell: null, part: 'metadata' },
  ]);
});

test('isNotebook: by name, or by "cells" at the head and "nbformat" at the head or tail', () => {
  assert.ok(isNotebook('a/b.IPYNB', new Uint8Array(0)));
  assert.ok(isNotebook('export.json', fixture('analysis.ipynb')));
  const big = enc(JSON.stringify({ cells: [{ cell_type: 'code', source: ['x'.repeat(100000)] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
  assert.ok(isNotebook('', big), 'nbformat only in the tail');
  assert.equal(isNotebook('data.json', enc('{"cells": 3, "rows": []}')), false);
  assert.equal(isNotebook('data.json', enc('[{"cells": [], "nbformat": 4}]')), false);
  assert.equal(isNotebook('x.csv', enc('a,b\n')), false);
});
