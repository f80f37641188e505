// Parquet in and out: the rows of a Parquet file as tab-separated text the engine scans (a header of
// column names, so `email` or `dob` help detection), a locator from a byte of that text back to
// (row, column), and a copy of the file with some cells replaced. Pure JS over hyparquet (reading,
// with hyparquet-compressors: SNAPPY, GZIP, ZSTD, BROTLI, LZ4, LZ4_RAW) and hyparquet-writer.
//
// Contracts
// - readParquetChunks(bytes, { maxChunkBytes = 4 MiB }) yields, row group by row group, chunks
//   { rowGroup, firstRow, rowCount, columns, text, locate }. `text` (UTF-8) is the header line, then
//   one line per row; cells are joined by TAB and a TAB, LF or CR inside a cell is one space (same
//   byte length: an offset inside a cell is an offset in the cell's UTF-8). Cells: strings as they
//   are; numbers, bigints, booleans as JS prints them; DECIMAL exactly ("12.30"); Date (DATE,
//   TIMESTAMP) in ISO 8601; null empty; bytes as UTF-8 when valid, else empty (not scanned); a
//   JSON column's text as stored; lists, structs and maps as JSON. Columns are the top-level ones: a
//   nested column is one cell. A chunk holds whole rows, at most maxChunkBytes unless one row is
//   larger; a row group larger than that gives several chunks, each repeating the header.
//   locate(byteOffset) -> { row (0-based in the file), column (name), columnIndex, cellStart, cellEnd }
//   or null on the header line, a TAB or a line feed.
// - cellReplacements(chunk, findings, into = new Map()) turns findings on chunk.text
//   ([{ start, end, replacement }], byte offsets, as pseudonymizeBytes gives them) into
//   Map(row -> Map(column -> new cell value)), editing the cell's original value (so a newline the
//   text shows as a space is kept). A finding running over several cells puts its replacement in
//   the first and removes its part of the others; a part on the header line is ignored.
// - writeParquet(bytes, replacements) -> { bytes, schemaKept, notes }: the same columns in the same
//   order, the same rows and row group sizes, the same schema (types, logical types, repetition,
//   field ids) and key-value metadata, each column with its codec when hyparquet-writer has a
//   compressor for it (SNAPPY, GZIP, UNCOMPRESSED; others become SNAPPY, with a note). A replaced
//   cell in a string, bytes, ENUM, JSON (if the new value parses) or nested column (if only its
//   strings changed) keeps the type; in a BOOLEAN, integer, FLOAT/DOUBLE, DECIMAL, DATE or UUID
//   column it keeps the type when the new value parses back to it. Otherwise the column becomes a UTF-8 string
//   column (every cell as the chunk text showed it, nulls kept), schemaKept is false, a note names
//   it, and ARROW:schema metadata (which would contradict it) is dropped. The file written is read
//   back and compared with what was meant, cell by cell.
//   Throws code 'parquet_write_unsupported' (naming the column and why) for what hyparquet-writer
//   cannot write or does not read back the same: INT96, VARIANT, maps with non-string keys, and any
//   column the check finds changed; the caller falls back to parquetToJsonl. Code 'bad_parquet' for
//   a file hyparquet cannot read, or whose footer or page headers do not hold together (checked
//   before hyparquet decodes a row group: checkColumnChunks, checkPages); 'bad_replacement' for a
//   row or column the file does not have.
// - parquetToJsonl(bytes, replacements) -> Uint8Array: one JSON object per row, keys in column
//   order, replaced cells as their new string (a new JSON or nested value as JSON when it parses);
//   bigints as exact JSON numbers, Dates as ISO strings, non-UTF-8 bytes as base64 strings.
//
// What hyparquet-writer 0.17 can write (read from its source): the physical types BOOLEAN, INT32,
// INT64, FLOAT, DOUBLE, BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY (not INT96); any schema given as
// SchemaElements, nested LIST/MAP/struct included (Dremel levels), with converted and logical types
// written as given (STRING, ENUM, JSON, BSON, DECIMAL, DATE, TIME, TIMESTAMP, INTEGER, UUID,
// FLOAT16, GEOMETRY, GEOGRAPHY, VARIANT...); one row group per write() call, so sizes are kept;
// codecs SNAPPY (built in) and any other with a compressor passed in (we pass GZIP from fflate:
// ZSTD, BROTLI, LZ4 have no JS compressor here). What it cannot keep: page sizes, encodings and
// dictionary choices (its own), bloom filters, column indexes, sorting_columns, created_by (ours),
// empty row groups (dropped). Values go through hyparquet's conversions, so we read them losslessly:
// timestamps as raw bigints, DATE as days, UUID as bytes, top-level DECIMAL as unscaled integers,
// BSON/INTERVAL as bytes, invalid UTF-8 as bytes; JSON is parsed and re-serialized by the writer
// (the same JSON values; whitespace, and digits of numbers past 2^53, may change: a note says so).
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { getMaxDefinitionLevel, getMaxRepetitionLevel, getSchemaPath } from 'hyparquet/src/schema.js';
import { compressors } from 'hyparquet-compressors';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { gzipSync } from 'fflate';
import { joinBytes } from '../bytes.js';

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder();

function parquetError(code, message) {
  const e = new Error(message);
  e.code = code;
  return e;
}

// ------------------------------------------------------------------------------------ reading

function arrayBufferOf(bytes) {
  if (bytes instanceof ArrayBuffer) return bytes;
  if (!(bytes instanceof Uint8Array)) throw parquetError('bad_parquet', 'parquet: expected a Uint8Array or ArrayBuffer');
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
}

function readMetadata(file) {
  let metadata;
  try {
    metadata = parquetMetadata(file, { geoparquet: false });  // the schema exactly as stored
  } catch (e) {
    throw parquetError('bad_parquet', `parquet: cannot read the footer (${e.message})`);
  }
  checkColumnChunks(metadata);
  return metadata;
}

// The repetition or definition levels of a DATA_PAGE_V2 (stored uncompressed, RLE/bit-packed
// hybrid) hold no run longer than the page's values: hyparquet (1.31) repeats a run's value as many
// times as its header says, into an array it grows, so one 5-byte run of 2^31 took minutes and all
// memory (found by tests/fuzz/js-readers.mjs). Levels of version 1 pages sit inside the compressed
// data and dictionary indices among the values: those runs are not checked (docs/fuzzing.md).
function checkLevelRuns(bytes, maxLevel, count, where) {
  if (!maxLevel) return;  // no levels stored
  const valueBytes = (32 - Math.clz32(maxLevel) + 7) >> 3;
  let p = 0, seen = 0;
  while (seen < count) {
    let header = 0;
    for (let shift = 0; ; shift += 7) {
      if (p >= bytes.length || shift > 28) throw parquetError('bad_parquet', `parquet: ${where}: a page's levels end inside a run header`);
      const b = bytes[p++];
      header += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) break;
    }
    if (header % 2) {  // bit-packed: groups of 8 values, maxLevel's bit width each
      const groups = Math.floor(header / 2);
      p += groups * (32 - Math.clz32(maxLevel));
      seen += groups * 8;
    } else {
      const run = header / 2;
      if (seen + run > count) throw parquetError('bad_parquet', `parquet: ${where}: a run of ${run} levels in a page of ${count} values`);
      p += valueBytes;
      seen += run;
    }
    if (p > bytes.length) throw parquetError('bad_parquet', `parquet: ${where}: a page's levels are truncated`);
  }
}

// Every row group has a row count (groupBounds locates row groups by them), and every column chunk
// of it names, by its path, a leaf of the schema, once. hyparquet (1.31) starts reading a row
// group's columns one after the other and throws when a later one's path is not in the schema (or
// has no metadata) while the earlier reads run on: their failures are then promises rejected with
// no handler, which end a node process (found by tests/fuzz/js-readers.mjs). A second chunk of one
// column would be read but never awaited, with the same effect.
function checkColumnChunks(metadata) {
  let tree;
  try {
    tree = parquetSchema(metadata);
  } catch (e) {
    throw parquetError('bad_parquet', `parquet: cannot read the schema (${e.message})`);
  }
  (metadata.row_groups ?? []).forEach((group, g) => {
    // Row groups are located by their row counts (groupBounds): each must be a count.
    const rows = group.num_rows;
    if (!((typeof rows === 'bigint' || Number.isInteger(rows)) && rows >= 0)) {
      throw parquetError('bad_parquet', `parquet: row group ${g} has no valid row count (${rows})`);
    }
    const seen = new Set();
    for (const [i, chunk] of (group.columns ?? []).entries()) {
      const path = chunk?.meta_data?.path_in_schema;
      if (!Array.isArray(path) || !path.length) throw parquetError('bad_parquet', `parquet: row group ${g}: column chunk ${i} has no metadata or path`);
      let node = tree;
      for (const part of path) {
        node = node.children.find((c) => c.element.name === part);
        if (!node) throw parquetError('bad_parquet', `parquet: row group ${g}: column "${path.join('.')}" is not in the schema`);
      }
      if (node.children.length) throw parquetError('bad_parquet', `parquet: row group ${g}: column "${path.join('.')}" is not a leaf of the schema`);
      const key = path.join('\u0000');
      if (seen.has(key)) throw parquetError('bad_parquet', `parquet: row group ${g}: column "${path.join('.')}" appears twice`);
      seen.add(key);
    }
  });
}

// The page headers of every column chunk, read before hyparquet decodes anything: each page lies
// inside its chunk (which lies inside the file), and the data pages hold no more values than the
// chunk declares. hyparquet (1.31) sizes its level arrays by a page's num_values and decodes that
// many: a header read from the wrong bytes (pages shifted under the footer's offsets) declared
// billions of values and took minutes, then all memory (found by tests/fuzz/js-readers.mjs). Pages
// are walked as hyparquet walks them, until the chunk's values are all seen or its bytes end.
// Checked per row group, before reading it (rows [start, end)), so the row groups before a corrupt
// one are still read.
function checkPages(metadata, file, start, end) {
  let first = 0;
  (metadata.row_groups ?? []).forEach((group, g) => {
    const rows = Number(group.num_rows);
    first += rows;
    if (first - rows >= end || first <= start) return;
    for (const { meta_data: meta } of group.columns ?? []) {
      const where = `row group ${g}: column "${meta.path_in_schema.join('.')}"`;
      const at = Number(meta.dictionary_page_offset || meta.data_page_offset);
      const length = Number(meta.total_compressed_size);
      const values = Number(meta.num_values);
      if (!(at >= 0 && length >= 0 && at + length <= file.byteLength)) {
        throw parquetError('bad_parquet', `parquet: ${where}: its pages (${length} bytes at ${at}) are not inside the file (${file.byteLength} bytes)`);
      }
      if (!(values >= 0)) throw parquetError('bad_parquet', `parquet: ${where}: declares ${meta.num_values} values`);
      const reader = { view: new DataView(file, at, length), offset: 0 };
      let seen = 0;
      while (seen < values && reader.offset < length - 1) {
        let header;
        try {
          header = parquetHeader(reader);
        } catch (e) {
          throw parquetError('bad_parquet', `parquet: ${where}: unreadable page header at byte ${at + reader.offset} (${e.message})`);
        }
        const size = header.compressed_page_size;
        if (!(size >= 0 && reader.offset + size <= length)) {
          throw parquetError('bad_parquet', `parquet: ${where}: a page of ${size} bytes runs past its column chunk`);
        }
        const n = (header.data_page_header ?? header.data_page_header_v2)?.num_values;
        if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
          if (!Number.isInteger(n)) throw parquetError('bad_parquet', `parquet: ${where}: a data page without its page header`);
          if (!(n >= 0 && seen + n <= values)) {
            throw parquetError('bad_parquet', `parquet: ${where}: a page declares ${n} values, more than the ${values - seen} its column chunk has left`);
          }
          if (header.type === 'DATA_PAGE_V2') {
            const v2 = header.data_page_header_v2;
            const path = getSchemaPath(metadata.schema, meta.path_in_schema);
            const page = new Uint8Array(file, at + reader.offset, size);
            const rl = v2.repetition_levels_byte_length, dl = v2.definition_levels_byte_length;
            if (!(rl >= 0 && dl >= 0 && rl + dl <= size)) throw parquetError('bad_parquet', `parquet: ${where}: a page's levels (${rl} + ${dl} bytes) run past it`);
            checkLevelRuns(page.subarray(0, rl), getMaxRepetitionLevel(path), n, where);
            checkLevelRuns(page.subarray(rl, rl + dl), getMaxDefinitionLevel(path), n, where);
          }
          seen += n;
        } else if (header.type === 'DICTIONARY_PAGE') {
          // PLAIN values take at least one bit each (BOOLEAN).
          const d = header.dictionary_page_header?.num_values;
          if (!(d >= 0 && d <= header.uncompressed_page_size * 8)) {
            throw parquetError('bad_parquet', `parquet: ${where}: a dictionary page declares ${d} values in ${header.uncompressed_page_size} bytes`);
          }
        }
        reader.offset += size;
      }
    }
  });
}

const decimalOf = (e) => e.converted_type === 'DECIMAL' || e.logical_type?.type === 'DECIMAL';
const rawOnly = (e) => decimalOf(e) || ['BSON', 'INTERVAL'].includes(e.converted_type) || e.logical_type?.type === 'BSON';

/** The top-level columns: [{ name, element, tree, decimal: scale | undefined }]. */
function topColumns(metadata) {
  const names = new Set();
  return parquetSchema(metadata).children.map((tree) => {
    // hyparquet finds columns by name: a second one of the same name would read as the first
    if (names.has(tree.element.name)) throw parquetError('bad_parquet', `parquet: two columns are named "${tree.element.name}"`);
    names.add(tree.element.name);
    return {
      name: tree.element.name, element: tree.element, tree,
      scale: !tree.children.length && decimalOf(tree.element) ? (tree.element.scale ?? tree.element.logical_type?.scale ?? 0) : undefined,
    };
  });
}

// hyparquet turns DECIMAL into floats and cannot read BSON/INTERVAL: read the top-level ones raw.
function rawMetadata(metadata, top) {
  const raw = new Set(top.filter((c) => !c.tree.children.length && rawOnly(c.element)).map((c) => c.element));
  if (!raw.size) return metadata;
  return { ...metadata, schema: metadata.schema.map((e) => (raw.has(e) ? { ...e, converted_type: undefined, logical_type: undefined } : e)) };
}

// The scan view: readable values. The write view: values the writer turns back into the same bytes.
const isoDay = (days) => new Date(days * 86400000).toISOString().slice(0, 10);
const SCAN = { utf8: false, parsers: { jsonFromBytes: (b) => b && lenient.decode(b), dateFromDays: isoDay } };
function writeView(stats) {
  return {
    utf8: false,
    parsers: {
      timestampFromMilliseconds: (v) => v,
      timestampFromMicroseconds: (v) => v,
      timestampFromNanoseconds: (v) => v,
      dateFromDays: (v) => v,
      uuidFromBytes: (b) => b,
      stringFromBytes: (b) => {
        if (!b) return b;
        try {
          return utf8.decode(b);
        } catch {
          return b;  // invalid UTF-8 written back as the same bytes
        }
      },
      jsonFromBytes: (b) => {
        if (!b) return b;
        const text = lenient.decode(b);
        const value = JSON.parse(text);
        if (stats && JSON.stringify(value) !== text) stats.jsonRewritten++;
        return value;
      },
    },
  };
}

/** Rows [start, end) as arrays of top-level values. */
async function readRows(file, metadata, start, end, view, where, columns) {
  if (end <= start) return [];
  checkPages(metadata, file, start, end);
  let rows;
  try {
    await parquetRead({ file, metadata, compressors, rowStart: start, rowEnd: end, columns, ...view, onComplete: (r) => { rows = r; } });
  } catch (e) {
    throw parquetError('bad_parquet', `parquet: ${where}: ${e.message}`);
  }
  return rows;
}

function groupBounds(metadata) {
  let first = 0;
  return metadata.row_groups.map((g) => {
    const n = Number(g.num_rows);
    const b = { first, end: first + n };
    first += n;
    return b;
  });
}

// ---------------------------------------------------------------------------------- cell text

/** A top-level DECIMAL's unscaled integer (INT32, INT64 or big-endian two's complement bytes). */
function unscaled(raw) {
  if (typeof raw === 'bigint') return raw;
  if (typeof raw === 'number') return BigInt(raw);
  let v = 0n;
  for (const b of raw) v = (v << 8n) | BigInt(b);
  return raw.length && raw[0] & 0x80 ? v - (1n << BigInt(raw.length * 8)) : v;
}

function decimalText(v, scale) {
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return neg ? `-${text}` : text;
}

const oneLine = (s) => s.replace(/[\t\n\r]/g, ' ');

/** JSON text of a decoded value: bigints as exact numbers, Dates ISO, bytes as UTF-8 (else `bytes`). */
function jsonText(v, bytes = () => null) {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
  if (typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'null' : JSON.stringify(v.toISOString());
  if (v instanceof Uint8Array) {
    try {
      return JSON.stringify(utf8.decode(v));
    } catch {
      return JSON.stringify(bytes(v));
    }
  }
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return `[${Array.from(v, (x) => jsonText(x, bytes)).join(',')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${jsonText(x, bytes)}`).join(',')}}`;
}

/** A cell as the chunk text shows it (before TAB/LF/CR become spaces). */
function cellValueText(v, column) {
  if (v === null || v === undefined) return '';
  if (column.scale !== undefined && !(v instanceof Date)) return decimalText(unscaled(v), column.scale);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  if (v instanceof Uint8Array) {
    try {
      return utf8.decode(v);
    } catch {
      return '';
    }
  }
  return jsonText(v);
}

// ------------------------------------------------------------------------------ scan chunks

const chunkState = new WeakMap();  // chunk -> { rows, rowStarts, top, headerEnd }

function makeChunk(rowGroup, firstRow, top, header, lines, rows) {
  const rowStarts = new Array(lines.length);
  let total = header.length;
  lines.forEach((l, i) => {
    rowStarts[i] = total;
    total += l.length;
  });
  const text = joinBytes([header, ...lines]);
  const columns = top.map((c) => c.name);
  let cached = -1, cellStarts = null;  // the cell starts of the last row located
  const locate = (offset) => {
    if (!(offset >= header.length && offset < text.length)) return null;
    let lo = 0, hi = rowStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rowStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    if (text[offset] === 0x09 || text[offset] === 0x0a) return null;
    if (lo !== cached) {
      cached = lo;
      cellStarts = [rowStarts[lo]];
      const end = (rowStarts[lo + 1] ?? text.length) - 1;
      for (let p = rowStarts[lo]; p < end; p++) if (text[p] === 0x09) cellStarts.push(p + 1);
      cellStarts.push(end + 1);
    }
    let c = 0;
    while (cellStarts[c + 1] <= offset) c++;
    return { row: firstRow + lo, column: columns[c], columnIndex: c, cellStart: cellStarts[c], cellEnd: cellStarts[c + 1] - 1 };
  };
  const chunk = { rowGroup, firstRow, rowCount: lines.length, columns, text, locate };
  chunkState.set(chunk, { rows, top, headerEnd: header.length });
  return chunk;
}

/** Chunks of whole rows as tab-separated text with a header line (see the header comment). */
export async function* readParquetChunks(bytes, { maxChunkBytes = 4 << 20 } = {}) {
  const file = arrayBufferOf(bytes);
  const metadata = readMetadata(file);
  const top = topColumns(metadata);
  const header = encoder.encode(`${top.map((c) => oneLine(c.name)).join('\t')}\n`);
  const meta = rawMetadata(metadata, top);
  const bounds = groupBounds(metadata);
  for (let g = 0; g < bounds.length; g++) {
    const { first, end } = bounds[g];
    const rows = await readRows(file, meta, first, end, SCAN, `row group ${g}`);
    let lines = [], size = header.length, start = 0;
    for (let i = 0; i < rows.length; i++) {
      const line = encoder.encode(`${rows[i].map((v, j) => oneLine(cellValueText(v, top[j]))).join('\t')}\n`);
      if (lines.length && size + line.length > maxChunkBytes) {
        yield makeChunk(g, first + start, top, header, lines, rows.slice(start, i));
        lines = [];
        size = header.length;
        start = i;
      }
      lines.push(line);
      size += line.length;
    }
    if (lines.length) yield makeChunk(g, first + start, top, header, lines, rows.slice(start));
  }
}

/** Findings on chunk.text -> Map(row -> Map(column -> new value)) (see the header comment). */
export function cellReplacements(chunk, findings, into = new Map()) {
  const state = chunkState.get(chunk);
  if (!state) throw parquetError('bad_replacement', 'cellReplacements() takes a chunk from readParquetChunks()');
  const edits = new Map();  // "row,col" -> { row, col, list: [{ s, e, text }] }
  for (const f of findings) {
    let pos = Math.max(f.start, state.headerEnd), first = true;
    while (pos < f.end) {
      const loc = chunk.locate(pos);
      if (!loc) {
        pos++;
        continue;
      }
      const key = `${loc.row},${loc.columnIndex}`;
      if (!edits.has(key)) edits.set(key, { row: loc.row, col: loc.columnIndex, list: [] });
      edits.get(key).list.push({ s: pos - loc.cellStart, e: Math.min(f.end, loc.cellEnd) - loc.cellStart, text: first ? f.replacement : '' });
      first = false;
      pos = loc.cellEnd + 1;
    }
  }
  for (const { row, col, list } of edits.values()) {
    const original = state.rows[row - chunk.firstRow][col];
    const base = encoder.encode(cellValueText(original, state.top[col]));
    list.sort((a, b) => a.s - b.s);
    let out = '', at = 0;
    for (const { s, e, text } of list) {
      out += lenient.decode(base.subarray(at, s)) + text;
      at = Math.max(at, e);
    }
    out += lenient.decode(base.subarray(at));
    if (!into.has(row)) into.set(row, new Map());
    into.get(row).set(chunk.columns[col], out);
  }
  return into;
}

// ------------------------------------------------------------------------------------ writing

function writeUnsupported(column, why) {
  return parquetError('parquet_write_unsupported', `parquet: column "${column}": ${why}; write CSV or JSONL instead`);
}

// Why hyparquet-writer cannot write this column, or null.
function unsupportedWhy(tree) {
  const e = tree.element;
  if (e.type === 'INT96') return 'INT96 timestamps cannot be written by hyparquet-writer';
  if (e.logical_type?.type === 'VARIANT') return 'VARIANT values would be re-encoded, not kept';
  if ((e.converted_type === 'MAP' || e.logical_type?.type === 'MAP') && tree.children[0]?.children[0]?.element.type !== 'BYTE_ARRAY') {
    return 'map keys that are not strings are read back as strings';
  }
  for (const child of tree.children) {
    const why = unsupportedWhy(child);
    if (why) return why;
  }
  return null;
}

const INT_RANGES = { INT_8: [-128, 127], INT_16: [-32768, 32767], UINT_8: [0, 255], UINT_16: [0, 65535], UINT_32: [0, 4294967295] };

// The new value in the column's own type, or undefined when it does not parse back to it.
function parseBack(text, column) {
  const e = column.element;
  if (column.tree.children.length) return undefined;
  const ct = e.converted_type, lt = e.logical_type?.type;
  if (e.type === 'BYTE_ARRAY' && (!lt || lt === 'STRING' || lt === 'ENUM') && (!ct || ct === 'UTF8' || ct === 'ENUM')) {
    return ct === 'UTF8' || lt === 'STRING' || ct === 'ENUM' || lt === 'ENUM' ? text : encoder.encode(text);
  }
  if (ct === 'JSON' || lt === 'JSON') {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  if (column.scale !== undefined) {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
    const scale = column.scale, precision = e.precision ?? e.logical_type?.precision ?? 38;
    if (!m || (m[3] ?? '').length > scale) return undefined;
    const digits = (m[2] + (m[3] ?? '').padEnd(scale, '0')).replace(/^0+(?=\d)/, '');
    return digits.length <= precision ? BigInt(m[1] + digits) : undefined;
  }
  if (ct === 'DATE' || lt === 'DATE') {
    const days = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) / 86400000 : NaN;
    return Number.isInteger(days) && isoDay(days) === text ? days : undefined;
  }
  if (lt === 'UUID') return /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(text) ? text : undefined;
  const plain = !ct || ct in INT_RANGES || ct === 'INT_32' || ct === 'INT_64' || ct === 'UINT_64';
  if (!plain || (lt && lt !== 'INTEGER')) return undefined;
  if (e.type === 'BOOLEAN') return text === 'true' ? true : text === 'false' ? false : undefined;
  if (e.type === 'FLOAT' || e.type === 'DOUBLE') {
    return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^(NaN|-?Infinity)$/.test(text) ? Number(text) : undefined;
  }
  if (!/^-?\d+$/.test(text)) return undefined;
  const unsigned = ct?.startsWith('UINT') || (lt === 'INTEGER' && !e.logical_type.isSigned);
  if (e.type === 'INT64') {
    const v = BigInt(text);
    const [min, max] = unsigned ? [0n, 2n ** 64n - 1n] : [-(2n ** 63n), 2n ** 63n - 1n];
    return v >= min && v <= max ? v : undefined;
  }
  if (e.type !== 'INT32') return undefined;
  const v = Number(text);
  const bits = e.logical_type?.bitWidth;
  const [min, max] = INT_RANGES[ct] ?? (bits && bits < 32 ? (unsigned ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1])
    : unsigned ? [0, 4294967295] : [-2147483648, 2147483647]);
  return v >= min && v <= max ? v : undefined;
}

const NO_MERGE = Symbol('no merge');

/**
 * A nested value with the strings the new JSON text changed, its other leaves kept as read (write
 * view), or NO_MERGE when the text changed anything else. `shown` is the value as the scan showed it.
 */
function mergeNested(shown, kept, next) {
  if ((typeof shown === 'string' || shown instanceof Uint8Array) && typeof next === 'string' && (typeof kept === 'string' || kept instanceof Uint8Array)) {
    return kept instanceof Uint8Array ? encoder.encode(next) : next;
  }
  if (Array.isArray(shown) && Array.isArray(next) && Array.isArray(kept) && shown.length === next.length) {
    const out = shown.map((v, i) => mergeNested(v, kept[i], next[i]));
    return out.includes(NO_MERGE) ? NO_MERGE : out;
  }
  if (shown && next && kept && typeof shown === 'object' && typeof next === 'object' && !Array.isArray(next)
      && Object.getPrototypeOf(shown) === Object.prototype && Object.keys(shown).join('\0') === Object.keys(next).join('\0')) {
    const out = {};
    for (const k of Object.keys(shown)) {
      out[k] = mergeNested(shown[k], kept[k], next[k]);
      if (out[k] === NO_MERGE) return NO_MERGE;
    }
    return out;
  }
  return jsonText(shown) === jsonText(next) ? kept : NO_MERGE;
}

function checkReplacements(replacements, top, rowCount) {
  if (!(replacements instanceof Map)) throw parquetError('bad_replacement', 'parquet: replacements must be a Map of row -> Map of column -> value');
  const index = new Map(top.map((c, i) => [c.name, i]));
  const byColumn = new Map();  // column index -> Map(row -> text)
  for (const [row, cells] of replacements) {
    if (!Number.isInteger(row) || row < 0 || row >= rowCount) throw parquetError('bad_replacement', `parquet: row ${row} is not in the file (${rowCount} rows)`);
    for (const [name, text] of cells) {
      if (!index.has(name)) throw parquetError('bad_replacement', `parquet: no column "${name}" (row ${row})`);
      if (typeof text !== 'string') throw parquetError('bad_replacement', `parquet: row ${row}, column "${name}": the new value must be a string`);
      const j = index.get(name);
      if (!byColumn.has(j)) byColumn.set(j, new Map());
      byColumn.get(j).set(row, text);
    }
  }
  return byColumn;
}

const STRING_ELEMENT = (e) => {
  const out = { name: e.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type: e.repetition_type === 'REQUIRED' ? 'REQUIRED' : 'OPTIONAL' };
  if (e.field_id !== undefined) out.field_id = e.field_id;
  return out;
};

// The schema with the given top-level columns turned into UTF-8 strings (their subtrees dropped).
function schemaWithStrings(metadata, top, stringCols) {
  const out = [metadata.schema[0]];
  const walk = (tree) => {
    out.push(tree.element);
    tree.children.forEach(walk);
  };
  top.forEach((c, j) => {
    if (stringCols.has(j)) out.push(STRING_ELEMENT(c.element));
    else walk(c.tree);
  });
  return out;
}

const WRITABLE_CODECS = ['SNAPPY', 'GZIP', 'UNCOMPRESSED'];
const WRITE_COMPRESSORS = { GZIP: (input) => gzipSync(input, { level: 6, mtime: 0 }) };

// Plans each column: the codec, and for replaced columns 'keep' (new values parsed, in `values`),
// or 'string'. Nested columns need their old values to merge: read here, only where replaced.
async function planColumns(file, metadata, top, byColumn, notes) {
  const firstGroup = metadata.row_groups[0]?.columns ?? [];
  let leaf = 0;
  const plans = top.map((c) => {
    const leaves = countLeaves(c.tree);
    const codec = firstGroup[leaf]?.meta_data?.codec ?? 'SNAPPY';
    leaf += leaves;
    const plan = { mode: 'keep', values: new Map(), codec: WRITABLE_CODECS.includes(codec) ? codec : 'SNAPPY' };
    if (plan.codec !== codec) notes.push(`column "${c.name}": ${codec} compression written as SNAPPY (no ${codec} compressor in hyparquet-writer)`);
    return plan;
  });
  const nested = [];
  for (const [j, cells] of byColumn) {
    if (top[j].tree.children.length) {
      nested.push(j);
      continue;
    }
    for (const [row, text] of cells) {
      const v = parseBack(text, top[j]);
      if (v === undefined) {
        plans[j].mode = 'string';
        break;
      }
      plans[j].values.set(row, v);
    }
  }
  if (nested.length) {
    const bounds = groupBounds(metadata);
    const meta = rawMetadata(metadata, top);
    const names = nested.map((j) => top[j].name);
    for (let g = 0; g < bounds.length; g++) {
      const { first, end } = bounds[g];
      const rowsHere = nested.some((j) => [...byColumn.get(j).keys()].some((r) => r >= first && r < end));
      if (!rowsHere) continue;
      const shown = await readRows(file, meta, first, end, SCAN, `row group ${g}`, names);
      const kept = await readRows(file, meta, first, end, writeView(), `row group ${g}`, names);
      nested.forEach((j, k) => {
        for (const [row, text] of byColumn.get(j)) {
          if (row < first || row >= end || plans[j].mode === 'string') continue;
          let next;
          try {
            next = JSON.parse(text);
          } catch {
            plans[j].mode = 'string';
            continue;
          }
          const v = mergeNested(shown[row - first][k], kept[row - first][k], next);
          if (v === NO_MERGE) plans[j].mode = 'string';
          else plans[j].values.set(row, v);
        }
      });
    }
  }
  for (const [j, plan] of plans.entries()) {
    if (plan.mode === 'string') {
      const e = top[j].element;
      notes.push(`column "${top[j].name}" (${e.converted_type ?? e.logical_type?.type ?? e.type ?? 'nested'}) became a UTF-8 string column: a new value does not fit its type`);
    }
  }
  return plans;
}

function countLeaves(tree) {
  return tree.children.length ? tree.children.reduce((n, c) => n + countLeaves(c), 0) : 1;
}

/**
 * One row group's column data as given to the writer: the write view with top-level DECIMALs as
 * unscaled bigints, replaced cells in, 'string' columns as the scan showed them.
 */
async function groupColumns(file, metadata, top, plans, byColumn, g, bounds, stats) {
  const { first, end } = bounds[g];
  const rows = await readRows(file, rawMetadata(metadata, top), first, end, writeView(stats), `row group ${g}`);
  const stringCols = top.map((c, j) => j).filter((j) => plans[j].mode === 'string');
  const shown = stringCols.length
    ? await readRows(file, rawMetadata(metadata, top), first, end, SCAN, `row group ${g}`, stringCols.map((j) => top[j].name))
    : [];
  return top.map((c, j) => {
    const cells = byColumn.get(j);
    const plan = plans[j];
    const k = stringCols.indexOf(j);
    const data = rows.map((r, i) => {
      const row = first + i;
      if (plan.mode === 'string') {
        if (cells?.has(row)) return cells.get(row);
        const v = shown[i][k];
        return v === null || v === undefined ? v : cellValueText(v, c);
      }
      if (cells?.has(row)) return plan.values.get(row);
      const v = r[j];
      return c.scale !== undefined && v !== null && v !== undefined ? unscaled(v) : v;
    });
    return { name: c.name, data, codec: plan.codec };
  });
}

function sameValue(a, b) {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime() || (Number.isNaN(a.getTime()) && Number.isNaN(b.getTime()));
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  const arrayA = Array.isArray(a) || ArrayBuffer.isView(a), arrayB = Array.isArray(b) || ArrayBuffer.isView(b);
  if (arrayA !== arrayB) return false;
  if (arrayA) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a).filter((k) => a[k] !== undefined), kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue(a[k], b[k]));
}

/** A copy of the Parquet file with cells replaced (see the header comment). */
export async function writeParquet(bytes, replacements = new Map()) {
  const file = arrayBufferOf(bytes);
  const metadata = readMetadata(file);
  const top = topColumns(metadata);
  for (const c of top) {
    const why = unsupportedWhy(c.tree);
    if (why) throw writeUnsupported(c.name, why);
  }
  const bounds = groupBounds(metadata);
  const byColumn = checkReplacements(replacements, top, bounds.at(-1)?.end ?? 0);
  const notes = [];
  const plans = await planColumns(file, metadata, top, byColumn, notes);
  const stringCols = new Set(top.map((c, j) => j).filter((j) => plans[j].mode === 'string'));
  const schemaKept = stringCols.size === 0;
  const schema = schemaKept ? metadata.schema : schemaWithStrings(metadata, top, stringCols);
  let kv = metadata.key_value_metadata;
  if (!schemaKept && kv?.some((m) => m.key === 'ARROW:schema')) {
    kv = kv.filter((m) => m.key !== 'ARROW:schema');
    notes.push('key-value metadata "ARROW:schema" dropped: it describes the old column types');
  }
  if (bounds.some((b) => b.end === b.first)) notes.push('empty row groups dropped (hyparquet-writer writes none)');

  const writer = new ByteWriter();
  const stats = { jsonRewritten: 0 };
  try {
    const pw = new ParquetWriter({ writer, schema, compressors: WRITE_COMPRESSORS, kvMetadata: kv, createdBy: 'discret (hyparquet-writer)' });
    for (let g = 0; g < bounds.length; g++) {
      const n = bounds[g].end - bounds[g].first;
      if (!n) continue;
      const columnData = await groupColumns(file, metadata, top, plans, byColumn, g, bounds, stats);
      try {
        pw.write({ columnData, rowGroupSize: n });
      } catch (e) {
        throw writeUnsupported(failingColumn(schema, columnData) ?? top.map((c) => c.name).join(', '), `hyparquet-writer failed in row group ${g} (${e.message})`);
      }
    }
    pw.finish();
  } catch (e) {
    if (e.code) throw e;
    throw parquetError('parquet_write_unsupported', `parquet: hyparquet-writer failed (${e.message}); write CSV or JSONL instead`);
  }
  const out = writer.getBytes().slice();
  if (stats.jsonRewritten) {
    const names = top.filter((c) => c.element.converted_type === 'JSON' || c.element.logical_type?.type === 'JSON').map((c) => `"${c.name}"`);
    notes.push(`${stats.jsonRewritten} JSON value(s)${names.length ? ` in ${names.join(', ')}` : ''} re-serialized by hyparquet-writer: same JSON values, whitespace or number formatting changed`);
  }
  await verify(file, metadata, out, top, plans, byColumn, bounds);
  return { bytes: out, schemaKept, notes };
}

// Which column hyparquet-writer chokes on, by writing each alone (only on the error path).
function failingColumn(schema, columnData) {
  const tree = parquetSchema({ schema });
  for (const [j, col] of columnData.entries()) {
    const sub = [{ name: 'root', num_children: 1 }];
    const walk = (t) => {
      sub.push(t.element);
      t.children.forEach(walk);
    };
    walk(tree.children[j]);
    try {
      const pw = new ParquetWriter({ writer: new ByteWriter(), schema: sub, compressors: WRITE_COMPRESSORS });
      pw.write({ columnData: [col], rowGroupSize: col.data.length || 1 });
    } catch {
      return col.name;
    }
  }
  return null;
}

// Reads the written file back and checks every cell against what was meant.
async function verify(file, metadata, out, top, plans, byColumn, bounds) {
  const outFile = out.buffer;
  const outMeta = readMetadata(outFile);
  const outTop = topColumns(outMeta);
  const outBounds = groupBounds(outMeta);
  const expectedGroups = bounds.filter((b) => b.end > b.first);
  if (outBounds.length !== expectedGroups.length || outBounds.some((b, i) => b.first !== expectedGroups[i].first || b.end !== expectedGroups[i].end)) {
    throw parquetError('parquet_write_unsupported', 'parquet: the file written does not have the same row groups');
  }
  for (let g = 0, k = 0; g < bounds.length; g++) {
    if (bounds[g].end === bounds[g].first) continue;
    const meant = await groupColumns(file, metadata, top, plans, byColumn, g, bounds, null);
    const got = await groupColumns(outFile, outMeta, outTop, outTop.map(() => ({ mode: 'keep' })), new Map(), k++, outBounds, null);
    for (let j = 0; j < meant.length; j++) {
      const a = meant[j].data, b = got[j].data;
      for (let i = 0; i < a.length; i++) {
        const x = typeof a[i] === 'string' && b[i] instanceof Uint8Array ? encoder.encode(a[i]) : a[i];
        if (!sameValue(x, b[i])) {
          throw writeUnsupported(top[j].name, `row ${bounds[g].first + i} does not read back the same after writing (${jsonText(a[i])} became ${jsonText(b[i])})`);
        }
      }
    }
  }
}

// --------------------------------------------------------------------------------- JSONL copy

function base64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The rows as JSON Lines with the replacements in (see the header comment). */
export async function parquetToJsonl(bytes, replacements = new Map()) {
  const file = arrayBufferOf(bytes);
  const metadata = readMetadata(file);
  const top = topColumns(metadata);
  const bounds = groupBounds(metadata);
  const byColumn = checkReplacements(replacements, top, bounds.at(-1)?.end ?? 0);
  const meta = rawMetadata(metadata, top);
  const keys = top.map((c) => JSON.stringify(c.name));
  const structured = top.map((c) => c.tree.children.length > 0 || c.element.converted_type === 'JSON' || c.element.logical_type?.type === 'JSON');
  const parts = [];
  for (let g = 0; g < bounds.length; g++) {
    const rows = await readRows(file, meta, bounds[g].first, bounds[g].end, SCAN, `row group ${g}`);
    const lines = rows.map((r, i) => {
      const row = bounds[g].first + i;
      const cells = r.map((v, j) => {
        const text = byColumn.get(j)?.get(row);
        if (text !== undefined) return structured[j] && isJson(text) ? text.replace(/[\r\n]+/g, ' ') : JSON.stringify(text);
        if (structured[j] && typeof v === 'string') return isJson(v) ? v.replace(/[\r\n]+/g, ' ') : JSON.stringify(v);
        if (top[j].scale !== undefined && v !== null && v !== undefined) return decimalText(unscaled(v), top[j].scale);
        return jsonText(v, base64);
      });
      return `{${cells.map((c, j) => `${keys[j]}:${c}`).join(',')}}\n`;
    });
    parts.push(encoder.encode(lines.join('')));
  }
  return joinBytes(parts);
}

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
