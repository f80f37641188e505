// The page's file scanner, off the main thread: files dropped on the page are scanned (and
// pseudonymized) here with the npm package's scanFiles/pseudonymizeFiles, so the page never blocks,
// whatever the size. Bundled by scripts/build.sh into web/dist/worker.js (workers cannot use import
// maps, and the readers use npm packages). Nothing is sent anywhere: files are read from the Blobs.
//
// Messages in:  { type: 'scan', id, files: File[] }
//               { type: 'pseudonymize', id, files: File[], options: { operator, operators?, key? } }
//               { type: 'cancel', id }
// Messages out: { type: 'ready' } | { type: 'unavailable', message }  (once, when the engine is loaded)
//               { type: 'progress', id, file, bytesDone, bytesTotal, findings }
//               { type: 'findings', id, findings: [...] }   (batched: at most one message per window)
//               { type: 'notes', id, notes: [{ type, file, message|reason }] }
//               { type: 'report', id, report, markdown, sarif }
//               { type: 'copy', id, file, format, blob }  (one per output file)
//               { type: 'mapping', id, mapping }  (after the copies: value -> pseudonym)
//               { type: 'done', id } | { type: 'error', id, message, code }
import { createScanner } from '../wasm/index.js';
import { pseudonymizeFiles, scanFiles } from '../wasm/files.js';
import { createReport, toMarkdown, toSarif } from '../wasm/report.js';

// The engine loads when the page does, so choosing files later makes no request at all.
const scannerReady = createScanner();
scannerReady.then(() => self.postMessage({ type: 'ready' }), (e) => self.postMessage({ type: 'unavailable', message: String(e?.message ?? e) }));

const running = new Map();  // id -> AbortController
const SHOWN_FINDINGS = 2000;  // findings sent to the page for its table; the report counts them all

self.onmessage = ({ data }) => {
  if (data.type === 'cancel') {
    running.get(data.id)?.abort(new Error('cancelled'));
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
  let batch = [], shown = 0;
  const notes = [];
  const flush = () => {
    if (batch.length) self.postMessage({ type: 'findings', id, findings: batch });
    if (notes.length) self.postMessage({ type: 'notes', id, notes: notes.splice(0) });
    batch = [];
  };
  for await (const e of events) {
    builder.add(e);
    if (e.type === 'finding' && shown < SHOWN_FINDINGS) {
      shown++;
      const { type, ...finding } = e;
      batch.push(finding);
    } else if (e.type === 'warning' || e.type === 'skipped') notes.push(e);
    else if (e.type === 'output') onOutput?.(e);
    else if (e.type === 'progress' || e.type === 'end') {
      flush();
      if (e.type === 'progress') self.postMessage({ type: 'progress', id, file: e.file, bytesDone: e.bytesDone, bytesTotal: e.bytesTotal, findings: e.findings });
    }
  }
  flush();
}

function postReport(id, builder) {
  const report = builder.result();
  self.postMessage({ type: 'report', id, report, markdown: toMarkdown(report), sarif: toSarif(builder) });
}

async function scan({ id, files }, signal) {
  const builder = createReport({ sarif: true });
  await forward(id, scanFiles(files, { scanner: await scannerReady, signal }), builder);
  postReport(id, builder);
}

async function pseudonymize({ id, files, options }, signal) {
  const builder = createReport({ sarif: true });
  let current = null;  // { file, format, parts }
  const finish = () => {
    if (current) self.postMessage({ type: 'copy', id, file: current.file, format: current.format, blob: new Blob(current.parts) });
    current = null;
  };
  const scanner = await scannerReady;
  scanner.importMapping({ version: 1, entries: [] });  // numbered pseudonyms start again for each copy
  await forward(id, pseudonymizeFiles(files, { ...options, scanner, signal }), builder, (e) => {
    if (current && current.file !== e.file) finish();
    current ??= { file: e.file, format: e.format, parts: [] };
    current.parts.push(e.bytes);
  });
  finish();
  postReport(id, builder);
  // value -> pseudonym, for whoever must reverse the copy later: as sensitive as the data itself.
  self.postMessage({ type: 'mapping', id, mapping: scanner.exportMapping() });
}
