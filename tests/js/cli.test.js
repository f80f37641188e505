// The `discret` command, run as users run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'wasm/cli.js');
const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { input: input && Buffer.from(input), cwd: root });
const tmp = mkdtempSync(join(tmpdir(), 'discret-cli-'));

test('the README example: npx discret scan - reports an EMAIL at line 1', () => {
  const r = spawnSync('npx', ['--no-install', 'discret', 'scan', '-'], { input: 'mail jean.dupont@example.fr\n', cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^<stdin>:1:6 +EMAIL +email /);
});

test('scan exits 0 when nothing is found and prints nothing', () => {
  const r = run(['scan', '-'], 'nothing to see here, version 1.2.3\n');
  assert.equal(r.status, 0);
  assert.equal(r.stdout.length, 0);
});

test('jsonl gives file, line, column (code points), entity and ruleId; values only when asked', () => {
  const file = join(tmp, 'notes.txt');
  writeFileSync(file, 'first line\n😀 é write to a@example.org\n\tkey AKIAIOSFODNN7EXAMPLE\n');
  const hidden = run(['scan', file, '--format', 'jsonl']);
  assert.equal(hidden.status, 1);
  const records = hidden.stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((r) => [r.file, r.line, r.column, r.entity, r.ruleId]), [
    [file, 2, 14, 'EMAIL', 'email'],
    [file, 3, 6, 'SECRET', 'aws-access-key-id'],
  ]);
  assert.ok(records.every((r) => !('text' in r)));
  const shown = run(['scan', file, '--format', 'json', '--show-values']);
  assert.deepEqual(JSON.parse(shown.stdout).map((r) => r.text), ['a@example.org', 'AKIAIOSFODNN7EXAMPLE']);
});

test('several files are scanned in order, and a missing one is an error (exit 2)', () => {
  const a = join(tmp, 'a.txt');
  const b = join(tmp, 'b.txt');
  writeFileSync(a, 'x@example.com\n');
  writeFileSync(b, 'nothing\n203.0.113.5\n');
  const r = run(['scan', a, b]);
  assert.equal(r.status, 1);
  assert.deepEqual(r.stdout.toString().trim().split('\n').map((l) => l.split(/ +/).slice(0, 2)), [
    [`${a}:1:1`, 'EMAIL'],
    [`${b}:2:1`, 'IP_ADDRESS'],
  ]);
  const missing = run(['scan', join(tmp, 'missing.txt')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr.toString(), /^discret: cannot read .*missing\.txt: no such file/);
});

test('pseudonymize writes the file with only the findings replaced, byte for byte', () => {
  const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' mail a@example.org, tel +33 6 12 34 56 78\r\nend'), Buffer.from([0xc3])]);
  const file = join(tmp, 'in.bin');
  const out = join(tmp, 'out.bin');
  const mapping = join(tmp, 'map.json');
  writeFileSync(file, input);
  const r = run(['pseudonymize', file, '--operator', 'pseudonym', '-o', out, '--mapping', mapping]);
  assert.equal(r.status, 1, r.stderr.toString());
  const expected = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' mail <EMAIL_1>, tel <PHONE_1>\r\nend'), Buffer.from([0xc3])]);
  assert.deepEqual(readFileSync(out), expected);
  assert.deepEqual(JSON.parse(readFileSync(mapping, 'utf8')).entries.map((e) => e.pseudonym), ['<EMAIL_1>', '<PHONE_1>']);
});

test('pseudonymize errors are explained, with exit code 2', () => {
  const noKey = run(['pseudonymize', '-', '--operator', 'hash'], 'a@example.org');
  assert.equal(noKey.status, 2);
  assert.match(noKey.stderr.toString(), /needs a key \[missing_key\]/);
  const badOp = run(['pseudonymize', '-', '--operator', 'shuffle'], 'x');
  assert.equal(badOp.status, 2);
  assert.match(badOp.stderr.toString(), /unknown operator 'shuffle'/);
  const keyed = spawnSync(process.execPath, [cli, 'pseudonymize', '-', '--operator', 'hash'],
    { input: 'jean.dupont@example.fr', env: { ...process.env, DISCRET_KEY: 'k' }, encoding: 'utf8' });
  assert.equal(keyed.stdout, '883793aeb49c3d1945a831f4a0ba9af8afdf7a2aafaab231216a6aedd0a7ad9c');
});

test('a broken --rules pack is reported with its JSON Pointer (exit 2)', () => {
  const pack = join(tmp, 'pack.json');
  writeFileSync(pack, JSON.stringify({ rules: [{ id: 'r', entity: 'EMAIL', pattern: '[a-' }] }));
  const r = run(['scan', '-', '--rules', pack], 'x');
  assert.equal(r.status, 2);
  assert.match(r.stderr.toString(), /^discret: \/rules\/0\/pattern: .*\[invalid_pattern\]/);
});

test('unknown options and commands exit 2', () => {
  assert.equal(run(['scan', '--bogus']).status, 2);
  assert.equal(run(['frobnicate']).status, 2);
  assert.equal(run(['scan', '-', '--format', 'xml'], 'x').status, 2);
});

const native = join(root, 'build/native/discret-native');
test('the wasm CLI and the native core report the same findings', { skip: !existsSync(native) && 'native build missing' }, () => {
  const file = join(tmp, 'mixed.txt');
  const lines = [];
  for (let i = 0; i < 300; i += 1) {
    lines.push(`row ${i}; é😀 user${i}@example.org; +1-415-555-${String(1000 + i)}; 10.0.${i % 256}.${(i * 7) % 256}`,
      `card 4111 1111 1111 1111 token ghp_16C7e42F292c6912E7710c838347Ae178B4a FR76 3000 6000 0112 3456 7890 189`);
  }
  writeFileSync(file, lines.join('\n'));
  const fields = (out) => out.toString().trim().split('\n').map((l) => {
    const r = JSON.parse(l);
    return [r.line, r.column, r.entity, r.ruleId, r.score.toFixed(6)].join(' ');
  });
  const wasm = run(['scan', file, '--format', 'jsonl']);
  const nat = spawnSync(native, ['scan', file]);
  assert.equal(nat.status, 1);
  assert.ok(fields(wasm.stdout).length > 1000);
  assert.deepEqual(fields(wasm.stdout), fields(nat.stdout));
});

test('test values and IP ranges are marked in every format', () => {
  const text = run(['scan', '-'], 'ip 192.0.2.1 and 8.8.8.8\n').stdout.toString();
  assert.match(text, /<stdin>:1:4 +IP_ADDRESS +ipv4 +0\.\d\d +\(documentation\) +\(test value\)\n/);
  assert.match(text, /<stdin>:1:18 +IP_ADDRESS +ipv4 +0\.\d\d +\(public\)\n/);
  const records = run(['scan', '-', '--format', 'jsonl'], 'ip 192.0.2.1\n').stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((r) => [r.test, r.kind]), [[true, 'documentation']]);
});

test('.discretignore: skipped paths, allowed values and rules turned off; a bad entry names its line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'discret-ignore-'));
  const runIn = (args) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  mkdirSync(join(dir, 'fixtures'));
  writeFileSync(join(dir, 'fixtures', 'keys.env'), 'AWS=AKIAQYLPMN5HHHFPZAM2\n');
  writeFileSync(join(dir, 'app.env'), 'AWS=AKIAQYLPMN5HHHFPZAM2\nMAIL=jane.roe@corp.example.org\nOTHER=AKIA2EQARF3B244CSSR6\n');
  writeFileSync(join(dir, '.discretignore'), '# test data\nfixtures/\nallow:AKIAQYLPMN5HHHFPZAM2\nrule:email\n');
  const r = runIn(['scan', 'fixtures/keys.env', 'app.env', '--format', 'jsonl', '--show-values']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /fixtures\/keys\.env: skipped \(\.discretignore:2: fixtures\/\)/);
  const found = r.stdout.trim().split('\n').map((l) => JSON.parse(l).text);
  assert.deepEqual(found, ['AKIA2EQARF3B244CSSR6']);
  writeFileSync(join(dir, '.discretignore'), 'rule:no-such-rule\n');
  const bad = runIn(['scan', 'app.env']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /\.discretignore: rule:no-such-rule: no rule has the id/);
});

test('minified bundles and lockfiles skip the key-name rules but not provider formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'discret-min-'));
  const code = 'var c={apiKey:"9aF3kZ7qL2xW8vR1tY4bN6mC0pQ5sD3u",aws:"AKIA2EQARF3B244CSSR6"};\n';
  writeFileSync(join(dir, 'app.js'), code);
  writeFileSync(join(dir, 'app.min.js'), code);
  const ids = (file) => run(['scan', join(dir, file), '--format', 'jsonl']).stdout.toString().trim().split('\n').map((l) => JSON.parse(l).ruleId);
  assert.deepEqual(ids('app.js'), ['generic-secret-assignment', 'aws-access-key-id']);
  assert.deepEqual(ids('app.min.js'), ['aws-access-key-id']);
});

test('scan gives CSV rows and fields, JSON pointers, and reports JSONL lines that do not parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'discret-formats-'));
  writeFileSync(join(dir, 'people.csv'), 'id;name;email\n1;"Roe; Jane";jane.roe@corp.fr\n');
  writeFileSync(join(dir, 'people.jsonl'), '{"contact": {"mail": "ann@corp.fr"}}\n{"broken": bob@corp.fr\n');
  const records = (file) => run(['scan', join(dir, file), '--format', 'jsonl']);
  const csv = records('people.csv');
  const email = csv.stdout.toString().trim().split('\n').map((l) => JSON.parse(l)).find((r) => r.entity === 'EMAIL');
  assert.deepEqual([email.row, email.field, email.line], [1, 'email', 2]);
  const jsonl = records('people.jsonl');
  const got = jsonl.stdout.toString().trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.line, r.pointer]);
  assert.deepEqual(got, [[1, '/contact/mail'], [2, null]]);
  assert.match(jsonl.stderr.toString(), /people\.jsonl:2: not JSON .*; scanned as text/);
  assert.match(run(['scan', join(dir, 'people.csv')]).stdout.toString(), /\[row 1, email\]/);
});

test('binary files are skipped with a note, never scanned as text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'discret-bin-'));
  const bin = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(' jane.roe@corp.fr ')]);
  writeFileSync(join(dir, 'photo.png'), bin);
  writeFileSync(join(dir, 'notes.txt'), 'mail jane.roe@corp.fr\n');
  const r = run(['scan', join(dir, 'photo.png'), join(dir, 'notes.txt'), '--format', 'jsonl']);
  assert.equal(r.status, 1);
  assert.match(r.stderr.toString(), /photo\.png: skipped \(binary content\)/);
  assert.deepEqual(r.stdout.toString().trim().split('\n').map((l) => JSON.parse(l).file), [join(dir, 'notes.txt')]);
});

// A small dataset folder: a CSV, a JSONL, a zip holding a text file, an ignored build folder.
function dataset() {
  const dir = mkdtempSync(join(tmpdir(), 'discret-ds-'));
  mkdirSync(join(dir, 'build'));
  writeFileSync(join(dir, '.gitignore'), 'build/\n');
  writeFileSync(join(dir, 'build', 'cache.txt'), 'ann@corp.fr\n');
  writeFileSync(join(dir, 'users.csv'), 'id,email,note\n1,ann@corp.fr,"has diabetes"\n2,bob@corp.fr,ok\n3,,none\n');
  writeFileSync(join(dir, 'events.jsonl'), '{"ip":"8.8.4.4","who":"ann@corp.fr"}\n');
  return dir;
}

test('scan DIR --report md|json|sarif: the report goes to stdout or -o, folders are walked, .gitignore honoured', () => {
  const dir = dataset();
  const md = run(['scan', dir, '--report', 'md']);
  assert.equal(md.status, 1, md.stderr.toString());
  const text = md.stdout.toString();
  assert.match(text, /Personal and Sensitive Information/);
  assert.match(text, /`email`.*EMAIL.*67%/);
  assert.ok(!text.includes('ann@corp.fr'), 'values are masked');
  assert.match(md.stderr.toString(), /build: skipped \(\.gitignore/);
  const out = join(dir, '..', `${Date.now()}-report.json`);
  const json = run(['scan', dir, '--report', 'json', '-o', out]);
  assert.equal(json.stdout.length, 0);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(report.summary.byEntity.EMAIL, 3);
  assert.ok(report.summary.gdpr.specialCategories.health.count >= 1);
  const sarif = JSON.parse(run(['scan', dir, '--report', 'sarif']).stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.deepEqual(sarif.runs[0].results.map((r) => r.ruleId).sort(), ['email', 'email', 'email', 'ipv4', 'special-category/health']);
  assert.equal(run(['scan', dir, '--report', 'html']).status, 2);
});

test('pseudonymize DIR -o OUT: the same tree, each file in its own format, one pseudonym per value everywhere', () => {
  const dir = dataset();
  const out = mkdtempSync(join(tmpdir(), 'discret-out-'));
  const r = run(['pseudonymize', dir, '--operator', 'pseudonym', '--operator', 'IP_ADDRESS=fake', '-o', join(out, 'copy'), '--key', 'k1']);
  assert.equal(r.status, 1, r.stderr.toString());
  const csv = readFileSync(join(out, 'copy', 'users.csv'), 'utf8');
  const jsonl = JSON.parse(readFileSync(join(out, 'copy', 'events.jsonl'), 'utf8'));
  const ann = /^1,(<EMAIL_[0-9a-f]{12}>),"has diabetes"$/m.exec(csv)[1];
  assert.equal(jsonl.who, ann, 'the same e-mail, the same pseudonym in both files');
  assert.match(jsonl.ip, /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
  assert.ok(!existsSync(join(out, 'copy', 'build')), 'ignored files are not copied');
  // Keyed: a second run with the same key agrees.
  run(['pseudonymize', dir, '--operator', 'pseudonym', '-o', join(out, 'again'), '--key', 'k1']);
  assert.equal(readFileSync(join(out, 'again', 'users.csv'), 'utf8'), csv);
  assert.equal(run(['pseudonymize', dir, '--operator', 'pseudonym']).status, 2, 'a folder needs -o');
});
