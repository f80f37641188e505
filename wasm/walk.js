// The files under a folder, for scanning a repository or a dataset folder (node only). Honours
// every .gitignore on the way down (the `ignore` package reads them as git does) and the
// .discretignore entries; `.git` itself is never entered. Files come in a stable order (sorted by
// name, folders after the files beside them), so reports and copies are reproducible.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore from 'ignore';
import { ignoredBy } from './ignore.js';

/**
 * Yields { path } for each file to scan and { path, skipped } for what an ignore rule leaves out
 * (a folder once, not every file in it). options: { gitignore = true, ignore (parsed .discretignore),
 * ignoreRoot (its folder, default the current one) }.
 */
export async function* walkFiles(root, options = {}) {
  const ignoreRoot = options.ignoreRoot ?? process.cwd();
  yield* walk(root, [], options, ignoreRoot);
}

async function gitignoreOf(dir) {
  try {
    return ignore().add(await readFile(join(dir, '.gitignore'), 'utf8'));
  } catch {
    return null;
  }
}

async function* walk(dir, gitignores, options, ignoreRoot) {
  const own = options.gitignore === false ? null : await gitignoreOf(dir);
  const stack = own ? [...gitignores, { dir, rules: own }] : gitignores;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { path: dir, skipped: `cannot read the folder (${e.code ?? e.message})` };
    return;
  }
  entries.sort((a, b) => (a.isDirectory() - b.isDirectory()) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (isDir && entry.name === '.git') continue;
    if (!isDir && !entry.isFile()) continue;  // sockets, links to elsewhere...
    const git = stack.find((g) => g.rules.ignores(toPosix(relative(g.dir, path)) + (isDir ? '/' : '')));
    if (git) {
      yield { path, skipped: `.gitignore in ${git.dir}` };
      continue;
    }
    const mine = options.ignore ? ignoredBy(options.ignore, toPosix(relative(ignoreRoot, path)) + (isDir ? '/' : '')) : null;
    if (mine) {
      yield { path, skipped: `${mine.where}: ${mine.glob}` };
      continue;
    }
    if (isDir) yield* walk(path, stack, options, ignoreRoot);
    else yield { path };
  }
}

const toPosix = (p) => (sep === '/' ? p : p.split(sep).join('/'));
