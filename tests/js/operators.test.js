// Operators through the package: `fake`, keyed pseudonyms, per-entity operators, the mapping with
// them, replaceValues(). Against the real wasm build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScanner, DiscretError, OPERATORS } from '../../wasm/index.js';

const scanner = await createScanner();

const SAMPLE = [
  'Jean Dupont <jean.dupont@orange.fr> tel +33 6 12 34 56 78',
  'from 82.64.10.7 and 2a01:cb00:1234:5678:9abc:def0:1234:5678',
  'card 4970 1012 3456 7893, IBAN FR76 3000 6000 0112 3456 7890 189',
  'NIR : 185077512345608',
].join('\n');

const summary = (findings) => findings.map((f) => `${f.entity}/${f.ruleId}`);

test('fake is an operator', () => {
  assert.ok(OPERATORS.includes('fake'));
});

test('fake values are found again as the same entity by the same rule, IPs and e-mails as test values', () => {
  const before = scanner.scan(SAMPLE);
  assert.deepEqual(summary(before), ['PERSON/person-email-display', 'EMAIL/email', 'PHONE/phone-e164', 'IP_ADDRESS/ipv4',
    'IP_ADDRESS/ipv6', 'CREDIT_CARD/credit-card', 'IBAN/iban', 'NATIONAL_ID/fr-nir']);
  const { text, findings } = scanner.pseudonymize(SAMPLE, { operator: 'fake', key: 'k' });
  const after = scanner.scan(text);
  assert.deepEqual(summary(after), summary(before));
  assert.deepEqual(after.map((f) => f.text), findings.map((f) => f.replacement));
  const by = Object.fromEntries(after.map((f) => [f.ruleId, f]));
  assert.match(by.email.text, /^user-[0-9a-f]{10}@example\.(com|org|net)$/);
  assert.equal(by.email.test, true);
  for (const ip of [by.ipv4, by.ipv6]) {
    assert.equal(ip.kind, 'documentation');
    assert.equal(ip.test, true);
  }
  assert.match(by.ipv4.text, /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
  assert.match(by.ipv6.text, /^2001:db8:/);
  assert.match(by['credit-card'].text, /^4000 00\d\d \d{4} \d{4}$/);
  assert.match(by.iban.text, /^FR\d\d( \d{4}){5} \d{3}$/);
  assert.match(by['phone-e164'].text, /^\+33 1 99 00 \d\d \d\d$/);
  assert.equal(by['phone-e164'].test, true);
  assert.match(after[0].text, /^[A-Z]\S+ [A-Z]\S+$/);
  for (const f of findings) assert.notEqual(f.replacement, f.text);
});

test('fake is deterministic under a key, random per scanner without one', async () => {
  // A scanner remembers the first fake of a value (whatever the key): fresh scanners for each key.
  const [one, other, third] = [await createScanner(), await createScanner(), await createScanner()];
  const keyed = (s, key) => s.pseudonymize(SAMPLE, { operator: 'fake', key }).findings.map((f) => f.replacement);
  const shared = keyed(one, 'shared');
  assert.deepEqual(keyed(other, 'shared'), shared);
  const different = keyed(third, 'another');
  assert.equal(different.length, 8);
  different.forEach((r, i) => assert.notEqual(r, shared[i]));
  // Without a key: the same within one scanner, another scanner draws another key.
  const a = await createScanner();
  const b = await createScanner();
  const first = a.pseudonymize('x@example.fr', { operator: 'fake' }).text;
  assert.match(first, /^user-[0-9a-f]{10}@example\./);
  assert.equal(a.pseudonymize('again x@example.fr', { operator: 'fake' }).text, `again ${first}`);
  assert.notEqual(b.pseudonymize('x@example.fr', { operator: 'fake' }).text, first);
  for (const s of [one, other, third, a, b]) s.dispose();
});

test('a keyed pseudonym is the same in two scanners with one key, numbered without a key', async () => {
  const one = await createScanner();
  const two = await createScanner();
  const text = 'a@example.com b@example.com a@example.com';
  const x = one.pseudonymize(text, { operator: 'pseudonym', key: 'team-key' }).text;
  assert.match(x, /^<EMAIL_[0-9a-f]{12}> <EMAIL_[0-9a-f]{12}> <EMAIL_[0-9a-f]{12}>$/);
  const [p, q, r] = x.split(' ');
  assert.equal(p, r);
  assert.notEqual(p, q);
  // The second scanner has seen other values first: keyed pseudonyms do not depend on order.
  two.pseudonymize('z@example.com y@example.com', { operator: 'pseudonym', key: 'team-key' });
  assert.equal(two.pseudonymize('b@example.com a@example.com', { operator: 'pseudonym', key: 'team-key' }).text, `${q} ${p}`);
  const three = await createScanner();
  assert.notEqual(three.pseudonymize('a@example.com', { operator: 'pseudonym', key: 'other-key' }).text, p);
  assert.equal(three.pseudonymize('a@example.com', { operator: 'pseudonym' }).text, '<EMAIL_1>');
  for (const s of [one, two, three]) s.dispose();
});

test('per-entity operators override the default operator for their entities only', () => {
  const text = 'Jean Dupont <jean.dupont@orange.fr> tel +33 6 12 34 56 78';
  const { findings } = scanner.pseudonymize(text, {
    operator: 'placeholder', key: 'k', operators: { EMAIL: 'fake', PHONE: 'mask', PERSON: 'redact' },
  });
  assert.deepEqual(findings.map((f) => f.entity), ['PERSON', 'EMAIL', 'PHONE']);
  assert.equal(findings[0].replacement, '');
  assert.match(findings[1].replacement, /^user-[0-9a-f]{10}@example\./);
  assert.equal(findings[2].replacement, `${'*'.repeat(13)}6 78`);
  // No `operator`: the others keep the default, placeholder.
  const defaults = scanner.pseudonymize(text, { operators: { EMAIL: 'hash' }, key: 'k' }).findings;
  assert.equal(defaults[0].replacement, '<PERSON>');
  assert.match(defaults[1].replacement, /^[0-9a-f]{64}$/);
  assert.equal(defaults[2].replacement, '<PHONE>');
});

test('invalid operators name the option; missing keys are typed errors', () => {
  const fails = (options, code, where) => assert.throws(() => scanner.pseudonymize('a@example.com', options),
    (e) => e instanceof DiscretError && e.code === code && e.where === where);
  fails({ operators: { EMIAL: 'fake' } }, 'invalid_option', '/operators/EMIAL');
  fails({ operators: { EMAIL: 'rot13' } }, 'invalid_option', '/operators/EMAIL');
  fails({ operators: { EMAIL: 3 } }, 'invalid_option', '/operators/EMAIL');
  fails({ operators: ['fake'] }, 'invalid_option', '/operators');
  fails({ operator: 'rot13' }, 'invalid_option', 'operator');
  fails({ operators: { EMAIL: 'hash' } }, 'missing_key', 'key');
  fails({ mask: -1 }, 'invalid_option', 'mask');
});

test('the mapping exports and imports numbered, keyed and fake replacements', async () => {
  const s = await createScanner();
  s.pseudonymize('a@example.com', { operator: 'pseudonym' });
  const keyed = s.pseudonymize('b@example.com', { operator: 'pseudonym', key: 'k' }).text;
  const fake = s.pseudonymize('c@example.com 82.64.10.7', { operator: 'fake' }).findings.map((f) => f.replacement);
  const exported = s.exportMapping();
  assert.equal(exported.version, 1);
  assert.deepEqual(exported.entries.map((e) => [e.value, e.pseudonym]), [
    ['a@example.com', '<EMAIL_1>'], ['b@example.com', keyed], ['c@example.com', fake[0]], ['82.64.10.7', fake[1]],
  ]);
  // Another scanner (another random key) gives the imported replacements, and numbers after them.
  const t = await createScanner();
  t.importMapping(exported);
  assert.deepEqual(t.exportMapping(), exported);
  assert.equal(t.pseudonymize('82.64.10.7 c@example.com', { operator: 'fake' }).text, `${fake[1]} ${fake[0]}`);
  assert.equal(t.pseudonymize('d@example.com a@example.com', { operator: 'pseudonym' }).text, '<EMAIL_2> <EMAIL_1>');
  // One replacement for two values would make the mapping ambiguous backwards.
  const clash = { version: 1, entries: [
    { entity: 'EMAIL', value: 'x', pseudonym: 'user-0123456789@example.org' },
    { entity: 'EMAIL', value: 'y', pseudonym: 'user-0123456789@example.org' },
  ] };
  assert.throws(() => t.importMapping(clash), (e) => e.code === 'invalid_mapping' && e.where === '/entries/1/pseudonym');
  s.dispose();
  t.dispose();
});

test('replaceValues replaces a batch through the same mapping as pseudonymize', async () => {
  const s = await createScanner();
  assert.equal(s.pseudonymize('a@example.com', { operator: 'pseudonym' }).text, '<EMAIL_1>');
  const found = s.scan('NIR : 185077512345608, tel 06 12 34 56 78');
  const out = s.replaceValues([
    { entity: 'EMAIL', ruleId: 'email', text: 'b@example.com' },
    { entity: 'EMAIL', text: 'a@example.com' },
    ...found,
  ], { operator: 'pseudonym', operators: { NATIONAL_ID: 'fake', PHONE: 'fake' } });
  assert.equal(out.length, 4);
  assert.deepEqual(out.slice(0, 2), ['<EMAIL_2>', '<EMAIL_1>']);
  // ruleId reached the core: fr-nir has a fake, and fr-phone's country picks the fiction range.
  assert.deepEqual(summary(s.scan(out[2])), ['NATIONAL_ID/fr-nir']);
  assert.match(out[3], /^01 99 00 \d\d \d\d$/);
  // A later pseudonymize() of the same values gives what the batch gave.
  const again = s.pseudonymize('b@example.com NIR 185077512345608', { operator: 'pseudonym', operators: { NATIONAL_ID: 'fake' } });
  assert.equal(again.text, `<EMAIL_2> NIR ${out[2]}`);
  assert.ok(s.exportMapping().entries.some((e) => e.pseudonym === out[2]));
  s.dispose();
});

test('replaceValues takes a large batch in one call, and reports bad values with a pointer', () => {
  const values = Array.from({ length: 20000 }, (_, i) => ({ entity: 'EMAIL', ruleId: 'email', text: `u${i % 5000}@x.fr` }));
  const out = scanner.replaceValues(values, { operator: 'fake', key: 'k' });
  assert.equal(out.length, 20000);
  assert.equal(new Set(out).size, 5000);
  assert.equal(out[0], out[5000]);
  assert.deepEqual(scanner.replaceValues([], {}), []);
  assert.deepEqual(scanner.replaceValues([{ entity: 'PERSON', text: 'Zoé 😀' }], { operator: 'mask', mask: 1 }), ['****😀']);
  const fails = (vals, where) => assert.throws(() => scanner.replaceValues(vals, { operator: 'placeholder' }),
    (e) => e instanceof DiscretError && e.code === 'invalid_option' && e.where === where);
  fails([{ entity: 'EMAIL', text: 'x' }, { entity: 'EMIAL', text: 'y' }], '/values/1/entity');
  fails([{ entity: 'EMAIL' }], '/values/0/text');
  fails([null], '/values/0/entity');
  fails('a@b.fr', 'values');
  assert.throws(() => scanner.replaceValues([{ entity: 'EMAIL', text: 'x' }], { operators: { EMAIL: 'nope' } }),
    (e) => e.where === '/operators/EMAIL');
});
