import type { ErrorKind } from './error-kinds.js';

const MARKER = Symbol.for('clientele.error');
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Fields every {@link ClienteleError} may carry. None of them may hold a secret or a sensitive value. */
export interface ClienteleErrorOptions {
  kind: ErrorKind;
  message: string;
  /** Provider id, e.g. `'sgate'`; absent for errors raised before a provider is involved. */
  provider?: string | undefined;
  /** HTTP status of the response that caused the error, if there was one. */
  status?: number | undefined;
  /** The provider's own error code (SGATE `1302`, Paybase `invalid_state`, …). */
  code?: string | number | undefined;
  /** The provider's own message, scrubbed of known secrets. */
  providerMessage?: string | undefined;
  /** The provider's request id: quote it to their support. */
  requestId?: string | undefined;
  /** Whether repeating the same request later may succeed. */
  retryable?: boolean | undefined;
  /** How many attempts were made before giving up (1 = no retry). */
  attempts?: number | undefined;
  /** The underlying error; stored sanitized (name, message, code only). */
  cause?: unknown;
}

/** A cause reduced to what is safe to log: request objects, headers and bodies are dropped. */
export interface SanitizedCause {
  /** The cause's `name` (`TypeError`, `HTTPError`, …). */
  name: string;
  /** The cause's `message`. */
  message: string;
  /** The cause's `code` (or its own cause's), e.g. `'ECONNRESET'`. */
  code?: string | number;
}

/**
 * The base of every error the SDK throws. Discriminate with `kind`; detect with
 * {@link ClienteleError.isInstance}, which works across two installed copies of the package.
 *
 * Never carries keys, tokens, signatures, request bodies or sensitive field values: `toJSON()` and
 * `util.inspect` show only the fields below.
 */
export class ClienteleError extends Error {
  override readonly name: string = 'ClienteleError';
  /** What went wrong, one of the kinds listed in `ERROR_KINDS`: switch on it. */
  readonly kind: ErrorKind;
  /** Provider id, e.g. `'sgate'`; `undefined` for errors raised before a provider is involved. */
  readonly provider: string | undefined;
  /** HTTP status code of the response that caused the error, if there was one. */
  readonly status: number | undefined;
  /** The provider's own error code (SGATE `1302`, Paybase `4060`, …), if it sent one. */
  readonly code: string | number | undefined;
  /** The provider's own message, scrubbed of the client's secrets and cut to a few hundred characters. */
  readonly providerMessage: string | undefined;
  /** The provider's request id: quote it to their support. */
  readonly requestId: string | undefined;
  /** Whether repeating the same request later may succeed. @default false */
  readonly retryable: boolean;
  /** Attempts made before giving up (1 = no retry); `undefined` when no request was sent. */
  attempts: number | undefined;
  /** The underlying error reduced to name, message and code: never a request, headers or a body. */
  declare readonly cause: SanitizedCause | undefined;

  constructor(options: ClienteleErrorOptions) {
    super(options.message);
    this.kind = options.kind;
    this.provider = options.provider;
    this.status = options.status;
    this.code = options.code;
    this.providerMessage = options.providerMessage;
    this.requestId = options.requestId;
    this.retryable = options.retryable ?? false;
    this.attempts = options.attempts;
    Object.defineProperty(this, 'cause', { value: sanitizeCause(options.cause), enumerable: false, writable: false });
    Object.defineProperty(this, MARKER, { value: true, enumerable: false });
  }

  /** True for any Clientele error, even one thrown by another copy of `@clientele/core`. */
  static isInstance(value: unknown): value is ClienteleError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }

  /** A plain, secret-free view for logs and APIs. */
  toJSON(): Record<string, unknown> {
    const view: Record<string, unknown> = { name: this.name, kind: this.kind, message: this.message };
    for (const key of ['provider', 'status', 'code', 'providerMessage', 'requestId', 'retryable', 'attempts'] as const) {
      if (this[key] !== undefined) view[key] = this[key];
    }
    Object.assign(view, this.details());
    if (this.cause) view.cause = this.cause;
    return view;
  }

  /** Subclasses add their own safe fields here. */
  protected details(): Record<string, unknown> {
    return {};
  }

  /** What `util.inspect` and `console.log` show in Node: the stack and the secret-free {@link toJSON} view. */
  [INSPECT](): string {
    return `${this.stack ?? `${this.name}: ${this.message}`}\n${JSON.stringify(this.toJSON(), null, 2)}`;
  }
}

/** True when `value` is a Clientele error, optionally of the given kind. */
export function isClienteleError<K extends ErrorKind>(value: unknown, kind?: K): value is ClienteleError & { kind: K } {
  return ClienteleError.isInstance(value) && (kind === undefined || value.kind === kind);
}

/** Keeps only name, message and code of a cause: a ky `HTTPError` holds the request, and its headers hold keys. */
export function sanitizeCause(cause: unknown): SanitizedCause | undefined {
  if (cause === undefined || cause === null) return undefined;
  if (ClienteleError.isInstance(cause)) return { name: cause.name, message: cause.message, code: cause.kind };
  if (cause instanceof Error || (typeof cause === 'object' && 'message' in cause)) {
    const error = cause as Error & { code?: unknown; cause?: { code?: unknown } };
    const code = error.code ?? error.cause?.code;
    const sanitized: SanitizedCause = { name: String(error.name ?? 'Error'), message: String(error.message ?? '') };
    if (typeof code === 'string' || typeof code === 'number') sanitized.code = code;
    return sanitized;
  }
  return { name: 'NonError', message: typeof cause === 'string' ? cause : typeof cause };
}
