import { ClienteleError, parseResponse, type RsaPrivateKey, type RsaPublicKey, timingSafeEqual, utf8Decode } from '@clientele/core';
import type { RsaEngine } from './rsa/rsa-engine.js';
import { decryptText } from './sgate-field-crypto.js';
import { encryptedPaths, transformPaths } from './sgate-sensitive-walk.js';
import { type SignedHeadersProblem, verifySignedHeaders } from './sgate-signer.js';
import { customerSchema, type SgateCustomer } from './schemas/customer.js';
import { payoutOrderSchema, type SgatePayoutOrder } from './schemas/payout.js';

/** A verified, decrypted SGATE callback (spec §8.2). */
export type SgateCallbackEvent =
  | { event: 'CUSTOM_STATUS_CHANGE'; data: SgateCustomer; time: number }
  | { event: 'SALARY_STATUS_CHANGE'; data: SgatePayoutOrder; time: number }
  /** An event this SDK version does not know: SGATE's name is in `name`; `data` is passed through without decryption. */
  | { event: 'UNKNOWN'; name: string; data: unknown; time: number };

/** Input of `client.webhooks.verify`. */
export interface VerifyCallbackInput {
  /**
   * The request body exactly as received, as text or bytes. Parsed-and-restringified JSON will not verify:
   * with Express use `express.raw({ type: 'application/json' })`; with fetch-style handlers `await request.text()`.
   */
  rawBody: string | Uint8Array;
  /** The request headers (any case): `Headers`, or a plain object as Node's `req.headers`. */
  headers: Headers | Record<string, string | readonly string[] | undefined>;
  /**
   * The path (and query, if any) of the callback URL as registered with SGATE, e.g. `/sgate/callback`.
   * Given explicitly because proxies may rewrite the path the request arrives on.
   */
  callbackPath: string;
  /** Largest accepted distance between `V-Timestamp` and now, in seconds; `Infinity` turns the check off. @default 300 */
  toleranceSeconds?: number;
  /** The current time in milliseconds (for tests). @default Date.now() */
  now?: number;
}

/** `client.webhooks`: SGATE's callback notifications (spec §8). */
export interface WebhooksResource {
  /**
   * Verifies a callback and returns its event with sensitive fields decrypted. Checks, in this order,
   * that `V-Api-Key` is yours, that `V-Timestamp` is within `toleranceSeconds`, and that `V-Signature`
   * verifies with the system public key over the raw body; only then is anything parsed or decrypted.
   *
   * @throws ClienteleError kind `'signature'` for a forged, altered, stale or foreign callback (answer
   *   HTTP 400 and do not process it); kind `'invalid_response'` for a verified but unreadable body.
   */
  verify(input: VerifyCallbackInput): SgateCallbackEvent;
  /**
   * A key that identifies one delivery of one state: `event:id:status:updated_at`. SGATE delivers at
   * least once (up to 5 times) and in any order, so store the keys you processed and skip repeats, and
   * ignore events whose `updated_at` is older than the one you hold.
   */
  dedupeKey(event: SgateCallbackEvent): string;
}

function header(headers: VerifyCallbackInput['headers'], name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : (value as string | undefined);
  }
  return undefined;
}

function forged(problem: string): ClienteleError {
  return new ClienteleError({ kind: 'signature', provider: 'sgate', message: `sgate callback rejected: ${problem}. Do not process it; answer HTTP 400.` });
}

/** What a callback whose signed headers fail {@link verifySignedHeaders} is told. */
const CALLBACK_PROBLEMS: Record<SignedHeadersProblem, string> = {
  timestamp: 'V-Timestamp is missing or not a number of seconds',
  missing: 'V-Nonce-Str or V-Signature is missing',
  mismatch: 'V-Signature does not verify with `systemPublicKey` over the raw body and `callbackPath`',
};

/** The raw callback body as text; refuses parsed JSON and bytes that are not UTF-8. */
function rawBodyText(rawBody: unknown): string {
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) throw forged('`rawBody` must be the raw body as a string or bytes, not parsed JSON');
  try {
    return typeof rawBody === 'string' ? rawBody : utf8Decode(rawBody);
  } catch {
    throw forged('the body is not UTF-8 text');
  }
}

const customerPaths = encryptedPaths(customerSchema);
const payoutPaths = customerPaths.map((path) => ['custominfo', ...path]);

/** Builds `client.webhooks` for one merchant. */
export function createWebhooks(context: { apiKey: string; merchantPrivateKey: RsaPrivateKey; systemPublicKey: RsaPublicKey; engine: RsaEngine }): WebhooksResource {
  const { apiKey, merchantPrivateKey, systemPublicKey, engine } = context;

  function verifyCallback(input: VerifyCallbackInput): SgateCallbackEvent {
    const { callbackPath, toleranceSeconds = 300 } = input;
    if (typeof callbackPath !== 'string' || !callbackPath.startsWith('/')) {
      throw new ClienteleError({ kind: 'configuration', provider: 'sgate', message: '`callbackPath` must be the path of your callback URL as registered with SGATE, starting with "/".' });
    }
    if (!input.headers || typeof input.headers !== 'object') throw forged('no headers were given');
    const key = header(input.headers, 'v-api-key');
    if (key === undefined || !timingSafeEqual(key, apiKey)) throw forged('V-Api-Key is missing or not your API key');
    const body = rawBodyText(input.rawBody);
    const now = Math.floor((input.now ?? Date.now()) / 1000);
    const check = verifySignedHeaders(
      engine,
      systemPublicKey,
      { timestamp: header(input.headers, 'v-timestamp'), nonce: header(input.headers, 'v-nonce-str'), signature: header(input.headers, 'v-signature') },
      { apiKey, url: callbackPath, method: 'POST', body },
      (timestamp) => {
        if (Math.abs(now - timestamp) > toleranceSeconds) throw forged(`V-Timestamp is more than ${toleranceSeconds} s away from now (a replay, or a wrong clock)`);
      },
    );
    if (!check.ok) throw forged(CALLBACK_PROBLEMS[check.problem]);
    return readEvent(body);
  }

  function readEvent(body: string): SgateCallbackEvent {
    const unreadable = (problem: string) =>
      new ClienteleError({ kind: 'invalid_response', provider: 'sgate', message: `sgate callback: ${problem}, although its signature verified. Quote the delivery time to SGATE.` });
    let parsed: { event?: unknown; data?: unknown; time?: unknown };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      throw unreadable('the body is not JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.event !== 'string') throw unreadable('the body has no event name');
    const time = typeof parsed.time === 'number' ? parsed.time : 0;
    const decrypt = (paths: readonly (readonly (string | number)[])[]) => transformPaths(parsed.data, paths, (value) => decryptText(engine, merchantPrivateKey, value));
    const context = { operation: `sgate callback ${parsed.event}`, provider: 'sgate' };
    switch (parsed.event) {
      case 'CUSTOM_STATUS_CHANGE':
        return { event: parsed.event, data: parseResponse(customerSchema, decrypt(customerPaths), context), time };
      case 'SALARY_STATUS_CHANGE':
        return { event: parsed.event, data: parseResponse(payoutOrderSchema, decrypt(payoutPaths), context), time };
      default:
        return { event: 'UNKNOWN', name: parsed.event, data: parsed.data, time };
    }
  }

  return {
    verify: verifyCallback,
    dedupeKey(event) {
      const data = (event.data ?? {}) as { customid?: unknown; ticketid?: unknown; status?: unknown; updated_at?: unknown };
      const id = event.event === 'SALARY_STATUS_CHANGE' ? data.ticketid : data.customid;
      return `${event.event === 'UNKNOWN' ? event.name : event.event}:${String(id ?? '')}:${String(data.status ?? '')}:${String(data.updated_at ?? event.time)}`;
    },
  };
}
