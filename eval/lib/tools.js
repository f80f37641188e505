// The detectors compared by `npm run eval`: Discret and three npm peers, each behind the same
// interface: { name, version, entities (ours it can report, null = all), detect(text) ->
// [{ entity, start, end, raw, test? }] }. `entity` is null for a peer finding whose type has no
// counterpart in our vocabulary ("other": left out of the scores, counted apart).
// Offsets are JS string indices, end exclusive, whatever the tool reports natively.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
  } catch {
    // Packages whose exports hide package.json: walk up from the entry point.
    const entry = require.resolve(pkg);
    const root = entry.slice(0, entry.lastIndexOf(`/node_modules/${pkg}/`) + `/node_modules/${pkg}/`.length);
    return JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
  }
};

// --- Discret -------------------------------------------------------------------------------------

export async function discret({ minScore = 0.5 } = {}) {
  const { createScanner } = await import('../../wasm/index.js');
  const scanner = await createScanner({ minScore });
  return {
    name: 'Discret',
    version: JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version,
    entities: null,
    rules: scanner.rules,
    detect: (text) => scanner.scan(text).map((f) => ({ entity: f.entity, start: f.start, end: f.end, raw: f.ruleId, test: f.test === true, score: f.score })),
  };
}

// --- @openredaction/openredaction ----------------------------------------------------------------

const CRYPTO_TYPES = /^(BITCOIN|ETHEREUM|LITECOIN|MONERO|RIPPLE|CARDANO|SOLANA|POLKADOT|POLYGON|AVALANCHE|COSMOS|TEZOS|ALGORAND|NEAR|BINANCE_CHAIN)_ADDRESS$/;
const OR_NATIONAL = new Set(['SSN', 'FRENCH_SOCIAL_SECURITY', 'SPANISH_DNI', 'ITALIAN_FISCAL_CODE', 'NATIONAL_INSURANCE_UK', 'DUTCH_BSN', 'POLISH_PESEL', 'CANADIAN_SIN', 'ROMANIAN_CNP', 'CZECH_NATIONAL_ID', 'HUNGARIAN_PERSONAL_ID', 'BULGARIAN_PERSONAL_NUMBER', 'SERBIAN_JMBG', 'SWEDISH_PERSONNUMMER', 'BELGIAN_NATIONAL_NUMBER']);
const OR_TAX = new Set(['TAX_ID', 'GERMAN_TAX_ID', 'US_EIN', 'UST_ID', 'HUNGARIAN_TAX_ID']);
const OR_SECRET = /(API_KEY|SECRET|TOKEN|_AUTH$|WEBHOOK|STORAGE_KEY)/;
/** openredaction type -> our entity (null: no counterpart). */
export function mapOpenRedaction(type) {
  if (type.startsWith('PHONE')) return 'PHONE';
  if (type === 'EMAIL') return 'EMAIL';
  if (type === 'IPV4' || type === 'IPV6') return 'IP_ADDRESS';
  if (type === 'MAC_ADDRESS') return 'MAC_ADDRESS';
  if (type === 'CREDIT_CARD') return 'CREDIT_CARD';
  if (type === 'IBAN' || type === 'UK_BANK_ACCOUNT_IBAN') return 'IBAN';
  if (type === 'SWIFT_BIC') return 'BIC';
  if (CRYPTO_TYPES.test(type)) return 'CRYPTO_WALLET';
  if (OR_NATIONAL.has(type)) return 'NATIONAL_ID';
  if (OR_TAX.has(type)) return 'TAX_ID';
  if (type === 'NHS_NUMBER') return 'HEALTH_ID';
  if (type === 'NAME') return 'PERSON';
  if (type === 'ADDRESS_STREET' || type === 'ADDRESS_PO_BOX') return 'ADDRESS';
  if (type === 'DATE_OF_BIRTH') return 'DATE_OF_BIRTH';
  if (type === 'URL_WITH_AUTH' || type === 'DATABASE_CONNECTION') return 'URL';
  if (type === 'USERNAME') return 'USERNAME';
  if (type.startsWith('PASSPORT')) return 'PASSPORT';
  if (type.startsWith('DRIVING_LICENSE')) return 'DRIVER_LICENSE';
  if (type === 'PRIVATE_KEY' || type === 'SSH_PRIVATE_KEY') return 'PRIVATE_KEY';
  if (OR_SECRET.test(type) && type !== 'PAYMENT_TOKEN' && type !== 'TOKEN') return 'SECRET';
  return null;
}

export async function openRedaction() {
  const { OpenRedaction } = await import('@openredaction/openredaction');
  // enableLearning: false, else it reads and writes .openredaction/learnings.json in the working directory.
  const shield = new OpenRedaction({ enableLearning: false });
  const entities = new Set(['PHONE', 'EMAIL', 'IP_ADDRESS', 'MAC_ADDRESS', 'CREDIT_CARD', 'IBAN', 'BIC', 'CRYPTO_WALLET', 'NATIONAL_ID', 'TAX_ID', 'HEALTH_ID', 'PERSON', 'ADDRESS', 'DATE_OF_BIRTH', 'URL', 'USERNAME', 'PASSPORT', 'DRIVER_LICENSE', 'PRIVATE_KEY', 'SECRET']);
  let misplaced = 0;
  return {
    name: 'openredaction',
    version: version('@openredaction/openredaction'),
    entities,
    get notes() {
      return misplaced ? [`${misplaced} findings whose position did not match their value were placed by searching the value`] : [];
    },
    async detect(text) {
      const r = await shield.detect(text);
      return r.detections.map((d) => {
        let [start, end] = d.position;
        if (text.slice(start, end) !== d.value) {
          misplaced++;
          const at = text.indexOf(d.value, Math.max(0, start - 64));
          if (at >= 0) [start, end] = [at, at + d.value.length];
        }
        return { entity: mapOpenRedaction(d.type), start, end, raw: d.type };
      });
    },
  };
}

// --- redact-pii ----------------------------------------------------------------------------------
//
// redact-pii only returns the redacted text. To get spans, its own redactors are run here in its
// own order (SyncRedactor's childRedactors) with the same regular expressions and the same
// replacement tokens, recording each match's place in the original text. Its name redactor is a
// 20-line loop that does not expose matches: it is mirrored below from the package's source, and
// every document's result is checked against the real SyncRedactor output (`mismatches`).

const RP_MAP = {
  creditCardNumber: 'CREDIT_CARD', streetAddress: 'ADDRESS', zipcode: null, phoneNumber: 'PHONE', ipAddress: 'IP_ADDRESS',
  usSocialSecurityNumber: 'NATIONAL_ID', emailAddress: 'EMAIL', username: 'USERNAME', password: 'PASSWORD', credentials: null,
  digits: null, url: 'URL', names: 'PERSON',
};

export async function redactPii() {
  const rp = require('redact-pii');
  const patterns = require('redact-pii/lib/built-ins/simple-regexp-patterns.js');
  const wellKnown = require('redact-pii/lib/built-ins/well-known-names.json');
  const { snakeCase } = require('lodash');
  const real = new rp.SyncRedactor();
  const order = Object.keys(patterns); // the order composeChildRedactors uses
  const tokenOf = Object.fromEntries(order.map((k) => [k, snakeCase(k).toUpperCase()]));
  tokenOf.names = 'PERSON_NAME';
  // NameRedactor's expressions, as in lib/built-ins/NameRedactor.js.
  const greetingRegex = /(^|\.\s+)(dear|hi|hello|greetings|hey|hey there)/gi;
  const closingRegex = /(thx|thanks|thank you|regards|best|[a-z]+ly|[a-z]+ regards|all the best|happy [a-z]+ing|take care|have a [a-z]+ (weekend|night|day))/gi;
  const greetingOrClosing = new RegExp('(((' + greetingRegex.source + ')|(' + closingRegex.source + '\\s*[,.!]*))[\\s-]*)', 'gi');
  const genericName = new RegExp('( ?(([A-Z][a-z]+)|([A-Z]\\.)))+([,.]|[,.]?$)', 'gm');
  const wellKnownNames = new RegExp('\\b(\\s*)(\\s*(' + wellKnown.join('|') + '))+\\b', 'gim');

  let mismatches = 0;
  return {
    name: 'redact-pii',
    version: version('redact-pii'),
    entities: new Set(Object.values(RP_MAP).filter(Boolean)),
    get notes() {
      return mismatches ? [`${mismatches} documents where the span replay differed from SyncRedactor's output`] : [];
    },
    detect(text) {
      // cur: the text as redacted so far; marks: replaced ranges of cur with their original range.
      let cur = text;
      let marks = []; // { s, e (in cur), os, oe (in text), key }
      const toOrig = (x, isEnd) => {
        let delta = 0;
        for (const m of marks) {
          if (isEnd ? x <= m.s : x < m.s) break;
          if (x < m.e || (isEnd && x === m.e)) return isEnd ? m.oe : m.os;
          delta += (m.oe - m.os) - (m.e - m.s);
        }
        return x + delta;
      };
      const replaceAll = (matches, key) => {
        // matches: [{ s, e, keepBefore, keepAfter }] in cur, non-overlapping, ascending.
        if (!matches.length) return;
        const token = tokenOf[key];
        let out = '', pos = 0, shift = 0;
        const next = [];
        const kept = marks.slice();
        for (const m of matches) {
          const s = m.s + (m.keepBefore ?? 0), e = m.e - (m.keepAfter ?? 0);
          const os = toOrig(s, false), oe = toOrig(e, true);
          // marks the replaced range overlaps disappear into it; the others move by `shift`
          for (let i = kept.length - 1; i >= 0; i--) if (kept[i].s < e && kept[i].e > s) kept.splice(i, 1);
          out += cur.slice(pos, s) + token;
          next.push({ s, e, os, oe, key, token });
          pos = e;
        }
        out += cur.slice(pos);
        // Rebuild marks in the new text's coordinates.
        const all = [...kept.map((m) => ({ ...m, old: true })), ...next].sort((a, b) => a.s - b.s);
        const rebuilt = [];
        shift = 0;
        for (const m of all) {
          if (m.old) rebuilt.push({ s: m.s + shift, e: m.e + shift, os: m.os, oe: m.oe, key: m.key });
          else {
            rebuilt.push({ s: m.s + shift, e: m.s + shift + m.token.length, os: m.os, oe: m.oe, key: m.key });
            shift += m.token.length - (m.e - m.s);
          }
        }
        marks = rebuilt;
        cur = out;
      };
      const regexMatches = (re) => {
        const out = [];
        re.lastIndex = 0;
        cur.replace(re, (m, ...args) => {
          const off = args[args.length - 2];
          out.push({ s: off, e: off + m.length });
          return m;
        });
        return out;
      };
      for (const key of order) replaceAll(regexMatches(patterns[key]), key);
      // NameRedactor: greeting/closing followed by capitalised words, then well-known names.
      greetingOrClosing.lastIndex = 0;
      genericName.lastIndex = 0;
      let g = greetingOrClosing.exec(cur);
      while (g !== null) {
        genericName.lastIndex = greetingOrClosing.lastIndex;
        const n = genericName.exec(cur);
        if (n !== null && n.index === greetingOrClosing.lastIndex) {
          const suffix = n[5] === null ? '' : n[5];
          replaceAll([{ s: n.index, e: n.index + n[0].length, keepAfter: suffix.length }], 'names');
          // The package keeps the regex position in the changed text; so does the replay.
        }
        g = greetingOrClosing.exec(cur);
      }
      const wk = [];
      wellKnownNames.lastIndex = 0;
      cur.replace(wellKnownNames, (m, lead, ...args) => {
        const off = args[args.length - 2];
        wk.push({ s: off, e: off + m.length, keepBefore: lead.length });
        return m;
      });
      replaceAll(wk, 'names');
      if (cur !== real.redact(text)) mismatches++;
      return marks.map((m) => ({ entity: RP_MAP[m.key], start: m.os, end: m.oe, raw: m.key }));
    },
  };
}

// --- @arcjet/redact ------------------------------------------------------------------------------
//
// redact() calls `replace(entity, plaintext)` for each finding in text order; the replay records
// the plaintext and finds it in the original text from the previous finding on. (Its own
// replacement uses UTF-8 byte offsets as string indices, so its redacted output is shifted after
// any non-ASCII character; the spans here are those of the values it detected.)

const AJ_MAP = { email: 'EMAIL', 'phone-number': 'PHONE', 'ip-address': 'IP_ADDRESS', 'credit-card-number': 'CREDIT_CARD' };

export async function arcjet() {
  const { redact } = await import('@arcjet/redact');
  let unplaced = 0;
  return {
    name: 'arcjet',
    version: version('@arcjet/redact'),
    entities: new Set(Object.values(AJ_MAP)),
    get notes() {
      return ['its redacted text is shifted after non-ASCII characters (UTF-8 offsets used as string indices); spans here come from the values it reports', ...(unplaced ? [`${unplaced} reported values not found in the text`] : [])];
    },
    async detect(text) {
      const found = [];
      await redact(text, { replace: (entity, plaintext) => { found.push([entity, plaintext]); return undefined; } });
      const out = [];
      let from = 0;
      for (const [entity, value] of found) {
        let at = text.indexOf(value, from);
        if (at < 0) at = text.indexOf(value);
        if (at < 0) {
          unplaced++;
          continue;
        }
        out.push({ entity: AJ_MAP[entity] ?? null, start: at, end: at + value.length, raw: entity });
        from = at + value.length;
      }
      return out;
    },
  };
}

export const PEERS = { openredaction: openRedaction, 'redact-pii': redactPii, arcjet };
