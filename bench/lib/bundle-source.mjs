import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles a few TypeScript source exports that no public entry exposes (e.g. SGATE's two RSA engines) into
 * a temporary ESM file and imports it, so the bench can time them directly. esbuild is the root
 * devDependency; workspace imports (`@clientele/core`) resolve to the built packages, as in a user's install.
 *
 * @param {string} source the entry's code (ESM re-exports of absolute .ts paths)
 * @param {string} resolveFrom folder whose node_modules resolve bare imports
 */
export async function importFromSource(source, resolveFrom) {
  const directory = mkdtempSync(join(tmpdir(), 'clientele-bench-'));
  const outfile = join(directory, 'bundle.mjs');
  await build({
    stdin: { contents: source, resolveDir: resolveFrom, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  writeFileSync(join(directory, 'package.json'), '{"type":"module"}');
  return import(pathToFileURL(outfile).href);
}
