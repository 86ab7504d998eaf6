import { ClienteleError, createSecretScrubber, createTransport, parseResponse, readJson, sensitive, type ClientOptions, type Interpretation, type ResponseContext } from '@clientele/core';
import * as z from 'zod/mini';
import { payabliFailure } from './payabli-errors.js';
import { readErrorBody, tokenResponseSchema } from './schemas/envelopes.js';

/** Caches the OAuth bearer token of one client. */
export interface TokenManager {
  /** A valid token: the cached one, or a fresh one when it is missing or due for refresh. Concurrent callers share one request. */
  token(): Promise<string>;
  /** Forgets `token` if it is still the cached one (after a 401), so the next call fetches a new one. */
  invalidate(token: string): void;
  /** The cached token, for scrubbing messages; `undefined` before the first fetch. */
  current(): string | undefined;
}

/** Options of {@link createTokenManager}. */
export interface TokenManagerOptions {
  clientId: string;
  clientSecret: string;
  permissions: readonly string[] | undefined;
  /** Milliseconds before expiry at which the token is refreshed (at most half its lifetime). */
  refreshMargin: number;
  /** Path of the token endpoint, relative to `baseUrl`. */
  path: string;
  userAgent: string;
  /** The client's transport options (base URL, fetch, timeout, retries, logger). */
  transportOptions: ClientOptions & { baseUrl: string };
  /** Clock, in milliseconds. @default Date.now */
  now?: () => number;
}

const tokenRequestSchema = z.strictObject({
  clientId: z.string(),
  clientSecret: sensitive(z.string()),
  permissions: z.optional(z.array(z.string())),
});

/**
 * Fetches OAuth tokens from `POST /v2/Token/serverside` (spec §2.2) through the same request path as every
 * other call (retries, timeouts, redacted logs), caches the token, and refreshes it `refreshMargin` before
 * `expires_in` runs out. The token endpoint takes no credentials header.
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const now = options.now ?? (() => Date.now());
  const secrets = [options.clientSecret, options.clientId];
  const scrub = createSecretScrubber(secrets);
  const transport = createTransport(
    {
      provider: 'payabli',
      userAgent: options.userAgent,
      secrets,
      interpret: (response) => interpretTokenResponse(response, scrub),
    },
    options.transportOptions,
  );
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const body = { clientId: options.clientId, clientSecret: options.clientSecret, ...(options.permissions ? { permissions: [...options.permissions] } : {}) };
    // A token request has no side effect worth protecting, so it may be repeated after any failure.
    const { data } = await transport.request({ operation: 'oauth.token', method: 'POST', path: options.path, body, bodySchema: tokenRequestSchema, idempotent: true });
    const token = data as z.output<typeof tokenResponseSchema>;
    const lifetime = token.expires_in * 1000;
    cached = { token: token.access_token, refreshAt: now() + lifetime - Math.min(options.refreshMargin, lifetime / 2) };
    return token.access_token;
  }

  return {
    token() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
    current: () => cached?.token,
  };
}

/**
 * Reads a token endpoint response. An unreadable success body throws `invalid_response` (repeatable, as the
 * token request is); an unreadable error body is read as empty. `scrub` removes the client credentials.
 */
function interpretTokenResponse(response: ResponseContext, scrub: (text: string) => string): Interpretation {
  if (response.status < 300) {
    return { ok: true, data: parseResponse(tokenResponseSchema, readJson(response, 'payabli'), { operation: 'payabli oauth.token', provider: 'payabli', status: response.status }) };
  }
  let body: unknown;
  try {
    body = readJson(response, 'payabli');
  } catch {
    body = undefined;
  }
  const { errorType, errorMessage } = (typeof body === 'object' && body !== null ? body : {}) as { errorType?: unknown; errorMessage?: unknown };
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    const type = typeof errorType === 'string' ? errorType.slice(0, 100) : undefined;
    const said = typeof errorMessage === 'string' ? scrub(errorMessage).slice(0, 300) : undefined;
    return {
      ok: false,
      retry: 'never',
      error: new ClienteleError({
        kind: 'authentication',
        provider: 'payabli',
        status: response.status,
        code: type,
        providerMessage: said,
        message: `payabli could not obtain an OAuth token (HTTP ${response.status}${type ? ` ${type}` : ''})${said ? `: ${said}` : ''}. Check oauth.clientId and oauth.clientSecret, and that they belong to the chosen environment (sandbox credentials do not work in production).`,
      }),
    };
  }
  return payabliFailure(response, readErrorBody(body), scrub);
}
