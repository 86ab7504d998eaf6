import { assertServerRuntime, ClienteleError, type ClientOptions, type RequestOptions } from '@clientele/core';
import { isPaybaseEnvironment, PAYBASE_HOSTS, type PaybaseEnvironment } from './paybase-hosts.js';
import type { PaybasePathOverrides } from './paybase-paths.js';

/** Options of {@link createPaybase}, in addition to core's transport options (timeout, retries, logger, …). */
export interface PaybaseOptions extends ClientOptions {
  /**
   * The platform's API key, sent as `X-Token`. Server-side only: anyone holding it can act for every customer.
   * Browsers get a short-lived customer access token instead (`customers.createAuthenticationToken`).
   */
  apiKey: string;
  /** `'sandbox'` (`https://api-json.sandbox.paybase.io`) or `'production'` (`https://api-json.paybase.io`). */
  environment: PaybaseEnvironment;
  /** Overrides the API origin, e.g. a proxy. Paths keep their `/v1/…` prefix. @default the environment's host */
  baseUrl?: string | undefined;
  /** Overrides for the endpoint table (unconfirmed paths, spec §4.13); see `PAYBASE_ENDPOINTS`. */
  paths?: PaybasePathOverrides | undefined;
  /**
   * Allows creating the client in a browser page. Off by default because the API key would ship to every visitor;
   * use `@clientele/paybase/browser` with a customer access token instead. Only set it for local tools, test pages
   * or a key you can afford to expose. @default false
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** Per-call options of every Paybase method. */
export interface PaybaseRequestOptions extends RequestOptions {
  /**
   * Sends the call with a customer access token as `X-Token` instead of the API key, acting as that customer (the
   * provider page shows `updateIndividualCustomer` called this way). Whether Paybase accepts customer tokens on a
   * given endpoint is unconfirmed (spec U15).
   */
  accessToken?: string | undefined;
}

/** Options after validation. */
export interface ResolvedPaybaseOptions {
  apiKey: string;
  environment: PaybaseEnvironment;
  baseUrl: string;
}

function configurationError(message: string): ClienteleError {
  return new ClienteleError({ kind: 'configuration', provider: 'paybase', message });
}

/**
 * Checks that a token can be sent as a header value: a non-empty string without line breaks or surrounding spaces.
 * The message never contains the value.
 */
export function assertTokenShape(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string' || value.length === 0) throw configurationError(`\`${name}\` is required: pass a non-empty string.`);
  if (/[\r\n\0]/.test(value) || value.trim() !== value) {
    throw configurationError(`\`${name}\` contains spaces or line breaks at its ends or inside; copy it again without them.`);
  }
}

/**
 * Validates the options of {@link createPaybase}.
 *
 * @throws ClienteleError of kind `configuration` naming the option to fix. In a browser page without
 * `dangerouslyAllowBrowser: true` it refuses, because the API key would be exposed.
 */
export function resolvePaybaseOptions(options: PaybaseOptions): ResolvedPaybaseOptions {
  if (typeof options !== 'object' || options === null) throw configurationError('createPaybase needs an options object: { apiKey, environment }.');
  assertServerRuntime({
    provider: 'paybase',
    allow: options.dangerouslyAllowBrowser,
    credentials: 'the Paybase API key',
    alternative: 'Create customer access tokens on your server (client.customers.createAuthenticationToken) and use @clientele/paybase/browser with them.',
  });
  assertTokenShape(options.apiKey, 'apiKey');
  if (!isPaybaseEnvironment(options.environment)) {
    throw configurationError("`environment` must be 'sandbox' or 'production'.");
  }
  return { apiKey: options.apiKey, environment: options.environment, baseUrl: options.baseUrl ?? PAYBASE_HOSTS[options.environment].api };
}
