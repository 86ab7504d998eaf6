// The Worker in real workerd (miniflare 4.20260426.0): src/worker.ts is bundled with esbuild the way a
// Workers build does (the runtime smoke tests' options, examples/runtimes/src/worker-build-options.ts),
// against the BUILT @clientele/paycombat (node_modules → packages/paycombat/dist).
// Paycombat is the package's own sandbox (`@clientele/paycombat/testing`): msw cannot reach into the
// workerd process, so its handlers answer through miniflare's `outboundService` (msw's `getResponse`).
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createPaycombatSandbox, payinPayload, walletReadyIndividual } from '@clientele/paycombat/testing';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { getResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { workerBuildOptions } from '../runtimes/src/worker-build-options.js';

const sandbox = createPaycombatSandbox();
const upstreamRequests: { method: string; url: string; headers: Record<string, string> }[] = [];
/** What the Worker printed (console.* inside workerd), captured instead of reaching the test output. */
const workerOutput: string[] = [];
let miniflare: Miniflare;

/** What the Worker answers (miniflare's Response, read as JSON). */
async function call(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await miniflare.dispatchFetch(`https://worker.example${path}`, { method, body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  const bundle = await build({ ...workerBuildOptions, entryPoints: [fileURLToPath(new URL('./src/worker.ts', import.meta.url))] });
  miniflare = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0]!.text,
    compatibilityDate: '2026-04-01',
    bindings: { PAYCOMBAT_TOKEN: sandbox.token, PAYCOMBAT_SIGNATURE_KEY: sandbox.signatureKey },
    handleRuntimeStdio(stdout: Readable, stderr: Readable) {
      stdout.on('data', (chunk: Buffer) => workerOutput.push(chunk.toString()));
      stderr.on('data', (chunk: Buffer) => workerOutput.push(chunk.toString()));
    },
    outboundService: async (request: Request) => {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => (headers[name] = value));
      upstreamRequests.push({ method: request.method, url: request.url, headers });
      return (await getResponse(sandbox.handlers, request)) ?? new Response('no handler', { status: 599 });
    },
  });
  await miniflare.ready;
}, 60_000);

afterAll(async () => {
  await miniflare?.dispose();
});

beforeEach(() => {
  sandbox.reset();
  upstreamRequests.length = 0;
});

// Generous per-test limits: CI runs the suite on two cores (nothing here asserts on time).
describe('Paycombat Worker (workerd)', { timeout: 15_000 }, () => {
  it('creates a customer with a signed request and reads it back as the unified view', async () => {
    const created = await call('POST', '/customers', JSON.stringify(walletReadyIndividual));
    expect(created).toEqual({ status: 201, body: { customerId: expect.any(String), isWalletReady: true } });
    expect(upstreamRequests[0]).toMatchObject({ method: 'POST', headers: { 'x-token': sandbox.token, signature: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(upstreamRequests[0]!.headers['user-agent']).toContain('clientele');

    const read = await call('GET', `/customers/${String(created.body.customerId)}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ provider: 'paycombat', id: created.body.customerId, name: { display: 'Budi Santoso' } });
  });

  it('retries a rate-limited call inside workerd and answers once Paycombat recovers', async () => {
    sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 10 }, { times: 2, method: 'GET' });
    const created = await call('POST', '/customers', JSON.stringify(walletReadyIndividual));
    const read = await call('GET', `/customers/${String(created.body.customerId)}`);
    expect(read.status).toBe(200);
    expect(upstreamRequests.filter((request) => request.method === 'GET')).toHaveLength(3);
  });

  it('maps a persistent 5xx to a 502 with the SDK’s error kind, without leaking the token', async () => {
    sandbox.faults.inject({ kind: 'server_error', status: 503 }, { times: 10, method: 'GET' });
    const read = await call('GET', '/customers/customer_unknown');
    expect(read.status).toBe(502);
    expect(read.body.error).toBe('server');
    // The SDK logged the failure inside the Worker (console → Workers logs), redacted:
    await expect.poll(() => workerOutput.join(''), { timeout: 5_000 }).toContain('request failed');
    for (const secret of [sandbox.token, sandbox.signatureKey]) expect(JSON.stringify(read.body) + workerOutput.join('')).not.toContain(secret);
  });

  it('accepts a signed webhook and refuses an altered one', async () => {
    const delivery = await sandbox.webhooks.sign(payinPayload({ amount: 150 }));
    const accepted = await call('POST', '/webhooks/paycombat', delivery.body, delivery.headers);
    expect(accepted).toEqual({ status: 200, body: { received: 'PAYIN.SUCCESS', deduplicationKey: expect.any(String) } });

    const altered = delivery.body.replace('"amount":150', '"amount":15000');
    expect(altered).not.toBe(delivery.body);
    expect((await call('POST', '/webhooks/paycombat', altered, delivery.headers)).status).toBe(400);
    expect((await call('POST', '/webhooks/paycombat', delivery.body)).status).toBe(400);
  });
});
