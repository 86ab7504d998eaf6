#!/usr/bin/env node
// `pnpm soak` (= `pnpm build && node --expose-gc soak/run-soak.mjs`)
//
// 10,000 calls, spread over every provider, at concurrency 50, against the BUILT packages and
// their `/testing` mocks (msw/node), with random faults injected through each mock's failure
// injector. Checks that nothing is lost (no duplicate or missing customer), nothing leaks (no
// unhandled rejection, no handle or timer left open, bounded heap, no secret in an error or a log
// line) and nothing forged is returned (no call resolves with data from a faulted or badly signed
// response). Prints the figures, writes them to docs/reliability.md and exits 1 on any violation.
//
// Options: --calls N (10000) --concurrency N (50) --fault-rate P (0.3) --seed N (1)
//          --targets sgate,payabli (default: every provider; `reference` selects the core-only
//          reference provider) --no-write (leave the doc alone)
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { machineInfo } from '../bench/lib/machine-info.mjs';
import { runSoak } from '../examples/reliability/soak-engine.mjs';
import { PROVIDER_TARGETS, REFERENCE_TARGET } from '../examples/reliability/targets/index.mjs';
import { formatReliabilityDoc, formatSummary } from './format-reliability-doc.mjs';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '50' },
    'fault-rate': { type: 'string', default: '0.3' },
    seed: { type: 'string', default: '1' },
    targets: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});

const calls = positiveInteger(values.calls, '--calls');
const concurrency = positiveInteger(values.concurrency, '--concurrency');
const seed = positiveInteger(values.seed, '--seed');
const faultRate = Number(values['fault-rate']);
if (!(faultRate >= 0 && faultRate <= 1)) fail('--fault-rate must be between 0 and 1.');
if (typeof globalThis.gc !== 'function') console.warn('note: run with `node --expose-gc` (as `pnpm soak` does) for exact heap figures; using a V8 flag fallback.');

const requested = values.targets?.split(',').map((name) => name.trim()).filter(Boolean);
const selected = requested ? [...PROVIDER_TARGETS, REFERENCE_TARGET].filter((entry) => requested.includes(entry.name)) : PROVIDER_TARGETS;
for (const name of requested ?? []) if (!selected.some((entry) => entry.name === name)) fail(`Unknown target "${name}". Targets: ${[...PROVIDER_TARGETS, REFERENCE_TARGET].map((entry) => entry.name).join(', ')}.`);

// Every provider takes part: one whose package is missing or not built stops the run.
const targets = await Promise.all(selected.map((entry) => entry.load().catch((error) => fail(`Cannot load the ${entry.name} target: ${String(error?.message ?? error).split('\n')[0]}; run \`pnpm build\` first.`))));
console.log(`soak: ${calls} calls over ${targets.map((target) => target.name).join(', ')} at concurrency ${concurrency}, fault rate ${faultRate}, seed ${seed}`);
const machine = { ...machineInfo(), exposeGc: typeof globalThis.gc === 'function' };
const report = await runSoak({
  targets,
  calls,
  concurrency,
  faultRate,
  seed,
  onProgress: (done, total) => process.stdout.write(`  ${done}/${total} calls\r`),
});
process.stdout.write('\n');

console.log(formatSummary(report, machine));
const full = calls >= 10_000 && requested === undefined;
if (values['no-write']) {
  console.log('docs/reliability.md left unchanged (--no-write).');
} else if (!full) {
  console.log('docs/reliability.md left unchanged: it records only full runs (10,000+ calls over every provider).');
} else {
  await writeFile(new URL('../docs/reliability.md', import.meta.url), formatReliabilityDoc(report, machine));
  console.log('wrote docs/reliability.md');
}

if (report.violations.length > 0) {
  console.error(`\nsoak FAILED: ${report.violations.reduce((sum, violation) => sum + violation.count, 0)} violation(s)`);
  process.exitCode = 1;
} else {
  console.log('\nsoak passed: every invariant held');
}

function positiveInteger(text, name) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) fail(`${name} must be a positive whole number.`);
  return value;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}
