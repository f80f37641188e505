// The docs promise things the code must keep: every built-in rule is documented, as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createScanner } from '../../wasm/index.js';
import { renderDoc } from '../../scripts/rules-doc.js';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('the packs in rules/ are the ones compiled in', async () => {
  const fromFiles = readdirSync(new URL('../../rules/', import.meta.url)).filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(read(`rules/${f}`)).rules.map((r) => r.id)).sort();
  const scanner = await createScanner();
  assert.deepEqual(scanner.rules.map((r) => r.id).sort(), fromFiles);
  scanner.dispose();
});

test('docs/rules.md lists every built-in rule as the packs define it (node scripts/rules-doc.js)', () => {
  const doc = read('docs/rules.md');
  assert.equal(renderDoc(doc), doc, 'docs/rules.md is out of date: run node scripts/rules-doc.js');
});
