import { createTransport } from '@clientele/core';
import { createPaycombatAdapter } from './paycombat-adapter.js';
import { resolvePaycombatSettings, type PaycombatEnvironment, type PaycombatOptions } from './paycombat-options.js';
import type { PaycombatPaths } from './paycombat-paths.js';
import { createCustomersResource, type CustomersResource } from './resources/customers.js';

/** A Paycombat client. Holds its credentials in closures: `JSON.stringify` and `util.inspect` show none of them. */
export interface PaycombatClient {
  readonly provider: 'paycombat';
  /** The API root every path is appended to. */
  readonly baseUrl: string;
  /** `'sandbox'` or `'production'` (informational; see {@link PaycombatOptions.environment}). */
  readonly environment: PaycombatEnvironment;
  /** The endpoint table in use, after `paths` overrides. */
  readonly paths: Readonly<PaycombatPaths>;
  /** Create, update, retrieve, list, wallet readiness, enable, disable and delete customers. */
  readonly customers: CustomersResource;
  /** `{ provider, baseUrl, environment }`: safe to log. */
  toJSON(): { provider: 'paycombat'; baseUrl: string; environment: PaycombatEnvironment };
}

/**
 * Creates a Paycombat client. Server-side (Node ≥ 20, Deno, Bun, edge runtimes): the token and signature key
 * must never reach a browser.
 *
 * ```ts
 * const paycombat = createPaycombat({ token: process.env.CLIENTELE_PAYCOMBAT_TOKEN!, signatureKey: process.env.CLIENTELE_PAYCOMBAT_SIGNATURE_KEY! });
 * const customer = await paycombat.customers.create({
 *   type: 'individual',
 *   description: 'Ada Lovelace',
 *   individual: { first_name: 'Ada', last_name: 'Lovelace', address_country: 'GB' },
 * });
 * ```
 *
 * @throws ClienteleError of kind `'configuration'` for missing or malformed options (the message names the
 * option, never its value).
 */
export function createPaycombat(options: PaycombatOptions): PaycombatClient {
  const settings = resolvePaycombatSettings(options);
  const adapter = createPaycombatAdapter({ token: options.token, signatureKey: options.signatureKey, emptyBody: settings.emptyBody });
  const { token: _token, signatureKey: _signatureKey, paths: _paths, emptyBody: _emptyBody, signEmptyBody: _sign, environment: _environment, dangerouslyAllowBrowser: _browser, ...core } = options;
  const transport = createTransport(adapter, { ...core, baseUrl: settings.baseUrl });
  const view = () => ({ provider: 'paycombat' as const, baseUrl: transport.baseUrl, environment: settings.environment });
  const client: PaycombatClient = {
    provider: 'paycombat',
    baseUrl: transport.baseUrl,
    environment: settings.environment,
    paths: settings.paths,
    customers: createCustomersResource(transport, settings),
    toJSON: view,
  };
  Object.defineProperty(client, Symbol.for('nodejs.util.inspect.custom'), { value: view, enumerable: false });
  return Object.freeze(client);
}
