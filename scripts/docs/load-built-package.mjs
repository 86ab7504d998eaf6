// Loads a workspace package the way a Node user gets it: from its built `dist/`, through the
// `exports` map (the `node` condition first), so the docs describe what is published.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolvePackageEntry } from '../lib/resolve-package-entry.mjs';

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
  const file = resolvePackageEntry(directory, subpath);
  if (!existsSync(file)) throw new Error(`${specifier} is not built (${relative(directory, file)} is missing). Run \`pnpm build\` first.`);
  return import(pathToFileURL(file).href);
}
