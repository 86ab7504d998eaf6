/**
 * Which failures are repeated, and after how long. One place for the rules, so every provider retries
 * the same way:
 *
 * - A failure is retried only while attempts remain and the caller has not aborted.
 * - `unprocessed` failures (429, connection refused, a provider code saying "not processed") are
 *   retried for every method: the provider did not act on the request.
 * - `if-idempotent` failures (5xx, timeouts, resets, truncated bodies) are retried only for requests
 *   that are safe to repeat: GET/PUT/DELETE, or a request that carries an idempotency key.
 * - `never`: everything else.
 */
export type RetryClass = 'never' | 'unprocessed' | 'if-idempotent';

/** Methods whose repetition has no additional effect (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** True when repeating the request cannot create a second effect. */
export function isRepeatSafe(method: string, hasIdempotencyKey: boolean, idempotent?: boolean): boolean {
  return idempotent ?? (hasIdempotencyKey || IDEMPOTENT_METHODS.has(method.toUpperCase()));
}

/** Whether a failure of the given class may be repeated for this request. */
export function mayRetry(retryClass: RetryClass, repeatSafe: boolean): boolean {
  return retryClass === 'unprocessed' || (retryClass === 'if-idempotent' && repeatSafe);
}

/** The retry class of an HTTP status when the provider says nothing more specific. */
export function retryClassForStatus(status: number): RetryClass {
  if (status === 429) return 'unprocessed';
  if (status === 408 || status >= 500) return 'if-idempotent';
  return 'never';
}

/**
 * Error codes of a fetch that failed before the request left the machine: the provider cannot have
 * processed it. (undici puts them on `error.cause.code`; browsers expose nothing, so there every
 * network failure counts as ambiguous.)
 */
const UNPROCESSED_NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** True when a network error proves the request never reached the provider. */
export function isUnprocessedNetworkError(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown; cause?: { code?: unknown } } } | undefined)?.cause;
  const code = cause?.code ?? cause?.cause?.code;
  return typeof code === 'string' && UNPROCESSED_NETWORK_CODES.has(code);
}

/**
 * The wait the server asked for, in milliseconds: `retry-after-ms` first, then `Retry-After` as
 * seconds or an HTTP date. `undefined` when absent or unreadable; never negative.
 */
export function serverRetryDelay(headers: Headers, now: number = Date.now()): number | undefined {
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && milliseconds.trim() !== '') {
    const value = Number(milliseconds);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter === null || retryAfter.trim() === '') return undefined;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The delay before retry number `retry` (1-based): `initialDelay × 2^(retry − 1)` capped at `maxDelay`,
 * with equal jitter (a random point between half and all of it) so clients that failed together do
 * not retry together.
 */
export function backoffDelay(retry: number, options: { initialDelay: number; maxDelay: number }, random: () => number = Math.random): number {
  const base = Math.min(options.maxDelay, options.initialDelay * 2 ** Math.max(0, retry - 1));
  return base / 2 + random() * (base / 2);
}
