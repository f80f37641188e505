// Byte arrays joined once: the stream windows, archive members and Parquet text are built from parts.

/** The parts, one after the other, in one new Uint8Array. */
export function joinBytes(parts) {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `a` then `b` (`b` itself when `a` is empty). */
export function concat(a, b) {
  return a.length ? joinBytes([a, b]) : b;
}
