// Type declarations of the public API in index.js. tests/js/types.test.js type-checks an
// example against them, so they cannot drift silently.

export type Entity =
  | 'EMAIL' | 'PHONE' | 'IP_ADDRESS' | 'MAC_ADDRESS' | 'URL' | 'CREDIT_CARD' | 'IBAN' | 'BIC'
  | 'CRYPTO_WALLET' | 'NATIONAL_ID' | 'TAX_ID' | 'PASSPORT' | 'DRIVER_LICENSE' | 'HEALTH_ID'
  | 'PERSON' | 'ADDRESS' | 'DATE_OF_BIRTH' | 'GPS_COORDINATES' | 'USERNAME' | 'PASSWORD'
  | 'SECRET' | 'PRIVATE_KEY';

/** docs/operators.md describes each one's output per entity. */
export type Operator = 'redact' | 'placeholder' | 'mask' | 'hash' | 'pseudonym' | 'fake';

export declare const OPERATORS: readonly Operator[];
/** Every entity, in the engine's order. */
export declare const ENTITIES: readonly Entity[];

export interface Finding {
  entity: Entity;
  /** The exact rule, e.g. "fr-nir", "aws-access-key-id". */
  ruleId: string;
  /** ISO 3166-1 alpha-2 code for national rules, else null. */
  country: string | null;
  /** UTF-16 indices for scan()/pseudonymize(): text.slice(start, end) === finding.text. Byte offsets for the *Bytes methods. */
  start: number;
  end: number;
  text: string;
  /** Base score plus context boost, in [0, 1]. */
  score: number;
  /** A documentation or test value (example.com, RFC 5737 addresses, test card numbers): reported, but not a leak. */
  test: boolean;
  /** A rule's qualifier, e.g. an IP address's range; null when the rule has none. */
  kind: ValueKind | null;
}

export type ValueKind = 'public' | 'private' | 'loopback' | 'link-local' | 'documentation' | 'multicast' | 'unspecified';

export interface ReplacedFinding extends Finding {
  replacement: string;
}

export interface MappingEntry {
  entity: Entity;
  value: string;
  replacement: string;
}

export interface PseudonymizeOptions {
  /** Default 'placeholder'. */
  operator?: Operator;
  /** Per-entity operators, overriding `operator` for those entities: { EMAIL: 'fake', PERSON: 'pseudonym' }. */
  operators?: Partial<Record<Entity, Operator>>;
  /**
   * HMAC-SHA-256 key, shared by every operator of the call. Required by 'hash'. 'pseudonym' with a key gives
   * keyed pseudonyms ("<EMAIL_3f2a9c01be7d>": two scans with one key agree without sharing a mapping).
   * 'fake' without a key uses a random key drawn once per scanner.
   */
  key?: string;
  /** 'mask': characters left visible at the end (default 4). */
  mask?: number;
  /** 'mask': the masking character (default '*'). */
  maskChar?: string;
}

/** Every replacement a scanner handed out that stays the same for a value: numbered ("<EMAIL_1>"), keyed ("<EMAIL_3f2a9c01be7d>") and fake ("user-0a1b2c3d4e@example.org"). */
export interface PseudonymMapping {
  version: 1;
  entries: { entity: Entity; value: string; pseudonym: string }[];
}

/** A value found earlier, for replaceValues(); a Finding will do. */
export interface ValueToReplace {
  entity: Entity;
  /** The rule that found it: picks fr-nir's fake and a national phone number's country. */
  ruleId?: string;
  text: string;
}

/** A rule pack: see docs/rules.md. */
export interface RulePack {
  name?: string;
  description?: string;
  version?: number;
  rules: Rule[];
}

export interface Rule {
  id: string;
  entity: Entity;
  country?: string | null;
  pattern: string;
  group?: number;
  multiline?: boolean;
  /** Lines a match may cover from the line where the prefilter hits (1-5). */
  lineSpan?: number;
  /** Literal words (case-insensitive) one of which every match's line contains. */
  keywords?: string[];
  /** A cheaper pattern for the prefilter (not with keywords). */
  prefilter?: string;
  /** Minimum Shannon entropy of the value, bits per character. */
  entropy?: number;
  validators?: string[];
  context?: { words?: string[]; window?: number; boost?: number; required?: boolean; excludeWords?: string[]; sameLine?: boolean };
  classify?: string;
  testValues?: string[];
  /** Patterns that drop a finding whose value contains a match. */
  allow?: string[];
  score?: number;
  description?: string;
  examples?: { match?: string[]; noMatch?: string[] };
}

export interface ScannerOptions {
  /** Extra rule packs (objects or JSON text), after the built-in ones. */
  rules?: RulePack | string | (RulePack | string)[];
  /** Findings scoring below are dropped (default 0.5). */
  minScore?: number;
  /** Load the built-in packs (default true). */
  builtins?: boolean;
  /** Values never reported: exact strings, or { pattern } (RE2, whole value). */
  allow?: (string | { pattern: string })[];
  /** Values always reported, as rules "deny-1", "deny-2"...: an exact value or an RE2 pattern. */
  deny?: ({ value: string; entity: Entity } | { pattern: string; entity: Entity })[];
  /** Rule ids turned off. */
  disabledRules?: string[];
  /** When given, only rules of these entities. */
  entities?: Entity[];
  /** When given, national rules of only these countries (ISO 3166-1 alpha-2); other rules stay on. */
  countries?: string[];
}

export interface Scanner {
  readonly rules: { id: string; entity: Entity; country: string | null; pack: string | null }[];
  scan(text: string): Finding[];
  scanBytes(bytes: Uint8Array): Finding[];
  pseudonymize(text: string, options?: PseudonymizeOptions): { text: string; findings: ReplacedFinding[]; mapping: MappingEntry[] };
  pseudonymizeBytes(bytes: Uint8Array, options?: PseudonymizeOptions): { bytes: Uint8Array; findings: ReplacedFinding[]; mapping: MappingEntry[] };
  exportMapping(): PseudonymMapping;
  importMapping(mapping: PseudonymMapping | string): void;
  /** The replacements of values found earlier, in order, through the same mapping as pseudonymize(); one call into wasm per batch. */
  replaceValues(values: ValueToReplace[], options?: PseudonymizeOptions): string[];
  dispose(): void;
}

export type ErrorCode =
  | 'invalid_json' | 'invalid_rule_pack' | 'invalid_pattern' | 'unknown_validator' | 'duplicate_rule'
  | 'invalid_option' | 'missing_key' | 'invalid_mapping' | 'disposed';

export declare class DiscretError extends Error {
  readonly code: ErrorCode;
  /** JSON Pointer into the rule pack ("/rules/3/pattern") or the options ("/deny/0/pattern", "/operators/EMAIL", "/values/3/entity"), "@offset" for JSON syntax errors, or an operator option's name ("key"). */
  readonly where: string;
  readonly ruleId: string | null;
}

export declare function createScanner(options?: ScannerOptions): Promise<Scanner>;
