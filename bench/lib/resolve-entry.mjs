import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolvePackageEntry } from '../../scripts/lib/resolve-package-entry.mjs';

/** The monorepo root (this file is bench/lib/resolve-entry.mjs). */
export const root = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/**
 * The file a workspace package's entry resolves to through its `exports` map, as Node resolves it (see
 * scripts/lib/resolve-package-entry.mjs), so the bench imports exactly what a user gets: e.g.
 * `@clientele/sgate` under the `node` condition.
 *
 * @param {string} packageDirectory folder name under packages/, e.g. 'sgate'
 * @param {string} [subpath] '.', './testing', …
 * @param {readonly string[]} [conditions] the conditions matched (Node's `import` by default)
 * @returns {string} absolute file path
 */
export function resolveEntry(packageDirectory, subpath = '.', conditions = undefined) {
  return resolvePackageEntry(join(root, 'packages', packageDirectory), subpath, conditions);
}

/** `import()` of a workspace package entry (see {@link resolveEntry}); a missing build fails the import. */
export function importEntry(packageDirectory, subpath = '.', conditions = undefined) {
  return import(pathToFileURL(resolveEntry(packageDirectory, subpath, conditions)).href);
}
