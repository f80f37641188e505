// Imports a gitleaks TOML configuration as a Discret rule pack. Every gitleaks construct either
// maps to a rule field or is listed in `unsupported` with the reason; nothing is dropped silently.
//
//   gitleaks                      Discret rule
//   id, description, tags         id (lowercased, [a-z0-9._-]), description (tags appended)
//   regex (Go RE2 syntax)         pattern (checked by the engine; a pattern RE2 rejects is listed)
//   secretGroup                   group (absent: 1 when the regex has exactly one capture group, else 0)
//   entropy                       entropy (Shannon bits per character of the secret)
//   keywords                      keywords (Discret looks for them on the match's line)
//   allowlist(s) regexes, stopwords (secret target)   allow (stopwords quoted, case-insensitive)
//   global [allowlist] / [[allowlists]] regexes, stopwords   added to every rule's allow
//   path, allowlist paths/commits, regexTarget "match"/"line", condition "AND"   listed: Discret scans text, not repositories
//   [extend] useDefault           listed: gitleaks' default rules are not copied (Discret's secret packs cover those providers)
import { parse } from 'smol-toml';

const quote = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Capture groups of a Go/RE2 regex: '(' not escaped, not inside a class, not followed by '?' (except (?P<name>). */
export function captureGroups(regex) {
  let groups = 0, inClass = false;
  for (let i = 0; i < regex.length; i++) {
    const c = regex[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (regex[i + 1] === '^') i++;
      if (regex[i + 1] === ']') i++;  // a leading ] is a literal
      continue;
    }
    if (c === '(' && (regex[i + 1] !== '?' || regex.startsWith('(?P<', i))) groups++;
  }
  return groups;
}

function ruleId(raw, index, seen) {
  let id = String(raw ?? `rule-${index + 1}`).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || `rule-${index + 1}`;
  while (seen.has(id)) id = `${id}-${index + 1}`;
  seen.add(id);
  return id;
}

function entityOf(rule) {
  const text = `${rule.id ?? ''} ${rule.description ?? ''}`.toLowerCase();
  if (/private[ _-]?key/.test(text)) return 'PRIVATE_KEY';
  if (/passw(or)?d/.test(text)) return 'PASSWORD';
  return 'SECRET';
}

// The allowlists of a rule or of the config: old form (a table) and new form (an array of tables).
function allowlists(owner, key) {
  const one = owner[key];
  const many = owner[`${key}s`];
  return [...(one && typeof one === 'object' && !Array.isArray(one) ? [one] : []), ...(Array.isArray(many) ? many : [])];
}

// Patterns a rule can take from one allowlist, and what it cannot.
function allowPatterns(list, where, problems) {
  const out = [];
  const target = list.regexTarget ?? 'secret';
  const criteria = ['regexes', 'stopwords', 'paths', 'commits'].filter((k) => Array.isArray(list[k]) && list[k].length);
  if ((list.condition ?? 'OR').toUpperCase() === 'AND' && criteria.length > 1)
    problems.push(`${where}: condition AND over ${criteria.join(', ')} cannot be expressed; the allowlist is left out`);
  else {
    if (Array.isArray(list.regexes) && list.regexes.length) {
      if (target === 'secret') out.push(...list.regexes.map(String));
      else problems.push(`${where}: regexes with regexTarget "${target}" (Discret's allow patterns test the secret) are left out`);
    }
    if (Array.isArray(list.stopwords)) out.push(...list.stopwords.map((w) => `(?i)${quote(String(w))}`));
  }
  if (Array.isArray(list.paths) && list.paths.length) problems.push(`${where}: paths (${list.paths.length}) are not expressible: Discret scans text, not file paths`);
  if (Array.isArray(list.commits) && list.commits.length) problems.push(`${where}: commits (${list.commits.length}) are not expressible: Discret scans text, not git history`);
  return out;
}

/**
 * Converts gitleaks TOML text into { pack, unsupported: [{ id, reason }] }. `name` names the pack.
 * Throws an Error naming the line for TOML that does not parse.
 */
export function convertGitleaks(tomlText, { name = 'gitleaks-import' } = {}) {
  let config;
  try {
    config = parse(tomlText);
  } catch (e) {
    const at = Number.isInteger(e.line) ? ` line ${e.line}, column ${e.column}` : '';
    throw new Error(`gitleaks TOML${at}: ${String(e.message).split('\n')[0]}`);
  }
  const unsupported = [];
  if (config.extend?.useDefault || config.extend?.path || config.extend?.url)
    unsupported.push({ id: null, reason: '[extend]: gitleaks\' default or extended rules are not copied; Discret\'s built-in secret packs cover those providers' });
  const global = [];
  for (const [i, list] of allowlists(config, 'allowlist').entries()) {
    const problems = [];
    global.push(...allowPatterns(list, `global allowlist ${i + 1}`, problems));
    for (const reason of problems) unsupported.push({ id: null, reason });
  }
  const seen = new Set();
  const rules = [];
  (Array.isArray(config.rules) ? config.rules : []).forEach((g, index) => {
    const id = ruleId(g.id, index, seen);
    const problems = [];
    if (typeof g.regex !== 'string' || !g.regex) {
      unsupported.push({ id, reason: g.path ? 'a path-only rule (it flags files by name): Discret scans text, not file paths' : 'no regex' });
      return;
    }
    if (g.path) problems.push(`path '${g.path}' is not expressible (Discret scans text): the rule applies to every file`);
    const rule = { id, entity: entityOf(g), description: [g.description, g.tags?.length ? `tags: ${g.tags.join(', ')}` : ''].filter(Boolean).join('; ') || `imported from gitleaks rule ${g.id}`, pattern: g.regex };
    const groups = captureGroups(g.regex);
    if (Number.isInteger(g.secretGroup) && g.secretGroup > 0) rule.group = g.secretGroup;
    else if (groups === 1) rule.group = 1;
    if (typeof g.entropy === 'number' && g.entropy > 0) rule.entropy = Math.min(8, g.entropy);
    if (Array.isArray(g.keywords) && g.keywords.length) rule.keywords = g.keywords.map(String).filter((k) => k.length);
    const allow = [...global];
    for (const [i, list] of allowlists(g, 'allowlist').entries()) allow.push(...allowPatterns(list, `allowlist ${i + 1}`, problems));
    if (allow.length) rule.allow = allow;
    rule.score = 0.8;
    for (const reason of problems) unsupported.push({ id, reason, partial: true });
    rules.push(rule);
  });
  const pack = { name, description: `Imported from a gitleaks configuration${config.title ? ` (${config.title})` : ''}.`, version: 1, rules };
  return { pack, unsupported };
}

/**
 * The API call: converts `tomlText` and checks every rule with the engine. A rule the engine
 * rejects (a pattern RE2 cannot compile, a group beyond the pattern's) is taken out of the pack
 * and listed with the engine's message. Resolves to { pack, unsupported }.
 */
export async function importGitleaks(tomlText, options = {}) {
  const { createScanner, DiscretError } = await import('./index.js');
  const result = convertGitleaks(tomlText, options);
  const kept = [];
  for (const rule of result.pack.rules) {
    try {
      const scanner = await createScanner({ rules: [{ name: result.pack.name, rules: [rule] }], builtins: false });
      scanner.dispose();
      kept.push(rule);
    } catch (e) {
      if (!(e instanceof DiscretError)) throw e;
      result.unsupported.push({ id: rule.id, reason: `the engine rejects it: ${e.message.replace(/^\/rules\/0/, '')}` });
    }
  }
  result.pack.rules = kept;
  return result;
}
