// Turns a soak report into the console summary and into docs/reliability.md.
import { FAULT_CATALOGUE } from '../examples/reliability/fault-catalogue.mjs';

/**
 * @typedef {ReturnType<typeof import('../bench/lib/machine-info.mjs').machineInfo> & { exposeGc: boolean }} SoakMachine
 * The machine and runtime a run happened on: bench's `machineInfo()`, plus whether `--expose-gc` was on.
 */

/**
 * A few lines for the terminal.
 * @param {SoakMachine} machine
 */
export function formatSummary(report, machine) {
  const lines = [
    `${report.calls} calls in ${(report.durationMs / 1000).toFixed(1)} s (${Math.round(report.callsPerSecond)} calls/s) on ${machine.cpu}, Node ${machine.node}`,
  ];
  for (const target of report.targets) {
    lines.push(`  ${target.name.padEnd(10)} ${target.calls} calls, ${target.ok} ok, ${target.failed} failed (${formatCounts(target.errorKinds)}), ${target.attempts} requests, ${sum(target.faultsTaken)} faults taken, ${target.storedCustomers} customers stored, ${target.duplicates} duplicates`);
  }
  lines.push(`  unhandled rejections: ${report.unhandledRejections}; leaked handles: ${formatCounts(report.resources.leaked) || 'none'}`);
  lines.push(`  heap: ${report.heap.baselineMb} MB baseline, ${report.heap.peakMb} MB peak, ${report.heap.afterReleaseMb ?? 'n/a'} MB after release and GC (limit +${report.heap.limitMb} MB)`);
  for (const violation of report.violations) lines.push(`  ✗ ${violation.target} ${violation.rule} ×${violation.count}: ${violation.examples.join(' | ')}`);
  return lines.join('\n');
}

/**
 * The whole of docs/reliability.md.
 * @param {SoakMachine} machine
 */
export function formatReliabilityDoc(report, machine) {
  const targets = report.targets;
  const verdict = report.violations.length === 0 ? '**passed**: every invariant held' : `**FAILED**: ${report.violations.length} kind(s) of violation, listed below`;
  const kinds = union(targets.map((target) => target.errorKinds));
  const settings = report.clientOptions;
  return `# Reliability

<!-- Written by \`pnpm soak\` (soak/run-soak.mjs) from its last full run; edit soak/format-reliability-doc.mjs, not this file. -->

\`pnpm soak\` sends ${report.calls.toLocaleString('en-US')} customer calls through the **built** provider packages at
concurrency ${report.concurrency}, against each provider's own mock (\`@clientele/<provider>/testing\`, served by
msw/node \`setupServer\`), and injects random faults through each mock's failure injector
(\`sandbox.faults\`, core's \`FailureInjector\`), which the mock renders the way that provider fails. It
checks that nothing is lost, nothing leaks and nothing forged is returned, prints the figures below,
rewrites this file, and exits non-zero on any violation.

## How to run

\`\`\`sh
pnpm soak                                   # build, then ${report.calls.toLocaleString('en-US')} calls at concurrency ${report.concurrency}; rewrites this file
node --expose-gc soak/run-soak.mjs --calls 2000 --targets sgate,payabli --no-write
                                            # a shorter run of some providers (after \`pnpm build\`)
pnpm test                                   # runs examples/reliability/soak-smoke.node.test.ts:
                                            # the same engine and invariants on a few hundred calls
\`\`\`

Options: \`--calls\`, \`--concurrency\`, \`--fault-rate\` (probability that a call injects a fault),
\`--seed\` (every choice of operation, fault and burst length is drawn from a per-call generator seeded
with it, so a run's choices are reproducible whatever the interleaving), \`--targets\`, \`--no-write\`.
Only full runs (${(10_000).toLocaleString('en-US')}+ calls over every provider) rewrite this file. The engine is
\`examples/reliability/soak-engine.mjs\`; each provider's calls and mock wiring are one file in
\`examples/reliability/targets/\`.

## What is checked

| invariant | how | last run |
| --- | --- | --- |
| no unhandled rejection | the engine owns \`process.on('unhandledRejection')\` for the run | ${report.unhandledRejections} |
| no leaked handle or timer | \`process.getActiveResourcesInfo()\` before the run and after it (mocks closed, up to 5 s to settle); any type that outnumbers its count before is a leak | ${formatCounts(report.resources.leaked) || 'none'} |
| bounded heap | \`heapUsed\` sampled every 50 ms; after the run, with the mocks released and a forced GC (\`--expose-gc\`), growth over the baseline must stay under ${report.heap.limitMb} MB | ${report.heap.baselineMb} → ${report.heap.afterReleaseMb ?? 'n/a'} MB (peak ${report.heap.peakMb} MB) |
| no duplicate customer | every create carries a unique soak key; the mock's store is scanned after the run | ${sumField(targets, 'duplicates')} duplicates in ${sumField(targets, 'storedCustomers').toLocaleString('en-US')} stored customers |
| no lost customer | every create that resolved is in the mock's store | ${countRule(report, 'lost-customer')} |
| nothing forged or damaged returned | every attempt is stamped with an \`x-soak-attempt\` header and the mock's \`faults.take\` is observed, so each injected fault is attributed to the exact call and attempt that received it; a call that resolves although its last response carried a fault (bad or missing signature, truncated or malformed body, …) is a violation. A stalled response is the provider's real one, only late: accepting it after the client's timer fired late is counted, not a violation | ${countRule(report, 'forged-data-returned') + countRule(report, 'faulted-data-returned')} (late genuine responses accepted: ${sumField(targets, 'lateResponsesAccepted')}) |
| no secret in errors or logs | clients log at \`debug\`; every log line and every error (message, stack, \`JSON.stringify\`, \`util.inspect\`, own properties) is searched for the provider's credentials | ${countRule(report, 'secret-leaked')} hits in ${sumField(targets, 'secretsChecked').toLocaleString('en-US')} lines and errors |
| bounded retries | requests per call ≤ (\`maxRetries\` + 1) × the call's logical requests | ${countRule(report, 'unbounded-retries')} |
| failures only from faults | a call none of whose requests received a fault must succeed | ${countRule(report, 'failed-without-fault')} |
| typed errors | every rejection is a \`ClienteleError\` | ${countRule(report, 'foreign-error')} |

The smoke test also runs the engine against deliberately broken clients (retrying unsafe POSTs,
skipping signature checks, leaking a key, a floating promise, a leaked timer, retained memory) and
asserts that each is caught, so a detector that stopped working would fail the default test run.

## Last full run: ${verdict}

| | |
| --- | --- |
| date | ${machine.date.slice(0, 10)} |
| machine | ${machine.cpu}; memory ${machine.memory}; ${machine.os} |
| Node | ${machine.node}${machine.exposeGc ? ' with `--expose-gc`' : ''} |
| providers | ${targets.map((target) => `\`${target.packageName}\``).join(', ')} |
| calls | ${report.calls.toLocaleString('en-US')} at concurrency ${report.concurrency}, fault rate ${report.faultRate}, seed ${report.seed} |
| duration | ${(report.durationMs / 1000).toFixed(1)} s (${Math.round(report.callsPerSecond)} calls/s; an injected timeout stalls its request ${settings.stallMs} ms) |
| client options | \`timeout: ${settings.timeout}\`, \`maxRetries: ${settings.maxRetries}\`, \`backoff: { initialDelay: ${settings.backoff.initialDelay}, maxDelay: ${settings.backoff.maxDelay} }\`, \`maxRetryDelay: ${settings.maxRetryDelay}\`, \`logLevel: '${settings.logLevel}'\` |

### Calls

| provider | calls | resolved | rejected | requests sent | faults received | customers stored | duplicates |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${targets.map((target) => `| ${target.name} | ${target.calls} | ${target.ok} | ${target.failed} | ${target.attempts} | ${sum(target.faultsTaken)} | ${target.storedCustomers} | ${target.duplicates} |`).join('\n')}
| **total** | **${report.totals.calls}** | **${report.totals.ok}** | **${report.totals.failed}** | **${report.totals.attempts}** | **${sum(report.totals.faultsTaken)}** | **${report.totals.storedCustomers}** | **${report.totals.duplicates}** |

By operation:

| provider | ${operationNames(targets).join(' | ')} |
| --- | ${operationNames(targets).map(() => '---:').join(' | ')} |
${targets.map((target) => `| ${target.name} | ${operationNames(targets).map((name) => formatOperation(target.operations[name])).join(' | ')} |`).join('\n')}

(resolved / calls)

### Errors by kind

Every rejection is a \`ClienteleError\`; its \`kind\` says what happened. Rate limits, 5xx on
requests that are safe to repeat and connection failures before processing are retried and mostly
recovered; the rest surface, as they should:

| kind | ${targets.map((target) => target.name).join(' | ')} | why it surfaces here |
| --- | ${targets.map(() => '---:').join(' | ')} | --- |
${kinds.map((kind) => `| \`${kind}\` | ${targets.map((target) => target.errorKinds[kind] ?? 0).join(' | ')} | ${KIND_NOTES[kind] ?? ''} |`).join('\n') || '| (none) | |'}

### Faults received

Faults are queued with \`sandbox.faults.inject(fault, { method, path, times })\` for the call's
method and path (bursts of rate limits and 5xx span several requests) and received by whichever
request matches first; each received fault is attributed to its request as described above.

| fault | rendered as (core default; each mock may render it its own way) | ${targets.map((target) => target.name).join(' | ')} |
| --- | --- | ${targets.map(() => '---:').join(' | ')} |
${FAULT_CATALOGUE.map((fault) => `| \`${fault.name}\` | ${describeFault(fault, settings)} | ${targets.map((target) => target.faultsTaken[fault.name] ?? (target.faultsInjected[fault.name] === undefined ? '–' : 0)).join(' | ')} |`).join('\n')}

### Requests per call

| provider | ${attemptColumns(targets).join(' | ')} |
| --- | ${attemptColumns(targets).map(() => '---:').join(' | ')} |
${targets.map((target) => `| ${target.name} | ${attemptColumns(targets).map((count) => target.attemptsPerCall[count] ?? 0).join(' | ')} |`).join('\n')}

### Resources and heap

| | before | after |
| --- | --- | --- |
| active resources | ${formatCounts(report.resources.before) || 'none'} | ${formatCounts(report.resources.after) || 'none'} |
| heap used | ${report.heap.baselineMb} MB (baseline, after GC) | ${report.heap.afterReleaseMb ?? 'n/a'} MB (mocks released, after GC) |
| heap peak during the run | | ${report.heap.peakMb} MB (${report.heap.samples} samples) |

### Violations

${report.violations.length === 0 ? 'None.' : report.violations.map((violation) => `- **${violation.target} · ${violation.rule}** ×${violation.count}: ${violation.examples.join('; ')}`).join('\n')}
`;
}

/** Why each error kind reaches the caller in the soak, from the calls' recorded faults. */
const KIND_NOTES = {
  invalid_response: 'a truncated or HTML body on a request that is not safe to repeat (a create without an idempotency key), or on the last attempt',
  network: 'a dropped connection on a request that is not safe to repeat (it may have been processed), or on every attempt',
  server: 'a 5xx on a request that is not safe to repeat (or one the provider documents as final: Paycombat\'s 500), or a burst longer than the retries',
  timeout: 'a stalled create that is not safe to repeat, or stalls on every attempt',
  rate_limited: 'a rate-limit burst longer than `maxRetries` (it is retried for every method: the provider did not act)',
  signature: 'SGATE: a bad or missing response signature is never retried and nothing from the body is used; truncated and malformed bodies fail verification first, so they land here too',
  conflict: 'Payabli: a keyed create retried after its first attempt was processed meets 409 "Duplicated idempotencyKey"; the error says the customer may exist, and no second customer is made. SGATE: a retried create met 1302 in an answer it could not verify, so it could not reconcile it with the customer its first attempt made',
  not_found: 'Payabli: a DELETE repeated after its first attempt was processed finds the customer already deleted',
};

/**
 * A catalogue fault as the doc's table shows it: its description, then its burst length (from `storm`).
 * @param {import('../examples/reliability/fault-catalogue.mjs').CatalogueFault} fault
 * @param {{ stallMs: number, timeout: number }} settings the run's client settings
 */
function describeFault(fault, settings) {
  const description = typeof fault.description === 'function' ? fault.description(settings) : fault.description;
  return fault.storm ? `${description}; bursts of 1–${fault.storm}` : description;
}

function formatCounts(counts) {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}

function formatOperation(stats) {
  return stats ? `${stats.ok} / ${stats.calls}` : '–';
}

function operationNames(targets) {
  return [...new Set(targets.flatMap((target) => Object.keys(target.operations)))].sort();
}

function attemptColumns(targets) {
  return [...new Set(targets.flatMap((target) => Object.keys(target.attemptsPerCall)))].sort((a, b) => Number(a) - Number(b));
}

function union(countsList) {
  return [...new Set(countsList.flatMap((counts) => Object.keys(counts)))].sort();
}

function sum(counts) {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

function sumField(targets, field) {
  return targets.reduce((total, target) => total + target[field], 0);
}

function countRule(report, rule) {
  return report.violations.filter((violation) => violation.rule === rule).reduce((total, violation) => total + violation.count, 0);
}
