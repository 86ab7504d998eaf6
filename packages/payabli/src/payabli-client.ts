import { createTransport, type ClientOptions } from '@clientele/core';
import { createPayabliAdapter, PAYABLI_USER_AGENT } from './payabli-adapter.js';
import { createTokenManager } from './payabli-auth.js';
import { resolvePayabliOptions, type PayabliEnvironment, type PayabliOptions } from './payabli-options.js';
import { createCustomersResource, type CustomersResource } from './resources/customers.js';

/** A Payabli client. Credentials live in closures: `JSON.stringify` and `util.inspect` show only provider, base URL and environment. */
export interface PayabliClient {
  /** Always `'payabli'`. */
  readonly provider: 'payabli';
  /** The environment the client was built for. */
  readonly environment: PayabliEnvironment;
  /** The API root requests go to, e.g. `https://api-sandbox.payabli.com/api`. */
  readonly baseUrl: string;
  /** Which credential the client sends: `'apiKey'` (requestToken) or `'oauth'` (bearer token). */
  readonly auth: 'apiKey' | 'oauth';
  /** Customers: create, retrieve, update, delete, list, listForOrganization, linkTransaction, requestConsent. */
  readonly customers: CustomersResource;
  /** What `JSON.stringify(client)` (and `util.inspect`) show: never a credential. */
  toJSON(): { provider: 'payabli'; baseUrl: string; environment: PayabliEnvironment };
}

/**
 * Creates a Payabli client.
 *
 * ```ts
 * const payabli = createPayabli({ apiKey: process.env.PAYABLI_API_TOKEN, environment: 'sandbox' });
 * const customer = await payabli.customers.create('8cfec329267', { customerNumber: 'C-1', email: 'ada@example.com' });
 * for await (const active of payabli.customers.list('8cfec329267', { filters: { status: { eq: 1 } } })) { … }
 * ```
 *
 * @throws ClienteleError of kind `'configuration'` for missing or conflicting credentials, a missing
 * environment, bad transport options, or a browser page without `dangerouslyAllowBrowser`.
 */
export function createPayabli(options: PayabliOptions): PayabliClient {
  const resolved = resolvePayabliOptions(options);
  const { apiKey: _apiKey, oauth: _oauth, environment, paths: _paths, dangerouslyAllowBrowser: _browser, ...clientOptions } = options;
  const transportOptions: ClientOptions & { baseUrl: string } = { ...clientOptions, baseUrl: resolved.baseUrl };
  const { credentials } = resolved;
  const tokens = credentials.type === 'oauth'
    ? createTokenManager({ ...credentials, path: resolved.paths.token, userAgent: PAYABLI_USER_AGENT, transportOptions })
    : undefined;
  const transport = createTransport(createPayabliAdapter(credentials, tokens), transportOptions);
  const view = () => ({ provider: 'payabli' as const, baseUrl: transport.baseUrl, environment });
  const client: PayabliClient = {
    provider: 'payabli',
    environment,
    baseUrl: transport.baseUrl,
    auth: credentials.type,
    customers: createCustomersResource(transport, resolved.paths),
    toJSON: view,
  };
  Object.defineProperty(client, Symbol.for('nodejs.util.inspect.custom'), { value: view, enumerable: false });
  return Object.freeze(client);
}
