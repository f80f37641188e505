// Hostile input (issue 8, first part): each gives a clear error or a bounded result, never a crash.
// No wall-clock limits: a hang would show as the suite's own timeout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScanner, DiscretError } from 'discret';
import { scanFile, pseudonymizeFile } from 'discret/files';

const enc = (s) => new TextEncoder().encode(s);
const scanner = await createScanner();
async function collect(iter) {
  const out = [];
  for await (const e of iter) out.push(e);
  return out;
}

test('NUL bytes inside text are scanned around, and a NUL-heavy file is skipped as binary', async () => {
  const f = scanner.scanBytes(enc('a\u0000b mail ann@corp.fr \u0000'));
  assert.deepEqual(f.map((x) => x.text), ['ann@corp.fr']);
  const events = await collect(scanFile(new Uint8Array(1000), { scanner, name: 'zeros.txt' }));
  assert.equal(events.find((e) => e.type === 'skipped').reason, 'binary content');
});

test('a single 100 MB line: scanned in windows, the value at its end found once', async () => {
  const line = 'x'.repeat(100e6) + ' ann@corp.fr';
  const events = await collect(scanFile(enc(line), { scanner, name: 'one-line.txt' }));
  const found = events.filter((e) => e.type === 'finding');
  assert.deepEqual(found.map((e) => [e.text, e.line]), [['ann@corp.fr', 1]]);
});

test('10,000-deep JSON nesting: scanned, and the deep value has its pointer', async () => {
  const depth = 10000;
  const json = '{"a":'.repeat(depth) + '"ann@corp.fr"' + '}'.repeat(depth);
  const events = await collect(scanFile(enc(json), { scanner, name: 'deep.json' }));
  const found = events.filter((e) => e.type === 'finding');
  assert.equal(found.length, 1);
  assert.equal(found[0].pointer, '/a'.repeat(depth));
  const copy = await collect(pseudonymizeFile(enc(json), { scanner, name: 'deep.json', operator: 'placeholder' }));
  const out = Buffer.concat(copy.filter((e) => e.type === 'output').map((e) => e.bytes)).toString();
  assert.equal(out, json.replace('ann@corp.fr', '<EMAIL>'));
});

test('a rule pack with a pathological regex runs in linear time (RE2), one with 10,000 rules loads or says why', async () => {
  const evil = await createScanner({ builtins: false, rules: { rules: [{ id: 'evil', entity: 'SECRET', pattern: '(a+)+$' }] } });
  const text = 'a'.repeat(200000) + '!';
  assert.deepEqual(evil.scan(text), []);  // a backtracking engine would not return
  evil.dispose();
  const rules = Array.from({ length: 10000 }, (_, i) => ({ id: `r${i}`, entity: 'SECRET', pattern: `TOKEN${i}-[0-9]{6}` }));
  let many;
  try {
    many = await createScanner({ builtins: false, rules: { rules } });
  } catch (e) {
    assert.ok(e instanceof DiscretError && e.message.length > 0, 'a clear error');
    return;
  }
  assert.deepEqual(many.scan('x TOKEN9999-123456 y').map((f) => f.ruleId), ['r9999']);
  many.dispose();
});

test('a broken rule pack names where: bad JSON by offset, a bad pattern by pointer', async () => {
  await assert.rejects(createScanner({ rules: '{"rules": [' }), (e) => e.code === 'invalid_json' && /^@\d+/.test(e.where));
  await assert.rejects(createScanner({ rules: { rules: [{ id: 'x', entity: 'EMAIL', pattern: '(' }] } }),
    (e) => e.code === 'invalid_pattern' && e.where === '/rules/0/pattern');
});

// Found by the fuzzer (tests/fuzz/js-readers.mjs, docs/fuzzing.md): pseudonymizeFile let the Parquet
// reader's own error ('bad_parquet', not a DiscretError) escape where scanFile warns.
test('a Parquet file that cannot be read: pseudonymizeFile warns and copies it unchanged, as scanFile warns', async () => {
  const { readFileSync } = await import('node:fs');
  const good = new Uint8Array(readFileSync(new URL('./fixtures/formats/people.snappy.parquet', import.meta.url)));
  const hugeFooter = good.slice();
  hugeFooter.set([0xff, 0xff, 0xff, 0x3f], good.length - 8);  // footer length 1 GiB - 1, file of 1.5 KB
  for (const bytes of [hugeFooter, good.subarray(0, good.length - 20)]) {
    const scanned = await collect(scanFile(bytes, { scanner, name: 'broken.parquet' }));
    assert.match(scanned.find((e) => e.type === 'warning').message, /^Parquet: /);
    const events = await collect(pseudonymizeFile(bytes, { scanner, name: 'broken.parquet', operator: 'placeholder' }));
    const warnings = events.filter((e) => e.type === 'warning');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0].message, /^Parquet: .*; copied unchanged$/);
    assert.equal(warnings[0].file, 'broken.parquet');
    assert.deepEqual(events.filter((e) => e.type === 'finding'), [], 'no replacement is reported that the copy does not make');
    const output = events.filter((e) => e.type === 'output');
    assert.equal(output.length, 1);
    assert.deepEqual(output[0].bytes, bytes);
    assert.equal(events.at(-1).type, 'end');
  }
});

// Found by the fuzzer: an empty file, or one whose copy is empty, gave no 'output' event, so its
// copy was never written (the CLI and the page create a copy on its first 'output'):
// `pseudonymize DIR -o OUT` dropped empty files such as a package's __init__.py.
test('an empty file has an (empty) copy, in every format pseudonymizeFile writes as text or skips', async () => {
  for (const name of ['__init__.py', 'empty.csv', 'empty.json', 'empty.jsonl', 'empty.ipynb', 'notes.txt.gz']) {
    const events = await collect(pseudonymizeFile(new Uint8Array(0), { scanner, name, operator: 'placeholder' }));
    const output = events.filter((e) => e.type === 'output');
    assert.equal(output.length, 1, `${name}: one output event`);
    assert.equal(output[0].file, name);
    assert.equal(output[0].bytes.length, 0);
  }
  // The same when the copy is empty: a file that is one value, redacted.
  const redacted = await collect(pseudonymizeFile(enc('+33 6 12 34 56 78'), { scanner, name: 'phone.csv', operator: 'redact' }));
  assert.equal(redacted.filter((e) => e.type === 'finding').length, 1);
  assert.deepEqual(redacted.filter((e) => e.type === 'output').map((e) => e.bytes.length), [0]);
  const { mkdtempSync, writeFileSync, existsSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'discret-empty-'));
  writeFileSync(join(dir, '__init__.py'), '');
  writeFileSync(join(dir, 'users.csv'), 'email\nann@corp.fr\n');
  const cli = new URL('../../wasm/cli.js', import.meta.url).pathname;
  const copy = `${dir}-copy`;
  const r = spawnSync(process.execPath, [cli, 'pseudonymize', dir, '--operator', 'placeholder', '-o', copy]);
  assert.equal(r.status, 1, r.stderr.toString());
  assert.equal(readFileSync(join(copy, 'users.csv'), 'utf8'), 'email\n<EMAIL>\n');
  assert.ok(existsSync(join(copy, '__init__.py')), 'the empty file is copied');
});

// Found by the fuzzer: in a Parquet file whose footer names a column the schema does not have,
// hyparquet threw while planning the read after it had started reading the other columns; their
// failures were then promises rejected with no handler, which end a node process: `discret scan`
// died with a TypeError stack instead of a warning. The footer is now checked before reading.
test('a Parquet footer naming a column the schema lacks is a warning, and nothing rejects unhandled', async () => {
  const { readFileSync } = await import('node:fs');
  const { readParquetChunks } = await import('discret/formats/parquet');
  const bytes = new Uint8Array(readFileSync(new URL('./fixtures/formats/people.snappy.parquet', import.meta.url)));
  // The fuzzer's input: 7 bytes of the fixture changed ("email" -> "e}ail" in a column chunk's path, pages corrupted).
  for (const [at, value] of [[675, 0x04], [750, 0x7d], [790, 0x67], [920, 0x0f], [923, 0x01], [1351, 0x6b], [1451, 0x36]]) bytes[at] = value;
  const stray = [];
  const onStray = (e) => stray.push(e);
  process.on('unhandledRejection', onStray);
  try {
    await assert.rejects(collect(readParquetChunks(bytes)), (e) => e.code === 'bad_parquet' && /e}ail/.test(e.message));
    const events = await collect(scanFile(bytes, { scanner, name: 'bad.parquet' }));
    assert.match(events.find((e) => e.type === 'warning').message, /^Parquet: .*e}ail/);
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(stray.map(String), []);
  } finally {
    process.off('unhandledRejection', onStray);
  }
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const file = join(mkdtempSync(join(tmpdir(), 'discret-parquet-')), 'bad.parquet');
  writeFileSync(file, bytes);
  const cli = new URL('../../wasm/cli.js', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [cli, 'scan', file], { encoding: 'utf8' });
  assert.doesNotMatch(r.stderr, /TypeError|node:internal/, 'no crash');
  assert.match(r.stderr, /bad\.parquet: Parquet: /);
});

// Found by the fuzzer: 51 bytes taken out of a 1.5 KB Parquet file shift its pages under the footer's
// offsets, and hyparquet read a page header made of data bytes: a page of billions of values, each
// one decoded (minutes of CPU, then out of memory). Page headers are now checked against the
// footer first: each page inside its column chunk, no more values than the chunk declares.
test('a Parquet page header declaring more values than its column chunk is refused at once', async () => {
  const { readFileSync } = await import('node:fs');
  const { readParquetChunks } = await import('discret/formats/parquet');
  const good = new Uint8Array(readFileSync(new URL('./fixtures/formats/people.snappy.parquet', import.meta.url)));
  const shifted = new Uint8Array([...good.subarray(0, 454), ...good.subarray(505)]);
  const started = Date.now();
  await assert.rejects(collect(readParquetChunks(shifted)), (e) => e.code === 'bad_parquet' && /row group \d+: column "[\w.]+"/.test(e.message));
  const events = await collect(scanFile(shifted, { scanner, name: 'shifted.parquet' }));
  assert.match(events.find((e) => e.type === 'warning').message, /^Parquet: /);
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
});

// Found by the fuzzer: a row group without its row count (one footer byte changed) made
// pseudonymizeFile throw a TypeError from the Parquet writer's read-back check.
test('a Parquet row group without a row count is a warning, and the copy is the file unchanged', async () => {
  const { readFileSync } = await import('node:fs');
  const bytes = new Uint8Array(readFileSync(new URL('./fixtures/formats/people.snappy.parquet', import.meta.url)));
  bytes[1449] = 0x0a;  // the second row group's num_rows field becomes another field
  const scanned = await collect(scanFile(bytes, { scanner, name: 'no-count.parquet' }));
  assert.match(scanned.find((e) => e.type === 'warning').message, /^Parquet: .*row group 1.*row count/);
  const events = await collect(pseudonymizeFile(bytes, { scanner, name: 'no-count.parquet', operator: 'placeholder' }));
  assert.match(events.find((e) => e.type === 'warning').message, /row count.*; copied unchanged$/);
  assert.deepEqual(events.find((e) => e.type === 'output').bytes, bytes);
});

// Found while writing the fuzzer (its inputs stay under 32 KB, too small to reach it): a pax header
// record whose length field ran for 300 KB before its space was spread into String.fromCharCode,
// a RangeError (call stack) instead of the reader's own error, and the archive went unscanned.
test('a tar pax header with a 300 KB length field is ignored, and the member after it is read', async () => {
  const { readArchive } = await import('discret/formats/archive');
  const header = (name, size, type) => {
    const h = new Uint8Array(512);
    h.set(enc(name), 0);
    h.set(enc('0000644\0'), 100);
    h.set(enc(`${size.toString(8).padStart(11, '0')}\0`), 124);
    h[156] = type.charCodeAt(0);
    h.set(enc('ustar\u000000'), 257);
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.set(enc(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
    return h;
  };
  const n = 300000;
  const pax = new Uint8Array(Math.ceil(n / 512) * 512).fill(0x31);  // "111…1 " : a length field, then its space
  pax[n - 1] = 0x20;
  const data = enc('mail ann@corp.fr\n');
  const body = new Uint8Array(512);
  body.set(data);
  const tar = new Uint8Array([...header('PaxHeader', n, 'x'), ...pax, ...header('a.txt', data.length, '0'), ...body, ...new Uint8Array(1024)]);
  const { entries } = readArchive(tar, 'tar');
  assert.deepEqual(entries.map((e) => e.path), ['a.txt']);
  const events = await collect(scanFile(tar, { scanner, name: 'pax.tar' }));
  assert.deepEqual(events.filter((e) => e.type === 'finding').map((e) => [e.file, e.text]), [['pax.tar!/a.txt', 'ann@corp.fr']]);
});

// Found by the fuzzer: a version-2 data page header that lost its level lengths (one byte changed)
// let hyparquet read levels from the wrong bytes and repeat a run as often as they said (minutes,
// then out of memory). The levels of such pages are now checked with the page headers: their
// lengths inside the page, no run longer than the page's values.
test('Parquet v2 page levels: missing lengths or a run longer than the page are refused at once', async () => {
  const { readFileSync } = await import('node:fs');
  const { readParquetChunks } = await import('discret/formats/parquet');
  const good = () => new Uint8Array(readFileSync(new URL('./fixtures/formats/people.snappy.parquet', import.meta.url)));
  const noLengths = good();
  noLengths[190] = 0x00;  // the "phone" page header of row group 0: its level lengths are gone
  await assert.rejects(collect(readParquetChunks(noLengths)), (e) => e.code === 'bad_parquet' && /column "phone": a page's levels/.test(e.message));
  const longRun = good();
  longRun[93] = 0x7e;  // the "email" page's definition levels: a run of 63 where the page has 3 values
  await assert.rejects(collect(readParquetChunks(longRun)), (e) => e.code === 'bad_parquet' && /column "email": a run of 63 levels in a page of 3 values/.test(e.message));
  assert.equal((await collect(readParquetChunks(good()))).length, 2, 'the fixture itself still reads');
});
