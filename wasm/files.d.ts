// Types of discret/files (wasm/files.js): scanFile, pseudonymizeFile and the events they yield.
import type { Entity, Operator, Scanner, ScannerOptions, ValueKind } from './index.js';
import type { ParsedIgnore } from './ignore-types.js';

export { report } from './report.js';

/** A path (node), a File/Blob, bytes, an (async) iterable of byte pieces, or a ReadableStream. */
export type FileInput = string | Blob | Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array> | Iterable<Uint8Array> | ReadableStream<Uint8Array>
  | { input: string | Blob | Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array>; name: string };

export type FileFormat = 'text' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'notebook' | 'parquet';

export interface NotebookPlace {
  /** 1-based cell, null for the notebook's own metadata. */
  cell: number | null;
  cellType?: 'code' | 'markdown' | 'raw';
  part: 'source' | 'output' | 'metadata' | 'attachment';
  output?: number;
  line?: number;
}

export interface FindingEvent {
  type: 'finding';
  /** The file; archive members as `archive.zip!/dir/member.csv`. */
  file: string;
  /** 1-based line and column (code points); not given for Parquet. */
  line?: number;
  column?: number;
  /** Tables: 1-based data row and column name; JSON Lines: the line as row. */
  row?: number;
  field?: string;
  rowGroup?: number;
  pointer?: string | null;
  inKey?: boolean;
  cell?: NotebookPlace;
  /** Byte offsets in the file (in the scanned text for Parquet). */
  start: number;
  end: number;
  entity: Entity;
  ruleId: string;
  country: string | null;
  score: number;
  test: boolean;
  kind: ValueKind | null;
  /** The raw value: mask it before showing it (report.js maskValue). */
  text: string;
  /** pseudonymizeFile only. */
  replacement?: string;
}

export type FileEvent =
  | { type: 'file'; file: string; format: FileFormat; bytes: number | null }
  | FindingEvent
  | { type: 'special'; file: string; line?: number; column?: number; row?: number; field?: string; pointer?: string | null; category: string; language: string; word: string }
  | { type: 'skipped'; file: string; reason: string }
  | { type: 'warning'; file: string; line?: number; message: string }
  | { type: 'progress'; file: string; bytesDone: number | null; bytesTotal: number | null; rowsDone?: number; findings: number }
  | { type: 'end'; file: string; rows?: number; findings: number }
  | { type: 'output'; file: string; format: FileFormat | 'zip' | 'tar' | 'tar.gz' | 'gz' | 'binary'; bytes: Uint8Array };

export interface ScanFileOptions {
  /** A scanner to use (not disposed); else one is made from scannerOptions. */
  scanner?: Scanner;
  scannerOptions?: ScannerOptions;
  /** The input's name, for format detection and in events (paths and Files name themselves). */
  name?: string;
  /** A parsed .discretignore (parseIgnoreFile from ignore.js) and the folder it applies from. */
  ignore?: ParsedIgnore;
  ignoreRoot?: string;
  /** Honour .gitignore files in folders (node). Default true. */
  gitignore?: boolean;
  /** Look for special-category words. Default true. */
  special?: boolean;
  /** Bytes per wasm call (default 1 MiB) and the overlap between windows (default 64 KiB). */
  window?: number;
  overlap?: number;
  signal?: AbortSignal;
  onProgress?: (progress: Extract<FileEvent, { type: 'progress' }>) => void;
}

export interface PseudonymizeFileOptions extends ScanFileOptions {
  operator?: Operator;
  operators?: Partial<Record<Entity, Operator>>;
  key?: string;
  mask?: number;
  maskChar?: string;
}

export declare function copyPath(file: string, format: string): string;
export declare function fileFormat(name: string, head: Uint8Array): FileFormat | 'binary';
export declare function scanFile(input: FileInput, options?: ScanFileOptions): AsyncGenerator<FileEvent>;
export declare function scanFiles(inputs: FileInput[], options?: ScanFileOptions): AsyncGenerator<FileEvent>;
export declare function pseudonymizeFile(input: FileInput, options?: PseudonymizeFileOptions): AsyncGenerator<FileEvent>;
export declare function pseudonymizeFiles(inputs: FileInput[], options?: PseudonymizeFileOptions): AsyncGenerator<FileEvent>;
