// Size budgets for `pnpm size` (run by the test command) and `pnpm bench`. The budgets themselves live in
// bench/budgets.json, shared with the benchmarks. Each check bundles one entry for the browser with esbuild
// (minified, dependencies included, tree-shaken to the named import) and measures it gzipped.
//
// A provider entry is checked once its source exists (packages/<p>/src/<entry>.ts); from then on its built
// file must exist too, so a missing build fails loudly instead of passing silently.
// SIZE_LIMIT_REFERENCE=1 adds the reference rows (another SDK, no budget) and skips entries not built yet;
// `pnpm bench` sets it and reports those entries as not run.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const budgets = require('./bench/budgets.json');

const benchMode = process.env.SIZE_LIMIT_REFERENCE === '1';

const checks = budgets.size
  .filter((check) => (check.reference ? benchMode : existsSync(join(__dirname, 'packages', check.package, 'src', `${check.entry}.ts`))))
  .map((check) => ({
    name: check.name,
    path: check.path ?? `packages/${check.package}/dist/${check.entry}.js`,
    import: check.import,
    gzip: true,
    ...(check.limit ? { limit: check.limit } : {}),
  }));

const unbuilt = checks.filter((check) => !existsSync(join(__dirname, check.path)));
if (unbuilt.length > 0 && !benchMode) {
  throw new Error(`size-limit: ${unbuilt.map((check) => check.path).join(', ')} missing. Run \`pnpm build\` first (\`pnpm test\` does).`);
}

module.exports = checks.filter((check) => !unbuilt.includes(check));
