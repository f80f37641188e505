#!/usr/bin/env node
// Large-file benchmark: a generated CSV of --gb GiB (default 2) is scanned through scanFile (the
// CLI's path: streamed windows, bounded memory) in a child node process, which reports its peak
// resident memory (process.resourceUsage().maxRSS) and throughput. With --browser, the page's
// worker scans a --browser-gb file (default 1) in headless Chromium while the resident memory of
// every Chromium process is sampled from /proc; the peak above the idle page is reported.
//
//   npm run bench:large                      # 2 GiB CSV (a review export) through node
//   node bench/large.js --gb 2 --browser     # and 1 GiB in Chromium
//   node bench/large.js --gb 0.2 --dense     # every row a contact record: the engine's worst case
//
// Results go to bench/out/large.json. Files are written to bench/out/ (deleted after with --clean).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { scanInPage } from './browser.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');

const FIRST = ['Jean', 'Marie', 'Lukas', 'Sofia', 'Giulia', 'Pablo', 'Emma', 'Noah', 'Chloé', 'Matteo'];
const LAST = ['Dupont', 'Martin', 'Müller', 'García', 'Rossi', 'Smith', 'Bernard', 'Schmidt', 'López', 'Bianchi'];
const REVIEWS = [
  'Delivery was quick and the parcel arrived in good condition, although the box was slightly dented on one side.',
  'Le produit correspond à la description, mais la notice de montage est difficile à suivre sans les schémas.',
  'Die Lieferung kam zwei Tage später als angekündigt, der Kundendienst hat aber schnell und freundlich reagiert.',
  'El tamaño es más pequeño de lo esperado; para el precio, la calidad de los materiales es aceptable.',
  'Ottimo rapporto qualità prezzo, lo ricomprerei senza dubbio anche se i colori sono meno vivaci della foto.',
  'Customer asked whether the warranty covers accidental damage and was told to keep the original receipt.',
  'Le client souhaite changer la couleur de sa commande avant expédition, merci de vérifier le stock.',
  'Works as advertised after a firmware update; battery life is about nine hours with the screen at half brightness.',
];

// Deterministic rows of a review export: an id, a date, a rating, a free-text review of ~110
// bytes, and personal data in one row of five (an e-mail, a phone, a name with a birth date):
// about 2,000 values per MB, the density of a dataset that was meant to be clean but is not.
// `--dense` makes every row a contact record (name, e-mail, phone, birth date: ~40,000 values per
// MB), the worst case for the engine and for per-window memory.
function row(i, dense) {
  const f = FIRST[i % 10], l = LAST[(i * 7) % 10];
  const phone = `06 ${String(10 + (i % 89)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')} ${String((i >> 3) % 100).padStart(2, '0')} ${String((i >> 7) % 100).padStart(2, '0')}`;
  const email = `${f.toLowerCase()}.${l.toLowerCase()}${i % 1000}@mail-${i % 97}.fr`;
  const dob = `${1950 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`;
  if (dense) return `${i},${f} ${l},${email},${phone},${dob},ok\n`;
  const pii = [`contact ${email}`, `rappeler au ${phone}`, `${f} ${l}, born ${dob}`, '', ''][i % 5];
  return `${i},2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')},${1 + (i % 5)},"${REVIEWS[i % 8]}",${pii}\n`;
}

async function generate(path, bytes, dense) {
  if (existsSync(path) && statSync(path).size >= bytes) return statSync(path).size;
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let written = 0, i = 0;
  const write = (s) => new Promise((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
  await write(dense ? 'id,name,email,phone,date_of_birth,note\n' : 'id,date,rating,review,note\n');
  while (written < bytes) {
    let chunk = '';
    for (let k = 0; k < 10000; k++) chunk += row(i++, dense);
    written += Buffer.byteLength(chunk);
    await write(chunk);
  }
  await new Promise((resolve) => out.end(resolve));
  return statSync(path).size;
}

// The child: scans one file with scanFile and prints { seconds, findings, rows, maxRssMiB }.
async function child(path) {
  const { scanFile } = await import('../wasm/files.js');
  const started = process.hrtime.bigint();
  let findings = 0, rows = 0, next = 0.1;
  const timeline = [];  // resident and JS heap memory at each tenth of the file: flat means bounded
  const mib = (n) => Math.round(n / 2 ** 20);
  for await (const e of scanFile(path, { special: true })) {
    if (e.type === 'finding') findings++;
    else if (e.type === 'end') rows = e.rows ?? 0;
    else if (e.type === 'progress' && e.bytesDone / e.bytesTotal >= next) {
      const m = process.memoryUsage();
      timeline.push({ done: Math.round(next * 100), rssMiB: mib(m.rss), heapUsedMiB: mib(m.heapUsed), arrayBuffersMiB: mib(m.arrayBuffers) });
      next += 0.1;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, findings, rows, maxRssMiB: process.resourceUsage().maxRSS / 1024, timeline }) + '\n');
}

function runChild(path) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', path], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child exited ${code}`))));
  });
}

async function main() {
  const { values } = parseArgs({ options: { gb: { type: 'string', default: '2' }, browser: { type: 'boolean', default: false },
    dense: { type: 'boolean', default: false }, 'browser-only': { type: 'boolean', default: false },
    'browser-gb': { type: 'string', default: '1' }, child: { type: 'string' }, clean: { type: 'boolean', default: false } } });
  if (values.child) return child(values.child);
  const results = { date: new Date().toISOString(), node: process.version };
  const gib = Number(values.gb);
  const kind = values.dense ? 'dense' : 'reviews';
  const csv = join(OUT, `large-${kind}-${gib}g.csv`);
  if (!values['browser-only']) {
    const size = await generate(csv, gib * 2 ** 30, values.dense);
    const r = await runChild(csv);
    results.node = { file: csv, kind, bytes: size, ...r, mbPerSecond: size / 1e6 / r.seconds };
    console.log(`node scanFile, ${(size / 2 ** 30).toFixed(2)} GiB CSV: ${r.seconds.toFixed(1)} s, ${(size / 1e6 / r.seconds).toFixed(1)} MB/s, ` +
      `${r.findings} findings in ${r.rows} rows, peak RSS ${r.maxRssMiB.toFixed(0)} MiB`);
    console.log(`  RSS / JS heap used at each tenth: ${r.timeline.map((t) => `${t.done}%: ${t.rssMiB}/${t.heapUsedMiB}`).join(', ')} MiB`);
  }
  if (values.browser || values['browser-only']) {
    const bgib = Number(values['browser-gb']);
    const file = join(OUT, `large-${kind}-${bgib}g.csv`);
    const bsize = await generate(file, bgib * 2 ** 30, values.dense);
    const br = await scanInPage(file);
    results.browser = { file, bytes: bsize, ...br, mbPerSecond: bsize / 1e6 / br.seconds };
    console.log(`Chromium page worker, ${(bsize / 2 ** 30).toFixed(2)} GiB CSV: ${br.seconds.toFixed(1)} s, ${br.findings} findings, ` +
      `Chromium RSS idle ${br.idleMiB.toFixed(0)} MiB, peak ${br.peakMiB.toFixed(0)} MiB (+${br.peakAboveIdleMiB.toFixed(0)} MiB)`);
  }
  writeFileSync(join(OUT, values['browser-only'] ? 'large-browser.json' : 'large.json'), JSON.stringify(results, null, 2) + '\n');
  if (values.clean) for (const f of readdirSync(OUT).filter((f) => /^large-.*\.csv$/.test(f))) unlinkSync(join(OUT, f));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
