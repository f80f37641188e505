// Scanning input far larger than memory: bytes arrive in pieces (a file stream, a Blob's stream),
// are cut into windows at line ends, and each window crosses into wasm once. Windows overlap by
// `overlap` bytes so that a finding cut by one window's end is whole in the next; a finding is
// reported by the window in which it ends after the previous window's cut and at or before this
// window's cut (the last window takes the rest), so each is reported exactly once.
//
// For a delimited table, the header line is put in front of every later window (and its findings
// dropped), so the engine keeps taking the column names as context.
//
//   for await (const f of scanStream(scanner, source, { onProgress, signal })) ...
//   for await (const w of streamWindows(source, options)) ...   // the windows themselves (files.js)
//
// Offsets are absolute byte offsets into the whole input. Memory: one window + overlap + one piece.
// Where a line is longer than the window, the cut falls inside the line: the window then reports what
// ends in the first half of the overlap, the next window the rest.
// Limits: a finding longer than `overlap` (half of it where a line is longer than the window), or a table
// record longer than `window`, may be missed; a multi-line finding cut by a window's end may be reported
// twice (cut, then whole) in rare cases.
import { concat } from './bytes.js';
import { walkCsv } from './locate.js';

export { concat };

const LF = 0x0a;

export const DEFAULT_WINDOW = 1 << 20;   // 1 MiB per crossing: findings of one window are JS objects at once
export const DEFAULT_OVERLAP = 64 << 10; // longer than any finding the rules make (a PEM block is ~3 KB)

/** A table delimiter: `,` `;` tab `|`. */
export const isDelimiter = (c) => c === 0x2c || c === 0x3b || c === 0x09 || c === 0x7c;

// Record starts of a delimited text from `bytes[0]` (itself a record start) up to `limit`: line
// starts outside quoted fields, so a window never begins inside a quoted line break.
function recordStarts(bytes, limit) {
  const starts = [];
  walkCsv(bytes, 0, limit, isDelimiter, (i, recordEnd) => {
    if (recordEnd) starts.push(i + 1);
  });
  return starts;
}

/** Table records ending in bytes[0, end) (bytes[0] is a record start). */
export function countRecords(bytes, end) {
  let n = 0;
  walkCsv(bytes, 0, end, isDelimiter, (i, recordEnd) => {
    if (recordEnd) n++;
  });
  return n;
}

/** Line feeds in bytes[0, end). */
export function countLines(bytes, end) {
  let n = 0;
  for (let i = bytes.indexOf(LF); i >= 0 && i < end; i = bytes.indexOf(LF, i + 1)) n++;
  return n;
}

// Code points after the last line feed of bytes[0, end), or -1 when there is no line feed.
function columnAfterLastLineFeed(bytes, end) {
  const nl = bytes.lastIndexOf(LF, end - 1);
  let n = 0;
  for (let i = nl + 1; i < end; i++) if ((bytes[i] & 0xc0) !== 0x80) n++;
  return nl >= 0 ? n : -n - 1;
}


function checkWindow(window, overlap) {
  if (!(window > 0) || !(overlap >= 0) || overlap >= window) throw new RangeError('scanStream: need 0 <= overlap < window');
}

/**
 * The windows of `source` (an async or sync iterable of Uint8Array), each yielded as
 *   { bytes, base, from, cut, next, last, header, lineBase, columnBase, rowBase, table }
 * bytes: the window (absolute offsets base .. base + bytes.length); a consumer reports what ends in
 * (from, cut] (everything from `from` on in the last window); cut: the end of `bytes`, or the middle of
 * the overlap when the window ends inside a line; next: where the next window starts
 * (bytes before it are dropped when the consumer asks for it); header: the first line to put in front
 * (null for the first window or when not a table); lineBase: line feeds before `base`; columnBase:
 * code points between the last line feed and `base`; rowBase: table records before `base`.
 * `bytes` is valid until the consumer asks for the next window.
 * options: { window, overlap, header: true|false|'auto', total, signal }.
 */
export async function* streamWindows(source, options = {}) {
  const window = options.window ?? DEFAULT_WINDOW;
  const overlap = options.overlap ?? DEFAULT_OVERLAP;
  checkWindow(window, overlap);
  let buffer = new Uint8Array(0);  // bytes from `base` on
  let base = 0;                    // absolute offset of buffer[0]
  let reported = 0;                // absolute cut of the previous window
  let header = null;               // the first line if repeated in front of later windows (else empty), once known
  let lineBase = 0, columnBase = 0, rowBase = 0;

  // Pieces wait in a list and are joined once per window, not copied on each arrival.
  const pending = [];
  let pendingLength = 0;
  const join = () => {
    const out = new Uint8Array(buffer.length + pendingLength);
    out.set(buffer, 0);
    let at = buffer.length;
    for (const p of pending) {
      out.set(p, at);
      at += p.length;
    }
    pending.length = 0;
    pendingLength = 0;
    return out;
  };
  // The first line, when it is to be repeated in front of later windows; else empty.
  const headerOf = (bytes) => {
    if (options.header === false) return new Uint8Array(0);
    const nl = bytes.indexOf(LF);
    const line = bytes.subarray(0, nl >= 0 ? nl + 1 : 0);
    const delimited = /^[^\n]*[,;\t|][^\n]*\n$/.test(new TextDecoder().decode(line)) && !line.includes(0x40);  // no '@'
    return options.header === true || delimited ? line.slice() : new Uint8Array(0);
  };
  const windowOf = (bytes, cut, last) => ({
    bytes, base, from: reported, cut: base + cut, last, header: base > 0 && header?.length ? header : null,
    lineBase, columnBase, rowBase, table: (header?.length ?? 0) > 0,
  });

  for await (const piece of source) {
    options.signal?.throwIfAborted();
    const bytes = piece instanceof Uint8Array ? piece : new Uint8Array(piece);
    pending.push(bytes);
    pendingLength += bytes.length;
    if (buffer.length + pendingLength < window) continue;
    buffer = join();
    header ??= headerOf(buffer);
    while (buffer.length >= window) {
      // Cut at the last line end in the window (a record end in a table), or at the window when a
      // line is longer; keep `overlap` bytes before the cut, from a line (record) start if any.
      const table = header.length > 0;
      const starts = table ? recordStarts(buffer, window) : null;
      let cut = table ? (starts.at(-1) ?? 0) : buffer.lastIndexOf(LF, window - 1) + 1;
      const inLine = cut <= overlap;
      if (inLine) cut = window;
      let keep = Math.max(0, cut - overlap);
      const next = table ? starts.find((x) => x >= keep) : buffer.indexOf(LF, keep) + 1;
      if (next > 0 && next < cut) keep = next;
      else if (table) keep = cut;  // a record longer than the overlap: start the next window at the cut, a record start
      // A cut inside a line may fall inside a value, which this window sees truncated (and maybe valid:
      // "…@example.co"): it reports only what ends in the first half of the overlap; the next window,
      // which starts at `keep` and sees the second half whole, reports the rest.
      const until = inLine ? cut - ((cut - keep) >> 1) : cut;
      yield { ...windowOf(buffer.subarray(0, cut), until, false), next: base + keep };
      reported = base + until;
      lineBase += countLines(buffer, keep);
      const column = columnAfterLastLineFeed(buffer, keep);
      columnBase = column >= 0 ? column : columnBase - column - 1;
      if (table) rowBase += countRecords(buffer, keep);
      buffer = buffer.slice(keep);
      base += keep;
      options.signal?.throwIfAborted();
    }
  }
  buffer = join();
  header ??= headerOf(buffer);
  yield { ...windowOf(buffer, buffer.length, true), next: base + buffer.length };
}

/** What crosses into wasm for window `w`: its bytes, after the repeated header if any (`shift` bytes). */
export function windowInput(w) {
  return w.header ? { input: concat(w.header, w.bytes), shift: w.header.length } : { input: w.bytes, shift: 0 };
}

/**
 * The findings (scanned on windowInput(w).input) that window `w` reports: none in the repeated
 * header, each ending in (from, cut] (from on, for the last window). Offsets become absolute;
 * `rel` is the start in `w.bytes`. Other fields are kept.
 */
export function reportedFindings(w, shift, findings) {
  const out = [];
  for (const f of findings) {
    if (f.start < shift) continue;  // in the repeated header
    const end = f.end - shift + w.base;
    if (end <= w.from || (!w.last && end > w.cut)) continue;
    out.push({ ...f, start: f.start - shift + w.base, end, rel: f.start - shift });
  }
  return out;
}

/**
 * Yields the findings of the bytes of `source` (an async or sync iterable of Uint8Array).
 * options: { window, overlap, header: true|false|'auto' (repeat the first line in front of later
 * windows; 'auto': when it looks like a delimited header), total (bytes, for progress),
 * onProgress({ bytesDone, bytesTotal, findings }), signal (AbortSignal: stops with its reason) }.
 * Each finding is the scanner's, with `start`/`end` absolute and without `text` (read it from the
 * source if needed: the engine never keeps the input).
 */
export async function* scanStream(scanner, source, options = {}) {
  let count = 0;
  for await (const w of streamWindows(source, options)) {
    const { input, shift } = windowInput(w);
    const found = reportedFindings(w, shift, scanner.scanBytes(input)).map(({ text, rel, ...f }) => f);
    count += found.length;
    yield* found;
    const done = w.last ? w.base + w.bytes.length : w.cut;
    options.onProgress?.({ bytesDone: done, bytesTotal: options.total ?? null, findings: count });
  }
}
