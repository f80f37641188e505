// Where a finding is, in the terms of its file's format: the row and column name of a CSV/TSV
// cell, the line and JSON Pointer of a JSON or JSONL value. The engine scans the file's bytes as
// they are (one call, so nothing outside a finding can change); these locators read the same bytes
// once and answer for any number of ascending byte offsets. Pure JS: pages and workers use it too.

const QUOTE = 0x22, LF = 0x0a, CR = 0x0d;

/** Binary content: a NUL byte, or more than 10% control bytes, in the first 8 KB (text never has them). */
export function isBinary(bytes) {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== LF && b !== CR && b !== 0x0c && b !== 0x1b) control++;
  }
  return head.length > 0 && control * 10 > head.length;
}

/** 'csv' | 'tsv' | 'json' | 'jsonl' | 'text' | 'binary', from the file name, else from the first bytes. */
export function detectFormat(name, bytes) {
  if (isBinary(bytes)) return 'binary';
  const lower = (name ?? '').toLowerCase();
  if (/\.(csv)$/.test(lower)) return 'csv';
  if (/\.(tsv|tab)$/.test(lower)) return 'tsv';
  if (/\.(jsonl|ndjson)$/.test(lower)) return 'jsonl';
  if (/\.(json|ipynb)$/.test(lower)) return 'json';
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === LF || bytes[i] === CR)) i++;
  if (bytes[i] === 0x7b || bytes[i] === 0x5b) {
    const firstLine = bytes.subarray(i, Math.min(bytes.length, indexOf(bytes, LF, i)));
    try {
      JSON.parse(new TextDecoder().decode(firstLine));
      return indexOf(bytes, LF, i) < bytes.length - 1 ? 'jsonl' : 'json';
    } catch {
      return 'json';
    }
  }
  return 'text';
}

function indexOf(bytes, b, from) {
  const i = bytes.indexOf(b, from);
  return i < 0 ? bytes.length : i;
}

const decoder = new TextDecoder();

/**
 * Walks RFC 4180 text from `start` (a record start) to `end`: calls onSeparator(i, recordEnd) at each
 * delimiter (isDelimiter(byte)) and line feed outside quoted fields, which may hold delimiters, ""
 * and line breaks (a quote opens a field only at its start). Stops when onSeparator returns false.
 */
export function walkCsv(bytes, start, end, isDelimiter, onSeparator) {
  let quoted = false, fieldStart = true;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (quoted) {
      if (c === QUOTE) {
        if (bytes[i + 1] === QUOTE) i++;
        else quoted = false;
      }
      continue;
    }
    if (c === LF || isDelimiter(c)) {
      if (onSeparator(i, c === LF) === false) return;
      fieldStart = true;
      continue;
    }
    if (c === QUOTE && fieldStart) quoted = true;
    fieldStart = false;
  }
}

/**
 * CSV/TSV (RFC 4180: quoted fields with delimiters, "" and line breaks; a UTF-8 BOM; `,` `;` or tab,
 * guessed from the header line). Returns locate(offsets) -> [{ row, column }] where row 0 is the
 * header, 1 the first record, and column the header's name (or its 1-based number).
 */
export function csvLocator(bytes, delimiter) {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const headerEnd = indexOf(bytes, LF, start);
  if (delimiter === undefined) {
    const counts = { 0x2c: 0, 0x3b: 0, 0x09: 0 };
    for (let i = start; i < headerEnd; i++) if (bytes[i] in counts) counts[bytes[i]]++;
    delimiter = Number(Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0]);
  } else delimiter = delimiter.charCodeAt(0);
  const names = [];
  let row = 0, column = 0, cellStart = start;
  const cellName = () => names[column] ?? String(column + 1);
  return function locate(offsets) {
    const out = [];
    let k = 0;
    walkCsv(bytes, start, bytes.length, (c) => c === delimiter, (i, recordEnd) => {
      while (k < offsets.length && offsets[k] <= i) out[k++] = { row, column: cellName() };
      if (k === offsets.length) return false;
      if (row === 0) names.push(unquote(decoder.decode(bytes.subarray(cellStart, recordEnd && i > cellStart && bytes[i - 1] === CR ? i - 1 : i))));
      if (recordEnd) {
        row++;
        column = 0;
      } else column++;
      cellStart = i + 1;
      return true;
    });
    while (k < offsets.length) out[k++] = { row, column: cellName() };
    start = bytes.length;  // one pass: offsets are given once, ascending
    return out;
  };
}

function unquote(cell) {
  const t = cell.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
}

const escapePointer = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * A JSON text: locate(offsets) -> [{ line, pointer, key? }] where pointer is the RFC 6901 JSON Pointer
 * of the string value (or of the member whose key) holds the offset; key: true when it is in a key.
 * Malformed JSON: pointers up to the fault, then null.
 */
export function jsonLocator(bytes, baseLine = 1) {
  // Collect the string tokens with their pointer, in order; then answer offsets by a sweep.
  const tokens = [];  // { start, end, pointer, key }
  const stack = [];   // { type: 'object'|'array', index, key, prefix (the pointer of the container itself) }
  let i = 0, line = baseLine;
  const lineStarts = [];
  // Built from the container's own pointer, so each token costs O(1) (V8 concatenates strings as
  // ropes), not O(depth): 10,000-deep nesting stays linear.
  const pointer = () => {
    const top = stack[stack.length - 1];
    return top ? `${top.prefix}/${escapePointer(top.type === 'array' ? top.index : top.key)}` : '';
  };
  let expectKey = false;
  try {
    while (i < bytes.length) {
      const c = bytes[i];
      if (c === LF) {
        lineStarts.push(i + 1);
        i++;
        continue;
      }
      if (c === 0x20 || c === 0x09 || c === CR || c === 0x3a) {
        i++;
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        stack.push({ type: c === 0x7b ? 'object' : 'array', index: 0, key: null, prefix: pointer() });
        expectKey = c === 0x7b;
        i++;
        continue;
      }
      if (c === 0x7d || c === 0x5d) {
        stack.pop();
        expectKey = false;
        i++;
        continue;
      }
      if (c === 0x2c) {
        const top = stack[stack.length - 1];
        if (top?.type === 'array') top.index++;
        expectKey = top?.type === 'object';
        i++;
        continue;
      }
      if (c === QUOTE) {
        let j = i + 1;
        while (j < bytes.length && bytes[j] !== QUOTE) j += bytes[j] === 0x5c ? 2 : 1;
        if (j >= bytes.length) throw new Error('unterminated string');
        const top = stack[stack.length - 1];
        if (expectKey && top?.type === 'object') {
          top.key = JSON.parse(decoder.decode(bytes.subarray(i, j + 1)));
          tokens.push({ start: i, end: j + 1, pointer: pointer(), key: true });
          expectKey = false;
        } else tokens.push({ start: i, end: j + 1, pointer: pointer(), key: false });
        i = j + 1;
        continue;
      }
      // numbers, true, false, null
      const top = stack[stack.length - 1];
      const s = i;
      while (i < bytes.length && !' \t\r\n,]}'.includes(String.fromCharCode(bytes[i]))) i++;
      tokens.push({ start: s, end: i, pointer: pointer(), key: false });
      if (top?.type === 'object') expectKey = false;
    }
  } catch {
    tokens.push({ start: i, end: Infinity, pointer: null, key: false });
  }
  return function locate(offsets) {
    let t = 0, l = 0;
    return offsets.map((o) => {
      while (t < tokens.length && tokens[t].end <= o) t++;
      while (l < lineStarts.length && lineStarts[l] <= o) l++;
      const tok = tokens[t] && tokens[t].start <= o ? tokens[t] : null;
      const where = { line: line + l, pointer: tok ? tok.pointer : null };
      if (tok?.key) where.key = true;
      return where;
    });
  };
}

/**
 * JSON Lines: each line is its own JSON text. locate(offsets) -> [{ line, pointer }]; `errors` lists
 * the lines that do not parse ({ line, message }): their bytes are still scanned, with pointer null.
 */
export function jsonlLocator(bytes) {
  const lines = [];
  const errors = [];
  for (let s = 0, n = 1; s < bytes.length; n++) {
    const e = indexOf(bytes, LF, s);
    const body = bytes.subarray(s, e);
    const text = decoder.decode(body).trim();
    if (text) {
      try {
        JSON.parse(text);
        lines.push({ start: s, end: e, locate: jsonLocator(body, n) });
      } catch (err) {
        errors.push({ line: n, message: String(err.message) });
        lines.push({ start: s, end: e, locate: null, n });
      }
    }
    s = e + 1;
  }
  let at = 0;  // offsets come ascending: one sweep over the lines
  const locate = (offsets) => offsets.map((o) => {
    while (at < lines.length && lines[at].end < o) at++;
    const l = lines[at] && lines[at].start <= o ? lines[at] : null;
    if (!l) return { line: null, pointer: null };
    if (!l.locate) return { line: l.n, pointer: null };
    return l.locate([o - l.start])[0];
  });
  locate.errors = errors;
  return locate;
}

/**
 * 1-based { line, column } (column in code points) of ascending byte offsets into `bytes`, whose
 * first byte is at line `lineBase + 1`, `columnBase` code points after that line's start.
 */
export function lineColumns(bytes, offsets, lineBase = 0, columnBase = 0) {
  const out = new Array(offsets.length);
  let line = lineBase + 1, column = columnBase + 1, pos = 0;
  for (let k = 0; k < offsets.length; k++) {
    for (const target = offsets[k]; pos < target; pos++) {
      const b = bytes[pos];
      if (b === LF) {
        line++;
        column = 1;
      } else if ((b & 0xc0) !== 0x80) column++;
    }
    out[k] = { line, column };
  }
  return out;
}

/** UTF-8 byte offsets of ascending UTF-16 indices into `text`, counted from `text`'s start. */
export function utf8Offsets(text, indices) {
  const out = new Array(indices.length);
  let i = 0, bytes = 0;
  for (let k = 0; k < indices.length; k++) {
    for (const target = indices[k]; i < target; i++) {
      const c = text.charCodeAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;  // a surrogate pair is 4
    }
    out[k] = bytes;
  }
  return out;
}
