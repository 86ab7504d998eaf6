import type { Logger, LogLevel } from '../redaction/logger.js';

/**
 * Options every provider client accepts, in addition to its credentials.
 * Every provider factory (`createSgate`, `createPaycombat`, …) takes these.
 */
export interface ClientOptions {
  /**
   * Overrides the API root (scheme, host and any path prefix the provider documents), e.g. to reach a
   * proxy or a local mock. @default the provider's URL for the chosen `environment`
   */
  baseUrl?: string | undefined;
  /** A fetch implementation, read when each request starts. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch | undefined;
  /** Time allowed for one attempt, in milliseconds, before it is aborted. @default 30_000 */
  timeout?: number | undefined;
  /** How many times a failed request is repeated when it is safe to do so (0 disables retries). @default 2 */
  maxRetries?: number | undefined;
  /** Backoff between retries when the provider gives no `Retry-After`. */
  backoff?: BackoffOptions | undefined;
  /** Longest server-requested wait (`Retry-After`, `retry-after-ms`) honoured, in milliseconds; longer requests are capped. @default 60_000 */
  maxRetryDelay?: number | undefined;
  /** Extra headers sent on every request. Credentials and signature headers set by the SDK win. */
  headers?: Record<string, string> | undefined;
  /** Where log lines go; they are redacted first. @default console */
  logger?: Logger | undefined;
  /** Most verbose level logged. `'debug'` shows every request and response (redacted). @default 'warn' */
  logLevel?: LogLevel | undefined;
  /** Appended to the SDK's User-Agent, e.g. `'my-platform/2.3'`. */
  userAgent?: string | undefined;
}

/** Exponential backoff: `initialDelay × 2^(retry − 1)`, capped at `maxDelay`, with equal jitter (50–100 %). */
export interface BackoffOptions {
  /** Delay before the first retry, in milliseconds. @default 500 */
  initialDelay?: number | undefined;
  /** Upper bound of one computed delay, in milliseconds. @default 8_000 */
  maxDelay?: number | undefined;
}

/** Per-call overrides, accepted as the last argument of every resource method. */
export interface RequestOptions {
  /** Aborts the call (including retry waits). An aborted call is never retried. */
  signal?: AbortSignal | undefined;
  /** Time allowed for one attempt of this call, in milliseconds. @default the client's `timeout` */
  timeout?: number | undefined;
  /** Retries for this call. @default the client's `maxRetries` */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

/** Defaults of {@link ClientOptions}, in one place so docs and code agree. */
export const CLIENT_DEFAULTS = {
  timeout: 30_000,
  maxRetries: 2,
  initialDelay: 500,
  maxDelay: 8_000,
  maxRetryDelay: 60_000,
  logLevel: 'warn',
} as const;
