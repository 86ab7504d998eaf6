import { assertServerRuntime, type ClientOptions } from '@clientele/core';
import { configurationError } from './payabli-errors.js';
import { resolvePaths, type PayabliPaths } from './payabli-paths.js';

/** Payabli's API roots (spec §1); every path sits under `/api`. */
export const PAYABLI_ENVIRONMENTS = {
  sandbox: 'https://api-sandbox.payabli.com/api',
  production: 'https://api.payabli.com/api',
} as const;

/** `'sandbox'` or `'production'`. */
export type PayabliEnvironment = keyof typeof PAYABLI_ENVIRONMENTS;

/** OAuth 2.0 client credentials (spec §2.2), exchanged by the client for a bearer token at `POST /v2/Token/serverside`. */
export interface PayabliOAuthOptions {
  /** The OAuth client id. */
  clientId: string;
  /** The OAuth client secret: a server secret, never logged. */
  clientSecret: string;
  /** Narrows the token to a subset of the credential's permissions (UUIDs). @default all of the credential's permissions */
  permissions?: readonly string[] | undefined;
  /**
   * How long before `expires_in` runs out the token is refreshed, in milliseconds; at most half the token's
   * lifetime is used. @default 120_000 (two minutes, as Payabli's own SDK does)
   */
  refreshMargin?: number | undefined;
}

/** Options of {@link createPayabli}: exactly one credential (`apiKey` or `oauth`), an environment, and the core options. */
export interface PayabliOptions extends ClientOptions {
  /**
   * A Payabli API token (PartnerHub → Developers → API Tokens), sent as the `requestToken` header. Use a
   * *private* Organization token on servers only. Mutually exclusive with `oauth`.
   */
  apiKey?: string | undefined;
  /** OAuth client credentials; the client fetches, caches and refreshes the bearer token. Mutually exclusive with `apiKey`. */
  oauth?: PayabliOAuthOptions | undefined;
  /** Required, so production is never reached by accident (the official SDK silently defaults to sandbox). */
  environment: PayabliEnvironment;
  /** Overrides endpoint paths by name, relative to the base URL (see `PAYABLI_PATHS`). */
  paths?: Partial<PayabliPaths> | undefined;
  /**
   * Allows building the client where `document` exists (a browser page). Private tokens and client secrets
   * must never reach a browser (spec §2.1); only set this behind your own proxy or in tests. @default false
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** The credential the client authenticates with. */
export type PayabliCredentials =
  | { type: 'apiKey'; apiKey: string }
  | { type: 'oauth'; clientId: string; clientSecret: string; permissions: readonly string[] | undefined; refreshMargin: number };

/** Options after validation. */
export interface ResolvedPayabliOptions {
  credentials: PayabliCredentials;
  environment: PayabliEnvironment;
  baseUrl: string;
  paths: PayabliPaths;
}

const CREDENTIAL_HEADERS = new Set(['requesttoken', 'authorization']);

/**
 * Validates the options. Messages name the option and what to do; they never contain a credential.
 *
 * @throws ClienteleError of kind `'configuration'`.
 */
export function resolvePayabliOptions(options: PayabliOptions): ResolvedPayabliOptions {
  if (typeof options !== 'object' || options === null) throw configurationError('createPayabli needs an options object: { apiKey | oauth, environment }.');
  const { apiKey, oauth, environment } = options;
  if (environment !== 'sandbox' && environment !== 'production') {
    throw configurationError("`environment` is required and must be 'sandbox' or 'production'. Clientele never picks one for you.");
  }
  if (apiKey !== undefined && oauth !== undefined) {
    throw configurationError('Pass either `apiKey` or `oauth`, not both: Payabli takes exactly one credential per request (requestToken or a bearer token).');
  }
  if (apiKey === undefined && oauth === undefined) {
    throw configurationError('Pass `apiKey` (a Payabli API token, sent as requestToken) or `oauth: { clientId, clientSecret }`.');
  }
  for (const name of Object.keys(options.headers ?? {})) {
    if (CREDENTIAL_HEADERS.has(name.toLowerCase())) throw configurationError(`Do not set the \`${name}\` header yourself: pass the credential as \`apiKey\` or \`oauth\`, so it is sent once and redacted.`);
  }
  assertServerRuntime({
    provider: 'payabli',
    allow: options.dangerouslyAllowBrowser,
    credentials: 'Payabli private tokens and client secrets',
    alternative: 'Call Payabli from your backend.',
  });
  return {
    credentials: apiKey !== undefined ? { type: 'apiKey', apiKey: checkSecret(apiKey, 'apiKey') } : resolveOAuth(oauth!),
    environment,
    baseUrl: options.baseUrl ?? PAYABLI_ENVIRONMENTS[environment],
    paths: resolvePaths(options.paths),
  };
}

function resolveOAuth(oauth: PayabliOAuthOptions): PayabliCredentials {
  if (typeof oauth !== 'object' || oauth === null) throw configurationError('`oauth` must be { clientId, clientSecret }.');
  const { permissions, refreshMargin = 120_000 } = oauth;
  if (permissions !== undefined && (!Array.isArray(permissions) || permissions.some((item) => typeof item !== 'string' || item === ''))) {
    throw configurationError('`oauth.permissions` must be an array of permission ids (non-empty strings).');
  }
  if (typeof refreshMargin !== 'number' || !Number.isFinite(refreshMargin) || refreshMargin < 0) {
    throw configurationError('`oauth.refreshMargin` must be a non-negative number of milliseconds.');
  }
  return {
    type: 'oauth',
    clientId: checkSecret(oauth.clientId, 'oauth.clientId'),
    clientSecret: checkSecret(oauth.clientSecret, 'oauth.clientSecret'),
    permissions,
    refreshMargin,
  };
}

function checkSecret(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw configurationError(`\`${name}\` must be a non-empty string. Check that the environment variable holding it is set.`);
  if (/[\s\u0000-\u001f\u007f]/.test(value)) throw configurationError(`\`${name}\` contains whitespace or control characters; copy it again without surrounding spaces or line breaks.`);
  return value;
}
