// Type declarations of wasm/report.js: the privacy report, and the special-category word finder of
// wasm/special.js, which report.js re-exports. tests/js/report.test.js type-checks an example against them.

import type { Entity, ValueKind } from './index.js';

export type FileFormat = 'text' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'notebook' | 'parquet';
export type SpecialCategory = 'health' | 'religion' | 'ethnicity' | 'politics' | 'sexuality' | 'trade-union';
export type SpecialLanguage = 'en' | 'fr' | 'de' | 'es' | 'it';
export type EntityGroup = 'directIdentifiers' | 'indirectIdentifiers' | 'secrets';
export type SarifLevel = 'error' | 'warning' | 'note';

/** Where a value is: line/column in the file, row/field for tables, pointer for JSON. */
export interface EventLocation {
  line?: number;
  column?: number;
  /** 1-based data row (tables). */
  row?: number;
  /** Column name (tables). */
  field?: string;
  /** JSON Pointer (json, jsonl, notebook). */
  pointer?: string | null;
}

export type ScanEvent =
  | { type: 'file'; file: string; format: FileFormat; bytes: number | null }
  | (EventLocation & {
      type: 'finding'; file: string; cell?: number | string; rowGroup?: number; start?: number; end?: number;
      entity: Entity | string; ruleId: string; country?: string | null; score?: number; test?: boolean;
      kind?: ValueKind | null; text: string;
    })
  | (EventLocation & { type: 'special'; file: string; category: SpecialCategory; language: SpecialLanguage; word: string })
  | { type: 'skipped'; file: string; reason: string }
  | { type: 'warning'; file?: string; line?: number; message: string }
  | { type: 'end'; file: string; rows?: number; findings?: number }
  | { type: 'progress'; [key: string]: unknown };

/** What add() accepts: the events above, and any other `type`, which is ignored ('progress', 'output'...). */
export type AnyEvent = ScanEvent | { type: string };

export interface ReportOptions {
  /** Raw values instead of masked ones in examples and SARIF messages (default false). */
  showValues?: boolean;
  /** Distinct examples kept per entity, per file and per column (default 3). */
  maxExamples?: number;
  /** Share of a file's rows a column needs to be classified as an entity (default 0.5). */
  classifyThreshold?: number;
  /** Keep per-finding SARIF results (default false). */
  sarif?: boolean;
  /** At most this many per-finding SARIF results, the most severe kept (default 5000). */
  maxSarifResults?: number;
  /** Columns (fields) tracked per file; findings beyond go to "(other fields)" (default 1000). */
  maxColumns?: number;
  /** Distinct rows each counter remembers to tell repeated rows apart when out of order (default 1024). */
  rowWindow?: number;
  /** Warnings listed per file (default 20; all are counted). */
  maxWarnings?: number;
  /** Skipped files (and warnings about unknown files) listed (default 1000; all are counted). */
  maxSkipped?: number;
  /** Files listed per special category in the summary (default 20). */
  maxListedFiles?: number;
  /** Written into the report (default DISCRET_VERSION). */
  toolVersion?: string;
}

export type Counts = Record<string, number>;

export interface ColumnReport {
  name: string;
  findings: number;
  byEntity: Counts;
  /** Distinct rows with a finding in this column; null when findings carry no row. */
  rowsWithFinding: number | null;
  /** rowsWithFinding / the file's rows, in [0, 1]; null when either is unknown. */
  share: number | null;
  /** Distinct rows per entity. */
  rowsByEntity: Counts;
  /** The entity found in at least classifyThreshold of the file's rows, else null. */
  classification: string | null;
  /** e.g. "column `email`: 98% EMAIL". */
  label: string;
  examples: Record<string, string[]>;
}

export interface SpecialCount {
  count: number;
  words: { word: string; count: number }[];
  languages: string[];
  fields: string[];
  first: EventLocation;
}

export interface FileReport {
  file: string;
  format: FileFormat | null;
  bytes: number | null;
  /** Data rows, from the 'end' event; null when not given. */
  rows: number | null;
  /** Findings other than test values. */
  findings: number;
  testValues: number;
  byEntity: Counts;
  rowsAffected: number | null;
  shareOfRowsAffected: number | null;
  /** Present (true) when some row counts could not be kept exact. */
  approximate?: true;
  columns: ColumnReport[];
  /** Present (true) when the file had more than maxColumns columns. */
  columnsTruncated?: true;
  examples: Record<string, string[]>;
  rules: Record<string, { entity: string; count: number; first: EventLocation }>;
  special: Partial<Record<SpecialCategory, SpecialCount>>;
  warnings: { line?: number; message: string }[];
  warningCount: number;
}

export interface SarifRecord extends EventLocation {
  file: string;
  ruleId: string;
  entity: string;
  /** Masked unless showValues. */
  value: string;
  score?: number;
}

export interface ReportResult {
  version: 1;
  tool: { name: 'discret'; version: string };
  valuesMasked: boolean;
  summary: {
    files: number;
    filesWithFindings: number;
    filesWithSpecialWords: number;
    bytes: number;
    findings: number;
    testValues: number;
    byEntity: Counts;
    gdpr: {
      directIdentifiers: Counts;
      indirectIdentifiers: Counts;
      secrets: Counts;
      specialCategories: Partial<Record<SpecialCategory, { count: number; words: string[]; languages: string[]; files: string[]; fileCount: number }>>;
      reviewNeeded: string[];
    };
    skipped: number;
    warnings: number;
  };
  /** Sorted by path; skipped files are not in it. */
  files: FileReport[];
  skipped: { file: string; reason: string }[];
  /** Warnings about files that had no other event. */
  warnings: { file: string | null; line?: number; message: string }[];
  /** Only with options.sarif: per-finding records, most severe first. */
  sarif?: { results: SarifRecord[]; dropped: number; max: number };
}

export interface ReportBuilder {
  add(event: AnyEvent): void;
  result(): ReportResult;
}

export declare const REPORT_VERSION: 1;
export declare const DISCRET_VERSION: string;
export declare const ENTITY_GROUPS: Readonly<Record<EntityGroup, readonly Entity[]>>;
export declare const SPECIAL_CATEGORY_LABELS: Readonly<Record<SpecialCategory, string>>;

export declare function entityGroup(entity: string): EntityGroup;
export declare function maskValue(entity: string, text: string): string;
/** "98%"; "<1%" and "99%" rather than rounding to 0% or 100%; "—" for null. */
export declare function percent(share: number | null | undefined): string;
export declare function createReport(options?: ReportOptions): ReportBuilder;
export declare function report(events: Iterable<AnyEvent> | AsyncIterable<AnyEvent>, options?: ReportOptions): Promise<ReportResult>;

export interface MarkdownOptions {
  /** Default "Personal and Sensitive Information". */
  heading?: string;
  /** Heading level of the section (default 2). */
  level?: number;
  /** File tables written, most findings first (default 50). */
  maxFiles?: number;
  /** Number of detection rules, for the note on how the report was made. */
  rules?: number;
}
export declare function toMarkdown(result: ReportResult, options?: MarkdownOptions): string;

export interface SarifOptions {
  /** Default: the report's maxSarifResults, else 5000. */
  maxResults?: number;
  informationUri?: string;
}

/** The subset of SARIF 2.1.0 that toSarif writes. */
export interface SarifLog {
  version: '2.1.0';
  $schema: string;
  runs: [{
    tool: { driver: { name: 'discret'; version: string; informationUri?: string; rules: SarifRule[] } };
    results: SarifResult[];
    properties: { droppedResults: number; maxResults: number; perFinding: boolean };
    invocations?: { executionSuccessful: boolean; toolExecutionNotifications: { level: SarifLevel; message: { text: string } }[] }[];
  }];
}
export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties: Record<string, unknown>;
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } };
    logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[];
  }[];
  properties: Record<string, unknown>;
}
export declare function toSarif(input: ReportBuilder | ReportResult, options?: SarifOptions): SarifLog;

export interface SpecialWord {
  category: SpecialCategory;
  language: SpecialLanguage;
  /** The list's entry, e.g. "Jüdin" for the text "JUEDIN". */
  word: string;
  /** UTF-16 indices: text.slice(start, end) is the text as written. */
  start: number;
  end: number;
}
export declare const SPECIAL_CATEGORIES: readonly SpecialCategory[];
export declare const SPECIAL_LANGUAGES: readonly SpecialLanguage[];
export declare const SPECIAL_LISTS_VERSION: number;
export declare function foldWord(word: string): string;
export declare function findSpecialCategoryWords(
  text: string, options?: { categories?: SpecialCategory[]; languages?: SpecialLanguage[] },
): SpecialWord[];
