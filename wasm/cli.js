#!/usr/bin/env node
// The `discret` command of the npm package. Files are read and written as bytes, so nothing
// outside a finding changes, not even invalid UTF-8. Exit codes: 0 nothing found, 1 findings,
// 2 error (message on stderr).
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createScanner, DiscretError, OPERATORS } from './index.js';
import { parseIgnoreFile } from './ignore.js';
import { copyPath, pseudonymizeFiles, scanFiles } from './files.js';
import { createReport, toMarkdown, toSarif } from './report.js';

const HELP = `Usage:
  discret scan [FILE|DIR...|-] [--report md|json|sarif] [-o FILE] [--format text|json|jsonl] [--min-score N]
               [--rules PACK.json] [--show-values] [--ignore-file PATH] [--no-gitignore] [--progress]
  discret pseudonymize FILE|DIR|- --operator NAME [--operator ENTITY=NAME...] [--key K] [--mask N]
               [-o OUT] [--mapping MAP.json] [--rules PACK.json] [--min-score N]
  discret rules import-gitleaks GITLEAKS.toml [-o PACK.json]

Finds personal data and secrets, locally: nothing is sent anywhere.
  scan           reports findings (file, line, column; CSV/TSV/Parquet row and column, JSON pointer,
                 notebook cell; entity, ruleId, score; test values and IP ranges are marked); values only
                 with --show-values. Folders are walked (honouring .gitignore unless --no-gitignore), zip,
                 tar, tar.gz and gz archives are opened, binary files are skipped with a note.
                 --report writes the privacy report instead (md: a dataset card section, json, sarif),
                 to stdout or to -o FILE.
  pseudonymize   writes a copy with every finding replaced, in the input's own format (a folder into the
                 folder -o OUT; a file to -o OUT or stdout); operators: ${OPERATORS.join(', ')};
                 --operator EMAIL=fake chooses one entity's operator. hash and keyed pseudonyms use --key
                 (or DISCRET_KEY in the environment); --mapping saves value -> pseudonym as JSON.
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
  if (stat.isDirectory()) throw new UsageError(`${path} is a directory: give a file`);
  return readFileSync(path);
}

function loadRules(path) {
  if (!path) return [];
  return [readInput(path).toString('utf8')];
}

function checkExists(paths) {
  for (const p of paths) if (p !== '-' && !existsSync(p)) throw new UsageError(`cannot read ${p}: no such file`);
}

// stdin as a streamed source (a 2 GB pipe is never read whole).
const input = (path) => (path === '-' ? { input: process.stdin, name: '<stdin>' } : { input: path });

// Where a finding is, in its format's terms: a table's row and column (and Parquet row group), a
// notebook cell, a JSON pointer.
function placeText(r) {
  if (r.field !== undefined) return `  [row ${r.row}, ${r.field}${r.rowGroup !== undefined ? `, row group ${r.rowGroup}` : ''}]`;
  if (r.cell) {
    if (r.cell.cell == null) return '  [notebook metadata]';
    return `  [cell ${r.cell.cell}${r.cell.part === 'output' ? ` output ${r.cell.output ?? ''}`.trimEnd() : ''}]`;
  }
  return r.pointer ? `  [${r.pointer}]` : '';
}

function formatFinding(format, record) {
  if (format === 'text') {
    const value = record.text === undefined ? '' : `  ${JSON.stringify(record.text)}`;
    const notes = placeText(record) + [record.kind, record.test ? 'test value' : null].filter(Boolean).map((n) => `  (${n})`).join('');
    const at = record.line !== undefined ? `${record.file}:${record.line}:${record.column}` : record.file;
    return `${at}  ${record.entity}  ${record.ruleId}  ${record.score.toFixed(2)}${notes}${value}`;
  }
  return JSON.stringify(record);
}

// The .discretignore (or --ignore-file) entries, parsed; errors name the file and line.
function loadIgnore(path) {
  const ignorePath = path ?? (existsSync('.discretignore') ? '.discretignore' : null);
  if (!ignorePath) return { ignorePath: null, ignore: { paths: [], allow: [], disabledRules: [] } };
  try {
    return { ignorePath, ignore: parseIgnoreFile(readInput(ignorePath).toString('utf8'), ignorePath) };
  } catch (e) {
    throw new UsageError(e.message);
  }
}

// A scanner, with an ignore file's broken entries named by their line in the ignore file.
async function scannerWithIgnore(options, ignore, ignorePath) {
  try {
    return await createScanner(options);
  } catch (e) {
    const m = e instanceof DiscretError && /^\/(disabledRules|allow)\/(\d+)/.exec(e.where);
    if (!m) throw e;
    const entry = m[1] === 'allow' ? `allow:${ignore.allow[m[2]]}` : `rule:${ignore.disabledRules[m[2]]}`;
    throw new UsageError(`${ignorePath}: ${entry}: ${e.message.replace(/^\S+: /, '')}`);
  }
}

const FINDING_FIELDS = ['file', 'line', 'column', 'row', 'field', 'rowGroup', 'pointer', 'inKey', 'cell', 'entity', 'ruleId', 'country', 'score', 'test', 'kind'];

async function scan(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      report: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'min-score': { type: 'string' },
      rules: { type: 'string' },
      'show-values': { type: 'boolean', default: false },
      'ignore-file': { type: 'string' },
      'no-gitignore': { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
    },
  });
  if (!['text', 'json', 'jsonl'].includes(values.format)) throw new UsageError('--format must be text, json or jsonl');
  if (values.report !== undefined && !['md', 'json', 'sarif'].includes(values.report)) throw new UsageError('--report must be md, json or sarif');
  if (values.output !== undefined && values.report === undefined) throw new UsageError('-o goes with --report (findings are listed on stdout)');
  const files = positionals.length ? positionals : ['-'];
  checkExists(files);
  const { ignorePath, ignore } = loadIgnore(values['ignore-file']);
  const scannerOptions = { rules: loadRules(values.rules), minScore: minScore(values['min-score']), allow: ignore.allow, disabledRules: ignore.disabledRules };
  const scanner = await scannerWithIgnore(scannerOptions, ignore, ignorePath);
  const ignoreRoot = ignorePath ? dirname(resolve(ignorePath)) : process.cwd();
  const builder = values.report ? createReport({ showValues: values['show-values'], sarif: values.report === 'sarif', rules: scanner.rules.length }) : null;
  const records = []; // kept only for --format json, which prints one array at the end
  let total = 0;
  const events = scanFiles(files.map((f) => input(f).input), {
    scanner, scannerOptions, ignore, ignoreRoot, gitignore: !values['no-gitignore'],
    name: files.length === 1 && files[0] === '-' ? '<stdin>' : undefined,
  });
  for await (const e of events) {
    builder?.add(e);
    if (e.type === 'skipped') process.stderr.write(`discret: ${e.file}: skipped (${e.reason})\n`);
    else if (e.type === 'warning') process.stderr.write(`discret: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
    else if (e.type === 'progress' && values.progress) process.stderr.write(`discret: ${e.file}: ${progressText(e)}\n`);
    else if (e.type === 'finding') {
      total++;
      if (builder) continue;
      const record = {};
      for (const k of FINDING_FIELDS) if (e[k] !== undefined) record[k] = e[k];
      if (values['show-values']) record.text = e.text;
      if (values.format === 'json') records.push(record);
      else process.stdout.write(formatFinding(values.format, record) + '\n');
    }
  }
  if (builder) {
    const result = builder.result();
    const text = values.report === 'md' ? toMarkdown(result) : JSON.stringify(values.report === 'sarif' ? toSarif(builder) : result, null, 2) + '\n';
    if (values.output) writeFileSync(values.output, text);
    else process.stdout.write(text);
  } else if (values.format === 'json') process.stdout.write(JSON.stringify(records, null, 2) + '\n');
  scanner.dispose();
  return total > 0 ? 1 : 0;
}

function progressText(e) {
  const mb = (n) => (n / (1 << 20)).toFixed(1);
  const done = e.bytesDone != null ? `${mb(e.bytesDone)}${e.bytesTotal ? ` of ${mb(e.bytesTotal)}` : ''} MiB` : `${e.rowsDone} rows`;
  return `${done}, ${e.findings} findings`;
}

function minScore(text) {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!(n >= 0 && n <= 1)) throw new UsageError('--min-score must be a number in [0, 1]');
  return n;
}

// --operator NAME and --operator ENTITY=NAME (repeatable) -> { operator, operators }.
function operatorChoice(list) {
  let operator;
  const operators = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq < 0) {
      if (operator) throw new UsageError(`--operator ${item}: the default operator is already ${operator}`);
      operator = item;
    } else operators[item.slice(0, eq).toUpperCase()] = item.slice(eq + 1);
  }
  if (!operator && !Object.keys(operators).length) throw new UsageError(`--operator is required (${OPERATORS.join(', ')})`);
  return { operator: operator ?? 'placeholder', ...(Object.keys(operators).length ? { operators } : {}) };
}

// Where each output file goes: the same relative path under OUT for a folder, OUT itself for a file.
function outputPath(file, root, out, format, inputIsDir) {
  return copyPath(inputIsDir ? join(out, relative(root, file)) : out, format);
}

async function pseudonymize(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      operator: { type: 'string', multiple: true },
      key: { type: 'string' },
      mask: { type: 'string' },
      output: { type: 'string', short: 'o' },
      mapping: { type: 'string' },
      rules: { type: 'string' },
      'min-score': { type: 'string' },
      'ignore-file': { type: 'string' },
      'no-gitignore': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('pseudonymize takes one FILE or DIR (or - for stdin)');
  const choice = operatorChoice(values.operator ?? []);
  const target = positionals[0];
  checkExists([target]);
  const isDir = target !== '-' && statSync(target).isDirectory();
  if (isDir && !values.output) throw new UsageError('pseudonymize DIR needs -o OUT, the folder to write the copy into');
  if (isDir && resolve(values.output).startsWith(resolve(target) + sep)) throw new UsageError('-o OUT may not be inside the folder being copied');
  const mask = values.mask === undefined ? undefined : Number(values.mask);
  const { ignorePath, ignore } = loadIgnore(values['ignore-file']);
  const scannerOptions = { rules: loadRules(values.rules), minScore: minScore(values['min-score']), allow: ignore.allow, disabledRules: ignore.disabledRules };
  const scanner = await scannerWithIgnore(scannerOptions, ignore, ignorePath);
  const key = values.key ?? process.env.DISCRET_KEY;
  let findings = 0;
  let fd = null, fdFile = null;
  const toStdout = !isDir && !values.output;
  const events = pseudonymizeFiles([input(target).input], {
    scanner, ignore, ignoreRoot: ignorePath ? dirname(resolve(ignorePath)) : process.cwd(), gitignore: !values['no-gitignore'],
    name: target === '-' ? '<stdin>' : undefined, ...choice, ...(key ? { key } : {}), ...(mask === undefined ? {} : { mask }),
  });
  try {
    for await (const e of events) {
      if (e.type === 'finding') findings++;
      else if (e.type === 'skipped') process.stderr.write(`discret: ${e.file}: skipped (${e.reason})\n`);
      else if (e.type === 'warning') process.stderr.write(`discret: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
      else if (e.type === 'output') {
        if (toStdout) {
          await writeStdout(e.bytes);
          continue;
        }
        const path = outputPath(e.file, target, values.output, e.format, isDir);
        if (fdFile !== path) {
          if (fd !== null) closeSync(fd);
          mkdirSync(dirname(path), { recursive: true });
          fd = openSync(path, 'w');
          fdFile = path;
        }
        writeAll(fd, e.bytes);
      }
    }
  } finally {
    if (fd !== null) closeSync(fd);
  }
  if (values.mapping) writeFileSync(values.mapping, JSON.stringify(scanner.exportMapping(), null, 2) + '\n');
  scanner.dispose();
  return findings > 0 ? 1 : 0;
}

function writeAll(fd, bytes) {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
}

function writeStdout(bytes) {
  return new Promise((done, fail) => {
    process.stdout.write(bytes, (err) => (err ? fail(err) : done()));
  });
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

// A reader that stops early (`discret scan | head`) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    const known = error instanceof DiscretError || error instanceof UsageError || String(error.code).startsWith('ERR_PARSE_ARGS');
    const code = error instanceof DiscretError ? ` [${error.code}]` : '';
    process.stderr.write(`discret: ${known ? error.message : error.stack}${code}\n`);
    process.exitCode = 2;
  },
);
