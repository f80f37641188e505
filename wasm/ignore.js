// The project ignore file (.discretignore) and the files whose nature makes some rules useless.
//
// .discretignore, one entry a line ('#' starts a comment):
//   PATH-GLOB        files not to scan: gitignore-like (`*` within a name, `**` across folders, a
//                    leading `/` anchors at the ignore file's folder, a trailing `/` means a folder;
//                    a glob without `/` matches the file name in any folder)
//   allow:VALUE      a value never reported (test fixtures, published sample keys)
//   rule:ID          a rule turned off
// Pure JS with no node imports, so pages and extensions can use it too.

/** Rules that judge a value by the key next to it: lockfiles and minified bundles defeat them. */
export const CONTEXT_SECRET_RULES = Object.freeze(['generic-secret-assignment', 'generic-secret-xml-setting',
  'password-assignment', 'password-env', 'password-xml-setting', 'authorization-bearer']);

const LOCKFILES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock',
  'Cargo.lock', 'poetry.lock', 'Pipfile.lock', 'composer.lock', 'Gemfile.lock', 'go.sum', 'packages.lock.json',
  'flake.lock', 'mix.lock', 'pubspec.lock', 'Podfile.lock']);

/** A lockfile (integrity hashes) or a minified bundle / source map (one long line of code). */
export function isLockfileOrMinified(path) {
  const name = path.split(/[\\/]/).pop();
  return LOCKFILES.has(name) || /\.min\.(?:js|mjs|cjs|css)$/.test(name) || /\.(?:js|mjs|cjs|css)\.map$/.test(name);
}

function globToRegExp(glob) {
  let anchored = glob.startsWith('/');
  let g = anchored ? glob.slice(1) : glob;
  const dirOnly = g.endsWith('/');
  if (dirOnly) g = g.slice(0, -1);
  if (g.includes('/')) anchored = true;
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      re += g[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += g[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A folder pattern matches everything under it; a file pattern the path itself (or, unanchored,
  // a name in any folder, and everything under a folder of that name).
  return new RegExp(`${anchored ? '^' : '(?:^|/)'}${re}${dirOnly ? '/' : '(?:$|/)'}`);
}

/** Parses an ignore file's text; `source` names it in errors. Throws on a malformed entry. */
export function parseIgnoreFile(text, source = '.discretignore') {
  const out = { paths: [], allow: [], disabledRules: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${source}:${i + 1}`;
    if (line.startsWith('allow:')) {
      const value = raw.slice(raw.indexOf('allow:') + 6).trim();
      if (!value) throw new Error(`${where}: allow: needs a value`);
      out.allow.push(value);
    } else if (line.startsWith('rule:')) {
      const id = line.slice(5).trim();
      if (!/^[a-z0-9._-]{1,100}$/.test(id)) throw new Error(`${where}: rule: needs a rule id`);
      out.disabledRules.push(id);
    } else {
      out.paths.push({ glob: line, where, re: globToRegExp(line) });
    }
  });
  return out;
}

/** The ignore entry that skips `path` (relative to the ignore file's folder, '/' separators), or null. */
export function ignoredBy(ignore, path) {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return ignore.paths.find((e) => e.re.test(p)) ?? null;
}
