import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The monorepo root (this file is bench/lib/resolve-entry.mjs). */
export const root = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/**
 * Resolves a workspace package's entry through its `exports` map the way Node (or a bundler) would, so the
 * bench imports exactly what a user gets: e.g. `@clientele/sgate` under the `node` condition.
 *
 * @param {string} packageDirectory folder name under packages/, e.g. 'sgate'
 * @param {string} [subpath] '.', './testing', …
 * @param {string[]} [conditions] in priority order
 * @returns {string} absolute file path
 */
export function resolveEntry(packageDirectory, subpath = '.', conditions = ['node', 'import', 'default']) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', packageDirectory, 'package.json'), 'utf8'));
  let target = manifest.exports?.[subpath];
  if (target === undefined) throw new Error(`${manifest.name} exports no ${subpath}`);
  while (typeof target === 'object' && target !== null) {
    const condition = Object.keys(target).find((key) => conditions.includes(key));
    if (!condition) throw new Error(`${manifest.name} ${subpath}: no export for conditions ${conditions.join(', ')}`);
    target = target[condition];
  }
  return join(root, 'packages', packageDirectory, target);
}

/** `import()` of a workspace package entry (see {@link resolveEntry}). */
export function importEntry(packageDirectory, subpath = '.', conditions) {
  return import(pathToFileURL(resolveEntry(packageDirectory, subpath, conditions)).href);
}

/**
 * Whether a provider package has landed and been built: its source entry and the built file its
 * exports map points to both exist.
 */
export function isBuilt(packageDirectory, subpath = '.') {
  const source = subpath === '.' ? 'index' : subpath.slice(2);
  if (!existsSync(join(root, 'packages', packageDirectory, 'src', `${source}.ts`))) return false;
  try {
    return existsSync(resolveEntry(packageDirectory, subpath));
  } catch {
    return false;
  }
}
