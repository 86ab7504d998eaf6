import { describe, expect, it } from 'vitest';
import { customerState, payabliCustomerLifecycle, PAYABLI_STATUS_CODES } from './payabli-lifecycle.js';
import { ADA, ENTRY, rejectionOf, usePayabliMock } from './test-support.js';

const payabli = usePayabliMock();

describe('payabliCustomerLifecycle', () => {
  it('maps every documented status to a state and back', () => {
    for (const [state, code] of Object.entries(PAYABLI_STATUS_CODES)) expect(customerState(code)).toBe(state);
    expect(customerState(42)).toBeUndefined();
    expect(customerState(null)).toBeUndefined();
  });

  it('allows the client 0 ⇄ 1, unlock 85 → 1 and delete from any live state; 85 only by Payabli; deleted is final', () => {
    const lifecycle = payabliCustomerLifecycle;
    expect(lifecycle.canMoveTo('inactive', 'active')).toBe(true);
    expect(lifecycle.canMoveTo('active', 'inactive')).toBe(true);
    expect(lifecycle.canMoveTo('locked', 'active')).toBe(true);
    expect(lifecycle.canMoveTo('active', 'locked')).toBe(false);
    expect(lifecycle.canMoveTo('active', 'locked', { by: 'provider' })).toBe(true);
    expect(lifecycle.canMoveTo('inactive', 'locked')).toBe(false);
    for (const state of ['inactive', 'active', 'locked'] as const) expect(lifecycle.canMoveTo(state, 'deleted')).toBe(true);
    expect(lifecycle.isTerminal('deleted')).toBe(true);
    expect(lifecycle.allowed('deleted', { by: 'any' })).toEqual([]);
    expect(lifecycle.initial).toEqual(['inactive', 'active']);
  });

  it('draws the diagram used in the docs', () => {
    expect(payabliCustomerLifecycle.toMermaid()).toBe(
      [
        'stateDiagram-v2',
        '    [*] --> inactive',
        '    [*] --> active',
        '    inactive --> active: activate',
        '    active --> inactive: deactivate',
        '    active --> locked: lock (provider)',
        '    locked --> active: unlock',
        '    inactive --> deleted: delete',
        '    active --> deleted: delete',
        '    locked --> deleted: delete',
        '    deleted --> [*]',
      ].join('\n'),
    );
  });
});

describe('status changes through update()', () => {
  it('reads the current status first, then sends an allowed move', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    await client.customers.update(4440, { customerStatus: 1 });
    const calls = await payabli.server.calls();
    expect(calls.map((call) => `${call.method} ${new URL(call.url).pathname}`)).toEqual(['POST /api/Customer/single/8cfec329267', 'GET /api/Customer/4440', 'PUT /api/Customer/4440']);
    expect(calls[2]!.body).toBe('{"customerStatus":1}');
    expect(payabli.mock.sandbox.customer(4440)!.customerStatus).toBe(1);
  });

  it('skips the read when currentStatus is given', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    await client.customers.update(4440, { customerStatus: 1 }, { currentStatus: 0 });
    expect((await payabli.server.calls()).map((call) => call.method)).toEqual(['POST', 'PUT']);
  });

  it('unlocks a customer Payabli locked (a provider-side move through the sandbox)', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, { ...ADA, customerStatus: 1 });
    payabli.mock.sandbox.lockCustomer(4440);
    expect((await client.customers.retrieve(4440)).customerStatus).toBe(85);
    await client.customers.update(4440, { customerStatus: 1 });
    expect(payabli.mock.sandbox.customer(4440)!.customerStatus).toBe(1);
  });

  it('refuses to lock a customer: only Payabli does that; nothing is sent after the read', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, { ...ADA, customerStatus: 1 });
    const error = await rejectionOf(client.customers.update(4440, { customerStatus: 85 }));
    expect(error).toMatchObject({ name: 'TransitionError', kind: 'transition', from: 'active', attempted: 'locked' });
    expect(error.message).toMatch(/only the provider can do that/);
    expect((await payabli.server.calls()).map((call) => call.method)).toEqual(['POST', 'GET']);
  });

  it('refuses -99 with a pointer to delete(), without any request', async () => {
    const error = await rejectionOf(payabli.client().customers.update(4440, { customerStatus: -99 }, { currentStatus: 1 }));
    expect(error).toMatchObject({ kind: 'transition' });
    expect(error.message).toContain('client.customers.delete(customerId)');
    expect(await payabli.server.calls()).toHaveLength(0);
  });

  it('refuses any status change of a deleted customer', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    await client.customers.delete(4440);
    await expect(client.customers.update(4440, { customerStatus: 1 })).rejects.toMatchObject({ kind: 'transition', from: 'deleted' });
  });

  it('sends the status as given with checkTransition: false, and then Payabli decides', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    await client.customers.update(4440, { customerStatus: 85 }, { checkTransition: false });
    expect(payabli.mock.sandbox.customer(4440)!.customerStatus).toBe(85);
    await expect(client.customers.update(4440, { customerStatus: -99 }, { checkTransition: false })).rejects.toMatchObject({ kind: 'validation', code: 3006 });
  });

  it('lets an update that keeps the status through', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    await expect(client.customers.update(4440, { customerStatus: 0, city: 'Austin' })).resolves.toMatchObject({ isSuccess: true });
  });
});
