// The soak in miniature, in the default test run: the same engine as `pnpm soak` (soak-engine.mjs),
// a few hundred calls with random faults at concurrency 25 against every provider's mock
// (resolved to the packages' sources by the root vitest config), and the same invariants. Then the
// engine against deliberately broken clients, so each detector is shown to catch what it claims to.
import { afterEach, describe, expect, it } from 'vitest';
import { runSoak } from './soak-engine.mjs';
import { PROVIDER_TARGETS } from './targets/index.mjs';
import { flawedReferenceTarget, referenceTarget, releaseFlaws } from './targets/reference.mjs';

/**
 * An injected timeout holds its call for 1.5 × the 3 s client timeout, up to three times for a GET: too
 * slow for the default test run, so the smoke test leaves them to `pnpm soak` and the packages' own tests.
 */
const excludeFaults = ['timeout'];
/** With no stalls injected, any timeout would be the machine's load: give it ample room. */
const clientOptions = { timeout: 10_000 };
const providerTargets = await Promise.all(PROVIDER_TARGETS.map((entry) => entry.load()));

describe('soak smoke', () => {
  it(`${providerTargets.map((target) => target.name).join(', ')}: random faults at concurrency 25 lose, leak and forge nothing`, async () => {
    const report = await runSoak({ targets: providerTargets, calls: 125 * providerTargets.length, concurrency: 25, seed: 7, excludeFaults, clientOptions });

    expect(report.violations).toEqual([]);
    expect(report.unhandledRejections).toBe(0);
    expect(report.resources.leaked).toEqual({});
    for (const target of report.targets) {
      // Not vacuous: every provider made calls, received faults, created customers and recovered from some faults.
      expect(target.ok, `${target.name}: calls resolved`).toBeGreaterThan(0);
      expect(Object.values(target.faultsTaken).reduce((sum, count) => sum + count, 0), `${target.name}: faults received`).toBeGreaterThan(5);
      expect(target.storedCustomers, `${target.name}: customers stored`).toBeGreaterThan(0);
      expect(target.duplicates).toBe(0);
    }
  }, 60_000);

  it('the core-only reference provider passes the same soak', async () => {
    const report = await runSoak({ targets: [referenceTarget], calls: 150, concurrency: 25, seed: 3, excludeFaults, clientOptions });
    expect(report.violations).toEqual([]);
    expect(report.targets[0]!.faultsTaken.bad_signature ?? 0).toBeGreaterThan(0);
  }, 30_000);
});

describe('soak smoke: each detector catches a broken client', () => {
  afterEach(() => releaseFlaws());

  it.each([
    ['retries POSTs that may have been processed', { retryUnsafePosts: true }, 'duplicate-customer'],
    ['returns data without checking the response signature', { skipSignatureCheck: true }, 'forged-data-returned'],
    ['puts its API key into error messages', { leakApiKey: true }, 'secret-leaked'],
    ['leaves a promise rejected with nobody listening', { floatingPromise: true }, 'unhandled-rejection'],
    ['leaves a timer running', { leakTimer: true }, 'leaked-handle'],
    ['keeps memory for every call', { retainResponses: true }, 'heap-growth'],
  ] as const)('a client that %s', async (_behaviour, flaws, rule) => {
    const report = await runSoak({ targets: [flawedReferenceTarget(flaws)], calls: 100, concurrency: 25, seed: 11, faultRate: 0.6, settleMs: 200, heapGrowthLimitMb: 8, excludeFaults, clientOptions });
    expect(report.violations.map((violation) => violation.rule)).toContain(rule);
  }, 30_000);
});
