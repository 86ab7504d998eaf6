import { describe, expect, it } from 'vitest';
import { createPayabli } from './payabli-client.js';
import { PAYABLI_ENVIRONMENTS, type PayabliOptions } from './payabli-options.js';
import { PAYABLI_PATHS } from './payabli-paths.js';
import { ENTRY, testOptions, usePayabliMock } from './test-support.js';
import { PAYABLI_MOCK_CREDENTIALS } from './testing/payabli-sandbox.js';

const payabli = usePayabliMock();
const SECRET = 'sk_canary_payabli_client_9f8e7d6c';
const build = (options: Partial<PayabliOptions>) => () => createPayabli({ environment: 'sandbox', ...testOptions, ...options } as PayabliOptions);

describe('createPayabli: options', () => {
  it('requires an environment and never defaults to one', () => {
    expect(build({ apiKey: SECRET, environment: undefined as never })).toThrow(/`environment` is required/);
    expect(build({ apiKey: SECRET, environment: 'live' as never })).toThrow(/'sandbox' or 'production'/);
  });

  it('takes exactly one credential: apiKey or oauth, never both', () => {
    const error = (() => {
      try {
        build({ apiKey: SECRET, oauth: { clientId: 'id', clientSecret: SECRET } })();
      } catch (caught) {
        return caught as Error & { kind: string };
      }
      return undefined;
    })();
    expect(error).toMatchObject({ kind: 'configuration' });
    expect(error!.message).toMatch(/either `apiKey` or `oauth`, not both/);
    expect(error!.message).not.toContain(SECRET);
    expect(build({})).toThrow(/Pass `apiKey`/);
    expect(build({ oauth: { clientId: 'id', clientSecret: '' } })).toThrow(/oauth.clientSecret` must be a non-empty string/);
    expect(build({ apiKey: ` ${SECRET}\n` })).toThrow(/whitespace or control characters/);
    expect(build({ apiKey: SECRET, headers: { RequestToken: 'x' } })).toThrow(/Do not set the `RequestToken` header/);
    expect(build({ oauth: { clientId: 'id', clientSecret: SECRET, refreshMargin: -1 } })).toThrow(/refreshMargin/);
  });

  it('picks the documented base URL per environment; baseUrl overrides it', () => {
    expect(build({ apiKey: SECRET })().baseUrl).toBe(PAYABLI_ENVIRONMENTS.sandbox);
    expect(build({ apiKey: SECRET, environment: 'production' })().baseUrl).toBe('https://api.payabli.com/api');
    expect(build({ apiKey: SECRET, baseUrl: 'https://proxy.example/payabli/' })().baseUrl).toBe('https://proxy.example/payabli');
    expect(build({ apiKey: SECRET, baseUrl: 'not a url' })).toThrow(/absolute URL/);
  });

  it('validates path overrides', () => {
    expect(build({ apiKey: SECRET, paths: { nope: '/x' } as never })).toThrow(/Unknown path name "nope"/);
    expect(build({ apiKey: SECRET, paths: { retrieveCustomer: 'Customer/{customerId}' } })).toThrow(/starting with "\/"/);
  });

  it('refuses to run in a browser page unless told to', () => {
    const scope = globalThis as Record<string, unknown>;
    const isPage = typeof scope.window !== 'undefined' && typeof scope.document !== 'undefined';
    const added: string[] = [];
    if (!isPage) {
      // Pretend to be a page on server runtimes; a real page (Chromium) needs no pretending.
      for (const name of ['window', 'document']) {
        if (typeof scope[name] === 'undefined') {
          Object.defineProperty(globalThis, name, { value: {}, configurable: true, writable: true });
          added.push(name);
        }
      }
    }
    try {
      expect(build({ apiKey: SECRET, dangerouslyAllowBrowser: undefined })).toThrow(/must stay on a server/);
      expect(build({ apiKey: SECRET, dangerouslyAllowBrowser: true })).not.toThrow();
    } finally {
      for (const name of added) delete scope[name];
    }
  });

  it('shows only provider, base URL and environment when serialized', () => {
    const client = build({ apiKey: SECRET })();
    expect(JSON.parse(JSON.stringify(client))).toEqual({ provider: 'payabli', baseUrl: PAYABLI_ENVIRONMENTS.sandbox, environment: 'sandbox' });
    expect(Object.values(client).map(String).join(' ')).not.toContain(SECRET);
    expect(Object.isFrozen(client)).toBe(true);
  });
});

describe('createPayabli: requests', () => {
  it('sends a User-Agent naming the SDK (where the runtime allows it) and the caller’s headers', async () => {
    await payabli.client({ headers: { 'x-platform': 'p1' }, userAgent: 'my-app/2.0' }).customers.list(ENTRY).toArray();
    const [call] = await payabli.server.calls();
    expect(call!.headers['x-platform']).toBe('p1');
    if (typeof (globalThis as { document?: unknown }).document === 'undefined') expect(call!.headers['user-agent']).toBe('clientele-payabli/0.1.0 my-app/2.0');
  });

  it('follows a path override', async () => {
    const client = payabli.client({ paths: { listCustomers: '/Query/customers/{entry}' } });
    await client.customers.list(ENTRY).toArray();
    expect((await payabli.server.calls())[0]!.url).toContain('/Query/customers/8cfec329267?');
  });

  it('exposes the raw response and the request id', async () => {
    const { data, response } = await payabli.client().customers.create(ENTRY, { email: 'x@example.com' }).withResponse();
    expect(data.customerId).toBe(4440);
    expect(response.status).toBe(200);
    expect(response.attempts).toBe(1);
    expect(JSON.parse(response.text()).responseData.customerId).toBe(4440);
  });

  it('knows every documented endpoint', () => {
    expect(Object.keys(PAYABLI_PATHS).sort()).toEqual(['createCustomer', 'deleteCustomer', 'linkTransaction', 'listCustomers', 'listOrganizationCustomers', 'requestConsent', 'retrieveCustomer', 'token', 'updateCustomer']);
    expect(PAYABLI_MOCK_CREDENTIALS.apiKey).toBeTruthy();
  });
});
