import { ClienteleError } from '../errors/clientele-error.js';
import type { ErrorKind } from '../errors/error-kinds.js';
import { errorKindForStatus } from './http-error-kind.js';
import type { Interpretation, ResponseContext } from './request-hooks.js';
import { retryClassForStatus, type RetryClass } from './retry-policy.js';

/** Advice appended to messages by kind, so every error tells the user what to do. */
export const ERROR_ADVICE: Record<ErrorKind, string> = {
  validation: 'Fix the listed fields and send again.',
  configuration: 'Fix the client options.',
  authentication: 'Check the credentials and the environment (sandbox keys do not work in production).',
  permission: 'The credentials are valid but not allowed to do this (IP allowlist, scope or account settings).',
  not_found: 'Check the id, and that it belongs to this account and environment.',
  conflict: 'The resource already exists or the request clashes with an earlier one.',
  rate_limited: 'Slow down; the SDK already retried with backoff.',
  server: 'The provider failed; retry later. Non-idempotent requests were not repeated automatically.',
  network: 'Check connectivity and `baseUrl`.',
  timeout: 'Raise `timeout` or retry later.',
  aborted: 'The call was cancelled by its AbortSignal.',
  signature: 'Check that the provider public key matches the environment; the response was discarded.',
  transition: 'Read the customer again and choose an allowed move.',
  invalid_response: 'Quote the request id to the provider if it persists.',
};

/**
 * An `ok: false` interpretation for an HTTP error status, with the kind and retry class derived from the
 * status unless given. `providerMessage` is the provider's text; it is scrubbed by the caller's secrets.
 */
export function httpFailure(
  response: ResponseContext,
  details: { provider: string; kind?: ErrorKind; code?: string | number; providerMessage?: string; requestId?: string; retry?: RetryClass; scrub?: (text: string) => string },
): Interpretation & { ok: false } {
  const kind = details.kind ?? errorKindForStatus(response.status);
  const scrub = details.scrub ?? ((text: string) => text);
  const providerMessage = details.providerMessage === undefined ? undefined : scrub(details.providerMessage).slice(0, 500);
  const retry = details.retry ?? retryClassForStatus(response.status);
  const said = providerMessage ? `: ${providerMessage}` : '';
  const code = details.code === undefined ? '' : ` [${details.code}]`;
  return {
    ok: false,
    retry,
    error: new ClienteleError({
      kind,
      provider: details.provider,
      status: response.status,
      code: details.code,
      providerMessage,
      requestId: details.requestId,
      retryable: retry !== 'never',
      message: `${details.provider} ${response.attempt.operation} failed (HTTP ${response.status}${code})${said}. ${ERROR_ADVICE[kind]}`,
    }),
  };
}
