import { describe, expect, it, vi } from 'vitest';
import { rejection, usePaybaseSandbox } from './__fixtures__/use-paybase-sandbox.js';
import { paybaseFixtures } from './testing/fixtures.js';

const { server, sandbox, client } = usePaybaseSandbox();
const CREATE = { method: 'POST', path: '/v1/customers/individual' };

async function existing() {
  const customer = await client().customers.individual.create(paybaseFixtures.individual());
  const before = (await server.calls()).length;
  return { customer, callsSince: async () => (await server.calls()).length - before };
}

describe('connection resets', () => {
  it('before Paybase processed a create: one attempt, no customer, a network error', async () => {
    sandbox.faults.inject({ kind: 'network_error' }, CREATE);
    const error = await rejection(client().customers.individual.create(paybaseFixtures.individual()));
    expect(error).toMatchObject({ kind: 'network', attempts: 1 });
    expect(sandbox.customers.size).toBe(0);
    expect(await server.calls()).toHaveLength(1);
  });

  it('after Paybase processed a create: not repeated, so exactly one customer; a manual retry is refused as a duplicate', async () => {
    sandbox.faults.inject({ kind: 'reset_after_processing' }, CREATE);
    const paybase = client();
    const input = paybaseFixtures.individual({ annotations: { externalId: 'signup-77' } });
    expect(await rejection(paybase.customers.individual.create(input))).toMatchObject({ kind: 'network', attempts: 1 });
    expect(sandbox.customers.size).toBe(1);
    expect(await rejection(paybase.customers.individual.create(input))).toMatchObject({ kind: 'conflict', status: 409 });
    expect(sandbox.customers.size).toBe(1);
    // The recovery the docs recommend: find the customer by the externalId annotation.
    const found = await paybase.customers.list({ query: 'annotations.externalId = "signup-77"' }).toArray();
    expect(found).toHaveLength(1);
  });

  it('on reads and idempotent updates: retried until they succeed, within maxRetries', async () => {
    const { customer, callsSince } = await existing();
    sandbox.faults.inject({ kind: 'network_error' }, { method: 'GET', times: 2 });
    await expect(client().customers.retrieve(customer.id).withResponse()).resolves.toMatchObject({ response: { attempts: 3 } });
    sandbox.faults.inject({ kind: 'reset_after_processing' }, { method: 'PATCH', times: 1 });
    const { response } = await client().customers.tag(customer.id, ['vip']).withResponse();
    expect(response.attempts).toBe(2);
    expect(sandbox.customer(customer.id)?.tags).toEqual(['vip']);
    expect(await callsSince()).toBe(5);
  });
});

describe('timeouts', () => {
  it('retries a read that timed out', async () => {
    const { customer } = await existing();
    sandbox.faults.inject({ kind: 'timeout', delayMs: 300 }, { method: 'GET' });
    const { response } = await client({ timeout: 60 }).customers.retrieve(customer.id).withResponse();
    expect(response.attempts).toBe(2);
  });

  it('never repeats a create that timed out; Paybase may still process it, once', async () => {
    sandbox.faults.inject({ kind: 'timeout', delayMs: 150 }, CREATE);
    const error = await rejection(client({ timeout: 40 }).customers.individual.create(paybaseFixtures.individual()));
    expect(error).toMatchObject({ kind: 'timeout', attempts: 1 });
    expect(error.message).toContain('may still have been processed');
    await vi.waitFor(() => expect(sandbox.customers.size).toBe(1), { timeout: 2000, interval: 20 });
    expect(await server.calls()).toHaveLength(1);
  });
});

describe('429 storms', () => {
  it('retries a create after 429 (not processed) honouring retry-after-ms, without duplicates', async () => {
    sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 5 }, { ...CREATE, times: 2 });
    const { data, response } = await client().customers.individual.create(paybaseFixtures.individual()).withResponse();
    expect(response.attempts).toBe(3);
    expect(data.stateId).toBe('PENDING');
    expect(sandbox.customers.size).toBe(1);
  });

  it('honours Retry-After in seconds, capped by maxRetryDelay', async () => {
    const { customer } = await existing();
    sandbox.faults.inject({ kind: 'rate_limit', retryAfterSeconds: 3600 }, { method: 'GET' });
    const { response } = await client({ maxRetryDelay: 5 }).customers.retrieve(customer.id).withResponse();
    expect(response.attempts).toBe(2);
  });

  it('gives up after maxRetries with a rate_limited error', async () => {
    sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 1 }, { times: Number.POSITIVE_INFINITY });
    const error = await rejection(client({ maxRetries: 3 }).customers.individual.create(paybaseFixtures.individual()));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, attempts: 4, retryable: true });
    expect(await server.calls()).toHaveLength(4);
    expect(sandbox.customers.size).toBe(0);
  });
});

describe('5xx bursts', () => {
  it('never repeats a create after a 500', async () => {
    sandbox.faults.inject({ kind: 'server_error', status: 500 }, CREATE);
    expect(await rejection(client().customers.individual.create(paybaseFixtures.individual()))).toMatchObject({ kind: 'server', status: 500, attempts: 1 });
    expect(await server.calls()).toHaveLength(1);
  });

  it('repeats reads and PATCH updates through a burst of 502/503', async () => {
    const { customer, callsSince } = await existing();
    sandbox.faults.inject({ kind: 'server_error', status: 503 }, { method: 'GET', times: 2 });
    await expect(client().customers.individual.retrieve(customer.id)).resolves.toMatchObject({ id: customer.id });
    sandbox.faults.inject({ kind: 'server_error', status: 502 }, { method: 'PATCH', times: 1 });
    await expect(client().customers.individual.update(customer.id, { profile: { lastName: 'Byron' }, terms: { acceptedAt: '2026-11-20T09:30:00Z', revision: '2.1' } })).resolves.toMatchObject({ profile: { lastName: 'Byron' } });
    expect(await callsSince()).toBe(5);
  });

  it('stops after maxRetries when a gateway keeps timing out (HTML 504 pages)', async () => {
    const { customer, callsSince } = await existing();
    sandbox.faults.inject({ kind: 'server_error', status: 504 }, { method: 'GET', times: Number.POSITIVE_INFINITY });
    expect(await rejection(client().customers.retrieve(customer.id))).toMatchObject({ kind: 'server', status: 504, attempts: 3 });
    expect(await callsSince()).toBe(3);
  });
});

describe('damaged bodies', () => {
  it('a truncated create answer is an invalid_response, not retried, and the one customer stays one', async () => {
    sandbox.faults.inject({ kind: 'truncated_json' }, CREATE);
    const error = await rejection(client().customers.individual.create(paybaseFixtures.individual()));
    expect(error).toMatchObject({ kind: 'invalid_response', attempts: 1 });
    expect(error.message).toContain('cut off');
    expect(sandbox.customers.size).toBe(1);
  });

  it('malformed JSON on a read returns no data: retried, then refused when it persists', async () => {
    const { customer } = await existing();
    sandbox.faults.inject({ kind: 'malformed_json' }, { method: 'GET' });
    const { data, response } = await client().customers.retrieve(customer.id).withResponse();
    expect(response.attempts).toBe(2);
    expect(data.id).toBe(customer.id);
    sandbox.faults.inject({ kind: 'malformed_json' }, { method: 'GET', times: 3 });
    expect(await rejection(client().customers.retrieve(customer.id))).toMatchObject({ kind: 'invalid_response', attempts: 3 });
  });

  it('a body of the wrong shape is refused rather than returned half-typed', async () => {
    const { customer } = await existing();
    sandbox.faults.inject({ kind: 'custom', respond: () => Response.json({ type: 'individual', individual: { id: 42 } }) }, { method: 'GET' });
    expect(await rejection(client().customers.retrieve(customer.id))).toMatchObject({ kind: 'invalid_response' });
  });
});
