#!/usr/bin/env node
// The `discret` command of the npm package. Files are read and written as bytes, so nothing
// outside a finding changes, not even invalid UTF-8. Exit codes: 0 nothing found, 1 findings,
// 2 error (message on stderr).
import { existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dirname, relative, resolve } from 'node:path';
import { createScanner, DiscretError, OPERATORS } from './index.js';
import { CONTEXT_SECRET_RULES, ignoredBy, isLockfileOrMinified, parseIgnoreFile } from './ignore.js';
import { csvLocator, detectFormat, jsonLocator, jsonlLocator } from './locate.js';

const HELP = `Usage:
  discret scan [FILE...|-] [--format text|json|jsonl] [--min-score N] [--rules PACK.json] [--show-values]
               [--ignore-file PATH]
  discret pseudonymize FILE|- --operator NAME [--key K] [--mask N] [-o OUT] [--mapping MAP.json] [--rules PACK.json]
  discret rules import-gitleaks GITLEAKS.toml [-o PACK.json]

Finds personal data and secrets, locally: nothing is sent anywhere.
  scan           reports findings (file, line, column, entity, ruleId, score; test values and IP ranges
                 are marked); values only with --show-values
  pseudonymize   writes FILE with every finding replaced; operators: ${OPERATORS.join(', ')}
                 hash needs --key (or DISCRET_KEY in the environment); --mapping saves numbered pseudonyms
  rules import-gitleaks
                 converts a gitleaks configuration into a Discret rule pack (for --rules); what cannot be
                 expressed is listed on stderr, and the exit code is then 1
A line with "discret:allow" in it (a comment) reports nothing. A .discretignore file in the current folder (or
--ignore-file) lists paths not to scan, "allow:VALUE" values never reported and "rule:ID" rules turned off.
Lockfiles and minified bundles are scanned without the rules that judge a value by its key name.
Columns count Unicode code points from 1. Exit codes: 0 nothing found, 1 findings, 2 error.`;

class UsageError extends Error {}

function readInput(path) {
  if (path === '-') return readFileSync(0);
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  if (stat.isDirectory()) throw new UsageError(`${path} is a directory: give files`);
  return readFileSync(path);
}

function loadRules(path) {
  if (!path) return [];
  return [readInput(path).toString('utf8')];
}

// 1-based line and column (code points) of each byte offset; offsets must be ascending.
function locate(bytes, offsets) {
  const out = [];
  let line = 1;
  let column = 1;
  let pos = 0;
  for (const target of offsets) {
    for (; pos < target; pos += 1) {
      const b = bytes[pos];
      if (b === 0x0a) {
        line += 1;
        column = 1;
      } else if ((b & 0xc0) !== 0x80) {
        column += 1;
      }
    }
    out.push({ line, column });
  }
  return out;
}

// Where each finding is in its file's format: CSV/TSV row and field (column name), JSON/JSONL
// pointer. Lines of a JSONL file that do not parse are reported on stderr; their bytes were scanned.
function formatLocations(format, file, bytes, findings) {
  const offsets = findings.map((f) => f.start);
  if (format === 'csv' || format === 'tsv') return csvLocator(bytes, format === 'tsv' ? '\t' : undefined)(offsets).map(({ row, column }) => ({ row, field: column }));
  if (format === 'json') return jsonLocator(bytes)(offsets).map(({ pointer, key }) => (key ? { pointer, inKey: true } : { pointer }));
  if (format === 'jsonl') {
    const locate = jsonlLocator(bytes);
    for (const e of locate.errors) process.stderr.write(`discret: ${file}:${e.line}: not JSON (${e.message}); scanned as text\n`);
    return locate(offsets).map(({ pointer }) => ({ pointer }));
  }
  return findings.map(() => ({}));
}

function formatFinding(format, record) {
  if (format === 'text') {
    const value = record.text === undefined ? '' : `  ${JSON.stringify(record.text)}`;
    const at = record.row !== undefined ? `  [row ${record.row}, ${record.field}]` : record.pointer ? `  [${record.pointer}]` : '';
    const notes = at + [record.kind, record.test ? 'test value' : null].filter(Boolean).map((n) => `  (${n})`).join('');
    return `${record.file}:${record.line}:${record.column}  ${record.entity}  ${record.ruleId}  ${record.score.toFixed(2)}${notes}${value}`;
  }
  return JSON.stringify(record);
}

async function scan(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'min-score': { type: 'string' },
      rules: { type: 'string' },
      'show-values': { type: 'boolean', default: false },
      'ignore-file': { type: 'string' },
    },
  });
  if (!['text', 'json', 'jsonl'].includes(values.format)) throw new UsageError(`--format must be text, json or jsonl`);
  const files = positionals.length ? positionals : ['-'];
  const ignorePath = values['ignore-file'] ?? (existsSync('.discretignore') ? '.discretignore' : null);
  let ignore = { paths: [], allow: [], disabledRules: [] };
  if (ignorePath) {
    try {
      ignore = parseIgnoreFile(readInput(ignorePath).toString('utf8'), ignorePath);
    } catch (e) {
      throw new UsageError(e.message);
    }
  }
  const base = { rules: loadRules(values.rules), minScore: minScore(values['min-score']), allow: ignore.allow, disabledRules: ignore.disabledRules };
  let scanner;
  try {
    scanner = await createScanner(base);
  } catch (e) {
    const m = e instanceof DiscretError && /^\/(disabledRules|allow)\/(\d+)/.exec(e.where);
    if (!m) throw e;
    const entry = m[1] === 'allow' ? `allow:${ignore.allow[m[2]]}` : `rule:${ignore.disabledRules[m[2]]}`;
    throw new UsageError(`${ignorePath}: ${entry}: ${e.message.replace(/^\S+: /, '')}`);
  }
  let plainScanner = null;  // for lockfiles and minified bundles, made when the first one comes
  const ignoreRoot = ignorePath ? dirname(resolve(ignorePath)) : process.cwd();
  const records = []; // kept only for --format json, which prints one array at the end
  let total = 0;
  for (const file of files) {
    if (file !== '-') {
      const entry = ignoredBy(ignore, relative(ignoreRoot, resolve(file)));
      if (entry) {
        process.stderr.write(`discret: ${file}: skipped (${entry.where}: ${entry.glob})\n`);
        continue;
      }
    }
    const bytes = readInput(file);
    const format = detectFormat(file === '-' ? '' : file, bytes);
    if (format === 'binary') {
      // Images, archives, compiled files: scanning their bytes as text would only find noise.
      process.stderr.write(`discret: ${file}: binary content, skipped\n`);
      continue;
    }
    let use = scanner;
    if (file !== '-' && isLockfileOrMinified(file)) {
      if (!plainScanner) {
        const loaded = new Set(scanner.rules.map((r) => r.id));  // a custom pack may lack some of them
        const off = new Set([...base.disabledRules, ...CONTEXT_SECRET_RULES.filter((id) => loaded.has(id))]);
        plainScanner = await createScanner({ ...base, disabledRules: [...off] });
      }
      use = plainScanner;
    }
    const findings = use.scanBytes(bytes);
    const where = locate(bytes, findings.map((f) => f.start));
    const inFormat = formatLocations(format, file, bytes, findings);
    findings.forEach((f, i) => {
      const record = { file: file === '-' ? '<stdin>' : file, line: where[i].line, column: where[i].column,
        ...inFormat[i], entity: f.entity, ruleId: f.ruleId, country: f.country, score: f.score, test: f.test, kind: f.kind };
      if (values['show-values']) record.text = f.text;
      if (values.format === 'json') records.push(record);
      else process.stdout.write(formatFinding(values.format, record) + '\n');
    });
    total += findings.length;
  }
  if (values.format === 'json') process.stdout.write(JSON.stringify(records, null, 2) + '\n');
  scanner.dispose();
  plainScanner?.dispose();
  return total > 0 ? 1 : 0;
}

function minScore(text) {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!(n >= 0 && n <= 1)) throw new UsageError('--min-score must be a number in [0, 1]');
  return n;
}

async function pseudonymize(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      operator: { type: 'string' },
      key: { type: 'string' },
      mask: { type: 'string' },
      output: { type: 'string', short: 'o' },
      mapping: { type: 'string' },
      rules: { type: 'string' },
      'min-score': { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('pseudonymize takes one FILE (or - for stdin)');
  if (!values.operator) throw new UsageError(`--operator is required (${OPERATORS.join(', ')})`);
  const mask = values.mask === undefined ? undefined : Number(values.mask);
  const scanner = await createScanner({ rules: loadRules(values.rules), minScore: minScore(values['min-score']) });
  const bytes = readInput(positionals[0]);
  const result = scanner.pseudonymizeBytes(bytes, {
    operator: values.operator,
    key: values.key ?? process.env.DISCRET_KEY ?? '',
    ...(mask === undefined ? {} : { mask }),
  });
  if (values.output) writeFileSync(values.output, result.bytes);
  else process.stdout.write(result.bytes);
  if (values.mapping) writeFileSync(values.mapping, JSON.stringify(scanner.exportMapping(), null, 2) + '\n');
  scanner.dispose();
  return result.findings.length > 0 ? 1 : 0;
}

async function rules(args) {
  const [sub, ...rest] = args;
  if (sub !== 'import-gitleaks') throw new UsageError(`unknown rules command '${sub ?? ''}' (known: import-gitleaks)`);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
  if (positionals.length !== 1) throw new UsageError('rules import-gitleaks takes one gitleaks TOML file');
  const { importGitleaks } = await import('./gitleaks.js');
  let result;
  try {
    result = await importGitleaks(readInput(positionals[0]).toString('utf8'));
  } catch (e) {
    if (e instanceof DiscretError) throw e;
    throw new UsageError(`${positionals[0]}: ${e.message}`);
  }
  const json = JSON.stringify(result.pack, null, 2) + '\n';
  if (values.output) writeFileSync(values.output, json);
  else process.stdout.write(json);
  process.stderr.write(`discret: imported ${result.pack.rules.length} rules${values.output ? ` into ${values.output}` : ''}\n`);
  for (const u of result.unsupported)
    process.stderr.write(`discret: ${u.id ? `rule ${u.id}` : 'configuration'}: ${u.partial ? 'imported without ' : 'not imported: '}${u.reason}\n`);
  return result.unsupported.length ? 1 : 0;
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP + '\n');
    return command ? 0 : 2;
  }
  if (command === 'scan') return scan(rest);
  if (command === 'pseudonymize') return pseudonymize(rest);
  if (command === 'rules') return rules(rest);
  throw new UsageError(`unknown command '${command}'\n\n${HELP}`);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    const known = error instanceof DiscretError || error instanceof UsageError || String(error.code).startsWith('ERR_PARSE_ARGS');
    const code = error instanceof DiscretError ? ` [${error.code}]` : '';
    process.stderr.write(`discret: ${known ? error.message : error.stack}${code}\n`);
    process.exitCode = 2;
  },
);
