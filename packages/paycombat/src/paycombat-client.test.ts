import { useMockServer } from '#mock-server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPaycombat, PAYCOMBAT_PATH_CONFIDENCE, PAYCOMBAT_PATHS } from './index.js';
import { clientFor, independentHmacHex } from './testing/test-client.js';
import { createPaycombatSandbox, minimalIndividual } from './testing.js';

const options = { token: 'snd_token_0123456789', signatureKey: 'key_0123456789', dangerouslyAllowBrowser: true };

describe('createPaycombat options', () => {
  it('defaults to the one Paycombat host and derives the environment from the token', () => {
    expect(createPaycombat(options).toJSON()).toEqual({ provider: 'paycombat', baseUrl: 'https://api.paycombat.com', environment: 'sandbox' });
    expect(createPaycombat({ ...options, token: 'live_token_0123456789' }).environment).toBe('production');
  });

  it.each([
    [{ token: '' }, /`token` is missing/],
    [{ signatureKey: undefined }, /`signatureKey` is missing/],
    [{ token: 'snd_token_0123456789\n' }, /`token` starts or ends with whitespace/],
    [{ environment: 'production' }, /sandbox token/],
    [{ emptyBody: 'null' }, /`emptyBody` must be/],
    [{ signEmptyBody: 'yes' }, /`signEmptyBody` must be true or false/],
    [{ paths: { createCustomer: '' } }, /`paths.createCustomer` must be a non-empty path/],
    [{ paths: { archiveCustomer: '/x' } }, /`paths.archiveCustomer` is not a Paycombat endpoint/],
    [{ baseUrl: 'api.paycombat.com' }, /absolute URL/],
    [{ maxRetries: 11 }, /maxRetries/],
  ])('refuses %j with a message that names the option', (override, message) => {
    const attempt = () => createPaycombat({ ...options, ...override } as never);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ kind: 'configuration' });
      expect((error as Error).message).not.toContain('0123456789');
    }
  });

  it('keeps the path table in one place, marking assumed paths', () => {
    expect(PAYCOMBAT_PATHS.createCustomer).toBe('/api/v1/customer/create');
    expect(Object.entries(PAYCOMBAT_PATH_CONFIDENCE).filter(([, confidence]) => confidence === 'confirmed').map(([name]) => name)).toEqual(['createCustomer', 'updateCustomer', 'retrieveCustomer']);
    expect(createPaycombat({ ...options, paths: { listCustomers: '/api/v1/customer/all' } }).paths).toMatchObject({ listCustomers: '/api/v1/customer/all', createCustomer: '/api/v1/customer/create' });
  });
});

describe('path overrides on the wire', () => {
  const sandbox = createPaycombatSandbox({
    paths: { enableCustomer: '/api/v1/customer/enable', walletReadiness: '/api/v1/customer/is-wallet-ready', deleteCustomer: '/api/v1/customer/delete' },
  });
  const server = useMockServer(...sandbox.handlers);
  beforeEach(() => sandbox.reset());

  it('a path without {customer_id} sends the id in the signed body (PATCH, DELETE) or the query (GET)', async () => {
    const paycombat = clientFor(sandbox);
    const { customer_id } = await paycombat.customers.create(minimalIndividual);
    await expect(paycombat.customers.enable(customer_id)).resolves.toMatchObject({ is_active: true });
    await expect(paycombat.customers.walletReadiness(customer_id)).resolves.toMatchObject({ is_wallet_ready: false });
    await expect(paycombat.customers.delete(customer_id)).resolves.toMatchObject({ deleted: true });
    const [, enable, ready, remove] = await server.calls();
    expect([enable!.url, enable!.body]).toEqual(['https://api.paycombat.com/api/v1/customer/enable', `{"customer_id":"${customer_id}"}`]);
    expect(enable!.headers.signature).toBe(await independentHmacHex(sandbox.signatureKey, enable!.body));
    expect(ready!.url).toBe(`https://api.paycombat.com/api/v1/customer/is-wallet-ready?customer_id=${customer_id}`);
    expect([remove!.method, remove!.body]).toEqual(['DELETE', `{"customer_id":"${customer_id}"}`]);
    expect(remove!.headers.signature).toBe(await independentHmacHex(sandbox.signatureKey, remove!.body));
  });

  it('a wrong override fails like a missing route would', async () => {
    await expect(clientFor(sandbox, { paths: { retrieveCustomer: '/api/v1/customers/{customer_id}' } }).customers.retrieve('customer_1')).rejects.toMatchObject({ kind: 'not_found', status: 404 });
  });

  it('sends extra headers and per-call options, but never lets them replace the credentials', async () => {
    const paycombat = clientFor(sandbox, { headers: { 'x-trace': 'abc', 'X-token': 'forged' } });
    await paycombat.customers.create(minimalIndividual, { headers: { 'x-call': '1' } });
    const [call] = await server.calls();
    expect(call!.headers).toMatchObject({ 'x-trace': 'abc', 'x-call': '1', 'x-token': sandbox.token });
  });
});
