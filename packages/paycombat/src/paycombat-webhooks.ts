import { ClienteleError, hmacSha256Hex, timingSafeEqual, toDate, utf8Decode } from '@clientele/core';
import type { PaycombatWebhookEvent } from './schemas/webhook-events.js';

/** The header Paycombat signs webhooks in (spec §11, U21). */
export const WEBHOOK_SIGNATURE_HEADER = 'X-Signature';

/** Input of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** The raw request body exactly as received: text or bytes. Not a parsed object. */
  body: string | Uint8Array | ArrayBuffer;
  /** The request headers; `X-Signature` is looked up in any case. Or pass `signature`. */
  headers?: Headers | Record<string, string | readonly string[] | undefined> | undefined;
  /** The `X-Signature` header value, when you read it yourself. */
  signature?: string | null | undefined;
  /** The merchant's signature key (the same one that signs requests). */
  signatureKey: string;
  /**
   * Accept deliveries without `X-Signature` (Paycombat documents the header as optional). Such events come back
   * with `verified: false`; protect the endpoint some other way (secret URL, IP allowlist). A delivery that
   * carries a wrong signature is always rejected. @default false
   */
  allowUnsigned?: boolean | undefined;
}

/** An event from {@link verifyWebhook}: `verified` says whether a signature was checked. */
export type VerifiedWebhookEvent = PaycombatWebhookEvent & { verified: boolean };

function webhookError(kind: 'signature' | 'configuration' | 'invalid_response', message: string): ClienteleError {
  return new ClienteleError({ kind, provider: 'paycombat', message });
}

const RAW_BODY_ADVICE =
  'Read the body as text before any JSON parser runs: `await request.text()` in fetch-style handlers (Next.js route handlers, Hono, Workers), `express.raw({ type: "application/json" })` in Express.';

function readSignature(options: VerifyWebhookOptions): string[] {
  if (typeof options.signature === 'string') return [options.signature];
  const { headers } = options;
  if (!headers) return [];
  if (typeof (headers as Headers).get === 'function') {
    const value = (headers as Headers).get(WEBHOOK_SIGNATURE_HEADER);
    return value === null ? [] : value.split(',');
  }
  for (const [name, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (name.toLowerCase() !== 'x-signature' || value === undefined) continue;
    return typeof value === 'string' ? [value] : [...value];
  }
  return [];
}

function rawText(body: VerifyWebhookOptions['body']): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return utf8Decode(body);
  if (body instanceof ArrayBuffer) return utf8Decode(new Uint8Array(body));
  const parsed = typeof body === 'object' && body !== null;
  throw webhookError(
    'signature',
    parsed
      ? `verifyWebhook needs the raw request body, exactly as received, but got a parsed object: a signature cannot be checked on it. ${RAW_BODY_ADVICE}`
      : `verifyWebhook needs the raw request body as a string or bytes (got ${body === null ? 'null' : typeof body}). ${RAW_BODY_ADVICE}`,
  );
}

/** Whether any of `signatures` (trimmed, lowercase hex) is the HMAC of `body`: one HMAC, constant-time compares. */
async function signedBy(signatureKey: string, body: string, signatures: readonly string[]): Promise<boolean> {
  const expected = await hmacSha256Hex(signatureKey, body);
  let match = false;
  for (const signature of signatures) match = timingSafeEqual(expected, signature) || match;
  return match;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw webhookError('invalid_response', `The webhook body is not JSON (${text.length} characters). ${RAW_BODY_ADVICE}`);
  }
}

/**
 * Verifies a Paycombat webhook and returns its typed event (spec §11): the `X-Signature` header must be the hex
 * HMAC-SHA256 of the raw body under your signature key, compared in constant time. As the spec's fallback, a body
 * that was re-formatted in transit is also accepted when the signature matches its compact `JSON.stringify` form.
 *
 * Webhooks carry no timestamp or nonce, so a captured delivery can be replayed: deduplicate on
 * `event.deduplicationKey` and order by `event.occurredAt` (see the docs).
 *
 * @throws ClienteleError of kind `'signature'` for a missing (unless `allowUnsigned`) or wrong signature, or a
 * parsed object instead of the raw body; `'invalid_response'` for a body that is not JSON; `'configuration'` for
 * an empty key. Messages never contain the key, the signature or the body.
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<VerifiedWebhookEvent> {
  const text = rawText(options.body);
  if (typeof options.signatureKey !== 'string' || options.signatureKey === '') {
    throw webhookError('configuration', 'verifyWebhook needs `signatureKey`: the signature key from the Paycombat dashboard.');
  }
  const signatures = readSignature(options).map((value) => value.trim().toLowerCase()).filter((value) => value !== '');
  if (signatures.length === 0) {
    if (options.allowUnsigned === true) return { ...parseWebhook(parseJson(text)), verified: false };
    throw webhookError(
      'signature',
      'The webhook has no X-Signature header, so it cannot be trusted. Pass the request headers (or `signature`). If your Paycombat account sends unsigned webhooks, pass allowUnsigned: true and protect the endpoint another way.',
    );
  }
  // The raw text first: it is what Paycombat signed, and it may hold numbers JSON.parse cannot keep exactly.
  let valid = await signedBy(options.signatureKey, text, signatures);
  const payload = parseJson(text);
  if (!valid) {
    const compact = JSON.stringify(payload);
    valid = compact !== text && (await signedBy(options.signatureKey, compact, signatures));
  }
  if (!valid) {
    throw webhookError(
      'signature',
      'The webhook X-Signature does not match its body; reject the delivery (HTTP 400). Pass the raw request body exactly as received, not a parsed or re-serialized object, and the signature key of the same environment (sandbox or production).',
    );
  }
  return { ...parseWebhook(payload), verified: true };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KNOWN: Record<string, readonly string[]> = {
  PAYIN: ['SUCCESS', 'FAILED', 'EXPIRED'],
  PAYOUT: ['SUCCESS', 'FAILED', 'RETURNED'],
};

/**
 * Names an already-verified webhook payload: `PAYIN.*` / `PAYOUT.*` from `type` and `status`, `VA_REGISTER.*`
 * for a payload with no `type` and an `APPROVED`/`FAILED` status, `UNKNOWN` otherwise. Does not verify anything:
 * use {@link verifyWebhook} on incoming requests.
 */
export function parseWebhook(payload: unknown): PaycombatWebhookEvent {
  const record = isRecord(payload) ? payload : {};
  const type = typeof record.type === 'string' ? record.type.toUpperCase() : undefined;
  const status = typeof record.status === 'string' ? record.status.toUpperCase() : undefined;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined;
  let name: PaycombatWebhookEvent['name'] = 'UNKNOWN';
  if (type !== undefined && Object.hasOwn(KNOWN, type)) {
    name = (KNOWN[type]!.includes(status ?? '') ? `${type}.${status}` : `${type}.OTHER`) as PaycombatWebhookEvent['name'];
  } else if (type === undefined && (status === 'APPROVED' || status === 'FAILED')) {
    name = `VA_REGISTER.${status}`;
  }
  return {
    name,
    id,
    status,
    deduplicationKey: `${id ?? ''}:${status ?? ''}`,
    occurredAt: toDate(record.updated_at) ?? toDate(record.created_at),
    payload: record,
  } as PaycombatWebhookEvent;
}
