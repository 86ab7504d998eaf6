// Resolves a workspace package's `exports` map the way Node's ESM loader does, so the bench, the docs
// generator and the runtime smoke tests all load (or expect) exactly the file a user gets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The conditions Node's `import` matches, in the order Node tries them. */
export const NODE_IMPORT_CONDITIONS = Object.freeze(['node', 'import', 'default']);

/**
 * The target one `exports` entry resolves to under `conditions`: the first key, in the object's own
 * order, that is one of `conditions` and resolves to a path (a condition whose value resolves to
 * nothing is passed over, as Node does).
 *
 * @param {unknown} target an `exports` value: a path, a conditions object, or null
 * @param {readonly string[]} [conditions]
 * @returns {string | undefined} the path relative to the package (`./dist/index.js`), or undefined
 */
export function resolveExportTarget(target, conditions = NODE_IMPORT_CONDITIONS) {
  if (typeof target === 'string') return target;
  if (target === null || typeof target !== 'object' || Array.isArray(target)) return undefined;
  for (const [condition, value] of Object.entries(target)) {
    if (!conditions.includes(condition)) continue;
    const resolved = resolveExportTarget(value, conditions);
    if (resolved !== undefined) return resolved;
  }
  return undefined;
}

/**
 * The file `subpath` of the package in `packageDir` resolves to through its `exports` map. It does not
 * check that the file exists (a package that is not built resolves to a missing `dist/` file).
 *
 * @param {string} packageDir absolute path of the package (the folder holding its package.json)
 * @param {string} [subpath] `'.'`, `'./testing'`, …
 * @param {readonly string[]} [conditions] the conditions the importer matches (Node's `import` by default)
 * @returns {string} absolute file path
 * @throws {Error} when the package exports no such subpath for these conditions
 */
export function resolvePackageEntry(packageDir, subpath = '.', conditions = NODE_IMPORT_CONDITIONS) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const target = resolveExportTarget(manifest.exports?.[subpath], conditions);
  if (target === undefined) throw new Error(`${manifest.name} exports no "${subpath}" entry for the conditions ${conditions.join(', ')}.`);
  return join(packageDir, target);
}
