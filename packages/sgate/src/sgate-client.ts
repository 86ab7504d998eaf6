import { assertServerRuntime, createTransport } from '@clientele/core';
import { createCustomersResource, type CustomersResource } from './resources/customers.js';
import type { RsaEngine } from './rsa/rsa-engine.js';
import { createSgateAdapter, type SgateClock } from './sgate-adapter.js';
import { createFieldDecryptor, createFieldEncryptor } from './sgate-context.js';
import { resolveSgateOptions, type SgateOptions } from './sgate-options.js';
import type { SgateEnvironment } from './sgate-paths.js';
import { createWebhooks, type WebhooksResource } from './sgate-webhooks.js';

/** An SGATE client: `createSgate(options)`. */
export interface SgateClient {
  /** Customers (payees): create, update, retrieve, list, photos, STCPay OTP. */
  readonly customers: CustomersResource;
  /** Callback verification and decryption. */
  readonly webhooks: WebhooksResource;
  readonly environment: SgateEnvironment;
  /** The service root requests go to, e.g. `https://vbank.sgate.sa/openApi/v1`. */
  readonly baseUrl: string;
  /** `{ provider, baseUrl, environment }`: never a key. */
  toJSON(): { provider: 'sgate'; baseUrl: string; environment: SgateEnvironment };
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The client factory bound to one RSA engine: the default entry binds the pure-JavaScript engine, the
 * Node entry the `node:crypto` one. Both give the same client.
 */
export function createSgateWithEngine(engine: RsaEngine): (options: SgateOptions) => SgateClient {
  return function createSgate(options: SgateOptions): SgateClient {
    // First, so a browser page is told to keep the keys on the server even when a key is also malformed.
    assertServerRuntime({
      provider: 'sgate',
      allow: options?.dangerouslyAllowBrowser,
      credentials: 'the SGATE merchant private key and API key',
      alternative: 'To encrypt sensitive fields in the page, use @clientele/sgate/encrypt (createSgateEncryptor) with the system public key, and call createSgate on your server.',
    });
    const resolved = resolveSgateOptions(options);
    const { apiKey, merchantPrivateKey, systemPublicKey, environment, serviceUrl } = resolved;
    const clock: SgateClock = { now: () => Date.now(), skewSeconds: resolved.clockSkewSeconds };
    const secrets = [apiKey, ...[options.merchantPrivateKey].filter((value): value is string => typeof value === 'string')];
    const adapter = createSgateAdapter({ apiKey, merchantPrivateKey, systemPublicKey, engine, clock, prefixLength: resolved.prefixLength, secrets });
    const transport = createTransport(adapter, {
      baseUrl: serviceUrl,
      fetch: options.fetch,
      timeout: options.timeout,
      maxRetries: options.maxRetries,
      backoff: options.backoff,
      maxRetryDelay: options.maxRetryDelay,
      headers: options.headers,
      logger: options.logger,
      logLevel: options.logLevel,
      userAgent: options.userAgent,
    });
    const context = { transport, paths: resolved.paths, encryptFields: createFieldEncryptor(engine, systemPublicKey), decryptFields: createFieldDecryptor(engine, merchantPrivateKey) };
    const view = () => ({ provider: 'sgate' as const, baseUrl: serviceUrl, environment });
    const client: SgateClient = {
      customers: createCustomersResource(context),
      webhooks: createWebhooks({ apiKey, merchantPrivateKey, systemPublicKey, engine }),
      environment,
      baseUrl: serviceUrl,
      toJSON: view,
    };
    Object.defineProperty(client, INSPECT, { value: () => `SgateClient ${JSON.stringify(view())}`, enumerable: false });
    return Object.freeze(client);
  };
}
