// The privacy report of a scan: counts per file, column and entity, masked examples, column
// classification, a GDPR-oriented summary, and exports as JSON (result()), Markdown for a dataset
// card (toMarkdown) and SARIF 2.1.0 (toSarif). docs/report.md describes the output for users.
//
//   const builder = createReport(options);  for (const e of events) builder.add(e);  builder.result()
//   await report(events, options)           // any iterable or async iterable of events
//
// Events (scanFile's contract; files may interleave, `file` is a path, archive members `a.zip!/dir/a.csv`):
//   { type: 'file', file, format, bytes }          a file starts (format: text|csv|tsv|json|jsonl|notebook|parquet)
//   { type: 'finding', file, line, column, row?, field?, pointer?, cell?, rowGroup?, entity, ruleId, country, score, test, kind, text }
//                                                  row (1-based data row) and field for tables, pointer (JSON Pointer) for JSON
//   { type: 'special', file, line, row?, field?, pointer?, category, language, word }   from findSpecialCategoryWords
//   { type: 'skipped', file, reason }   { type: 'warning', file, line?, message }   { type: 'end', file, rows? }
//   { type: 'progress', ... } and unknown types are ignored. A finding or special event without `file` is a TypeError.
//
// Entity groups (GDPR-oriented):
//   direct identifiers   EMAIL PHONE PERSON NATIONAL_ID TAX_ID PASSPORT DRIVER_LICENSE HEALTH_ID IBAN CREDIT_CARD
//                        USERNAME CRYPTO_WALLET: each points at one person by itself
//   indirect identifiers DATE_OF_BIRTH ADDRESS (postcodes are part of it) GPS_COORDINATES IP_ADDRESS MAC_ADDRESS URL BIC,
//                        and any entity not listed here: they single people out in combination
//   secrets              SECRET PASSWORD PRIVATE_KEY
// Test values (`test: true`: example.com, documentation IPs, test card numbers) are counted apart
// (`testValues`) and nowhere else: they do not make a file "with findings".
//
// Memory is bounded by files × columns × entities, never by the number of findings: counts, at most
// `maxExamples` masked examples per entity, capped lists, and (with `sarif: true`) at most
// `maxSarifResults` SARIF results, the most severe kept.
//
// Rows: a row counts once however many findings it holds. Findings arrive in ascending row order per
// file, so each counter keeps the last `rowWindow` distinct rows it saw (sorted); a row inside that
// window is counted exactly whatever its order. A row older than the window can no longer be told
// apart: it is counted as new and the file is marked `approximate` (counts may then be slightly high;
// shares never exceed 100%).
//
// Columns: tables by `field`; JSON by the finding's pointer with array indexes as `*`
// (`/users/*/email`). A column is classified as entity E when at least `classifyThreshold` (0.5) of
// the file's data rows (`rows`, from the 'end' event) have a finding of E in it. JSON Lines records
// are told apart by `row` or else `line`, so JSONL fields are classified when 'end' gives `rows`.
//
// Values are masked (maskValue) unless `showValues: true`: at most about a third of a value's
// letters and digits stay visible, and secrets show only a token prefix.
// Pure JS: node, pages, workers. Re-exports wasm/special.js, whose findings make the 'special' events.

export {
  findSpecialCategoryWords, foldWord, SPECIAL_CATEGORIES, SPECIAL_LANGUAGES, SPECIAL_LISTS_VERSION,
} from './special.js';

export const REPORT_VERSION = 1;
/** Discret's version, written into reports (tests/js/report.test.js checks it against package.json). */
export const DISCRET_VERSION = '0.1.0';

export const ENTITY_GROUPS = Object.freeze({
  directIdentifiers: Object.freeze(['EMAIL', 'PHONE', 'PERSON', 'NATIONAL_ID', 'TAX_ID', 'PASSPORT', 'DRIVER_LICENSE',
    'HEALTH_ID', 'IBAN', 'CREDIT_CARD', 'USERNAME', 'CRYPTO_WALLET']),
  indirectIdentifiers: Object.freeze(['DATE_OF_BIRTH', 'ADDRESS', 'GPS_COORDINATES', 'IP_ADDRESS', 'MAC_ADDRESS', 'URL', 'BIC']),
  secrets: Object.freeze(['SECRET', 'PASSWORD', 'PRIVATE_KEY']),
});

/** 'directIdentifiers' | 'indirectIdentifiers' | 'secrets' (entities not listed are indirect). */
export function entityGroup(entity) {
  if (ENTITY_GROUPS.secrets.includes(entity)) return 'secrets';
  if (ENTITY_GROUPS.directIdentifiers.includes(entity)) return 'directIdentifiers';
  return 'indirectIdentifiers';
}

const LEVELS = { secrets: 'error', directIdentifiers: 'warning', indirectIdentifiers: 'note' };  // SARIF levels
const GROUP_NAMES = { directIdentifiers: 'direct identifier', indirectIdentifiers: 'indirect identifier', secrets: 'secret' };
const SEVERITY = ['error', 'warning', 'note'];

/** Plain-language names of the special categories, as GDPR Art. 9(1) words them. */
export const SPECIAL_CATEGORY_LABELS = Object.freeze({
  health: 'data concerning health',
  religion: 'religious or philosophical beliefs',
  ethnicity: 'racial or ethnic origin',
  politics: 'political opinions',
  sexuality: 'sex life or sexual orientation',
  'trade-union': 'trade-union membership',
});

const DEFAULTS = {
  showValues: false, maxExamples: 3, classifyThreshold: 0.5, sarif: false, maxSarifResults: 5000,
  maxColumns: 1000, rowWindow: 1024, maxWarnings: 20, maxSkipped: 1000, maxListedFiles: 20,
  toolVersion: DISCRET_VERSION,
};
const OTHER_FIELDS = '(other fields)';  // where findings go once a file has maxColumns columns
const MAX_FIELDS_PER_CATEGORY = 20;

// ---------------------------------------------------------------------------------------------
// Masking

const ALNUM = /[\p{L}\p{N}]/u;
const alnumCount = (s) => { let n = 0; for (const ch of s) if (ALNUM.test(ch)) n++; return n; };
const budgetOf = (s) => Math.floor(alnumCount(s) / 3);

// Every letter and digit as '*', separators kept (the value's shape), except the last `keep`
// letters and digits, within the third-of-the-value budget.
function maskShape(text, keep) {
  const chars = [...text];
  let visible = Math.min(keep, budgetOf(text));
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!ALNUM.test(chars[i])) continue;
    if (visible > 0) visible--;
    else chars[i] = '*';
  }
  return chars.join('');
}

function maskEmail(text) {
  const at = text.lastIndexOf('@');
  if (at < 1) return maskShape(text, 0);
  const local = text.slice(0, at), domain = text.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot >= 0 ? domain.slice(dot + 1) : '';
  let budget = budgetOf(text);
  const first = budget >= 1 ? [...local][0] : '*';
  if (budget >= 1) budget--;
  const shownTld = tld && alnumCount(tld) <= budget ? tld : '*'.repeat(Math.min(tld.length, 3));
  return `${first}***@***${dot >= 0 ? `.${shownTld}` : ''}`;
}

// "Jean-Pierre Dupont" -> "J. D.": one initial per name, fewer when the value is very short.
function maskPerson(text) {
  const initials = text.split(/[\s\-]+/u).map((w) => [...w].find((ch) => ALNUM.test(ch))).filter(Boolean);
  const shown = Math.min(initials.length, Math.max(budgetOf(text), 0));
  if (!initials.length) return '***';
  return initials.map((ch, i) => (i < shown ? `${ch.toUpperCase()}.` : '*.')).join(' ');
}

const PEM = /^-----BEGIN [A-Z0-9 ]+-----/;
const TOKEN_PREFIX = /^(?:[A-Za-z][A-Za-z0-9]{0,9}[_-]|AKIA|ASIA|AIza)/;

// Secrets: the key type of a PEM block, or the first 4 characters of a token with a recognisable
// prefix (ghp_, sk_live_, xoxb-, AKIA) followed by '…', never a length hint; otherwise '****'.
function maskSecret(text, entity) {
  const pem = text.match(PEM);
  if (pem) return `${pem[0]}…`;
  if (entity !== 'PASSWORD' && text.length >= 12 && TOKEN_PREFIX.test(text)) return `${text.slice(0, 4)}…`;
  return '****';
}

function maskIp(text) {
  const budget = budgetOf(text);
  const v4 = text.match(/^(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}/);
  if (v4) return `${v4[1].length <= budget ? v4[1] : '*'}.*.*.*`;
  const group = text.split(':')[0];
  if (text.includes(':')) return `${group && group.length <= budget ? group : '*'}:*:…`;
  return maskShape(text, 0);
}

function maskGps(text) {
  const out = text.replace(/(-?\d+)\.\d+/g, '$1.*');
  return alnumCount(out.replace(/\*/g, '')) <= budgetOf(text) ? out : maskShape(text, 0);
}

function maskUrl(text) {
  const m = text.match(/^([a-z][a-z0-9+.-]*):\/\//i);
  return m && alnumCount(m[1]) <= budgetOf(text) ? `${m[1]}://***` : '***';
}

/**
 * A value as it may appear in a report: about a third of its letters and digits visible at most,
 * per entity (EMAIL `j***@***.fr`, CREDIT_CARD/IBAN last 4, PERSON initials `J. D.`, secrets a token
 * prefix `ghp_…`, PASSWORD `****`, IP_ADDRESS first octet, GPS whole degrees, others their shape).
 */
export function maskValue(entity, text) {
  const value = String(text ?? '');
  switch (entity) {
    case 'EMAIL': return maskEmail(value);
    case 'PERSON': return maskPerson(value);
    case 'SECRET': case 'PASSWORD': case 'PRIVATE_KEY': return maskSecret(value, entity);
    case 'CREDIT_CARD': case 'IBAN': return maskShape(value, 4);
    case 'PHONE': case 'NATIONAL_ID': case 'TAX_ID': case 'PASSPORT': case 'DRIVER_LICENSE': case 'HEALTH_ID':
      return maskShape(value, 2);
    case 'IP_ADDRESS': return maskIp(value);
    case 'GPS_COORDINATES': return maskGps(value);
    case 'URL': return maskUrl(value);
    case 'USERNAME': return budgetOf(value) >= 1 ? `${[...value][0]}***` : '***';
    case 'CRYPTO_WALLET': return value.length >= 12 ? `${value.slice(0, 4)}…` : maskShape(value, 0);
    default: return maskShape(value, 0);
  }
}

// ---------------------------------------------------------------------------------------------
// Counting

// Distinct row numbers in bounded memory (see the header comment).
class RowCounter {
  constructor(window) {
    this.window = window;
    this.recent = [];        // the last distinct rows, ascending
    this.count = 0;
    this.forgotten = false;  // rows below recent[0] were dropped from the window
    this.approximate = false;
  }

  add(row) {
    const r = this.recent, n = r.length;
    if (n && row === r[n - 1]) return;
    if (!n || row > r[n - 1]) {
      if (!n && this.forgotten) this.approximate = true;
      r.push(row);
      this.count++;
      if (r.length > 2 * this.window) { r.splice(0, r.length - this.window); this.forgotten = true; }
      return;
    }
    let lo = 0, hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (r[mid] < row) lo = mid + 1; else hi = mid; }
    if (r[lo] === row) return;
    if (lo === 0 && this.forgotten) this.approximate = true;
    r.splice(lo, 0, row);
    this.count++;
  }

  close() {
    this.recent = [];
    this.forgotten = true;
  }
}

const increment = (map, key, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

// Up to `max` distinct examples per entity. Masked values often coincide (every `j***@***.fr`), so
// after max × 10 tries the entity keeps what it has: masking costs nothing on the remaining findings.
function addExample(map, entity, max, make) {
  let slot = map.get(entity);
  if (!slot) map.set(entity, slot = { values: [], tries: 0 });
  if (slot.values.length >= max || slot.tries >= max * 10) return;
  slot.tries++;
  const value = make();
  if (!slot.values.includes(value)) slot.values.push(value);
}

const examplesObject = (map) => Object.fromEntries([...map].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([e, slot]) => [e, slot.values]));

// `/users/3/email` -> `/users/*/email`: one column for every element of an array.
const generalizePointer = (pointer) => pointer.replace(/\/\d+(?=\/|$)/g, '/*');

class ColumnState {
  constructor(name, window) {
    this.name = name;
    this.window = window;
    this.findings = 0;
    this.byEntity = new Map();
    this.rows = new RowCounter(window);
    this.entityRows = new Map();  // entity -> RowCounter
    this.examples = new Map();
  }

  add(entity, record) {
    this.findings++;
    increment(this.byEntity, entity);
    if (record === null) return;
    this.rows.add(record);
    if (!this.entityRows.has(entity)) this.entityRows.set(entity, new RowCounter(this.window));
    this.entityRows.get(entity).add(record);
  }

  close() {
    this.rows.close();
    for (const c of this.entityRows.values()) c.close();
  }

  get approximate() {
    return this.rows.approximate || [...this.entityRows.values()].some((c) => c.approximate);
  }
}

class FileState {
  constructor(file) {
    this.file = file;
    this.format = null;
    this.bytes = null;
    this.rows = null;
    this.skipped = null;
    this.findings = 0;
    this.testValues = 0;
    this.byEntity = new Map();
    this.rowsAffected = null;  // RowCounter, made on the first finding with a record number
    this.columns = new Map();
    this.examples = new Map();
    this.rules = new Map();    // ruleId -> { entity, count, first }
    this.special = new Map();  // category -> { count, words: Map, languages: Set, fields: Set, first }
    this.warnings = [];
    this.warningCount = 0;
  }
}

// The record (row) number of a finding: a table's row, a JSONL line, a top-level JSON array index.
function recordOf(event, format) {
  if (Number.isInteger(event.row)) return event.row >= 1 ? event.row : null;
  if (format === 'jsonl' && Number.isInteger(event.line)) return event.line;
  if (format === 'json' && typeof event.pointer === 'string') {
    const m = event.pointer.match(/^\/(\d+)(?:\/|$)/);
    if (m) return Number(m[1]) + 1;
  }
  return null;
}

function fieldOf(event) {
  if (event.field !== undefined && event.field !== null) return String(event.field);
  if (typeof event.pointer === 'string' && event.pointer !== '') return generalizePointer(event.pointer);
  return null;
}

const locationOf = (event) => {
  const out = {};
  for (const k of ['line', 'column', 'row', 'field', 'pointer']) if (event[k] !== undefined && event[k] !== null) out[k] = event[k];
  return out;
};

function checkOptions(opts) {
  for (const k of ['maxExamples', 'maxSarifResults', 'maxColumns', 'rowWindow', 'maxWarnings', 'maxSkipped', 'maxListedFiles']) {
    if (!Number.isInteger(opts[k]) || opts[k] < 0) throw new RangeError(`createReport: options.${k} must be a non-negative integer`);
  }
  if (opts.rowWindow < 1 || opts.maxColumns < 1) throw new RangeError('createReport: options.rowWindow and options.maxColumns must be at least 1');
  if (!(opts.classifyThreshold > 0 && opts.classifyThreshold <= 1)) throw new RangeError('createReport: options.classifyThreshold must be in (0, 1]');
  return opts;
}

/**
 * A report builder: add(event) for each event of a scan, result() at any time (a plain JSON-able
 * object; calling it does not change the builder). Options: showValues, maxExamples (3),
 * classifyThreshold (0.5), sarif (false: keep per-finding SARIF results), maxSarifResults (5000),
 * maxColumns (1000 per file), rowWindow (1024), maxWarnings (20 per file), maxSkipped (1000),
 * maxListedFiles (20 per special category), toolVersion.
 */
export function createReport(options = {}) {
  const opts = checkOptions({ ...DEFAULTS, ...options });
  const files = new Map();
  const skipped = [];
  let skippedCount = 0;
  const orphanWarnings = [];  // warnings about files never announced
  let orphanWarningCount = 0;
  const sarif = { error: [], warning: [], note: [], dropped: 0 };

  const show = (entity, text) => (opts.showValues ? String(text ?? '') : maskValue(entity, text));

  const stateOf = (file) => {
    if (typeof file !== 'string' || file === '') throw new TypeError('report: event.file must be a non-empty string');
    let state = files.get(file);
    if (!state) files.set(file, state = new FileState(file));
    return state;
  };

  // Keeps the most severe results: when full, a more severe result replaces the last of the least severe.
  const keepSarif = (level, make) => {
    const total = sarif.error.length + sarif.warning.length + sarif.note.length;
    if (total < opts.maxSarifResults) { sarif[level].push(make()); return; }
    sarif.dropped++;
    const lowest = [...SEVERITY].reverse().find((l) => sarif[l].length);
    if (lowest && SEVERITY.indexOf(lowest) > SEVERITY.indexOf(level)) {
      sarif[lowest].pop();
      sarif[level].push(make());
    }
  };

  const columnOf = (state, name) => {
    let column = state.columns.get(name);
    if (column) return column;
    if (state.columns.size >= opts.maxColumns) name = OTHER_FIELDS;
    column = state.columns.get(name);
    if (!column) state.columns.set(name, column = new ColumnState(name, opts.rowWindow));
    return column;
  };

  const onFinding = (e) => {
    const state = stateOf(e.file);
    if (typeof e.entity !== 'string' || !e.entity) throw new TypeError(`report: finding in ${e.file} without an entity`);
    if (e.test === true) { state.testValues++; return; }
    state.findings++;
    increment(state.byEntity, e.entity);
    const ruleId = String(e.ruleId ?? e.entity);
    const rule = state.rules.get(ruleId);
    if (rule) rule.count++;
    else state.rules.set(ruleId, { entity: e.entity, count: 1, first: locationOf(e) });
    const record = recordOf(e, state.format);
    if (record !== null) (state.rowsAffected ??= new RowCounter(opts.rowWindow)).add(record);
    addExample(state.examples, e.entity, opts.maxExamples, () => show(e.entity, e.text));
    const name = fieldOf(e);
    if (name !== null) {
      const column = columnOf(state, name);
      column.add(e.entity, record);
      addExample(column.examples, e.entity, opts.maxExamples, () => show(e.entity, e.text));
    }
    if (opts.sarif) {
      keepSarif(LEVELS[entityGroup(e.entity)], () => ({
        file: e.file, ...locationOf(e), ruleId, entity: e.entity, value: show(e.entity, e.text),
        ...(typeof e.score === 'number' ? { score: e.score } : {}),
      }));
    }
  };

  const onSpecial = (e) => {
    const state = stateOf(e.file);
    let s = state.special.get(e.category);
    if (!s) state.special.set(e.category, s = { count: 0, words: new Map(), languages: new Set(), fields: new Set(), first: locationOf(e) });
    s.count++;
    increment(s.words, String(e.word));
    if (e.language) s.languages.add(e.language);
    const name = fieldOf(e);
    if (name !== null && s.fields.size < MAX_FIELDS_PER_CATEGORY) s.fields.add(name);
  };

  const onWarning = (e) => {
    const entry = { ...(Number.isInteger(e.line) ? { line: e.line } : {}), message: String(e.message ?? '') };
    const state = typeof e.file === 'string' ? files.get(e.file) : undefined;
    if (state) {
      state.warningCount++;
      if (state.warnings.length < opts.maxWarnings) state.warnings.push(entry);
    } else {
      orphanWarningCount++;
      if (orphanWarnings.length < opts.maxSkipped) orphanWarnings.push({ file: e.file ?? null, ...entry });
    }
  };

  const onEnd = (e) => {
    const state = stateOf(e.file);
    if (Number.isInteger(e.rows) && e.rows >= 0) state.rows = e.rows;
    // The windows are only needed while findings may still arrive.
    state.rowsAffected?.close();
    for (const c of state.columns.values()) c.close();
  };

  function add(event) {
    if (!event || typeof event !== 'object') return;
    switch (event.type) {
      case 'file': {
        const state = stateOf(event.file);
        if (event.format !== undefined) state.format = event.format;
        if (Number.isFinite(event.bytes)) state.bytes = event.bytes;
        break;
      }
      case 'finding': onFinding(event); break;
      case 'special': onSpecial(event); break;
      case 'skipped':
        stateOf(event.file).skipped = String(event.reason ?? '');
        skippedCount++;
        if (skipped.length < opts.maxSkipped) skipped.push({ file: event.file, reason: String(event.reason ?? '') });
        break;
      case 'warning': onWarning(event); break;
      case 'end': onEnd(event); break;
      default: break;  // 'progress' and anything newer
    }
  }

  function result() {
    return buildResult({ opts, files, skipped, skippedCount, orphanWarnings, orphanWarningCount, sarif });
  }

  return { add, result };
}

/** Consumes an iterable or async iterable of events and returns the report's result(). */
export async function report(events, options = {}) {
  const builder = createReport(options);
  for await (const event of events) builder.add(event);
  return builder.result();
}

// ---------------------------------------------------------------------------------------------
// The result object

const round4 = (x) => Math.round(x * 1e4) / 1e4;
const share = (part, whole) => (whole > 0 ? round4(Math.min(part / whole, 1)) : null);

// Map -> object, largest count first, then by key: the same input always gives the same output.
function byCount(map) {
  return Object.fromEntries([...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** A share as a percentage for people: never "100%" unless all, never "0%" unless none. */
export function percent(x) {
  if (x === null || x === undefined) return '—';
  if (x >= 1) return '100%';
  if (x <= 0) return '0%';
  const r = Math.round(x * 100);
  if (r >= 100) return '99%';
  if (r === 0) return '<1%';
  return `${r}%`;
}

const tick = (name) => String(name).replace(/`/g, "'");

function columnResult(column, rows, opts) {
  const rowsByEntity = new Map([...column.entityRows].map(([entity, c]) => [entity, c.count]));
  const known = rows !== null && rows > 0;
  let classification = null, best = -1;
  if (known) {
    for (const [entity, n] of [...rowsByEntity].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (n / rows >= opts.classifyThreshold && n > best) { classification = entity; best = n; }
    }
  }
  const name = tick(column.name);
  let label;
  if (classification) label = `column \`${name}\`: ${percent(share(best, rows))} ${classification}`;
  else if (known && rowsByEntity.size) {
    label = `column \`${name}\`: ${Object.entries(byCount(rowsByEntity)).slice(0, 3).map(([e, n]) => `${percent(share(n, rows))} ${e}`).join(', ')}`;
  } else label = `column \`${name}\`: ${Object.entries(byCount(column.byEntity)).slice(0, 3).map(([e, n]) => `${n} ${e}`).join(', ')}`;
  return {
    name: column.name,
    findings: column.findings,
    byEntity: byCount(column.byEntity),
    rowsWithFinding: column.entityRows.size ? column.rows.count : null,
    share: column.entityRows.size > 0 && known ? share(column.rows.count, rows) : null,
    rowsByEntity: byCount(rowsByEntity),
    classification,
    label,
    examples: examplesObject(column.examples),
  };
}

function specialResult(s, words = 5) {
  return {
    count: s.count,
    words: Object.entries(byCount(s.words)).slice(0, words).map(([word, count]) => ({ word, count })),
    languages: [...s.languages].sort(),
    fields: [...s.fields].sort(),
    first: s.first,
  };
}

function fileResult(state, opts) {
  const rows = state.rows;
  const columns = [...state.columns.values()].map((c) => columnResult(c, rows, opts))
    .sort((a, b) => b.findings - a.findings || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const approximate = Boolean(state.rowsAffected?.approximate) || [...state.columns.values()].some((c) => c.approximate);
  const rowsAffected = state.rowsAffected ? state.rowsAffected.count : (rows !== null && state.findings === 0 ? 0 : null);
  return {
    file: state.file,
    format: state.format,
    bytes: state.bytes,
    rows,
    findings: state.findings,
    testValues: state.testValues,
    byEntity: byCount(state.byEntity),
    rowsAffected,
    shareOfRowsAffected: rowsAffected !== null && rows ? share(rowsAffected, rows) : null,
    ...(approximate ? { approximate: true } : {}),
    columns,
    ...(state.columns.has(OTHER_FIELDS) ? { columnsTruncated: true } : {}),
    examples: examplesObject(state.examples),
    rules: Object.fromEntries([...state.rules].sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([id, r]) => [id, { entity: r.entity, count: r.count, first: r.first }])),
    special: Object.fromEntries([...state.special].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([c, s]) => [c, specialResult(s)])),
    warnings: state.warnings.slice(),
    warningCount: state.warningCount,
  };
}

const fmt = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const entityList = (obj) => Object.entries(obj).map(([e, n]) => `${e} ${fmt(n)}`).join(', ');
const plural = (n, one, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

// Per category over all files, from the files' full word counts (a file's result lists only its top words).
function specialSummary(states, opts) {
  const acc = new Map();
  for (const state of states) {
    for (const [category, s] of state.special) {
      let a = acc.get(category);
      if (!a) acc.set(category, a = { count: 0, words: new Map(), languages: new Set(), files: [] });
      a.count += s.count;
      for (const [word, n] of s.words) increment(a.words, word, n);
      for (const l of s.languages) a.languages.add(l);
      a.files.push([state.file, s.count]);
    }
  }
  const out = {};
  for (const category of Object.keys(SPECIAL_CATEGORY_LABELS)) {
    const a = acc.get(category);
    if (!a) continue;
    const files = a.files.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    out[category] = {
      count: a.count,
      words: Object.keys(byCount(a.words)).slice(0, 5),
      languages: [...a.languages].sort(),
      files: files.slice(0, opts.maxListedFiles).map(([file]) => file),
      fileCount: files.length,
    };
  }
  return out;
}

const filesNaming = (fileResults, pick) => fileResults.filter((f) => Object.keys(f.byEntity).some(pick)).length;

// Sentences for the human who decides what to publish; the order is fixed.
function reviewNeeded(summary, fileResults, approximate) {
  const out = [];
  const g = summary.gdpr;
  const inFiles = (group) => plural(filesNaming(fileResults, (e) => entityGroup(e) === group), 'file');
  if (Object.keys(g.secrets).length) {
    out.push(`Secrets (${entityList(g.secrets)}) in ${inFiles('secrets')}: revoke them and remove them before publishing.`);
  }
  if (Object.keys(g.directIdentifiers).length) {
    out.push(`Direct identifiers (${entityList(g.directIdentifiers)}) in ${inFiles('directIdentifiers')}: remove or pseudonymize them, or document why they are needed.`);
  }
  if (Object.keys(g.indirectIdentifiers).length) {
    out.push(`Indirect identifiers (${entityList(g.indirectIdentifiers)}) in ${inFiles('indirectIdentifiers')}: together they can single people out; check which combinations a row carries.`);
  }
  if (g.directIdentifiers.HEALTH_ID) {
    out.push('Health insurance numbers (HEALTH_ID) may themselves be data concerning health (GDPR Art. 9).');
  }
  for (const [category, s] of Object.entries(g.specialCategories)) {
    out.push(`Words suggesting ${SPECIAL_CATEGORY_LABELS[category]} (GDPR Art. 9: ${s.words.join(', ')}) in ${plural(s.fileCount, 'file')}: check by hand whether they concern identifiable people.`);
  }
  if (summary.skipped) out.push(`${plural(summary.skipped, 'file was', 'files were')} not scanned (binary or ignored): review by hand whether they hold personal data.`);
  if (summary.warnings) out.push(`${plural(summary.warnings, 'warning')} (malformed records, truncated archives): parts of some files may not have been read.`);
  if (approximate) out.push('Some row counts are approximate: findings arrived far out of row order.');
  return out;
}

function buildResult({ opts, files, skipped, skippedCount, orphanWarnings, orphanWarningCount, sarif }) {
  const scanned = [...files.values()].filter((s) => s.skipped === null);
  const fileResults = scanned.map((s) => fileResult(s, opts)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const byEntity = new Map();
  const groups = { directIdentifiers: new Map(), indirectIdentifiers: new Map(), secrets: new Map() };
  let findings = 0, testValues = 0, bytes = 0, warnings = orphanWarningCount;
  for (const f of fileResults) {
    findings += f.findings;
    testValues += f.testValues;
    bytes += f.bytes ?? 0;
    warnings += f.warningCount;
    for (const [e, n] of Object.entries(f.byEntity)) { increment(byEntity, e, n); increment(groups[entityGroup(e)], e, n); }
  }
  const summary = {
    files: fileResults.length,
    filesWithFindings: fileResults.filter((f) => f.findings > 0).length,
    filesWithSpecialWords: fileResults.filter((f) => Object.keys(f.special).length > 0).length,
    bytes,
    findings,
    testValues,
    byEntity: byCount(byEntity),
    gdpr: {
      directIdentifiers: byCount(groups.directIdentifiers),
      indirectIdentifiers: byCount(groups.indirectIdentifiers),
      secrets: byCount(groups.secrets),
      specialCategories: specialSummary(scanned, opts),
      reviewNeeded: [],
    },
    skipped: skippedCount,
    warnings,
  };
  summary.gdpr.reviewNeeded = reviewNeeded(summary, fileResults, fileResults.some((f) => f.approximate));
  return {
    version: REPORT_VERSION,
    tool: { name: 'discret', version: opts.toolVersion },
    valuesMasked: !opts.showValues,
    summary,
    files: fileResults,
    skipped: skipped.slice(),
    warnings: orphanWarnings.slice(),
    ...(opts.sarif ? {
      sarif: { results: [...sarif.error, ...sarif.warning, ...sarif.note], dropped: sarif.dropped, max: opts.maxSarifResults },
    } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Markdown

// Only "|" needs escaping in a GFM table cell, inside code spans too.
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
// A code span fenced by more backticks than the longest run in the text, so no name (a file's, a
// column's: input data) can close it early and put live Markdown (links, images) in a dataset card.
const code = (s) => {
  const text = String(s).replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
};

function formatBytes(n) {
  if (!n) return '0 bytes';
  const units = [['GB', 1e9], ['MB', 1e6], ['KB', 1e3]];
  for (const [unit, size] of units) if (n >= size) return `${(n / size).toFixed(1)} ${unit}`;
  return plural(n, 'byte');
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function summaryParagraph(r) {
  const s = r.summary;
  const scanned = `Discret scanned ${plural(s.files, 'file')} (${formatBytes(s.bytes)})`;
  const specials = Object.keys(s.gdpr.specialCategories);
  const parts = [];
  if (!s.findings && !specials.length) {
    parts.push(`${scanned} and found no personal data, secrets or words suggesting special categories of data.`,
      'This lowers the risk but does not prove their absence: detection rules miss what they do not describe (free-text names, rare formats).');
  } else {
    if (s.findings) {
      const top = Object.entries(s.byEntity).slice(0, 5).map(([e, n]) => `${e} (${fmt(n)})`).join(', ');
      parts.push(`${scanned} and found ${plural(s.findings, 'value')} of personal data or secrets in ${plural(s.filesWithFindings, 'file')}, mostly ${top}.`);
    } else {
      parts.push(`${scanned} and found no personal data or secrets matched by its rules.`);
    }
    if (specials.length) {
      parts.push(`Words that may indicate special categories of personal data (${specials.map((c) => SPECIAL_CATEGORY_LABELS[c]).join('; ')}) appear in ${plural(s.filesWithSpecialWords, 'file')} and need human review.`);
    }
  }
  if (s.testValues) {
    parts.push(`${plural(s.testValues, 'documentation or test value')} (example.com addresses, test card numbers...) ${s.testValues === 1 ? 'was' : 'were'} not counted.`);
  }
  parts.push(r.valuesMasked ? 'Examples below are masked.' : 'Examples below are shown unmasked, as requested.');
  return parts.join(' ');
}

function groupsSection(r) {
  const rows = [];
  for (const group of ['directIdentifiers', 'indirectIdentifiers', 'secrets']) {
    for (const [entity, n] of Object.entries(r.summary.gdpr[group])) {
      rows.push([GROUP_NAMES[group], entity, fmt(n), fmt(r.files.filter((f) => f.byEntity[entity]).length)]);
    }
  }
  return rows.length ? table(['group', 'entity', 'values', 'files'], rows) : ['None found.'];
}

function specialSection(r) {
  const entries = Object.entries(r.summary.gdpr.specialCategories);
  if (!entries.length) return ['No word suggesting special categories of personal data was found.'];
  const listFiles = (s) => `${s.files.slice(0, 5).map(code).join(', ')}${s.fileCount > 5 ? ` and ${fmt(s.fileCount - 5)} more` : ''}`;
  return [
    'Flagged **for human review**: these words suggest special categories of personal data (GDPR Art. 9), but may not concern any identifiable person.',
    '',
    ...table(['category', 'occurrences', 'words (most frequent)', 'files'],
      entries.map(([c, s]) => [`${c} (${SPECIAL_CATEGORY_LABELS[c]})`, fmt(s.count), s.words.join(', '), listFiles(s)])),
  ];
}

function examplesCell(list) {
  return list && list.length ? list.map(code).join(', ') : '—';
}

function fileSection(f, level) {
  const out = [`${'#'.repeat(level)} ${code(f.file)}`, ''];
  const facts = [f.format ?? 'unknown format'];
  if (f.rows !== null) facts.push(plural(f.rows, 'row'));
  if (f.rowsAffected !== null && f.rows) facts.push(`${fmt(f.rowsAffected)} (${percent(f.shareOfRowsAffected)}) with personal data`);
  if (f.approximate) facts.push('row counts approximate');
  out.push(`${facts.join(', ')}.`, '');
  const rows = [];
  const located = new Map();
  for (const c of f.columns) {
    for (const [entity, n] of Object.entries(c.byEntity)) {
      increment(located, entity, n);
      const entityShare = c.rowsByEntity[entity] !== undefined && f.rows ? percent(share(c.rowsByEntity[entity], f.rows)) : '—';
      const name = c.classification === entity ? `${code(c.name)} (${entity})` : code(c.name);
      rows.push([name, entity, fmt(n), entityShare, examplesCell(c.examples[entity])]);
    }
  }
  for (const [entity, n] of Object.entries(f.byEntity)) {
    const rest = n - (located.get(entity) ?? 0);
    if (rest > 0) rows.push(['—', entity, fmt(rest), '—', examplesCell(f.examples[entity])]);
  }
  if (rows.length) out.push(...table(['column', 'entity', 'values', 'share of rows', 'examples'], rows), '');
  for (const [category, s] of Object.entries(f.special)) {
    const where = s.fields.length ? ` in ${s.fields.map(code).join(', ')}` : '';
    out.push(`- For human review: ${plural(s.count, 'word')} suggesting ${SPECIAL_CATEGORY_LABELS[category]} (${s.words.map((w) => w.word).join(', ')})${where}.`);
  }
  if (Object.keys(f.special).length) out.push('');
  return out;
}

/**
 * Markdown for a dataset card's "Personal and Sensitive Information" section. Deterministic: the
 * same result and options always give the same text. Options: heading (the section title), level
 * (2), maxFiles (50 file tables, the files with most findings first), rules (number of detection
 * rules, for the note on how the report was made).
 */
export function toMarkdown(result, options = {}) {
  const level = options.level ?? 2;
  const h = (n) => '#'.repeat(Math.min(level + n, 6));
  const maxFiles = options.maxFiles ?? 50;
  const out = [`${h(0)} ${options.heading ?? 'Personal and Sensitive Information'}`, '', summaryParagraph(result), ''];
  out.push(`${h(1)} Identifiers and secrets`, '', ...groupsSection(result), '');
  out.push(`${h(1)} Special categories of personal data`, '', ...specialSection(result), '');
  const listed = result.files.filter((f) => f.findings > 0 || Object.keys(f.special).length > 0)
    .sort((a, b) => b.findings - a.findings || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (listed.length) {
    out.push(`${h(1)} Files`, '');
    for (const f of listed.slice(0, maxFiles)) out.push(...fileSection(f, Math.min(level + 2, 6)));
    if (listed.length > maxFiles) out.push(`And ${plural(listed.length - maxFiles, 'more file')} with findings: see the JSON report.`, '');
    const quiet = result.files.length - listed.length;
    if (quiet > 0) out.push(`${plural(quiet, 'other file')} scanned without findings.`, '');
  }
  if (result.summary.gdpr.reviewNeeded.length) {
    out.push(`${h(1)} Review needed`, '', ...result.summary.gdpr.reviewNeeded.map((s) => `- ${s}`), '');
  }
  out.push(`${h(1)} How this report was produced`, '', howProduced(result, options), '');
  return out.join('\n');
}

function howProduced(result, options) {
  const rules = Number.isInteger(options.rules) ? ` with ${plural(options.rules, 'detection rule')}` : '';
  return [
    `Produced by Discret ${result.tool.version}${rules}, run locally: the data never left the machine that scanned it.`,
    'Values are found by patterns, checksums and context words, so some may be missed and some may be false positives;',
    'special-category words come from word lists in English, French, German, Spanish and Italian.',
    result.valuesMasked ? 'Examples are masked: at most about a third of a value is visible, secrets show only a token prefix.' : 'Examples were shown unmasked at the user\'s request.',
  ].join(' ');
}

// ---------------------------------------------------------------------------------------------
// SARIF

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

// `a.zip!/dir/a.csv` -> { path: 'a.zip', member: 'dir/a.csv' }: code-scanning tools know files, not members.
function splitArchive(file) {
  const i = file.indexOf('!/');
  return i < 0 ? { path: file, member: null } : { path: file.slice(0, i), member: file.slice(i + 2) };
}

// Relative paths stay relative (code scanning resolves them against the repository); absolute
// ones become file: URIs.
function toUri(path) {
  const p = path.replace(/\\/g, '/');
  const encode = (s) => s.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(p)) return `file:///${p.slice(0, 2)}${encode(p.slice(2))}`;
  if (p.startsWith('/')) return `file://${encode(p)}`;
  return encode(p);
}

function describe(loc, member) {
  const parts = [];
  if (member) parts.push(`in ${member}`);
  if (loc.row !== undefined && loc.field !== undefined) parts.push(`row ${loc.row}, column \`${tick(loc.field)}\``);
  else if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  else if (loc.field !== undefined) parts.push(`column \`${tick(loc.field)}\``);
  if (loc.pointer !== undefined) parts.push(`at ${loc.pointer}`);
  if (member && loc.line !== undefined) parts.push(`line ${loc.line}`);
  return parts.join(', ');
}

function sarifLocation(file, loc) {
  const { path, member } = splitArchive(file);
  const physicalLocation = { artifactLocation: { uri: toUri(path) } };
  // A member's line numbers are not lines of the archive: they go into the message instead.
  if (!member && Number.isInteger(loc.line) && loc.line >= 1) {
    physicalLocation.region = { startLine: loc.line };
    if (Number.isInteger(loc.column) && loc.column >= 1) physicalLocation.region.startColumn = loc.column;
  }
  const location = { physicalLocation };
  const prefix = member ? `${member}!` : '';
  if (loc.row !== undefined || loc.field !== undefined) {
    const name = loc.field !== undefined ? String(loc.field) : `row ${loc.row}`;
    const fqn = loc.row !== undefined ? `row ${loc.row}${loc.field !== undefined ? `/${loc.field}` : ''}` : String(loc.field);
    location.logicalLocations = [{ name, fullyQualifiedName: `${prefix}${fqn}`, kind: 'element' }];
  } else if (loc.pointer !== undefined) {
    location.logicalLocations = [{ name: loc.pointer.split('/').at(-1) || loc.pointer, fullyQualifiedName: `${prefix}${loc.pointer}`, kind: 'property' }];
  } else if (member) {
    location.logicalLocations = [{ name: member, fullyQualifiedName: member, kind: 'resource' }];
  }
  return { location, member };
}

function findingResult(rec, rules) {
  const { location, member } = sarifLocation(rec.file, rec);
  const where = describe(rec, member);
  return {
    ruleId: rec.ruleId,
    ruleIndex: rules.index.get(rec.ruleId),
    level: LEVELS[entityGroup(rec.entity)],
    message: { text: `${rec.entity} (${GROUP_NAMES[entityGroup(rec.entity)]}): ${rec.value}${where ? ` (${where})` : ''}` },
    locations: [location],
    properties: { entity: rec.entity, ...(rec.score !== undefined ? { score: rec.score } : {}) },
  };
}

// Without per-finding results (a report built without `sarif: true`): one result per file and rule.
function ruleSummaryResults(result, rules) {
  const out = [];
  for (const f of result.files) {
    for (const [ruleId, r] of Object.entries(f.rules)) {
      const { location, member } = sarifLocation(f.file, r.first);
      const example = f.examples[r.entity]?.[0];
      const where = describe(r.first, member);
      out.push({
        ruleId,
        ruleIndex: rules.index.get(ruleId),
        level: LEVELS[entityGroup(r.entity)],
        message: { text: `${r.entity} (${GROUP_NAMES[entityGroup(r.entity)]}): ${plural(r.count, 'value')} in this file${example ? `, e.g. ${example}` : ''}; the first${where ? ` ${where}` : ' is here'}.` },
        locations: [location],
        properties: { entity: r.entity, count: r.count },
      });
    }
  }
  return out;
}

function specialResults(result, rules) {
  const out = [];
  for (const f of result.files) {
    for (const [category, s] of Object.entries(f.special)) {
      const ruleId = `special-category/${category}`;
      const { location, member } = sarifLocation(f.file, s.first);
      const where = describe(s.first, member);
      out.push({
        ruleId,
        ruleIndex: rules.index.get(ruleId),
        level: 'note',
        message: { text: `Words suggesting ${SPECIAL_CATEGORY_LABELS[category]} (GDPR Art. 9): ${s.words.map((w) => w.word).join(', ')}, ${plural(s.count, 'occurrence')}; the first${where ? ` ${where}` : ' is here'}. For human review.` },
        locations: [location],
        properties: { category, count: s.count },
      });
    }
  }
  return out;
}

function sarifRules(result) {
  const entities = new Map();
  for (const f of result.files) for (const [id, r] of Object.entries(f.rules)) entities.set(id, r.entity);
  for (const rec of result.sarif?.results ?? []) if (!entities.has(rec.ruleId)) entities.set(rec.ruleId, rec.entity);
  const list = [...entities].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, entity]) => {
    const group = entityGroup(entity);
    return {
      id,
      shortDescription: { text: `${entity} (${GROUP_NAMES[group]})` },
      defaultConfiguration: { level: LEVELS[group] },
      properties: { entity, group, tags: ['privacy', GROUP_NAMES[group]] },
    };
  });
  const categories = new Set(result.files.flatMap((f) => Object.keys(f.special)));
  for (const category of Object.keys(SPECIAL_CATEGORY_LABELS).filter((c) => categories.has(c))) {
    list.push({
      id: `special-category/${category}`,
      shortDescription: { text: `Words suggesting ${SPECIAL_CATEGORY_LABELS[category]} (GDPR Art. 9)` },
      defaultConfiguration: { level: 'note' },
      properties: { category, tags: ['privacy', 'special category', 'human review'] },
    });
  }
  return { list, index: new Map(list.map((r, i) => [r.id, i])) };
}

/**
 * SARIF 2.1.0 of a report: `input` is a builder or its result(). With `sarif: true` at creation,
 * one result per finding (at most maxSarifResults, the most severe kept), else one per file and
 * rule; plus one note per file and special category. Levels: secrets error, direct identifiers
 * warning, the rest note. Options: maxResults (the report's maxSarifResults, else 5000),
 * informationUri. Results left out are counted in runs[0].properties.droppedResults and a notification.
 */
export function toSarif(input, options = {}) {
  const result = input && typeof input.result === 'function' ? input.result() : input;
  if (!result || !Array.isArray(result.files)) throw new TypeError('toSarif: expected a report builder or its result()');
  const max = options.maxResults ?? result.sarif?.max ?? DEFAULTS.maxSarifResults;
  const rules = sarifRules(result);
  const found = result.sarif ? result.sarif.results.map((rec) => findingResult(rec, rules)) : ruleSummaryResults(result, rules);
  // Errors and warnings, then the special-category notes (few, and for human review), then other notes.
  const all = [...found.filter((r) => r.level !== 'note'), ...specialResults(result, rules), ...found.filter((r) => r.level === 'note')];
  const results = all.slice(0, max);
  const dropped = (result.sarif?.dropped ?? 0) + (all.length - results.length);
  const run = {
    tool: {
      driver: {
        name: 'discret',
        version: result.tool.version,
        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
        rules: rules.list,
      },
    },
    results,
    properties: { droppedResults: dropped, maxResults: max, perFinding: Boolean(result.sarif) },
  };
  if (dropped) {
    run.invocations = [{
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'warning', message: { text: `${plural(dropped, 'result')} left out: at most ${fmt(max)} are written, the most severe first.` } }],
    }];
  }
  return { version: '2.1.0', $schema: SARIF_SCHEMA, runs: [run] };
}
