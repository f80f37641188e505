// Writes the seed corpus of the fuzzers (docs/fuzzing.md) into tests/fuzz/seeds/<target>/, from
// the rule packs' own examples and the test fixtures. Deterministic: running it again rewrites the
// same bytes (fixed mtimes, keys and order), so the seeds can be committed and checked.
//   node tests/fuzz/make-seeds.mjs            (needs wasm/dist/discret.mjs for the mapping seeds)
//
//   rule_pack/    one built-in rule per pack file (all of pii-*, secrets-core; every 4th of the big
//                 secrets-cloud/-saas packs, which add little new to the loader), plus broken packs
//   scan/         each built-in rule's match and noMatch examples (one file per rule), and mixed texts
//                 (also the seeds of the pseudonymize target)
//   mapping/      mappings exported by the package after numbered, keyed and fake pseudonymization,
//                 plus malformed ones
//   json/         JSON documents: scanner, operator and replace-batch options, a notebook, edge cases
//   table/        CSV/TSV/;/| tables: quoting, CRLF, BOM, ragged rows
//   js-readers/   one small file per format scanFile reads: txt, csv, tsv, json, jsonl, ipynb, parquet,
//                 zip, tar, tar.gz, gz (the name's extension is the format the JS fuzzer names)
// Seeds stay small (a few KB each; tests/fuzz/seeds is ~330 KB in all).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync, zipSync } from 'fflate';
import { createTar } from 'nanotar';
import { createScanner } from '../../wasm/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = fileURLToPath(new URL('./seeds/', import.meta.url));
const enc = (s) => new TextEncoder().encode(s);
const MTIME = Date.UTC(2024, 0, 2, 3, 4, 6);

const written = {};
function seed(target, name, content) {
  const dir = `${out}${target}/`;
  mkdirSync(dir, { recursive: true });
  const bytes = typeof content === 'string' ? enc(content) : content;
  writeFileSync(dir + name, bytes);
  written[target] = (written[target] ?? 0) + bytes.length;
}

rmSync(out, { recursive: true, force: true });

// ---------------------------------------------------------------------------------- rule packs
const PACKS = ['pii-core', 'pii-person', 'pii-national', 'secrets-core', 'secrets-cloud', 'secrets-saas'];
const packs = PACKS.map((name) => JSON.parse(readFileSync(`${root}rules/${name}.json`, 'utf8')));
packs.forEach((pack, p) => {
  const sampled = PACKS[p] === 'secrets-cloud' || PACKS[p] === 'secrets-saas';
  pack.rules.forEach((rule, i) => {
    // Rule text: the examples (also the scan seeds) are kept, the prose description is not.
    const { description, ...kept } = rule;
    const ex = kept.examples ?? {};
    const lines = [...(ex.match ?? []), ...(ex.noMatch ?? [])];
    seed('scan', `${PACKS[p]}-${rule.id}.txt`, `${lines.join('\n')}\n`);
    if (sampled && i % 4 !== 0) return;
    seed('rule_pack', `${PACKS[p]}-${rule.id}.json`, JSON.stringify({ name: pack.name, rules: [kept] }));
  });
});
const brokenPacks = {
  'truncated.json': '{"rules": [',
  'bad-pattern.json': '{"rules":[{"id":"x","entity":"EMAIL","pattern":"("}]}',
  'pathological.json': '{"rules":[{"id":"evil","entity":"SECRET","pattern":"(a+)+$"}]}',
  'unknown-validator.json': '{"rules":[{"id":"v","entity":"IBAN","pattern":"[A-Z]{2}[0-9]{20}","validators":["nope"]}]}',
  'duplicate.json': '{"rules":[{"id":"d","entity":"EMAIL","pattern":"a"},{"id":"d","entity":"EMAIL","pattern":"b"}]}',
  'group.json': '{"rules":[{"id":"g","entity":"PASSWORD","pattern":"pass(word)?=(\\\\S+)","group":2,"lineSpan":2,"keywords":["pass"]}]}',
  'multiline.json': '{"rules":[{"id":"m","entity":"PRIVATE_KEY","pattern":"-----BEGIN[^\\\\n]*\\\\n(?s:.)*?-----END","multiline":true}]}',
  'context.json': '{"rules":[{"id":"c","entity":"HEALTH_ID","pattern":"[0-9]{3} [0-9]{3} [0-9]{4}","score":0.4,"context":{"words":["nhs","health number"],"excludeWords":["fax"],"required":true,"boost":0.4,"window":3,"sameLine":true}}]}',
  'allow-test.json': '{"rules":[{"id":"t","entity":"URL","pattern":"https?://\\\\S+","allow":["localhost"],"testValues":["https?://example\\\\.com.*"],"prefilter":"://","entropy":1.5,"classify":"ip-range"}]}',
};
for (const [name, text] of Object.entries(brokenPacks)) seed('rule_pack', name, text);

// ---------------------------------------------------------------------------------- texts
const PEOPLE_CSV = 'id,name,email,phone,iban,nhs_number,dateOfBirth\n'
  + '1,Jeanne Martin,jeanne.martin@example.fr,+33 6 12 34 56 78,FR76 3000 6000 0112 3456 7890 189,592 008 3670,1980-01-02\n'
  + '2,"Roe, Jane",jane@corp.co.uk,020 7946 0958,GB82 WEST 1234 5698 7654 32,445 271 3513,1975-03-04\n'
  + '3,Chloé Dupont,chloe@exemple.org,,DE89 3704 0044 0532 0130 00,,\n';
const MIXED = 'From: Jeanne Martin <jeanne.martin@example.fr>\nTel: +33 6 12 34 56 78, IBAN FR76 3000 6000 0112 3456 7890 189\n'
  + 'card 4111 1111 1111 1111 exp 12/29; ip 203.0.113.7 and 10.0.0.1; mac 00:1A:2B:3C:4D:5E\n'
  + 'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\npassword = "correct horse battery staple"\n'
  + 'postgres://admin:s3cr3t-P4ss@db.internal:5432/app\nNIR 1 84 12 76 451 089 46, born 29/02/1984 in Lyon\n'
  + '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n'
  + 'GPS 48.8584, 2.2945 — 10 Downing Street, London SW1A 2AA\n';
seed('scan', 'mixed.txt', MIXED);
seed('scan', 'people.csv', PEOPLE_CSV);
seed('scan', 'invalid-utf8.txt', new Uint8Array([...enc('mail ann@corp.fr '), 0xff, 0xfe, 0xc3, ...enc(' bob@corp.fr\u0000 +33 6 12 34 56 78'), 0xe2, 0x82]));

// ---------------------------------------------------------------------------------- tables
const tables = {
  'people.csv': PEOPLE_CSV,
  'quoted.csv': 'name;address;nhs\n"Roe; Jane";"12 ""Old"" Road\nLondon";592 008 3670\nLee;"1 High St";445 271 3513\r\n',
  'crlf-bom.csv': '\ufeffid,email\r\n1,a@b.fr\r\n2,"c@d.fr"\r\n',
  'tabs.tsv': 'first_name\tlast_name\tphone\nAnn\tLee\t+44 20 7946 0958\nBo\tLi\t\n',
  'pipes.txt': 'user|token|note\nann|ghp_0123456789abcdefghijklmnopqrstuvwxyzAB|ok\n',
  'ragged.csv': 'a,nhs\n1,592 008 3670\nThe end, said the note, 445 271 3513\n',
  'open-quote.csv': 'name,email,note\nAnn,ann@corp.fr,"never closed\nBob,bob@corp.fr,ok\n',
};
for (const [name, text] of Object.entries(tables)) seed('table', name, text);

// ---------------------------------------------------------------------------------- JSON
const notebook = readFileSync(`${root}tests/js/fixtures/formats/analysis.ipynb`);
const jsonDocs = {
  'scanner-options.json': '{"minScore":0.7,"allow":["a@b.fr",{"pattern":"[a-z]+@example\\\\.org"}],"deny":[{"value":"Project Falcon","entity":"SECRET"},{"pattern":"EMP-[0-9]{6}","entity":"NATIONAL_ID"}],"disabledRules":["email"],"entities":["EMAIL","PHONE"],"countries":["FR","GB"]}',
  'operator-options.json': '{"operator":"mask","key":"k","mask":2,"maskChar":"#","operators":{"EMAIL":"fake","PHONE":"hash"}}',
  'replace-batch.json': '{"operator":"fake","key":"k","values":[{"entity":"EMAIL","ruleId":"email","text":"a@b.fr"},{"entity":"NATIONAL_ID","ruleId":"fr-nir","text":"1 84 12 76 451 089 46"},{"entity":"PHONE","text":"+33 6 12 34 56 78"}]}',
  'numbers.json': '[0,-0,1e308,1e400,-1e-400,123456789012345678901234567890,0.1,1E+2,-9223372036854775808,18446744073709551615,18446744073709551616]',
  'strings.json': '{"\\u00e9\\ud83d\\ude00":"\\ud800 lone","":"","a/b~c":[true,false,null,{}]}',
  'deep.json': `${'['.repeat(200)}${']'.repeat(200)}`,
  'notebook.json': notebook,
};
for (const [name, text] of Object.entries(jsonDocs)) seed('json', name, text);

// ---------------------------------------------------------------------------------- mappings
// Exported by the package itself after pseudonymizing the mixed text (keys fixed: deterministic).
const scanner = await createScanner();
const mappingOf = (operator, key) => {
  const s = scanner;  // one scanner: its map grows across the calls, as a real session's does
  s.pseudonymize(MIXED + PEOPLE_CSV, { operator, ...(key ? { key } : {}) });
  return JSON.stringify(s.exportMapping());
};
seed('mapping', 'numbered.json', mappingOf('pseudonym'));
seed('mapping', 'numbered-keyed.json', mappingOf('pseudonym', 'fuzz-key'));
seed('mapping', 'numbered-keyed-fake.json', mappingOf('fake', 'fuzz-key'));
scanner.dispose();
const mappings = {
  'hand.json': '{"version":1,"entries":[{"entity":"EMAIL","value":"a@b.fr","pseudonym":"<EMAIL_1>"},{"entity":"EMAIL","value":"c@d.fr","pseudonym":"<EMAIL_0a1b2c3d4e5f>"},{"entity":"PERSON","value":"Ann Lee","pseudonym":"Maria Rossi"},{"entity":"PHONE","value":"\\u00e9","pseudonym":"<PHONE_99999999999999999>"}]}',
  'used-twice.json': '{"version":1,"entries":[{"entity":"EMAIL","value":"a@b.fr","pseudonym":"<EMAIL_1>"},{"entity":"EMAIL","value":"c@d.fr","pseudonym":"<EMAIL_1>"}]}',
  'bad-tag.json': '{"version":1,"entries":[{"entity":"EMAIL","value":"a@b.fr","pseudonym":"<PHONE_1>"},{"entity":"EMAIL","value":"x","pseudonym":"EMAIL_2"}]}',
  'version.json': '{"version":2,"entries":[]}',
  'empty.json': '{"version":1,"entries":[]}',
};
for (const [name, text] of Object.entries(mappings)) seed('mapping', name, text);

// ---------------------------------------------------------------------------------- JS readers
const jsonl = [
  { id: 1, user: { email: 'ann@corp.fr', phone: '+33 6 12 34 56 78' } },
  { id: 2, note: 'card 4111 1111 1111 1111', n: 42 },
  { id: 3, tags: ['bob@corp.fr', null, true], ip: '203.0.113.7' },
].map((r) => JSON.stringify(r)).join('\n') + '\n{"broken": \n';
const files = {
  'notes.txt': MIXED,
  'people.csv': PEOPLE_CSV,
  'quoted.csv': tables['quoted.csv'],
  'people.tsv': PEOPLE_CSV.replace(/,/g, '\t'),
  'record.json': '{"user":{"email":"ann@corp.fr","phone":"+33 6 12 34 56 78","id":4111111111111111,"ips":["203.0.113.7",10]},"a/b":"x"}',
  'rows.jsonl': jsonl,
  'analysis.ipynb': notebook,
  'people.snappy.parquet': readFileSync(`${root}tests/js/fixtures/formats/people.snappy.parquet`),
  'nested.tar.gz': readFileSync(`${root}tests/js/fixtures/formats/nested.tar.gz`),
  'small.zip': zipSync({
    'people.csv': [enc(PEOPLE_CSV), { mtime: new Date(MTIME) }],
    'dir/notes.txt': [enc('call Bob at +33 6 12 34 56 78\n'), { mtime: new Date(MTIME), level: 0 }],
    'rows.jsonl': [enc(jsonl), { mtime: new Date(MTIME) }],
  }),
  'small.tar': createTar([
    { name: 'readme.txt', data: enc('mail ann@corp.fr\n'), attrs: { mode: '644', mtime: MTIME, uid: 0, gid: 0 } },
    { name: 'data/people.csv', data: enc(PEOPLE_CSV), attrs: { mode: '600', mtime: MTIME, uid: 0, gid: 0 } },
  ]),
  'notes.txt.gz': gzipSync(enc(MIXED), { level: 6, mtime: 0 }),
};
for (const [name, bytes] of Object.entries(files)) seed('js-readers', name, bytes);

for (const target of readdirSync(out).sort()) {
  console.log(`${target}: ${readdirSync(out + target).length} seeds, ${written[target]} bytes`);
}
