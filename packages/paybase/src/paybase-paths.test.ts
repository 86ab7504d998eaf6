import { describe, expect, it } from 'vitest';
import { usePaybaseSandbox } from './__fixtures__/use-paybase-sandbox.js';
import { fillPath, PAYBASE_ENDPOINTS, resolveEndpoints } from './paybase-paths.js';
import { createEndpointMatcher } from './testing/endpoint-matcher.js';
import { paybaseFixtures } from './testing/fixtures.js';

describe('the endpoint table', () => {
  it('holds the paths of spec §4.13 with their evidence', () => {
    expect(PAYBASE_ENDPOINTS['customers.individual.create']).toMatchObject({ method: 'POST', path: '/v1/customers/individual', evidence: 'confirmed', idempotent: false });
    expect(PAYBASE_ENDPOINTS['customers.individual.update']).toMatchObject({ method: 'PATCH', path: '/v1/customer/individual/{id}', evidence: 'provider-page', idempotent: true });
    expect(PAYBASE_ENDPOINTS['customers.createAuthenticationToken']).toMatchObject({ method: 'POST', path: '/v1/customer/{id}/tokens', evidence: 'confirmed' });
    expect(PAYBASE_ENDPOINTS['customers.transition']).toMatchObject({ method: 'PATCH', path: '/v1/customer/{id}/state', evidence: 'inferred' });
    expect(Object.values(PAYBASE_ENDPOINTS).filter((endpoint) => endpoint.evidence === 'assumed')).toHaveLength(15);
  });

  it('applies overrides and refuses ones that would lose the id or break the URL', () => {
    const endpoints = resolveEndpoints({ 'customers.touch': { method: 'PATCH' }, 'customers.individual.update': '/v1/customer/individual/{fullId}' });
    expect(endpoints['customers.touch']).toMatchObject({ method: 'PATCH', path: '/v1/customer/{id}/touch' });
    expect(endpoints['customers.individual.update'].path).toBe('/v1/customer/individual/{fullId}');
    expect(() => resolveEndpoints({ 'customers.nope': '/v1/x' } as never)).toThrow(/unknown endpoint "customers.nope"/);
    expect(() => resolveEndpoints({ 'customers.touch': '/v1/customer/touch' })).toThrow(/must contain \{id\} or \{fullId\}/);
    expect(() => resolveEndpoints({ 'customers.businessPersons.delete': '/v1/customer/{id}/persons' })).toThrow(/must contain \{personId\}/);
    expect(() => resolveEndpoints({ 'customers.touch': 'v1/customer/{id}/touch' })).toThrow(/starting with "\/"/);
    expect(() => resolveEndpoints({ 'customers.touch': '/v1/customer/{id}/touch?x=1' })).toThrow(/query string/);
    expect(() => resolveEndpoints({ 'customers.touch': '/v1/customer/{uuid}/touch' })).toThrow(/\{uuid\}/);
    expect(() => resolveEndpoints({ 'customers.touch': { method: 'FETCH' as never } })).toThrow(/GET, POST/);
  });

  it('fills templates with percent-encoded ids, so an id cannot change the endpoint', () => {
    expect(fillPath('/v1/customer/{id}/persons/{personId}', { id: 'a b', personId: 'p?x' })).toBe('/v1/customer/a%20b/persons/p%3Fx');
    expect(fillPath('/v1/customer/individual/{fullId}', { id: 'abc' })).toBe('/v1/customer/individual/customer/abc');
    expect(() => fillPath('/v1/customer/{id}', { id: '..' })).toThrow(/non-empty identifier/);
  });

  it('matches requests back to endpoints (the mock routes with the same table)', () => {
    const matchEndpoint = (endpoints: typeof PAYBASE_ENDPOINTS, method: string, pathname: string) => createEndpointMatcher(endpoints)(method, pathname);
    expect(matchEndpoint(PAYBASE_ENDPOINTS, 'GET', '/v1/customer/individual/abc')).toEqual({ name: 'customers.individual.retrieve', parameters: { id: 'abc' } });
    expect(matchEndpoint(PAYBASE_ENDPOINTS, 'GET', '/v1/customer/abc')).toEqual({ name: 'customers.retrieve', parameters: { id: 'abc' } });
    expect(matchEndpoint(PAYBASE_ENDPOINTS, 'PATCH', '/v1/customer/abc/state')).toEqual({ name: 'customers.transition', parameters: { id: 'abc' } });
    expect(matchEndpoint(PAYBASE_ENDPOINTS, 'DELETE', '/v1/customer/abc/persons/p%201')).toEqual({ name: 'customers.businessPersons.delete', parameters: { id: 'abc', personId: 'p 1' } });
    expect(matchEndpoint(PAYBASE_ENDPOINTS, 'PUT', '/v1/customer/abc')).toBeUndefined();
    const full = resolveEndpoints({ 'customers.retrieve': '/v1/{fullId}' });
    expect(matchEndpoint(full, 'GET', '/v1/customer/abc')).toEqual({ name: 'customers.retrieve', parameters: { id: 'abc' } });
  });
});

describe('a client and mock sharing overrides', () => {
  const paths = { 'customers.individual.update': '/v1/customer/individual/{fullId}', 'customers.touch': { method: 'PATCH' as const } };
  const { server, client } = usePaybaseSandbox({ paths });

  it('send to the overridden paths and methods', async () => {
    const paybase = client();
    const customer = await paybase.customers.individual.create(paybaseFixtures.individual());
    await paybase.customers.individual.update(customer.id, { profile: { lastName: 'King' }, terms: { acceptedAt: '2026-11-20T09:30:00Z', revision: '2.1' } });
    await paybase.customers.touch(customer.id);
    const calls = (await server.calls()).slice(1);
    expect(calls.map((call) => `${call.method} ${new URL(call.url).pathname}`)).toEqual([
      `PATCH /v1/customer/individual/customer/${customer.id.slice(9)}`,
      `PATCH /v1/customer/${customer.id.slice(9)}/touch`,
    ]);
  });
});
