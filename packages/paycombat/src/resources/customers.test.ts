import { useMockServer } from '#mock-server';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { clientFor, independentHmacHex, inBrowser, rejectionOf } from '../testing/test-client.js';
import { companyCustomer, createPaycombatSandbox, minimalIndividual, walletReadyIndividual } from '../testing.js';

const API = 'https://api.paycombat.com/api/v1/customer';
const sandbox = createPaycombatSandbox();
const server = useMockServer(...sandbox.handlers);
beforeEach(() => sandbox.reset());

async function onlyCall() {
  const calls = await server.calls();
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

async function expectSigned(call: { headers: Record<string, string>; body: string }) {
  expect(call.headers['x-token']).toBe(sandbox.token);
  expect(call.headers.signature).toBe(await independentHmacHex(sandbox.signatureKey, call.body));
}

describe('customers.create', () => {
  it('POSTs an individual: X-token, signature over the exact bytes, body as given', async () => {
    const customer = await clientFor(sandbox).customers.create(walletReadyIndividual);
    const call = await onlyCall();
    expect([call.method, call.url]).toEqual(['POST', `${API}/create`]);
    await expectSigned(call);
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.headers.accept).toBe('application/json');
    if (!inBrowser) expect(call.headers['user-agent']).toBe('clientele-paycombat/0.1.0');
    // Compact JSON in the schema's field order; the signature above covers these exact bytes.
    expect(call.body).toMatch(/^\{"type":"individual","description":"Budi Santoso",.*"nationality":"ID","phone_country_code":"\+62","phone_number":"85156781165"\}\}$/);
    expect(JSON.parse(call.body)).toEqual(walletReadyIndividual);
    expect(customer).toMatchObject({ type: 'individual', is_active: false, is_wallet_ready: true, gca_activation_status: 'NOT_STARTED', individual: { phone_number_e164: '+6285156781165' } });
    expect(sandbox.customer(customer.customer_id)).toEqual(customer);
  });

  it('POSTs a company with its authorized user', async () => {
    const customer = await clientFor(sandbox).customers.create(companyCustomer);
    expect(JSON.parse((await onlyCall()).body)).toEqual(companyCustomer);
    expect(customer).toMatchObject({ type: 'company', company: { name: 'Kopi Nusantara Pte Ltd', authorized_user: { identification_type: 'PASSPORT' } } });
  });

  it('creates a minimal individual that is not wallet-ready', async () => {
    const customer = await clientFor(sandbox).customers.create(minimalIndividual);
    expect(customer.is_wallet_ready).toBe(false);
  });

  it('validates before sending: nothing reaches the wire', async () => {
    const error = await rejectionOf(clientFor(sandbox).customers.create({ type: 'individual', description: 'x', individual: { first_name: 'A', last_name: 'B', address_country: 'UK' } }));
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'individual.address_country' }] });
    expect(await server.calls()).toHaveLength(0);
  });
});

describe('customers.update: clearing versus leaving out', () => {
  it('sends only the given fields, customer_id first, "" for a cleared field and for null', async () => {
    const { customer_id } = await clientFor(sandbox).customers.create(walletReadyIndividual);
    const paycombat = clientFor(sandbox);
    const before = (await server.calls()).length;
    const updated = await paycombat.customers.update(customer_id, { description: 'Budi S.', individual: { address_line2: '', dob: null, email: 'budi@example.org' } });
    const call = (await server.calls())[before]!;
    expect([call.method, call.url]).toEqual(['PATCH', `${API}/update`]);
    await expectSigned(call);
    expect(call.body).toBe(`{"customer_id":"${customer_id}","description":"Budi S.","individual":{"dob":"","email":"budi@example.org","address_line2":""}}`);
    expect(updated.individual).toMatchObject({ dob: null, email: 'budi@example.org', first_name: 'Budi', identification_value: '3173000000000001' });
    expect(updated.is_wallet_ready).toBe(false);
  });

  it('omits undefined fields entirely', async () => {
    const { customer_id } = await clientFor(sandbox).customers.create(walletReadyIndividual);
    await clientFor(sandbox).customers.update(customer_id, { description: undefined, organization_reference_id: 'crm-9', individual: { dob: undefined, nationality: 'SG' } });
    const call = (await server.calls()).at(-1)!;
    expect(call.body).toBe(`{"customer_id":"${customer_id}","organization_reference_id":"crm-9","individual":{"nationality":"SG"}}`);
  });

  it('refuses to clear a field Paycombat requires, to change type, or an empty update', async () => {
    const paycombat = clientFor(sandbox);
    const cleared = await rejectionOf(paycombat.customers.update('customer_1', { individual: { first_name: '', address_country: null as unknown as string } }));
    expect(cleared).toMatchObject({ kind: 'validation' });
    expect((cleared.issues as { path: string }[]).map((issue) => issue.path)).toEqual(['individual.first_name', 'individual.address_country']);
    expect(cleared.message).toContain('cannot be cleared');
    await expect(paycombat.customers.update('customer_1', { type: 'company' } as never)).rejects.toMatchObject({ issues: [{ path: 'type' }] });
    await expect(paycombat.customers.update('customer_1', {})).rejects.toThrow(/at least one field/);
    await expect(paycombat.customers.update('customer_1', { individual: { nationality: 'SG' }, company: { name: 'X' } })).rejects.toMatchObject({ issues: [{ path: 'company' }] });
    expect(await server.calls()).toHaveLength(0);
  });
});

describe('customers.retrieve and walletReadiness', () => {
  it('GETs with X-token only, the id percent-encoded in the path', async () => {
    const { customer_id } = await clientFor(sandbox).customers.create(minimalIndividual);
    const paycombat = clientFor(sandbox);
    await expect(paycombat.customers.retrieve(customer_id)).resolves.toMatchObject({ customer_id });
    const readiness = await paycombat.customers.walletReadiness(customer_id);
    expect(readiness).toEqual({ is_wallet_ready: false, missing_field: expect.arrayContaining(['individual.dob', 'individual.identification_value']) });
    const [, retrieve, ready] = await server.calls();
    expect([retrieve!.method, retrieve!.url]).toEqual(['GET', `${API}/customer/${customer_id}`]);
    expect(ready!.url).toBe(`${API}/customer/${customer_id}/is-wallet-ready`);
    for (const call of [retrieve!, ready!]) {
      expect(call.headers['x-token']).toBe(sandbox.token);
      expect(call.headers.signature).toBeUndefined();
      expect(call.body).toBe('');
    }
  });

  it('encodes ids and refuses ones that would change the endpoint', async () => {
    server.use(http.get(`${API}/customer/:id`, ({ params }) => HttpResponse.json({ status: true, message: 'OK', data: { customer_id: params.id } })));
    await clientFor(sandbox).customers.retrieve('a/../b?c');
    expect((await onlyCall()).url).toBe(`${API}/customer/a%2F..%2Fb%3Fc`);
    await expect(clientFor(sandbox).customers.retrieve('..')).rejects.toMatchObject({ kind: 'validation', issues: [{ path: 'customer_id' }] });
    await expect(clientFor(sandbox).customers.retrieve('')).rejects.toMatchObject({ kind: 'validation' });
  });

  it('a deleted or unknown id is not_found', async () => {
    await expect(clientFor(sandbox).customers.retrieve('customer_missing')).rejects.toMatchObject({ kind: 'not_found', status: 404, providerMessage: 'Customer not found.' });
  });
});

describe('customers.enable / disable: a PATCH with nothing to send', () => {
  it.each([
    ['{}', '{}'],
    ['[]', '[]'],
    ['', ''],
  ] as const)('emptyBody %j is sent and signed as %j', async (emptyBody, expected) => {
    const { customer_id } = await clientFor(sandbox).customers.create(minimalIndividual);
    const paycombat = clientFor(sandbox, { emptyBody });
    await expect(paycombat.customers.enable(customer_id)).resolves.toMatchObject({ is_active: true });
    await expect(paycombat.customers.disable(customer_id)).resolves.toMatchObject({ is_active: false });
    const [, enable, disable] = await server.calls();
    expect([enable!.method, enable!.url, disable!.url]).toEqual(['PATCH', `${API}/customer/${customer_id}/enable`, `${API}/customer/${customer_id}/disable`]);
    for (const call of [enable!, disable!]) {
      expect(call.body).toBe(expected);
      await expectSigned(call);
    }
  });

  it('reads the customer back when Paycombat answers without it', async () => {
    server.use(http.patch(`${API}/customer/:id/enable`, () => HttpResponse.json({ status: true, message: 'Customer enabled', data: null })));
    const { customer_id } = await clientFor(sandbox).customers.create(minimalIndividual);
    const customer = await clientFor(sandbox).customers.enable(customer_id);
    expect(customer.customer_id).toBe(customer_id);
    expect((await server.calls()).map((call) => call.method)).toEqual(['POST', 'PATCH', 'GET']);
  });
});

describe('customers.delete', () => {
  it('by default sends neither body nor signature (spec U8) and returns the customer as it was', async () => {
    const created = await clientFor(sandbox).customers.create(minimalIndividual);
    const result = await clientFor(sandbox).customers.delete(created.customer_id);
    const call = (await server.calls())[1]!;
    expect([call.method, call.url, call.body, call.headers.signature]).toEqual(['DELETE', `${API}/customer/${created.customer_id}`, '', undefined]);
    expect(call.headers['x-token']).toBe(sandbox.token);
    expect(result).toEqual({ customer_id: created.customer_id, deleted: true, customer: created });
    expect(sandbox.store.size).toBe(0);
  });

  it('with signEmptyBody sends emptyBody and its signature', async () => {
    sandbox.settings.requireDeleteSignature = true;
    try {
      const { customer_id } = await clientFor(sandbox).customers.create(minimalIndividual);
      await expect(clientFor(sandbox).customers.delete(customer_id)).rejects.toMatchObject({ kind: 'authentication', status: 401 });
      await clientFor(sandbox, { signEmptyBody: true }).customers.delete(customer_id);
      const call = (await server.calls()).at(-1)!;
      expect(call.body).toBe('{}');
      await expectSigned(call);
    } finally {
      sandbox.settings.requireDeleteSignature = false;
    }
  });

  it('afterwards, the same client refuses update, enable, disable and delete without sending (deleted is terminal)', async () => {
    const paycombat = clientFor(sandbox);
    const { customer_id } = await paycombat.customers.create(minimalIndividual);
    await paycombat.customers.delete(customer_id);
    const sent = (await server.calls()).length;
    for (const attempt of [
      () => paycombat.customers.update(customer_id, { description: 'again' }),
      () => paycombat.customers.enable(customer_id),
      () => paycombat.customers.disable(customer_id),
      () => paycombat.customers.delete(customer_id),
    ]) {
      const error = await rejectionOf(attempt());
      expect(error).toMatchObject({ kind: 'transition', name: 'TransitionError', lifecycle: 'paycombat.customer', from: 'deleted', allowed: [] });
      expect(error.message).toContain('deleted is final');
    }
    expect(await server.calls()).toHaveLength(sent);
  });
});

describe('customers.list', () => {
  async function seed(count: number) {
    const paycombat = clientFor(sandbox);
    for (let index = 0; index < count; index++) await paycombat.customers.create({ ...minimalIndividual, organization_reference_id: `ref-${index}` });
  }

  it('pages with page and limit until the last page, lazily', async () => {
    await seed(5);
    const before = (await server.calls()).length;
    const paycombat = clientFor(sandbox);
    const customers = await paycombat.customers.list({ pageSize: 2 }).toArray();
    expect(customers.map((customer) => customer.organization_reference_id)).toEqual(['ref-0', 'ref-1', 'ref-2', 'ref-3', 'ref-4']);
    const calls = (await server.calls()).slice(before);
    expect(calls.map((call) => call.url)).toEqual([1, 2, 3].map((page) => `${API}/customer?page=${page}&limit=2`));
    expect(calls.every((call) => call.headers.signature === undefined)).toBe(true);
  });

  it('sends filters and honours limit without fetching further pages', async () => {
    await seed(3);
    const before = (await server.calls()).length;
    const first = await clientFor(sandbox).customers.list({ pageSize: 1, limit: 1, type: 'individual', is_active: false }).first();
    expect(first?.organization_reference_id).toBe('ref-0');
    const calls = (await server.calls()).slice(before);
    expect(calls.map((call) => call.url)).toEqual([`${API}/customer?page=1&limit=1&type=individual&is_active=false`]);
  });

  it('reads a bare array, and stops when the endpoint ignores page', async () => {
    await seed(3);
    sandbox.settings.listShape = 'array';
    try {
      expect(await clientFor(sandbox).customers.list({ pageSize: 2 }).toArray()).toHaveLength(3);
    } finally {
      sandbox.settings.listShape = 'paged';
    }
    const all = sandbox.store.all();
    server.use(http.get(`${API}/customer`, () => HttpResponse.json({ status: true, message: 'OK', data: all.slice(0, 2) })));
    expect(await clientFor(sandbox).customers.list({ pageSize: 2 }).toArray()).toHaveLength(2);
  });

  it('listPage returns one page with total and lastPage', async () => {
    await seed(3);
    const page = await clientFor(sandbox).customers.listPage({ pageSize: 2, page: 2 });
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: 3, lastPage: 2 });
    expect(page.items).toHaveLength(1);
  });

  it('caps the pages read with maxPages', async () => {
    await seed(3);
    await expect(clientFor(sandbox).customers.list({ pageSize: 1, maxPages: 2 }).toArray()).rejects.toThrow(/maxPages/);
  });
});

describe('every endpoint in every envelope shape', () => {
  it.each(['P', 'F', 'PF', 'M', 'raw'] as const)('%s', async (shape) => {
    for (const operation of Object.keys(sandbox.settings.envelopes) as (keyof typeof sandbox.settings.envelopes)[]) sandbox.settings.envelopes[operation] = shape;
    try {
      const paycombat = clientFor(sandbox);
      const { customer_id } = await paycombat.customers.create(minimalIndividual);
      await paycombat.customers.update(customer_id, { description: 'x' });
      await paycombat.customers.retrieve(customer_id);
      expect(await paycombat.customers.list().toArray()).toHaveLength(1);
      await expect(paycombat.customers.walletReadiness(customer_id)).resolves.toMatchObject({ is_wallet_ready: false });
      await expect(paycombat.customers.enable(customer_id)).resolves.toMatchObject({ is_active: true });
      await expect(paycombat.customers.disable(customer_id)).resolves.toMatchObject({ is_active: false });
      await expect(paycombat.customers.delete(customer_id)).resolves.toMatchObject({ deleted: true, customer: { customer_id } });
      await expect(paycombat.customers.retrieve(customer_id)).rejects.toMatchObject({ kind: 'not_found' });
    } finally {
      sandbox.settings.envelopes = { create: 'PF', update: 'F', list: 'P', retrieve: 'P', walletReadiness: 'P', enable: 'PF', disable: 'PF', delete: 'PF' };
    }
  });

  it('refusals as HTTP 200 with status: false are errors of the right kind', async () => {
    sandbox.settings.refusals = 'status-false';
    try {
      const paycombat = clientFor(sandbox);
      await expect(paycombat.customers.retrieve('customer_missing')).rejects.toMatchObject({ kind: 'not_found', status: 200 });
      await expect(paycombat.customers.enable('customer_missing')).rejects.toMatchObject({ kind: 'not_found', code: 'NOT_FOUND', requestId: expect.stringMatching(/^req_mock_/) });
      await expect(clientFor(sandbox, { signatureKey: 'wrong_key_0123456789' }).customers.create(minimalIndividual)).rejects.toMatchObject({ kind: 'authentication', status: 200 });
    } finally {
      sandbox.settings.refusals = 'http';
    }
  });
});
