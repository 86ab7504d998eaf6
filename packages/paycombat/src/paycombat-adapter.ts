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
    serialize: (body) => (body === EMPTY_BODY ? emptyBody : serializeBody(body)),
    async authenticate(attempt) {
      const headers: Record<string, string> = { 'X-token': token };
      if (needsSignature(attempt)) headers.signature = await signBody(signatureKey, typeof attempt.body === 'string' ? attempt.body : '');
      return headers;
    },
    interpret(response: ResponseContext): Interpretation {
      const unwrapped = unwrapEnvelope(readBody(response));
      if (response.status >= 400 || unwrapped.failed) {
        // The header request id is quoted in the message; the transport fills `error.requestId` from it as well.
        const headerRequestId = response.headers.get('x-request-id') ?? response.headers.get('request-id') ?? undefined;
        return paycombatFailure(response, unwrapped, { scrub, requestId: headerRequestId });
      }
      // No header fallback here: the transport reads `x-request-id`/`request-id` when the envelope has none.
      return { ok: true, data: unwrapped.data, requestId: unwrapped.meta.requestId };
    },
  };
}

/**
 * The parsed body (`undefined` when empty). An error status whose body is not JSON (an HTML gateway page) is
 * classified by its status alone. A 2xx that is not JSON (cut off, or an HTML page) throws core's
 * `invalid_response`, which the transport repeats for a GET; for a change the message adds that it may have been
 * applied.
 */
function readBody(response: ResponseContext): unknown {
  try {
    return readJson(response, 'paycombat');
  } catch (error) {
    if (response.status >= 400) return undefined;
    if (response.attempt.method === 'GET' || !ClienteleError.isInstance(error)) throw error;
    throw new ClienteleError({
      kind: 'invalid_response',
      provider: 'paycombat',
      status: response.status,
      message: `${error.message} The change may have been applied: retrieve the customer (or list by organization_reference_id) before repeating it.`,
    });
  }
}
