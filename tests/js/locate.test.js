// Locators: a finding's row and field in CSV/TSV, its JSON Pointer in JSON and JSON Lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvLocator, detectFormat, jsonLocator, jsonlLocator } from 'discret/locate';

const enc = (s) => new TextEncoder().encode(s);
// Byte offsets of each needle, in order of appearance.
const at = (bytes, ...needles) => needles.map((n) => Buffer.from(bytes).indexOf(n)).sort((a, b) => a - b);

test('CSV: BOM, ";" separators, quoted delimiters, doubled quotes, line breaks inside quotes, CRLF', () => {
  const bytes = enc('\uFEFFid;"full name";e-mail\r\n1;"Roe; ""Jane""";jane@x.org\r\n2;"multi\nline";bob@y.org\n3;Lee;\n');
  const got = csvLocator(bytes)(at(bytes, 'Roe', 'jane@', 'line', 'bob@', 'Lee'));
  assert.deepEqual(got, [
    { row: 1, column: 'full name' }, { row: 1, column: 'e-mail' },
    { row: 2, column: 'full name' }, { row: 2, column: 'e-mail' }, { row: 3, column: 'full name' }]);
});

test('TSV and cells beyond the header are numbered', () => {
  const bytes = enc('a\tb\nx\ty\tz@extra.org\n');
  assert.deepEqual(csvLocator(bytes, '\t')(at(bytes, 'y', 'z@')), [{ row: 1, column: 'b' }, { row: 1, column: '3' }]);
});

test('JSON: pointers with array indexes, escaped keys, keys themselves, and line numbers', () => {
  const bytes = enc('{\n  "users": [\n    {"name": "Ann", "mail": "a@b.org"},\n    {"a/b~c": "c@d.org", "n": 12}\n  ]\n}\n');
  const got = jsonLocator(bytes)(at(bytes, '"mail"', 'a@b', 'c@d', '12'));
  assert.deepEqual(got, [
    { line: 3, pointer: '/users/0/mail', key: true }, { line: 3, pointer: '/users/0/mail' },
    { line: 4, pointer: '/users/1/a~1b~0c' }, { line: 4, pointer: '/users/1/n' }]);
});

test('JSON that breaks off: pointers up to the fault, then null', () => {
  const bytes = enc('{"a": "x@y.org", "b": "unterminated z@y.org');
  assert.deepEqual(jsonLocator(bytes)(at(bytes, 'x@y', 'z@y')), [{ line: 1, pointer: '/a' }, { line: 1, pointer: null }]);
});

test('JSON Lines: each line on its own; a malformed line is listed and still located by line', () => {
  const bytes = enc('{"a": "x@y.org"}\n{"b": broken x2@y.org\n\n{"c": ["z@y.org"]}\n');
  const locate = jsonlLocator(bytes);
  assert.deepEqual(locate(at(bytes, 'x@y', 'x2@', 'z@y')), [{ line: 1, pointer: '/a' }, { line: 2, pointer: null }, { line: 4, pointer: '/c/0' }]);
  assert.equal(locate.errors.length, 1);
  assert.equal(locate.errors[0].line, 2);
});

test('formats are detected from the name, else from the content', () => {
  assert.equal(detectFormat('people.CSV', enc('')), 'csv');
  assert.equal(detectFormat('x.tsv', enc('')), 'tsv');
  assert.equal(detectFormat('x.ndjson', enc('')), 'jsonl');
  assert.equal(detectFormat('nb.ipynb', enc('')), 'json');
  assert.equal(detectFormat('', enc('{"a":1}\n{"a":2}\n')), 'jsonl');
  assert.equal(detectFormat('', enc('{\n "a": 1\n}\n')), 'json');
  assert.equal(detectFormat('', enc('hello {"a":1}')), 'text');
});

test('binary content is recognised from its bytes, whatever the name', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  assert.equal(detectFormat('photo.csv', png), 'binary');
  assert.equal(detectFormat('x', enc('plain text with a tab\tand é\r\n')), 'text');
  assert.equal(detectFormat('x', new Uint8Array([1, 2, 3, 4, 5, 65, 66, 67])), 'binary');
});
