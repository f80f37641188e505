#!/usr/bin/env node
// `npm run build:site [-- OUT]`: the page as a folder any static host can serve (default site/):
// web/ as it is, with the package files the page and its worker load under pkg/. Every import is
// relative, so the folder works at any path (https://host/some/dir/). The CSP travels in a <meta>
// tag of index.html; nothing in the folder talks to a server. Run after `npm run build`.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// What the page's main thread imports from the package (the worker is bundled in web/dist/).
export const PACKAGE_FILES = ['index.js', 'report.js', 'special.js', 'special-categories.js', 'dist/discret.mjs', 'dist/discret.wasm'];

export function buildSite(out) {
  if (!existsSync(join(ROOT, 'web/dist/worker.js'))) throw new Error('web/dist/worker.js is missing: run `npm run build` first');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The extension and the worker's unbundled source are not part of the page.
  const skip = [join(ROOT, 'web/extension'), join(ROOT, 'web/worker.js')];
  cpSync(join(ROOT, 'web'), out, { recursive: true, filter: (src) => !skip.some((s) => src === s || src.startsWith(s + '/')) });
  for (const f of PACKAGE_FILES) {
    mkdirSync(dirname(join(out, 'pkg', f)), { recursive: true });
    cpSync(join(ROOT, 'wasm', f), join(out, 'pkg', f));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(ROOT, 'site'));
  buildSite(out);
  console.log(`site written to ${out}`);
}
