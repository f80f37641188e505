// The accuracy harness itself (eval/): the shipped corpus is what the generator makes, every label
// sits on a value of its entity, the fixtures parse, and the matcher counts as documented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpusFiles } from '../../eval/generate.js';
import { loadFixtures, parseMarked } from '../../eval/lib/fixtures.js';
import { shapeProblem } from '../../eval/lib/checks.js';
import { matchDocument, prf, Tally } from '../../eval/lib/score.js';
import { chunks, loadCorpus } from '../../eval/run.js';
import { redactPii } from '../../eval/lib/tools.js';

const corpusDir = new URL('../../eval/corpus/', import.meta.url);
const fixturesDir = new URL('../../eval/fixtures/', import.meta.url);

test('the shipped corpus is byte for byte what eval/generate.js makes (node eval/generate.js to rebuild)', () => {
  const files = corpusFiles();
  const again = corpusFiles();
  const shipped = ['labelled.jsonl', ...readdirSync(new URL('clean/', corpusDir)).map((n) => `clean/${n}`)].sort();
  assert.deepEqual(Object.keys(files).sort(), shipped, 'the same file names');
  for (const name of shipped) {
    assert.equal(files[name], again[name], `${name}: two runs differ`);
    assert.ok(readFileSync(new URL(name, corpusDir)).equals(Buffer.from(files[name])), `${name} differs from the generator's output`);
  }
});

test('the corpus is modest and its clean part is at least 300 KB', () => {
  let total = statSync(new URL('labelled.jsonl', corpusDir)).size, clean = 0;
  for (const n of readdirSync(new URL('clean/', corpusDir))) clean += statSync(new URL(`clean/${n}`, corpusDir)).size;
  total += clean;
  assert.ok(clean >= 300_000, `clean texts: ${clean} bytes`);
  assert.ok(total < 5_000_000, `corpus: ${total} bytes`);
});

const { docs } = loadCorpus(fileURLToPath(corpusDir));
const fixtures = loadFixtures(fileURLToPath(fixturesDir));

function checkSpans(doc) {
  let last = 0;
  for (const s of doc.spans) {
    assert.ok(s.start >= last && s.end > s.start && s.end <= doc.text.length, `${doc.id}: span ${s.start}-${s.end} out of order or range`);
    last = s.end;
    const value = doc.text.slice(s.start, s.end);
    assert.equal(shapeProblem(s.entity, value), null, `${doc.id}: ${s.entity} ${JSON.stringify(value)}`);
  }
}

test('every generated label sits on a well-formed value of its entity (checksums verified)', () => {
  assert.ok(docs.length >= 1000);
  const entities = new Set();
  for (const doc of docs) {
    assert.ok(['en', 'fr', 'de', 'es', 'it'].includes(doc.lang), doc.id);
    checkSpans(doc);
    for (const s of doc.spans) entities.add(s.entity);
  }
  for (const e of ['EMAIL', 'PHONE', 'IP_ADDRESS', 'MAC_ADDRESS', 'URL', 'CREDIT_CARD', 'IBAN', 'BIC', 'CRYPTO_WALLET', 'NATIONAL_ID', 'TAX_ID', 'HEALTH_ID', 'PERSON', 'ADDRESS', 'DATE_OF_BIRTH', 'GPS_COORDINATES']) {
    assert.ok(entities.has(e), `no ${e} in the corpus`);
  }
  const kinds = new Set(docs.map((d) => `${d.lang}/${d.kind}`));
  assert.equal(kinds.size, 5 * 6, 'six kinds of document in each of the five languages');
  assert.ok(docs.some((d) => d.spans.some((s) => s.test)), 'some test values (example.com) are marked');
});

test('the fixtures parse, carry labels on well-formed values, and the JSON one is JSON', () => {
  assert.ok(fixtures.length >= 10 && fixtures.length <= 20, `${fixtures.length} fixtures`);
  for (const doc of fixtures) {
    assert.ok(doc.spans.length > 0, doc.id);
    assert.ok(!doc.text.includes('[['), `${doc.id}: a marker is left`);
    checkSpans(doc);
    if (doc.id.endsWith('.json')) JSON.parse(doc.text);
  }
});

test('inline markers give exact spans', () => {
  const { text, spans } = parseMarked('Mail [[EMAIL:a.b@mail.fr]], test [[EMAIL+test:x@example.com]].\n[[ADDRESS:1 rue X\n75001 Paris]]');
  assert.equal(text, 'Mail a.b@mail.fr, test x@example.com.\n1 rue X\n75001 Paris');
  assert.deepEqual(spans.map((s) => [text.slice(s.start, s.end), s.entity, !!s.test]), [
    ['a.b@mail.fr', 'EMAIL', false], ['x@example.com', 'EMAIL', true], ['1 rue X\n75001 Paris', 'ADDRESS', false],
  ]);
  assert.throws(() => parseMarked('broken [[EMAIL:a@b.fr'), /marker/);
});

test('the matcher: same entity and >= 50% of the label covered, one-to-one', () => {
  const labels = [
    { start: 0, end: 10, entity: 'PHONE' },
    { start: 20, end: 40, entity: 'PERSON' },
  ];
  const predictions = [
    { start: 0, end: 10, entity: 'PHONE' }, // exact: TP
    { start: 2, end: 9, entity: 'PHONE' }, // covers the same label again: FP (one-to-one)
    { start: 25, end: 34, entity: 'PERSON' }, // 9 of 20 characters = 45%: not enough, FP; the label is a FN
  ];
  const m = matchDocument(labels, predictions);
  assert.equal(m.pairs.length, 1);
  assert.deepEqual(m.pairs[0], [labels[0], predictions[0]]);
  assert.deepEqual(m.fp, [predictions[1], predictions[2]]);
  assert.deepEqual(m.fn, [labels[1]]);
  const t = new Tally();
  t.add(m);
  assert.deepEqual(t.byEntity, { PHONE: { support: 1, tp: 1, fp: 1, fn: 0 }, PERSON: { support: 1, tp: 0, fp: 1, fn: 1 } });
  assert.deepEqual(t.overall(), { support: 2, tp: 1, fp: 2, fn: 1 });
  assert.deepEqual(prf(t.overall()), { precision: 1 / 3, recall: 0.5, f1: 0.4 });

  // Exactly half covered counts; a wider prediction counts; another entity never does.
  const l = [{ start: 10, end: 20, entity: 'EMAIL' }];
  assert.equal(matchDocument(l, [{ start: 15, end: 30, entity: 'EMAIL' }]).pairs.length, 1);
  assert.equal(matchDocument(l, [{ start: 0, end: 40, entity: 'EMAIL' }]).pairs.length, 1);
  assert.equal(matchDocument(l, [{ start: 16, end: 30, entity: 'EMAIL' }]).pairs.length, 0);
  assert.equal(matchDocument(l, [{ start: 10, end: 20, entity: 'URL' }]).pairs.length, 0);
  // ...unless the label names it as an alternative (a URL with a password is also a PASSWORD).
  const dsn = [{ start: 10, end: 20, entity: 'URL', alt: ['PASSWORD'] }];
  assert.equal(matchDocument(dsn, [{ start: 10, end: 20, entity: 'PASSWORD' }]).pairs.length, 1);
  assert.equal(matchDocument(dsn, [{ start: 10, end: 20, entity: 'SECRET' }]).pairs.length, 0);
  // An exact prediction is preferred to a larger overlap elsewhere.
  const two = matchDocument(l, [{ start: 8, end: 20, entity: 'EMAIL' }, { start: 10, end: 20, entity: 'EMAIL' }]);
  assert.equal(two.pairs[0][1].start, 10);
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 3 }), { precision: null, recall: 0, f1: 0 });
});

test('clean texts are cut at line ends without losing a character', () => {
  const text = 'a'.repeat(5000) + '\n' + 'b\n'.repeat(3000) + 'end';
  const parts = chunks(text, 4096);
  assert.equal(parts.join(''), text);
  assert.ok(parts.every((p) => p.length <= 4096));
});

test('the redact-pii span replay gives the same redacted text as redact-pii itself', async () => {
  const tool = await redactPii();
  const sample = docs.filter((d) => d.lang === 'en').slice(0, 60);
  for (const d of sample) {
    const found = tool.detect(d.text);
    for (const f of found) assert.ok(f.start >= 0 && f.end <= d.text.length && f.end >= f.start);
  }
  assert.deepEqual(tool.notes, [], 'no document where the replay differs from SyncRedactor');
});
