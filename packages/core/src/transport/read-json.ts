import { ClienteleError } from '../errors/clientele-error.js';
import type { ResponseContext } from './request-hooks.js';

/**
 * Parses a response body as JSON. An empty body is `undefined`; malformed or truncated JSON is an
 * `invalid_response` error (the body itself is not quoted: it may hold personal data).
 */
export function readJson(response: ResponseContext, provider: string): unknown {
  if (response.text.trim() === '') return undefined;
  try {
    return JSON.parse(response.text) as unknown;
  } catch {
    // No cause on purpose: JSON.parse's message quotes part of the body, which may hold personal data.
    throw new ClienteleError({
      kind: 'invalid_response',
      provider,
      status: response.status,
      // A cut-off or garbled body may well arrive whole on a repeat (the transport repeats it when safe).
      retryable: true,
      message: `${provider} ${response.attempt.operation}: the response body is not valid JSON (HTTP ${response.status}, ${response.text.length} characters). It may have been cut off in transit.`,
    });
  }
}
