import { createSecretScrubber, httpFailure, readJson, type ProviderAdapter, type ResponseContext } from '@clientele/core';
import { classifyPaybaseError } from './paybase-errors.js';
import { PAYBASE_CDD_LEVELS, PAYBASE_CUSTOMER_STATES } from './schemas/customer-response.js';
import { ACCOUNT_PURPOSES } from './schemas/shared-inputs.js';
import { PAYBASE_SDK_VERSION } from './paybase-version.js';

/** What a Paybase error body may hold (spec §6: `message` confirmed, `code` assumed). */
interface ErrorBody {
  code?: string;
  message?: string;
}

/** Reads an error body defensively: gateways answer with HTML (a 504 page), so anything but JSON is ignored. */
function readErrorBody(response: ResponseContext): ErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return {};
  }
  if (typeof body !== 'object' || body === null) return {};
  const { code, message, error } = body as { code?: unknown; message?: unknown; error?: unknown };
  const output: ErrorBody = {};
  if (typeof code === 'string' || typeof code === 'number') output.code = String(code);
  if (typeof message === 'string') output.message = message;
  else if (typeof error === 'string') output.message = error;
  return output;
}

/** Digit runs as long as a card or account number (spaces and dashes allowed), in case Paybase echoes one. */
const LONG_NUMBER = /\d(?:[ -]?\d){11,}/g;

/** Enum values the SDK itself sends: Paybase naming them back reveals nothing personal. */
const ENUM_VALUES: ReadonlySet<string> = /* @__PURE__ */ (() => new Set<string>([...PAYBASE_CUSTOMER_STATES, ...PAYBASE_CDD_LEVELS, ...ACCOUNT_PURPOSES]))();

/** Every string of 4 or more characters in a JSON request body (enum values aside), longest first. */
function submittedValues(body: string | FormData | undefined): string[] {
  if (typeof body !== 'string') return [];
  const values = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && value.length >= 4 && !ENUM_VALUES.has(value)) values.add(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  try {
    visit(JSON.parse(body));
  } catch {
    return [];
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/**
 * A provider message made safe for error messages and logs: card-like numbers are removed, and so is any value
 * the request itself carried (Paybase may echo a name, an e-mail or a document number back in its message).
 */
export function sanitizeProviderMessage(message: string, requestBody?: string | FormData): string {
  let output = message;
  for (const value of submittedValues(requestBody)) output = output.split(value).join('[REDACTED]');
  // The core appends its own full stop and advice.
  return output.replace(LONG_NUMBER, '[REDACTED]').replace(/[\s.]+$/, '');
}

/** The customer access token a call was made with (`RequestSpec.context.accessToken`), if any. */
function accessTokenOf(context: Readonly<Record<string, unknown>>): string | undefined {
  return typeof context.accessToken === 'string' ? context.accessToken : undefined;
}

/**
 * The Paybase adapter: `X-Token` on every attempt (the platform's API key, or the customer access token a call
 * carries in `RequestSpec.context.accessToken` when made on a customer's behalf), JSON responses, and errors mapped
 * with the tables in `paybase-errors.ts`. The request id comes from `requestIdHeaders` (the transport fills it in).
 *
 * @param apiKey - the platform's API key; it is scrubbed from every message, and a call's access token from that
 * call's errors.
 */
export function createPaybaseAdapter(apiKey: string): ProviderAdapter {
  const provider = 'paybase';
  return {
    provider,
    userAgent: `clientele-paybase/${PAYBASE_SDK_VERSION}`,
    secrets: [apiKey],
    requestIdHeaders: ['x-request-id', 'x-correlation-id', 'request-id'],
    authenticate: (attempt) => ({ 'x-token': accessTokenOf(attempt.context) ?? apiKey }),
    interpret(response) {
      if (response.status >= 200 && response.status < 300) return { ok: true, data: readJson(response, 'paybase') };
      const body = readErrorBody(response);
      const { kind, retry } = classifyPaybaseError(response.status, body.code, response.attempt.operation);
      const accessToken = accessTokenOf(response.attempt.context);
      // The transport scrubs the API key; a customer's token is known only to its own call, so it is scrubbed here.
      const scrub = accessToken === undefined ? (text: string) => text : createSecretScrubber([accessToken]);
      const providerMessage = body.message === undefined ? undefined : sanitizeProviderMessage(body.message, response.attempt.body);
      const code = body.code === undefined ? undefined : scrub(body.code);
      return httpFailure(response, { provider, kind, retry, code, providerMessage, scrub });
    },
  };
}
