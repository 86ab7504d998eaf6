import { ClienteleError, type ClienteleErrorOptions, ERROR_ADVICE, errorKindForStatus, type Interpretation, retryClassForStatus } from '@clientele/core';
import { sgateCodeRule } from './sgate-errors.js';

const PROVIDER = 'sgate';

/**
 * An error SGATE reported with one of its status codes (`code`, spec §6). `verified` tells whether the
 * response carried a valid signature: SGATE answers authentication failures (1200–1202 and similar)
 * with an empty `V-Signature`, so those errors are reported but marked unverified, and never retried.
 */
export class SgateApiError extends ClienteleError {
  override readonly name: string = 'SgateApiError';
  /** True when the response's `V-Signature` verified with the system public key. */
  readonly verified: boolean;

  constructor(options: ClienteleErrorOptions & { verified: boolean }) {
    const { verified, ...rest } = options;
    super(rest);
    this.verified = verified;
  }

  protected override details(): Record<string, unknown> {
    return { verified: this.verified };
  }
}

/** The failed interpretation of an SGATE business code (HTTP 200 with `code` ≠ 200, or a JSON error body). */
export function codeFailure(details: {
  operation: string;
  code: number;
  status: number;
  providerMessage: string | undefined;
  requestId: string | undefined;
  verified: boolean;
}): Interpretation & { ok: false } {
  const { operation, code, status, requestId, verified } = details;
  const rule = sgateCodeRule(code);
  const providerMessage = details.providerMessage?.slice(0, 300);
  const said = providerMessage ? ` (SGATE: "${providerMessage}")` : '';
  const trust = verified ? '' : ' The response was not signed, so it is unverified; nothing in it was used.';
  const error = new SgateApiError({
    kind: rule.kind,
    provider: PROVIDER,
    status,
    code,
    providerMessage,
    requestId,
    verified,
    retryable: rule.retryable,
    message: `sgate ${operation} failed with code ${code} (${rule.meaning})${said}. ${rule.advice ?? ERROR_ADVICE[rule.kind]}${trust}`,
  });
  // An unsigned answer may be forged; it never makes the SDK repeat a request.
  if (!verified) return { ok: false, error, retry: 'never' };
  return rule.maxRetries === undefined ? { ok: false, error, retry: rule.retry } : { ok: false, error, retry: rule.retry, maxRetries: rule.maxRetries };
}

/** A response whose signature is missing or wrong: nothing from it is used. */
export function signatureFailure(operation: string, status: number, reason: 'missing' | 'invalid'): Interpretation & { ok: false } {
  const what =
    reason === 'missing'
      ? 'SGATE sent a successful response without a signature'
      : 'the response signature does not verify with `systemPublicKey`';
  return {
    ok: false,
    retry: 'never',
    error: new SgateApiError({
      kind: 'signature',
      provider: PROVIDER,
      status,
      verified: false,
      message: `sgate ${operation}: ${what}, so the response was discarded. Check that \`systemPublicKey\` is the key SGATE issued for this environment and that no proxy rewrites responses.`,
    }),
  };
}

/**
 * A response that cannot be read: not JSON, cut off, or without the documented envelope. Repeating is
 * allowed only when the request is safe to repeat (the transport decides).
 */
export function unreadableFailure(operation: string, status: number, problem: string): Interpretation & { ok: false } {
  return {
    ok: false,
    retry: 'if-idempotent',
    error: new SgateApiError({
      kind: 'invalid_response',
      provider: PROVIDER,
      status,
      verified: false,
      retryable: true,
      message: `sgate ${operation}: ${problem} (HTTP ${status}). It may have been cut off or replaced in transit; nothing from it was used. ${ERROR_ADVICE.invalid_response}`,
    }),
  };
}

/**
 * HTTP 500/501/503 (or any non-200 without an SGATE envelope): SGATE failed while processing (spec §1.4).
 * Kind and retry class follow core's status rules; a status that is not retried is `invalid_response`.
 */
export function httpStatusFailure(operation: string, status: number, requestId: string | undefined): Interpretation & { ok: false } {
  const retry = retryClassForStatus(status);
  const kind = retry === 'never' ? 'invalid_response' : errorKindForStatus(status);
  return {
    ok: false,
    retry,
    error: new SgateApiError({
      kind,
      provider: PROVIDER,
      status,
      requestId,
      verified: false,
      retryable: retry !== 'never',
      message: `sgate ${operation} failed with HTTP ${status}. ${ERROR_ADVICE[kind]}`,
    }),
  };
}

/**
 * The error for a 1302 (duplicate `mercustomid`) whose answer was not signed. Nothing in an unverified answer
 * can be trusted, so the SDK neither reconciles it nor claims the customer has different data: it says the
 * customer may exist (created by an earlier attempt of this call when `attempts > 1`) and how to check.
 * Keeps the fields of `error` (kind `conflict`, code 1302, `verified: false`, `attempts`).
 */
export function unverifiedDuplicateFailure(error: SgateApiError): SgateApiError {
  const retried = (error.attempts ?? 1) > 1;
  const cause = retried
    ? 'An earlier attempt of this call may have created the customer (the connection may have failed after SGATE processed it).'
    : 'A customer with this mercustomid may already exist.';
  return new SgateApiError({
    kind: error.kind,
    provider: PROVIDER,
    status: error.status,
    code: error.code,
    providerMessage: error.providerMessage,
    requestId: error.requestId,
    verified: false,
    retryable: error.retryable,
    attempts: error.attempts,
    message:
      `sgate customers.create: SGATE answered 1302 (duplicate mercustomid), but the answer was not signed, so it could not be verified and nothing in it was used. ` +
      `${cause} Retrieve it by mercustomid (customers.retrieve({ mercustomid })) before creating it again.`,
  });
}
