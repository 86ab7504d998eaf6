import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import budgets from '../budgets.json' with { type: 'json' };
import { formatMilliseconds } from '../lib/format-report.mjs';
import { resolveEntry, root } from '../lib/resolve-entry.mjs';
import { median } from '../lib/statistics.mjs';

const PROBE = `const cpu = process.cpuUsage();
const started = performance.now();
await import(process.argv[1]);
const imported = performance.now();
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({ importMs: imported - started, cpuMs: (used.user + used.system) / 1000 }));`;

/**
 * Import time: `await import()` of each package's main entry in a fresh Node process (resolved through its
 * exports map with the `node` condition, as Node does), timed inside that process with performance.now().
 * Processes are started round-robin across packages, so machine drift falls on all of them alike.
 */
export default async function run(context) {
  const rounds = context.quick ? 5 : 11;
  const official = { label: '@payabli/sdk-node (official)', url: import.meta.resolve('@payabli/sdk-node') };
  const targets = [
    { label: '@clientele/core', url: pathToFileURL(resolveEntry('core')).href },
    ...context.providers.map((name) => ({ label: `@clientele/${name}`, url: pathToFileURL(resolveEntry(name)).href })),
    official,
  ];
  const samples = new Map(targets.map((target) => [target.label, { importMs: [], cpuMs: [], wallMs: [] }]));
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < targets.length; index++) {
      const target = targets[(index + round) % targets.length];
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE, target.url], { cwd: root, encoding: 'utf8' });
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (child.status !== 0) throw new Error(`importing ${target.label} failed: ${child.stderr}`);
      const { importMs, cpuMs } = JSON.parse(child.stdout);
      samples.get(target.label).importMs.push(importMs);
      samples.get(target.label).cpuMs.push(cpuMs);
      samples.get(target.label).wallMs.push(wallMs);
    }
  }
  const officialCpuMs = median(samples.get(official.label).cpuMs);
  const officialMs = median(samples.get(official.label).importMs);
  const limit = budgets.importTime.maxRatioToOfficialSdk;
  const rows = targets.map((target) => {
    const cpuMs = median(samples.get(target.label).cpuMs);
    const importMs = median(samples.get(target.label).importMs);
    const wallMs = median(samples.get(target.label).wallMs);
    const figure = `${formatMilliseconds(cpuMs)} CPU (${formatMilliseconds(importMs)} wall, process ${formatMilliseconds(wallMs)})`;
    if (target === official) return { measurement: `${target.label}: import`, figure, status: 'info' };
    const ratio = cpuMs / officialCpuMs;
    const budgeted = target.label !== '@clientele/core';
    return {
      measurement: `${target.label}: import`,
      figure,
      baseline: `official SDK ${formatMilliseconds(officialCpuMs)} CPU (${formatMilliseconds(officialMs)} wall)`,
      ratio,
      budget: budgeted ? `≤ ${limit}×` : '(shared by all)',
      status: budgeted ? (ratio <= limit ? 'pass' : 'miss') : 'info',
    };
  });
  return {
    id: 'import-time',
    title: 'Import time (fresh Node process)',
    description:
      `Median of ${rounds} fresh \`node\` processes per package, started round-robin. Inside each process, \`await import()\` of the package's main entry (resolved with the \`node\` condition) is timed twice: in CPU time of the process (user + system, \`process.cpuUsage()\`; loading modules is CPU work plus synchronous file reads, so this is its cost, unaffected by waiting for a busy CPU) and in wall-clock time; "process" is the whole process's wall-clock time, Node's own start-up (≈ 40 ms) included. The budget compares CPU times; wall times are shown for reference.`,
    rows,
    notes: [],
  };
}

