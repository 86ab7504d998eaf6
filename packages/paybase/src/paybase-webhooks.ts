import { base64Decode, ClienteleError, utf8Encode } from '@clientele/core';
import { importWebhookPublicKey, verifyRsaSha256, type PaybaseWebhookPublicKey } from './webhook-public-key.js';

/** The header carrying the base64 RSA-SHA256 signature of the body (spec §9). */
export const PAYBASE_SIGNATURE_HEADER = 'x-signature';

/** Event names seen in Paybase material: the handshake (confirmed) and two named on the provider page. */
export const PAYBASE_WEBHOOK_EVENT_TYPES = ['integration_handshake', 'customer_cdd_level_changed', 'check_failed'] as const;

/**
 * A webhook event: a JSON object with a `type`. Only the handshake's name is confirmed; payload fields are not
 * documented, so everything else is `unknown` until you check it.
 */
export interface PaybaseWebhookEvent {
  type: (typeof PAYBASE_WEBHOOK_EVENT_TYPES)[number] | (string & {});
  [field: string]: unknown;
}

/** The event Paybase sends when the integration is set up. Answer it with HTTP 204. */
export interface PaybaseHandshakeEvent extends PaybaseWebhookEvent {
  type: 'integration_handshake';
}

/** Header containers accepted by {@link verifyWebhook}: fetch `Headers`, or Node's `request.headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** Input of {@link verifyWebhook} and {@link parseWebhook}. */
export interface VerifyWebhookInput {
  /**
   * The request body **exactly as received**: `await request.text()`, `express.raw()`'s Buffer, an `ArrayBuffer`.
   * A parsed object is accepted as a last resort and re-serialised with `JSON.stringify`, which only verifies when
   * Paybase's key order and spacing happen to match.
   */
  rawBody: string | Uint8Array | ArrayBuffer | Record<string, unknown>;
  /** The `X-Signature` header value. Give this or `headers`. */
  signature?: string | null | undefined;
  /** The request headers; `X-Signature` is read from them when `signature` is not given. */
  headers?: WebhookHeaders | undefined;
  /** Paybase's webhook public key (see {@link PaybaseWebhookPublicKey}). */
  publicKey: PaybaseWebhookPublicKey;
}

function readSignature(input: VerifyWebhookInput): string | undefined {
  if (typeof input.signature === 'string') return input.signature;
  const { headers } = input;
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(PAYBASE_SIGNATURE_HEADER) ?? undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === PAYBASE_SIGNATURE_HEADER) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

function bodyBytes(rawBody: VerifyWebhookInput['rawBody']): Uint8Array {
  if (typeof rawBody === 'string') return utf8Encode(rawBody);
  if (rawBody instanceof Uint8Array) return rawBody;
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  return utf8Encode(JSON.stringify(rawBody));
}

type Check = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'mismatch' };

async function check(input: VerifyWebhookInput): Promise<Check> {
  const key = await importWebhookPublicKey(input.publicKey);
  const signature = readSignature(input)?.trim();
  if (!signature) return { ok: false, reason: 'missing' };
  let signatureBytes: Uint8Array;
  try {
    signatureBytes = base64Decode(signature);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  return (await verifyRsaSha256(key, signatureBytes, bodyBytes(input.rawBody))) ? { ok: true } : { ok: false, reason: 'mismatch' };
}

/**
 * True when `X-Signature` is Paybase's RSASSA-PKCS1-v1_5 SHA-256 signature of the body under `publicKey`. Runs on
 * WebCrypto: Node ≥ 20, edge runtimes, Deno, Bun and browsers.
 *
 * @throws ClienteleError of kind `configuration` only when the public key itself is unusable.
 */
export async function verifyWebhook(input: VerifyWebhookInput): Promise<boolean> {
  return (await check(input)).ok;
}

const RAW_BODY_ADVICE =
  'Verify over the raw request body exactly as received (e.g. `await request.text()` or `express.raw({ type: "application/json" })`): a body parsed and re-serialised by a JSON middleware differs byte for byte. Also check that the public key is the one Paybase gave you for this environment.';

/**
 * Verifies a delivery and returns its event. Paybase sends no timestamp or event id, so a verified delivery may be a
 * replay or a duplicate: deduplicate with {@link webhookDeduplicationKey}.
 *
 * @throws ClienteleError of kind `signature` when the signature is missing or does not verify (the event is not
 * returned), or `invalid_response` when a correctly signed body is not a JSON object with a string `type`.
 */
export async function parseWebhook(input: VerifyWebhookInput): Promise<PaybaseWebhookEvent> {
  const result = await check(input);
  if (!result.ok) {
    const parsedObject = typeof input.rawBody === 'object' && !(input.rawBody instanceof Uint8Array) && !(input.rawBody instanceof ArrayBuffer);
    const message =
      result.reason === 'missing'
        ? 'Paybase webhook rejected: the X-Signature header is missing. Pass `headers` (or `signature`) from the incoming request; a delivery without a signature cannot be trusted.'
        : result.reason === 'malformed'
          ? 'Paybase webhook rejected: the X-Signature header is not base64. Pass the header value unchanged.'
          : `Paybase webhook rejected: the signature does not match the body.${parsedObject ? ' You passed a parsed object, which had to be re-serialised.' : ''} ${RAW_BODY_ADVICE}`;
    throw new ClienteleError({ kind: 'signature', provider: 'paybase', message });
  }
  let event: unknown;
  try {
    event = typeof input.rawBody === 'object' && !(input.rawBody instanceof Uint8Array) && !(input.rawBody instanceof ArrayBuffer)
      ? input.rawBody
      : JSON.parse(typeof input.rawBody === 'string' ? input.rawBody : new TextDecoder().decode(bodyBytes(input.rawBody)));
  } catch {
    // The parser's message quotes part of the body, so it is not kept as the cause.
    throw new ClienteleError({ kind: 'invalid_response', provider: 'paybase', message: 'Paybase webhook: the signed body is not valid JSON.' });
  }
  if (typeof event !== 'object' || event === null || typeof (event as { type?: unknown }).type !== 'string') {
    throw new ClienteleError({ kind: 'invalid_response', provider: 'paybase', message: 'Paybase webhook: the signed body is not a JSON object with a string `type`.' });
  }
  return event as PaybaseWebhookEvent;
}

/** True for the integration handshake, which should be answered with HTTP 204. */
export function isHandshake(event: PaybaseWebhookEvent): event is PaybaseHandshakeEvent {
  return event.type === 'integration_handshake';
}

/** The resource an event is about, found by its type-prefixed id (`customer/…`, `tx/…`) on the event or in `data`/`payload`. */
export interface WebhookResource {
  /** The id prefix: `customer`, `account`, `tx`, … */
  kind: string;
  id: string;
  /** The object carrying the id. */
  object: Record<string, unknown>;
}

const RESOURCE_ID = /^([a-z][a-z-_]*)\/[^/\s]+$/;

/** The resource an event is about, or `undefined` when no field holds a type-prefixed id. */
export function webhookResource(event: PaybaseWebhookEvent): WebhookResource | undefined {
  for (const candidate of [event.data, event.payload, event.resource, event]) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const object = candidate as Record<string, unknown>;
    const match = typeof object.id === 'string' ? RESOURCE_ID.exec(object.id) : null;
    if (match) return { kind: match[1]!, id: object.id as string, object };
  }
  if (typeof event.customerId === 'string' && event.customerId.startsWith('customer/')) return { kind: 'customer', id: event.customerId, object: event };
  return undefined;
}

/** True when the event is about a customer (its resource id starts with `customer/`). */
export function isCustomerEvent(event: PaybaseWebhookEvent): event is PaybaseWebhookEvent & { customerId?: string } {
  return webhookResource(event)?.kind === 'customer';
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A key that is the same for every delivery of one event, for receiver-side deduplication (Paybase has no replay
 * protection, spec §9): an `eventId` when present, else type + resource id + `stateId`/`cddLevel` + `updatedAt`,
 * else the event's canonical JSON.
 */
export function webhookDeduplicationKey(event: PaybaseWebhookEvent): string {
  if (typeof event.eventId === 'string' && event.eventId !== '') return `event:${event.eventId}`;
  const resource = webhookResource(event);
  const updatedAt = resource?.object.updatedAt ?? event.updatedAt;
  if (resource && typeof updatedAt === 'string') {
    const state = resource.object.stateId ?? resource.object.cddLevel ?? event.stateId ?? event.cddLevel ?? '';
    return `${event.type}:${resource.id}:${String(state)}:${updatedAt}`;
  }
  return `${event.type}:${stableJson(event)}`;
}
