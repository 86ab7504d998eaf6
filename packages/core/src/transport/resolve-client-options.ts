import { ClienteleError } from '../errors/clientele-error.js';
import { CLIENT_DEFAULTS, type ClientOptions } from './client-options.js';

/** {@link ClientOptions} checked and with defaults applied, once per client. */
export type ResolvedTransportOptions = ReturnType<typeof resolveClientOptions>;

/** A positive number of milliseconds, or the fallback when absent; anything else is a configuration error. */
export function positiveNumber(value: number | undefined, fallback: number, name: string, provider: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ClienteleError({ kind: 'configuration', provider, message: `\`${name}\` must be a positive number of milliseconds.` });
  }
  return value;
}

/** A retry count from 0 to 10, or the fallback when absent. */
export function retryCount(value: number | undefined, fallback: number, provider: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    throw new ClienteleError({ kind: 'configuration', provider, message: '`maxRetries` must be a whole number from 0 to 10.' });
  }
  return value;
}

/** Validates the client options (a bad value fails at construction, naming the option) and applies the defaults. */
export function resolveClientOptions(provider: string, options: ClientOptions & { baseUrl: string }) {
  let baseUrl: URL;
  try {
    baseUrl = new URL(options.baseUrl);
  } catch {
    throw new ClienteleError({ kind: 'configuration', provider, message: `\`baseUrl\` must be an absolute URL such as https://api.example.com (got an unparseable value).` });
  }
  if (baseUrl.protocol !== 'https:' && baseUrl.protocol !== 'http:') {
    throw new ClienteleError({ kind: 'configuration', provider, message: '`baseUrl` must start with https:// (or http:// for a local mock).' });
  }
  if (baseUrl.username || baseUrl.password) {
    // Credentials in a URL end up in every place the URL is printed: client views, logs, fetch errors.
    throw new ClienteleError({ kind: 'configuration', provider, message: '`baseUrl` must not contain a user name or password; pass credentials through the client options.' });
  }
  if (baseUrl.search || baseUrl.hash) {
    throw new ClienteleError({ kind: 'configuration', provider, message: '`baseUrl` must not contain a query string or fragment.' });
  }
  const initialDelay = positiveNumber(options.backoff?.initialDelay, CLIENT_DEFAULTS.initialDelay, 'backoff.initialDelay', provider);
  return {
    baseUrl: baseUrl.href.replace(/\/+$/, ''),
    fetch: options.fetch,
    timeout: positiveNumber(options.timeout, CLIENT_DEFAULTS.timeout, 'timeout', provider),
    maxRetries: retryCount(options.maxRetries, CLIENT_DEFAULTS.maxRetries, provider),
    initialDelay,
    maxDelay: Math.max(initialDelay, positiveNumber(options.backoff?.maxDelay, CLIENT_DEFAULTS.maxDelay, 'backoff.maxDelay', provider)),
    maxRetryDelay: options.maxRetryDelay === 0 ? 0 : positiveNumber(options.maxRetryDelay, CLIENT_DEFAULTS.maxRetryDelay, 'maxRetryDelay', provider),
    headers: options.headers ?? {},
    logLevel: options.logLevel ?? CLIENT_DEFAULTS.logLevel,
    userAgent: options.userAgent,
  };
}
