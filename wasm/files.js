// Files and datasets: one entry point that turns any supported input into events, and one that
// writes a pseudonymized copy in the input's own format. `discret/files`:
//
//   for await (const event of scanFile('data/', { scannerOptions })) ...   // node: a file or a folder
//   for await (const event of scanFile(file)) ...                         // browser: a File/Blob
//   const result = await report(scanFile(path));                          // the privacy report
//   for await (const event of pseudonymizeFile(path, { operator: 'fake' })) ... // 'output' events carry the copy
//
// Readers, by format (detected from content first, then the name):
//   text, code, Markdown, logs, CSV/TSV, JSON, JSONL -> streamed in windows (stream.js): bounded memory
//   Jupyter notebooks -> JSON, located by cell           zip, tar, tar.gz, gz -> members, recursively
//   Parquet -> per row group, as TSV text with the column names as header (formats/parquet.js)
//   binary -> skipped with a note, never scanned as text
// Every format crosses into wasm once per window or row-group chunk, never per cell or finding.
//
// Events (the report's input, see report.js):
//   { type: 'file', file, format, bytes }                 a file (or archive member: `a.zip!/dir/x.csv`) starts
//   { type: 'finding', file, line, column, row?, field?, pointer?, cell?, rowGroup?, start, end,
//     entity, ruleId, country, score, test, kind, text }  row: 1-based data row, field: column name
//   { type: 'special', file, line, column, row?, field?, pointer?, category, language, word }
//   { type: 'skipped', file, reason }    { type: 'warning', file, line?, message }
//   { type: 'end', file, rows?, findings }   { type: 'progress', file, bytesDone, bytesTotal, findings }
// pseudonymizeFile adds { type: 'output', file, bytes, format } pieces, in order, per output file.
import { createGroupFinder, createScanner, DiscretError } from './index.js';
import { joinBytes } from './bytes.js';
import { countLines, DEFAULT_OVERLAP, isDelimiter, DEFAULT_WINDOW, reportedFindings, streamWindows, windowInput } from './stream.js';
import { csvLocator, detectFormat, jsonLocator, jsonlLocator, lineColumns, walkCsv } from './locate.js';
import { CONTEXT_SECRET_RULES, ignoredBy, isLockfileOrMinified } from './ignore.js';
import { fromBytes, toSource } from './sources.js';
import { archiveKind, readArchive, writeArchive } from './formats/archive.js';
import { cellReplacements, parquetToJsonl, readParquetChunks, writeParquet } from './formats/parquet.js';
import { notebookLocation } from './formats/notebook.js';
import { specialWordEntry, specialWordsPattern } from './special.js';
import { report as buildReport } from './report.js';

export { buildReport as report };

const decoder = new TextDecoder();
// Matched special-category words are decoded with it: a U+FEFF is text like any other.
const textDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const JSON_WHOLE_LIMIT = 64 << 20;  // JSON up to this size is scanned in one window, so every value has its pointer
const HEAD = 64 << 10;

const isNode = typeof process === 'object' && process.versions?.node != null;

// ---------------------------------------------------------------------------------------------
// The scan context: scanners shared by every file of one call (so pseudonyms agree across files).

async function makeContext(options) {
  const scannerOptions = options.scannerOptions ?? {};
  const scanner = options.scanner ?? (await createScanner(scannerOptions));
  let plain = null;
  return {
    options,
    scanner,
    window: options.window ?? DEFAULT_WINDOW,
    overlap: options.overlap ?? DEFAULT_OVERLAP,
    // Lockfiles and minified bundles: scanned without the rules that judge a value by its key name.
    async scannerFor(path) {
      // (Not when pseudonymizing: one scanner keeps the pseudonyms consistent; nor with a caller's scanner
      // whose options are unknown.)
      if (!isLockfileOrMinified(path) || options.pseudonymize || (options.scanner && !options.scannerOptions)) return scanner;
      if (!plain) {
        const loaded = new Set(scanner.rules.map((r) => r.id));
        const off = new Set([...(scannerOptions.disabledRules ?? []), ...CONTEXT_SECRET_RULES.filter((id) => loaded.has(id))]);
        plain = await createScanner({ ...scannerOptions, disabledRules: [...off] });
      }
      return plain;
    },
    dispose() {
      if (!options.scanner) scanner.dispose();
      plain?.dispose();
    },
  };
}

/** The format of a file from its name and first bytes: detectFormat's, plus 'notebook' and 'parquet'. */
export function fileFormat(name, head) {
  if (head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31) return 'parquet';  // PAR1
  const format = detectFormat(name, head);
  if (format === 'json' && /\.ipynb$/i.test(name)) return 'notebook';
  return format;
}

// ---------------------------------------------------------------------------------------------
// Scanning

/**
 * Scans one input (a path, a folder in node, a Blob/File, bytes, an iterable of pieces, or any of
 * these as { input, name }) and yields
 * events. options: { scanner | scannerOptions, name, ignore (parsed .discretignore), gitignore
 * (node folders, default true), special (default true), window, overlap, signal, onProgress }.
 */
export async function* scanFile(input, options = {}) {
  yield* scanFiles([input], options);
}

/** scanFile over several inputs with one scanner, so that counts and pseudonyms are shared. */
export async function* scanFiles(inputs, options = {}) {
  const ctx = await makeContext(options);
  try {
    for (const input of inputs) yield* eachSource(ctx, input, (source, path) => scanSource(ctx, source, path, 0));
  } finally {
    ctx.dispose();
  }
}

// Runs `handle(source, path)` for the input, or for every file under it when it is a node folder.
async function* eachSource(ctx, input, handle) {
  if (typeof input === 'string' && isNode) {
    const { statSync } = await import('node:fs');
    let stat;
    try {
      stat = statSync(input);
    } catch (e) {
      throw new DiscretError({ code: 'invalid_option', message: `cannot read ${input}: ${e.code === 'ENOENT' ? 'no such file' : e.message}` });
    }
    if (stat.isDirectory()) {
      const { walkFiles } = await import('./walk.js');
      for await (const entry of walkFiles(input, ctx.options)) {
        if (entry.skipped) yield { type: 'skipped', file: entry.path, reason: entry.skipped };
        else yield* handle(await toSource(entry.path), entry.path);
      }
      return;
    }
    const { relative, resolve } = await import('node:path');
    const skip = ctx.options.ignore ? ignoredBy(ctx.options.ignore, relative(ctx.options.ignoreRoot ?? process.cwd(), resolve(input))) : null;
    if (skip) {
      yield { type: 'skipped', file: input, reason: `${skip.where}: ${skip.glob}` };
      return;
    }
  }
  // { input, name }: an input with its own name (a browser File from a folder, with its relative path).
  const named = input && typeof input === 'object' && 'input' in input && 'name' in input;
  const source = named ? await toSource(input.input, input.name) : await toSource(input, ctx.options.name);
  yield* handle(source, source.name || '<input>');
}

async function* scanSource(ctx, source, path, depth) {
  const head = await source.head(HEAD);
  const kind = archiveKind(path, head);
  if (kind) {
    const { archive, error } = depth < MAX_DEPTH ? openArchive(await source.bytes(), kind, path) : { error: new Error(`nested more than ${MAX_DEPTH} deep`) };
    if (error) yield { type: 'warning', file: path, message: `${error.message}; not scanned` };
    else yield* overArchive(ctx, archive, path, (member, name) => scanSource(ctx, member, name, depth + 1));
    return;
  }
  const format = fileFormat(path, head);
  if (format === 'binary') {
    yield { type: 'skipped', file: path, reason: 'binary content' };
    return;
  }
  if (format === 'parquet') yield* scanParquet(ctx, source, path);
  else yield* scanText(ctx, source, path, format);
}

function openArchive(bytes, kind, name) {
  try {
    return { archive: readArchive(bytes, kind, { name }) };
  } catch (e) {
    return { error: e };
  }
}

// Archive members, each handled like a file of its own (`a.zip!/dir/x.csv`); the ignore file applies to member paths.
async function* overArchive(ctx, archive, path, handle) {
  for (const message of archive.warnings) yield { type: 'warning', file: path, message };
  for (const entry of archive.entries) {
    const name = `${path}!/${entry.path}`;
    const skip = ctx.options.ignore ? ignoredBy(ctx.options.ignore, entry.path) : null;
    if (skip) yield { type: 'skipped', file: name, reason: `${skip.where}: ${skip.glob}` };
    else yield* handle(fromBytes(entry.bytes, name), name, entry);
  }
}

const MAX_DEPTH = 8;

function finding(file, f, where, text) {
  return { type: 'finding', file, ...where, start: f.start, end: f.end, entity: f.entity, ruleId: f.ruleId,
    country: f.country, score: f.score, test: f.test, kind: f.kind, text };
}

// Locates ascending byte offsets of one window in the terms of its format.
function windowLocator(format, w, state) {
  const bytes = w.bytes;
  return (offsets) => {
    const lc = lineColumns(bytes, offsets, w.lineBase, w.columnBase);
    let extra = null;
    if (format === 'csv' || format === 'tsv') {
      const { input, shift } = windowInput(w);
      extra = csvLocator(input, format === 'tsv' ? '\t' : undefined)(offsets.map((o) => o + shift))
        .map(({ row, column }) => ({ row: w.header ? w.rowBase + row - 1 : row, field: column }));
    } else if (format === 'jsonl') {
      // A JSON Lines record is a row: the report measures the share of records with a finding.
      extra = jsonlOf(w, state)(offsets).map(({ pointer }, i) => ({ row: lc[i].line, pointer }));
    } else if ((format === 'json' || format === 'notebook') && w.base === 0) {
      extra = jsonLocator(bytes)(offsets).map(({ pointer, key }) => {
        const where = key ? { pointer, inKey: true } : { pointer };
        if (format === 'notebook' && pointer) {
          const cell = notebookLocation(pointer, state.notebook);
          if (cell) where.cell = cell;
        }
        return where;
      });
    }
    return lc.map((x, i) => (extra ? { ...x, ...extra[i] } : x));
  };
}

// Why a whole JSON document does not parse, or null.
function jsonProblem(bytes) {
  try {
    JSON.parse(decoder.decode(bytes));
    return null;
  } catch (e) {
    return e.message;
  }
}

// The JSON Lines locator of a window, made once (it parses every line).
function jsonlOf(w, state) {
  if (state.jsonlWindow !== w) {
    state.jsonlWindow = w;
    state.jsonl = jsonlLocator(w.bytes);
  }
  return state.jsonl;
}

// Malformed JSONL lines of a window not reported yet (windows overlap).
function* jsonlWarnings(file, w, state) {
  for (const e of jsonlOf(w, state).errors) {
    const line = w.lineBase + e.line;
    if (line <= state.lastBadLine) continue;
    state.lastBadLine = line;
    yield { type: 'warning', file, line, message: `not JSON (${e.message}); scanned as text` };
  }
}

// Special-category words are searched in wasm (RE2, one call per window: core/group_finder.h), not
// with special.js's RegExp over decoded text, which took a third of the files pipeline's time. The
// matches are the same (tests/js/special.test.js compares them); one finder per module.
let specialFinder = null;
const specialWordsFinder = () => (specialFinder ??= createGroupFinder(specialWordsPattern()));

// The special-category words of `bytes`, as { category, language, word, offset } with byte offsets.
function specialWordsIn(finder, bytes) {
  const spans = finder.find(bytes);
  const out = [];
  for (let i = 0; i < spans.length; i += 2) {
    const entry = specialWordEntry(textDecoder.decode(bytes.subarray(spans[i], spans[i + 1])));
    if (entry) out.push({ ...entry, offset: spans[i] });
  }
  return out;
}

// Special-category words of the part of a window it reports, as byte offsets into the window.
function specialWords(finder, w) {
  const from = Math.max(0, w.from - w.base);
  const to = w.last ? w.bytes.length : w.cut - w.base;
  return specialWordsIn(finder, w.bytes.subarray(from, to)).map((m) => ({ ...m, offset: from + m.offset }));
}

function textWindows(ctx, source, format) {
  const table = format === 'csv' || format === 'tsv';
  // A JSON document is scanned whole up to JSON_WHOLE_LIMIT, so that every value gets its pointer.
  const window = (format === 'json' || format === 'notebook') && (source.size ?? 0) < JSON_WHOLE_LIMIT
    ? Math.max(ctx.window, (source.size ?? 0) + 1) : ctx.window;
  return streamWindows(source.stream(), { window, overlap: Math.min(ctx.overlap, window - 1), header: table, signal: ctx.options.signal });
}

async function* scanText(ctx, source, file, format) {
  yield { type: 'file', file, format, bytes: source.size };
  const scanner = await ctx.scannerFor(file);
  const state = { lastBadLine: 0, notebook: null, warnedJson: false };
  const finder = ctx.options.special === false ? null : await specialWordsFinder();
  if (format === 'notebook') {
    const bytes = await source.bytes();
    source = fromBytes(bytes, source.name);  // a stream can be read only once
    try {
      state.notebook = JSON.parse(decoder.decode(bytes));
    } catch {
      yield { type: 'warning', file, message: 'notebook is not valid JSON; scanned as text' };
    }
  }
  let count = 0, rows;
  for await (const w of textWindows(ctx, source, format)) {
    if ((format === 'json' || format === 'notebook') && w.base > 0 && !state.warnedJson) {
      state.warnedJson = true;
      yield { type: 'warning', file, message: `JSON larger than ${JSON_WHOLE_LIMIT >> 20} MiB: findings past the first window are located by line and column only` };
    }
    if (format === 'jsonl') yield* jsonlWarnings(file, w, state);
    if (format === 'json' && w.base === 0 && w.last) {
      const problem = jsonProblem(w.bytes);
      if (problem) yield { type: 'warning', file, message: `not valid JSON (${problem}); scanned as text, pointers given up to the fault` };
    }
    const { input, shift } = windowInput(w);
    const found = reportedFindings(w, shift, scanner.scanBytes(input));
    const special = finder ? specialWords(finder, w) : [];
    // The locators make one pass over the window: every offset is given at once, ascending.
    const offsets = [...new Set([...found.map((f) => f.rel), ...special.map((s) => s.offset)])].sort((a, b) => a - b);
    const located = windowLocator(format, w, state)(offsets);
    const where = new Map(offsets.map((o, i) => [o, located[i]]));
    for (const f of found) yield finding(file, f, where.get(f.rel), f.text);
    for (const { offset, category, language, word } of special) yield { type: 'special', file, ...where.get(offset), category, language, word };
    count += found.length;
    const done = w.last ? w.base + w.bytes.length : w.cut;
    const progress = { type: 'progress', file, bytesDone: done, bytesTotal: source.size, findings: count };
    ctx.options.onProgress?.(progress);
    yield progress;
    if (w.last) rows = rowCount(format, w);
  }
  yield { type: 'end', file, rows, findings: count };
}

// Data rows of a table (records less the header) or JSON Lines file (lines), from its last window:
// the records or lines before it, those it ends, and a last one without an end.
function rowCount(format, w) {
  if (!w.table && format !== 'jsonl') return undefined;
  const b = w.bytes;
  if (w.table) return w.rowBase + recordsIn(b) - 1;  // less the header
  return w.lineBase + countLines(b, b.length) + (b.length > 0 && b[b.length - 1] !== 0x0a ? 1 : 0);
}

// Records in `bytes` (a record start): those ended outside quotes, plus a last one not ended.
function recordsIn(bytes) {
  let n = 0, lastEnd = -1;
  walkCsv(bytes, 0, bytes.length, isDelimiter, (i, recordEnd) => {
    if (recordEnd) {
      n++;
      lastEnd = i;
    }
  });
  return lastEnd < bytes.length - 1 ? n + 1 : n;
}

async function* scanParquet(ctx, source, file) {
  yield { type: 'file', file, format: 'parquet', bytes: source.size };
  let count = 0, rows = 0;
  const bytes = await source.bytes();
  try {
    for await (const chunk of readParquetChunks(bytes, { maxChunkBytes: ctx.window })) {
      ctx.options.signal?.throwIfAborted();
      const found = ctx.scanner.scanBytes(chunk.text);
      for (const f of found) {
        const cell = chunk.locate(f.start);
        if (!cell) continue;  // the header line
        yield finding(file, f, { row: cell.row + 1, field: cell.column, rowGroup: chunk.rowGroup }, f.text);
        count++;
      }
      if (ctx.options.special !== false) {
        for (const { offset, category, language, word } of specialWordsIn(await specialWordsFinder(), chunk.text)) {
          const cell = chunk.locate(offset);
          if (cell) yield { type: 'special', file, row: cell.row + 1, field: cell.column, rowGroup: chunk.rowGroup, category, language, word };
        }
      }
      rows = Math.max(rows, chunk.firstRow + chunk.rowCount);
      const progress = { type: 'progress', file, bytesDone: null, bytesTotal: source.size, rowsDone: rows, findings: count };
      ctx.options.onProgress?.(progress);
      yield progress;
    }
  } catch (e) {
    if (e?.name === 'AbortError' || ctx.options.signal?.aborted) throw e;
    yield { type: 'warning', file, message: `Parquet: ${e.message}` };
  }
  yield { type: 'end', file, rows, findings: count };
}

// ---------------------------------------------------------------------------------------------
// Pseudonymized copies

/**
 * Yields the events of scanFile plus { type: 'output', file, format, bytes } pieces: the copy of each
 * file, in order, in the same format (a Parquet file that cannot be rewritten comes out as JSONL,
 * with a warning; one that cannot be read, like an unreadable archive, is copied unchanged with a warning). options: scanFile's plus { operator, operators: { ENTITY: operator }, key, mask, maskChar }.
 */
/** Where the copy of `file` goes, given its output format: a Parquet file written as JSON Lines becomes `.jsonl`. */
export function copyPath(file, format) {
  return format === 'jsonl' && /\.parquet$/i.test(file) ? file.replace(/\.parquet$/i, '.jsonl') : file;
}

export async function* pseudonymizeFile(input, options = {}) {
  yield* pseudonymizeFiles([input], options);
}

export async function* pseudonymizeFiles(inputs, options = {}) {
  const ctx = await makeContext({ ...options, pseudonymize: true });
  const op = operatorOptions(options);
  try {
    for (const input of inputs) yield* eachSource(ctx, input, (source, path) => pseudonymizeSource(ctx, op, source, path, 0));
  } finally {
    ctx.dispose();
  }
}

function operatorOptions(options) {
  const { operator = 'placeholder', operators, key, mask, maskChar } = options;
  const out = { operator };
  if (operators) out.operators = operators;
  if (key !== undefined) out.key = key;
  if (mask !== undefined) out.mask = mask;
  if (maskChar !== undefined) out.maskChar = maskChar;
  return out;
}

async function* pseudonymizeSource(ctx, op, source, path, depth) {
  const head = await source.head(HEAD);
  const kind = archiveKind(path, head);
  if (kind) {
    yield* pseudonymizeArchive(ctx, op, source, path, kind, depth);
    return;
  }
  const format = fileFormat(path, head);
  if (format === 'binary') {
    yield { type: 'skipped', file: path, reason: 'binary content, copied unchanged' };
    let pieces = 0;
    for await (const bytes of source.stream()) {
      pieces++;
      yield { type: 'output', file: path, format, bytes };
    }
    if (!pieces) yield { type: 'output', file: path, format, bytes: new Uint8Array(0) };  // see pseudonymizeText
    return;
  }
  if (format === 'parquet') yield* pseudonymizeParquet(ctx, op, source, path);
  else yield* pseudonymizeText(ctx, op, source, path, format);
}

// Members are rewritten one by one in memory and the archive is written again with the same paths
// and order; members the ignore file skips, and an archive that cannot be read, are copied as they are.
async function* pseudonymizeArchive(ctx, op, source, path, kind, depth) {
  const original = await source.bytes();
  const { archive, error } = depth < MAX_DEPTH ? openArchive(original, kind, path) : { error: new Error(`nested more than ${MAX_DEPTH} deep`) };
  if (error) {
    yield { type: 'warning', file: path, message: `${error.message}; copied unchanged` };
    yield { type: 'output', file: path, format: kind, bytes: original };
    return;
  }
  const changed = new Map();
  yield* overArchive(ctx, archive, path, async function* (member, name, entry) {
    const parts = [];
    for await (const e of pseudonymizeSource(ctx, op, member, name, depth + 1)) {
      if (e.type === 'output') parts.push(e.bytes);
      else yield e;
    }
    changed.set(entry.path, { ...entry, bytes: joinBytes(parts) });
  });
  const out = archive.entries.map((e) => changed.get(e.path) ?? e);
  yield { type: 'output', file: path, format: kind, bytes: writeArchive(kind, out, original) };
}

// Replacement text safe in the format at that place: a JSON number becomes a string when its
// replacement is not a number; a CSV replacement may not carry the delimiter, a quote or a line break.
function fitReplacement(format, bytes, rel, f, replacement, file, where) {
  if (format === 'json' || format === 'jsonl' || format === 'notebook') {
    const before = prevNonSpace(bytes, rel - 1);
    const isNumberToken = /^-?\d[\d.eE+-]*$/.test(f.text) && (before === 0x3a || before === 0x5b || before === 0x2c);
    if (isNumberToken && !/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(replacement)) return JSON.stringify(replacement);
    return /["\\\u0000-\u001f]/.test(replacement) ? JSON.stringify(replacement).slice(1, -1) : replacement;
  }
  if ((format === 'csv' || format === 'tsv') && /["\r\n,;\t|]/.test(replacement)) {
    throw new DiscretError({ code: 'invalid_option', where: `${file}${where.row !== undefined ? `, row ${where.row}` : ''}`,
      message: `the replacement of a ${f.entity} ("${replacement}") holds a delimiter, quote or line break and would change the table's structure: choose another operator or maskChar` });
  }
  return replacement;
}

function prevNonSpace(bytes, i) {
  while (i >= 0 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i--;
  return i >= 0 ? bytes[i] : -1;
}

async function* pseudonymizeText(ctx, op, source, file, format) {
  yield { type: 'file', file, format, bytes: source.size };
  const scanner = ctx.scanner;
  const state = { lastBadLine: 0, notebook: null };
  let emitted = 0;        // absolute: every byte before it has been output
  let outputs = 0;        // output events yielded
  const pending = [];     // reported findings not output yet, ascending, with their replacement
  let count = 0, rows;
  // Outputs the bytes of window `w` from `emitted` up to `limit`, findings replaced; a finding that
  // starts before the limit is output whole (its end is always inside the window).
  const emit = (w, limit) => {
    const parts = [];
    while (pending.length && pending[0].start < limit) {
      const f = pending.shift();
      if (f.start < emitted) continue;  // overlaps one already replaced (two windows disagreed)
      parts.push(w.bytes.subarray(emitted - w.base, f.start - w.base), f.replacementBytes);
      emitted = f.end;
    }
    if (emitted < limit) {
      parts.push(w.bytes.subarray(emitted - w.base, limit - w.base));
      emitted = limit;
    }
    return joinBytes(parts);
  };
  const encoder = new TextEncoder();
  for await (const w of textWindows(ctx, source, format)) {
    if (format === 'jsonl') yield* jsonlWarnings(file, w, state);
    const { input, shift } = windowInput(w);
    const found = reportedFindings(w, shift, scanner.pseudonymizeBytes(input, op).findings);
    const where = windowLocator(format, w, state)(found.map((f) => f.rel));
    for (let i = 0; i < found.length; i++) {
      const f = found[i];
      const replacement = fitReplacement(format, w.bytes, f.rel, f, f.replacement, file, where[i]);
      pending.push({ start: f.start, end: f.end, replacementBytes: encoder.encode(replacement) });
      yield { ...finding(file, f, where[i], f.text), replacement };
    }
    count += found.length;
    const bytes = emit(w, w.last ? w.base + w.bytes.length : w.next);
    if (bytes.length) {
      outputs++;
      yield { type: 'output', file, format, bytes };
    }
    const progress = { type: 'progress', file, bytesDone: w.last ? w.base + w.bytes.length : w.cut, bytesTotal: source.size, findings: count };
    ctx.options.onProgress?.(progress);
    yield progress;
    if (w.last) rows = rowCount(format, w);
  }
  // Every file gets at least one output event, an empty copy an empty one: the CLI and the page
  // write a copy when its first output arrives, so without it an empty file (or one whose every
  // byte was a redacted value) would not be copied at all.
  if (!outputs) yield { type: 'output', file, format, bytes: new Uint8Array(0) };
  yield { type: 'end', file, rows, findings: count };
}

async function* pseudonymizeParquet(ctx, op, source, file) {
  yield { type: 'file', file, format: 'parquet', bytes: source.size };
  const bytes = await source.bytes();
  const replacements = new Map();  // row -> column -> new cell value
  const found = [];  // finding events, yielded once the whole file has been read (the copy makes them all or none)
  let count = 0, rows = 0;
  try {
    for await (const chunk of readParquetChunks(bytes, { maxChunkBytes: ctx.window })) {
      const result = ctx.scanner.pseudonymizeBytes(chunk.text, op);
      const kept = [];
      for (const f of result.findings) {
        const cell = chunk.locate(f.start);
        if (!cell) continue;  // the header line
        kept.push(f);
        found.push({ ...finding(file, f, { row: cell.row + 1, field: cell.column, rowGroup: chunk.rowGroup }, f.text), replacement: f.replacement });
        count++;
      }
      cellReplacements(chunk, kept, replacements);  // edits the cells' original values (a newline shown as a space stays)
      rows = Math.max(rows, chunk.firstRow + chunk.rowCount);
    }
  } catch (e) {
    // A file the reader cannot read is copied as it is, with a warning, as an unreadable archive is
    // (scanFile warns too); invalid operator options (DiscretError) and an abort still throw.
    if (e instanceof DiscretError || e?.name === 'AbortError' || ctx.options.signal?.aborted) throw e;
    yield { type: 'warning', file, message: `Parquet: ${e.message}; copied unchanged` };
    yield { type: 'output', file, format: 'parquet', bytes };
    yield { type: 'end', file, rows, findings: 0 };
    return;
  }
  yield* found;
  let out;
  try {
    out = await writeParquet(bytes, replacements);
    for (const message of out.notes ?? []) yield { type: 'warning', file, message };
    yield { type: 'output', file, format: 'parquet', bytes: out.bytes };
  } catch (e) {
    if (e.code !== 'parquet_write_unsupported') throw e;
    yield { type: 'warning', file, message: `${e.message}: the copy is written as JSON Lines` };
    yield { type: 'output', file, format: 'jsonl', bytes: await parquetToJsonl(bytes, replacements) };
  }
  yield { type: 'end', file, rows, findings: count };
}
