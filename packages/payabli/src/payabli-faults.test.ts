// Hostile conditions, injected through the mock. Payabli signs neither requests nor responses (spec §2, §10),
// so there is no signature to tamper with; unverifiable data here means unreadable or unexpected bodies.
import { describe, expect, it } from 'vitest';
import { ADA, ENTRY, rejectionOf, usePayabliMock } from './test-support.js';

const payabli = usePayabliMock();
const CREATE = { method: 'POST', path: '/Customer/single/' } as const;

async function createCalls() {
  return (await payabli.server.calls()).filter((call) => call.method === 'POST' && call.url.includes('/Customer/single/'));
}

async function expectOneKeyAcross(count: number) {
  const calls = await createCalls();
  expect(calls).toHaveLength(count);
  expect(new Set(calls.map((call) => call.headers.idempotencykey)).size).toBe(1);
  expect(new Set(calls.map((call) => call.body)).size).toBe(1);
}

describe('create under failures: never a duplicate customer', () => {
  it('connection reset before Payabli processed it: retried with the same key, created once', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'network_error' }, CREATE);
    const { data, response } = await payabli.client().customers.create(ENTRY, ADA).withResponse();
    expect(data.customerId).toBe(4440);
    expect(response.attempts).toBe(2);
    await expectOneKeyAcross(2);
    expect(payabli.mock.sandbox.customers.size).toBe(1);
  });

  it('connection reset after Payabli processed it: the keyed retry gets 409 and the error says the customer may exist', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'reset_after_processing' }, CREATE);
    const error = await rejectionOf(payabli.client().customers.create(ENTRY, ADA));
    expect(error).toMatchObject({ kind: 'conflict', status: 409, possiblyCreated: true, attempts: 2 });
    expect(error.message).toMatch(/earlier attempt of this same call/);
    await expectOneKeyAcross(2);
    expect(payabli.mock.sandbox.customers.size).toBe(1);
  });

  it('with retries off, a reset after processing is a network error that says it may have been processed', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'reset_after_processing' }, CREATE);
    const error = await rejectionOf(payabli.client({ maxRetries: 0 }).customers.create(ENTRY, ADA));
    expect(error).toMatchObject({ kind: 'network', attempts: 1 });
    expect(error.message).toMatch(/may or may not have processed it/);
    expect(payabli.mock.sandbox.customers.size).toBe(1);
  });

  it('a timeout: the keyed retry never makes a second customer', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'timeout' }, CREATE);
    const outcome = await payabli.client({ timeout: 50 }).customers.create(ENTRY, ADA).then((record) => record, (error: unknown) => error as Record<string, unknown>);
    // Whether the late first attempt or the retry lands first, Payabli keeps one customer and the key answers the other with 409.
    if ('customerId' in outcome) expect(outcome.customerId).toBe(4440);
    else expect(outcome).toMatchObject({ kind: 'conflict', possiblyCreated: true });
    await expectOneKeyAcross(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(payabli.mock.sandbox.customers.size).toBe(1);
  });

  it('a 429 storm with Retry-After: retried with the same key until it passes, once', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'rate_limit', retryAfterSeconds: 0 }, { ...CREATE, times: 2 });
    await payabli.client().customers.create(ENTRY, ADA);
    await expectOneKeyAcross(3);
    expect(payabli.mock.sandbox.customers.size).toBe(1);
  });

  it('a 429 storm longer than the retries: rate_limited after maxRetries + 1 attempts, nothing created', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'rate_limit', retryAfterSeconds: 3600 }, { ...CREATE, times: 10 });
    const error = await rejectionOf(payabli.client({ maxRetries: 2, maxRetryDelay: 5 }).customers.create(ENTRY, ADA));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, attempts: 3, retryable: true });
    await expectOneKeyAcross(3);
    expect(payabli.mock.sandbox.customers.size).toBe(0);
  });

  it('a 5xx burst: the keyed create is retried and succeeds once', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'server_error', status: 503 }, { ...CREATE, times: 2 });
    await expect(payabli.client().customers.create(ENTRY, ADA)).resolves.toMatchObject({ customerId: 4440 });
    await expectOneKeyAcross(3);
    expect(payabli.mock.sandbox.customers.size).toBe(1);
  });

  it('a truncated success body: nothing half-read is returned; the keyed retry reports the conflict', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'truncated_json' }, CREATE);
    const error = await rejectionOf(payabli.client().customers.create(ENTRY, ADA));
    expect(error).toMatchObject({ kind: 'conflict', possiblyCreated: true, attempts: 2 });
    expect(payabli.mock.sandbox.customers.size).toBe(1);
  });

  it('a malformed (HTML) body on create: retried, created once', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'malformed_json' }, CREATE);
    await expect(payabli.client().customers.create(ENTRY, ADA)).resolves.toMatchObject({ customerId: 4440 });
    expect(payabli.mock.sandbox.customers.size).toBe(1);
  });

  it('an unkeyed POST (consent) is not repeated after a reset: one e-mail at most', async () => {
    payabli.mock.sandbox.seedCustomer(ENTRY, ADA);
    payabli.mock.sandbox.faults.inject({ kind: 'reset_after_processing' }, { path: '/consent' });
    await expect(payabli.client().customers.requestConsent(4440)).rejects.toMatchObject({ kind: 'network', attempts: 1 });
    expect(payabli.mock.sandbox.consentEmails).toEqual([4440]);
  });
});

describe('reads and idempotent writes under failures', () => {
  it('retries a GET through resets, 5xx, truncated and malformed bodies, within maxRetries', async () => {
    payabli.mock.sandbox.seedCustomer(ENTRY, ADA);
    const faults = payabli.mock.sandbox.faults;
    faults.inject({ kind: 'network_error' }, { method: 'GET' }).inject({ kind: 'server_error' }, { method: 'GET' }).inject({ kind: 'truncated_json' }, { method: 'GET' });
    const { data, response } = await payabli.client({ maxRetries: 3 }).customers.retrieve(4440).withResponse();
    expect(data.customerId).toBe(4440);
    expect(response.attempts).toBe(4);
    faults.inject({ kind: 'malformed_json' }, { method: 'GET', times: 5 });
    await expect(payabli.client({ maxRetries: 2 }).customers.retrieve(4440)).rejects.toMatchObject({ kind: 'invalid_response', attempts: 3 });
  });

  it('a DELETE repeated after its first attempt was processed: not_found that says it may already be deleted', async () => {
    payabli.mock.sandbox.seedCustomer(ENTRY, ADA);
    payabli.mock.sandbox.faults.inject({ kind: 'reset_after_processing' }, { method: 'DELETE' });
    const error = await rejectionOf(payabli.client().customers.delete(4440));
    expect(error).toMatchObject({ kind: 'not_found', attempts: 2, retryable: false });
    expect(error.message).toMatch(/earlier attempt of this call .* may already have deleted the customer/);
    expect(payabli.mock.sandbox.customer(4440)!.customerStatus).toBe(-99);
    // A first attempt that meets "not found" keeps the plain message: the id is simply unknown.
    const unknown = await rejectionOf(payabli.client().customers.delete(9999));
    expect(unknown).toMatchObject({ kind: 'not_found', attempts: 1 });
    expect(unknown.message).not.toMatch(/may already have deleted/);
  });

  it('retries a list page and an update (PUT) after a 503', async () => {
    payabli.mock.sandbox.seedCustomer(ENTRY, ADA);
    payabli.mock.sandbox.faults.inject({ kind: 'server_error', status: 503 }, { path: '/Query/' }).inject({ kind: 'server_error', status: 503 }, { method: 'PUT' });
    expect(await payabli.client().customers.list(ENTRY).toArray()).toHaveLength(1);
    await expect(payabli.client().customers.update(4440, { city: 'Austin' })).resolves.toMatchObject({ isSuccess: true });
    expect(payabli.mock.sandbox.customer(4440)!.City).toBe('Austin');
  });

  it('stops a list mid-way on a persistent failure, yielding only what was fully read', async () => {
    for (let index = 0; index < 25; index++) payabli.mock.sandbox.seedCustomer(ENTRY, { email: `c${index}@example.com` });
    const seen: number[] = [];
    const list = payabli.client({ maxRetries: 1 }).customers.list(ENTRY);
    const error = await rejectionOf((async () => {
      for await (const customer of list) {
        seen.push(customer.customerId);
        if (seen.length === 20) {
          payabli.mock.sandbox.faults.inject({ kind: 'custom', respond: () => new Response('{"Summary":{"totalRecords":25},"Records":[{"customerId":', { status: 200 }) }, { path: '/Query/', times: 10 });
        }
      }
    })());
    expect(error).toMatchObject({ kind: 'invalid_response', attempts: 2 });
    expect(seen).toHaveLength(20);
  });
});
