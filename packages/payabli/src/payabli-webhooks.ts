import { ClienteleError, hexEncode, sha256, timingSafeEqual, utf8Decode } from '@clientele/core';

/** Source addresses of Payabli's webhook deliveries (spec §10). They may change: keep the list configurable. */
export const PAYABLI_WEBHOOK_IPS = Object.freeze({ sandbox: Object.freeze(['52.3.204.115']), production: Object.freeze(['54.166.54.170']) });

/** A Payabli notification payload: `Event` plus event-specific fields (`TransId`, `CustomerId`, `Paypoint`, `entryPoint`, …). */
export interface PayabliWebhookEvent {
  /** The delivered event name, e.g. `ApprovedPayment` or `PayOutAuthorized`; it can differ from the subscribed `eventType`. */
  Event: string;
  [field: string]: unknown;
}

/** A delivery that passed the checks. */
export interface VerifiedPayabliWebhook {
  event: PayabliWebhookEvent;
  /**
   * A stable key for deduplication: `<Event>:<id>` from the first of `TransId`, `PaymentId`, `referenceId`,
   * `transferId`, `BatchId`, `batchNumber` (any casing); otherwise `<Event>:sha256:<hex of the body>`. Deliveries are
   * at least once: store the keys you processed and skip repeats.
   */
  deliveryKey: string;
}

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** The raw request body, exactly as received. */
  body: string | Uint8Array;
  /** The request headers (a `Headers` object or Node's `IncomingHttpHeaders`). */
  headers: Headers | Record<string, string | readonly string[] | undefined>;
  /** The shared secret you configured as a `webHeaderParameters` header on the notification. */
  secret: string;
  /** Name of that header. @default 'authorization' */
  headerName?: string | undefined;
  /** The delivery's source IP; checked against `allowedIps` when both are given. */
  sourceIp?: string | undefined;
  /** Allowed source IPs, e.g. `PAYABLI_WEBHOOK_IPS.production`. @default not checked */
  allowedIps?: readonly string[] | undefined;
}

/** Id fields of Payabli payloads, in order of preference, matched case-insensitively (`TransId`, `transferId`, …). */
const ID_FIELDS = ['transid', 'paymentid', 'referenceid', 'transferid', 'batchid', 'batchnumber'];

/**
 * Checks a Payabli webhook delivery and parses it. Payabli does not sign payloads (spec §10); the checks
 * it recommends are a shared secret sent verbatim in a header you configure (compared here in constant
 * time) and an allowlist of source IPs. Answer Payabli with 200 even when this throws, and skip processing.
 *
 * @throws ClienteleError of kind `'signature'` when the secret header is missing or wrong or the source IP is
 * not allowed; `'invalid_response'` when the body is not a JSON object with an `Event`; `'configuration'` for
 * an empty `secret`.
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<VerifiedPayabliWebhook> {
  const { secret, headerName = 'authorization' } = options;
  if (typeof secret !== 'string' || secret.length === 0) throw webhookError('configuration', 'verifyWebhook needs the shared `secret` you configured on the Payabli notification.');
  const received = readHeader(options.headers, headerName);
  if (received === undefined) throw webhookError('signature', `Payabli webhook rejected: the \`${headerName}\` header is missing. Configure it under webHeaderParameters of the notification, or pass the header name you chose as \`headerName\`.`);
  if (!timingSafeEqual(received, secret)) throw webhookError('signature', `Payabli webhook rejected: the \`${headerName}\` header does not match the shared secret. Treat the delivery as forged.`);
  if (options.allowedIps && options.sourceIp !== undefined && !options.allowedIps.includes(options.sourceIp)) {
    throw webhookError('signature', 'Payabli webhook rejected: it came from an address outside `allowedIps`. Check PAYABLI_WEBHOOK_IPS and any proxy in front of your endpoint.');
  }
  const text = typeof options.body === 'string' ? options.body : utf8Decode(options.body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw webhookError('invalid_response', `Payabli webhook body is not valid JSON (${text.length} characters). Pass the raw body, not a parsed object.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof (parsed as { Event?: unknown }).Event !== 'string') {
    throw webhookError('invalid_response', 'Payabli webhook body has no `Event` name; it is not a Payabli notification.');
  }
  const event = parsed as PayabliWebhookEvent;
  const byName = new Map(Object.entries(event).map(([key, value]) => [key.toLowerCase(), value]));
  const id = ID_FIELDS.map((field) => byName.get(field)).find((value) => (typeof value === 'string' && value !== '') || typeof value === 'number');
  const deliveryKey = id !== undefined ? `${event.Event}:${String(id)}` : `${event.Event}:sha256:${hexEncode(await sha256(text))}`;
  return { event, deliveryKey };
}

function readHeader(headers: VerifyWebhookOptions['headers'], name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name) ?? undefined;
  const lower = name.toLowerCase();
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === lower)?.[1];
  const value = Array.isArray(entry) ? entry[0] : entry;
  return typeof value === 'string' ? value : undefined;
}

function webhookError(kind: 'signature' | 'invalid_response' | 'configuration', message: string): ClienteleError {
  return new ClienteleError({ kind, provider: 'payabli', message });
}
