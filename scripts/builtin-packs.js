// The built-in rule packs, in the order the engine embeds them: read from CMakeLists.txt's
// DISCRET_RULE_PACKS so that JS tools (bench, docs) never keep a list of their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paths relative to `root`, e.g. ['rules/pii-core.json', ...]. */
export function builtinPacks(root) {
  const cmake = readFileSync(join(root, 'CMakeLists.txt'), 'utf8');
  const m = cmake.match(/set\(DISCRET_RULE_PACKS "([^"]+)"\)/);
  if (!m) throw new Error('CMakeLists.txt: set(DISCRET_RULE_PACKS "...") not found');
  return m[1].split(';').map((p) => p.replace('${CMAKE_SOURCE_DIR}/', ''));
}
