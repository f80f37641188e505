// Jupyter notebooks (.ipynb, nbformat 4): JSON, scanned as JSON (locate.js gives each finding's
// JSON Pointer); this module says where such a pointer is in notebook terms. A pseudonymized
// notebook is the JSON bytes pseudonymized as they are, so it needs nothing more here.
//
// Contracts
// - isNotebook(name, bytes) -> boolean: a .ipynb name, or JSON text starting with an object with a
//   "cells" list in its first 64 KB and an "nbformat" number there or in its last 4 KB.
// - notebookLocation(pointer, notebook?) -> { cell, cellType?, part, output?, mime?, name?, line? } | null
//   cell: 1-based cell number (null for the notebook's own metadata); part: 'source' | 'output' |
//   'metadata' | 'attachment'; output: 1-based output number; mime: the output's data type
//   ('text/plain'...) or the attachment's; name: the attachment's file name; line: 1-based line in
//   the cell source or output text when it is stored as a list of lines (nbformat's usual form; a
//   source stored as one string gives no line). cellType needs the parsed notebook. A cell's fields
//   other than source, outputs and attachments (id, metadata, execution_count...) are 'metadata'.
//   null for a pointer that is not in a notebook's shape (or null itself).

const unescape = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** The RFC 6901 tokens of a JSON Pointer. */
function tokens(pointer) {
  if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/'))) return null;
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);
}

const index = (token) => (/^(0|[1-9]\d*)$/.test(token ?? '') ? Number(token) : null);

/** Where a JSON Pointer into an .ipynb is, in cells, outputs and lines (see the header comment). */
export function notebookLocation(pointer, notebook) {
  const t = tokens(pointer);
  if (!t) return null;
  if (t[0] !== 'cells') return t.length ? { cell: null, part: 'metadata' } : null;
  const c = index(t[1]);
  if (c === null) return null;
  const where = { cell: c + 1 };
  const cellType = notebook?.cells?.[c]?.cell_type;
  if (cellType) where.cellType = cellType;
  const lineAt = (token) => {
    const i = index(token);
    if (i !== null) where.line = i + 1;
  };
  if (t[2] === 'source') {
    where.part = 'source';
    lineAt(t[3]);
  } else if (t[2] === 'outputs') {
    const o = index(t[3]);
    if (o === null) return { ...where, part: 'output' };
    where.part = 'output';
    where.output = o + 1;
    // stream: /text/n; error: /traceback/n, /ename, /evalue; display/execute_result: /data/<mime>/n
    if (t[4] === 'data' && t[5] !== undefined) {
      where.mime = t[5];
      lineAt(t[6]);
    } else if (t[4] === 'text' || t[4] === 'traceback') lineAt(t[5]);
    else if (t[4] === 'metadata') where.part = 'metadata';
  } else if (t[2] === 'attachments') {
    where.part = 'attachment';
    if (t[3] !== undefined) where.name = t[3];
    if (t[4] !== undefined) where.mime = t[4];
  } else where.part = 'metadata';
  return where;
}

const decoder = new TextDecoder();

/**
 * A Jupyter notebook: by its .ipynb name, or a JSON object with a "cells" list and an "nbformat"
 * key (Jupyter sorts keys, so "cells" comes first and "nbformat" last: the head and tail are read).
 */
export function isNotebook(name, bytes) {
  if (/\.ipynb$/i.test(name ?? '')) return true;
  if (!(bytes instanceof Uint8Array)) return false;
  const head = decoder.decode(bytes.subarray(0, 65536));
  const tail = decoder.decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  return /^\uFEFF?\s*\{/.test(head) && /"cells"\s*:\s*\[/.test(head) && (/"nbformat"\s*:\s*\d/.test(head) || /"nbformat"\s*:\s*\d/.test(tail));
}
