import type { RulePack } from './index.js';

/** A rule or part of one that a gitleaks configuration has and Discret cannot express. */
export interface UnsupportedPart {
  /** The imported rule's id, or null for the configuration as a whole. */
  id: string | null;
  reason: string;
  /** True when the rule was imported without this part. */
  partial?: boolean;
}

export interface GitleaksImport {
  /** A Discret rule pack: pass it to createScanner({ rules: [pack] }). */
  pack: RulePack & { name: string; description: string; version: number };
  unsupported: UnsupportedPart[];
}

/** Converts gitleaks TOML without checking the rules with the engine (synchronous). */
export function convertGitleaks(tomlText: string, options?: { name?: string }): GitleaksImport;
/** Converts gitleaks TOML; rules the engine rejects are moved to `unsupported` with its message. */
export function importGitleaks(tomlText: string, options?: { name?: string }): Promise<GitleaksImport>;
/** Capture groups of a Go/RE2 regular expression. */
export function captureGroups(regex: string): number;
