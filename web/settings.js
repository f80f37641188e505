// The page's Settings panel: what the scanner looks for (entities, countries, built-in rules, a custom
// rule pack, minimum score, allow and deny lists, rules turned off) and how pseudonymized copies replace
// findings (a default operator, one per entity, a key).
//
// Scanner options are checked by building a scanner here, on the main thread (the wasm module is loaded
// once per page, so this makes no request), before they apply: the engine's error is shown with its JSON
// Pointer and the previous settings stay in use. Applied settings are remembered in localStorage under
// `discret.settings.v1`; the key never is (it stays in this tab's memory).
//
// Other panels listen to `discret:settings` on window; its detail is getSettings():
//   { scannerOptions: { entities?, countries?, minScore, allow, deny, rules, builtins, disabledRules? },
//     pseudonymize: { operator, operators, key } }
// document.body.dataset.settings: 'loading', 'pending' (a change waits to be checked), then 'ok' or 'error'.
import { createScanner, ENTITIES, OPERATORS } from './pkg/index.js';

export { ENTITIES };

export const STORAGE_KEY = 'discret.settings.v1';

// The engine reads an empty `countries` list as "no filter". With every country unchecked, this code
// (ISO 3166 leaves ZZ to users; no rule uses it) keeps all national rules off.
const NO_COUNTRY = 'ZZ';
const MAX_PACK_BYTES = 2 << 20; // localStorage holds about 5 MB per origin
const TEXT_DELAY_MS = 400;      // typing in a list or the score: checked once the user pauses
const CLICK_DELAY_MS = 150;     // a few checkboxes clicked in a row: checked once

/** The remembered settings (everything but the key) and their defaults. */
const DEFAULTS = Object.freeze({
  entitiesOff: [], countriesOff: [], packsOff: [], builtins: true, minScore: 0.5,
  allow: '', deny: '', disabledRules: '', pack: null,
  operator: 'pseudonym', operators: {},
});

const OPERATOR_LABELS = {
  pseudonym: 'a numbered pseudonym (<EMAIL_1>)',
  fake: 'a realistic fake value (valid test data)',
  placeholder: 'its type (<EMAIL>)',
  mask: 'a mask (keeps the last characters)',
  hash: 'a keyed hash (needs the key)',
  redact: 'nothing (removes it)',
};

const LIST_LABELS = { allow: 'Allow list', deny: 'Deny list', disabledRules: 'Rules turned off' };

const state = {
  builtinCountries: [],   // countries of the built-in national rules
  builtinPacks: [],       // [{ name, ids }]: the built-in packs and their rule ids, in load order
  builtinRules: 0,        // rules of the default scanner
  pack: null,             // the custom pack in the form: { name, text }, applied or not
  applied: null,          // { detect, scannerOptions, rules }: what the scanner uses now
  copies: { operator: DEFAULTS.operator, operators: {} },
  key: '',
  check: 0,               // id of the latest check: an older one that ends later is dropped
  lastLoaded: null,       // { json, rules }: the options the engine loaded last
  storageNote: '',
};

const ui = {};

// ---- small helpers -------------------------------------------------------------------------

/** An element with attributes (true: present, null/false: absent) and children (strings are text). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat().filter((c) => c != null && c !== false));
  return element;
}

function debounce(fn, ms) {
  let timer = 0;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function countryName(code) {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Non-empty lines of a textarea, trimmed, with their 1-based line numbers. */
function lines(text) {
  return text.split('\n').map((t, i) => ({ text: t.trim(), line: i + 1 })).filter((l) => l.text !== '');
}

/** "/…/" is an RE2 pattern; anything else a literal value. */
function patternOf(text) {
  return text.length > 2 && text.startsWith('/') && text.endsWith('/') ? text.slice(1, -1) : null;
}

/** The countries of a pack's national rules, if its JSON parses (the engine reports the errors). */
function packCountries(text) {
  try {
    const pack = JSON.parse(text);
    return Array.isArray(pack?.rules) ? pack.rules.map((r) => r?.country).filter((c) => /^[A-Z]{2}$/.test(c ?? '')) : [];
  } catch {
    return [];
  }
}

function packRuleCount(text) {
  try {
    const rules = JSON.parse(text)?.rules;
    return Array.isArray(rules) ? rules.length : null;
  } catch {
    return null;
  }
}

// ---- remembered settings -------------------------------------------------------------------

/** A stored value, field by field: anything of the wrong type falls back to its default. */
function sanitize(raw) {
  const s = structuredClone(DEFAULTS);
  const strings = (v, ok) => (Array.isArray(v) ? [...new Set(v.filter((x) => typeof x === 'string' && ok(x)))] : []);
  s.entitiesOff = strings(raw.entitiesOff, (e) => ENTITIES.includes(e));
  s.countriesOff = strings(raw.countriesOff, (c) => /^[A-Z]{2}$/.test(c));
  s.packsOff = strings(raw.packsOff, (p) => /^[a-z0-9._-]{1,64}$/.test(p));
  if (typeof raw.builtins === 'boolean') s.builtins = raw.builtins;
  if (typeof raw.minScore === 'number' && raw.minScore >= 0 && raw.minScore <= 1) s.minScore = raw.minScore;
  for (const list of ['allow', 'deny', 'disabledRules']) if (typeof raw[list] === 'string') s[list] = raw[list];
  if (isPlainObject(raw.pack) && typeof raw.pack.name === 'string' && typeof raw.pack.text === 'string') {
    s.pack = { name: raw.pack.name, text: raw.pack.text };
  }
  if (OPERATORS.includes(raw.operator)) s.operator = raw.operator;
  if (isPlainObject(raw.operators)) {
    for (const [entity, operator] of Object.entries(raw.operators)) {
      if (ENTITIES.includes(entity) && OPERATORS.includes(operator)) s.operators[entity] = operator;
    }
  }
  return s;
}

/** The remembered settings, or the defaults. A value that does not parse is removed. */
function restore() {
  let text = null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return structuredClone(DEFAULTS); // storage refused (privacy mode, policy): nothing to restore
  }
  if (text == null) return structuredClone(DEFAULTS);
  try {
    const raw = JSON.parse(text);
    if (isPlainObject(raw)) return sanitize(raw);
  } catch {
    // falls through: reset
  }
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing more to do
  }
  return structuredClone(DEFAULTS);
}

function persist() {
  if (!state.applied || state.applied.fallback) return; // restored settings that failed stay stored until fixed
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...state.applied.detect, ...state.copies }));
    state.storageNote = '';
  } catch {
    state.storageNote = 'These settings could not be remembered in this browser (storage is off or full).';
  }
}

// ---- settings -> scanner options -----------------------------------------------------------

/** An error of ours, shaped like the engine's DiscretError. */
function optionError(where, message) {
  return Object.assign(new Error(`${where}: ${message}`), { code: 'invalid_option', where });
}

/**
 * createScanner() options for the detection settings, and for each list the line of every entry (to
 * name the line behind an engine error such as /deny/2/pattern). Throws optionError for a deny line
 * without a value.
 */
function scannerOptionsOf(detect, countries) {
  const lineOf = { allow: [], deny: [], disabledRules: [] };
  const allow = lines(detect.allow).map(({ text, line }) => {
    lineOf.allow.push(line);
    const pattern = patternOf(text);
    return pattern == null ? text : { pattern };
  });
  const deny = lines(detect.deny).map(({ text, line }, i) => {
    lineOf.deny.push(line);
    const m = /^(\S+)\s+(.+)$/.exec(text);
    if (!m) throw Object.assign(optionError(`/deny/${i}`, 'write an entity, a space, then a value or a /pattern/, e.g. PERSON Jean Dupont'), { lineOf });
    const entity = m[1].toUpperCase();
    const pattern = patternOf(m[2]);
    return pattern == null ? { entity, value: m[2] } : { entity, pattern };
  });
  const disabledRules = lines(detect.disabledRules).map(({ text, line }) => {
    lineOf.disabledRules.push(line);
    return text;
  });
  // A built-in pack turned off is its rules turned off (after the user's own list, so errors keep their lines).
  if (detect.builtins) for (const pack of state.builtinPacks) if (detect.packsOff.includes(pack.name)) disabledRules.push(...pack.ids);

  const options = {
    minScore: detect.minScore, allow, deny, rules: detect.pack ? [detect.pack.text] : [], builtins: detect.builtins,
  };
  const entities = ENTITIES.filter((e) => !detect.entitiesOff.includes(e));
  if (entities.length === 0) {
    // The engine reads an empty list as "every entity": no entity at all means no rule pack.
    options.builtins = false;
    options.rules = [];
  } else if (entities.length < ENTITIES.length) {
    options.entities = entities;
  }
  const countriesOn = countries.filter((c) => !detect.countriesOff.includes(c));
  if (countriesOn.length < countries.length) options.countries = countriesOn.length ? countriesOn : [NO_COUNTRY];
  if (disabledRules.length && entities.length) options.disabledRules = disabledRules; // no pack: nothing to turn off
  return { options, lineOf };
}

/** True for options the engine reads as its defaults (the scanner app.js starts with). */
function isDefault(options) {
  return sameJson(options, { minScore: 0.5, allow: [], deny: [], rules: [], builtins: true });
}

/** Builds (and frees) a scanner with `options`: the number of rules it loads, or the engine's error. */
async function rulesWith(options) {
  if (isDefault(options) && state.builtinRules) return state.builtinRules;
  const json = JSON.stringify(options);
  if (state.lastLoaded?.json === json) return state.lastLoaded.rules; // e.g. a textarea's change after its input
  const scanner = await createScanner(options);
  const rules = scanner.rules.length;
  scanner.dispose();
  state.lastLoaded = { json, rules };
  return rules;
}

// ---- the form ------------------------------------------------------------------------------

function checkbox(id, name, value, text, className = 'check') {
  return h('label', { class: className, for: id }, h('input', { type: 'checkbox', id, name, value }), ' ', text);
}

function field(...children) {
  return h('div', { class: 'field' }, ...children);
}

function operatorSelect(id, first) {
  const select = h('select', { id });
  if (first) select.append(h('option', { value: '' }, first));
  for (const operator of OPERATORS) select.append(h('option', { value: operator }, OPERATOR_LABELS[operator] ?? operator));
  return select;
}

function selectAllButtons(group, label) {
  return h('div', { class: 'settings-tools' },
    h('button', { type: 'button', class: 'secondary', 'data-all': group, 'aria-label': `All ${label}` }, 'All'),
    h('button', { type: 'button', class: 'secondary', 'data-none': group, 'aria-label': `None of the ${label}` }, 'None'));
}

function buildForm() {
  const entityGrid = h('div', { class: 'check-grid', id: 'settings-entity-list' },
    ENTITIES.map((e) => checkbox(`settings-entity-${e}`, 'entity', e, e)));
  ui.countryGrid = h('div', { class: 'check-grid', id: 'settings-country-list' });

  ui.detect = h('details', { id: 'settings-detect', class: 'settings-group' },
    h('summary', {}, 'What to detect'),
    h('div', { class: 'settings-body' },
      h('fieldset', { id: 'settings-entities' },
        h('legend', {}, 'Entities'),
        selectAllButtons('entity', 'entities'),
        entityGrid),
      h('fieldset', { id: 'settings-countries', 'aria-describedby': 'settings-countries-help' },
        h('legend', {}, 'Countries of the national rules'),
        h('p', { class: 'help', id: 'settings-countries-help' },
          'National identifiers, phone numbers, addresses… of these countries. Rules that are not national always apply.'),
        selectAllButtons('country', 'countries'),
        ui.countryGrid),
      h('fieldset', { id: 'settings-packs', 'aria-describedby': 'settings-packs-help' },
        h('legend', {}, 'Built-in rule packs'),
        h('p', { class: 'help', id: 'settings-packs-help' }, 'Personal data (pii-*) and secrets (secrets-*): turn a whole pack off.'),
        h('div', { class: 'check-grid', id: 'settings-pack-list' },
          state.builtinPacks.map((p) => checkbox(`settings-packs-${p.name}`, 'pack', p.name, `${p.name} (${p.ids.length})`, 'check plain')))),
      h('div', { class: 'controls' },
        field(
          h('label', { class: 'check plain', for: 'settings-builtins' }, h('input', { type: 'checkbox', id: 'settings-builtins', 'aria-describedby': 'settings-builtins-help' }), ' Use the built-in rules'),
          h('p', { class: 'help', id: 'settings-builtins-help' }, 'Off: only your custom rule pack and deny list are used.')),
        field(
          h('label', { for: 'settings-min-score' }, 'Minimum score (0 to 1)'),
          h('input', { type: 'number', id: 'settings-min-score', min: 0, max: 1, step: 0.05, inputmode: 'decimal', 'aria-describedby': 'settings-min-score-help' }),
          h('p', { class: 'help', id: 'settings-min-score-help' }, 'Findings scoring below are not reported. Default 0.5.'))),
      field(
        h('label', { for: 'settings-pack' }, 'Custom rule pack (JSON)'),
        h('input', { type: 'file', id: 'settings-pack', accept: '.json,application/json', 'aria-describedby': 'settings-pack-status settings-pack-help' }),
        h('div', { class: 'settings-tools' },
          h('p', { id: 'settings-pack-status', class: 'settings-pack-status' }),
          h('button', { type: 'button', class: 'secondary', id: 'settings-pack-remove', hidden: true }, 'Remove the custom pack')),
        h('p', { class: 'help', id: 'settings-pack-help' },
          'Rules in the format of docs/rules.md, used after the built-in ones. The file is read in this tab and remembered in this browser.')),
      h('div', { class: 'controls' },
        field(
          h('label', { for: 'settings-allow' }, 'Allow list'),
          h('textarea', { id: 'settings-allow', rows: 4, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'settings-allow-help' }),
          h('p', { class: 'help', id: 'settings-allow-help' }, 'Values never reported, one per line. /pattern/ for an RE2 pattern matching the whole value.')),
        field(
          h('label', { for: 'settings-deny' }, 'Deny list'),
          h('textarea', { id: 'settings-deny', rows: 4, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'settings-deny-help' }),
          h('p', { class: 'help', id: 'settings-deny-help' }, 'Values always reported, one per line: an entity then a value or a /pattern/, e.g. PERSON Jean Dupont or SECRET /ZX-[0-9]{5}/.')),
        field(
          h('label', { for: 'settings-disabled' }, 'Rules turned off'),
          h('textarea', { id: 'settings-disabled', rows: 4, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'settings-disabled-help' }),
          h('p', { class: 'help', id: 'settings-disabled-help' }, 'One rule id per line, as in the Rule column of the findings (e.g. ipv4).')))));

  ui.copiesGroup = h('details', { id: 'settings-copies', class: 'settings-group' },
    h('summary', {}, 'Pseudonymized copies'),
    h('div', { class: 'settings-body' },
      h('div', { class: 'controls' },
        field(
          h('label', { for: 'settings-operator' }, 'Default operator: replace each finding with'),
          operatorSelect('settings-operator')),
        field(
          h('label', { for: 'settings-key' }, 'Key'),
          h('input', { type: 'password', id: 'settings-key', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'settings-key-help' }),
          h('p', { class: 'help', id: 'settings-key-help' },
            'Used by the hash (required), fake values and keyed pseudonyms: the same key gives the same replacements every time. It stays in this tab: never remembered, never sent.'),
          h('p', { class: 'settings-warning', id: 'settings-key-warning', hidden: true }, 'The hash needs a key.'))),
      h('fieldset', { id: 'settings-operators' },
        h('legend', {}, 'Per entity'),
        h('div', { class: 'operator-grid' },
          ENTITIES.map((e) => field(h('label', { for: `settings-op-${e}` }, e), operatorSelect(`settings-op-${e}`, 'the default operator')))))));

  ui.panel.append(
    ui.detect,
    ui.copiesGroup,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', id: 'settings-reset' }, 'Reset to defaults')));

  const $ = (id) => document.getElementById(id);
  Object.assign(ui, {
    builtins: $('settings-builtins'), minScore: $('settings-min-score'), packInput: $('settings-pack'),
    packStatus: $('settings-pack-status'), packRemove: $('settings-pack-remove'),
    allow: $('settings-allow'), deny: $('settings-deny'), disabledRules: $('settings-disabled'),
    operator: $('settings-operator'), key: $('settings-key'), keyWarning: $('settings-key-warning'), reset: $('settings-reset'),
  });
}

const entityBoxes = () => [...ui.panel.querySelectorAll('input[name="entity"]')];
const countryBoxes = () => [...ui.panel.querySelectorAll('input[name="country"]')];
const packBoxes = () => [...ui.panel.querySelectorAll('input[name="pack"]')];
const operatorSelects = () => ENTITIES.map((e) => document.getElementById(`settings-op-${e}`));

/** The countries offered: those of the built-in national rules and of the custom pack's. */
function offeredCountries() {
  return [...new Set([...state.builtinCountries, ...(state.pack ? packCountries(state.pack.text) : [])])].sort();
}

function renderCountries(off) {
  const countries = offeredCountries();
  ui.countryGrid.replaceChildren(...countries.map((c) => {
    const label = checkbox(`settings-country-${c}`, 'country', c, `${c} · ${countryName(c)}`, 'check plain');
    label.querySelector('input').checked = !off.includes(c);
    return label;
  }));
  if (countries.length === 0) ui.countryGrid.append(h('p', { class: 'help' }, 'No national rule is loaded.'));
}

function renderPack() {
  const pack = state.pack;
  if (!pack) {
    ui.packStatus.textContent = 'No custom pack.';
  } else {
    const count = packRuleCount(pack.text);
    ui.packStatus.textContent = count == null ? `“${pack.name}”` : `“${pack.name}”: ${count === 1 ? '1 rule' : `${count} rules`}`;
  }
  ui.packRemove.hidden = !pack;
}

function fill(settings) {
  for (const box of entityBoxes()) box.checked = !settings.entitiesOff.includes(box.value);
  for (const box of packBoxes()) box.checked = !settings.packsOff.includes(box.value);
  state.pack = settings.pack;
  renderPack();
  renderCountries(settings.countriesOff);
  ui.builtins.checked = settings.builtins;
  ui.minScore.value = String(settings.minScore);
  ui.allow.value = settings.allow;
  ui.deny.value = settings.deny;
  ui.disabledRules.value = settings.disabledRules;
  ui.operator.value = settings.operator;
  for (const select of operatorSelects()) select.value = settings.operators[select.id.replace('settings-op-', '')] ?? '';
}

/** The detection settings as the form shows them. */
function readDetect() {
  return {
    entitiesOff: entityBoxes().filter((b) => !b.checked).map((b) => b.value),
    countriesOff: countryBoxes().filter((b) => !b.checked).map((b) => b.value),
    packsOff: packBoxes().filter((b) => !b.checked).map((b) => b.value),
    builtins: ui.builtins.checked,
    minScore: ui.minScore.value.trim() === '' ? NaN : Number(ui.minScore.value),
    allow: ui.allow.value,
    deny: ui.deny.value,
    disabledRules: ui.disabledRules.value,
    pack: state.pack ? { ...state.pack } : null,
  };
}

function readCopies() {
  const operators = {};
  for (const select of operatorSelects()) if (select.value) operators[select.id.replace('settings-op-', '')] = select.value;
  return { operator: ui.operator.value, operators };
}

// ---- status, errors ------------------------------------------------------------------------

const FIELD_CONTROLS = {
  allow: () => [ui.allow], deny: () => [ui.deny], disabledRules: () => [ui.disabledRules],
  minScore: () => [ui.minScore], pack: () => [ui.packInput], entities: entityBoxes, countries: countryBoxes,
};

/** What the user should read for an error: the field (and line) it comes from, the pointer, the message. */
function describe(error, lineOf) {
  const where = typeof error?.where === 'string' ? error.where : '';
  let message = String(error?.message ?? error);
  if (where && message.startsWith(`${where}: `)) message = message.slice(where.length + 2);
  const list = /^\/(allow|deny|disabledRules)\/(\d+)/.exec(where);
  if (list) {
    const line = lineOf?.[list[1]]?.[Number(list[2])];
    return { field: list[1], label: line ? `${LIST_LABELS[list[1]]}, line ${line}` : LIST_LABELS[list[1]], where, message };
  }
  if (where === '/minScore') return { field: 'minScore', label: 'Minimum score', where, message };
  if (/^\/(entities|countries)(\/|$)/.test(where)) {
    const name = where.split('/')[1];
    return { field: name, label: name === 'entities' ? 'Entities' : 'Countries', where, message };
  }
  if (state.pack && error?.code) {
    // Every other error of createScanner() comes from the custom pack: `where` points into that file.
    const rule = error.ruleId ? ` (rule “${error.ruleId}”)` : '';
    return { field: 'pack', label: `Custom rule pack “${state.pack.name}”${rule}`, where, message };
  }
  return { field: null, label: 'Settings', where, message };
}

function markInvalid(fieldName) {
  for (const [name, controls] of Object.entries(FIELD_CONTROLS)) {
    for (const control of controls()) {
      if (name === fieldName) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
}

function showError(problem) {
  if (!problem) {
    ui.error.hidden = true;
    ui.error.replaceChildren();
    markInvalid(null);
    return;
  }
  const detail = h('p', {});
  if (problem.where) detail.append(h('code', { class: 'pointer' }, problem.where), ' ');
  detail.append(problem.message);
  ui.error.replaceChildren(
    h('p', { class: 'settings-error-title' }, `${problem.label}: not applied. The previous settings stay in use.`),
    detail);
  ui.error.hidden = false;
  markInvalid(problem.field);
  if (problem.field) ui.detect.open = true;
}

function summary() {
  const applied = state.applied;
  if (!applied) return '';
  const { detect, scannerOptions: o, rules } = applied;
  const entities = ENTITIES.length - detect.entitiesOff.length;
  const sentences = [];
  if (rules === 0) {
    sentences.push('No rule is in use: nothing will be found.');
    if (entities === 0) sentences.push('Choose an entity.');
    else if (!detect.builtins && !detect.pack) sentences.push('Turn the built-in rules on, load a custom pack or add to the deny list.');
  } else {
    const parts = [rules === 1 ? '1 rule in use' : `${rules} rules in use`];
    if (entities === 0) parts.push('no entity chosen: only the deny list applies');
    else if (entities < ENTITIES.length) parts.push(`${entities} of ${ENTITIES.length} entities`);
    if (!detect.builtins) parts.push('built-in rules off');
    if (o.countries) parts.push(o.countries[0] === NO_COUNTRY ? 'no national rules' : `national rules of ${o.countries.join(', ')}`);
    parts.push(`minimum score ${o.minScore}`);
    if (o.rules.length) parts.push(`custom pack “${detect.pack.name}”`);
    if (o.allow.length) parts.push(`${o.allow.length} allowed`);
    if (o.deny.length) parts.push(`${o.deny.length} denied`);
    if (o.disabledRules) parts.push(`${o.disabledRules.length} turned off`);
    sentences.push(`${parts.join(' · ')}.`);
  }
  if (state.storageNote) sentences.push(state.storageNote);
  return sentences.join(' ');
}

function renderSummary(text = summary()) {
  ui.summary.textContent = text;
}

function renderKeyWarning() {
  const copies = state.copies;
  const needsKey = copies.operator === 'hash' || Object.values(copies.operators).includes('hash');
  const missing = needsKey && state.key === '';
  ui.keyWarning.hidden = !missing;
  // A hidden element named by aria-describedby would still be read: the warning is named only when shown.
  ui.key.setAttribute('aria-describedby', missing ? 'settings-key-help settings-key-warning' : 'settings-key-help');
  if (missing) ui.key.setAttribute('aria-invalid', 'true');
  else ui.key.removeAttribute('aria-invalid');
}

// ---- applying ------------------------------------------------------------------------------

/** The applied settings: scanner options as createScanner() takes them, and the pseudonymize options. */
export function getSettings() {
  const scannerOptions = state.applied
    ? structuredClone(state.applied.scannerOptions)
    : { minScore: DEFAULTS.minScore, allow: [], deny: [], rules: [], builtins: true };
  return {
    scannerOptions,
    pseudonymize: { operator: state.copies.operator, operators: { ...state.copies.operators }, key: state.key },
  };
}

function announce() {
  window.dispatchEvent(new CustomEvent('discret:settings', { detail: getSettings() }));
}

/** Checks the detection settings with the engine; applies them (and tells the page) when they load. */
async function check({ remember = true } = {}) {
  const id = ++state.check;
  const detect = readDetect();
  let result;
  let lineOf = null;
  try {
    const built = scannerOptionsOf(detect, offeredCountries());
    lineOf = built.lineOf;
    result = { scannerOptions: built.options, rules: await rulesWith(built.options) };
  } catch (e) {
    result = { error: describe(e, lineOf ?? e.lineOf) };
  }
  if (id !== state.check) return; // the form changed meanwhile: the newer check decides
  if (result.error) {
    showError(result.error);
    document.body.dataset.settings = 'error';
    return;
  }
  showError(null);
  const changed = !state.applied || !sameJson(state.applied.scannerOptions, result.scannerOptions);
  state.applied = { detect, scannerOptions: result.scannerOptions, rules: result.rules };
  if (remember) persist();
  renderSummary();
  document.body.dataset.settings = 'ok';
  if (changed || !remember) announce();
}

/** The form changed: a check under way is out of date (its result is dropped), a newer one follows. */
function pending() {
  state.check += 1;
  document.body.dataset.settings = 'pending';
}

function copiesChanged() {
  state.copies = readCopies();
  renderKeyWarning();
  persist();
  announce();
}

async function loadPack() {
  const file = ui.packInput.files?.[0];
  ui.packInput.value = ''; // choosing the same file again (after editing it) reads it again
  if (!file) return;
  pending();
  if (file.size > MAX_PACK_BYTES) {
    showError({ field: 'pack', label: `Custom rule pack “${file.name}”`, where: '', message: `the file is larger than ${MAX_PACK_BYTES >> 20} MiB.` });
    document.body.dataset.settings = 'error';
    return;
  }
  state.pack = { name: file.name, text: await file.text() };
  renderPack();
  renderCountries(readDetect().countriesOff);
  check();
}

function removePack() {
  state.pack = null;
  renderPack();
  renderCountries(readDetect().countriesOff);
  pending();
  check();
}

function bindEvents() {
  const checkSoon = debounce(check, TEXT_DELAY_MS);
  const checkAfterClicks = debounce(check, CLICK_DELAY_MS);
  ui.detect.addEventListener('change', (event) => {
    if (event.target === ui.packInput) return;
    pending();
    if (event.target.type === 'checkbox') checkAfterClicks();
    else check();
  });
  for (const control of [ui.minScore, ui.allow, ui.deny, ui.disabledRules]) {
    control.addEventListener('input', () => {
      pending();
      checkSoon();
    });
  }
  ui.detect.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-all], button[data-none]');
    if (!button) return;
    const group = button.dataset.all ?? button.dataset.none;
    const boxes = group === 'entity' ? entityBoxes() : countryBoxes();
    for (const box of boxes) box.checked = button.dataset.all != null;
    pending();
    check();
  });
  ui.packInput.addEventListener('change', loadPack);
  ui.packRemove.addEventListener('click', removePack);
  ui.copiesGroup.addEventListener('change', (event) => {
    if (event.target !== ui.key) copiesChanged();
  });
  const keyChanged = debounce(announce, TEXT_DELAY_MS);
  ui.key.addEventListener('input', () => {
    state.key = ui.key.value;
    renderKeyWarning();
    keyChanged();
  });
  ui.reset.addEventListener('click', () => {
    const copies = state.copies;
    fill(structuredClone(DEFAULTS));
    state.copies = readCopies();
    renderKeyWarning();
    if (!sameJson(copies, state.copies)) copiesChanged();
    pending();
    check();
  });
}

async function start() {
  ui.panel = document.getElementById('settings-panel');
  if (!ui.panel) return;
  document.body.dataset.settings = 'loading';
  ui.summary = h('p', { id: 'settings-summary', class: 'settings-summary', role: 'status', 'aria-live': 'polite' }, 'Loading the settings…');
  ui.error = h('div', { id: 'settings-error', class: 'error', role: 'alert', hidden: true });
  ui.panel.append(
    h('p', { class: 'help' }, 'What the scanner looks for, and how pseudonymized copies replace it. Remembered in this browser, except the key; nothing is sent.'),
    ui.summary,
    ui.error);

  // The built-in rules give the countries to offer (and the default rule count).
  try {
    const scanner = await createScanner();
    const rules = scanner.rules;
    scanner.dispose();
    state.builtinRules = rules.length;
    state.builtinCountries = [...new Set(rules.map((r) => r.country).filter(Boolean))].sort();
    for (const r of rules) {
      if (!r.pack) continue;
      if (state.builtinPacks.at(-1)?.name !== r.pack) state.builtinPacks.push({ name: r.pack, ids: [] });
      state.builtinPacks.at(-1).ids.push(r.id);
    }
  } catch (e) {
    document.body.dataset.settings = 'error';
    renderSummary('Settings are unavailable: the scanner could not start.');
    return;
  }

  buildForm();
  const restored = restore();
  fill(restored);
  state.copies = readCopies();
  renderKeyWarning();
  bindEvents();
  // Restored settings are checked like any change. When they do not load (a pack the engine now
  // refuses...), the error shows and the defaults apply until they are fixed.
  await check({ remember: false });
  if (!state.applied) {
    const scannerOptions = scannerOptionsOf(DEFAULTS, offeredCountries()).options;
    state.applied = { detect: structuredClone(DEFAULTS), scannerOptions, rules: state.builtinRules, fallback: true };
    renderSummary(`The remembered settings did not load: the defaults are in use. ${summary()}`);
    announce();
  }
}

start();
