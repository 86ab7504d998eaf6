import type { ClienteleError } from '../errors/clientele-error.js';
import type { SecretSource } from '../redaction/scrub-secrets.js';
import type { RetryClass } from './retry-policy.js';

/** HTTP methods the transport sends. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One attempt of one request, as a provider's signer sees it. Built afresh for every attempt. */
export interface AttemptContext {
  /** e.g. `'customers.create'`. */
  operation: string;
  /** HTTP method, upper case. */
  method: HttpMethod;
  /** The full URL, exactly as sent (query included). */
  url: string;
  /** The path and query part of `url`, exactly as sent (`/openApi/v1/payee/custom/list?a=1`). */
  pathAndQuery: string;
  /** The serialized body exactly as sent: a string for JSON, `undefined` when there is none. */
  body: string | FormData | undefined;
  /** 0 for the first attempt, 1 for the first retry, … */
  attempt: number;
  /** The idempotency key of this call, if it has one (the same on every attempt). */
  idempotencyKey: string | undefined;
  /** Headers of this attempt so far (after client and call headers). The signer may read them. */
  headers: Headers;
  /** Provider-specific settings of this call, from `RequestSpec.context` (`{}` when none). */
  context: Readonly<Record<string, unknown>>;
}

/** A response handed to a provider for interpretation. The body was read once, as text. */
export interface ResponseContext {
  /** The attempt this response answers. */
  attempt: AttemptContext;
  /** HTTP status code. */
  status: number;
  /** Response headers. */
  headers: Headers;
  /** The raw body text, exactly as received (signatures are verified over it). */
  text: string;
}

/** What a provider made of a response. */
export type Interpretation =
  | { ok: true; data: unknown; requestId?: string | undefined }
  | {
      ok: false;
      error: ClienteleError;
      /** Whether this failure may be repeated. @default derived from the HTTP status */
      retry?: RetryClass | undefined;
      /** A wait the provider asked for, in milliseconds (already parsed). */
      retryAfter?: number | undefined;
      /** The most times this particular failure may be retried within one call (e.g. SGATE 1204 once). */
      maxRetries?: number | undefined;
    };

/**
 * What a provider plugs into the one request path. Nothing else about HTTP, retries, logging or
 * redaction is written in a provider.
 */
export interface ProviderAdapter {
  /** Provider id used in errors and logs (`'sgate'`). */
  provider: string;
  /** The SDK package's name/version for the User-Agent, e.g. `'clientele-sgate/0.1.0'`. */
  userAgent: string;
  /**
   * Credentials and keys to scrub from any message that could reach a log or an error. A function is read
   * on every scrub, so tokens obtained or rotated later (OAuth) are covered too.
   */
  secrets: SecretSource;
  /**
   * Redacts a request URL before it is logged, beyond the default (values of sensitive-named parameters),
   * e.g. filter values that carry personal data. Receives the URL after the default redaction.
   */
  redactUrl?(url: string): string;
  /** Response headers that carry the request id, first match wins. @default ['x-request-id', 'request-id'] */
  requestIdHeaders?: readonly string[];
  /** Header that carries an idempotency key, for providers that support one. */
  idempotencyHeader?: string;
  /** Headers redacted in logs beyond the defaults (auth headers are always redacted). */
  sensitiveHeaders?: readonly string[];
  /** Serializes a JSON body once; the same string is signed and sent. @default JSON.stringify */
  serialize?(body: unknown): string;
  /**
   * Adds credentials and signature headers to one attempt. Runs on **every** attempt, so timestamps and
   * nonces are fresh on each retry.
   */
  authenticate?(attempt: AttemptContext): Promise<Record<string, string>> | Record<string, string>;
  /**
   * Reads one response: verifies its signature (before anything else), unwraps the envelope, maps
   * errors to kinds and retry classes, decrypts. Must not throw for provider errors: return `ok: false`.
   */
  interpret(response: ResponseContext): Promise<Interpretation> | Interpretation;
}
