// The options page: what the extension looks for, how Replace rewrites, which sites it watches.
// Saved settings are checked by building a scanner here first: an engine error is shown with its
// JSON Pointer and nothing is saved.
import { createScanner, ENTITIES } from './pkg/index.js';
import { DEFAULT_SITES, loadSettings, saveSettings, scannerOptions } from './settings.js';

const $ = (id) => document.getElementById(id);

function boxes(parent, name, values, checked) {
  parent.replaceChildren(...values.map((v) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = v;
    box.id = `${name}-${v}`;
    box.checked = checked(v);
    label.append(box, ` ${v}`);
    return label;
  }));
}

const checkedValues = (name) => [...document.querySelectorAll(`input[name="${name}"]`)].filter((b) => b.checked).map((b) => b.value);
const allChecked = (name) => [...document.querySelectorAll(`input[name="${name}"]`)].every((b) => b.checked);
const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);

async function start() {
  const settings = await loadSettings();
  const { rules } = await chrome.runtime.sendMessage({ type: 'rules' });
  const countries = [...new Set(rules.map((r) => r.country).filter(Boolean))].sort();
  const packs = [...new Set(rules.map((r) => r.pack).filter(Boolean))];
  boxes($('entities'), 'entity', ENTITIES, (e) => !settings.entities || settings.entities.includes(e));
  boxes($('countries'), 'country', countries, (c) => !settings.countries || settings.countries.includes(c));
  boxes($('packs'), 'pack', packs, (p) => !settings.packsOff.includes(p));
  $('allow').value = settings.allow.join('\n');
  $('operator').value = settings.operator;
  $('key').value = settings.key;
  $('sites').value = settings.sites.join('\n');

  $('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const next = {
      entities: allChecked('entity') ? null : checkedValues('entity'),
      countries: allChecked('country') ? null : checkedValues('country'),
      packsOff: packs.filter((p) => !checkedValues('pack').includes(p)),
      allow: lines($('allow').value),
      operator: $('operator').value,
      key: $('key').value,
      sites: lines($('sites').value).map((h) => h.toLowerCase()),
      sitesOff: settings.sitesOff,
    };
    $('error').hidden = true;
    try {
      const bad = next.sites.find((h) => !/^[a-z0-9.-]+$/.test(h));
      if (bad) throw Object.assign(new Error(`"${bad}" is not a host name (example: data.example.org)`), { where: 'sites' });
      (await createScanner(scannerOptions(next, rules))).dispose();
      if (next.operator === 'hash' && !next.key) throw Object.assign(new Error('the hash operator needs a key'), { where: 'key' });
    } catch (e) {
      $('error').textContent = `Not saved: ${e.where ? `${e.where}: ` : ''}${e.message}`;
      $('error').hidden = false;
      document.body.dataset.saved = 'error';
      return;
    }
    // A site beyond the built-in ones needs the user's permission to read its pages.
    const added = next.sites.filter((h) => !DEFAULT_SITES.includes(h));
    if (added.length) await chrome.permissions.request({ origins: added.map((h) => `*://${h}/*`) }).catch(() => false);
    await saveSettings(next);
    $('status').textContent = 'Saved.';
    document.body.dataset.saved = 'ok';
  });
  document.body.dataset.ready = 'true';
}

start();
