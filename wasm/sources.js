// What scanFile and pseudonymizeFile read: one interface over a node path, a browser File/Blob,
// bytes, or a stream of bytes, so the readers never care where the bytes come from.
//
//   { name, size (bytes, or null when unknown),
//     head(n)   -> Promise<Uint8Array>: the first n bytes (or fewer), without consuming the source,
//     stream()  -> AsyncIterable<Uint8Array>: every byte, once, in pieces,
//     bytes()   -> Promise<Uint8Array>: everything at once (archives, Parquet, notebooks) }
//
// Pure JS except fromPath, which imports node:fs lazily so pages and workers can use this module.

import { joinBytes } from './bytes.js';

const PIECE = 1 << 20;

/** A source over bytes already in memory. */
export function fromBytes(bytes, name = '') {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return {
    name, size: b.length,
    head: async (n) => b.subarray(0, n),
    async* stream() {
      for (let i = 0; i < b.length; i += PIECE) yield b.subarray(i, i + PIECE);
    },
    bytes: async () => b,
  };
}

/** A source over a Blob or File (browsers, workers, node >= 20). */
export function fromBlob(blob, name = blob.name ?? '') {
  return {
    name, size: blob.size,
    head: async (n) => new Uint8Array(await blob.slice(0, n).arrayBuffer()),
    async* stream() {
      for (let i = 0; i < blob.size; i += PIECE) yield new Uint8Array(await blob.slice(i, i + PIECE).arrayBuffer());
    },
    bytes: async () => new Uint8Array(await blob.arrayBuffer()),
  };
}

/** A source over a file path (node only). */
export function fromPath(path, name = path) {
  let fs = null;
  const load = async () => (fs ??= await import('node:fs'));
  return {
    name, size: null,
    async init() {
      const { promises } = await load();
      this.size = (await promises.stat(path)).size;
      return this;
    },
    async head(n) {
      const { promises } = await load();
      const handle = await promises.open(path, 'r');
      try {
        const buf = new Uint8Array(n);
        const { bytesRead } = await handle.read(buf, 0, n, 0);
        return buf.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    async* stream() {
      const { createReadStream } = await load();
      for await (const piece of createReadStream(path, { highWaterMark: PIECE })) yield new Uint8Array(piece.buffer, piece.byteOffset, piece.length);
    },
    async bytes() {
      const { promises } = await load();
      const b = await promises.readFile(path);
      return new Uint8Array(b.buffer, b.byteOffset, b.length);
    },
  };
}

/**
 * A source over an async iterable of byte pieces (a node stream, a ReadableStream, a generator):
 * head() buffers the first pieces, which stream() yields again; it can be streamed only once.
 */
export function fromIterable(iterable, name = '', size = null) {
  const iterator = (iterable[Symbol.asyncIterator] ?? iterable[Symbol.iterator]).call(iterable);
  const buffered = [];
  let bufferedLength = 0;
  let done = false;
  const pull = async () => {
    const r = await iterator.next();
    if (r.done) {
      done = true;
      return null;
    }
    const piece = r.value instanceof Uint8Array ? r.value : new Uint8Array(r.value);
    buffered.push(piece);
    bufferedLength += piece.length;
    return piece;
  };
  const source = {
    name, size,
    async head(n) {
      while (!done && bufferedLength < n) await pull();
      const all = new Uint8Array(Math.min(n, bufferedLength));
      let at = 0;
      for (const p of buffered) {
        if (at >= all.length) break;
        all.set(p.subarray(0, all.length - at), at);
        at += Math.min(p.length, all.length - at);
      }
      return all;
    },
    async* stream() {
      while (buffered.length) {
        const p = buffered.shift();
        bufferedLength -= p.length;
        yield p;
      }
      while (!done) {
        const p = await pull();
        if (p) {
          buffered.length = 0;
          bufferedLength = 0;
          yield p;
        }
      }
    },
    async bytes() {
      const parts = [];
      for await (const p of source.stream()) parts.push(p);
      return joinBytes(parts);
    },
  };
  return source;
}

/**
 * Any supported source, given as: a path string (node), a Blob/File, a Uint8Array/ArrayBuffer, an
 * async iterable of pieces or a ReadableStream (options.name names it), or a source object already.
 */
export async function toSource(input, name) {
  if (typeof input === 'string') return fromPath(input, name ?? input).init();
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return fromBytes(input, name ?? '');
  if (typeof Blob !== 'undefined' && input instanceof Blob) return fromBlob(input, name ?? input.name ?? '');
  if (input && typeof input.head === 'function' && typeof input.stream === 'function') return input;
  if (input && typeof input.getReader === 'function' && !input[Symbol.asyncIterator]) return fromIterable(readableIterator(input), name ?? '');
  if (input && (input[Symbol.asyncIterator] || input[Symbol.iterator])) return fromIterable(input, name ?? '');
  throw new TypeError('scanFile: give a path, a Blob/File, bytes, or an iterable of byte pieces');
}

async function* readableIterator(stream) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
