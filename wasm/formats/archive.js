// Archives (zip, tar, tar.gz and a lone .gz), read in memory into their files and written back
// with the same paths in the same order. Pure JS (fflate for DEFLATE, nanotar to build a tar from
// nothing): node, pages and workers alike.
//
// Contracts
// - archiveKind(name, bytes) -> 'zip' | 'tar' | 'tar.gz' | 'gz' | null, from the magic bytes first,
//   the name second (a .tar.gz whose first block is not a tar header is 'gz').
// - readArchive(bytes, kind?, { maxBytes = 1 GiB, name }) -> { entries: [{ path, bytes, mode?, mtime? }], warnings }
//   Regular files only, in archive order; `bytes` may be a view into the (decompressed) archive.
//   Directories are skipped silently; links, devices, encrypted zip entries and unknown zip methods
//   are skipped with a warning (and copied verbatim by writeArchive when given the original).
//   Paths are made relative (zip-slip): a leading `/`, a drive letter or `..` is neutralised with a
//   warning; `./`, `//` and backslash separators are tidied silently. `mode`: the permission bits
//   (a number); `mtime`: milliseconds since the epoch (zip: its local time). Errors: code 'bad_archive' (corrupt or truncated, naming the kind and the fault: CRCs
//   and sizes are checked), 'archive_too_large' (over maxBytes uncompressed: a zip's declared sizes
//   are summed before inflating anything; a gzip's declared size, or when it is over the limit,
//   the stream counted as it inflates, so a truncated gzip is 'bad_archive', not 'too large').
// - writeArchive(kind, entries, original?) -> Uint8Array. With `original` (the bytes read), entries
//   must be the ones readArchive returned, same order and paths, only `bytes` changed: every entry
//   whose bytes are unchanged, and every skipped member, is copied byte for byte (zip: local header
//   and compressed data; tar: headers and data); a changed zip entry is re-deflated (level 6, or
//   stored if it was stored) and keeps its name, time, attributes and comment; a changed tar member
//   keeps its header but for size and checksum; a gzip keeps its header. An unchanged archive comes
//   back identical. Without `original`, a new archive is built: zip DEFLATE level 6, tar by nanotar
//   (ustar, paths up to 100 bytes) with mode/mtime when given.
//   Errors: 'archive_mismatch' (entries do not match the original), 'archive_write_unsupported'
//   (a tar path over 100 bytes without the original, members of 4 GiB or more).
// - crc32(bytes), safePath(raw) -> { path, changed }: the helpers, exported for tests and callers.
//
// Why our own zip directory and tar header walk rather than fflate's unzipSync and nanotar's
// parseTar: unzipSync returns an object keyed by name (duplicates collapse, names like "10" are
// reordered), checks no CRC and gives no offsets to copy entries verbatim; parseTar ignores the
// ustar prefix (long paths), cuts pax values at the first space ("a b.csv" -> "a"), drops the
// view's byteOffset and rewrites `..` silently.
import { deflateSync, inflateSync, Gunzip } from 'fflate';
import { createTar } from 'nanotar';
import { joinBytes } from '../bytes.js';

export const DEFAULT_MAX_BYTES = 2 ** 30;

function archiveError(code, message) {
  const e = new Error(message);
  e.code = code;
  return e;
}
const bad = (message) => archiveError('bad_archive', message);

const u16 = (b, i) => b[i] | (b[i + 1] << 8);
const u32 = (b, i) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const u64 = (b, i) => u32(b, i) + u32(b, i + 4) * 2 ** 32;
function put16(b, i, v) { b[i] = v & 0xff; b[i + 1] = (v >>> 8) & 0xff; }
function put32(b, i, v) { put16(b, i, v & 0xffff); put16(b, i + 2, v >>> 16); }
function put64(b, i, v) { put32(b, i, v % 2 ** 32); put32(b, i + 4, Math.floor(v / 2 ** 32)); }

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (zip, gzip) of `bytes`. */
export function crc32(bytes) {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/**
 * A relative path without `.`/`..` segments, drive letter or leading slash, `/`-separated.
 * `changed` when the name was absolute or climbed with `..`: extracted as is, it could write
 * outside the target folder (zip-slip), so the caller warns. `./a` or `a//b` are just tidied.
 */
export function safePath(raw) {
  const unified = raw.replace(/\\/g, '/');
  let changed = /^(\/|[a-zA-Z]:)/.test(unified);
  const parts = [];
  for (const part of unified.replace(/^[a-zA-Z]:/, '').split('/')) {
    if (part === '..') {
      changed = true;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return { path: parts.join('/'), changed };
}

// ---------------------------------------------------------------------------------------- kind

const isZip = (b) => b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6) || (b[2] === 7 && b[3] === 8));
const isGzip = (b) => b[0] === 0x1f && b[1] === 0x8b;

// 'ustar' at 257 (POSIX and GNU), else a pre-POSIX header whose checksum holds.
function looksLikeTar(b) {
  if (b.length < 512) return false;
  if (b[257] === 0x75 && b[258] === 0x73 && b[259] === 0x74 && b[260] === 0x61 && b[261] === 0x72) return true;
  return b[0] !== 0 && checksumOk(b, 0);
}

// The first decompressed block of a gzip, or null when it cannot be had (corrupt or too short).
function gunzipHead(bytes) {
  const parts = [];
  let n = 0;
  try {
    const g = new Gunzip((chunk) => { parts.push(chunk); n += chunk.length; });
    for (let at = 0; at < bytes.length && n < 512; at += 16384) g.push(bytes.subarray(at, at + 16384), at + 16384 >= bytes.length);
  } catch {
    return null;
  }
  if (n < 512) {  // the whole stream: fflate does not fail on every truncation, so check it all
    try {
      gunzip(bytes, 'gz', 512);
    } catch {
      return null;
    }
  }
  return joinBytes(parts);
}

/** 'zip' | 'tar' | 'tar.gz' | 'gz' | null, from the magic bytes, then the name. */
export function archiveKind(name, bytes) {
  const lower = (name ?? '').toLowerCase();
  if (isZip(bytes)) return 'zip';
  if (isGzip(bytes)) {
    const head = gunzipHead(bytes);
    const tarName = /\.(tar\.gz|tgz)$/.test(lower);
    if (!head) return tarName ? 'tar.gz' : 'gz';
    return looksLikeTar(head) || (tarName && head.length >= 512 && head.every((b) => b === 0)) ? 'tar.gz' : 'gz';
  }
  if (looksLikeTar(bytes)) return 'tar';
  if (/\.tar$/.test(lower) && bytes.length % 512 === 0 && bytes.every((b) => b === 0)) return 'tar';  // empty tar
  return null;
}

// ---------------------------------------------------------------------------------------- gzip

// The member's header length and trailer; one member only (the trailer read is the last one's).
function gzipParts(bytes, what) {
  if (bytes.length < 18 || !isGzip(bytes)) throw bad(`${what}: not a gzip stream (no 1f 8b header)`);
  if (bytes[2] !== 8) throw bad(`${what}: gzip compression method ${bytes[2]} is not DEFLATE`);
  const flags = bytes[3];
  let p = 10;
  if (flags & 4) p += 2 + u16(bytes, p);
  let fname = null;
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const end = bytes.indexOf(0, p);
    if (end < 0) throw bad(`${what}: gzip header truncated`);
    if (bit === 8) fname = String.fromCharCode(...bytes.subarray(p, Math.min(end, p + 4096)));
    p = end + 1;
  }
  if (flags & 2) p += 2;
  if (p + 8 > bytes.length) throw bad(`${what}: gzip stream truncated`);
  return { headerEnd: p, fname, mtime: u32(bytes, 4) * 1000, crc: u32(bytes, bytes.length - 8), size: u32(bytes, bytes.length - 4) };
}

function gunzip(bytes, what, maxBytes) {
  const g = gzipParts(bytes, what);
  if (g.size > maxBytes) {
    // A stream that large, or a truncated one whose last bytes are no trailer: inflate, counting only, to tell.
    let n = 0;
    const over = {};
    try {
      new Gunzip((chunk) => {
        n += chunk.length;
        if (n > maxBytes) throw over;
      }).push(bytes, true);
    } catch (e) {
      if (e === over) throw archiveError('archive_too_large', `${what}: over ${maxBytes} bytes uncompressed (the limit)`);
      throw bad(`${what}: DEFLATE data is corrupt or truncated (${e.message})`);
    }
    throw bad(`${what}: the gzip trailer declares ${g.size} bytes, the stream holds ${n} (corrupt)`);
  }
  let out;
  try {
    // A fixed output buffer: a stream that inflates past its declared size is cut, then fails the CRC.
    out = inflateSync(bytes.subarray(g.headerEnd, bytes.length - 8), { out: new Uint8Array(g.size) });
  } catch (e) {
    throw bad(`${what}: DEFLATE data is corrupt or truncated (${e.message})`);
  }
  if (out.length !== g.size || crc32(out) !== g.crc) {
    throw bad(`${what}: gzip CRC or length mismatch (corrupt, truncated, or several gzip members, which are not supported)`);
  }
  return { data: out, header: g };
}

// ---------------------------------------------------------------------------------------- zip

const CP437 = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

// Names are UTF-8 when flagged (bit 11) or when they decode as such (macOS, 7-Zip), else CP437.
function zipName(raw, flags) {
  if (flags & 0x800) return new TextDecoder().decode(raw);
  try {
    return utf8.decode(raw);
  } catch {
    return Array.from(raw, (c) => (c < 128 ? String.fromCharCode(c) : CP437[c - 128])).join('');
  }
}

// The central directory: one record per member, in directory order, with the byte ranges to copy.
function zipDirectory(bytes) {
  let e = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 65535);
  while (e >= stop && u32(bytes, e) !== 0x06054b50) e--;
  if (e < stop) throw bad('zip: no end of central directory record (not a zip, or truncated)');
  let count = u16(bytes, e + 10);
  let cdOffset = u32(bytes, e + 16);
  const loc = e - 20;
  if (loc >= 0 && u32(bytes, loc) === 0x07064b50) {
    const z = u64(bytes, loc + 8);
    if (z + 56 > bytes.length || u32(bytes, z) !== 0x06064b50) throw bad('zip: zip64 end of central directory record missing');
    count = u64(bytes, z + 32);
    cdOffset = u64(bytes, z + 48);
  }
  const records = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw bad(`zip: central directory record ${i + 1} of ${count} is missing or corrupt`);
    const nameLen = u16(bytes, p + 28), extraLen = u16(bytes, p + 30), commentLen = u16(bytes, p + 32);
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const flags = u16(bytes, p + 8);
    const r = {
      start: p, end: p + 46 + nameLen + extraLen + commentLen, rawName, name: zipName(rawName, flags), flags,
      madeBy: u16(bytes, p + 4), versionNeeded: u16(bytes, p + 6), internal: u16(bytes, p + 36), method: u16(bytes, p + 10), time: u16(bytes, p + 12), date: u16(bytes, p + 14),
      crc: u32(bytes, p + 16), csize: u32(bytes, p + 20), usize: u32(bytes, p + 24), external: u32(bytes, p + 38),
      offset: u32(bytes, p + 42),
      extra: bytes.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen),
      comment: bytes.subarray(p + 46 + nameLen + extraLen, p + 46 + nameLen + extraLen + commentLen),
    };
    zip64Sizes(r);
    if (r.end > bytes.length) throw bad(`zip: central directory record for "${r.name}" is truncated`);
    records.push(r);
    p = r.end;
  }
  // Each member's bytes run from its local header to the next member's (or the directory).
  const starts = [...new Set(records.map((r) => r.offset))].sort((a, b) => a - b);
  for (const r of records) {
    const next = starts.find((s) => s > r.offset) ?? cdOffset;
    if (r.offset + 30 > bytes.length || u32(bytes, r.offset) !== 0x04034b50) throw bad(`zip: local header of "${r.name}" not found at byte ${r.offset}`);
    r.localExtra = bytes.subarray(r.offset + 30 + u16(bytes, r.offset + 26), r.offset + 30 + u16(bytes, r.offset + 26) + u16(bytes, r.offset + 28));
    r.dataStart = r.offset + 30 + u16(bytes, r.offset + 26) + u16(bytes, r.offset + 28);
    r.regionEnd = Math.max(next, Math.min(r.dataStart + r.csize, cdOffset));
    if (r.dataStart + r.csize > bytes.length) throw bad(`zip: data of "${r.name}" is truncated`);
  }
  return { records, prefixEnd: starts[0] ?? cdOffset, comment: bytes.subarray(e + 22, e + 22 + u16(bytes, e + 20)) };
}

// Sizes or offset of 0xFFFFFFFF are in the zip64 extra field (id 1), in this order.
function zip64Sizes(r) {
  for (let i = 0; i + 4 <= r.extra.length; i += 4 + u16(r.extra, i + 2)) {
    if (u16(r.extra, i) !== 1) continue;
    let at = i + 4;
    for (const key of ['usize', 'csize', 'offset']) {
      if (r[key] === 0xffffffff && at + 8 <= i + 4 + u16(r.extra, i + 2)) {
        r[key] = u64(r.extra, at);
        at += 8;
      }
    }
  }
}

const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFLNK = 0o120000;
const unixMode = (r) => ((r.madeBy >> 8) === 3 ? (r.external >>> 16) : 0);
const dosTime = (r) => new Date((r.date >> 9) + 1980, ((r.date >> 5) & 15) - 1, r.date & 31, r.time >> 11, (r.time >> 5) & 63, (r.time & 31) * 2).getTime();

// What readArchive makes of a member: 'file', 'dir', or the reason it is skipped.
function zipRole(r) {
  if (r.name.endsWith('/') || (unixMode(r) & S_IFMT) === S_IFDIR || (r.external & 0x10)) return 'dir';
  if ((unixMode(r) & S_IFMT) === S_IFLNK) return 'symbolic link, skipped';
  if (r.flags & 1) return 'encrypted, not read';
  if (r.method !== 0 && r.method !== 8) return `compression method ${r.method} is not supported, not read`;
  return 'file';
}

function zipData(bytes, r) {
  const raw = bytes.subarray(r.dataStart, r.dataStart + r.csize);
  let out;
  if (r.method === 0) out = raw;
  else {
    try {
      out = inflateSync(raw, { out: new Uint8Array(r.usize) });
    } catch (e) {
      throw bad(`zip: "${r.name}": DEFLATE data is corrupt or truncated (${e.message})`);
    }
  }
  if (out.length !== r.usize || crc32(out) !== r.crc) throw bad(`zip: "${r.name}": CRC or size mismatch (corrupt archive)`);
  return out;
}

function readZip(bytes, maxBytes, warnings) {
  const dir = zipDirectory(bytes);
  const roles = dir.records.map(zipRole);
  let total = 0;
  dir.records.forEach((r, i) => { if (roles[i] === 'file') total += r.usize; });
  if (total > maxBytes) throw archiveError('archive_too_large', `zip: declares ${total} bytes uncompressed, over the limit of ${maxBytes}`);
  const entries = [];
  dir.records.forEach((r, i) => {
    if (roles[i] === 'dir') return;
    if (roles[i] !== 'file') return void warnings.push(`zip: "${r.name}": ${roles[i]}`);
    const path = entryPath(r.name, 'zip', warnings);
    if (path === null) return;
    const entry = { path, bytes: zipData(bytes, r), mtime: dosTime(r) };
    const mode = unixMode(r) & 0o7777;
    if (mode) entry.mode = mode;
    entries.push(entry);
  });
  return entries;
}

function entryPath(raw, kind, warnings) {
  const { path, changed } = safePath(raw);
  if (!path) {
    warnings.push(`${kind}: member "${raw}" has no usable path, skipped`);
    return null;
  }
  if (changed) warnings.push(`${kind}: path "${raw}" made relative as "${path}" (absolute or climbing with ..: it could be extracted outside the folder)`);
  return path;
}

const DOS_EPOCH = new Date(1980, 0, 1).getTime();
function dosDateTime(ms) {
  const d = new Date(Math.max(ms ?? DOS_EPOCH, DOS_EPOCH));
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

// A member written anew: local header + data, and its central directory record (offset patched later).
function zipMember({ rawName, flags, method, time, date, madeBy, external, internal = 0, comment, localExtra = EMPTY, extra = EMPTY }, data) {
  localExtra = withoutZip64(localExtra);
  extra = withoutZip64(extra);
  const body = method === 0 ? data : deflateSync(data, { level: 6 });
  const crc = crc32(data);
  if (body.length >= 0xffffffff || data.length >= 0xffffffff) throw archiveError('archive_write_unsupported', 'zip: members of 4 GiB or more are not supported');
  const local = new Uint8Array(30 + rawName.length + localExtra.length);
  put32(local, 0, 0x04034b50);
  put16(local, 4, 20);
  put16(local, 6, flags);
  put16(local, 8, method);
  put16(local, 10, time);
  put16(local, 12, date);
  put32(local, 14, crc);
  put32(local, 18, body.length);
  put32(local, 22, data.length);
  put16(local, 26, rawName.length);
  put16(local, 28, localExtra.length);
  local.set(rawName, 30);
  local.set(localExtra, 30 + rawName.length);
  const central = new Uint8Array(46 + rawName.length + extra.length + comment.length);
  put32(central, 0, 0x02014b50);
  put16(central, 4, madeBy);
  central.set(local.subarray(4, 28), 6);
  put16(central, 30, extra.length);
  put16(central, 32, comment.length);
  put16(central, 36, internal);
  put32(central, 38, external);
  central.set(rawName, 46);
  central.set(extra, 46 + rawName.length);
  central.set(comment, 46 + rawName.length + extra.length);
  return { parts: [local, body], central };
}

const EMPTY = new Uint8Array(0);

// Extra fields without the zip64 one (id 1): sizes and offsets under 4 GiB fit the fixed fields.
function withoutZip64(extra) {
  const keep = [];
  for (let i = 0; i + 4 <= extra.length; i += 4 + u16(extra, i + 2)) {
    if (u16(extra, i) !== 1) keep.push(extra.subarray(i, Math.min(extra.length, i + 4 + u16(extra, i + 2))));
  }
  return keep.length === 1 && keep[0].length === extra.length ? extra : joinBytes(keep);
}

// An original central directory record as is, but for the zip64 extra (see withoutZip64).
function zipCentralCopy(r) {
  if (r.csize >= 0xffffffff || r.usize >= 0xffffffff) throw archiveError('archive_write_unsupported', `zip: "${r.name}" is 4 GiB or more`);
  const extra = withoutZip64(r.extra);
  const out = new Uint8Array(46 + r.rawName.length + extra.length + r.comment.length);
  put32(out, 0, 0x02014b50);
  put16(out, 4, r.madeBy);
  put16(out, 6, r.versionNeeded);
  put16(out, 8, r.flags);
  put16(out, 10, r.method);
  put16(out, 12, r.time);
  put16(out, 14, r.date);
  put32(out, 16, r.crc);
  put32(out, 20, r.csize);
  put32(out, 24, r.usize);
  put16(out, 28, r.rawName.length);
  put16(out, 30, extra.length);
  put16(out, 32, r.comment.length);
  put16(out, 36, r.internal);
  put32(out, 38, r.external);
  out.set(r.rawName, 46);
  out.set(extra, 46 + r.rawName.length);
  out.set(r.comment, 46 + r.rawName.length + extra.length);
  return out;
}

function zipAssemble(prefix, members, comment) {
  const parts = [prefix];
  let offset = prefix.length;
  const centrals = [];
  for (const m of members) {
    if (offset >= 0xffffffff) throw archiveError('archive_write_unsupported', 'zip: archives of 4 GiB or more are not supported');
    put32(m.central, 42, offset);
    centrals.push(m.central);
    for (const p of m.parts) {
      parts.push(p);
      offset += p.length;
    }
  }
  const cd = joinBytes(centrals);
  parts.push(cd);
  const n = members.length;
  if (n >= 0xffff) {  // zip64 end records for the member count
    const z = new Uint8Array(76);
    put32(z, 0, 0x06064b50);
    put64(z, 4, 44);
    put16(z, 12, 45);
    put16(z, 14, 45);
    put64(z, 24, n);
    put64(z, 32, n);
    put64(z, 40, cd.length);
    put64(z, 48, offset);
    put32(z, 56, 0x07064b50);
    put64(z, 64, offset + cd.length);
    put32(z, 72, 1);
    parts.push(z);
  }
  const end = new Uint8Array(22 + comment.length);
  put32(end, 0, 0x06054b50);
  put16(end, 8, Math.min(n, 0xffff));
  put16(end, 10, Math.min(n, 0xffff));
  put32(end, 12, cd.length);
  put32(end, 16, offset);
  put16(end, 20, comment.length);
  end.set(comment, 22);
  parts.push(end);
  return joinBytes(parts);
}

function writeZipLike(entries, original) {
  const dir = zipDirectory(original);
  const next = matcher(entries, 'zip');
  const members = dir.records.map((r) => {
    const verbatim = { parts: [original.subarray(r.offset, r.regionEnd)], central: zipCentralCopy(r) };
    if (zipRole(r) !== 'file' || safePath(r.name).path === '') return verbatim;
    const entry = next(safePath(r.name).path);
    // Unchanged: CRC and size agree, then the bytes themselves (a CRC match is no proof).
    if (entry.bytes.length === r.usize && crc32(entry.bytes) === r.crc && sameBytes(entry.bytes, zipData(original, r))) return verbatim;
    return zipMember({ ...r, flags: r.flags & 0x0800, method: r.method === 0 ? 0 : 8 }, entry.bytes);
  });
  next.done();
  return zipAssemble(original.subarray(0, dir.prefixEnd), members, dir.comment);
}

function writeZipNew(entries) {
  const members = entries.map((e) => {
    const rawName = encoder.encode(e.path);
    const { time, date } = dosDateTime(e.mtime);
    const mode = e.mode ?? 0o644;
    return zipMember({
      rawName, flags: /^[\x20-\x7e]*$/.test(e.path) ? 0 : 0x0800, method: 8, time, date,
      madeBy: (3 << 8) | 20, external: ((0o100000 | mode) << 16) >>> 0, comment: new Uint8Array(0),
    }, e.bytes);
  });
  return zipAssemble(new Uint8Array(0), members, new Uint8Array(0));
}

// Hands out the caller's entries in order, checking each one's path against the original member.
function matcher(entries, kind) {
  let i = 0;
  const next = (path) => {
    const e = entries[i++];
    if (!e) throw archiveError('archive_mismatch', `${kind}: fewer entries than files in the original (missing "${path}")`);
    if (e.path !== path) throw archiveError('archive_mismatch', `${kind}: entry ${i} is "${e.path}", the original has "${path}" there`);
    if (!(e.bytes instanceof Uint8Array)) throw archiveError('archive_mismatch', `${kind}: entry "${path}" has no bytes (Uint8Array)`);
    return e;
  };
  next.done = () => {
    if (i !== entries.length) throw archiveError('archive_mismatch', `${kind}: ${entries.length - i} entries more than files in the original`);
  };
  return next;
}

// ---------------------------------------------------------------------------------------- tar

function checksumOk(b, at) {
  const stored = parseOctal(b.subarray(at + 148, at + 156));
  let unsigned = 0, signed = 0;
  for (let i = 0; i < 512; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : b[at + i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  return stored === unsigned || stored === signed;
}

function parseOctal(field) {
  const s = String.fromCharCode(...field).replace(/[\0 ]+$/, '').replace(/^[ ]+/, '');
  return /^[0-7]*$/.test(s) ? (s ? parseInt(s, 8) : 0) : NaN;
}

// Octal, or GNU base-256 when the first byte has its high bit set.
function parseNumber(field) {
  if (field[0] & 0x80) {
    let v = field[0] & 0x7f;
    for (let i = 1; i < field.length; i++) v = v * 256 + field[i];
    return v;
  }
  return parseOctal(field);
}

const cString = (b) => {
  const end = b.indexOf(0);
  return new TextDecoder().decode(end < 0 ? b : b.subarray(0, end));
};

// pax records: "<length> <key>=<value>\n", the length counting the whole record.
function paxRecords(data) {
  const out = {};
  let p = 0;
  while (p < data.length) {
    const space = data.indexOf(0x20, p);
    // A length has a few digits: a longer field is not one (and spread whole into fromCharCode it
    // would overflow the call stack, a RangeError instead of an ignored record).
    const len = space < 0 || space - p > 20 ? NaN : Number(String.fromCharCode(...data.subarray(p, space)));
    if (!(len > 0) || p + len > data.length) break;
    const record = new TextDecoder().decode(data.subarray(space + 1, p + len - 1));
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    p += len;
  }
  return out;
}

const TAR_TYPES = { 49: 'hard link', 50: 'symbolic link', 51: 'character device', 52: 'block device', 54: 'FIFO', 83: 'GNU sparse file' };

/**
 * The members of a tar: [{ start, header, dataStart, end, size, type, name, mode, mtime, paxSize }]
 * (start: first of its pax/GNU long-name headers; end: after its data's padding) and `trailer`,
 * where the end-of-archive blocks start.
 */
function tarMembers(bytes, what) {
  const members = [];
  let offset = 0, pending = {}, start = null, global = {};
  while (offset + 512 <= bytes.length) {
    if (bytes.subarray(offset, offset + 512).every((b) => b === 0)) return { members, trailer: offset };
    if (!checksumOk(bytes, offset)) throw bad(`${what}: header checksum mismatch at byte ${offset} (corrupt or not a tar)`);
    const h = bytes.subarray(offset, offset + 512);
    let size = parseNumber(h.subarray(124, 136));
    const type = h[156];
    if (type === 0x78 || type === 0x67 || type === 0x4c || type === 0x4b) {  // x g L K
      if (offset + 512 + size > bytes.length) throw bad(`${what}: extended header at byte ${offset} is truncated`);
      const data = bytes.subarray(offset + 512, offset + 512 + size);
      if (type === 0x78) Object.assign(pending, paxRecords(data));
      else if (type === 0x67) Object.assign(global, paxRecords(data));
      else if (type === 0x4c) pending.gnuPath = cString(data);
      start ??= offset;
      offset += 512 + Math.ceil(size / 512) * 512;
      continue;
    }
    const posix = h[257] === 0x75 && h[262] === 0 && h[263] === 0x30;  // "ustar\0" "00": has a prefix field
    let name = cString(h.subarray(0, 100));
    if (posix && h[345]) name = `${cString(h.subarray(345, 500))}/${name}`;
    name = pending.path ?? pending.gnuPath ?? name;
    const paxSize = 'size' in pending;
    if (paxSize) size = Number(pending.size);
    if (!Number.isFinite(size) || size < 0) throw bad(`${what}: member "${name}" has an invalid size`);
    const dataStart = offset + 512;
    if (dataStart + size > bytes.length) throw bad(`${what}: member "${name}" is truncated (${size} bytes declared, ${bytes.length - dataStart} present)`);
    const mtime = pending.mtime ?? global.mtime;
    members.push({
      start: start ?? offset, header: offset, dataStart, end: dataStart + Math.ceil(size / 512) * 512, size, type, name, paxSize,
      mode: parseOctal(h.subarray(100, 108)) & 0o7777, mtime: Math.round((mtime !== undefined ? Number(mtime) : parseNumber(h.subarray(136, 148))) * 1000),
    });
    offset = Math.min(bytes.length, dataStart + Math.ceil(size / 512) * 512);
    pending = {};
    start = null;
  }
  if (offset < bytes.length) throw bad(`${what}: truncated (a partial ${bytes.length - offset}-byte block at the end)`);
  if (start !== null) throw bad(`${what}: truncated after an extended header`);
  return { members, trailer: offset };  // no end-of-archive blocks: tolerated, as GNU tar does
}

// 'file', 'dir', or the reason it is skipped.
function tarRole(m) {
  if (m.type === 0x30 || m.type === 0 || m.type === 0x37) return m.name.endsWith('/') ? 'dir' : 'file';
  if (m.type === 0x35) return 'dir';
  return `${TAR_TYPES[m.type] ?? `type '${String.fromCharCode(m.type)}'`}, skipped`;
}

function readTar(bytes, what, warnings) {
  const entries = [];
  for (const m of tarMembers(bytes, what).members) {
    const role = tarRole(m);
    if (role === 'dir') continue;
    if (role !== 'file') {
      warnings.push(`${what}: "${m.name}": ${role}`);
      continue;
    }
    const path = entryPath(m.name, what, warnings);
    if (path === null) continue;
    const entry = { path, bytes: bytes.subarray(m.dataStart, m.dataStart + m.size), mtime: m.mtime };
    if (m.mode) entry.mode = m.mode;
    entries.push(entry);
  }
  return entries;
}

function writeTarLike(entries, original, what) {
  const { members, trailer } = tarMembers(original, what);
  const next = matcher(entries, what);
  const parts = [];
  for (const m of members) {
    const verbatim = original.subarray(m.start, m.end);
    if (tarRole(m) !== 'file' || safePath(m.name).path === '') {
      parts.push(verbatim);
      continue;
    }
    const entry = next(safePath(m.name).path);
    if (sameBytes(entry.bytes, original.subarray(m.dataStart, m.dataStart + m.size))) {
      parts.push(verbatim);
      continue;
    }
    if (entry.bytes.length > 0o77777777777) throw archiveError('archive_write_unsupported', `${what}: "${m.name}" is too large for a ustar header`);
    if (m.paxSize) throw archiveError('archive_write_unsupported', `${what}: "${m.name}" has its size in a pax header, which is not rewritten`);
    const header = original.slice(m.header, m.header + 512);
    header.set(encoder.encode(`${entry.bytes.length.toString(8).padStart(11, '0')}\0`), 124);
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of header) sum += b;
    header.set(encoder.encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
    parts.push(original.subarray(m.start, m.header), header, entry.bytes, new Uint8Array((512 - (entry.bytes.length % 512)) % 512));
  }
  next.done();
  parts.push(original.subarray(trailer));
  return joinBytes(parts);
}

function writeTarNew(entries) {
  for (const e of entries) {
    if (encoder.encode(e.path).length > 100) throw archiveError('archive_write_unsupported', `tar: path "${e.path}" is over 100 bytes; pass the original archive to keep it`);
    if (e.bytes.length > 0o77777777777) throw archiveError('archive_write_unsupported', `tar: "${e.path}" is too large for a ustar header`);
  }
  return createTar(entries.map((e) => ({
    name: e.path, data: e.bytes,
    attrs: { mode: (e.mode ?? 0o644).toString(8), mtime: e.mtime ?? 0, uid: 0, gid: 0, user: '', group: '' },
  })));
}

// ---------------------------------------------------------------------------------------- API

const KINDS = ['zip', 'tar', 'tar.gz', 'gz'];

/**
 * The files of an archive: { entries: [{ path, bytes, mode?, mtime? }], warnings: [string] }.
 * options: { maxBytes = 1 GiB (declared uncompressed total), name (the archive's, names a lone
 * .gz's file when its header does not) }.
 */
export function readArchive(bytes, kind = archiveKind('', bytes), options = {}) {
  const { maxBytes = DEFAULT_MAX_BYTES, name = '' } = options;
  if (!(bytes instanceof Uint8Array)) bytes = new Uint8Array(bytes);
  if (!KINDS.includes(kind)) throw archiveError('bad_archive', `not an archive kind: ${kind}`);
  const warnings = [];
  if (kind === 'zip') return { entries: readZip(bytes, maxBytes, warnings), warnings };
  if (kind === 'tar') return { entries: readTar(bytes, 'tar', warnings), warnings };
  const { data, header } = gunzip(bytes, kind, maxBytes);
  if (kind === 'tar.gz') return { entries: readTar(data, 'tar.gz', warnings), warnings };
  const raw = header.fname ?? name.replace(/^.*[\\/]/, '').replace(/\.gz$/i, '');
  const path = entryPath(raw || 'data', 'gz', warnings) ?? 'data';
  return { entries: [{ path, bytes: data, mtime: header.mtime }], warnings };
}

/** The archive of `entries` (see the header comment): the original's layout when `original` is given. */
export function writeArchive(kind, entries, original) {
  if (!KINDS.includes(kind)) throw archiveError('archive_write_unsupported', `not an archive kind: ${kind}`);
  if (original && !(original instanceof Uint8Array)) original = new Uint8Array(original);
  if (kind === 'zip') return original ? writeZipLike(entries, original) : writeZipNew(entries);
  if (kind === 'tar') return original ? writeTarLike(entries, original, 'tar') : writeTarNew(entries);
  if (kind === 'gz' && entries.length !== 1) throw archiveError('archive_mismatch', `gz: holds one file, got ${entries.length} entries`);
  if (!original) {
    const data = kind === 'gz' ? entries[0].bytes : writeTarNew(entries);
    const mtime = kind === 'gz' ? Math.floor((entries[0].mtime ?? 0) / 1000) : 0;
    return gzipWith(new Uint8Array([0x1f, 0x8b, 8, 0, ...u32bytes(mtime), 0, 3]), data, 6);
  }
  const { data, header } = gunzip(original, kind, Infinity);
  const out = kind === 'gz' ? entries[0].bytes : writeTarLike(entries, data, 'tar.gz');
  if (sameBytes(out, data)) return original.slice();
  const level = original[8] === 2 ? 9 : original[8] === 4 ? 1 : 6;  // XFL: max / fastest
  return gzipWith(original.subarray(0, header.headerEnd), out, level);
}

const u32bytes = (v) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];

// A gzip member with the given header bytes kept as they are.
function gzipWith(header, data, level) {
  return joinBytes([header, deflateSync(data, { level }), new Uint8Array([...u32bytes(crc32(data)), ...u32bytes(data.length)])]);
}
