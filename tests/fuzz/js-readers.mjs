// A mutation fuzzer for the file readers written in JavaScript, which libFuzzer cannot reach:
// notebooks, archives (zip, tar, tar.gz, gz), Parquet, JSON, JSON Lines, CSV/TSV (streamed
// windows, row counting) and text, all through scanFile / pseudonymizeFile (wasm/files.js).
//
//   node tests/fuzz/js-readers.mjs [--seconds=60] [--seed=1] [--runs=N] [--from=0] [--timeout=30]
//   node tests/fuzz/js-readers.mjs tests/fuzz/crashes/js-readers-...   (re-run saved inputs)
//
// Not coverage-guided: each input is 1-4 stacked mutations of a seed (tests/fuzz/seeds/js-readers,
// whose file extension names the format): bit flips, interesting bytes, inserted tokens, deletions,
// chunk duplication, splicing two seeds, truncation, huge declared sizes (zip local/central/end
// records, tar size fields with the checksum fixed, gzip ISIZE, Parquet footer length) and, for
// compressed archives, a mutation of the inflated content packed again (so it passes the CRCs and
// reaches the inner readers). Deterministic: input i of a given --seed is always the same bytes,
// options and name.
//
// Each input is scanned with scanFile and copied with pseudonymizeFile, with the seed's name (or,
// one time in ten, another format's name), a default or a small window, and an operator. Failure:
// - an exception that is not a DiscretError with a code and a message (files.d.ts: the package's one
//   error class; a CSV replacement holding a delimiter is one, by design);
// - a malformed event: unknown type, no file, a warning without a message, or an archive warning
//   that is a JS engine error ("Cannot read properties...", "Maximum call stack...") rather than
//   the reader's own message; a file that starts and never ends;
// - a finding of a top-level text-like file whose [start, end) is not inside the input or whose
//   text is not those bytes;
// - for text-like formats, a copy that is not the input with each reported finding replaced: every
//   byte outside the findings must be unchanged (a finding that overlaps one already replaced is
//   skipped, as files.js does for two windows that disagree); a binary file's copy must be the
//   input; an archive that reads must be copied into an archive that reads, with the same paths;
// - rows of a JSON Lines file that differ between a small window and one window (row counting
//   across windows), and the same for CSV/TSV when no record is longer than the overlap and there
//   is no quote (stream.js's documented limits otherwise);
// - an input taking longer than --timeout seconds (a hang), or the worker dying (out of memory).
// The failing input is saved to tests/fuzz/crashes/js-readers-<kind>-<sha1>-<name> with its
// options in a .options.json beside it, and the path printed; the exit status is then 1.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as fflate from 'fflate';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = join(here, 'seeds', 'js-readers');
const CRASHES = join(here, 'crashes');
const MAX_LEN = 32 << 10;  // mutants are cut to this size: the readers' cost grows with it, not their paths

// ------------------------------------------------------------------------------------------ random
// xorshift32, seeded per input from (seed, index): input i does not depend on inputs before it.
function rng(seed, index) {
  let s = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0 || 1;
  const next = () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
  for (let i = 0; i < 4; i++) next();
  const r = (n) => (n <= 0 ? 0 : next() % n);
  r.pick = (list) => list[r(list.length)];
  r.chance = (p) => next() / 2 ** 32 < p;
  return r;
}

// ------------------------------------------------------------------------------------------ formats
const TEXT_LIKE = new Set(['text', 'csv', 'tsv', 'json', 'jsonl', 'notebook']);
const OTHER_NAMES = ['data.csv', 'data.tsv', 'data.json', 'rows.jsonl', 'nb.ipynb', 'notes.txt', 't.parquet', 'a.zip', 'a.tar', 'a.tar.gz', 'f.gz', 'README'];
const OPERATORS = ['placeholder', 'redact', 'mask', 'hash', 'pseudonym', 'fake'];

const u32 = (b, i) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
function put32(b, i, v) {
  b[i] = v & 0xff; b[i + 1] = (v >>> 8) & 0xff; b[i + 2] = (v >>> 16) & 0xff; b[i + 3] = (v >>> 24) & 0xff;
}
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};
const enc = (s) => new TextEncoder().encode(s);
const indexesOf = (b, sig) => {
  const out = [];
  for (let i = 0; i + sig.length <= b.length; i++) if (sig.every((c, k) => b[i + k] === c)) out.push(i);
  return out;
};

const HUGE = [0xffffffff, 0x7fffffff, 0x80000000, 0x40000000, 0x3fffffff, 0x10000, 1 << 20];
const TOKENS = ['\n', '\r\n', '"', '""', ',', '\t', ';', '{', '}', '[', ']', '":', '\\u', '\\ud800', '\u0000', '\u00e9',
  '{"cells":[', '"nbformat":4', 'PK\u0003\u0004', 'PK\u0001\u0002', 'PK\u0005\u0006', 'ustar\u000000', 'PAR1',
  'ann@corp.fr', '+33 6 12 34 56 78', '4111 1111 1111 1111', '"source":["', 'null', '1e999', '-----BEGIN '];
const INTERESTING = [0, 1, 0x7f, 0x80, 0xff, 0x0a, 0x0d, 0x22, 0x2c, 0x09, 0x5c, 0x30, 0x37, 0x78];

// Sets a declared size somewhere in a structure the readers trust: the point is allocation and
// loop bounds taken from the input.
function hugeSize(b, r) {
  const out = b.slice();
  const spots = [];
  for (const i of indexesOf(out, [0x50, 0x4b, 3, 4])) spots.push(i + 18, i + 22);               // zip local: csize, usize
  for (const i of indexesOf(out, [0x50, 0x4b, 1, 2])) spots.push(i + 20, i + 24, i + 42);       // central: csize, usize, offset
  for (const i of indexesOf(out, [0x50, 0x4b, 5, 6])) spots.push(i + 8, i + 12, i + 16);        // end: count, size, offset
  if (out[0] === 0x1f && out[1] === 0x8b && out.length >= 18) spots.push(out.length - 4);      // gzip ISIZE
  if (out.length >= 12 && u32(out, out.length - 4) === 0x31524150) spots.push(out.length - 8); // Parquet footer length
  const tarHeaders = [];
  for (let at = 0; at + 512 <= out.length; at += 512) if (out[at + 257] === 0x75 && out[at + 258] === 0x73) tarHeaders.push(at);
  if (tarHeaders.length && (!spots.length || r.chance(0.5))) {
    const at = r.pick(tarHeaders);
    const size = r.pick(['77777777777\0', '00000001000\0', '99999999999\0', '-0000000001\0', null]);
    if (size) out.set(enc(size), at + 124);
    else { out[at + 124] = 0x80 | r(128); for (let k = 1; k < 12; k++) out[at + 124 + k] = r(256); }  // GNU base-256
    if (r.chance(0.8)) {  // a header whose checksum holds, so the reader trusts the size
      out.fill(0x20, at + 148, at + 156);
      let sum = 0;
      for (let k = 0; k < 512; k++) sum += out[at + k];
      out.set(enc(`${sum.toString(8).padStart(6, '0')}\0 `), at + 148);
    }
    return out;
  }
  if (!spots.length) return out;
  const at = r.pick(spots);
  if (at + 4 <= out.length) put32(out, at, r.chance(0.2) ? out.length + r(1024) : r.pick(HUGE));
  return out;
}

// The inflated content of a zip member or a gzip, mutated and packed again.
function repack(b, r, mutateInner) {
  try {
    if (b[0] === 0x1f && b[1] === 0x8b) return fflate.gzipSync(mutateInner(fflate.gunzipSync(b)), { mtime: 0 });
    if (b[0] === 0x50 && b[1] === 0x4b) {
      const files = fflate.unzipSync(b);
      const names = Object.keys(files);
      if (!names.length) return b;
      const name = r.pick(names);
      files[name] = mutateInner(files[name]);
      return fflate.zipSync(files, { mtime: new Date(Date.UTC(2024, 0, 2)) });
    }
  } catch {
    // not inflatable (already broken): a plain mutation instead
  }
  return null;
}

function mutateOnce(b, r, seeds) {
  const n = b.length;
  switch (r(10)) {
    case 0: {  // bit flips
      const out = b.slice();
      for (let k = 1 + r(8); k > 0 && n; k--) out[r(n)] ^= 1 << r(8);
      return out;
    }
    case 1: {  // interesting bytes
      const out = b.slice();
      for (let k = 1 + r(4); k > 0 && n; k--) out[r(n)] = r.chance(0.5) ? r.pick(INTERESTING) : r(256);
      return out;
    }
    case 2: {  // insert a token or random bytes
      const at = r(n + 1);
      const ins = r.chance(0.7) ? enc(r.pick(TOKENS)) : Uint8Array.from({ length: 1 + r(16) }, () => r(256));
      return concat(b.subarray(0, at), ins, b.subarray(at));
    }
    case 3: {  // delete a range
      const at = r(n + 1);
      return concat(b.subarray(0, at), b.subarray(Math.min(n, at + 1 + r(Math.max(1, n >> 3)))));
    }
    case 4: {  // duplicate a chunk somewhere
      const from = r(n + 1), len = r(Math.min(n - from, 512) + 1), at = r(n + 1);
      return concat(b.subarray(0, at), b.subarray(from, from + len), b.subarray(at));
    }
    case 5: {  // splice: a prefix of this one, a suffix of another seed
      const other = r.pick(seeds).bytes;
      return concat(b.subarray(0, r(n + 1)), other.subarray(r(other.length + 1)));
    }
    case 6:    // truncate
      return b.subarray(0, r(n + 1));
    case 7:    // huge declared sizes
      return hugeSize(b, r);
    case 8: {  // a mutation inside the compressed content
      const inner = repack(b, r, (x) => mutateOnce(x, r, seeds));
      return inner ?? mutateOnce(b, r, seeds);
    }
    default: { // overwrite a range with a copy of another range (keeps the length: offsets stay valid)
      const out = b.slice();
      const from = r(n + 1), len = r(Math.min(n - from, 64) + 1), at = r(Math.max(1, n - len + 1));
      out.copyWithin(at, from, from + len);
      return out;
    }
  }
}

function makeInput(seeds, seed, index) {
  const r = rng(seed, index);
  const base = r.pick(seeds);
  let bytes = base.bytes;
  for (let k = 1 + r(4); k > 0; k--) bytes = mutateOnce(bytes, r, seeds);
  if (bytes.length > MAX_LEN) bytes = bytes.subarray(0, MAX_LEN);
  const small = r.pick([256, 1024, 4096]);
  return {
    bytes: bytes.slice(),
    options: {
      name: r.chance(0.1) ? r.pick(OTHER_NAMES) : base.name,
      small: { window: small, overlap: small >> 2 },
      window: r.chance(0.4) ? { window: small, overlap: small >> 2 } : null,
      operator: r.pick(OPERATORS),
      seed: base.name,
    },
  };
}

// ------------------------------------------------------------------------------------------ checks
// Run in the worker: one input, every check; returns null or { kind, message }.
async function checkInput(lib, bytes, options) {
  const { DiscretError, scanFile, pseudonymizeFile, readArchive, archiveKind, scanner } = lib;
  const fail = (kind, message) => ({ kind, message });
  const collect = async (iter) => {
    const events = [];
    try {
      for await (const e of iter) events.push(e);
    } catch (e) {
      if (e instanceof DiscretError && typeof e.code === 'string' && e.code && e.message) return { events, error: e };
      return { events, thrown: e };
    }
    return { events };
  };
  const name = options.name;
  const windowing = options.window ?? {};
  const dec = new TextDecoder();

  // Event shapes, and every file that starts ends.
  const checkEvents = (events, what) => {
    const open = new Set();
    for (const e of events) {
      if (!['file', 'finding', 'special', 'skipped', 'warning', 'progress', 'end', 'output'].includes(e.type)) return fail('event', `${what}: unknown event ${JSON.stringify(e.type)}`);
      if (typeof e.file !== 'string' || !e.file) return fail('event', `${what}: a ${e.type} event without a file`);
      if (e.type === 'file') open.add(e.file);
      if (e.type === 'end') {
        if (!open.delete(e.file)) return fail('event', `${what}: 'end' of ${e.file} without its 'file'`);
        if (e.rows !== undefined && !(Number.isInteger(e.rows) && e.rows >= 0)) return fail('rows', `${what}: ${e.file} ends with rows = ${e.rows}`);
      }
      if (e.type === 'warning') {
        if (typeof e.message !== 'string' || !e.message) return fail('event', `${what}: a warning without a message`);
        // openArchive turns any exception into a warning: one of the JS engine's own means a bug in the
        // archive reader. (Parquet warnings quote hyparquet's messages after saying where: "parquet: row
        // group 1: ...", "parquet: column "x": hyparquet-writer failed ...": the documented fallbacks.)
        if (/Cannot read propert|is not a function|is not defined|is not iterable|Maximum call stack|Invalid (typed )?array length|Array buffer allocation failed|out of memory|\bNaN\b|\bundefined\b/.test(e.message)
          && !/^parquet:/i.test(e.message)) {
          return fail('warning', `${what}: a JS error surfaced as a warning: ${e.message}`);
        }
      }
      if (e.type === 'finding') {
        if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start < e.end) || typeof e.text !== 'string') {
          return fail('finding', `${what}: finding [${e.start}, ${e.end}) ${JSON.stringify(e.text)}`);
        }
      }
    }
    if (open.size) return fail('event', `${what}: ${[...open].join(', ')} started but never ended`);
    return null;
  };
  // The top-level file's format, and its findings checked against the input bytes.
  const topFindings = (events, what) => {
    const format = events.find((e) => e.type === 'file' && e.file === name)?.format ?? null;
    const findings = events.filter((e) => e.type === 'finding' && e.file === name);
    if (!TEXT_LIKE.has(format)) return { format, findings };
    for (const f of findings) {
      if (f.end > bytes.length) return { problem: fail('finding', `${what}: finding [${f.start}, ${f.end}) past the input's ${bytes.length} bytes`) };
      const text = dec.decode(bytes.subarray(f.start, f.end));
      if (text !== f.text) return { problem: fail('finding', `${what}: finding [${f.start}, ${f.end}) says ${JSON.stringify(f.text)}, the bytes are ${JSON.stringify(text)}`) };
    }
    return { format, findings };
  };
  const thrownProblem = (r, what) => (r.thrown ? fail('exception', `${what} threw ${r.thrown?.name ?? typeof r.thrown}: ${r.thrown?.stack ?? r.thrown}`) : null);

  // 1. scanFile
  const scanned = await collect(scanFile(bytes, { scanner, name, ...windowing }));
  let problem = thrownProblem(scanned, 'scanFile') ?? checkEvents(scanned.events, 'scanFile');
  if (problem) return problem;
  const top = topFindings(scanned.events, 'scanFile');
  if (top.problem) return top.problem;

  // 2. Row counts across windows: a small window against one window.
  if (!scanned.error && (top.format === 'jsonl' || top.format === 'csv' || top.format === 'tsv')) {
    const other = options.window ? {} : options.small;
    const again = await collect(scanFile(bytes, { scanner, name, ...other }));
    problem = thrownProblem(again, 'scanFile (other window)') ?? checkEvents(again.events, 'scanFile (other window)');
    if (problem) return problem;
    const rows = (events) => events.find((e) => e.type === 'end' && e.file === name)?.rows;
    const lines = dec.decode(bytes).split('\n');
    const simple = top.format === 'jsonl' || (!bytes.includes(0x22) && lines.every((l) => enc(l).length < options.small.overlap));
    if (simple && !again.error && rows(again.events) !== rows(scanned.events)) {
      return fail('rows', `${top.format}: ${rows(scanned.events)} rows with ${JSON.stringify(windowing)}, ${rows(again.events)} with ${JSON.stringify(other)}`);
    }
  }

  // 3. pseudonymizeFile: the copy.
  const op = { operator: options.operator, key: 'fuzz-key' };
  const copied = await collect(pseudonymizeFile(bytes, { scanner, name, ...windowing, ...op }));
  problem = thrownProblem(copied, 'pseudonymizeFile') ?? checkEvents(copied.events, 'pseudonymizeFile');
  if (problem) return problem;
  if (copied.error) return null;  // a documented refusal (e.g. a CSV replacement holding a delimiter)
  const ctop = topFindings(copied.events, 'pseudonymizeFile');
  if (ctop.problem) return ctop.problem;
  const outputs = copied.events.filter((e) => e.type === 'output' && e.file === name);
  const output = concat(...outputs.map((e) => e.bytes));
  if (!outputs.length) return fail('copy', `pseudonymizeFile gave no output for ${name}`);
  if (TEXT_LIKE.has(ctop.format)) {
    const parts = [];
    let pos = 0;
    for (const f of [...ctop.findings].sort((a, b) => a.start - b.start)) {
      if (f.start < pos) continue;  // overlaps one already replaced: files.js skips it (two windows disagreed)
      if (typeof f.replacement !== 'string') return fail('copy', `finding ${f.start} has no replacement`);
      parts.push(bytes.subarray(pos, f.start), enc(f.replacement));
      pos = f.end;
    }
    parts.push(bytes.subarray(pos));
    const expected = concat(...parts);
    if (Buffer.compare(Buffer.from(expected), Buffer.from(output)) !== 0) {
      let at = 0;
      while (at < expected.length && expected[at] === output[at]) at++;
      return fail('copy', `${ctop.format} copy differs from the input with its findings replaced at byte ${at} of the copy: expected ${JSON.stringify(dec.decode(expected.subarray(at, at + 40)))}, got ${JSON.stringify(dec.decode(output.subarray(at, at + 40)))}`);
    }
  } else if (copied.events.some((e) => e.type === 'skipped' && e.file === name)) {
    if (Buffer.compare(Buffer.from(bytes), Buffer.from(output)) !== 0) return fail('copy', 'a skipped (binary) file was not copied unchanged');
  } else {
    const kind = archiveKind(name, bytes.subarray(0, 64 << 10));
    let original = null;
    try { if (kind) original = readArchive(bytes, kind, { name }); } catch { /* unreadable: copied unchanged */ }
    if (original) {
      let back;
      try {
        back = readArchive(output, kind, { name });
      } catch (e) {
        return fail('copy', `the ${kind} copy does not read back: ${e.message}`);
      }
      const paths = (a) => a.entries.map((e) => e.path).join('\n');
      if (paths(back) !== paths(original)) return fail('copy', `the ${kind} copy has other members: ${JSON.stringify(paths(original))} -> ${JSON.stringify(paths(back))}`);
    } else if (kind && Buffer.compare(Buffer.from(bytes), Buffer.from(output)) !== 0) {
      return fail('copy', `an unreadable ${kind} was not copied unchanged`);
    }
  }
  return null;
}

// ------------------------------------------------------------------------------------------ worker
if (!isMainThread && workerData?.role === 'js-readers-worker') {
  const { createScanner, DiscretError } = await import('../../wasm/index.js');
  const { scanFile, pseudonymizeFile } = await import('../../wasm/files.js');
  const { readArchive, archiveKind } = await import('../../wasm/formats/archive.js');
  let scanner = await createScanner();
  let used = 0;
  // A promise rejected with no handler ends a node process (the CLI) by default: a failure of the
  // input that caused it. Reported after the input's own checks, once pending callbacks have run.
  const stray = [];
  process.on('unhandledRejection', (e) => stray.push(e));
  parentPort.on('message', async ({ id, bytes, options }) => {
    // A new scanner now and then: pseudonymize maps grow with every value seen.
    if (++used % 500 === 0) {
      scanner.dispose();
      scanner = await createScanner();
    }
    let result;
    try {
      result = await checkInput({ DiscretError, scanFile, pseudonymizeFile, readArchive, archiveKind, scanner }, bytes, options);
    } catch (e) {
      result = { kind: 'harness', message: e?.stack ?? String(e) };
    }
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    if (!result && stray.length) {
      result = { kind: 'unhandled-rejection', message: `a promise rejected with no handler (a node process would exit): ${stray[0]?.stack ?? stray[0]}` };
    }
    stray.length = 0;
    parentPort.postMessage({ id, result });
  });
  parentPort.postMessage({ ready: true });
}

// ------------------------------------------------------------------------------------------ main
async function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const a = args.find((x) => x.startsWith(`--${name}=`));
    return a ? Number(a.slice(name.length + 3)) : fallback;
  };
  const seconds = opt('seconds', 60), seed = opt('seed', 1), runs = opt('runs', Infinity), timeout = opt('timeout', 30);
  const from = opt('from', 0);  // the first input's index (to replay a stretch of a run)
  const files = args.filter((a) => !a.startsWith('--'));
  if (!existsSync(join(here, '../../wasm/dist/discret.mjs'))) {
    console.error('js-readers: wasm/dist/discret.mjs is missing: build it with `bash scripts/build.sh wasm`');
    process.exit(2);
  }
  const seeds = readdirSync(SEEDS).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) }));

  let worker = null, ready = null;
  const start = () => {
    worker = new Worker(fileURLToPath(import.meta.url), { workerData: { role: 'js-readers-worker' }, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    ready = new Promise((resolve, reject) => {
      worker.once('message', (m) => (m.ready ? resolve() : reject(new Error('unexpected first message'))));
      worker.once('error', reject);
    });
    return ready;
  };
  let nextId = 0;
  // One input in the worker: its problem, null, or { kind: 'hang' | 'crash' }.
  const run = (bytes, options) => new Promise((resolve) => {
    const id = ++nextId;
    const timer = setTimeout(() => {
      cleanup();
      worker.terminate();
      worker = null;
      resolve({ kind: 'hang', message: `no result after ${timeout} s` });
    }, timeout * 1000);
    const onMessage = (m) => {
      if (m.id !== id) return;
      cleanup();
      resolve(m.result);
    };
    const onError = (e) => { cleanup(); worker = null; resolve({ kind: 'crash', message: `the worker died: ${e?.stack ?? e}` }); };
    const onExit = (code) => { cleanup(); worker = null; resolve({ kind: 'crash', message: `the worker exited (${code})` }); };
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, bytes, options });
  });
  const save = (bytes, options, result) => {
    mkdirSync(CRASHES, { recursive: true });
    const sha = createHash('sha1').update(bytes).digest('hex').slice(0, 12);
    const path = join(CRASHES, `js-readers-${result.kind}-${sha}-${basename(options.name)}`);
    writeFileSync(path, bytes);
    writeFileSync(`${path}.options.json`, `${JSON.stringify(options, null, 2)}\n`);
    return path;
  };

  await start();
  if (files.length) {  // re-run saved inputs, with their options when saved beside them
    let failed = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      const saved = existsSync(`${file}.options.json`) ? JSON.parse(readFileSync(`${file}.options.json`, 'utf8')) : null;
      const options = saved ?? { name: basename(file), small: { window: 1024, overlap: 256 }, window: null, operator: 'placeholder' };
      if (!worker) await start();
      const result = await run(bytes, options);
      console.log(`${file}: ${result ? `${result.kind}: ${result.message}` : 'ok'}`);
      if (result) failed++;
    }
    await worker?.terminate();
    process.exit(failed ? 1 : 0);
  }

  const began = Date.now();
  let executed = 0;
  const bySeed = new Map();
  console.log(`js-readers: ${seeds.length} seeds, --seed=${seed}, ${seconds} s, timeout ${timeout} s per input`);
  while (executed < runs && Date.now() - began < seconds * 1000) {
    const index = from + executed;
    const { bytes, options } = makeInput(seeds, seed, index);
    const result = await run(bytes, options);
    executed++;
    bySeed.set(options.seed, (bySeed.get(options.seed) ?? 0) + 1);
    if (result) {
      const path = save(bytes, options, result);
      console.error(`js-readers: FAILED on input ${index} of --seed=${seed} (${result.kind}): ${result.message}`);
      console.error(`js-readers: reproducer written to ${path} (re-run: node tests/fuzz/js-readers.mjs ${path})`);
      await worker?.terminate();
      process.exit(1);
    }
    if (executed % 1000 === 0) console.log(`js-readers: #${executed} ${Math.round((Date.now() - began) / 1000)} s`);
  }
  const elapsed = (Date.now() - began) / 1000;
  console.log(`js-readers: DONE ${executed} inputs in ${elapsed.toFixed(0)} s (${Math.round(executed / elapsed)}/s), no failure; inputs per seed: ${[...bySeed].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  await worker.terminate();
}

export { makeInput };
// Run as a script (not when imported, e.g. to rebuild an input from its index).
if (isMainThread && process.argv[1] === fileURLToPath(import.meta.url)) await main();
