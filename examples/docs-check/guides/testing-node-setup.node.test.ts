// Shown in docs/testing.md ("Node"): `pnpm docs:generate` copies this file without these comment lines.
// It runs as part of the suite, so the example in the guide is known to work.
import { createPaycombat } from '@clientele/paycombat';
import { createPaycombatSandbox, minimalIndividual } from '@clientele/paycombat/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const sandbox = createPaycombatSandbox();
const server = setupServer(...sandbox.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' })); // an unmocked request fails the test
afterEach(() => sandbox.reset());
afterAll(() => server.close());

const paycombat = createPaycombat({
  token: sandbox.token,
  signatureKey: sandbox.signatureKey,
  backoff: { initialDelay: 1, maxDelay: 2 }, // retries without waiting
  logLevel: 'error', // the SDK warns about each retry by default
});

it('creates a customer', async () => {
  const customer = await paycombat.customers.create(minimalIndividual);
  expect(sandbox.customer(customer.customer_id)?.individual?.first_name).toBe('Ada');
});

it('is not fooled by a dropped connection', async () => {
  // Paycombat processes the create, then the connection drops: the SDK must not create a second customer.
  sandbox.faults.inject({ kind: 'reset_after_processing' }, { method: 'POST' });
  await expect(paycombat.customers.create(minimalIndividual)).rejects.toMatchObject({ kind: 'network' });
  expect(sandbox.store.size).toBe(1);
});
