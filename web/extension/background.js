// The extension's engine: the npm package's scanner and file readers, inside the extension's service
// worker (bundled by scripts/build-extension.js: the readers are npm packages). Content
// scripts, the popup and the options page send it text and get findings back; nothing leaves the
// browser. Messages:
//   { type: 'scan', text }                       -> { findings: [{ start, end, entity, ruleId, score, text }] }
//   { type: 'replace', entity, ruleId, value }   -> { replacement }   (the operator of the settings)
//   { type: 'watched', host }                    -> { on }            (is the guard on for this site)
//   { type: 'scanFile', name, data }             -> { byEntity, skipped?, warnings }  (data: base64; any
//                                                   format of discret/files: CSV, JSONL, Parquet, zip...)
//   { type: 'rules' }                            -> { rules: [{ id, entity, country, pack }] }  (the built-in rules)
// The scanner is rebuilt when the settings change (settings.js); sites the user adds get the content
// script through chrome.scripting, once the user has granted the extension that site.
import { createScanner } from '../../wasm/index.js';
import { scanFiles } from '../../wasm/files.js';
import { DEFAULT_SITES, loadSettings, scannerOptions, watched } from './settings.js';

let engine = null;          // Promise<{ scanner, settings }>
let defaultScanner = null;  // Promise: the built-in rules with no option: lists the rules, and is the engine while settings are the defaults

const defaults = () => (defaultScanner ??= createScanner());
const rules = async () => (await defaults()).rules;

async function build() {
  const settings = await loadSettings();
  const options = scannerOptions(settings, await rules());
  const isDefault = Object.keys(options).length === 1 && options.allow.length === 0;
  const scanner = isDefault ? await defaults() : await createScanner(options);  // one compile at start, not two
  return { scanner, settings };
}

function current() {
  engine ??= build();
  return engine;
}

chrome.storage.onChanged.addListener((changes) => {
  if (!changes.settings) return;
  const old = engine;
  engine = build();
  old?.then(async ({ scanner }) => scanner !== (await defaults()) && scanner.dispose(), () => {});
  registerUserSites();
});

// Sites beyond the manifest's get the content script when (and only when) the user granted them.
async function registerUserSites() {
  const { sites } = await loadSettings();
  const extra = [];
  for (const host of sites.filter((h) => !DEFAULT_SITES.includes(h))) {
    const origins = [`*://${host}/*`];
    if (await chrome.permissions.contains({ origins })) extra.push(...origins);
  }
  const registered = await chrome.scripting.getRegisteredContentScripts({ ids: ['user-sites'] });
  if (registered.length) await chrome.scripting.unregisterContentScripts({ ids: ['user-sites'] });
  if (extra.length) await chrome.scripting.registerContentScripts([{ id: 'user-sites', matches: extra, js: ['content.js'], runAt: 'document_idle' }]);
}

async function handle(message) {
  if (message.type === 'rules') return { rules: await rules() };
  const { scanner, settings } = await current();
  if (message.type === 'watched') return { on: watched(settings, String(message.host ?? '')) };
  if (message.type === 'scan') {
    const findings = scanner.scan(String(message.text ?? '')).filter((f) => !f.test);
    return { findings: findings.map(({ start, end, entity, ruleId, score, text }) => ({ start, end, entity, ruleId, score, text })) };
  }
  if (message.type === 'scanFile') {
    const bytes = Uint8Array.from(atob(String(message.data ?? '')), (c) => c.charCodeAt(0));
    const out = { byEntity: {}, warnings: [] };
    for await (const e of scanFiles([{ input: bytes, name: String(message.name ?? 'file') }], { scanner, special: false })) {
      if (e.type === 'finding' && !e.test) out.byEntity[e.entity] = (out.byEntity[e.entity] ?? 0) + 1;
      else if (e.type === 'skipped') out.skipped = e.reason;
      else if (e.type === 'warning') out.warnings.push(e.message);
    }
    return out;
  }
  if (message.type === 'replace') {
    const options = { operator: settings.operator, ...(settings.key ? { key: settings.key } : {}) };
    const [replacement] = scanner.replaceValues([{ entity: message.entity, ruleId: message.ruleId, text: message.value }], options);
    return { replacement };
  }
  return { error: `unknown message ${message.type}` };
}

chrome.runtime.onMessage.addListener((message, sender, respond) => {
  handle(message).then(respond, (e) => respond({ error: String(e?.message ?? e), code: e?.code ?? null, where: e?.where ?? null }));
  return true;  // the answer comes asynchronously
});

registerUserSites();
globalThis.discretReady = current().then(() => true);
