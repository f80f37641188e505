// `npm run bench` driver: one corpus, every layer, one table (and bench/out/results.json).
//   native     build/native/discret_bench: the full pipeline, the top-N rules only, a bare RE2::Set
//              of the same patterns (any hit / which patterns), engine start, DFA cache resets
//   wasm       createScanner() (start) + scanBytes() over the whole corpus in node (one wasm call)
//   JS API     scanFile(path) end to end, as the CLI runs it (windows, locators, special categories)
//   Chromium   the page's own path: the corpus chosen in the page's file input, scanned by its worker
//   V8         the rule patterns as JS RegExps (no validation: a lower bound for a JS-only scanner)
//   peers      the npm peers and Discret on the first --peer-mb of the corpus
// Each layer runs alone (a child process or browser of its own): they share the machine with each
// other too. Only the ratios within one run mean anything: the machine is shared and noisy.
//
//   node bench/run.js [--mb=100] [--peer-mb=2] [--top=30] [--no-browser] [--no-peers]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { scanInPage } from './browser.js';
import { DEFAULT_MB, DEFAULT_SEED, MIN_MB, writeCorpus } from './corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench', 'out');
const corpusPath = join(outDir, 'corpus.txt');
const stampPath = join(outDir, 'corpus.stamp');
const nativeBench = join(root, 'build', 'native', 'discret_bench');
const wasmFile = join(root, 'wasm', 'dist', 'discret.wasm');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { mb: DEFAULT_MB, peerMb: 2, top: 30, browser: true, peers: true };
  for (const arg of argv) {
    let m;
    if ((m = /^--mb=(\d+(?:\.\d+)?)$/.exec(arg))) args.mb = Number(m[1]);
    else if ((m = /^--peer-mb=(\d+(?:\.\d+)?)$/.exec(arg))) args.peerMb = Number(m[1]);
    else if ((m = /^--top=(\d+)$/.exec(arg))) args.top = Number(m[1]);
    else if (arg === '--no-browser') args.browser = false;
    else if (arg === '--no-peers') args.peers = false;
    else fail(`unknown argument '${arg}' (usage: node bench/run.js [--mb=${DEFAULT_MB}] [--peer-mb=2] [--top=30] [--no-browser] [--no-peers])`);
  }
  if (!(args.mb >= MIN_MB)) fail(`--mb must be >= ${MIN_MB}`);
  return args;
}

// Regenerates the corpus when it is missing or was made by other parameters or another version of
// the generator (its source hash is part of the stamp), so a stale corpus is never benchmarked.
function ensureCorpus(mb) {
  const generator = createHash('sha256').update(readFileSync(join(root, 'bench', 'corpus.js'))).digest('hex');
  const want = { mb, seed: DEFAULT_SEED, generator };
  if (existsSync(corpusPath) && existsSync(stampPath)) {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
    if (stamp.mb === want.mb && stamp.seed === want.seed && stamp.generator === want.generator) return stamp;
  }
  mkdirSync(outDir, { recursive: true });
  console.error(`bench: generating ${relative(root, corpusPath)} (${mb} MB)...`);
  const written = writeCorpus(corpusPath, { mb, seed: DEFAULT_SEED });
  const stamp = { ...want, bytes: written.bytes, sha256: written.sha256, planted: written.planted };
  writeFileSync(stampPath, JSON.stringify(stamp, null, 2) + '\n');
  return stamp;
}

function runNative(top) {
  if (!existsSync(nativeBench)) fail(`${relative(root, nativeBench)} is missing: run scripts/build.sh first`);
  const out = execFileSync(nativeBench, [corpusPath, `--top=${top}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

function runLayer(name, ...args) {
  const out = execFileSync(process.execPath, [join(root, 'bench', 'layers.js'), name, corpusPath, ...args.map(String)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1];
  } catch {}
  return os.cpus()[0]?.model ?? 'unknown';
}

const fmt = (x, d = 1) => (x === null || x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));

function printTable(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  console.log(`\n${title}`);
  console.log(`| ${header.map((h, i) => h.padEnd(widths[i])).join(' | ')} |`);
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`);
  for (const r of rows) console.log(`| ${r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const stamp = ensureCorpus(args.mb);
  const bytes = stamp.bytes;
  const command = `node bench/run.js ${process.argv.slice(2).join(' ')}`.trim();

  console.error('bench: native...');
  const native = runNative(args.top);
  console.error('bench: wasm in node...');
  const wasm = runLayer('wasm');
  console.error('bench: JS API (scanFile)...');
  const files = runLayer('files');
  let browser = null;
  if (args.browser) {
    console.error('bench: Chromium (the page worker)...');
    const b = await scanInPage(corpusPath);
    browser = { ...b, mbps: bytes / 1e6 / b.seconds };
  }
  console.error('bench: V8 RegExp...');
  const v8 = runLayer('v8');
  let peers = null;
  if (args.peers) {
    console.error(`bench: npm peers on ${args.peerMb} MB...`);
    peers = runLayer('peers', args.peerMb);
  }
  const wasmBytes = readFileSync(wasmFile);
  const size = { raw: wasmBytes.length, gzip: gzipSync(wasmBytes, { level: 9 }).length };

  const layers = [
    ['native, full pipeline (all rules)', native.mbps, native.findings, native.peak_rss_mib],
    [`native, the ${native.top} rules with the most findings`, native.top_mbps, native.top_findings, null],
    [`native, bare RE2::Set of the ${native.set_patterns} patterns, any hit per line`, native.set_any_mbps, null, null],
    [`native, bare RE2::Set of the ${native.set_patterns} patterns, which hit per line`, native.set_which_mbps, null, null],
    ['wasm in node, scanBytes (full pipeline)', wasm.mbps, wasm.findings, wasm.peakRssMiB],
    ['JS API end to end, scanFile(path)', files.mbps, files.findings, files.peakRssMiB],
    ...(browser ? [['wasm in Chromium, the page worker (file input)', browser.mbps, browser.findings, browser.peakAboveIdleMiB]] : []),
    [`V8 RegExp, ${v8.rules} of the patterns, matchAll`, v8.mbps, v8.matches, v8.peakRssMiB],
  ];
  const best = peers ? peers.rows.slice(1).reduce((a, r) => (r.mbps > a.mbps ? r : a)) : null;
  const ratios = [
    ['full pipeline / bare Set, which hit (native)', native.mbps / native.set_which_mbps, '>= 0.8'],
    ['full pipeline / bare Set, any hit (native)', native.mbps / native.set_any_mbps, '>= 0.8'],
    ['wasm / native (full pipeline)', wasm.mbps / native.mbps, '>= 0.8'],
    [`all rules / top ${native.top} rules (native)`, native.mbps / native.top_mbps, '>= 0.5'],
    ['native / V8 RegExp', native.mbps / v8.mbps, ''],
    ['wasm / V8 RegExp', wasm.mbps / v8.mbps, ''],
    ...(browser ? [['Chromium worker / JS API in node', browser.mbps / files.mbps, '']] : []),
    ...(best ? [[`Discret / fastest npm peer (${best.tool}), same ${fmt(peers.bytes / 1e6, 2)} MB`, peers.rows[0].mbps / best.mbps, '>= 50']] : []),
  ];
  const start = [
    ['native create_default (first / second)', `${fmt(native.start_ms)} / ${fmt(native.restart_ms)} ms`],
    ['wasm in node: load module + createScanner (first)', `${fmt(wasm.firstStartMs)} ms`],
    ['wasm in node: createScanner, module loaded and warm (best of 5)', `${fmt(wasm.startMs)} ms`],
    ...(browser ? [['wasm in Chromium: createScanner, module loaded and warm (best of 5)', `${fmt(browser.startMs)} ms`]] : []),
    ['discret.wasm raw / gzip -9', `${size.raw.toLocaleString('en')} / ${size.gzip.toLocaleString('en')} bytes`],
    ['RE2 DFA cache resets during the timed native scans', `${native.dfa_resets} (bare Set: ${native.set_dfa_resets})`],
  ];

  console.log(`Command: ${command}`);
  console.log(`Corpus: ${relative(root, corpusPath)}, ${bytes.toLocaleString('en')} bytes, sha256 ${stamp.sha256.slice(0, 16)}..., ${Object.values(stamp.planted).reduce((a, b) => a + b, 0).toLocaleString('en')} planted values`);
  console.log(`Machine: ${os.availableParallelism?.() ?? os.cpus().length} cores, ${cpuModel()}, node ${process.version}; best of 3 except Chromium and V8 (once) and peers over 20 s a run (once)`);
  printTable('Throughput (MB = 1e6 bytes)', ['layer', 'MB/s', 'findings', 'peak MiB'],
    layers.map(([l, mbps, n, mem]) => [l, fmt(mbps), n === null ? '-' : n.toLocaleString('en'), mem === null ? '-' : fmt(mem, 0)]));
  printTable('Ratios (this run)', ['ratio', 'value', 'target'], ratios.map(([r, v, t]) => [r, fmt(v, 2), t]));
  printTable('Start and size', ['what', 'value'], start);
  if (peers) {
    printTable(`Peers on the first ${fmt(peers.bytes / 1e6, 2)} MB of the corpus`, ['tool', 'MB/s', 'findings', 'Discret is'],
      peers.rows.map((r) => [r.tool, fmt(r.mbps, 2), r.findings.toLocaleString('en'), r === peers.rows[0] ? '-' : `${fmt(peers.rows[0].mbps / r.mbps, 0)}x faster`]));
  }
  console.log('\nPeak MiB: resident memory of the whole process (native, node layers); for Chromium, above the idle page.');

  const mismatch = native.findings !== wasm.findings;
  if (mismatch) {
    console.error(`bench: MISMATCH: native found ${native.findings}, wasm found ${wasm.findings} in the same bytes`);
    process.exitCode = 1;
  }
  const results = {
    date: new Date().toISOString(),
    command,
    machine: { nproc: os.availableParallelism?.() ?? os.cpus().length, cpu: cpuModel(), node: process.version },
    corpus: { path: relative(root, corpusPath), bytes, sha256: stamp.sha256, mb: args.mb, seed: stamp.seed, planted: stamp.planted },
    native, wasm: { ...wasm, ruleIds: undefined }, files, browser, v8, peers, size,
    ratios: Object.fromEntries(ratios.map(([r, v]) => [r, v])),
    findingsMatch: !mismatch,
  };
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.error(`bench: wrote ${relative(root, join(outDir, 'results.json'))}`);
}

await main();
