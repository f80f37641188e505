// The page's file scanner, off the main thread: files dropped on the page are scanned (and
// pseudonymized) here with the npm package's scanFiles/pseudonymizeFiles, so the page never blocks,
// whatever the size. Bundled by scripts/build.sh into web/dist/worker.js (workers cannot use import
// maps, and the readers use npm packages). Nothing is sent anywhere: files are read from the Blobs.
//
// Messages in:  { type: 'configure', id, scannerOptions }  (createScanner options: entities, countries, minScore, allow, deny, rules)
//               { type: 'scan', id, files: File[], names?: string[] }  (names: paths inside a chosen folder)
//               { type: 'pseudonymize', id, files: File[], names?, options: { operator, operators?, key? } }
//               { type: 'cancel', id }
// Messages out: { type: 'ready' } | { type: 'unavailable', message }  (once, when the engine is loaded)
//               { type: 'configured', id, error? }  (error: { message, code, where })
//               { type: 'progress', id, file, bytesDone, bytesTotal, findings }  (findings: so far, all files)
//               { type: 'findings', id, findings: [...] }   (batched: at most one message per window)
//               { type: 'notes', id, notes: [{ type, file, message|reason }] }
//               { type: 'report', id, report, markdown, sarif }
//               { type: 'copy', id, file, format, blob }  (the one copy, or a zip of the copies of many files)
//               { type: 'mapping', id, mapping }  (after the copies: value -> pseudonym)
//               { type: 'done', id } | { type: 'error', id, message, code }
import { createScanner } from '../wasm/index.js';
import { copyPath, pseudonymizeFiles, scanFiles } from '../wasm/files.js';
import { createReport, toMarkdown, toSarif } from '../wasm/report.js';
import { zipSync } from 'fflate';
import { joinBytes } from '../wasm/bytes.js';

// The engine loads when the page does, so choosing files later makes no request at all.
let scannerReady = createScanner();
scannerReady.then(() => self.postMessage({ type: 'ready' }), (e) => self.postMessage({ type: 'unavailable', message: String(e?.message ?? e) }));

// New settings: a new scanner (the module is loaded already: no request). A broken option or rule
// pack keeps the previous scanner and answers with the engine's error (code, where = JSON Pointer).
async function configure({ id, scannerOptions }) {
  const previous = scannerReady;
  try {
    const next = await createScanner(scannerOptions ?? {});
    scannerReady = Promise.resolve(next);
    (await previous.catch(() => null))?.dispose();
    self.postMessage({ type: 'configured', id });
  } catch (e) {
    self.postMessage({ type: 'configured', id, error: { message: String(e?.message ?? e), code: e?.code ?? null, where: e?.where ?? null } });
  }
}

const running = new Map();  // id -> AbortController
const SHOWN_FINDINGS = 2000;  // findings sent to the page for its table; the report counts them all

self.onmessage = ({ data }) => {
  if (data.type === 'cancel') {
    running.get(data.id)?.abort(new Error('cancelled'));
    return;
  }
  if (data.type === 'configure') {
    configure(data);
    return;
  }
  const controller = new AbortController();
  running.set(data.id, controller);
  const job = data.type === 'pseudonymize' ? pseudonymize(data, controller.signal) : scan(data, controller.signal);
  job.then(
    () => self.postMessage({ type: 'done', id: data.id }),
    (e) => self.postMessage({ type: 'error', id: data.id, message: String(e?.message ?? e), code: e?.code ?? null }),
  ).finally(() => running.delete(data.id));
};

// Forwards one event stream to the page, batched; returns the report builder.
async function forward(id, events, builder, onOutput) {
  let batch = [], shown = 0, total = 0;
  const notes = [];
  const flush = () => {
    if (batch.length) self.postMessage({ type: 'findings', id, findings: batch });
    if (notes.length) self.postMessage({ type: 'notes', id, notes: notes.splice(0) });
    batch = [];
  };
  for await (const e of events) {
    builder.add(e);
    if (e.type === 'finding') total++;
    if (e.type === 'finding' && shown < SHOWN_FINDINGS) {
      shown++;
      const { type, ...finding } = e;
      batch.push(finding);
    } else if (e.type === 'warning' || e.type === 'skipped') notes.push(e);
    else if (e.type === 'output') onOutput?.(e);
    else if (e.type === 'progress' || e.type === 'end') {
      flush();
      if (e.type === 'progress') self.postMessage({ type: 'progress', id, file: e.file, bytesDone: e.bytesDone, bytesTotal: e.bytesTotal, findings: total });
    }
  }
  flush();
}

function postReport(id, builder) {
  const report = builder.result();
  self.postMessage({ type: 'report', id, report, markdown: toMarkdown(report), sarif: toSarif(builder) });
}

// Files chosen from a folder carry their relative path (webkitRelativePath or the page's `names`).
const inputs = (files, names) => files.map((file, i) => ({ input: file, name: names?.[i] || file.webkitRelativePath || file.name }));

async function scan({ id, files, names }, signal) {
  const builder = createReport({ sarif: true });
  await forward(id, scanFiles(inputs(files, names), { scanner: await scannerReady, signal }), builder);
  postReport(id, builder);
}

async function pseudonymize({ id, files, names, options }, signal) {
  const builder = createReport({ sarif: true });
  const copies = [];  // { file, format, parts }
  const scanner = await scannerReady;
  scanner.importMapping({ version: 1, entries: [] });  // numbered pseudonyms start again for each copy
  await forward(id, pseudonymizeFiles(inputs(files, names), { ...options, scanner, signal }), builder, (e) => {
    if (copies.at(-1)?.file !== e.file) copies.push({ file: e.file, format: e.format, parts: [] });
    copies.at(-1).parts.push(e.bytes);
  });
  if (copies.length === 1) {
    const [c] = copies;
    self.postMessage({ type: 'copy', id, file: c.file, format: c.format, blob: new Blob(c.parts) });
  } else if (copies.length > 1) {
    // Many files: one zip with their paths (a Parquet copy written as JSON Lines is renamed).
    const entries = {};
    for (const c of copies) entries[copyPath(c.file, c.format)] = [joinBytes(c.parts), { level: 6 }];
    self.postMessage({ type: 'copy', id, file: 'discret-pseudonymized.zip', format: 'zip', blob: new Blob([zipSync(entries)]) });
  }
  postReport(id, builder);
  // value -> pseudonym, for whoever must reverse the copy later: as sensitive as the data itself.
  self.postMessage({ type: 'mapping', id, mapping: scanner.exportMapping() });
}
