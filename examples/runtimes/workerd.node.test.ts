// Every package's built default entry, bundled as a Workers project would bundle it, runs in real
// workerd (miniflare) and makes one request; the provider is faked with `outboundService` (msw cannot
// reach into the workerd process).
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorker, nodeImports } from './src/bundle-worker.js';
import type { FakeUpstream } from './src/fake-upstream.js';
import { assertBuilt } from './src/smoke-case.js';
import { smokeCases } from './src/smoke-cases.js';
import type { SmokeResult } from './src/smoke-settings.js';

/** Pinned with miniflare 4.20260426.0 (the last release whose engines allow Node 20). */
const compatibilityDate = '2026-04-01';

interface Prepared {
  bundle: string;
  upstream: FakeUpstream;
}

const prepared = new Map<string, Prepared>();
let miniflare: Miniflare | undefined;

beforeAll(async () => {
  for (const smokeCase of smokeCases) {
    assertBuilt(smokeCase);
    prepared.set(smokeCase.name, { bundle: await bundleWorker(smokeCase.script), upstream: await smokeCase.createUpstream() });
  }
  // One workerd process for the whole file, one Worker per package.
  miniflare = new Miniflare({
    workers: smokeCases.map((smokeCase) => {
      const { bundle, upstream } = prepared.get(smokeCase.name)!;
      return {
        name: smokeCase.name,
        modules: true,
        script: bundle,
        compatibilityDate,
        outboundService: (request: Request) => upstream.handle(request),
      };
    }),
  });
  await miniflare.ready;
}, 60_000);

afterAll(async () => {
  await miniflare?.dispose();
});

// Generous per-test limits: CI runs the suite on two cores (nothing here asserts on time).
describe('workerd (miniflare)', { timeout: 15_000 }, () => {
  it.each(smokeCases.map((smokeCase) => [smokeCase.packageName, smokeCase] as const))('%s: the built default entry loads and makes a request', async (_name, smokeCase) => {
    const { bundle, upstream } = prepared.get(smokeCase.name)!;
    expect(nodeImports(bundle), 'the Workers bundle must not import node: modules').toEqual([]);

    // miniflare types its Fetcher with @cloudflare/workers-types, which this project does not install.
    const worker = (await miniflare!.getWorker(smokeCase.name)) as unknown as { fetch(url: string, init: RequestInit): Promise<Response> };
    const response = await worker.fetch('http://smoke.test/', {
      method: 'POST',
      body: JSON.stringify({ baseUrl: upstream.baseUrl, credentials: upstream.credentials }),
    });
    const outcome = (await response.json()) as { ok: true; result: SmokeResult } | { ok: false; error: unknown };
    if (!outcome.ok) throw new Error(`${smokeCase.packageName} failed in workerd: ${JSON.stringify(outcome.error)}`);

    expect(outcome.result.runtime).toBe('Cloudflare-Workers');
    expect(upstream.problems).toEqual([]);
    smokeCase.check(outcome.result, upstream);
  });
});
