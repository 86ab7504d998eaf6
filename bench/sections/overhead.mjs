import budgets from '../budgets.json' with { type: 'json' };
import { compareInterleaved } from '../lib/compare-interleaved.mjs';
import { formatMicroseconds, formatRatio } from '../lib/format-report.mjs';
import { startLoopbackServer } from '../lib/loopback-server.mjs';
import { createStubFetch } from '../lib/stub-fetch.mjs';
import { providers } from '../providers/index.mjs';

/** Headers the HTTP stack adds by itself, which say nothing about whether two requests are the same call. */
const TRANSPORT_HEADERS = new Set(['host', 'connection', 'content-length', 'accept-encoding', 'accept-language', 'sec-fetch-mode', 'user-agent', 'accept', 'transfer-encoding']);

/**
 * Per-call overhead: each provider's `customers.update` (built package, Node entry) against a loopback
 * node:http server answering a fixed valid response, interleaved with a hand-written request of the same
 * signed call to the same server (and, for Payabli, the official SDK). See bench/providers/*.mjs.
 */
export default async function run(context) {
  const section = {
    id: 'overhead',
    title: 'Per-call overhead: customers.update over loopback HTTP',
    rows: [],
    notes: [],
  };
  const rounds = context.quick ? 10 : 30;
  const cpuSection = {
    id: 'client-cpu',
    title: 'Where the time goes: client CPU per call, network taken away',
    headers: { budget: 'Added per call' },
    description:
      'The same calls with `globalThis.fetch` replaced by an in-process stub that answers from the same route modules as the loopback server (no socket, no other process), timed in CPU time of the process (`process.cpuUsage()`, so a busy machine does not inflate it). What remains is each client\'s own work per call (building, validating, signing, `fetch` and `Response` objects, parsing, verifying, decrypting); the difference to the hand-written code is the SDK\'s overhead, and the loopback ratio above is (network + this) ÷ (network + baseline). Diagnostic: no budget.',
    rows: [],
    notes: [],
  };
  const blockSize = 40;
  for (const provider of providers) {
    // One provider failing (a missing or broken build, a changed API) is an error on its row (a missed budget
    // for `--strict`); the others still run.
    try {
      const setup = await provider.overhead();
      const server = await startLoopbackServer(setup.routes);
      try {
        const variants = await setup.variants(server.url);
        section.notes.push(...(await checkSameRequests(provider, variants, server, setup)));
        const result = await compareInterleaved(variants, { rounds, blockSize: Math.max(4, Math.round(blockSize / (setup.weight ?? 1))), warmupBlocks: 3 });
        section.rows.push(...rowsFor(provider, variants, result));
      } finally {
        await server.close();
      }
      cpuSection.rows.push(...(await clientCpu(provider, setup, rounds)));
    } catch (error) {
      section.rows.push({ measurement: `${provider.title}: ${provider.operation}`, figure: '—', budget: `≤ ${budgets.overhead[provider.name].maxRatio}×`, status: 'error' });
      section.notes.push(`${provider.title} failed: ${String(error?.message ?? error).split('\n')[0]}`);
    }
  }
  section.description = `Median time per call of ${rounds} rounds of interleaved blocks (one block of sequential calls per variant per round), Node entry of each built package, against a loopback \`node:http\` server in a separate process that answers a fixed, valid response (signed by the server where the provider signs responses). The baseline is a hand-written \`fetch\` of the same signed request to the same server, which also reads, parses and checks the response the way a careful integration would (for SGATE: node:crypto signing, field encryption, response verification and decryption written by hand). Each variant's first request was compared on the server before timing (method, path and query, header names, body).`;
  return [section, cpuSection];
}

/** The variants again, against an in-process stub `fetch` instead of the loopback server. */
async function clientCpu(provider, setup, rounds) {
  const stub = await createStubFetch(setup.routes);
  const realFetch = globalThis.fetch;
  globalThis.fetch = stub;
  try {
    const variants = await setup.variants('http://stub.bench.invalid');
    const { summary, ratios } = await compareInterleaved(variants, { rounds, blockSize: Math.max(4, Math.round(200 / (setup.weight ?? 1) ** 2)), warmupBlocks: 3, clock: 'cpu' });
    const [baseline, ...others] = variants;
    return others.map((variant) => ({
      measurement: `${provider.title}: ${variant.label}`,
      figure: formatMicroseconds(summary[variant.name].median),
      baseline: `${baseline.label} ${formatMicroseconds(summary[baseline.name].median)}`,
      ratio: ratios[variant.name],
      budget: `+${formatMicroseconds(summary[variant.name].median - summary[baseline.name].median)} per call`,
      status: 'info',
    }));
  } finally {
    globalThis.fetch = realFetch;
  }
}

function rowsFor(provider, variants, { summary, ratios }) {
  const [baseline, ...others] = variants;
  const budget = budgets.overhead[provider.name];
  const rows = [];
  for (const variant of others) {
    const ours = variant.name === 'clientele';
    rows.push({
      measurement: `${provider.title}: ${variant.label}`,
      figure: `${formatMicroseconds(summary[variant.name].median)} (IQR ${formatMicroseconds(summary[variant.name].p25)}–${formatMicroseconds(summary[variant.name].p75)})`,
      baseline: `${baseline.label} ${formatMicroseconds(summary[baseline.name].median)}`,
      ratio: ratios[variant.name],
      budget: ours ? `≤ ${budget.maxRatio}×` : 'reference',
      status: ours ? (ratios[variant.name] <= budget.maxRatio ? 'pass' : 'miss') : 'info',
    });
  }
  if (budget.belowOfficialSdk && ratios.official !== undefined) {
    const relative = ratios.clientele / ratios.official;
    rows.push({
      measurement: `${provider.title}: @clientele/${provider.name} against the official SDK`,
      figure: `${formatRatio(ratios.clientele)} vs ${formatRatio(ratios.official)} of the baseline`,
      baseline: `official SDK ${formatMicroseconds(summary.official.median)}`,
      ratio: relative,
      budget: '< 1.00× (below the official SDK)',
      status: ratios.clientele < ratios.official ? 'pass' : 'miss',
    });
  }
  return rows;
}

/**
 * Sends one call per variant and compares what the server received with the baseline's request. Returns
 * notes describing any difference (empty when all variants sent the same request).
 */
async function checkSameRequests(provider, variants, server, setup) {
  const received = [];
  for (const variant of variants) {
    await variant.call();
    const requests = await server.lastRequests();
    received.push(requests[setup.routeKey]);
  }
  const [expected] = received;
  const notes = [];
  if (!expected) return [`${provider.title}: the baseline's request did not reach ${setup.routeKey}.`];
  received.forEach((request, index) => {
    if (index === 0) return;
    const label = variants[index].label;
    if (!request) return notes.push(`${provider.title}: ${label} sent nothing to ${setup.routeKey}.`);
    const differences = [];
    if (request.method !== expected.method) differences.push(`method ${request.method} vs ${expected.method}`);
    if (request.url !== expected.url) differences.push(`URL ${request.url} vs ${expected.url}`);
    const names = (headers) => Object.keys(headers).filter((name) => !TRANSPORT_HEADERS.has(name) && !(setup.ignoreHeaders ?? []).includes(name)).sort();
    const ours = names(request.headers).join(', ');
    const theirs = names(expected.headers).join(', ');
    if (ours !== theirs) differences.push(`headers [${ours}] vs [${theirs}]`);
    const normalize = setup.normalizeBody ?? ((body) => body);
    const [ourBody, theirBody] = [normalize(request.body), normalize(expected.body)];
    if (ourBody !== theirBody) differences.push(`body differs from character ${firstDifference(ourBody, theirBody)}: …${ourBody.slice(firstDifference(ourBody, theirBody) - 20, firstDifference(ourBody, theirBody) + 60)} vs …${theirBody.slice(firstDifference(ourBody, theirBody) - 20, firstDifference(ourBody, theirBody) + 60)}`);
    if (differences.length) notes.push(`${provider.title}: ${label} sent a different request than the baseline: ${differences.join('; ')}.`);
  });
  return notes;
}

function firstDifference(a, b) {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index++;
  return index;
}
