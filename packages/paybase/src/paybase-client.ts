import { createTransport } from '@clientele/core';
import { createPaybaseAdapter } from './paybase-adapter.js';
import { resolvePaybaseOptions, type PaybaseOptions } from './paybase-options.js';
import type { PaybaseEnvironment } from './paybase-hosts.js';
import { resolveEndpoints, type PaybaseEndpoints } from './paybase-paths.js';
import { createCustomersResource, type CustomersResource } from './resources/customers.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** A Paybase client, made by {@link createPaybase}. Holds no enumerable secret: logging it shows only where it points. */
export interface PaybaseClient {
  readonly provider: 'paybase';
  readonly environment: PaybaseEnvironment;
  /** The API origin requests go to. */
  readonly baseUrl: string;
  /** The endpoint table in use: the defaults with the `paths` overrides applied. */
  readonly endpoints: PaybaseEndpoints;
  /** Customers of all four types, their business persons, lifecycle moves, annotations, tags and tokens. */
  readonly customers: CustomersResource;
  /** `{ provider, baseUrl, environment }`: safe to log. */
  toJSON(): { provider: 'paybase'; baseUrl: string; environment: PaybaseEnvironment };
}

/**
 * Creates a Paybase client for servers and edge runtimes.
 *
 * ```ts
 * import { createPaybase } from '@clientele/paybase';
 * const paybase = createPaybase({ apiKey: process.env.PAYBASE_API_KEY!, environment: 'sandbox' });
 * const customer = await paybase.customers.individual.create({ profile, terms, roleSlug: 'customer' });
 * ```
 *
 * @throws ClienteleError of kind `configuration` for a missing key, an unknown environment, a bad `baseUrl` or
 * `paths` entry, and in a browser page unless `dangerouslyAllowBrowser` is set.
 */
export function createPaybase(options: PaybaseOptions): PaybaseClient {
  const { apiKey, environment, baseUrl } = resolvePaybaseOptions(options);
  const { apiKey: _apiKey, environment: _environment, paths, dangerouslyAllowBrowser: _allow, ...transportOptions } = options;
  const endpoints = resolveEndpoints(paths);
  const transport = createTransport(createPaybaseAdapter(apiKey), { ...transportOptions, baseUrl });
  const view = () => ({ provider: 'paybase' as const, baseUrl: transport.baseUrl, environment });
  const client: PaybaseClient = {
    provider: 'paybase',
    environment,
    baseUrl: transport.baseUrl,
    endpoints,
    customers: createCustomersResource({ endpoints, transport }),
    toJSON: view,
  };
  Object.defineProperty(client, INSPECT, { value: () => view(), enumerable: false });
  return Object.freeze(client);
}
