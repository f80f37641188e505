// The page's "Files and datasets" panel: hands the chosen files to the worker (dist/worker.js),
// shows progress, notes and the report, and offers the report and the pseudonymized copies as
// downloads made in the tab (blob: URLs). The main thread only renders: it never reads a file.
// File contents and findings reach the DOM as text only, never as HTML.
const $ = (id) => document.getElementById(id);

const ui = {
  drop: $('drop'), input: $('files'), operator: $('file-operator'),
  scan: $('file-scan'), copy: $('file-copy'), cancel: $('file-cancel'),
  status: $('file-status'), progress: $('file-progress'), error: $('file-error'),
  notes: $('file-notes'), report: $('file-report'), markdown: $('report-markdown'),
  downloads: $('report-downloads'), copies: $('file-copies'),
};

const worker = new Worker(new URL('./dist/worker.js', import.meta.url), { type: 'module' });
const state = { files: [], job: 0, running: null, findings: 0, urls: [], ready: false };

function mib(n) {
  return `${(n / (1 << 20)).toFixed(1)} MiB`;
}

function setFiles(files) {
  state.files = [...files];
  ui.scan.disabled = ui.copy.disabled = state.files.length === 0 || !state.ready;
  ui.status.textContent = state.files.length ? `${state.files.length} file(s), ${mib(state.files.reduce((n, f) => n + f.size, 0))}` : '';
}

function download(parent, name, blob) {
  const url = URL.createObjectURL(blob);
  state.urls.push(url);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.textContent = name;
  parent.append(a);
}

function reset() {
  for (const url of state.urls) URL.revokeObjectURL(url);
  state.urls = [];
  state.findings = 0;
  ui.notes.replaceChildren();
  ui.copies.replaceChildren();
  ui.downloads.replaceChildren();
  ui.report.hidden = true;
  ui.error.hidden = true;
  ui.progress.value = 0;
}

function start(type) {
  reset();
  const id = ++state.job;
  state.running = id;
  ui.scan.disabled = ui.copy.disabled = true;
  ui.cancel.hidden = false;
  ui.progress.hidden = false;
  ui.status.textContent = type === 'scan' ? 'Scanning…' : 'Writing pseudonymized copies…';
  document.body.dataset.files = 'running';
  const message = { type, id, files: state.files };
  if (type === 'pseudonymize') message.options = { operator: ui.operator.value };
  worker.postMessage(message);
}

function finish(text) {
  state.running = null;
  ui.cancel.hidden = true;
  ui.progress.hidden = true;
  ui.scan.disabled = ui.copy.disabled = state.files.length === 0 || !state.ready;
  ui.status.textContent = text;
  document.body.dataset.files = 'done';
}

const copyName = (file, format) => {
  const base = file.split('!/')[0];
  return format === 'jsonl' && /\.parquet$/i.test(base) ? base.replace(/\.parquet$/i, '.pseudonymized.jsonl')
    : base.replace(/(\.[^./]+(\.gz)?)?$/, (ext) => `.pseudonymized${ext}`);
};

worker.onmessage = ({ data }) => {
  if (data.type === 'ready' || data.type === 'unavailable') {
    state.ready = data.type === 'ready';
    document.body.dataset.files = state.ready ? 'idle' : 'error';
    if (!state.ready) {
      ui.error.textContent = `File scanning is unavailable: ${data.message}`;
      ui.error.hidden = false;
    }
    setFiles(state.files);
    return;
  }
  if (data.id !== state.running) return;
  switch (data.type) {
    case 'progress':
      if (data.bytesTotal) ui.progress.value = data.bytesDone / data.bytesTotal;
      ui.status.textContent = `${data.file}: ${data.bytesDone != null ? mib(data.bytesDone) : ''} — ${data.findings} findings`;
      break;
    case 'findings':
      state.findings += data.findings.length;
      break;
    case 'notes':
      for (const n of data.notes) {
        const li = document.createElement('li');
        li.textContent = `${n.file}: ${n.message ?? n.reason}`;
        ui.notes.append(li);
      }
      break;
    case 'report': {
      ui.markdown.textContent = data.markdown;
      ui.report.hidden = false;
      state.total = data.report.summary.findings;
      document.body.dataset.findings = String(state.total);
      download(ui.downloads, 'discret-report.md', new Blob([data.markdown], { type: 'text/markdown' }));
      download(ui.downloads, 'discret-report.json', new Blob([JSON.stringify(data.report, null, 2)], { type: 'application/json' }));
      download(ui.downloads, 'discret-report.sarif', new Blob([JSON.stringify(data.sarif, null, 2)], { type: 'application/json' }));
      break;
    }
    case 'copy':
      download(ui.copies, copyName(data.file, data.format), data.blob);
      break;
    case 'mapping':
      // Holds the original values: offered apart from the copies, to keep somewhere safe.
      download(ui.copies, 'discret-mapping.json', new Blob([JSON.stringify(data.mapping, null, 2)], { type: 'application/json' }));
      break;
    case 'done':
      finish(`Done: ${state.total ?? state.findings} finding(s).`);
      break;
    case 'error':
      finish('');
      ui.error.textContent = data.message === 'cancelled' ? 'Cancelled.' : `The scan failed: ${data.message}`;
      ui.error.hidden = false;
      break;
  }
};

ui.input.addEventListener('change', () => setFiles(ui.input.files));
ui.drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  ui.drop.classList.add('is-over');
});
ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('is-over'));
ui.drop.addEventListener('drop', (e) => {
  e.preventDefault();
  ui.drop.classList.remove('is-over');
  setFiles(e.dataTransfer.files);
});
ui.scan.addEventListener('click', () => start('scan'));
ui.copy.addEventListener('click', () => start('pseudonymize'));
ui.cancel.addEventListener('click', () => worker.postMessage({ type: 'cancel', id: state.running }));
document.body.dataset.files = 'loading';
