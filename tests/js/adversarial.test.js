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

test('a single 24 MB line: scanned in windows, the value at its end found once', async () => {
  const line = 'x'.repeat(24 << 20) + ' ann@corp.fr';
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
