// A user's own test suite: the application code (src/register-customer.ts) runs against the Payabli mock
// from `@clientele/payabli/testing`, served by msw's `setupServer`, exactly as in any project with msw.
// Failure injection (`mock.sandbox.faults`) rehearses what the real API does on a bad day.
import { createPayabli } from '@clientele/payabli';
import { createPayabliMock, DEFAULT_MOCK_PAYPOINTS, PAYABLI_MOCK_CREDENTIALS } from '@clientele/payabli/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerCustomer, type Signup } from './src/register-customer.js';

const mock = createPayabliMock();
const server = setupServer(...mock.handlers);
const entry = DEFAULT_MOCK_PAYPOINTS[0]!.entry;
const requests: string[] = [];

// Retries without real waiting: the SDK's backoff is shortened for tests (Retry-After is still honoured).
const testOptions = { apiKey: PAYABLI_MOCK_CREDENTIALS.apiKey, environment: 'sandbox', backoff: { initialDelay: 1, maxDelay: 2 }, logLevel: 'off' } as const;
const payabli = createPayabli(testOptions);

const signup: Signup = { accountId: 'acct-1001', firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com' };
const createRequests = () => requests.filter((request) => request.startsWith('POST') && request.includes('/Customer/single/'));

beforeAll(() => {
  server.events.on('request:start', ({ request }) => requests.push(`${request.method} ${new URL(request.url).pathname}`));
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  mock.sandbox.reset();
  requests.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('registerCustomer', { timeout: 15_000 }, () => {
  it('registers a signup as a Payabli customer', async () => {
    const result = await registerCustomer(payabli, entry, signup);

    expect(result).toEqual({ outcome: 'registered', customerId: expect.any(Number) });
    expect(mock.sandbox.customers.all()).toEqual([expect.objectContaining({ customerNumber: 'acct-1001', Email: 'grace@example.com' })]);
  });

  it('reports invalid fields without calling Payabli', async () => {
    const result = await registerCustomer(payabli, entry, { ...signup, email: 'not-an-email' });

    expect(result).toEqual({ outcome: 'invalid', fields: ['email'] });
    expect(requests).toEqual([]);
  });

  it('rides out a burst of rate limits (the SDK retries, honouring Retry-After)', async () => {
    mock.sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 5 }, { times: 2, method: 'POST' });

    const result = await registerCustomer(payabli, entry, signup);

    expect(result.outcome).toBe('registered');
    expect(createRequests()).toHaveLength(3);
    expect(mock.sandbox.customers.size).toBe(1);
  });

  it('never creates a second customer when the answer to a processed create is lost', async () => {
    // Payabli stores the customer, then the connection drops before the answer arrives.
    mock.sandbox.faults.inject({ kind: 'reset_after_processing' }, { method: 'POST', path: '/Customer/single/' });

    const result = await registerCustomer(payabli, entry, signup);

    const [stored] = mock.sandbox.customers.all();
    expect(result).toEqual({ outcome: 'registered', customerId: stored!.customerId });
    expect(mock.sandbox.customers.size).toBe(1);
    expect(createRequests()).toHaveLength(2); // the retry reused the idempotency key: 409, then a lookup
  });

  it('asks the user to try later when Payabli keeps failing', async () => {
    mock.sandbox.faults.inject({ kind: 'server_error', status: 503 }, { times: 10, method: 'POST' });

    const result = await registerCustomer(payabli, entry, signup);

    expect(result).toEqual({ outcome: 'try-later', reason: 'server' });
    expect(mock.sandbox.customers.size).toBe(0);
  });

  it('asks the user to try later when Payabli does not answer in time', async () => {
    mock.sandbox.faults.inject({ kind: 'timeout' }, { times: 10, method: 'POST' });
    const impatient = createPayabli({ ...testOptions, timeout: 50 });

    const result = await registerCustomer(impatient, entry, signup);

    expect(result).toEqual({ outcome: 'try-later', reason: 'timeout' });
  });
});
