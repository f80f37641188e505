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
//
// Offsets are absolute byte offsets into the whole input. Memory: one window + overlap + one piece.
// Limits: a finding longer than `overlap`, or a table record longer than `window`, may be missed.
import { walkCsv } from './locate.js';

const LF = 0x0a;

export const DEFAULT_WINDOW = 4 << 20;   // 4 MiB per crossing
export const DEFAULT_OVERLAP = 64 << 10; // longer than any finding the rules make (a PEM block is ~3 KB)

// Record starts of a delimited text from `bytes[0]` (itself a record start) up to `limit`: line
// starts outside quoted fields, so a window never begins inside a quoted line break.
function recordStarts(bytes, limit) {
  const starts = [];
  walkCsv(bytes, 0, limit, (c) => c === 0x2c || c === 0x3b || c === 0x09 || c === 0x7c, (i, recordEnd) => {
    if (recordEnd) starts.push(i + 1);
  });
  return starts;
}

function concat(a, b) {
  if (!a.length) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
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
  const window = options.window ?? DEFAULT_WINDOW;
  const overlap = options.overlap ?? DEFAULT_OVERLAP;
  if (!(window > 0) || !(overlap >= 0) || overlap >= window) throw new RangeError('scanStream: need 0 <= overlap < window');
  let buffer = new Uint8Array(0);  // bytes from `base` on
  let base = 0;                    // absolute offset of buffer[0]
  let reported = 0;                // absolute cut of the previous window: findings ending at or before it are out
  let header = null;               // the first line if repeated in front of later windows (else empty), once known
  let count = 0;

  const scanWindow = (bytes, windowBase, cut, last) => {
    const prefix = windowBase > 0 && header?.length ? header : null;
    const input = prefix ? concat(prefix, bytes) : bytes;
    const shift = prefix ? prefix.length : 0;
    const out = [];
    for (const f of scanner.scanBytes(input)) {
      if (f.start < shift) continue;  // in the repeated header
      const start = f.start - shift + windowBase, end = f.end - shift + windowBase;
      if (end <= reported || (!last && end > cut)) continue;
      const { text, ...rest } = f;
      out.push({ ...rest, start, end });
    }
    return out;
  };

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
      if (cut <= overlap) cut = window;
      const found = scanWindow(buffer.subarray(0, cut), base, base + cut, false);
      count += found.length;
      yield* found;
      reported = base + cut;
      let keep = Math.max(0, cut - overlap);
      const next = table ? starts.find((x) => x >= keep) : buffer.indexOf(LF, keep) + 1;
      if (next > 0 && next < cut) keep = next;
      else if (table) keep = cut;  // a record longer than the overlap: start the next window at the cut, a record start
      buffer = buffer.slice(keep);
      base += keep;
      options.onProgress?.({ bytesDone: reported, bytesTotal: options.total ?? null, findings: count });
      options.signal?.throwIfAborted();
    }
  }
  buffer = join();
  const found = scanWindow(buffer, base, base + buffer.length, true);
  count += found.length;
  yield* found;
  options.onProgress?.({ bytesDone: base + buffer.length, bytesTotal: options.total ?? null, findings: count });
}
