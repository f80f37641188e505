// One JS layer of `npm run bench`, in a process of its own so that its peak memory is its own.
// Prints one JSON line. bench/run.js starts these one after another, never two at once.
//
//   node bench/layers.js wasm CORPUS         createScanner (first, second) + scanBytes over the corpus
//   node bench/layers.js files CORPUS        scanFile(path): the JS API end to end, as the CLI runs it
//   node bench/layers.js peers CORPUS MB     the npm peers and Discret's scan() on the first MB of the corpus
//   node bench/layers.js v8 CORPUS           the rules' patterns as V8 RegExps (lower bound for a JS scanner)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 3; // best of
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;
const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;

function bestOf(fn) {
  let best = Infinity;
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    best = Math.min(best, seconds(t0));
  }
  return { seconds: best, result };
}

async function wasmLayer(corpus) {
  const bytes = new Uint8Array(readFileSync(corpus));
  let t0 = process.hrtime.bigint();
  const { createScanner } = await import('../wasm/index.js');
  const scanner = await createScanner(); // loads and instantiates the module, then compiles the packs
  const firstStartMs = seconds(t0) * 1000;
  // Engine start proper: compiling the default packs, the module loaded and its code warm (V8
  // tiers wasm up in the background after the first calls). Best of 5.
  scanner.scanBytes(bytes.subarray(0, 1 << 20));
  let startMs = Infinity;
  for (let i = 0; i < 5; i++) {
    t0 = process.hrtime.bigint();
    const again = await createScanner();
    startMs = Math.min(startMs, seconds(t0) * 1000);
    again.dispose();
  }
  const { seconds: s, result } = bestOf(() => scanner.scanBytes(bytes).length);
  const ruleIds = scanner.rules.map((r) => r.id);
  scanner.dispose();
  return { bytes: bytes.length, findings: result, seconds: s, mbps: bytes.length / 1e6 / s, firstStartMs, startMs, ruleIds, peakRssMiB: peakRssMiB() };
}

async function filesLayer(corpus) {
  const { scanFile } = await import('../wasm/files.js');
  const bytes = readFileSync(corpus).length;
  const t0 = process.hrtime.bigint();
  let findings = 0;
  for await (const event of scanFile(corpus)) if (event.type === 'finding') findings++;
  const s = seconds(t0);
  return { bytes, findings, seconds: s, mbps: bytes / 1e6 / s, peakRssMiB: peakRssMiB() };
}

async function peersLayer(corpus, mb) {
  const { PEERS } = await import('../eval/lib/tools.js');
  const { createScanner } = await import('../wasm/index.js');
  // A whole number of lines, so no tool sees a value cut in two.
  const all = readFileSync(corpus, 'utf8');
  let text = all.slice(0, Math.round(mb * 1e6));
  text = text.slice(0, text.lastIndexOf('\n') + 1);
  const bytes = Buffer.byteLength(text);
  const rows = [];
  const scanner = await createScanner();
  const ours = bestOf(() => scanner.scan(text).length);
  rows.push({ tool: 'Discret (wasm, scan)', findings: ours.result, seconds: ours.seconds, mbps: bytes / 1e6 / ours.seconds });
  scanner.dispose();
  for (const [name, make] of Object.entries(PEERS)) {
    const peer = await make();
    await peer.detect('warm-up: jean.dupont@example.fr'); // the first call may load data: not measured
    // Best of 3 like Discret, except for a tool that takes over 20 s a run (once is enough).
    let best = Infinity, found = [];
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      found = await peer.detect(text);
      best = Math.min(best, seconds(t0));
      if (best > 20) break;
    }
    rows.push({ tool: `${peer.name} ${peer.version}`, findings: found.length, seconds: best, mbps: bytes / 1e6 / best });
  }
  return { bytes, rows, peakRssMiB: peakRssMiB() };
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

async function v8Layer(corpus) {
  const { builtinPacks } = await import('../scripts/builtin-packs.js');
  const text = readFileSync(corpus, 'utf8');
  const bytes = Buffer.byteLength(text);
  const rules = builtinPacks(root).flatMap((p) => JSON.parse(readFileSync(join(root, p), 'utf8')).rules);
  const compiled = [];
  const skipped = [];
  for (const rule of rules) {
    const t = translatePattern(rule.pattern);
    if (t.error) {
      skipped.push({ id: rule.id, reason: t.error });
      continue;
    }
    let regex = null;
    for (const extra of ['gu', 'g']) { // 'u' first (code points, like RE2's UTF-8 mode)
      try {
        regex = new RegExp(t.source, extra + t.flags);
        break;
      } catch (e) {
        if (extra === 'g') skipped.push({ id: rule.id, reason: e.message });
      }
    }
    if (regex) compiled.push({ id: rule.id, regex });
  }
  const perRule = {};
  // Once: 300 JS regexes over 100 MB take minutes, and this layer is a reference, not a target.
  const t0 = process.hrtime.bigint();
  const result = (() => {
    let total = 0;
    for (const { id, regex } of compiled) {
      const t0 = process.hrtime.bigint();
      let n = 0;
      for (const _ of text.matchAll(regex)) n++;
      perRule[id] = { matches: n, seconds: seconds(t0) };
      total += n;
    }
    return total;
  })();
  const s = seconds(t0);
  return { bytes, matches: result, seconds: s, mbps: bytes / 1e6 / s, rules: compiled.length, skipped, perRule, peakRssMiB: peakRssMiB() };
}

const [layer, corpus, arg] = process.argv.slice(2);
const layers = { wasm: wasmLayer, files: filesLayer, peers: (c) => peersLayer(c, Number(arg ?? 2)), v8: v8Layer };
if (!layers[layer] || !corpus) {
  console.error(`usage: node bench/layers.js ${Object.keys(layers).join('|')} CORPUS [MB]`);
  process.exit(2);
}
console.log(JSON.stringify(await layers[layer](corpus)));
