import { createPayabliMock, DEFAULT_MOCK_PAYPOINTS, PAYABLI_MOCK_CREDENTIALS } from '@clientele/payabli/testing';
import { createPaybaseSandbox } from '@clientele/paybase/testing';
import { createPaycombatSandbox } from '@clientele/paycombat/testing';
import { createSgateSandbox } from '@clientele/sgate/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Each quick start in docs/index.md is a file in ./quick-starts, run here as written (top-level await
// and all) against the provider's mock, with the environment variables it reads pointing at the mock.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

let printed: unknown[][] = [];
beforeEach(() => {
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => void printed.push(values));
});

describe('the quick starts in docs/index.md run as written', () => {
  it('SGATE', async () => {
    const sandbox = createSgateSandbox();
    server.use(...sandbox.handlers);
    const options = sandbox.clientOptions();
    vi.stubEnv('SGATE_API_KEY', options.apiKey);
    vi.stubEnv('SGATE_MERCHANT_PRIVATE_KEY', String(options.merchantPrivateKey));
    vi.stubEnv('SGATE_SYSTEM_PUBLIC_KEY', String(options.systemPublicKey));
    await import('./quick-starts/sgate.js');
    const stored = sandbox.customers.byMercustomid('payee-42');
    expect(stored?.name_e).toBe('Sara Al-Qahtani');
    expect(printed).toEqual([[stored!.customid, 4]]);
  });

  it('Paycombat', async () => {
    const sandbox = createPaycombatSandbox();
    server.use(...sandbox.handlers);
    vi.stubEnv('PAYCOMBAT_TOKEN', sandbox.token);
    vi.stubEnv('PAYCOMBAT_SIGNATURE_KEY', sandbox.signatureKey);
    await import('./quick-starts/paycombat.js');
    const [stored] = sandbox.store.all();
    expect(sandbox.store.size).toBe(1);
    expect(printed).toEqual([[stored!.customer_id, false, expect.anything()]]);
  });

  it('Paybase', async () => {
    const sandbox = createPaybaseSandbox();
    server.use(...sandbox.handlers);
    vi.stubEnv('PAYBASE_API_KEY', sandbox.apiKey);
    await import('./quick-starts/paybase.js');
    const [stored] = sandbox.customers.all();
    expect(sandbox.customers.size).toBe(1);
    expect(sandbox.tokens.size).toBe(1);
    expect(printed).toEqual([[stored!.customer.id, stored!.customer.stateId, expect.any(String)]]);
  });

  it('Payabli', async () => {
    const mock = createPayabliMock();
    server.use(...mock.handlers);
    vi.stubEnv('PAYABLI_API_KEY', PAYABLI_MOCK_CREDENTIALS.apiKey);
    vi.stubEnv('PAYABLI_ENTRY', DEFAULT_MOCK_PAYPOINTS[0]!.entry);
    await import('./quick-starts/payabli.js');
    const [stored] = mock.sandbox.customers.all();
    expect(mock.sandbox.customers.size).toBe(1);
    expect(printed).toEqual([[stored!.customerId, stored!.customerStatus], [stored!.customerId]]);
  });
});
