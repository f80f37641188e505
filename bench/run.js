// `npm run bench` driver: one corpus, four layers, one table.
//   native   build/native/discret_bench: the full pipeline, and a bare RE2::Set over the same bytes
//   wasm     createScanner().scanBytes() over the whole corpus (one wasm call)
//   V8       the rule patterns as JS RegExps, run one after another with matchAll (no validation,
//            no overlap resolution: a lower bound on the work a JS-only scanner would do)
// Only the ratios within one run mean anything: the machine is shared and noisy.
//
//   node bench/run.js [--mb=64]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinPacks } from '../scripts/builtin-packs.js';
import { DEFAULT_MB, DEFAULT_SEED, MIN_MB, writeCorpus } from './corpus.js';

const RUNS = 3; // best of
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench', 'out');
const corpusPath = join(outDir, 'corpus.txt');
const stampPath = join(outDir, 'corpus.stamp');
const nativeBench = join(root, 'build', 'native', 'discret_bench');
const PACKS = builtinPacks(root);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  let mb = DEFAULT_MB;
  for (const arg of argv) {
    const m = /^--mb=(\d+(?:\.\d+)?)$/.exec(arg);
    if (m) mb = Number(m[1]);
    else fail(`unknown argument '${arg}' (usage: node bench/run.js [--mb=${DEFAULT_MB}])`);
  }
  if (!(mb >= MIN_MB)) fail(`--mb must be >= ${MIN_MB}`);
  return { mb };
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

function bestOf(fn) {
  let best = Infinity;
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { seconds: best, result };
}

function runNative() {
  if (!existsSync(nativeBench)) fail(`${relative(root, nativeBench)} is missing: run scripts/build.sh first`);
  const out = execFileSync(nativeBench, [corpusPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop());
}

async function runWasm(bytes) {
  if (!existsSync(join(root, 'wasm', 'dist', 'discret.mjs'))) fail('wasm/dist/discret.mjs is missing: run scripts/build.sh first');
  const { createScanner } = await import('../wasm/index.js');
  const scanner = await createScanner();
  const { seconds, result } = bestOf(() => scanner.scanBytes(bytes).length);
  const ruleIds = scanner.rules.map((r) => r.id);
  scanner.dispose();
  return { findings: result, seconds, ruleIds };
}

// RE2 syntax -> JS RegExp source and flags. Leading inline flags become RegExp flags; constructs
// JS lacks (or means differently) are refused rather than approximated.
function translatePattern(pattern) {
  let source = pattern;
  let flags = '';
  const inline = /^\(\?([imsU]+)\)/.exec(source);
  if (inline) {
    if (inline[1].includes('U')) return { error: 'ungreedy (?U) has no JS equivalent' };
    flags = inline[1];
    source = source.slice(inline[0].length);
  }
  if (/\(\?[imsU-]+[:)]/.test(source)) return { error: 'inline flags inside the pattern' };
  if (/\[\[:\w+:\]\]|\\[ACzQE]|\\p[A-Z]/.test(source)) return { error: 'RE2-only escape or POSIX class' };
  source = source.replace(/\(\?P</g, '(?<');
  return { source, flags };
}

function compileForV8(rules) {
  const compiled = [];
  const skipped = [];
  for (const rule of rules) {
    const t = translatePattern(rule.pattern);
    if (t.error) {
      skipped.push({ id: rule.id, reason: t.error });
      continue;
    }
    // 'u' first (code points, like RE2's UTF-8 mode); some patterns are only valid without it.
    let regex = null;
    for (const extra of ['gu', 'g']) {
      try {
        regex = new RegExp(t.source, extra + t.flags);
        break;
      } catch (e) {
        if (extra === 'g') skipped.push({ id: rule.id, reason: e.message });
      }
    }
    if (regex) compiled.push({ id: rule.id, regex });
  }
  return { compiled, skipped };
}

function runV8(text, builtinIds) {
  const rules = PACKS.flatMap((p) => JSON.parse(readFileSync(join(root, p), 'utf8')).rules);
  if (rules.map((r) => r.id).join() !== builtinIds.join()) {
    console.error(`bench: warning: ${PACKS.join(', ')} are not the scanner's built-in rules; V8 runs other patterns`);
  }
  const { compiled, skipped } = compileForV8(rules);
  for (const s of skipped) console.error(`bench: V8 skips rule ${s.id}: ${s.reason}`);
  const perRule = {}; // from the last run: which rule costs what
  const { seconds, result } = bestOf(() => {
    let total = 0;
    for (const { id, regex } of compiled) {
      const t0 = process.hrtime.bigint();
      let n = 0;
      for (const _ of text.matchAll(regex)) n++;
      perRule[id] = { matches: n, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
      total += n;
    }
    return total;
  });
  return { matches: result, seconds, rules: compiled.length, skipped, perRule };
}

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1];
  } catch {}
  return os.cpus()[0]?.model ?? 'unknown';
}

async function main() {
  const { mb } = parseArgs(process.argv.slice(2));
  const stamp = ensureCorpus(mb);
  const bytes = new Uint8Array(readFileSync(corpusPath));
  const mbOf = (seconds) => bytes.length / 1e6 / seconds;

  // One layer at a time: they share the machine with each other too.
  console.error('bench: native...');
  const native = runNative();
  console.error('bench: wasm...');
  const wasm = await runWasm(bytes);
  console.error('bench: V8 RegExp...');
  const v8 = runV8(new TextDecoder().decode(bytes), wasm.ruleIds);

  const layers = [
    { layer: 'native (full pipeline)', mbps: native.mbps, count: native.findings, what: 'findings' },
    { layer: 'native (bare RE2::Set, per line)', mbps: native.set_mbps, count: null, what: '' },
    { layer: 'wasm (scanBytes, full pipeline)', mbps: mbOf(wasm.seconds), count: wasm.findings, what: 'findings' },
    { layer: `V8 RegExp (${v8.rules} regexes, matchAll)`, mbps: mbOf(v8.seconds), count: v8.matches, what: 'raw matches' },
  ];
  const [nat, set, was, v8l] = layers.map((l) => l.mbps);
  const ratios = {
    'wasm / native': was / nat,
    'native / V8': nat / v8l,
    'wasm / V8': was / v8l,
    'full pipeline / bare Set (native)': nat / set,
  };

  const fmt = (x, d = 1) => x.toFixed(d);
  const width = Math.max(...layers.map((l) => l.layer.length));
  console.log(`corpus: ${relative(root, corpusPath)}, ${bytes.length} bytes (MB = 1e6), sha256 ${stamp.sha256.slice(0, 16)}..., best of ${RUNS}`);
  console.log(`${'layer'.padEnd(width)}  ${'MB/s'.padStart(8)}  findings/matches`);
  for (const l of layers) console.log(`${l.layer.padEnd(width)}  ${fmt(l.mbps).padStart(8)}  ${l.count === null ? '-' : `${l.count} ${l.what}`}`);
  console.log('ratios (this run):');
  for (const [k, v] of Object.entries(ratios)) console.log(`  ${k.padEnd(34)} ${fmt(v, 2)}`);

  const mismatch = native.findings !== wasm.findings;
  if (mismatch) {
    console.error(`bench: MISMATCH: native found ${native.findings}, wasm found ${wasm.findings} in the same bytes`);
    process.exitCode = 1;
  }

  const results = {
    date: new Date().toISOString(),
    machine: { nproc: os.availableParallelism?.() ?? os.cpus().length, cpu: cpuModel(), node: process.version },
    corpus: { path: relative(root, corpusPath), bytes: bytes.length, sha256: stamp.sha256, mb, seed: stamp.seed, planted: stamp.planted },
    runs: RUNS,
    layers: layers.map(({ layer, mbps, count, what }) => ({ layer, mbps, count, what })),
    native,
    wasm: { findings: wasm.findings, seconds: wasm.seconds, mbps: was },
    v8: { ...v8, mbps: v8l },
    ratios,
    findingsMatch: !mismatch,
  };
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.error(`bench: wrote ${relative(root, join(outDir, 'results.json'))}`);
}

await main();
