#!/usr/bin/env node
// `pnpm docs:generate`: rewrites the generated regions of the docs from the BUILT packages (run
// `pnpm build` first; `pnpm run docs` does): the `generated:*` blocks of docs/index.md, errors.md,
// lifecycles.md and security.md, the `lifecycle:*` diagrams in docs/providers/<p>.md, and every
// `include:<path>` block (a tested example file copied in). `--check` writes nothing and exits 1 when
// a file is out of date. examples/docs-check/docs-are-current.node.test.ts does the same check against
// the sources, so CI fails when someone changes the code and forgets the docs.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltPackage, packageDirectory } from './docs/load-built-package.mjs';
import { CORE_PACKAGE, PROVIDERS } from './docs/providers.mjs';
import { renderGeneratedDocs } from './docs/render-generated-docs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

/** Newest modification time of the files under `directory` (0 when it does not exist). */
function newest(directory) {
  if (!existsSync(directory)) return 0;
  let latest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

// A dist/ older than its src/ would document yesterday's code: say so.
for (const packageName of [CORE_PACKAGE, ...PROVIDERS.map((provider) => provider.packageName)]) {
  const directory = packageDirectory(root, packageName);
  if (newest(join(directory, 'src')) > newest(join(directory, 'dist'))) console.warn(`! ${packageName}: dist/ is older than src/; run \`pnpm build\` (or \`pnpm run docs\`) for current docs.`);
}

const results = await renderGeneratedDocs(root, (specifier) => loadBuiltPackage(root, specifier));
const stale = results.filter(({ current, generated }) => current !== generated);
if (check) {
  for (const { file } of stale) console.log(`✗ ${file} is out of date`);
  if (stale.length > 0) {
    console.log('Run `pnpm docs:generate` and commit the result.');
    process.exit(1);
  }
  console.log(`✓ ${results.length} generated docs are current`);
} else {
  for (const { file, generated } of stale) writeFileSync(join(root, file), generated);
  for (const { file, current, generated } of results) console.log(`${current === generated ? '=' : '✎'} ${file}`);
}
