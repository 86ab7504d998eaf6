// Shown in docs/errors.md: `pnpm docs:generate` copies this file without these comment lines. It runs as
// part of the suite (against the Paycombat mock), so the example in the guide is known to work.
import { ClienteleError, ValidationError } from '@clientele/core';
import { createPaycombat, type CreateCustomerParams } from '@clientele/paycombat';
import { createPaycombatSandbox, minimalIndividual } from '@clientele/paycombat/testing';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';

const sandbox = createPaycombatSandbox();
const server = setupServer(...sandbox.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
const paycombat = createPaycombat({ token: sandbox.token, signatureKey: sandbox.signatureKey, backoff: { initialDelay: 1, maxDelay: 2 }, logLevel: 'off' });

/** What an application might do with each kind of failure. */
async function createCustomer(input: CreateCustomerParams) {
  try {
    return { customer: await paycombat.customers.create(input) };
  } catch (error) {
    if (error instanceof ValidationError) {
      // Every bad field at once, as paths and rules: never the values the user typed.
      return { problems: error.issues.map((issue) => issue.path) };
    }
    if (ClienteleError.isInstance(error)) {
      // kind, the provider's code and request id, how many attempts were made; no secrets, no personal data.
      return { failed: { kind: error.kind, retryable: error.retryable, attempts: error.attempts } };
    }
    throw error; // not from the SDK
  }
}

it('tells the caller what went wrong', async () => {
  const typo = { ...minimalIndividual, individual: { ...minimalIndividual.individual, address_country: 'England' } };
  expect(await createCustomer(typo)).toEqual({ problems: ['individual.address_country'] });

  // Paycombat keeps answering 429: the SDK retries (maxRetries, default 2), then gives up.
  sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 1 }, { times: Infinity });
  expect(await createCustomer(minimalIndividual)).toEqual({ failed: { kind: 'rate_limited', retryable: true, attempts: 3 } });
  sandbox.faults.clear();
});
