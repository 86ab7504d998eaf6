import { useMockServer } from '#mock-server';
import { beforeEach, describe, expect, it } from 'vitest';
import { captureLogger, clientFor, rejectionOf } from './testing/test-client.js';
import { createPaycombatSandbox, minimalIndividual, walletReadyIndividual } from './testing.js';

const sandbox = createPaycombatSandbox();
const server = useMockServer(...sandbox.handlers);
beforeEach(() => sandbox.reset());

const CREATE = { method: 'POST', path: '/customer/create' };
const RETRIEVE = { method: 'GET', path: '/customer/customer/' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function seeded() {
  const customer = await clientFor(sandbox).customers.create(minimalIndividual);
  const before = (await server.calls()).length;
  return { customer, attemptsSince: async () => (await server.calls()).length - before };
}

describe('connection resets', () => {
  it('before the provider processed a create: network error, not retried, nothing created', async () => {
    sandbox.faults.inject({ kind: 'network_error' }, CREATE);
    const error = await rejectionOf(clientFor(sandbox).customers.create(walletReadyIndividual));
    expect(error).toMatchObject({ kind: 'network', attempts: 1 });
    expect(sandbox.store.size).toBe(0);
  });

  it('after the provider processed a create: not retried, exactly one customer, found again by organization_reference_id', async () => {
    sandbox.faults.inject({ kind: 'reset_after_processing' }, CREATE);
    const paycombat = clientFor(sandbox);
    const error = await rejectionOf(paycombat.customers.create(walletReadyIndividual));
    expect(error).toMatchObject({ kind: 'network', attempts: 1 });
    expect(error.message).toContain('may or may not have processed it');
    expect(sandbox.store.size).toBe(1);
    const found = await paycombat.customers.list({ organization_reference_id: 'crm-1001' }).toArray();
    expect(found.map((customer) => customer.customer_id)).toEqual([sandbox.store.all()[0]!.customer_id]);
  });

  it('on a GET: retried, and the retry succeeds', async () => {
    const { customer, attemptsSince } = await seeded();
    sandbox.faults.inject({ kind: 'reset_after_processing' }, RETRIEVE);
    const { response } = await clientFor(sandbox).customers.retrieve(customer.customer_id).withResponse();
    expect(response.attempts).toBe(2);
    expect(await attemptsSince()).toBe(2);
  });
});

describe('timeouts', () => {
  it('a create that times out is not repeated; the mock processed it once', async () => {
    sandbox.faults.inject({ kind: 'timeout', delayMs: 200 }, CREATE);
    const error = await rejectionOf(clientFor(sandbox, { timeout: 30 }).customers.create(walletReadyIndividual));
    expect(error).toMatchObject({ kind: 'timeout', attempts: 1 });
    expect(error.message).toContain('may still have been processed');
    await settle();
    expect(sandbox.store.size).toBeLessThanOrEqual(1);
    expect((await server.calls()).filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('a GET that times out is retried', async () => {
    const { customer } = await seeded();
    sandbox.faults.inject({ kind: 'timeout', delayMs: 200 }, RETRIEVE);
    const { response } = await clientFor(sandbox, { timeout: 30 }).customers.retrieve(customer.customer_id).withResponse();
    expect(response.attempts).toBe(2);
    await settle();
  });
});

describe('429 storms with Retry-After', () => {
  it('a rate-limited create was not processed, so it is retried until it goes through, once', async () => {
    sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 1 }, { ...CREATE, times: 2 });
    const { lines, logger } = captureLogger();
    const { data, response } = await clientFor(sandbox, { logger, logLevel: 'info' }).customers.create(walletReadyIndividual).withResponse();
    expect(response.attempts).toBe(3);
    expect(sandbox.store.all().map((customer) => customer.customer_id)).toEqual([data.customer_id]);
    expect(lines.filter((line) => line.message === 'retrying').map((line) => line.fields?.serverRequested)).toEqual([true, true]);
  });

  it('a storm longer than maxRetries ends as rate_limited after a bounded number of attempts', async () => {
    sandbox.faults.inject({ kind: 'rate_limit', retryAfterSeconds: 0 }, { ...CREATE, times: 10 });
    const error = await rejectionOf(clientFor(sandbox, { maxRetries: 3 }).customers.create(walletReadyIndividual));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, attempts: 4, retryable: true });
    expect(await server.calls()).toHaveLength(4);
    expect(sandbox.store.size).toBe(0);
  });
});

describe('5xx bursts', () => {
  it('a GET survives a burst of 503 and 502 (HTML gateway pages)', async () => {
    const { customer } = await seeded();
    sandbox.faults.inject({ kind: 'server_error', status: 503 }, RETRIEVE).inject({ kind: 'server_error', status: 502 }, RETRIEVE);
    const { response } = await clientFor(sandbox).customers.retrieve(customer.customer_id).withResponse();
    expect(response.attempts).toBe(3);
  });

  it('a create that gets a 503 is not repeated (no idempotency key exists)', async () => {
    sandbox.faults.inject({ kind: 'server_error', status: 503 }, { ...CREATE, times: 3 });
    const error = await rejectionOf(clientFor(sandbox).customers.create(walletReadyIndividual));
    expect(error).toMatchObject({ kind: 'server', status: 503, attempts: 1 });
    expect(sandbox.store.size).toBe(0);
  });

  it('a 500 is not retried even for a GET (spec §6), and a longer burst than maxRetries gives up', async () => {
    const { customer, attemptsSince } = await seeded();
    sandbox.faults.inject({ kind: 'server_error', status: 500 }, RETRIEVE);
    await expect(clientFor(sandbox).customers.retrieve(customer.customer_id)).rejects.toMatchObject({ kind: 'server', status: 500, attempts: 1 });
    expect(await attemptsSince()).toBe(1);
    sandbox.faults.inject({ kind: 'server_error', status: 504 }, { ...RETRIEVE, times: 5 });
    await expect(clientFor(sandbox, { maxRetries: 2 }).customers.retrieve(customer.customer_id)).rejects.toMatchObject({ kind: 'server', status: 504, attempts: 3 });
  });
});

describe('truncated and malformed JSON', () => {
  it('a create whose answer is cut off: invalid_response, not repeated, one customer exists', async () => {
    sandbox.faults.inject({ kind: 'truncated_json' }, CREATE);
    const error = await rejectionOf(clientFor(sandbox).customers.create(walletReadyIndividual));
    expect(error).toMatchObject({ kind: 'invalid_response', attempts: 1 });
    expect(error.message).toContain('may have been applied');
    expect(sandbox.store.size).toBe(1);
  });

  it('a GET with a cut-off or HTML body is retried and then returns verified data', async () => {
    const { customer } = await seeded();
    sandbox.faults.inject({ kind: 'truncated_json' }, RETRIEVE).inject({ kind: 'malformed_json' }, RETRIEVE);
    const { data, response } = await clientFor(sandbox).customers.retrieve(customer.customer_id).withResponse();
    expect(response.attempts).toBe(3);
    expect(data).toEqual(customer);
  });

  it('a change with an HTML 200 is not repeated', async () => {
    sandbox.faults.inject({ kind: 'malformed_json' }, CREATE);
    await expect(clientFor(sandbox).customers.create(walletReadyIndividual)).rejects.toMatchObject({ kind: 'invalid_response', attempts: 1 });
    expect(sandbox.store.size).toBe(0);
  });
});

describe('request signatures the provider refuses', () => {
  it('a wrong signature key: authentication error, not retried, nothing created', async () => {
    const error = await rejectionOf(clientFor(sandbox, { signatureKey: 'not_the_right_key_42' }).customers.create(walletReadyIndividual));
    expect(error).toMatchObject({ kind: 'authentication', status: 401, attempts: 1, providerMessage: 'Invalid signature.' });
    expect(error.message).toContain('signatureKey');
    expect(sandbox.store.size).toBe(0);
  });

  it('a wrong token: authentication error', async () => {
    await expect(clientFor(sandbox, { token: 'snd_wrong_token_123' }).customers.retrieve('customer_1')).rejects.toMatchObject({ kind: 'authentication', status: 401, attempts: 1 });
  });
});
