import { ClienteleError } from '@clientele/core';
import { md5Hex } from './rsa/md5.js';

/** The six values SGATE signs (spec §2.1); the same shape serves requests, responses and callbacks. */
export interface SignaturePayloadInput {
  /** Merchant API key, as sent in `V-Api-Key`. */
  apiKey: string;
  /** Unix time in whole seconds, as sent in `V-Timestamp`; serialized as a JSON number. */
  timestamp: number;
  /** The random string sent in `V-Nonce-Str`. */
  nonce: string;
  /** Path from `/openApi/v1` on, plus `?query` exactly as sent (values already urlencoded). */
  url: string;
  /** HTTP method; upper-cased here. */
  method: string;
  /** The exact raw body text: `''` for GET and multipart uploads; the raw response text when verifying. */
  body: string;
}

/**
 * The signature object of spec §2.1 as compact JSON, keys in exactly this order:
 * `api_key`, `timestamp` (number), `nonce_str`, `url`, `method` (upper case), `body`.
 *
 * `JSON.stringify` gives exactly the required form: no whitespace, non-ASCII kept raw, `/` not
 * escaped, and the body's own JSON escaped once as a string.
 *
 * @throws ClienteleError kind `'validation'` when `timestamp` is not a non-negative integer number of seconds.
 */
export function buildSignaturePayload(input: SignaturePayloadInput): string {
  const { apiKey, timestamp, nonce, url, method, body } = input;
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new ClienteleError({
      kind: 'validation',
      message: 'The SGATE signature timestamp must be a non-negative integer number of seconds.',
      provider: 'sgate',
    });
  }
  return JSON.stringify({ api_key: apiKey, timestamp, nonce_str: nonce, url, method: method.toUpperCase(), body });
}

/**
 * The digest SGATE signs (spec §2.1 step 3): lowercase hex MD5 of the payload's UTF-8 bytes, 32 ASCII
 * characters. MD5withRSA then signs these 32 bytes, hashing them a second time.
 */
export function signatureDigest(payload: string): string {
  return md5Hex(payload);
}
