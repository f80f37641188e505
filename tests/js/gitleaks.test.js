// Importing a gitleaks configuration: the API (discret/gitleaks) and `discret rules import-gitleaks`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureGroups, convertGitleaks, importGitleaks } from 'discret/gitleaks';
import { createScanner } from 'discret';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = readFileSync(new URL('./fixtures/gitleaks.toml', import.meta.url), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'discret-gitleaks-'));
const cli = (args) => spawnSync(process.execPath, [join(root, 'wasm/cli.js'), ...args], { cwd: root, encoding: 'utf8' });

test('rules, keywords, entropy, secret groups and allowlists carry over', async () => {
  const { pack, unsupported } = await importGitleaks(fixture);
  assert.deepEqual(pack.rules.map((r) => r.id), ['acme-api-token', 'acme-deploy-key']);
  const [token, deploy] = pack.rules;
  assert.equal(token.group, 1);  // one capture group, no secretGroup: the group is the secret
  assert.equal(token.entropy, 3);
  assert.deepEqual(token.keywords, ['acme_']);
  assert.deepEqual(token.allow, ['EXAMPLE']);  // the global allowlist reaches every rule
  assert.deepEqual(deploy.allow, ['EXAMPLE', '(?i)DUMMY']);  // stopwords become case-insensitive literals
  assert.match(token.description, /tags: internal, api/);
  // Nothing is dropped silently: the extend, the global path allowlist, the path-only rule and the
  // pattern RE2 refuses are each listed with a reason.
  const reasons = unsupported.map((u) => `${u.id}: ${u.reason}`);
  assert.equal(unsupported.length, 4, reasons.join('\n'));
  assert.ok(reasons.some((r) => r.startsWith('null: [extend]')));
  assert.ok(reasons.some((r) => r.startsWith('null: global allowlist 1: paths')));
  assert.ok(reasons.some((r) => r.startsWith('acme-cert-path: a path-only rule')));
  assert.ok(reasons.some((r) => r.startsWith('acme-lookbehind: the engine rejects it') && /perl operator/.test(r)));
});

test('the imported pack scans: secrets found, allowed values and low-entropy ones dropped', async () => {
  const { pack } = await importGitleaks(fixture);
  const scanner = await createScanner({ rules: [pack], builtins: false });
  const text = [
    'ACME=acme_live_k3j9x0q2m5n8p1r4t7w6y2z8',  // found: the group only
    'ACME=acme_live_aaaaaaaaaaaaaaaaaaaaaaaa',  // entropy 0
    'deploy_key = "Q7LZ9XW2KR8VT1YB4NM6CP0SD3UE5FG2"',
    'deploy_key = "DUMMYDUMMYDUMMYDUMMYDUMMYDUMMY12"',  // stopword
    'deploy_key = "EXAMPLE7LZ9XW2KR8VT1YB4NM6CP0SD3"',  // global allowlist
  ].join('\n');
  const found = scanner.scan(text).map((f) => [f.ruleId, f.text]);
  assert.deepEqual(found, [['acme-api-token', 'k3j9x0q2m5n8p1r4t7w6y2z8'], ['acme-deploy-key', 'Q7LZ9XW2KR8VT1YB4NM6CP0SD3UE5FG2']]);
  scanner.dispose();
});

test('capture groups are counted as RE2 counts them', () => {
  assert.equal(captureGroups('a(b)c'), 1);
  assert.equal(captureGroups('(?:a)(?i)b'), 0);
  assert.equal(captureGroups('(?P<name>x)(y)'), 2);
  assert.equal(captureGroups('[(]\\(x\\)'), 0);
  assert.equal(captureGroups('[]()]'), 0);
});

test('ids are made valid and unique; broken TOML names its line', () => {
  const { pack } = convertGitleaks('[[rules]]\nid = "My Rule!"\nregex = "x"\n[[rules]]\nid = "my rule"\nregex = "y"\n');
  assert.deepEqual(pack.rules.map((r) => r.id), ['my-rule', 'my-rule-2']);
  assert.throws(() => convertGitleaks('[[rules]]\nid = "a"\nregex = \n'), /gitleaks TOML line 3, column 9: /);
});

test('npx discret rules import-gitleaks writes the pack, lists what it left out, exits 1', () => {
  const out = join(tmp, 'pack.json');
  const r = cli(['rules', 'import-gitleaks', 'tests/js/fixtures/gitleaks.toml', '-o', out]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /imported 2 rules into/);
  assert.match(r.stderr, /rule acme-cert-path: not imported: a path-only rule/);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).rules.length, 2);
  // The pack works with --rules.
  const file = join(tmp, 'ci.env');
  writeFileSync(file, 'ACME=acme_live_k3j9x0q2m5n8p1r4t7w6y2z8\n');
  const scan = cli(['scan', file, '--rules', out, '--format', 'jsonl']);
  assert.equal(scan.status, 1, scan.stderr);
  assert.ok(scan.stdout.split('\n').some((l) => l && JSON.parse(l).ruleId === 'acme-api-token'));
  // A config that imports fully exits 0; one that does not parse exits 2.
  writeFileSync(join(tmp, 'ok.toml'), '[[rules]]\nid = "x"\nregex = "tok_[0-9]{8}"\n');
  assert.equal(cli(['rules', 'import-gitleaks', join(tmp, 'ok.toml'), '-o', join(tmp, 'ok.json')]).status, 0);
  writeFileSync(join(tmp, 'bad.toml'), 'rules = [\n');
  const bad = cli(['rules', 'import-gitleaks', join(tmp, 'bad.toml')]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /bad\.toml: gitleaks TOML/);
});
