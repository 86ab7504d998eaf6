import { ClienteleError, createSecretScrubber, readJson, type AttemptContext, type Interpretation, type ProviderAdapter, type ResponseContext } from '@clientele/core';
import type { TokenManager } from './payabli-auth.js';
import { payabliFailure } from './payabli-errors.js';
import type { PayabliCredentials } from './payabli-options.js';
import { scrubberFor } from './payabli-scrub.js';
import { redactFilterValues } from './redact-filter-values.js';
import { canonicalEnvelope, readErrorBody } from './schemas/envelopes.js';

/** User-Agent product token of this package. */
export const PAYABLI_USER_AGENT = 'clientele-payabli/0.1.0';

/** Payabli's idempotency header (spec §8), sent on every attempt of a create. */
const IDEMPOTENCY_HEADER = 'idempotencyKey';

/**
 * The Payabli adapter: sends exactly one credential per attempt (`requestToken`, or `Authorization: Bearer`
 * with OAuth), and reads responses: envelopes in any key casing, `isSuccess: false` on HTTP 200 as an error,
 * status and `responseCode` tables, a 401 under OAuth refreshing the token and retrying once.
 */
export function createPayabliAdapter(credentials: PayabliCredentials, tokens: TokenManager | undefined): ProviderAdapter {
  const staticSecrets = credentials.type === 'apiKey' ? [credentials.apiKey] : [credentials.clientSecret, credentials.clientId];
  const tokenOfAttempt = new WeakMap<AttemptContext, string>();
  /**
   * The scrubber for a message about one attempt: the static secrets, the token that attempt was signed with
   * (it may have been refreshed or invalidated since) and the token cached now.
   */
  const scrubberOf = (attempt: AttemptContext) => scrubberFor(attempt, createSecretScrubber([...staticSecrets, tokenOfAttempt.get(attempt), tokens?.current()]));

  return {
    provider: 'payabli',
    userAgent: PAYABLI_USER_AGENT,
    // Read on every scrub, so core's log and error scrubbing also covers the bearer token cached at that moment.
    secrets: () => [...staticSecrets, tokens?.current()],
    redactUrl: redactFilterValues,
    idempotencyHeader: IDEMPOTENCY_HEADER,
    requestIdHeaders: ['x-request-id', 'request-id', 'x-correlation-id'],
    sensitiveHeaders: ['requestToken', 'authorization'],

    async authenticate(attempt): Promise<Record<string, string>> {
      if (credentials.type === 'apiKey') {
        attempt.headers.delete('authorization');
        return { requestToken: credentials.apiKey };
      }
      const token = await tokens!.token();
      tokenOfAttempt.set(attempt, token);
      attempt.headers.delete('requesttoken');
      return { authorization: `Bearer ${token}` };
    },

    interpret(response: ResponseContext): Interpretation {
      const { status } = response;
      // An unreadable success body throws `invalid_response`, which the transport repeats only when the request may be.
      const body = status < 300 ? readJson(response, 'payabli') : readErrorJson(response);
      if (status >= 300) {
        const failure = payabliFailure(response, readErrorBody(body), scrubberOf(response.attempt));
        const used = tokenOfAttempt.get(response.attempt);
        if (status === 401 && used !== undefined) {
          // Expired or revoked bearer token: forget it and try once more with a fresh one (spec §2.2, §13 #10).
          tokens!.invalidate(used);
          return { ...failure, retry: 'unprocessed', maxRetries: 1 };
        }
        return failure;
      }
      if (body === undefined) {
        return {
          ok: false,
          retry: 'if-idempotent',
          error: new ClienteleError({ kind: 'invalid_response', provider: 'payabli', status, message: `payabli ${response.attempt.operation}: HTTP ${status} with an empty body. It may have been cut off in transit.` }),
        };
      }
      const envelope = canonicalEnvelope(body);
      const declined = envelope !== undefined && (envelope.isSuccess === false || (envelope.isSuccess == null && /^\s*declined\s*$/i.test(String(envelope.responseText ?? ''))));
      if (declined) return payabliFailure(response, readErrorBody(body), scrubberOf(response.attempt));
      return { ok: true, data: body };
    },
  };
}

/** An error body as JSON, or, when it is not JSON, as {@link plainText}. */
function readErrorJson(response: ResponseContext): unknown {
  try {
    return readJson(response, 'payabli');
  } catch {
    return plainText(response.text);
  }
}

/** A short plain-text error body (`Duplicated idempotencyKey: …`) as an error envelope; HTML and long bodies are dropped. */
function plainText(text: string): { responseText?: string } {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 300 && !trimmed.includes('<') ? { responseText: trimmed } : {};
}
