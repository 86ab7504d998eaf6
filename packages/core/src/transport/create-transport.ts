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
import type { ClientOptions, RequestOptions } from './client-options.js';
import { joinUrl } from './join-url.js';
import { positiveNumber, resolveClientOptions, retryCount } from './resolve-client-options.js';
import { abortedError, isRedirect, redirectFailure, scrubError, toTransportError } from './transport-errors.js';
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
  const settings = resolveClientOptions(adapter.provider, options);
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

async function interpretSafely(adapter: ProviderAdapter, context: Parameters<ProviderAdapter['interpret']>[0], operation: string): Promise<Interpretation> {
  try {
    return await adapter.interpret(context);
  } catch (error) {
    // A success status whose body cannot be read was cut off or garbled in transit: repeatable when the
    // request is (architecture.md, "Retries"). Anything else an adapter throws is final.
    const unreadableSuccess = isClienteleError(error) && error.kind === 'invalid_response' && context.status >= 200 && context.status < 300;
    if (isClienteleError(error)) return { ok: false, error, retry: unreadableSuccess ? 'if-idempotent' : 'never' };
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
