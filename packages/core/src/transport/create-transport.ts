import ky from 'ky';
import type * as z from 'zod/mini';
import { ClienteleError, isClienteleError } from '../errors/clientele-error.js';
import { createRedactingLogger } from '../redaction/logger.js';
import { redact } from '../redaction/redact.js';
import { redactHeaders, redactUrl } from '../redaction/redact-headers.js';
import { sensitiveFields } from '../schema/sensitive-paths.js';
import { createSecretScrubber } from '../redaction/scrub-secrets.js';
import type { ApiResult, RawResponse } from './api-promise.js';
import { buildQuery, type QueryParameters } from './build-query.js';
import { CLIENT_DEFAULTS, type ClientOptions, type RequestOptions } from './client-options.js';
import { joinUrl } from './join-url.js';
import type { AttemptContext, HttpMethod, Interpretation, ProviderAdapter } from './request-hooks.js';
import {
  backoffDelay,
  isRepeatSafe,
  isUnprocessedNetworkError,
  mayRetry,
  retryClassForStatus,
  serverRetryDelay,
  type RetryClass,
} from './retry-policy.js';

/** One request, as a resource method describes it. */
export interface RequestSpec {
  /** Name used in errors and logs, e.g. `'customers.create'`. */
  operation: string;
  method: HttpMethod;
  /** Path relative to the base URL, already encoded (use `encodePath`). */
  path: string;
  /** Query parameters (serialized once by {@link buildQuery}) or a ready query string starting with `?`. */
  query?: QueryParameters | string | undefined;
  /** A JSON body, serialized once by the provider's `serialize`. */
  body?: unknown;
  /** A multipart body (file uploads). */
  form?: FormData | undefined;
  /** Makes a POST/PATCH safe to retry; sent in the provider's idempotency header. */
  idempotencyKey?: string | undefined;
  /** Overrides the method-based idempotency rule (e.g. a POST the provider documents as idempotent). */
  idempotent?: boolean | undefined;
  /** Schema of `body`, so debug logs redact its sensitive fields. */
  bodySchema?: z.core.$ZodType | undefined;
  /** Schema of `query`, so debug logs redact the values of its sensitive parameters in the URL. */
  querySchema?: z.core.$ZodType | undefined;
  /** Per-call overrides. */
  options?: RequestOptions | undefined;
  /** Provider-specific settings of this call, handed to the adapter as `attempt.context` (e.g. SGATE's `decrypt: false`). */
  context?: Readonly<Record<string, unknown>> | undefined;
}

/** The request path every provider client sends through. */
export interface Transport {
  readonly provider: string;
  readonly baseUrl: string;
  /** Sends one request (with retries) and returns the provider's interpreted data and the raw response. */
  request(spec: RequestSpec): Promise<ApiResult<unknown>>;
}

interface Outcome {
  interpretation: Interpretation;
  status: number;
  headers: Headers;
  text: string;
}

const ALL_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

/**
 * Builds the transport for one provider client: validate options once, then for every request
 * serialize once → sign every attempt → send with ky → interpret (verify, unwrap, map errors) →
 * retry per the policy in `retry-policy.ts`.
 */
export function createTransport(adapter: ProviderAdapter, options: ClientOptions & { baseUrl: string }): Transport {
  const settings = resolveOptions(adapter.provider, options);
  const scrub = createSecretScrubber(adapter.secrets);
  const logger = createRedactingLogger({ logger: options.logger, level: settings.logLevel, scrub });
  const serialize = adapter.serialize ?? ((body: unknown) => JSON.stringify(body));
  const requestIdHeaders = adapter.requestIdHeaders ?? ['x-request-id', 'request-id'];
  const userAgent = [adapter.userAgent, settings.userAgent].filter(Boolean).join(' ');
  const origin = new URL(settings.baseUrl).origin;
  const logUrl = (url: string, querySchema: z.core.$ZodType | undefined) => {
    const marked = querySchema ? sensitiveFields(querySchema).map((field) => String(field.path[0])) : [];
    const redacted = redactUrl(url, marked);
    return adapter.redactUrl ? adapter.redactUrl(redacted) : redacted;
  };

  async function request(spec: RequestSpec): Promise<ApiResult<unknown>> {
    const { provider } = adapter;
    const signal = spec.options?.signal;
    const timeout = positiveNumber(spec.options?.timeout, settings.timeout, 'timeout', provider);
    const maxRetries = retryCount(spec.options?.maxRetries, settings.maxRetries, provider);
    const query = typeof spec.query === 'string' ? spec.query : buildQuery(spec.query);
    const url = joinUrl(settings.baseUrl, spec.path) + query;
    const pathAndQuery = url.slice(origin.length);
    const body = spec.form ?? (spec.body === undefined ? undefined : serialize(spec.body));
    const repeatSafe = isRepeatSafe(spec.method, spec.idempotencyKey !== undefined, spec.idempotent);
    const retriesByFailure = new Map<string, number>();
    let attempt: AttemptContext | undefined;
    let outcome: Outcome | undefined;
    let attempts = 0;

    if (signal?.aborted) throw abortedError(provider, spec.operation, 0);

    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent, ...settings.headers, ...spec.options?.headers };
    if (typeof body === 'string') headers['content-type'] = 'application/json';
    if (spec.idempotencyKey !== undefined && adapter.idempotencyHeader) headers[adapter.idempotencyHeader] = spec.idempotencyKey;

    try {
      const response = await ky(url, {
        method: spec.method,
        body,
        headers,
        signal,
        timeout,
        throwHttpErrors: false,
        // Never follow a redirect: fetch strips Authorization on a cross-origin redirect but not custom
        // credential headers (V-Api-Key, X-Token, requestToken), which would then reach another host.
        redirect: 'manual',
        fetch: (input, init) => (settings.fetch ?? globalThis.fetch)(input, init),
        retry: {
          limit: maxRetries,
          methods: ALL_METHODS,
          // Responses are classified by the provider in `afterResponse`; ky only decides for thrown errors.
          statusCodes: [],
          afterStatusCodes: [],
          delay: (retry) => backoffDelay(retry, settings),
          shouldRetry: ({ error, retryCount: retry }) => {
            if (signal?.aborted || isClienteleError(error) || (error as Error).name === 'AbortError') return false;
            const retryClass: RetryClass = isUnprocessedNetworkError(error) ? 'unprocessed' : 'if-idempotent';
            const allowed = mayRetry(retryClass, repeatSafe);
            logger.info(allowed ? 'retrying after a network failure' : 'not retrying: the request may have been processed and is not safe to repeat', {
              provider, operation: spec.operation, attempt: retry, failure: (error as Error).name, retryClass,
            });
            return allowed;
          },
        },
        hooks: {
          beforeRequest: [
            async (kyRequest, _options, state) => {
              attempts = state.retryCount + 1;
              attempt = {
                operation: spec.operation, method: spec.method, url, pathAndQuery, body,
                attempt: state.retryCount, idempotencyKey: spec.idempotencyKey, headers: kyRequest.headers, context: spec.context ?? {},
              };
              const signed = adapter.authenticate ? await adapter.authenticate(attempt) : {};
              for (const [name, value] of Object.entries(signed)) kyRequest.headers.set(name, value);
              if (logger.enabled('debug')) {
                logger.debug('request', {
                  provider, operation: spec.operation, method: spec.method, url: logUrl(url, spec.querySchema), attempt: attempts,
                  headers: redactHeaders(kyRequest.headers, adapter.sensitiveHeaders),
                  body: spec.form ? '[multipart]' : redact(spec.body, spec.bodySchema),
                });
              }
            },
          ],
          afterResponse: [
            async (_kyRequest, _options, response, state) => {
              const text = await response.text();
              const interpretation = isRedirect(response)
                ? redirectFailure(provider, spec.operation, response.status)
                : await interpretSafely(adapter, { attempt: attempt!, status: response.status, headers: response.headers, text }, spec.operation);
              outcome = { interpretation, status: response.status, headers: response.headers, text };
              logger.debug('response', { provider, operation: spec.operation, status: response.status, attempt: attempts, ok: interpretation.ok, requestId: findRequestId(interpretation, response.headers, requestIdHeaders) });
              if (interpretation.ok || state.retryCount >= maxRetries || signal?.aborted) return;
              const retryClass = interpretation.retry ?? retryClassForStatus(response.status);
              const failureKey = String(interpretation.error.code ?? interpretation.error.kind);
              const used = retriesByFailure.get(failureKey) ?? 0;
              if (!mayRetry(retryClass, repeatSafe) || (interpretation.maxRetries !== undefined && used >= interpretation.maxRetries)) return;
              retriesByFailure.set(failureKey, used + 1);
              const requested = interpretation.retryAfter ?? serverRetryDelay(response.headers);
              const delay = requested === undefined ? backoffDelay(state.retryCount + 1, settings) : Math.min(requested, settings.maxRetryDelay);
              logger.info('retrying', { provider, operation: spec.operation, attempt: attempts, kind: interpretation.error.kind, code: interpretation.error.code, delayMs: Math.round(delay), serverRequested: requested !== undefined });
              return ky.retry({ delay, code: failureKey });
            },
          ],
        },
      });
      // The body was read from the clone handed to afterResponse; release the original stream.
      void response.body?.cancel().catch(() => undefined);
    } catch (error) {
      // Failures are logged at info: the caller receives the error itself, and a warn line for every
      // failed call would duplicate it in the user's logs.
      const failure = toTransportError(error, { provider, operation: spec.operation, timeout, attempts, aborted: signal?.aborted === true });
      logger.info('request failed', { provider, operation: spec.operation, kind: failure.kind, attempts, retryable: failure.retryable });
      throw failure;
    }

    if (!outcome) throw new ClienteleError({ kind: 'network', provider, message: `${provider} ${spec.operation}: no response was received.`, attempts });
    const { interpretation, status, headers: responseHeaders, text } = outcome;
    const requestId = findRequestId(interpretation, responseHeaders, requestIdHeaders);
    if (!interpretation.ok) {
      const { error } = interpretation;
      error.attempts = attempts;
      if (error.requestId === undefined && requestId !== undefined) {
        Object.defineProperty(error, 'requestId', { value: requestId, enumerable: true, configurable: true });
      }
      scrubError(error, scrub);
      logger.info('request failed', { provider, operation: spec.operation, kind: error.kind, code: error.code, status, requestId: error.requestId ?? requestId, attempts });
      throw error;
    }
    const raw: RawResponse = { status, headers: responseHeaders, requestId, attempts, url, text: () => text };
    return { data: interpretation.data, response: raw };
  }

  return { provider: adapter.provider, baseUrl: settings.baseUrl, request };
}

/** A redirect answer: a 3xx, or the opaque response a browser gives for one under `redirect: 'manual'`. */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

function redirectFailure(provider: string, operation: string, status: number): Interpretation {
  return {
    ok: false,
    retry: 'never',
    error: new ClienteleError({
      kind: 'invalid_response',
      provider,
      status: status || undefined,
      message: `${provider} ${operation}: the provider answered with a redirect. The SDK never follows redirects, so credentials cannot reach another host; check \`baseUrl\` (scheme, host and path prefix).`,
    }),
  };
}

/** Last line of defence: a provider that echoes a credential in its message must not leak it into the error. */
function scrubError(error: ClienteleError, scrub: (text: string) => string): void {
  const message = scrub(error.message);
  if (message !== error.message) Object.defineProperty(error, 'message', { value: message, writable: true, configurable: true });
  if (error.providerMessage !== undefined) {
    Object.defineProperty(error, 'providerMessage', { value: scrub(error.providerMessage), enumerable: true, configurable: true });
  }
  if (error.stack) Object.defineProperty(error, 'stack', { value: scrub(error.stack), writable: true, configurable: true });
}

async function interpretSafely(adapter: ProviderAdapter, context: Parameters<ProviderAdapter['interpret']>[0], operation: string): Promise<Interpretation> {
  try {
    return await adapter.interpret(context);
  } catch (error) {
    if (isClienteleError(error)) return { ok: false, error, retry: 'never' };
    return {
      ok: false,
      retry: 'never',
      error: new ClienteleError({ kind: 'invalid_response', provider: adapter.provider, status: context.status, message: `${adapter.provider} ${operation}: the response could not be read.`, cause: error }),
    };
  }
}

function findRequestId(interpretation: Interpretation, headers: Headers, names: readonly string[]): string | undefined {
  if (interpretation.ok && interpretation.requestId) return interpretation.requestId;
  if (!interpretation.ok && interpretation.error.requestId) return interpretation.error.requestId;
  for (const name of names) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

function abortedError(provider: string, operation: string, attempts: number): ClienteleError {
  return new ClienteleError({ kind: 'aborted', provider, attempts, message: `${provider} ${operation} was aborted by its AbortSignal. Aborted calls are never retried.` });
}

function toTransportError(error: unknown, context: { provider: string; operation: string; timeout: number; attempts: number; aborted: boolean }): ClienteleError {
  const { provider, operation, attempts } = context;
  if (isClienteleError(error)) {
    error.attempts ??= attempts;
    return error;
  }
  if (context.aborted || (error as Error)?.name === 'AbortError') return abortedError(provider, operation, attempts);
  if ((error as Error)?.name === 'TimeoutError') {
    return new ClienteleError({
      kind: 'timeout', provider, attempts, retryable: true, cause: error,
      message: `${provider} ${operation}: no response within ${context.timeout} ms (${attempts} attempt${attempts === 1 ? '' : 's'}). Raise the \`timeout\` option or check the provider's status; a create that timed out may still have been processed.`,
    });
  }
  const unprocessed = isUnprocessedNetworkError(error);
  return new ClienteleError({
    kind: 'network', provider, attempts, retryable: true, cause: error,
    message: `${provider} ${operation}: the request failed before a response arrived (${attempts} attempt${attempts === 1 ? '' : 's'}). ${unprocessed ? 'The provider was not reached.' : 'The provider may or may not have processed it.'} Check connectivity and \`baseUrl\`.`,
  });
}

function positiveNumber(value: number | undefined, fallback: number, name: string, provider: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ClienteleError({ kind: 'configuration', provider, message: `\`${name}\` must be a positive number of milliseconds.` });
  }
  return value;
}

function retryCount(value: number | undefined, fallback: number, provider: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    throw new ClienteleError({ kind: 'configuration', provider, message: '`maxRetries` must be a whole number from 0 to 10.' });
  }
  return value;
}

function resolveOptions(provider: string, options: ClientOptions & { baseUrl: string }) {
  let baseUrl: URL;
  try {
    baseUrl = new URL(options.baseUrl);
  } catch {
    throw new ClienteleError({ kind: 'configuration', provider, message: `\`baseUrl\` must be an absolute URL such as https://api.example.com (got an unparseable value).` });
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
