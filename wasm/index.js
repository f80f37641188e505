// The npm package's public API: one scanner over the wasm core, the same in node, pages,
// workers and MV3 extensions. Text crosses into wasm once per call as UTF-8 and findings come
// back as one Int32Array; offsets are converted to UTF-16 code units in wasm, so
// `text.slice(finding.start, finding.end) === finding.text`.
import createDiscretModule from './dist/discret.mjs';

/** The one error class of the package. `code` is stable; `where` is a JSON Pointer or "@offset". */
export class DiscretError extends Error {
  constructor({ code, message, where = '', ruleId = '' }) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'DiscretError';
    this.code = code;
    this.where = where;
    this.ruleId = ruleId || null;
  }
}

export const OPERATORS = Object.freeze(['redact', 'placeholder', 'mask', 'hash', 'pseudonym', 'fake']);

/** The entities findings are reported as (core/rule_loader.cpp kEntities; docs/rules.md), in that order. */
export const ENTITIES = Object.freeze(['EMAIL', 'PHONE', 'IP_ADDRESS', 'MAC_ADDRESS', 'URL', 'CREDIT_CARD', 'IBAN', 'BIC',
  'CRYPTO_WALLET', 'NATIONAL_ID', 'TAX_ID', 'PASSPORT', 'DRIVER_LICENSE', 'HEALTH_ID', 'PERSON', 'ADDRESS',
  'DATE_OF_BIRTH', 'GPS_COORDINATES', 'USERNAME', 'PASSWORD', 'SECRET', 'PRIVATE_KEY']);

let modulePromise = null;

const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;

// Debian's Emscripten loader would fetch() the .wasm, which node cannot do from a file path:
// in node the bytes are read here and handed over.
async function loadModule() {
  if (!modulePromise) {
    modulePromise = (async () => {
      const options = {};
      if (isNode) {
        const { readFile } = await import('node:fs/promises');
        options.wasmBinary = await readFile(new URL('./dist/discret.wasm', import.meta.url));
      }
      return createDiscretModule(options);
    })();
  }
  return modulePromise;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });  // a leading U+FEFF is text like any other

function check(result) {
  if (!result.ok) throw new DiscretError(result.error);
  return result;
}

function packText(pack, index) {
  if (typeof pack === 'string') return pack;
  if (pack && typeof pack === 'object') return JSON.stringify(pack);
  throw new DiscretError({ code: 'invalid_option', message: `rules[${index}] must be a JSON string or object`, where: 'rules' });
}

// The operator options' JSON form (core/pseudonymize.h): one string into wasm per call.
function operatorOptions(options) {
  const { operator = 'placeholder', operators, key = '', mask = 4, maskChar = '*' } = options ?? {};
  if (!Number.isInteger(mask) || mask < 0) throw new DiscretError({ code: 'invalid_option', message: 'mask must be an integer >= 0', where: 'mask' });
  return { operator: String(operator), operators: operators ?? undefined, key: String(key), mask, maskChar: String(maskChar) };
}

// JSON.stringify keeps a lone surrogate as "\udXXX", which is not UTF-8: replaced with U+FFFD as
// TextEncoder does for pseudonymize().
function wellFormed(text) {
  return typeof text === 'string' && text.toWellFormed ? text.toWellFormed() : text;
}

class Scanner {
  #module;
  #native;
  #rules;
  #kinds;
  #secretSet = false;

  constructor(module, native) {
    this.#module = module;
    this.#native = native;
    this.#rules = native.rules();
    this.#kinds = module.WasmScanner.kinds();
  }

  /** The loaded rules, in priority order: [{ id, entity, country, pack }] (pack: its pack's name, or null). */
  get rules() {
    return this.#rules.map((r) => ({ ...r }));
  }

  /**
   * Findings in `text`: [{ entity, ruleId, country, start, end, text, score, test, kind }], offsets in UTF-16
   * units. `test`: a documentation or test value (example.com, RFC 5737 addresses, test card numbers), reported
   * but not a leak. `kind`: a rule's qualifier, e.g. an IP's range ('public', 'private', 'loopback'...), or null.
   */
  scan(text) {
    if (typeof text !== 'string') throw new DiscretError({ code: 'invalid_option', message: 'scan() takes a string' });
    return this.#withBytes(encoder.encode(text), (ptr, len) => {
      const packed = this.#live().scan(ptr, len, true);
      return this.#findings(packed, (s, e) => text.slice(s, e));
    });
  }

  /** Like scan() on UTF-8 bytes (e.g. a file read as is); offsets are byte offsets. */
  scanBytes(bytes) {
    if (!(bytes instanceof Uint8Array)) throw new DiscretError({ code: 'invalid_option', message: 'scanBytes() takes a Uint8Array' });
    return this.#withBytes(bytes, (ptr, len) => {
      const packed = this.#live().scan(ptr, len, false);
      return this.#findings(packed, (s, e) => decoder.decode(bytes.subarray(s, e)));
    });
  }

  /**
   * Replaces every finding with the operator's output; every other character is unchanged.
   * options: { operator = 'placeholder', operators: { ENTITY: operator } (overrides `operator` for those
   * entities), key (hash: required; pseudonym: keyed "<EMAIL_3f2a9c01be7d>"; fake: else a random key per
   * scanner), mask = 4 (characters kept), maskChar = '*' }. docs/operators.md describes every operator.
   * Returns { text, findings (each with `replacement`), mapping: [{ entity, value, replacement }] }.
   */
  pseudonymize(text, options = {}) {
    if (typeof text !== 'string') throw new DiscretError({ code: 'invalid_option', message: 'pseudonymize() takes a string' });
    return this.#pseudonymize(encoder.encode(text), options, true, (s, e) => text.slice(s, e), (out) => decoder.decode(out));
  }

  /** pseudonymize() on UTF-8 bytes: returns { bytes, findings (byte offsets), mapping }; invalid UTF-8 outside findings is kept. */
  pseudonymizeBytes(bytes, options = {}) {
    if (!(bytes instanceof Uint8Array)) throw new DiscretError({ code: 'invalid_option', message: 'pseudonymizeBytes() takes a Uint8Array' });
    const r = this.#pseudonymize(bytes, options, false, (s, e) => decoder.decode(bytes.subarray(s, e)), (out) => out);
    return { bytes: r.text, findings: r.findings, mapping: r.mapping };
  }

  /** The pseudonyms and fakes given so far: { version: 1, entries: [{ entity, value, pseudonym }] }. */
  exportMapping() {
    return JSON.parse(this.#live().exportMapping());
  }

  /** Replaces the pseudonyms and fakes with an exported mapping (object or JSON text). */
  importMapping(mapping) {
    const json = typeof mapping === 'string' ? mapping : JSON.stringify(mapping);
    check(this.#live().importMapping(json));
  }

  /**
   * The replacements of values found earlier (by scanStream, in a Parquet column...), as pseudonymize()
   * would give them, through the same mapping: values = [{ entity, ruleId, text }] (findings will do; ruleId
   * may be omitted, it picks fr-nir's fake and a national phone's country). options as pseudonymize().
   * One call into wasm for the whole batch. Returns the replacement strings, in order.
   */
  replaceValues(values, options = {}) {
    if (!Array.isArray(values)) {
      throw new DiscretError({ code: 'invalid_option', message: 'replaceValues() takes an array of { entity, ruleId, text }', where: 'values' });
    }
    const batch = operatorOptions(options);
    batch.values = values.map((v) => ({ entity: v?.entity, ruleId: v?.ruleId ?? undefined, text: wellFormed(v?.text) }));
    return JSON.parse(check(this.#mapped().replaceValues(JSON.stringify(batch))).replacements);
  }

  /** Frees the wasm memory of this scanner. Further calls throw. */
  dispose() {
    if (this.#native) {
      this.#native.delete();
      this.#native = null;
    }
  }

  #live() {
    if (!this.#native) throw new DiscretError({ code: 'disposed', message: 'this scanner was disposed' });
    return this.#native;
  }

  // The native scanner, its map given the key `fake` uses when the options have none: random, drawn once
  // per scanner, so fakes agree within a scanner and cannot be matched by hashing guessed values.
  #mapped() {
    const native = this.#live();
    if (!this.#secretSet) {
      const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
      native.setMapSecret(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));
      this.#secretSet = true;
    }
    return native;
  }

  #pseudonymize(bytes, options, utf16, slice, output) {
    const json = JSON.stringify(operatorOptions(options));
    return this.#withBytes(bytes, (ptr, len) => {
      const r = check(this.#mapped().pseudonymize(ptr, len, utf16, json));
      const findings = this.#findings(r.findings, slice);
      const mapping = [];
      const seen = new Set();
      findings.forEach((f, i) => {
        f.replacement = r.replacements[i];
        const id = `${f.entity}\u0000${f.text}`;
        if (!seen.has(id)) {
          seen.add(id);
          mapping.push({ entity: f.entity, value: f.text, replacement: f.replacement });
        }
      });
      return { text: output(r.text), findings, mapping };
    });
  }

  // Unpacks the facade's [start, end, rule, score×1e6, test | kind << 1] quintuples.
  #findings(packed, slice) {
    const out = new Array(packed.length / 5);
    for (let i = 0, j = 0; j < packed.length; i += 1, j += 5) {
      const rule = this.#rules[packed[j + 2]];
      const start = packed[j];
      const end = packed[j + 1];
      const flags = packed[j + 4];
      out[i] = {
        entity: rule.entity, ruleId: rule.id, country: rule.country, start, end, text: slice(start, end),
        score: packed[j + 3] / 1e6, test: (flags & 1) === 1, kind: this.#kinds[flags >> 1] || null,
      };
    }
    return out;
  }

  #withBytes(bytes, fn) {
    return withBytes(this.#module, bytes, fn);
  }
}

// Copies `bytes` into the module's memory for the duration of `fn(ptr, len)`.
function withBytes(module, bytes, fn) {
  const ptr = module._malloc(Math.max(1, bytes.length));
  try {
    module.HEAPU8.set(bytes, ptr);
    return fn(ptr, bytes.length);
  } finally {
    module._free(ptr);
  }
}

/**
 * A finder for one RE2 pattern with a capture group (core/group_finder.h): find(bytes) returns the
 * byte spans of group 1 of every match as an Int32Array [start, end, start, end...], one call into
 * wasm per chunk. For word lists searched in the engine (discret/files's special-category words).
 * A pattern that does not compile, or has no group, throws DiscretError (invalid_pattern).
 */
export async function createGroupFinder(pattern) {
  const module = await loadModule();
  const { finder } = check(module.WasmGroupFinder.create(String(pattern)));
  return {
    find(bytes) {
      if (!(bytes instanceof Uint8Array)) throw new DiscretError({ code: 'invalid_option', message: 'find() takes a Uint8Array' });
      return withBytes(module, bytes, (ptr, len) => finder.find(ptr, len));
    },
    dispose() {
      finder.delete();
    },
  };
}

/**
 * Creates a scanner with the built-in rule packs plus `rules` (a rule pack, or an array of them,
 * as objects or JSON text). A broken pack or option throws DiscretError naming the JSON Pointer.
 * options: { rules, builtins = true, minScore = 0.5, allow: [value | { pattern }],
 *   deny: [{ value | pattern, entity }], disabledRules: [id], entities: [entity], countries: [code] }.
 */
export async function createScanner(options = {}) {
  const { rules = [], builtins = true, ...engineOptions } = options;
  const packs = (Array.isArray(rules) ? rules : [rules]).map(packText);
  const module = await loadModule();
  const created = check(module.WasmScanner.create(packs, Boolean(builtins), JSON.stringify(engineOptions)));
  return new Scanner(module, created.scanner);
}
