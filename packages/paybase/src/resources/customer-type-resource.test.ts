import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { rejection, usePaybaseSandbox } from '../__fixtures__/use-paybase-sandbox.js';
import { paybaseFixtures } from '../testing/fixtures.js';

const API = 'https://api-json.sandbox.paybase.io';
const { server, sandbox, client } = usePaybaseSandbox();

const cases = [
  { type: 'individual', create: '/v1/customers/individual', item: '/v1/customer/individual/', fixture: paybaseFixtures.individual, update: { profile: { firstName: 'John' }, terms: { acceptedAt: '2019-03-07T15:24:27.697Z', revision: '1.0.0' } } },
  { type: 'soleTrader', create: '/v1/customers/sole-trader', item: '/v1/customer/sole-trader/', fixture: paybaseFixtures.soleTrader, update: { profile: { tradingName: 'Hopper & Co' } } },
  { type: 'organisation', create: '/v1/customers/organisation', item: '/v1/customer/organisation/', fixture: paybaseFixtures.organisation, update: { profile: { registeredNumber: 'CH-9999' } } },
  {
    type: 'incorporatedBusiness',
    create: '/v1/customers/incorporated-business',
    item: '/v1/customer/incorporated-business/',
    fixture: paybaseFixtures.incorporatedBusiness,
    update: { profile: { tradingAddress: { street: 'The Strand', townCity: 'London', countryISO: 'GB' } } },
  },
] as const;

describe.each(cases)('customers.$type', ({ type, create, item, fixture, update }) => {
  it('create → retrieve → update on the documented paths, with the body sent exactly as given', async () => {
    const resource = client().customers[type] as unknown as {
      create(input: unknown): Promise<{ id: string; type: string; stateId: string }>;
      retrieve(id: string): Promise<{ id: string; type: string; profile?: Record<string, unknown> }>;
      update(id: string, input: unknown): Promise<{ id: string; type: string; profile?: Record<string, unknown> }>;
    };
    const created = await resource.create(fixture());
    expect(created).toMatchObject({ type, stateId: 'PENDING' });
    const uuid = created.id.slice('customer/'.length);

    // The id is accepted with or without its prefix and always lands in the path as the bare uuid.
    const byFullId = await resource.retrieve(created.id);
    const byUuid = await resource.retrieve(uuid);
    expect(byUuid).toEqual(byFullId);

    const updated = await resource.update(created.id, update);
    expect(updated.id).toBe(created.id);
    expect(updated.type).toBe(type);
    expect(updated.profile).toMatchObject(update.profile);

    const calls = await server.calls();
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `POST ${API}${create}`,
      `GET ${API}${item}${uuid}`,
      `GET ${API}${item}${uuid}`,
      `PATCH ${API}${item}${uuid}`,
    ]);
    expect(JSON.parse(calls[0]!.body)).toEqual(fixture());
    expect(JSON.parse(calls[3]!.body)).toEqual(update);
    expect(calls.every((call) => call.headers['x-token'] === sandbox.apiKey)).toBe(true);
    expect(calls[1]!.body).toBe('');
  });

  it('refuses invalid input before sending anything', async () => {
    const resource = client().customers[type] as unknown as { create(input: unknown): Promise<unknown> };
    const error = await rejection(resource.create({ ...fixture(), roleSlug: undefined }));
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'roleSlug' }] });
    expect(await server.calls()).toHaveLength(0);
  });
});

describe('typed calls', () => {
  it('report an unknown id or another type as not_found, and a body of another type as an invalid response', async () => {
    const paybase = client();
    const individual = await paybase.customers.individual.create(paybaseFixtures.individual());
    expect(await rejection(paybase.customers.soleTrader.retrieve(individual.id))).toMatchObject({ kind: 'not_found', status: 404 });
    expect(await rejection(paybase.customers.individual.retrieve('customer/00000000-0000-4000-8000-000000000000'))).toMatchObject({ kind: 'not_found' });
    const uuid = individual.id.slice('customer/'.length);
    server.use(http.get(`${API}/v1/customer/individual/${uuid}`, () => HttpResponse.json({ type: 'soleTrader', soleTrader: { ...individual, profile: { tradingName: 'x' } } })));
    const error = await rejection(paybase.customers.individual.retrieve(individual.id));
    expect(error).toMatchObject({ kind: 'invalid_response' });
    expect(error.message).toContain('expected a customer of type individual but Paybase returned one of type soleTrader');
  });

  it('converts Dates in the input to the documented strings on the wire', async () => {
    const input = paybaseFixtures.individual();
    await client().customers.individual.create({ ...input, profile: { ...input.profile, dob: new Date(Date.UTC(1990, 4, 1)) }, terms: { acceptedAt: new Date(Date.UTC(2026, 10, 20, 9, 30)), revision: '2.1' } });
    const body = JSON.parse((await server.calls())[0]!.body);
    expect(body.profile.dob).toBe('1990-05-01T00:00:00Z');
    expect(body.terms.acceptedAt).toBe('2026-11-20T09:30:00.000Z');
  });

  it('refuses an id of another resource type without sending', async () => {
    const error = await rejection(client().customers.individual.retrieve('account/62dc1d23-d473-46a6-b4b3-e63c3f6d4658'));
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'id' }] });
    expect(await server.calls()).toHaveLength(0);
  });

  it('acts as the customer with a per-call access token, as on the provider page', async () => {
    const paybase = client();
    const customer = await paybase.customers.individual.create(paybaseFixtures.individual());
    const token = await paybase.customers.createAuthenticationToken(customer.id);
    if (!token.success) throw new Error('expected a token');
    const updated = await paybase.customers.individual.update(customer.id, { profile: { firstName: 'John' }, terms: { acceptedAt: '2019-03-07T15:24:27.697Z', revision: '1.0.0' } }, { accessToken: token.accessToken });
    expect(updated.profile?.firstName).toBe('John');
    const calls = await server.calls();
    expect(calls[2]!.headers['x-token']).toBe(token.accessToken);
    // A customer token cannot act on another customer.
    const other = await paybase.customers.individual.create(paybaseFixtures.individual({ profile: { ...paybaseFixtures.individual().profile, email: 'other@example.com' } }));
    expect(await rejection(paybase.customers.individual.retrieve(other.id, { accessToken: token.accessToken }))).toMatchObject({ kind: 'permission', status: 403 });
  });
});
