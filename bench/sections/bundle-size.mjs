import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import budgets from '../budgets.json' with { type: 'json' };
import { bundleBreakdown } from '../lib/bundle-breakdown.mjs';
import { root } from '../lib/resolve-entry.mjs';

/**
 * Bundle sizes through size-limit itself (the same config and budgets as `pnpm size`), with the reference
 * rows switched on: browser build by esbuild, minified, dependencies included, tree-shaken to the named
 * import, gzipped.
 */
export default async function run() {
  const child = spawnSync(join(root, 'node_modules', '.bin', 'size-limit'), ['--json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SIZE_LIMIT_REFERENCE: '1' },
  });
  let measured;
  try {
    measured = JSON.parse(child.stdout);
  } catch {
    throw new Error(`size-limit did not print JSON (exit ${child.status}): ${child.stdout}${child.stderr}`);
  }
  // A failure (e.g. .size-limit.cjs refusing a missing build) is printed as `{ "error": "…" }`.
  if (!Array.isArray(measured)) throw new Error(`size-limit failed: ${String(measured?.error ?? child.stdout).split('\n')[0]}`);
  const reference = budgets.size.find((check) => check.reference);
  const referenceSize = measured.find((result) => result.name === reference?.name)?.size;
  const rows = [];
  const notes = [];
  for (const check of budgets.size) {
    const result = measured.find((entry) => entry.name === check.name);
    if (!result) {
      rows.push({ measurement: check.name, figure: '—', budget: check.limit ? `≤ ${check.limit}` : '', status: 'error' });
      notes.push(`${check.name}: size-limit measured no entry of that name.`);
      continue;
    }
    // `target` is the issue's budget, reported here; `limit` is the regression ceiling `pnpm size` enforces.
    const budgetText = check.target ? `≤ ${check.target} (enforced ceiling ${check.limit})` : check.limit ? `≤ ${check.limit}` : 'reference';
    const limitBytes = check.target ? parseKilobytes(check.target) : check.limit ? parseKilobytes(check.limit) : undefined;
    rows.push({
      measurement: `${check.name} \`${check.import === '*' ? 'import *' : `import ${check.import}`}\``,
      figure: formatKilobytes(result.size),
      baseline: !check.main || referenceSize === undefined ? '' : `official SDK ${formatKilobytes(referenceSize)}`,
      ratio: !check.main || referenceSize === undefined ? undefined : result.size / referenceSize,
      budget: budgetText,
      status: limitBytes === undefined ? 'info' : result.size <= limitBytes ? 'pass' : 'miss',
    });
  }
  const breakdown = {
    id: 'bundle-breakdown',
    title: 'Where the bytes come from (main entries, gzipped)',
    headers: { figure: 'Total', baseline: 'Shares' },
    description:
      'Each main entry bundled again by the same esbuild, leaving out one more dependency each time (ky, then zod, then @clientele/core): a dependency\'s share is what leaving it out saves. Gzip is not additive, so these are marginal shares in that order; they add up to the total (which can differ from size-limit\'s figure by its empty-project correction). Diagnostic: no budget.',
    rows: [],
    notes: [],
  };
  for (const check of budgets.size.filter((entry) => entry.main)) {
    const file = join(root, `packages/${check.package}/dist/${check.entry}.js`);
    if (!measured.some((entry) => entry.name === check.name)) continue;
    const { total, parts } = await bundleBreakdown(file, check.import);
    breakdown.rows.push({
      measurement: check.name,
      figure: formatKilobytes(total),
      baseline: parts.map((part) => `${part.name} ${formatKilobytes(part.bytes)}`).join(', '),
      status: 'info',
    });
  }
  return [{
    id: 'bundle-size',
    title: 'Bundle size (browser, minified + gzipped, dependencies included)',
    description:
      'Measured by size-limit 12.1.0 (`@size-limit/preset-small-lib`: esbuild bundle for the browser platform, minified, tree-shaken to the import shown, gzip level 9, size-limit\'s empty-project overhead subtracted). The budgets are the ones `pnpm size` enforces in the test command (`bench/budgets.json`). The official SDK row bundles `PayabliClient`, which is what one customer call needs (its resources are not tree-shakable from the client class). 1 kB = 1000 bytes.',
    rows,
    notes,
  }, breakdown];
}

/** `'15 kB'` → 15000. */
export function parseKilobytes(text) {
  const match = /^([\d.]+)\s*kB$/i.exec(text.trim());
  if (!match) throw new Error(`budget "${text}" must be written in kB, e.g. "15 kB"`);
  return Number(match[1]) * 1000;
}

function formatKilobytes(bytes) {
  return `${(bytes / 1000).toFixed(2)} kB`;
}
