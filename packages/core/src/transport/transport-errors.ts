import { ClienteleError, isClienteleError } from '../errors/clientele-error.js';
import type { Interpretation } from './request-hooks.js';
import { isUnprocessedNetworkError } from './retry-policy.js';

// The errors the transport itself raises (as opposed to the ones a provider's adapter maps).

/** A redirect answer: a 3xx, or the opaque response a browser gives for one under `redirect: 'manual'`. */
export function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/** The interpretation of a redirect: never followed, never retried. */
export function redirectFailure(provider: string, operation: string, status: number): Interpretation {
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
export function scrubError(error: ClienteleError, scrub: (text: string) => string): void {
  const message = scrub(error.message);
  if (message !== error.message) Object.defineProperty(error, 'message', { value: message, writable: true, configurable: true });
  if (error.providerMessage !== undefined) {
    Object.defineProperty(error, 'providerMessage', { value: scrub(error.providerMessage), enumerable: true, configurable: true });
  }
  if (error.stack) Object.defineProperty(error, 'stack', { value: scrub(error.stack), writable: true, configurable: true });
}

/** The error of a call cancelled by its AbortSignal (never retried). */
export function abortedError(provider: string, operation: string, attempts: number): ClienteleError {
  return new ClienteleError({ kind: 'aborted', provider, attempts, message: `${provider} ${operation} was aborted by its AbortSignal. Aborted calls are never retried.` });
}

/** Turns what ky threw (timeout, abort, network failure) into a ClienteleError without the request on it. */
export function toTransportError(error: unknown, context: { provider: string; operation: string; timeout: number; attempts: number; aborted: boolean }): ClienteleError {
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
