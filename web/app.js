// The page: paste text, see what Discret finds, get a pseudonymized copy.
// It uses the npm package exactly like an outside user (`/pkg/index.js`); nothing leaves the tab.
// User text only ever reaches the DOM as text nodes or form values, never as HTML.
// What is detected comes from the Settings panel (settings.js, event `discret:settings`); the operator
// and key of the copy are this panel's own.
import { createScanner } from './pkg/index.js';

const SCAN_DELAY_MS = 150;

/** Entity -> colour family (see style.css). Unknown entities fall back to "other". */
const FAMILIES = {
  EMAIL: 'contact', PHONE: 'contact', URL: 'contact', USERNAME: 'contact', ADDRESS: 'contact',
  PERSON: 'identity', NATIONAL_ID: 'identity', TAX_ID: 'identity', PASSPORT: 'identity',
  DRIVER_LICENSE: 'identity', HEALTH_ID: 'identity', DATE_OF_BIRTH: 'identity',
  CREDIT_CARD: 'financial', IBAN: 'financial', BIC: 'financial', CRYPTO_WALLET: 'financial',
  IP_ADDRESS: 'network', MAC_ADDRESS: 'network', GPS_COORDINATES: 'network',
  SECRET: 'secret', PASSWORD: 'secret', PRIVATE_KEY: 'secret',
};

const $ = (id) => document.getElementById(id);

const ui = {
  input: $('input'),
  scan: $('scan'),
  status: $('status'),
  error: $('error'),
  highlighted: $('highlighted'),
  empty: $('empty'),
  findingsTable: $('findings'),
  findingsBody: $('findings').tBodies[0],
  operator: $('operator'),
  keyField: $('key-field'),
  key: $('key'),
  output: $('output'),
  outputError: $('output-error'),
  copy: $('copy'),
  copyStatus: $('copy-status'),
};

const state = {
  scanner: null, text: '', findings: [],
  options: '{}',  // the scanner options asked for last (canonical JSON): the same ones again rebuild nothing
  build: 0,       // id of the latest scanner build: an older one that ends later is dropped
};

// ---- small helpers -------------------------------------------------------------------------

function familyOf(entity) {
  return FAMILIES[entity] ?? 'other';
}

function formatScore(score) {
  return score.toFixed(2);
}

function debounce(fn, ms) {
  let timer = 0;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

/** Shows `message` in an error element, or hides it when `message` is empty. */
function showError(element, message) {
  element.textContent = message;
  element.hidden = !message;
}

// ---- rendering (one job each) --------------------------------------------------------------

function markFor(text, finding) {
  const mark = document.createElement('mark');
  mark.dataset.entity = finding.entity;
  mark.dataset.family = familyOf(finding.entity);
  mark.title = `${finding.entity} · ${finding.ruleId} · score ${formatScore(finding.score)}`;
  mark.textContent = text.slice(finding.start, finding.end);
  return mark;
}

/** The text as text nodes, with one <mark> per finding (findings are sorted and disjoint). */
function renderHighlighted(text, findings) {
  const fragment = document.createDocumentFragment();
  let cursor = 0;
  for (const finding of findings) {
    if (finding.start < cursor) continue; // defensive: never nest or reorder marks
    if (finding.start > cursor) fragment.append(text.slice(cursor, finding.start));
    fragment.append(markFor(text, finding));
    cursor = finding.end;
  }
  if (cursor < text.length) fragment.append(text.slice(cursor));
  ui.highlighted.replaceChildren(fragment);
  ui.highlighted.classList.toggle('is-empty', text.length === 0);
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function findingRow(finding) {
  const tr = document.createElement('tr');
  const entity = cell('', 'entity');
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.dataset.family = familyOf(finding.entity);
  badge.textContent = finding.entity;
  entity.append(badge);
  tr.append(entity, cell(finding.ruleId, 'rule'), cell(finding.text, 'text'), cell(formatScore(finding.score), 'num'));
  return tr;
}

function renderTable(findings) {
  ui.findingsBody.replaceChildren(...findings.map(findingRow));
  ui.findingsTable.hidden = findings.length === 0;
}

function statusText(text, findings) {
  if (text.trim() === '') return 'Paste or type some text to check it.';
  if (findings.length === 0) return 'No personal data or secrets found';
  return findings.length === 1 ? '1 finding' : `${findings.length} findings`;
}

function renderStatus(text, findings) {
  const message = statusText(text, findings);
  ui.status.textContent = message;
  ui.status.dataset.count = String(findings.length);
  ui.empty.textContent = message;
  ui.empty.hidden = findings.length > 0;
}

/** Options for scanner.pseudonymize(), or an error message when one is missing. */
function pseudonymizeOptions() {
  const operator = ui.operator.value;
  if (operator === 'hash' && ui.key.value === '') return { error: 'Enter a secret key to hash with.' };
  return { options: { operator, key: ui.key.value } };
}

function renderKeyField() {
  ui.keyField.hidden = ui.operator.value !== 'hash';
}

function showOutput(text, error = '') {
  ui.output.value = text;
  ui.copy.disabled = text === '';
  showError(ui.outputError, error);
}

/** Fills the pseudonymized copy; errors are shown next to it, never thrown. */
function renderOutput() {
  renderKeyField();
  ui.copyStatus.textContent = '';
  const { options, error } = pseudonymizeOptions();
  ui.key.setAttribute('aria-invalid', String(Boolean(error)));
  if (error || !state.scanner) {
    showOutput('', error);
    return;
  }
  try {
    // Pseudonyms are numbered per text, so the copy depends only on what is in the box now
    // (and not on half-typed values seen earlier).
    state.scanner.importMapping({ version: 1, entries: [] });
    showOutput(state.scanner.pseudonymize(state.text, options).text);
  } catch (e) {
    showOutput('', e.message);
  }
}

// ---- the scanner ---------------------------------------------------------------------------

/** `options` without the values the engine takes by default, keys sorted: equal JSON, same scanner. */
function canonical(options = {}) {
  const defaults = { minScore: 0.5, builtins: true };
  const kept = Object.keys(options).sort()
    .filter((k) => options[k] !== undefined && options[k] !== defaults[k] && !(Array.isArray(options[k]) && options[k].length === 0));
  return JSON.stringify(Object.fromEntries(kept.map((k) => [k, options[k]])));
}

function scannerFailed(e) {
  const reason = e.message.replace(/\.$/, '');
  if (state.scanner) {
    // Settings the engine refused (settings.js checks them first, so this is rare): the previous scanner stays.
    showError(ui.error, `The new settings could not be applied: ${reason}.`);
    return;
  }
  document.body.dataset.scanner = 'error';
  ui.status.textContent = 'Scanning is unavailable.';
  showError(ui.error, `The scanner could not start: ${reason}. Reload the page to try again.`);
}

/** A scanner with `options`; it replaces the current one (freed) once built, and the text is scanned again. */
async function useScanner(options) {
  const build = ++state.build;
  let scanner;
  try {
    scanner = await createScanner(options);
  } catch (e) {
    if (build === state.build) scannerFailed(e);
    return;
  }
  if (build !== state.build) {
    scanner.dispose(); // newer settings came while this one was built
    return;
  }
  state.scanner?.dispose();
  state.scanner = scanner;
  document.body.dataset.scanner = 'ready';
  ui.scan.disabled = false;
  scanNow(); // the browser may have restored text into the box; new settings change the findings
}

function applySettings(event) {
  const options = event.detail?.scannerOptions ?? {};
  const key = canonical(options);
  if (key === state.options) return;
  state.options = key;
  useScanner(options);
}

// ---- actions -------------------------------------------------------------------------------

function scanNow() {
  if (!state.scanner) return;
  state.text = ui.input.value;
  try {
    state.findings = state.scanner.scan(state.text);
    showError(ui.error, '');
  } catch (e) {
    state.findings = [];
    showError(ui.error, `The scan failed: ${e.message}`);
  }
  renderHighlighted(state.text, state.findings);
  renderTable(state.findings);
  renderStatus(state.text, state.findings);
  renderOutput();
}

async function copyOutput() {
  try {
    await navigator.clipboard.writeText(ui.output.value);
    ui.copyStatus.textContent = 'Copied.';
  } catch {
    ui.output.select(); // no clipboard permission: leave it selected for Ctrl+C
    ui.copyStatus.textContent = 'Press Ctrl+C to copy the selected text.';
  }
}

function bindEvents() {
  const scanSoon = debounce(scanNow, SCAN_DELAY_MS);
  ui.input.addEventListener('input', scanSoon);
  ui.scan.addEventListener('click', scanNow);
  ui.operator.addEventListener('change', renderOutput);
  ui.key.addEventListener('input', debounce(renderOutput, SCAN_DELAY_MS));
  ui.copy.addEventListener('click', copyOutput);
  window.addEventListener('discret:settings', applySettings);
}

function start() {
  bindEvents();
  renderKeyField();
  renderTable([]);
  showOutput('');
  useScanner({});
}

start();
