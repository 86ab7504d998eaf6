import { beforeEach, describe, expect, it } from 'vitest';
import { createTokenManager } from './payabli-auth.js';
import { PAYABLI_USER_AGENT } from './payabli-adapter.js';
import { ADA, BASE, ENTRY, rejectionOf, testOptions, usePayabliMock } from './test-support.js';
import { PAYABLI_MOCK_CREDENTIALS } from './testing/payabli-sandbox.js';

let clock = 1_000_000;
const payabli = usePayabliMock({ tokenLifetimeSeconds: 600, now: () => clock });
beforeEach(() => {
  clock = 1_000_000;
});

const path = (url: string) => `${new URL(url).pathname}`;

describe('OAuth client credentials', () => {
  it('fetches a token from /v2/Token/serverside once, then sends only the bearer token', async () => {
    const client = payabli.oauthClient();
    await client.customers.create(ENTRY, ADA);
    await client.customers.retrieve(4440);
    const calls = await payabli.server.calls();
    expect(calls.map((call) => `${call.method} ${path(call.url)}`)).toEqual(['POST /api/v2/Token/serverside', 'POST /api/Customer/single/8cfec329267', 'GET /api/Customer/4440']);
    expect(JSON.parse(calls[0]!.body)).toEqual({ clientId: PAYABLI_MOCK_CREDENTIALS.clientId, clientSecret: PAYABLI_MOCK_CREDENTIALS.clientSecret });
    expect(calls[0]!.headers.authorization).toBeUndefined();
    expect(calls[0]!.headers.requesttoken).toBeUndefined();
    for (const call of calls.slice(1)) {
      expect(call.headers.authorization).toMatch(/^Bearer mock-oauth-/);
      expect(call.headers.requesttoken).toBeUndefined();
    }
    expect(calls[1]!.headers.authorization).toBe(calls[2]!.headers.authorization);
    expect(client.auth).toBe('oauth');
  });

  it('sends the permissions it was given', async () => {
    const client = payabli.oauthClient({ oauth: { ...PAYABLI_MOCK_CREDENTIALS, permissions: ['3fa85f64-5717-4562-b3fc-2c963f66afa6'] } });
    await client.customers.list(ENTRY).toArray();
    const [tokenCall] = await payabli.server.calls();
    expect(JSON.parse(tokenCall!.body).permissions).toEqual(['3fa85f64-5717-4562-b3fc-2c963f66afa6']);
  });

  it('shares one token request between concurrent calls', async () => {
    const client = payabli.oauthClient();
    await Promise.all([client.customers.list(ENTRY).toArray(), client.customers.list(ENTRY).toArray(), client.customers.list(ENTRY).toArray()]);
    expect(payabli.mock.sandbox.tokensIssued).toBe(1);
  });

  it('refreshes the token before expires_in runs out', async () => {
    const tokens = createTokenManager({
      ...PAYABLI_MOCK_CREDENTIALS,
      permissions: undefined,
      refreshMargin: 120_000,
      path: '/v2/Token/serverside',
      userAgent: PAYABLI_USER_AGENT,
      transportOptions: { baseUrl: BASE, ...testOptions },
      now: () => clock,
    });
    clock = 1_000_000;
    const first = await tokens.token();
    clock += 600_000 - 120_000 - 1; // one millisecond before the refresh point
    expect(await tokens.token()).toBe(first);
    clock += 1;
    const second = await tokens.token();
    expect(second).not.toBe(first);
    expect(payabli.mock.sandbox.tokensIssued).toBe(2);
    expect(payabli.mock.sandbox.isTokenValid(first)).toBe(true); // refreshed while the old one was still valid
  });

  it('uses at most half the lifetime as margin', async () => {
    const tokens = createTokenManager({
      ...PAYABLI_MOCK_CREDENTIALS, permissions: undefined, refreshMargin: 400_000, path: '/v2/Token/serverside', userAgent: PAYABLI_USER_AGENT,
      transportOptions: { baseUrl: BASE, ...testOptions }, now: () => clock,
    });
    clock = 0;
    const first = await tokens.token();
    clock = 299_999; // 600 s lifetime, 400 s margin asked: refresh at 300 s, not at 200 s
    expect(await tokens.token()).toBe(first);
    clock = 300_000;
    expect(await tokens.token()).not.toBe(first);
  });

  it('on a 401 forgets the token, fetches a new one and retries once', async () => {
    const client = payabli.oauthClient();
    await client.customers.create(ENTRY, ADA);
    payabli.mock.sandbox.expireTokens();
    const record = await client.customers.retrieve(4440);
    expect(record.customerId).toBe(4440);
    const calls = await payabli.server.calls();
    expect(calls.map((call) => `${call.method} ${path(call.url)}`)).toEqual([
      'POST /api/v2/Token/serverside',
      'POST /api/Customer/single/8cfec329267',
      'GET /api/Customer/4440',
      'POST /api/v2/Token/serverside',
      'GET /api/Customer/4440',
    ]);
    expect(calls[4]!.headers.authorization).not.toBe(calls[2]!.headers.authorization);
  });

  it('gives up after that one retry when the new token is refused too', async () => {
    const client = payabli.oauthClient({ maxRetries: 5 });
    await client.customers.list(ENTRY).toArray();
    payabli.mock.sandbox.faults.inject({ kind: 'custom', respond: () => Response.json({ isSuccess: false, responseText: 'Unauthorized' }, { status: 401 }) }, { path: '/Customer/', times: 10 });
    const error = await rejectionOf(client.customers.retrieve(4440));
    expect(error).toMatchObject({ kind: 'authentication', status: 401, attempts: 2 });
    expect(payabli.mock.sandbox.tokensIssued).toBe(2);
  });

  it('does not retry a 401 with an API token', async () => {
    const error = await rejectionOf(payabli.client({ apiKey: 'wrong-token-value' }).customers.retrieve(4440));
    expect(error).toMatchObject({ kind: 'authentication', status: 401, attempts: 1 });
  });

  it('reports wrong client credentials as an authentication error without sending the API call or echoing the secret', async () => {
    const client = payabli.oauthClient({ oauth: { clientId: PAYABLI_MOCK_CREDENTIALS.clientId, clientSecret: 'wrong-secret-value-123' } });
    const error = await rejectionOf(client.customers.create(ENTRY, ADA));
    expect(error).toMatchObject({ kind: 'authentication', status: 400, code: 'InvalidCredentials', attempts: 1 });
    expect(error.message).toMatch(/oauth.clientId and oauth.clientSecret/);
    expect(JSON.stringify(error)).not.toContain('wrong-secret-value-123');
    expect((await payabli.server.calls()).map((call) => path(call.url))).toEqual(['/api/v2/Token/serverside']);
    expect(payabli.mock.sandbox.customers.size).toBe(0);
  });

  it('retries the token request after a 5xx', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'server_error', status: 503 }, { path: '/Token/' });
    await payabli.oauthClient().customers.list(ENTRY).toArray();
    expect((await payabli.server.calls()).map((call) => path(call.url))).toEqual(['/api/v2/Token/serverside', '/api/v2/Token/serverside', '/api/Query/customers/8cfec329267']);
  });

  it('strips a credential header of the other scheme given per call, so exactly one is sent', async () => {
    await payabli.oauthClient().customers.list(ENTRY, {}, { headers: { requestToken: 'stray' } }).toArray();
    await payabli.client().customers.list(ENTRY, {}, { headers: { Authorization: 'Bearer stray' } }).toArray();
    const calls = (await payabli.server.calls()).filter((call) => call.url.includes('/Query/'));
    expect(calls[0]!.headers.requesttoken).toBeUndefined();
    expect(calls[0]!.headers.authorization).toMatch(/^Bearer mock-oauth-/);
    expect(calls[1]!.headers.authorization).toBeUndefined();
    expect(calls[1]!.headers.requesttoken).toBe(PAYABLI_MOCK_CREDENTIALS.apiKey);
  });
});
