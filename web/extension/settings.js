// The extension's settings, in chrome.storage.local under `settings` (shared by the service
// worker, the options page and the popup; content scripts ask the service worker):
//   { entities: [ENTITY] | null (all), countries: [CC] | null (all), packsOff: [pack], allow: [value],
//     operator: 'placeholder' | 'pseudonym' | 'mask' | 'redact' | 'fake' | 'hash', key: string,
//     sites: [host] (watched; the defaults below), sitesOff: [host] (watched but paused) }
export const DEFAULT_SITES = Object.freeze(['huggingface.co', 'github.com', 'gitlab.com', 'www.kaggle.com', 'kaggle.com']);
export const DEFAULTS = Object.freeze({ entities: null, countries: null, packsOff: [], allow: [], operator: 'placeholder', key: '', sites: DEFAULT_SITES, sitesOff: [] });

const list = (v, ok = () => true) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string' && ok(x)) : null);

/** The stored settings, each field checked; anything malformed falls back to its default. */
export async function loadSettings() {
  const { settings: raw = {} } = await chrome.storage.local.get('settings');
  const s = { ...DEFAULTS };
  if (raw && typeof raw === 'object') {
    if (raw.entities === null || list(raw.entities)) s.entities = raw.entities === null ? null : list(raw.entities);
    if (raw.countries === null || list(raw.countries)) s.countries = raw.countries === null ? null : list(raw.countries);
    s.packsOff = list(raw.packsOff) ?? [];
    s.allow = list(raw.allow) ?? [];
    if (typeof raw.operator === 'string') s.operator = raw.operator;
    if (typeof raw.key === 'string') s.key = raw.key;
    s.sites = list(raw.sites, (h) => /^[a-z0-9.-]+$/.test(h)) ?? [...DEFAULT_SITES];
    s.sitesOff = list(raw.sitesOff) ?? [];
  }
  return s;
}

export function saveSettings(settings) {
  return chrome.storage.local.set({ settings });
}

/** createScanner options for the settings; `rules` ([{ id, pack }]) names the rules of turned-off packs. */
export function scannerOptions(s, rules) {
  const o = { allow: s.allow };
  if (s.entities && s.entities.length === 0) o.builtins = false;  // no entity at all: no rule (an empty list would mean all)
  else if (s.entities) o.entities = s.entities;
  if (s.countries) o.countries = s.countries.length ? s.countries : ['ZZ'];
  const off = rules.filter((r) => s.packsOff.includes(r.pack)).map((r) => r.id);
  if (off.length) o.disabledRules = off;
  return o;
}

/** Is the guard on for `host`: a watched site (or a sub-domain of one) not paused. */
export function watched(s, host) {
  const site = s.sites.find((h) => host === h || host.endsWith(`.${h}`));
  return Boolean(site) && !s.sitesOff.includes(site);
}
