// The page's "Files and datasets" panel: hands the chosen files (or folders) to the worker
// (dist/worker.js), shows progress, a summary, findings by entity, a table per file and column, a
// filterable list of findings, and offers the report, the pseudonymized copies and the mapping as
// downloads made in the tab (blob: URLs). The main thread only renders: it never reads a file.
// Values reach the DOM masked, and as text only, never as HTML.
import { maskValue } from './pkg/report.js';

const $ = (id) => document.getElementById(id);

const ui = {
  drop: $('drop'), files: $('files'), folder: $('folder'),
  scan: $('file-scan'), copy: $('file-copy'), cancel: $('file-cancel'),
  status: $('file-status'), progress: $('file-progress'), error: $('file-error'),
  notes: $('file-notes'), results: $('file-results'), summary: $('file-summary'), advice: $('file-advice'),
  chart: $('chart-entities'), columnChart: $('chart-columns'), tables: $('file-tables'), markdown: $('report-markdown'),
  filterEntity: $('filter-entity'), filterCountry: $('filter-country'), filterFile: $('filter-file'),
  findingsBody: $('file-findings').tBodies[0], shown: $('findings-shown'),
  downloads: $('report-downloads'), copies: $('file-copies'),
};

const worker = new Worker(new URL('./dist/worker.js', import.meta.url), { type: 'module' });
const state = {
  entries: [],          // [{ file: File, name: relative path }]
  job: 0, running: null, ready: false, urls: [], findings: [], total: 0,
  settings: { pseudonymize: { operator: 'pseudonym' } },  // replaced by settings.js ('discret:settings')
};
const SHOWN_ROWS = 500;

const mib = (n) => `${(n / (1 << 20)).toFixed(1)} MiB`;

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

// ---- choosing files ----------------------------------------------------------------------

function setEntries(entries) {
  state.entries = entries;
  enableButtons();
  const bytes = entries.reduce((n, e) => n + e.file.size, 0);
  ui.status.textContent = entries.length ? `${entries.length} file(s), ${mib(bytes)}` : '';
}

function enableButtons() {
  ui.scan.disabled = ui.copy.disabled = state.entries.length === 0 || !state.ready || state.running !== null;
}

const fromFileList = (list) => [...list].map((file) => ({ file, name: file.webkitRelativePath || file.name }));

// A dropped folder: its files, with their paths (FileSystemEntry API, which every current browser has).
async function entriesOf(entry, prefix = '') {
  if (entry.isFile) return [{ file: await new Promise((ok, fail) => entry.file(ok, fail)), name: prefix + entry.name }];
  const reader = entry.createReader();
  const out = [];
  for (;;) {
    const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) break;
    for (const child of batch) out.push(...(await entriesOf(child, `${prefix}${entry.name}/`)));
  }
  return out;
}

async function dropped(items) {
  const entries = [];
  for (const item of items) {
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(...(await entriesOf(entry)));
    else if (item.kind === 'file') entries.push({ file: item.getAsFile(), name: item.getAsFile().name });
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
}

// ---- a job ---------------------------------------------------------------------------------

function download(parent, name, blob) {
  const url = URL.createObjectURL(blob);
  state.urls.push(url);
  const a = element('a', name);
  a.href = url;
  a.download = name.split('/').pop();
  parent.append(a);
}

function reset() {
  for (const url of state.urls) URL.revokeObjectURL(url);
  Object.assign(state, { urls: [], findings: [], total: 0 });
  for (const el of [ui.notes, ui.copies, ui.downloads, ui.tables, ui.chart, ui.columnChart, ui.findingsBody, ui.advice]) el.replaceChildren();
  ui.results.hidden = true;
  ui.error.hidden = true;
  ui.progress.value = 0;
}

function start(type) {
  reset();
  const id = ++state.job;
  state.running = id;
  enableButtons();
  ui.cancel.hidden = false;
  ui.progress.hidden = false;
  ui.status.textContent = type === 'scan' ? 'Scanning…' : 'Writing pseudonymized copies…';
  document.body.dataset.files = 'running';
  const message = { type, id, files: state.entries.map((e) => e.file), names: state.entries.map((e) => e.name) };
  if (type === 'pseudonymize') message.options = state.settings.pseudonymize;
  state.totalBytes = state.entries.reduce((n, e) => n + e.file.size, 0);
  state.doneBytes = 0;
  state.fileIndex = new Map(state.entries.map((e, i) => [e.name, i]));
  worker.postMessage(message);
}

function finish(text, outcome) {
  state.running = null;
  enableButtons();
  ui.cancel.hidden = true;
  ui.progress.hidden = true;
  ui.status.textContent = text;
  document.body.dataset.files = outcome;
}

const copyName = (file, format) => (format === 'zip' && file === 'discret-pseudonymized.zip' ? file
  : format === 'jsonl' && /\.parquet$/i.test(file) ? file.replace(/\.parquet$/i, '.pseudonymized.jsonl')
    : file.replace(/(\.[^./]+(\.gz)?)?$/, (ext) => `.pseudonymized${ext}`));

// ---- rendering the results -------------------------------------------------------------------

function where(f) {
  if (f.field !== undefined) return `row ${f.row}, ${f.field}`;
  if (f.cell) return f.cell.cell == null ? 'metadata' : `cell ${f.cell.cell}${f.cell.part === 'output' ? ' output' : ''}`;
  if (f.pointer) return `line ${f.line}, ${f.pointer}`;
  return `line ${f.line}, column ${f.column}`;
}

/** Horizontal bars (<meter>, so no inline style is needed under the CSP), largest first. */
function barChart(parent, counts, label) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const max = entries[0]?.[1] ?? 0;
  const list = element('dl', undefined, 'bars');
  list.setAttribute('aria-label', label);
  for (const [name, n] of entries) {
    const meter = element('meter');
    meter.min = 0;
    meter.max = max;
    meter.value = n;
    meter.title = `${name}: ${n}`;
    const dd = element('dd');
    dd.append(meter, element('span', ` ${n}`, 'num'));
    list.append(element('dt', name), dd);
  }
  parent.replaceChildren(list);
}

function fileTable(file) {
  const box = element('div', undefined, 'file-result');
  const rows = file.rows !== undefined ? `, ${file.rows} rows, ${file.rowsAffected ?? 0} with personal data` : '';
  box.append(element('h4', file.file), element('p', `${file.format}${rows}, ${file.findings} findings`, 'help'));
  const columns = file.columns ?? [];
  if (columns.length) {
    const table = element('table');
    table.createCaption().textContent = `Columns of ${file.file}`;
    table.caption.className = 'visually-hidden';
    const head = table.createTHead().insertRow();
    for (const h of ['Column', 'Classification', 'Findings by entity', 'Share of rows']) head.append(element('th', h));
    const body = table.createTBody();
    for (const c of columns) {
      const tr = body.insertRow();
      const counts = Object.entries(c.byEntity ?? {}).map(([e, n]) => `${e} ${n}`).join(', ');
      const share = c.share == null ? '—' : `${Math.round(c.share * 100)}%`;
      tr.append(element('td', c.name), element('td', c.classification ?? '—'), element('td', counts), element('td', share, 'num'));
    }
    box.append(table);
  }
  return box;
}

function renderReport(report) {
  const s = report.summary;
  ui.summary.textContent = s.findings === 0
    ? `No personal data or secrets found in ${s.files} file(s).`
    : `${s.findings} values of personal data or secrets in ${s.filesWithFindings} of ${s.files} file(s).`;
  ui.advice.replaceChildren(...(s.gdpr?.reviewNeeded ?? []).map((t) => element('li', t)));
  barChart(ui.chart, s.byEntity ?? {}, 'Findings by entity');
  // Columns (tables) and fields (JSON): where the personal data sits; the 12 largest.
  const columns = {};
  for (const f of report.files) {
    for (const c of f.columns ?? []) columns[report.files.length > 1 ? `${f.file} › ${c.name}` : c.name] = c.findings ?? 0;
  }
  barChart(ui.columnChart, Object.fromEntries(Object.entries(columns).sort((a, b) => b[1] - a[1]).slice(0, 12)), 'Findings by column');
  ui.tables.replaceChildren(...report.files.map(fileTable));
  ui.results.hidden = false;
}

function fillFilter(select, values) {
  const keep = select.value;
  select.replaceChildren(element('option', 'all'), ...[...values].sort().map((v) => element('option', v)));
  select.options[0].value = '';
  select.value = [...values].includes(keep) ? keep : '';
}

function renderFindings() {
  const entity = ui.filterEntity.value, country = ui.filterCountry.value, file = ui.filterFile.value;
  const shown = state.findings.filter((f) => (!entity || f.entity === entity) && (!country || f.country === country) && (!file || f.file === file));
  ui.findingsBody.replaceChildren(...shown.slice(0, SHOWN_ROWS).map((f) => {
    const tr = element('tr');
    tr.dataset.entity = f.entity;
    tr.append(element('td', f.file), element('td', where(f)), element('td', f.entity), element('td', f.ruleId),
      element('td', maskValue(f.entity, f.text)), element('td', f.score.toFixed(2), 'num'));
    return tr;
  }));
  const listed = state.findings.length < state.total ? ` (the first ${state.findings.length} of ${state.total} are listed)` : '';
  ui.shown.textContent = `${Math.min(shown.length, SHOWN_ROWS)} shown${listed}.`;
}

function refreshFilters() {
  fillFilter(ui.filterEntity, new Set(state.findings.map((f) => f.entity)));
  fillFilter(ui.filterCountry, new Set(state.findings.map((f) => f.country).filter(Boolean)));
  fillFilter(ui.filterFile, new Set(state.findings.map((f) => f.file)));
  renderFindings();
}

// ---- messages from the worker ----------------------------------------------------------------

const handlers = {
  progress(data) {
    const index = state.fileIndex.get(data.file.split('!/')[0]);
    const of = index !== undefined ? `file ${index + 1} of ${state.entries.length}` : data.file;
    if (data.bytesTotal && state.totalBytes) {
      const before = state.entries.slice(0, index ?? 0).reduce((n, e) => n + e.file.size, 0);
      ui.progress.value = Math.min(1, (before + data.bytesDone) / state.totalBytes);
    }
    ui.status.textContent = `${of}: ${data.file} — ${data.bytesDone != null ? mib(data.bytesDone) : ''}, ${data.findings} findings so far`;
    ui.status.dataset.live = String(data.findings);
  },
  findings(data) {
    state.findings.push(...data.findings);
  },
  notes(data) {
    for (const n of data.notes) ui.notes.append(element('li', `${n.file}: ${n.message ?? n.reason}`));
  },
  report(data) {
    state.total = data.report.summary.findings;
    state.testValues = data.report.summary.testValues ?? 0;
    document.body.dataset.findings = String(state.total);
    document.body.dataset.testValues = String(data.report.summary.testValues);
    renderReport(data.report);
    refreshFilters();
    ui.markdown.textContent = data.markdown;
    download(ui.downloads, 'discret-report.md', new Blob([data.markdown], { type: 'text/markdown' }));
    download(ui.downloads, 'discret-report.json', new Blob([JSON.stringify(data.report, null, 2)], { type: 'application/json' }));
    download(ui.downloads, 'discret-report.sarif', new Blob([JSON.stringify(data.sarif, null, 2)], { type: 'application/json' }));
  },
  copy(data) {
    download(ui.copies, copyName(data.file, data.format), data.blob);
  },
  mapping(data) {
    // Holds the original values: offered apart from the copies, to keep somewhere safe.
    download(ui.copies, 'discret-mapping.json', new Blob([JSON.stringify(data.mapping, null, 2)], { type: 'application/json' }));
  },
  done() {
    const tests = state.testValues ? `, and ${state.testValues} test or documentation value(s)` : '';
    finish(`Done: ${state.total} finding(s)${tests}.`, 'done');
  },
  error(data) {
    const cancelled = data.message === 'cancelled';
    finish(cancelled ? 'Cancelled.' : '', cancelled ? 'cancelled' : 'error');
    if (!cancelled) {
      ui.error.textContent = `The scan failed: ${data.message}`;
      ui.error.hidden = false;
    }
  },
};

worker.onmessage = ({ data }) => {
  if (data.type === 'ready' || data.type === 'unavailable') {
    state.ready = data.type === 'ready';
    document.body.dataset.files = state.ready ? 'idle' : 'error';
    if (!state.ready) {
      ui.error.textContent = `File scanning is unavailable: ${data.message}`;
      ui.error.hidden = false;
    }
    enableButtons();
    return;
  }
  if (data.type === 'configured') return;  // settings.js validated the options before sending them
  if (data.id !== state.running) return;
  handlers[data.type]?.(data);
};

// ---- events ---------------------------------------------------------------------------------

ui.files.addEventListener('change', () => setEntries(fromFileList(ui.files.files)));
ui.folder.addEventListener('change', () => setEntries(fromFileList(ui.folder.files)));
ui.drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  ui.drop.classList.add('is-over');
});
ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('is-over'));
ui.drop.addEventListener('drop', async (e) => {
  e.preventDefault();
  ui.drop.classList.remove('is-over');
  setEntries(await dropped([...e.dataTransfer.items]));
});
ui.scan.addEventListener('click', () => start('scan'));
ui.copy.addEventListener('click', () => start('pseudonymize'));
ui.cancel.addEventListener('click', () => worker.postMessage({ type: 'cancel', id: state.running }));
for (const f of [ui.filterEntity, ui.filterCountry, ui.filterFile]) f.addEventListener('change', renderFindings);
window.addEventListener('discret:settings', ({ detail }) => {
  state.settings = detail;
  worker.postMessage({ type: 'configure', id: 0, scannerOptions: detail.scannerOptions });
});
document.body.dataset.files = 'loading';
