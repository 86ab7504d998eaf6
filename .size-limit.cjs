// Size budgets for `pnpm size` (run by the test command) and `pnpm bench`. The budgets themselves live in
// bench/budgets.json, shared with the benchmarks. Each check bundles one entry for the browser with esbuild
// (minified, dependencies included, tree-shaken to the named import) and measures it gzipped.
//
// Every entry's built file must exist, so a missing build fails loudly instead of passing silently.
// SIZE_LIMIT_REFERENCE=1 adds the reference rows (another SDK, no budget); `pnpm bench` sets it.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const budgets = require('./bench/budgets.json');

const benchMode = process.env.SIZE_LIMIT_REFERENCE === '1';

const checks = budgets.size
  .filter((check) => !check.reference || benchMode)
  .map((check) => ({
    name: check.name,
    path: check.path ?? `packages/${check.package}/dist/${check.entry}.js`,
    import: check.import,
    gzip: true,
    ...(check.limit ? { limit: check.limit } : {}),
  }));

const unbuilt = checks.filter((check) => !existsSync(join(__dirname, check.path)));
if (unbuilt.length > 0) {
  throw new Error(`size-limit: ${unbuilt.map((check) => check.path).join(', ')} missing. Run \`pnpm build\` first (\`pnpm test\` does).`);
}

module.exports = checks;
