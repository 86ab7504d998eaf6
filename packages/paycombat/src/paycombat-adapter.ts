import { ClienteleError, createSecretScrubber, readJson, type AttemptContext, type Interpretation, type ProviderAdapter, type ResponseContext } from '@clientele/core';
import { unwrapEnvelope } from './paycombat-envelope.js';
import { paycombatFailure } from './paycombat-errors.js';
import type { PaycombatEmptyBody } from './paycombat-options.js';
import { serializeBody, signBody } from './paycombat-signer.js';
import { PAYCOMBAT_VERSION } from './paycombat-version.js';

/**
 * Passed as the body of a request that has nothing to send (Enable, Disable, a signed DELETE). It is serialized
 * as the client's `emptyBody` string, and that string is what gets signed.
 */
export const EMPTY_BODY: Readonly<Record<string, never>> = Object.freeze({});

/** What the adapter needs; the secrets stay in this closure. */
export interface PaycombatAdapterOptions {
  token: string;
  signatureKey: string;
  emptyBody: PaycombatEmptyBody;
}

/** Methods whose body Paycombat requires to be signed (spec §4.1). A DELETE is signed when it carries a body. */
function needsSignature(attempt: AttemptContext): boolean {
  if (attempt.method === 'POST' || attempt.method === 'PATCH') return true;
  return attempt.method !== 'GET' && typeof attempt.body === 'string';
}

function tryParse(text: string): unknown {
  try {
    return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * The Paycombat adapter: `X-token` on every request, `signature` over the exact body string sent on POST and
 * PATCH; responses unwrapped from any of the envelopes of spec §5, failures mapped by `paycombat-errors.ts`.
 */
export function createPaycombatAdapter(options: PaycombatAdapterOptions): ProviderAdapter {
  const { token, signatureKey, emptyBody } = options;
  const scrub = createSecretScrubber([token, signatureKey]);
  return {
    provider: 'paycombat',
    userAgent: `clientele-paycombat/${PAYCOMBAT_VERSION}`,
    secrets: [token, signatureKey],
    requestIdHeaders: ['x-request-id', 'request-id'],
    sensitiveHeaders: ['x-token', 'signature'],
    serialize: (body) => (body === EMPTY_BODY ? emptyBody : serializeBody(body)),
    async authenticate(attempt) {
      const headers: Record<string, string> = { 'X-token': token };
      if (needsSignature(attempt)) headers.signature = await signBody(signatureKey, typeof attempt.body === 'string' ? attempt.body : '');
      return headers;
    },
    interpret(response: ResponseContext): Interpretation {
      const headerRequestId = response.headers.get('x-request-id') ?? response.headers.get('request-id') ?? undefined;
      if (response.status >= 400) {
        const body = tryParse(response.text);
        return paycombatFailure(response, body === undefined ? undefined : unwrapEnvelope(body), { scrub, requestId: headerRequestId });
      }
      let body: unknown;
      try {
        body = readJson(response, 'paycombat');
      } catch (error) {
        return unreadable(response, error);
      }
      const unwrapped = unwrapEnvelope(body);
      if (unwrapped.failed) return paycombatFailure(response, unwrapped, { scrub, requestId: headerRequestId });
      return { ok: true, data: unwrapped.data, requestId: unwrapped.meta.requestId ?? headerRequestId };
    },
  };
}

/** A 2xx whose body is not JSON (cut off, or an HTML error page): a GET may be repeated, a change is not. */
function unreadable(response: ResponseContext, error: unknown): Interpretation {
  const change = response.attempt.method !== 'GET';
  return {
    ok: false,
    retry: 'if-idempotent',
    error: new ClienteleError({
      kind: 'invalid_response',
      provider: 'paycombat',
      status: response.status,
      retryable: !change,
      cause: error,
      message: `paycombat ${response.attempt.operation}: the response body is not valid JSON (HTTP ${response.status}, ${response.text.length} characters); it may have been cut off in transit.${
        change ? ' The change may have been applied: retrieve the customer (or list by organization_reference_id) before repeating it.' : ''
      }`,
    }),
  };
}
