// Shown in docs/testing.md ("Moves only the provider makes"): `pnpm docs:generate` copies this file
// without these comment lines. It runs as part of the suite, so the example in the guide is known to work.
import { createPayabli } from '@clientele/payabli';
import { createPayabliMock, DEFAULT_MOCK_PAYPOINTS, PAYABLI_MOCK_CREDENTIALS } from '@clientele/payabli/testing';
import { createPaybase } from '@clientele/paybase';
import { createPaybaseSandbox, paybaseFixtures } from '@clientele/paybase/testing';
import { createSgate } from '@clientele/sgate';
import { createSgateSandbox, sgateFixtures } from '@clientele/sgate/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it('SGATE: the back office approves, and the signed callback verifies', async () => {
  const sandbox = createSgateSandbox();
  server.use(...sandbox.handlers);
  const sgate = createSgate(sandbox.clientOptions());

  // plainCustomer has no sandbox test account, so it waits for a review (test accounts are reviewed
  // automatically; `await sandbox.settle()` applies those reviews at once).
  const created = await sgate.customers.create(sgateFixtures.plainCustomer('payee-7'));
  await sgate.customers.uploadPhoto({ mercustomid: 'payee-7', type: 'identitypic', file: sgateFixtures.pngPhoto() });
  sandbox.admin.approve(created.customid);

  const delivery = sandbox.callbacks.at(-1)!; // what SGATE would POST to your callback URL
  const event = sgate.webhooks.verify({ rawBody: delivery.body, headers: delivery.headers, callbackPath: delivery.path });
  if (event.event !== 'CUSTOM_STATUS_CHANGE') throw new Error(`unexpected ${event.event}`); // narrows the event's type
  expect(event.data.status).toBe(1); // normal
  expect((await sgate.customers.retrieve({ customid: created.customid })).status).toBe(1);
});

it('Paybase: the platform locks a customer', async () => {
  const sandbox = createPaybaseSandbox();
  server.use(...sandbox.handlers);
  const paybase = createPaybase({ apiKey: sandbox.apiKey, environment: 'sandbox' });

  const customer = await paybase.customers.individual.create(paybaseFixtures.individual());
  sandbox.providerTransition(customer.id, 'ENABLED'); // Paybase's checks pass
  sandbox.providerTransition(customer.id, 'LOCKED'); // Paybase locks the customer

  expect((await paybase.customers.retrieve(customer.id)).stateId).toBe('LOCKED');
  expect(sandbox.webhooks.events.map((webhook) => webhook.type)).toContain('customer_state_changed');
});

it('Payabli: the portal locks a customer after failed logins', async () => {
  const mock = createPayabliMock();
  server.use(...mock.handlers);
  const payabli = createPayabli({ apiKey: PAYABLI_MOCK_CREDENTIALS.apiKey, environment: 'sandbox' });
  const entry = DEFAULT_MOCK_PAYPOINTS[0]!.entry;

  const customer = await payabli.customers.create(entry, { customerNumber: 'C-7', firstname: 'Ada', lastname: 'Lovelace', email: 'ada@example.com', customerStatus: 1 });
  mock.sandbox.lockCustomer(customer.customerId);

  expect((await payabli.customers.retrieve(customer.customerId)).customerStatus).toBe(85);
});
