// The npm package's public API, against the real wasm build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScanner, DiscretError, ENTITIES, OPERATORS } from '../../wasm/index.js';

const scanner = await createScanner();

test('scan finds an e-mail after astral characters with exact UTF-16 offsets', () => {
  const text = '😀👩‍👩‍👧 é 𝔘 contact: jean.dupont@example.fr, 😀 +33 6 12 34 56 78';
  const findings = scanner.scan(text);
  assert.deepEqual(findings.map((f) => [f.entity, f.ruleId, f.text]), [
    ['EMAIL', 'email', 'jean.dupont@example.fr'],
    ['PHONE', 'phone-e164', '+33 6 12 34 56 78'],
  ]);
  for (const f of findings) assert.equal(text.slice(f.start, f.end), f.text);
  assert.equal(findings[0].country, null);
  assert.ok(findings[0].score >= 0.5 && findings[0].score <= 1);
});

test('national rules carry their country', () => {
  const [f] = scanner.scan('Tél : 06 12 34 56 78');
  assert.equal(f.ruleId, 'fr-phone');
  assert.equal(f.country, 'FR');
});

test('scanBytes reports UTF-8 byte offsets', () => {
  const bytes = new TextEncoder().encode('é mail a@example.com');
  const [f] = scanner.scanBytes(bytes);
  assert.equal(f.start, 8);
  assert.equal(f.text, 'a@example.com');
});

test('each operator replaces the finding and nothing else', () => {
  const text = 'mail jean.dupont@example.fr ok';
  const out = (options) => scanner.pseudonymize(text, options).text;
  assert.equal(out({ operator: 'redact' }), 'mail  ok');
  assert.equal(out({ operator: 'placeholder' }), 'mail <EMAIL> ok');
  assert.equal(out({ operator: 'mask' }), 'mail ******************e.fr ok');
  assert.equal(out({ operator: 'mask', mask: 0, maskChar: '#' }), 'mail ###################### ok');
  // HMAC-SHA-256("k", value), from an independent implementation.
  assert.equal(out({ operator: 'hash', key: 'k' }), 'mail 883793aeb49c3d1945a831f4a0ba9af8afdf7a2aafaab231216a6aedd0a7ad9c ok');
  assert.deepEqual([...OPERATORS], ['redact', 'placeholder', 'mask', 'hash', 'pseudonym', 'fake']);
});

test('hash needs a key and says so with a typed error', () => {
  assert.throws(() => scanner.pseudonymize('a@example.com', { operator: 'hash' }),
    (e) => e instanceof DiscretError && e.code === 'missing_key');
  assert.throws(() => scanner.pseudonymize('a@example.com', { operator: 'rot13' }),
    (e) => e instanceof DiscretError && e.code === 'invalid_option');
});

test('pseudonyms are stable within a scanner and the mapping round-trips', async () => {
  const s = await createScanner();
  const first = s.pseudonymize('a@example.com b@example.com a@example.com', { operator: 'pseudonym' });
  assert.equal(first.text, '<EMAIL_1> <EMAIL_2> <EMAIL_1>');
  assert.deepEqual(first.mapping, [
    { entity: 'EMAIL', value: 'a@example.com', replacement: '<EMAIL_1>' },
    { entity: 'EMAIL', value: 'b@example.com', replacement: '<EMAIL_2>' },
  ]);
  assert.equal(s.pseudonymize('b@example.com', { operator: 'pseudonym' }).text, '<EMAIL_2>');
  const exported = s.exportMapping();
  assert.equal(exported.version, 1);
  assert.equal(exported.entries.length, 2);

  const t = await createScanner();
  t.importMapping(exported);
  assert.equal(t.pseudonymize('c@example.com b@example.com', { operator: 'pseudonym' }).text, '<EMAIL_3> <EMAIL_2>');
  assert.throws(() => t.importMapping({ version: 1, entries: [{ entity: 'EMAIL', value: 'x', pseudonym: 'EMAIL_1' }] }),
    (e) => e.code === 'invalid_mapping' && e.where === '/entries/0/pseudonym');
  s.dispose();
  t.dispose();
});

test('pseudonymize leaves every non-finding character unchanged on a large random text', () => {
  // Deterministic PRNG so a failure reproduces.
  let seed = 12345;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 16) % n; // the low bits of an LCG cycle quickly
  };
  const pieces = [' ', '\n', 'é', '😀', '中文', 'abc', '42', '@', '.', '\u0000', 'x@example.org', '+44 20 7946 0958',
    '4111 1111 1111 1111', 'AKIAIOSFODNN7EXAMPLE', '203.0.113.9', 'FR76 3000 6000 0112 3456 7890 189'];
  let text = '';
  while (text.length < 400_000) text += pieces[rand(pieces.length)];
  const { text: out, findings } = scanner.pseudonymize(text, { operator: 'pseudonym' });
  assert.ok(findings.length > 1000);
  let i = 0;
  let o = 0;
  for (const f of findings) {
    assert.equal(out.slice(o, o + f.start - i), text.slice(i, f.start));
    o += f.start - i;
    assert.equal(out.slice(o, o + f.replacement.length), f.replacement);
    o += f.replacement.length;
    i = f.end;
  }
  assert.equal(out.slice(o), text.slice(i));
});

test('pseudonymizeBytes keeps invalid UTF-8 outside findings byte for byte', () => {
  const bytes = Uint8Array.from([0xff, 0x20, ...new TextEncoder().encode('a@example.com'), 0x20, 0xc3]);
  const { bytes: out, findings } = scanner.pseudonymizeBytes(bytes, { operator: 'placeholder' });
  assert.equal(findings.length, 1);
  assert.deepEqual([...out], [0xff, 0x20, ...new TextEncoder().encode('<EMAIL>'), 0x20, 0xc3]);
});

test('a custom rule pack adds rules, validated with the same errors as the built-in ones', async () => {
  const pack = { name: 'acme', rules: [{ id: 'acme-employee', entity: 'NATIONAL_ID', pattern: 'EMP-[0-9]{6}', score: 0.8 }] };
  const s = await createScanner({ rules: pack });
  assert.deepEqual(s.scan('badge EMP-123456').map((f) => f.ruleId), ['acme-employee']);
  assert.ok(s.rules.some((r) => r.id === 'email'));
  s.dispose();

  const only = await createScanner({ rules: JSON.stringify(pack), builtins: false });
  assert.deepEqual(only.rules.map((r) => r.id), ['acme-employee']);
  only.dispose();
});

test('a broken custom rule pack gives a typed error naming the JSON Pointer', async () => {
  const broken = { rules: [{ id: 'ok', entity: 'EMAIL', pattern: 'x' }, { id: 'bad', entity: 'EMAIL', pattern: '(abc' }] };
  await assert.rejects(createScanner({ rules: broken }), (e) => {
    assert.ok(e instanceof DiscretError);
    assert.equal(e.code, 'invalid_pattern');
    assert.equal(e.where, '/rules/1/pattern');
    assert.equal(e.ruleId, 'bad');
    assert.match(e.message, /^\/rules\/1\/pattern: missing \)/);
    return true;
  });
  await assert.rejects(createScanner({ rules: '{"rules": [' }), (e) => e.code === 'invalid_json' && e.where === '@11');
  await assert.rejects(createScanner({ rules: { rules: [{ id: 'v', entity: 'EMAIL', pattern: 'x', validators: ['nope'] }] } }),
    (e) => e.code === 'unknown_validator' && e.where === '/rules/0/validators/0');
  await assert.rejects(createScanner({ rules: { rules: [{ id: 'email', entity: 'EMAIL', pattern: 'x' }] } }),
    (e) => e.code === 'duplicate_rule' && e.where === '/rules/0/id');
  await assert.rejects(createScanner({ minScore: 2 }), (e) => e.code === 'invalid_option');
});

test('minScore drops low-scoring findings', async () => {
  const strict = await createScanner({ minScore: 0.95 });
  assert.deepEqual(strict.scan('jean.dupont@example.fr ghp_16C7e42F292c6912E7710c838347Ae178B4a').map((f) => f.ruleId), ['github-token']);
  strict.dispose();
});

test('a disposed scanner refuses work', async () => {
  const s = await createScanner();
  s.dispose();
  s.dispose();
  assert.throws(() => s.scan('x'), (e) => e.code === 'disposed');
});

test('scanning a 10 MB text returns every planted finding', () => {
  const line = 'filler text without personal data, order 12345, v1.2.3 ';
  const parts = [];
  for (let i = 0; i < 20000; i += 1) parts.push(line.repeat(8), `user${i}@mail.example.org\n`);
  const text = parts.join('');
  const findings = scanner.scan(text);
  assert.equal(findings.length, 20000);
  assert.equal(findings[19999].text, 'user19999@mail.example.org');
});

test('findings say whether they are test values, and an IP its range', () => {
  const findings = scanner.scan('jane@example.com jane@acme.fr 192.0.2.1 10.0.0.1 8.8.8.8 card 4111 1111 1111 1111');
  assert.deepEqual(findings.map((f) => [f.text, f.test, f.kind]), [
    ['jane@example.com', true, null],
    ['jane@acme.fr', false, null],
    ['192.0.2.1', true, 'documentation'],
    ['10.0.0.1', false, 'private'],
    ['8.8.8.8', false, 'public'],
    ['4111 1111 1111 1111', true, null],
  ]);
});

test('allow and deny lists, and rules, entities and countries turned off', async () => {
  const text = 'Projet Hermès: jane@acme.fr, 06 12 34 56 78, AKIAIOSFODNN7EXAMPLE';
  const s = await createScanner({
    allow: ['jane@acme.fr'],
    deny: [{ value: 'Projet Hermès', entity: 'PERSON' }],
    disabledRules: ['aws-access-key-id'],
  });
  assert.deepEqual(s.scan(text).map((f) => [f.ruleId, f.entity, f.text]), [
    ['deny-1', 'PERSON', 'Projet Hermès'],
    ['fr-phone', 'PHONE', '06 12 34 56 78'],
  ]);
  s.dispose();
  const onlySecrets = await createScanner({ entities: ['SECRET'] });
  assert.deepEqual(onlySecrets.scan(text).map((f) => f.ruleId), ['aws-access-key-id']);
  onlySecrets.dispose();
  const gb = await createScanner({ countries: ['GB'] });
  assert.deepEqual(gb.scan(text).map((f) => f.ruleId), ['email', 'aws-access-key-id']);
  gb.dispose();
  await assert.rejects(createScanner({ deny: [{ pattern: '(x', entity: 'PERSON' }] }),
    (e) => e instanceof DiscretError && e.code === 'invalid_pattern' && e.where === '/deny/0/pattern');
  await assert.rejects(createScanner({ disabledRules: ['no-such-rule'] }), (e) => e.code === 'invalid_option' && e.where === '/disabledRules/0');
  await assert.rejects(createScanner({ minscore: 0.2 }), (e) => e.code === 'invalid_option' && e.where === '/minscore');
});

test('ENTITIES is the engine\'s entity vocabulary: each one loads, another is refused', async () => {
  for (const entity of ENTITIES) (await createScanner({ builtins: false, rules: { rules: [{ id: 'x', entity, pattern: 'x' }] } })).dispose();
  await assert.rejects(createScanner({ builtins: false, rules: { rules: [{ id: 'x', entity: 'NAME', pattern: 'x' }] } }), /NAME/);
  assert.equal(ENTITIES.length, new Set(ENTITIES).size);
});
