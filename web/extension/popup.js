// The popup: the guard's switch for the current site, and a scan of the page's selection or form
// fields (collected by the content script, scanned by the extension's engine). `?tab=ID` scans that
// tab instead of the active one (tests, and a popup opened in its own tab).
import { loadSettings, saveSettings } from './settings.js';

const $ = (id) => document.getElementById(id);
const ask = (message) => chrome.runtime.sendMessage(message);
const masked = (v) => (v.length <= 6 ? '•'.repeat(v.length) : `${v.slice(0, 2)}…${v.slice(-2)}`);

async function tabId() {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (fromUrl) return fromUrl;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function collect() {
  try {
    return await chrome.tabs.sendMessage(await tabId(), { type: 'collect' });
  } catch {
    return null;  // no content script there: not a watched or granted site
  }
}

function show(findings, what) {
  $('result').textContent = findings.length ? `${findings.length} finding(s) in ${what}.` : `Nothing found in ${what}.`;
  document.body.dataset.result = String(findings.length);
  $('findings').replaceChildren(...findings.map((f) => {
    const li = document.createElement('li');
    li.dataset.entity = f.entity;
    li.textContent = `${f.entity}  ${masked(f.text)}`;
    return li;
  }));
}

async function scan(kind) {
  const page = await collect();
  if (!page) {
    $('result').textContent = 'This page cannot be read by Discret (add the site in the settings).';
    return;
  }
  const texts = kind === 'selection' ? [page.selection] : page.fields;
  const findings = [];
  for (const text of texts.filter((t) => t.trim())) findings.push(...(await ask({ type: 'scan', text })).findings ?? []);
  show(findings, kind === 'selection' ? 'the selection' : `${page.fields.length} form field(s)`);
}

async function start() {
  const page = await collect();
  const settings = await loadSettings();
  const host = page?.host ?? '';
  const site = settings.sites.find((h) => host === h || host.endsWith(`.${h}`));
  $('site').textContent = site ? host : host ? `${host} is not a watched site` : 'Discret cannot read this page.';
  $('site-on').checked = Boolean(site) && !settings.sitesOff.includes(site);
  $('site-on').disabled = !site;
  $('site-on').addEventListener('change', async () => {
    const s = await loadSettings();
    s.sitesOff = $('site-on').checked ? s.sitesOff.filter((h) => h !== site) : [...new Set([...s.sitesOff, site])];
    await saveSettings(s);
  });
  $('scan-selection').addEventListener('click', () => scan('selection'));
  $('scan-fields').addEventListener('click', () => scan('fields'));
  document.body.dataset.ready = 'true';
}

start();
