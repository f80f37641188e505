// Property tests (issue 8) with fast-check, on a fixed seed so CI is deterministic:
//   - random Unicode text (every plane, combining marks, RTL, emoji, CRLF/LF, NUL, lone surrogates; invalid
//     UTF-8 for the bytes API) with valid values planted in it: pseudonymize (text, bytes, and pseudonymizeFile
//     in small windows) changes exactly the bytes of the reported findings, and every planted value is found;
//   - a numbered/keyed/fake mapping exported from one scanner and imported into a fresh one gives the same
//     replacements; malformed or adversarial mappings are refused with 'invalid_mapping', never a crash;
//   - the native build (build/native/discret-native) and the wasm build report identical findings.
//
// FC_SEED=n and FC_RUNS_FACTOR=x (e.g. 10) run other or more cases locally; CI uses the defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { createScanner, DiscretError, ENTITIES } from 'discret';
import { pseudonymizeFile, scanFile } from 'discret/files';
import { ibanFromBban, luhnCheckDigit } from '../../eval/lib/values.js';

const SEED = Number(process.env.FC_SEED ?? 20251123);
const FACTOR = Number(process.env.FC_RUNS_FACTOR ?? 1);
const runs = (numRuns) => ({ seed: SEED, numRuns: Math.max(1, Math.round(numRuns * FACTOR)), endOnFailure: false });

const encoder = new TextEncoder();
const enc = (s) => encoder.encode(s);
const scanner = await createScanner();

// ---- planted values, each valid for its rule's validators (docs/rules.md) ----------------------------

const digitsOf = (n) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const grouped = (s, size, sep) => s.match(new RegExp(`.{1,${size}}`, 'g')).join(sep);

const email = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9]{0,9}(?:[._-][a-z0-9]{1,8})?@[a-z][a-z0-9-]{0,10}[a-z0-9]\.(?:com|org|net|fr|de|io)$/),
  fc.stringMatching(/^[a-zäöüéèçñ]{1,8}\.[a-zäöüéèçñ]{1,8}@[a-zäöüß]{2,8}\.(?:de|fr|es)$/),  // internationalised
).map((value) => ({ entity: 'EMAIL', value }));

// BBAN layouts of a few registry countries (ISO 13616): digits, upper-case letters, or either.
const BBAN = { FR: /^[0-9]{10}[A-Z0-9]{11}[0-9]{2}$/, DE: /^[0-9]{18}$/, GB: /^[A-Z]{4}[0-9]{14}$/, ES: /^[0-9]{20}$/,
  IT: /^[A-Z][0-9]{10}[A-Z0-9]{12}$/, NL: /^[A-Z]{4}[0-9]{10}$/, BE: /^[0-9]{12}$/, CH: /^[0-9]{5}[A-Z0-9]{12}$/ };
const iban = fc.constantFrom(...Object.keys(BBAN))
  .chain((country) => fc.tuple(fc.constant(country), fc.stringMatching(BBAN[country]), fc.boolean()))
  .map(([country, bban, spaced]) => {
    const value = ibanFromBban(country, bban);
    return { entity: 'IBAN', value: spaced ? grouped(value, 4, ' ') : value };
  });

const isNir = (v) => /^[1-478][0-9]{14}$/.test(v) && 97 - Number(BigInt(v.slice(0, 13)) % 97n) === Number(v.slice(13));
const card = fc.tuple(fc.constantFrom(['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['6011', 16], ['37', 15]), fc.constantFrom('', ' ', '-'))
  .chain(([[prefix, length], sep]) => digitsOf(length - prefix.length - 1).map((body) => {
    const number = prefix + body + luhnCheckDigit(prefix + body);
    const value = !sep ? number : length === 15 ? `${number.slice(0, 4)}${sep}${number.slice(4, 10)}${sep}${number.slice(10)}` : grouped(number, 4, sep);
    return { entity: 'CREDIT_CARD', value };
  })).filter(({ value }) => !isNir(value));  // 1 in 97 plain Amex numbers is also a valid NIR, which scores higher

const phone = fc.oneof(
  fc.tuple(fc.constantFrom('6', '7'), digitsOf(8), fc.boolean()).map(([m, d, spaced]) => (spaced ? `+33 ${m} ${grouped(d, 2, ' ')}` : `+33${m}${d}`)),
  digitsOf(9).map((d) => `+44 7${d.slice(0, 3)} ${d.slice(3)}`),
  digitsOf(8).map((d) => `+49 30 ${d}`),
).map((value) => ({ entity: 'PHONE', value }));

const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc.tuple(fc.integer({ min: 1, max: 223 }), octet, octet, octet).map((o) => ({ entity: 'IP_ADDRESS', value: o.join('.') }));

const mac = fc.tuple(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 6, maxLength: 6 }), fc.constantFrom(':', '-'), fc.boolean())
  .map(([bytes, sep, upper]) => {
    const value = bytes.map((b) => b.toString(16).padStart(2, '0')).join(sep);
    return { entity: 'MAC_ADDRESS', value: upper ? value.toUpperCase() : value };
  });

const aws = fc.stringMatching(/^(?:AKIA|ASIA)[A-Z2-7]{16}$/).map((value) => ({ entity: 'SECRET', value }));
const github = fc.stringMatching(/^gh[pousr]_[A-Za-z0-9]{36}$/).map((value) => ({ entity: 'SECRET', value }));

// French NIR: sex, year, month, department (not 20), commune, order, key = 97 - n mod 97.
const nir = fc.tuple(fc.constantFrom('1', '2'), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }),
  fc.integer({ min: 1, max: 95 }).filter((d) => d !== 20), fc.integer({ min: 1, max: 990 }), fc.integer({ min: 1, max: 999 }), fc.boolean())
  .map(([sex, yy, mm, dep, commune, order, spaced]) => {
    const p = (n, w) => String(n).padStart(w, '0');
    const body = `${sex}${p(yy, 2)}${p(mm, 2)}${p(dep, 2)}${p(commune, 3)}${p(order, 3)}`;
    const key = p(97 - Number(BigInt(body) % 97n), 2);
    const value = spaced ? `${sex} ${p(yy, 2)} ${p(mm, 2)} ${p(dep, 2)} ${p(commune, 3)} ${p(order, 3)} ${key}` : body + key;
    return { entity: 'NATIONAL_ID', value };
  });

const plantedValue = fc.oneof(email, iban, card, phone, ipv4, mac, aws, github, nir);

// ---- random text around them ----------------------------------------------------------------------

// Hand-picked awkward pieces: line ends, NUL, combining marks, RTL text and controls, zero-width and BOM,
// ZWJ emoji and flags, astral letters, lone surrogates (the text API turns them into U+FFFD).
const SPECIALS = ['\r\n', '\n', '\r', '\u0000', 'e\u0301', '\u0301\u0308', 'שלום', 'مرحبا بالعالم', '\u200f', '\u202e', '\u2028',
  '\ufeff', '\u200b', '👩🏽‍💻', '🇫🇷', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '中文字符', '\t', ' ', '\ud800', '\udfff'];
const noisePiece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),          // any code point of any plane
  fc.string({ unit: 'grapheme', maxLength: 12 }),        // combining sequences, emoji
  fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),  // ASCII: digits, punctuation, letters next to values
  fc.constantFrom(...SPECIALS),
);
const noise = fc.array(noisePiece, { maxLength: 5 }).map((a) => a.join(''));
// Invalid UTF-8 for the bytes API: stray continuation bytes, truncated and overlong sequences, surrogates.
const INVALID = [[0x80], [0xbf], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xfe], [0xf0, 0x9f], [0xe2, 0x82]];
const rawPiece = fc.oneof(fc.uint8Array({ maxLength: 16 }), fc.constantFrom(...INVALID).map((b) => Uint8Array.from(b)));

// A value is put on a line of its own (its rules need no context word) so it cannot merge with its random
// neighbours; the random text between values is anything.
const LINE = { before: fc.constantFrom('\n', '\r\n', ' \n', '\t\n', '\n\n'), after: fc.constantFrom('\n', '\r\n', '\n ', '\r\n\t', '\n\n') };
// Or inside a line, between separators no value's pattern runs across, so that lines get long.
const INLINE = { before: fc.constantFrom(' ; ', '\t;\t', ', '), after: fc.constantFrom(' ; ', '\t;\t', ' ;') };

/**
 * A document: parts [{ text } | { bytes } (raw, bytes API only) | { value, entity } (planted)].
 * withRaw: also raw byte runs (invalid UTF-8); around: the separators around each value (LINE or INLINE).
 */
function documentOf({ withRaw = false, maxValues = 8, around = LINE } = {}) {
  const filler = withRaw ? fc.oneof({ weight: 3, arbitrary: noise.map((text) => ({ text })) }, { weight: 1, arbitrary: rawPiece.map((bytes) => ({ bytes })) }) : noise.map((text) => ({ text }));
  return fc.tuple(filler, fc.array(fc.tuple(around.before, plantedValue, around.after, filler), { maxLength: maxValues }))
    .map(([first, rest]) => [first, ...rest.flatMap(([b, v, a, f]) => [{ text: b }, v, { text: a }, f])]);
}

/** The parts joined: the string (when there are no raw bytes), the bytes, and where each planted value is. */
function assemble(parts, { clean = (s) => s } = {}) {
  const chunks = [];
  const planted = [];
  let units = 0, bytes = 0;
  let text = '';
  for (const part of parts) {
    const piece = part.bytes ?? enc(clean(part.text ?? part.value));
    if (part.value !== undefined) planted.push({ entity: part.entity, value: part.value, start: units, end: units + part.value.length, startByte: bytes, endByte: bytes + piece.length });
    if (text !== null) text = part.bytes ? null : text + clean(part.text ?? part.value);
    units += part.bytes ? 0 : clean(part.text ?? part.value).length;
    bytes += piece.length;
    chunks.push(piece);
  }
  return { text, bytes: new Uint8Array(Buffer.concat(chunks)), planted };
}

// ---- checks shared by the properties ----------------------------------------------------------------

/** The input with each finding replaced: what a pseudonymized copy must be, exactly. */
function rebuilt(input, findings, slice, join) {
  const parts = [];
  let pos = 0;
  for (const f of findings) {
    parts.push(slice(input, pos, f.start), f.replacement);
    pos = f.end;
  }
  parts.push(slice(input, pos, Infinity));
  return join(parts);
}
const rebuiltText = (text, findings) => rebuilt(text, findings, (t, s, e) => t.slice(s, e), (p) => p.join(''));
const rebuiltBytes = (bytes, findings) => rebuilt(bytes, findings, (b, s, e) => b.subarray(s, e === Infinity ? b.length : e),
  (p) => new Uint8Array(Buffer.concat(p.map((x) => (typeof x === 'string' ? enc(x) : x)))));

function assertOrderedAndDisjoint(findings, label) {
  for (let i = 1; i < findings.length; i++) {
    assert.ok(findings[i].start >= findings[i - 1].end,
      `${label}: findings overlap or are out of order: ${JSON.stringify(findings[i - 1])} then ${JSON.stringify(findings[i])}`);
  }
}

// Words that drop a finding of an entity when near it (a rule's context.excludeWords: "ver" next to a dotted
// quad, "sku" next to a card number...). Random neighbours may hold one (a token "ghr_aVerA0…" splits into
// camelCase words), so a planted value of that entity is expected only when its document holds none.
const EXCLUDED = {};
const RULES = new URL('../../rules/', import.meta.url);
for (const pack of readdirSync(RULES).filter((f) => f.endsWith('.json'))) {
  const { rules } = JSON.parse(readFileSync(new URL(pack, RULES), 'utf8'));
  for (const r of rules) if (r.context?.excludeWords) (EXCLUDED[r.entity] ??= []).push(...r.context.excludeWords);
}
const excludedNear = (entity, text) => (EXCLUDED[entity] ?? []).some((w) => text.toLowerCase().includes(w.toLowerCase()));

function assertPlantedFound(planted, findings, { bytes = false, text } = {}) {
  for (const p of planted) {
    if (excludedNear(p.entity, text)) continue;
    const [start, end] = bytes ? [p.startByte, p.endByte] : [p.start, p.end];
    const hit = findings.find((f) => f.start === start && f.end === end);
    assert.ok(hit, `planted ${p.entity} ${JSON.stringify(p.value)} at ${start}-${end} not found exactly; findings: ${JSON.stringify(findings.map((f) => [f.entity, f.start, f.end, f.text]))}`);
    assert.equal(hit.entity, p.entity, `planted ${JSON.stringify(p.value)}`);
  }
}

const operatorOptions = fc.oneof(
  fc.constantFrom({ operator: 'placeholder' }, { operator: 'pseudonym' }, { operator: 'mask' }, { operator: 'redact' }, { operator: 'fake' }),
  fc.string({ minLength: 1, maxLength: 12 }).map((key) => ({ operator: 'hash', key })),
  fc.string({ minLength: 1, maxLength: 12 }).map((key) => ({ operator: 'pseudonym', key })),
  fc.string({ minLength: 1, maxLength: 12 }).map((key) => ({ operator: 'fake', key })),
);

// ---- (a) pseudonymize changes exactly the findings' bytes, and finds every planted value ---------------

test('text API: every character outside the findings is unchanged, each finding is replaced, every planted value is found', () => {
  fc.assert(fc.property(fc.oneof(documentOf(), documentOf({ around: INLINE })), operatorOptions, (parts, options) => {
    const { text, planted } = assemble(parts);
    const r = scanner.pseudonymize(text, options);
    assertOrderedAndDisjoint(r.findings, 'pseudonymize');
    // Lone surrogates cannot cross into UTF-8: they come out as U+FFFD (index.js), one code unit for one.
    const wellFormed = text.toWellFormed();
    for (const f of r.findings) {
      assert.equal(wellFormed.slice(f.start, f.end), f.text.toWellFormed(), 'finding.text is the text at its offsets');
      assert.notEqual(f.replacement, f.text, `${f.entity} ${JSON.stringify(f.text)} was not replaced (${options.operator})`);
    }
    assert.equal(r.text, rebuiltText(wellFormed, r.findings));
    // scan() and pseudonymize() agree on what is found.
    assert.deepEqual(scanner.scan(text).map((f) => [f.start, f.end, f.ruleId]), r.findings.map((f) => [f.start, f.end, f.ruleId]));
    assertPlantedFound(planted, r.findings, { text });
  }), runs(300));
});

test('bytes API: invalid UTF-8 included, every byte outside the findings is unchanged and every planted value is found', () => {
  fc.assert(fc.property(fc.oneof(documentOf({ withRaw: true }), documentOf({ withRaw: true, around: INLINE })), operatorOptions, (parts, options) => {
    const { bytes, planted } = assemble(parts);
    const r = scanner.pseudonymizeBytes(bytes, options);
    assertOrderedAndDisjoint(r.findings, 'pseudonymizeBytes');
    for (const f of r.findings) assert.notEqual(f.replacement, f.text, `${f.entity} ${JSON.stringify(f.text)} was not replaced`);
    assert.deepEqual(Buffer.from(r.bytes), Buffer.from(rebuiltBytes(bytes, r.findings)));
    assertPlantedFound(planted, r.findings, { bytes: true, text: new TextDecoder().decode(bytes) });
  }), runs(300));
});

async function collect(iter) {
  const out = [];
  for await (const e of iter) out.push(e);
  return out;
}

test('pseudonymizeFile in small windows (lines longer than a window, cuts inside values): the copy differs from the file only in the reported findings, each planted value found once', async () => {
  // Window and overlap small enough that documents of a few KB are cut many times, lines often longer
  // than a window; the overlap stays above twice the longest planted value (an internationalised e-mail,
  // up to 53 bytes): a window cut inside a line reports what ends in the first half of the overlap.
  const windows = fc.integer({ min: 224, max: 1024 }).chain((window) => fc.record({ window: fc.constant(window), overlap: fc.integer({ min: 112, max: window >> 1 }) }));
  // No NUL: a file with one is binary and copied unchanged (tests/js/adversarial.test.js).
  const noNul = (s) => s.replaceAll('\u0000', ' ');
  // Or every value inside one long line, so that windows are cut inside lines, and inside values.
  const noBreak = (s) => s.replace(/[\u0000\n]/g, ' ');
  const document = fc.oneof(documentOf({ withRaw: true, maxValues: 20 }).map((parts) => ({ parts, inline: false })),
    { weight: 2, arbitrary: documentOf({ withRaw: true, maxValues: 40, around: INLINE }).map((parts) => ({ parts, inline: true })) });
  await fc.assert(fc.asyncProperty(document, windows, operatorOptions, async ({ parts, inline }, { window, overlap }, options) => {
    const { bytes, planted } = assemble(parts.map((p) => (p.bytes ? { bytes: p.bytes.map((b) => (b === 0 || (inline && b === 0x0a) ? 0x20 : b)) } : p)),
      { clean: inline ? noBreak : noNul });
    const events = await collect(pseudonymizeFile(bytes, { scanner, name: 'notes.txt', window, overlap, ...options }));
    const skipped = events.find((e) => e.type === 'skipped');
    const copy = new Uint8Array(Buffer.concat(events.filter((e) => e.type === 'output').map((e) => e.bytes)));
    if (skipped) {  // many control bytes: binary, copied as it is
      assert.deepEqual(Buffer.from(copy), Buffer.from(bytes), 'a skipped file is copied unchanged');
      return;
    }
    const findings = events.filter((e) => e.type === 'finding');
    assertOrderedAndDisjoint(findings, `window ${window}, overlap ${overlap}`);
    for (const f of findings) assert.notEqual(f.replacement, f.text, `${f.entity} ${JSON.stringify(f.text)} was not replaced`);
    assert.deepEqual(Buffer.from(copy), Buffer.from(rebuiltBytes(bytes, findings)), `window ${window}, overlap ${overlap}`);
    assertPlantedFound(planted, findings, { bytes: true, text: new TextDecoder().decode(bytes) });
  }), runs(300));
});

// ---- (b) the mapping: export, import into a fresh scanner, same replacements ----------------------------

test('a mapping exported from one scanner and imported into a fresh one (as an object or as JSON text) gives the same replacements', async () => {
  const a = await createScanner();
  const mappingOperators = fc.constantFrom({ operator: 'pseudonym' }, { operator: 'fake' }, { operator: 'pseudonym', key: 'k1' },
    { operator: 'placeholder', operators: { EMAIL: 'fake', PHONE: 'pseudonym', IBAN: 'fake' } });
  try {
    await fc.assert(fc.asyncProperty(documentOf(), documentOf({ maxValues: 4 }), mappingOperators, fc.boolean(), async (parts, moreParts, options, asText) => {
      a.importMapping({ version: 1, entries: [] });  // a clean state for each case
      const { text } = assemble(parts);
      const first = a.pseudonymize(text, options);
      const exported = a.exportMapping();
      assert.equal(exported.version, 1);
      // Every replacement that must stay the same for a value (numbered, keyed, fake) is in the mapping.
      const listed = new Map(exported.entries.map((e) => [`${e.entity}\u0000${e.value}`, e.pseudonym]));
      for (const f of first.findings.filter((x) => (options.operators?.[x.entity] ?? options.operator) !== 'placeholder')) {
        assert.equal(listed.get(`${f.entity}\u0000${f.text.toWellFormed()}`), f.replacement, `${f.text} is in the mapping`);
      }
      const b = await createScanner();
      try {
        b.importMapping(asText ? JSON.stringify(exported) : exported);
        assert.deepEqual(b.exportMapping(), exported, 'the import holds exactly what was exported');
        assert.equal(b.pseudonymize(text, options).text, first.text, 'the same copy from the imported mapping');
        // Numbered and keyed pseudonyms go on exactly as the first scanner's would (numbering continues after
        // the highest imported N). Fakes without a key are drawn from a per-scanner random key, so only the
        // imported ones agree.
        if (options.operator === 'pseudonym') {
          const { text: more } = assemble(moreParts);
          assert.equal(b.pseudonymize(more, options).text, a.pseudonymize(more, options).text, 'new values continue the same numbering');
          assert.deepEqual(b.exportMapping(), a.exportMapping());
        }
      } finally {
        b.dispose();
      }
    }), runs(20));
  } finally {
    a.dispose();
  }
});

// Pseudonyms that look like a tag but are not the entity's numbered or keyed form (core/pseudonym_map.cpp:
// a tag starts with '<', ends with '>' or starts with WORD_).
const badPseudonym = (entity) => fc.oneof(
  fc.constantFrom(`${entity}_1`, `<${entity}_0>`, `<${entity}_01>`, `<${entity}_-1>`, `<${entity}_ 1>`, `<${entity}_1`, `${entity}_1>`,
    `<${entity}_ABCDEF012345>`, `<${entity}_abcdef01234>`, `<${entity}_18446744073709551616>`, `<${entity}_99999999999999999999999999>`,
    `<${entity === 'PHONE' ? 'EMAIL' : 'PHONE'}_2>`, '', '<', '>', '<>', `<${entity}_>`, `<${entity.toLowerCase()}_1>`),
  fc.string().map((s) => `<${s}`),
  fc.string().map((s) => `${s}>`),
  fc.stringMatching(/^[A-Z]{1,12}_[^<>]{0,10}$/),
).filter((p) => !new RegExp(`^<${entity}_(?:[1-9][0-9]{0,8}|[0-9a-f]{12})>$`).test(p));  // not a valid form by chance

const validEntry = fc.record({
  entity: fc.constantFrom(...ENTITIES),
  value: fc.string({ minLength: 1, maxLength: 20 }),
}).chain(({ entity, value }) => fc.oneof(
  fc.integer({ min: 1, max: 1e6 }).map((n) => `<${entity}_${n}>`),
  fc.stringMatching(/^[0-9a-f]{12}$/).map((h) => `<${entity}_${h}>`),
).map((pseudonym) => ({ entity, value, pseudonym })));
const validMapping = fc.uniqueArray(validEntry, { maxLength: 6, selector: (e) => `${e.entity}\u0000${e.value}` })
  .filter((entries) => new Set(entries.map((e) => e.pseudonym)).size === entries.length)
  .map((entries) => ({ version: 1, entries }));

/** One entry or the mapping itself broken in a way the documentation names. */
const brokenMapping = validMapping.chain((m) => fc.oneof(
  badPseudonym('EMAIL').map((pseudonym) => ({ ...m, entries: [...m.entries, { entity: 'EMAIL', value: 'x@corp.fr', pseudonym }] })),
  fc.constantFrom(0, 2, '1', null, 1.5, -1).map((version) => ({ ...m, version })),
  fc.constantFrom(null, {}, 'entries', 3).map((entries) => ({ ...m, entries })),
  fc.record({ entity: fc.oneof(fc.constantFrom('email', 'FOO', '', 'EMAIL ', null, 3), fc.string()).filter((e) => !ENTITIES.includes(e)) })
    .map(({ entity }) => ({ ...m, entries: [...m.entries, { entity, value: 'v', pseudonym: '<EMAIL_1>' }] })),
  fc.constantFrom(null, 3, true, ['x'], { v: 1 }).map((value) => ({ ...m, entries: [...m.entries, { entity: 'EMAIL', value, pseudonym: '<EMAIL_77>' }] })),
  fc.constantFrom(undefined, null, 3, ['<EMAIL_1>']).map((pseudonym) => ({ ...m, entries: [...m.entries, { entity: 'EMAIL', value: 'v@corp.fr', pseudonym }] })),
  // One pseudonym for two values.
  fc.constant(null).map(() => ({ ...m, entries: [...m.entries, { entity: 'EMAIL', value: 'p@corp.fr', pseudonym: '<EMAIL_123456789>' }, { entity: 'EMAIL', value: 'q@corp.fr', pseudonym: '<EMAIL_123456789>' }] })),
  // One value listed twice.
  fc.constant(null).map(() => ({ ...m, entries: [...m.entries, { entity: 'PHONE', value: '+33 6 12', pseudonym: '<PHONE_123456787>' }, { entity: 'PHONE', value: '+33 6 12', pseudonym: '<PHONE_123456788>' }] })),
  fc.constantFrom(null, [], 1, true, { entries: [] }),
));

test('a malformed or adversarial mapping is refused with invalid_mapping, and the scanner keeps its mapping', async () => {
  const s = await createScanner();
  try {
    s.pseudonymize('mail ann@corp.fr, call +33 6 12 34 56 78', { operator: 'pseudonym' });
    const kept = s.exportMapping();
    assert.equal(kept.entries.length, 2);
    const refused = (input) => {
      try {
        s.importMapping(input);
      } catch (e) {
        assert.ok(e instanceof DiscretError, `a DiscretError, not ${e?.constructor?.name}: ${e?.message}`);
        return e;
      }
      assert.fail(`accepted: ${typeof input === 'string' ? input : JSON.stringify(input)}`);
    };
    fc.assert(fc.property(brokenMapping, fc.boolean(), (mapping, asText) => {
      const e = refused(asText ? JSON.stringify(mapping) : mapping);
      assert.equal(e.code, 'invalid_mapping', e.message);
      assert.deepEqual(s.exportMapping(), kept, 'the mapping stays as it was');
    }), runs(200));
    // Text that is not JSON at all: a JSON error naming the offset, never a crash.
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (junk) => {
      let parsed = true;
      try {
        JSON.parse(junk);
      } catch {
        parsed = false;
      }
      fc.pre(!parsed);
      const e = refused(junk);
      assert.equal(e.code, 'invalid_json', e.message);
      assert.match(e.where, /^@\d+$/);
      assert.deepEqual(s.exportMapping(), kept);
    }), runs(150));
    // Any JSON value at all: accepted only when it is a mapping, else invalid_mapping.
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const e = refused(JSON.stringify(value));
      assert.equal(e.code, 'invalid_mapping', e.message);
      assert.deepEqual(s.exportMapping(), kept);
    }), runs(150));
  } finally {
    s.dispose();
  }
});

// ---- (c) the native build and the wasm build find the same things ----------------------------------------

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NATIVE = join(ROOT, 'build/native/discret-native');

// The native CLI's line and column (cli/main.cpp LineColumns): 1-based, columns counting every byte that
// is not a UTF-8 continuation byte.
function lineColumns(bytes) {
  let pos = 0, line = 1, column = 1;
  return (offset) => {
    for (; pos < offset; pos++) {
      if (bytes[pos] === 0x0a) line++, column = 1;
      else column += (bytes[pos] & 0xc0) !== 0x80 ? 1 : 0;
    }
    return [line, column];
  };
}

// Byte offsets of (line, column) pairs in valid UTF-8, ascending.
function offsetsOf(bytes, places) {
  const at = lineColumns(bytes);
  const out = [];
  let offset = 0;
  for (const [line, column] of places) {
    for (;;) {
      const [l, c] = at(offset);
      if (l > line || (l === line && c >= column)) break;
      offset++;
    }
    out.push(offset);
  }
  return out;
}

test('native and wasm builds: identical findings (entity, start, end, rule, score) and identical placeholder copies', { skip: !existsSync(NATIVE) && `the native build is missing (${NATIVE}): build it to compare` }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'discret-native-'));
  // '<' is kept out of the text so that in the placeholder copy every '<' starts a placeholder: with the
  // starts (from the native line and column) and the copy, each native finding's end follows exactly.
  const noAngle = (s) => s.replaceAll('<', ' ');
  try {
    const document = fc.oneof({ weight: 2, arbitrary: documentOf({ maxValues: 40 }) }, documentOf({ withRaw: true, maxValues: 40 }), documentOf({ maxValues: 40, around: INLINE }));
    let exact = 0;
    fc.assert(fc.property(document, (parts) => {
      const { bytes } = assemble(parts.map((p) => (p.bytes ? { bytes: p.bytes.map((b) => (b === 0x3c ? 0x20 : b)) } : p)), { clean: noAngle });
      const file = join(dir, 'doc.txt');
      writeFileSync(file, bytes);
      const scan = spawnSync(NATIVE, ['scan', file], { maxBuffer: 64 << 20 });
      assert.ok(scan.status === 0 || scan.status === 1, `discret-native scan: ${scan.stderr}`);
      const records = scan.stdout.toString().split('\n').filter(Boolean).map((l) => JSON.parse(l));
      const copy = spawnSync(NATIVE, ['pseudonymize', file, '--operator', 'placeholder'], { maxBuffer: 64 << 20 });
      assert.equal(copy.status, 0, `discret-native pseudonymize: ${copy.stderr}`);

      const wasm = scanner.scanBytes(bytes);
      const where = lineColumns(bytes);
      const rebuildHint = 'if core/ changed since the last build, rebuild both builds before trusting this comparison';
      assert.deepEqual(records.map((r) => [r.line, r.column, r.entity, r.ruleId, r.score.toFixed(6)]),
        wasm.map((f) => [...where(f.start), f.entity, f.ruleId, f.score.toFixed(6)]), `findings by line and column differ (${rebuildHint})`);
      assert.deepEqual(Buffer.from(scanner.pseudonymizeBytes(bytes, { operator: 'placeholder' }).bytes), copy.stdout, `placeholder copies differ (${rebuildHint})`);

      // Exact spans, when the text is valid UTF-8 (where line and column give one offset).
      if (!Buffer.from(bytes).equals(enc(new TextDecoder().decode(bytes)))) return;
      const out = copy.stdout;
      const starts = offsetsOf(bytes, records.map((r) => [r.line, r.column]));
      const marks = [];
      for (let i = out.indexOf(0x3c); i >= 0; i = out.indexOf(0x3c, i + 1)) marks.push(i);
      assert.equal(marks.length, records.length, 'one placeholder per finding');
      const shift = marks.map((q, i) => q - starts[i]);  // bytes added before finding i
      shift.push(out.length - bytes.length);
      const native = records.map((r, i) => {
        const placeholder = `<${r.entity}>`;
        assert.equal(out.subarray(marks[i], marks[i] + placeholder.length).toString(), placeholder);
        return [r.entity, starts[i], starts[i] + placeholder.length + shift[i] - shift[i + 1], r.ruleId, r.score.toFixed(6)];
      });
      assert.deepEqual(native, wasm.map((f) => [f.entity, f.start, f.end, f.ruleId, f.score.toFixed(6)]), `findings differ (${rebuildHint})`);
      exact += native.length;
    }), runs(12));
    assert.ok(exact > 30, `spans compared exactly: ${exact}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---- what the properties found, pinned as examples ------------------------------------------------------

test('regression: a value cut by a window that ends inside a long line is reported once, whole, and replaced whole', async () => {
  // The window (256 bytes) ends inside the line, inside the value: the first window saw "…@example.co" or
  // "+33 6 12 34 56 7" (valid on their own) and reported them, the next the whole value; the copy replaced
  // the cut one and left the value's last character in clear.
  for (const value of ['jean.dupont@example.com', '+33 6 12 34 56 78']) {
    for (let pad = 200; pad < 256; pad++) {
      const text = `${'x'.repeat(pad)} ${value} ${'y'.repeat(300)}`;
      const events = await collect(pseudonymizeFile(enc(text), { scanner, name: 'line.txt', window: 256, overlap: 64, operator: 'placeholder' }));
      const found = events.filter((e) => e.type === 'finding').map((e) => e.text);
      assert.deepEqual(found, [value], `value at ${pad + 1}`);
      const copy = Buffer.concat(events.filter((e) => e.type === 'output').map((e) => e.bytes)).toString();
      assert.equal(copy, text.replace(value, value.includes('@') ? '<EMAIL>' : '<PHONE>'), `value at ${pad + 1}`);
    }
  }
});

test('regression: pseudonymize() keeps a leading byte order mark (U+FEFF) like any other character', () => {
  const r = scanner.pseudonymize('\ufeffmail ann@corp.fr');
  assert.equal(r.text, '\ufeffmail <EMAIL>');
  assert.deepEqual(r.findings.map((f) => [f.start, f.end]), [[6, 17]]);
});

test('regression: a special-category word in a file that starts with a byte order mark is located where it is', async () => {
  // files.js decoded the first window with a BOM-stripping TextDecoder, so every special word of it was
  // placed 3 bytes early: the wrong column, and in a table possibly the previous column's name.
  for (const [name, text, where] of [
    ['notes.txt', '\ufeffsuivi pour diabète\n', { line: 1, column: 13 }],
    ['people.csv', '\ufeffid,note\n1,diabète\n', { row: 1, field: 'note' }],
  ]) {
    const events = await collect(scanFile(enc(text), { scanner, name }));
    const special = events.filter((e) => e.type === 'special');
    assert.equal(special.length, 1, name);
    for (const [k, v] of Object.entries(where)) assert.equal(special[0][k], v, `${name}: ${k}`);
  }
});
