#!/usr/bin/env node
// `npm run build:extension [-- OUT]`: the browser extension (web/extension/) with the engine (the
// npm package's index.js and wasm) under pkg/, as an unpacked folder (default build/extension/)
// and a zip beside it (build/discret-extension.zip) ready for the Chrome Web Store.
// Run after `npm run build` (wasm/dist/ must exist).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE = ['index.js', 'dist/discret.mjs', 'dist/discret.wasm'];

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes the unpacked extension into `out` and its zip to `zipPath`; returns both paths. */
export function buildExtension(out = join(ROOT, 'build/extension'), zipPath = join(dirname(out), 'discret-extension.zip')) {
  if (!existsSync(join(ROOT, 'wasm/dist/discret.wasm'))) throw new Error('wasm/dist/discret.wasm is missing: run `npm run build` first');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(join(ROOT, 'web/extension'), out, { recursive: true, filter: (src) => !src.endsWith('background.js') });
  // The service worker with the engine and the file readers, bundled (the readers are npm packages;
  // node-only modules stay out as chunks nothing loads); the wasm beside it, where its loader looks.
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), [join(ROOT, 'web/extension/background.js'), '--bundle', '--format=esm',
    '--splitting', '--platform=browser', '--external:node:*', `--outdir=${out}`, '--log-level=warning'], { stdio: 'inherit' });
  cpSync(join(ROOT, 'wasm/dist/discret.wasm'), join(out, 'discret.wasm'));
  // The options page imports the engine as a module of its own, unbundled.
  for (const f of ENGINE) {
    mkdirSync(dirname(join(out, 'pkg', f)), { recursive: true });
    cpSync(join(ROOT, 'wasm', f), join(out, 'pkg', f));
  }
  const entries = {};
  for (const path of filesUnder(out).sort()) entries[relative(out, path).split('\\').join('/')] = [readFileSync(path), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }];
  writeFileSync(zipPath, zipSync(entries));
  return { out, zip: zipPath };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { out, zip } = buildExtension(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`extension written to ${out} and ${zip}`);
}
