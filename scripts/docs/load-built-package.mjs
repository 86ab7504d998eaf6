// Loads a workspace package the way a Node user gets it: from its built `dist/`, through the
// `exports` map (the `node` condition first), so the docs describe what is published.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The export target for `subpath` under the conditions Node's ESM loader would use. */
function resolveTarget(target, conditions = ['node', 'import', 'default']) {
  if (typeof target === 'string') return target;
  if (target === null || typeof target !== 'object') return undefined;
  for (const [condition, value] of Object.entries(target)) {
    if (conditions.includes(condition)) {
      const resolved = resolveTarget(value, conditions);
      if (resolved !== undefined) return resolved;
    }
  }
  return undefined;
}

/** The directory of the workspace package called `packageName` (searched under packages/). */
export function packageDirectory(root, packageName) {
  const packagesDirectory = join(root, 'packages');
  for (const entry of readdirSync(packagesDirectory)) {
    const manifest = join(packagesDirectory, entry, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === packageName) return join(packagesDirectory, entry);
  }
  throw new Error(`No package called ${packageName} under packages/.`);
}

/** Imports the built entry of `specifier` (`@clientele/core`, `@clientele/core/testing`, …) from the workspace. */
export async function loadBuiltPackage(root, specifier) {
  const [scope, name, ...rest] = specifier.split('/');
  const packageName = `${scope}/${name}`;
  const subpath = rest.length > 0 ? `./${rest.join('/')}` : '.';
  const directory = packageDirectory(root, packageName);
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  const target = resolveTarget(manifest.exports?.[subpath]);
  if (target === undefined) throw new Error(`${packageName} exports no "${subpath}" entry for Node's import.`);
  const file = join(directory, target);
  if (!existsSync(file)) throw new Error(`${specifier} is not built (${target} is missing). Run \`pnpm build\` first.`);
  return import(pathToFileURL(file).href);
}
