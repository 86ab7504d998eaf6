import { TransitionError } from '@clientele/core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { rejection, usePaybaseSandbox } from '../__fixtures__/use-paybase-sandbox.js';
import { paybaseFixtures } from '../testing/fixtures.js';
import { createPaybaseSandbox } from '../testing/paybase-sandbox.js';

const API = 'https://api-json.sandbox.paybase.io';
const { server, sandbox, client } = usePaybaseSandbox();

async function pendingCustomer() {
  const paybase = client();
  const customer = await paybase.customers.individual.create(paybaseFixtures.individual());
  return { paybase, customer, path: `${API}/v1/customer/${customer.id.slice(9)}` };
}

describe('customers.transition: moves the lifecycle allows', () => {
  it('reads the current state, checks the move and sends PATCH …/state with the body as given', async () => {
    const { paybase, customer, path } = await pendingCustomer();
    const enabled = await paybase.customers.transition(customer.id, { toStateId: 'ENABLED', annotations: { reason: 'kyc passed' } });
    expect(enabled).toMatchObject({ stateId: 'ENABLED', annotations: { reason: 'kyc passed' } });
    const calls = (await server.calls()).slice(1);
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([`GET ${path}`, `PATCH ${path}/state`]);
    expect(JSON.parse(calls[1]!.body)).toEqual({ toStateId: 'ENABLED', annotations: { reason: 'kyc passed' } });
  });

  it('uses fromStateId for the check without reading first, and sends it as Paybase\'s guard', async () => {
    const { paybase, customer, path } = await pendingCustomer();
    await paybase.customers.transition(customer.id, { toStateId: 'ENABLED', fromStateId: 'PENDING' });
    await paybase.customers.transition(customer.id, { toStateId: 'DISABLED', fromStateId: 'ENABLED' });
    await paybase.customers.transition(customer.id, { toStateId: 'ENABLED', fromStateId: 'DISABLED' });
    const calls = (await server.calls()).slice(1);
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([`PATCH ${path}/state`, `PATCH ${path}/state`, `PATCH ${path}/state`]);
    expect(JSON.parse(calls[1]!.body)).toEqual({ toStateId: 'DISABLED', fromStateId: 'ENABLED' });
  });

  it('maps Paybase refusing a stale fromStateId (409) to a transition error', async () => {
    const { paybase, customer } = await pendingCustomer();
    sandbox.providerTransition(customer.id, 'ENABLED');
    const error = await rejection(paybase.customers.transition(customer.id, { toStateId: 'ENABLED', fromStateId: 'PENDING' }));
    expect(error).toMatchObject({ kind: 'transition', status: 409, attempts: 1 });
    expect(error.message).toContain('not PENDING');
  });
});

describe('customers.transition: moves refused before sending', () => {
  it('refuses the moves only Paybase makes, naming the allowed moves, and sends nothing', async () => {
    const { paybase, customer } = await pendingCustomer();
    for (const toStateId of ['LOCKED', 'CLOSING', 'TERMINATED'] as const) {
      const error = await rejection(paybase.customers.transition(customer.id, { toStateId, fromStateId: 'PENDING' }));
      expect(TransitionError.prototype.isPrototypeOf(error)).toBe(true);
      expect(error).toMatchObject({ kind: 'transition', from: 'PENDING', attempted: toStateId, allowed: ['enable → ENABLED'] });
      expect(error.message).toContain('only the provider can do that');
    }
    expect((await server.calls()).filter((call) => call.method === 'PATCH')).toHaveLength(0);
  });

  it('refuses leaving LOCKED and TERMINATED even with allowUnconfirmedMove', async () => {
    const { paybase, customer } = await pendingCustomer();
    sandbox.providerTransition(customer.id, 'LOCKED');
    const locked = await rejection(paybase.customers.transition(customer.id, { toStateId: 'ENABLED' }, { allowUnconfirmedMove: true }));
    expect(locked).toMatchObject({ kind: 'transition', from: 'LOCKED', allowed: [] });
    expect(locked.message).toContain('the provider can: unlock → ENABLED');
    sandbox.providerTransition(customer.id, 'TERMINATED');
    const terminated = await rejection(paybase.customers.transition(customer.id, { toStateId: 'ENABLED' }, { allowUnconfirmedMove: true }));
    expect(terminated.message).toContain('TERMINATED is final');
    expect((await server.calls()).filter((call) => call.method === 'PATCH')).toHaveLength(0);
  });

  it('refuses a move not known to be allowed unless allowUnconfirmedMove is set', async () => {
    const { paybase, customer, path } = await pendingCustomer();
    const error = await rejection(paybase.customers.transition(customer.id, { toStateId: 'DISABLED', fromStateId: 'PENDING' }));
    expect(error).toMatchObject({ kind: 'transition', allowed: ['enable → ENABLED'] });
    expect(error.message).toContain('allowUnconfirmedMove: true');
    expect(await server.calls()).toHaveLength(1);

    // With the option the move is sent; this mock (like a platform whose Paybase account does not allow it) refuses it.
    const refused = await rejection(paybase.customers.transition(customer.id, { toStateId: 'DISABLED', fromStateId: 'PENDING' }, { allowUnconfirmedMove: true }));
    expect(refused).toMatchObject({ kind: 'transition', status: 409 });
    expect((await server.calls()).at(-1)!.url).toBe(`${path}/state`);
  });

  it('refuses a customer whose current state the SDK does not know, unless allowUnconfirmedMove is set', async () => {
    const { paybase, customer, path } = await pendingCustomer();
    server.use(http.get(path, () => HttpResponse.json({ type: 'individual', individual: { ...sandbox.customer(customer.id), stateId: 'ARCHIVED' } })));
    expect(await rejection(paybase.customers.transition(customer.id, { toStateId: 'ENABLED' }))).toMatchObject({ kind: 'transition', from: 'ARCHIVED' });
    server.use(http.patch(`${path}/state`, () => HttpResponse.json({ ...sandbox.customer(customer.id), stateId: 'ENABLED' })));
    await expect(paybase.customers.transition(customer.id, { toStateId: 'ENABLED' }, { allowUnconfirmedMove: true })).resolves.toMatchObject({ stateId: 'ENABLED' });
  });
});

describe('customers.transition with a permissive Paybase account', () => {
  it('sends an unconfirmed move and returns the moved customer', async () => {
    const permissive = createPaybaseSandbox({ allowUnconfirmedMoves: true });
    server.use(...permissive.handlers);
    const paybase = client({ apiKey: permissive.apiKey });
    const customer = await paybase.customers.individual.create(paybaseFixtures.individual());
    await expect(paybase.customers.transition(customer.id, { toStateId: 'DISABLED' }, { allowUnconfirmedMove: true })).resolves.toMatchObject({ stateId: 'DISABLED' });
    expect(permissive.customer(customer.id)?.stateId).toBe('DISABLED');
    expect(permissive.webhooks.events.map((event) => event.type)).toEqual(['customer_state_changed']);
  });
});
