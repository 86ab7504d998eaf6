import { base64Decode, base64Encode, randomString, type RsaPrivateKey, type RsaPublicKey, utf8Encode } from '@clientele/core';
import type { RsaEngine } from './rsa/rsa-engine.js';
import { buildSignaturePayload, signatureDigest, type SignaturePayloadInput } from './sgate-signature-payload.js';

/** The `V-Api-Version` SGATE documents (spec §1.3). */
export const SGATE_API_VERSION = '1';

/** Length of the nonces the SDK generates: the docs' example has 20 characters (spec A4). */
export const NONCE_LENGTH = 20;

/** The five `V-*` headers of a signed request, response or callback (spec §1.3). */
export interface SgateSignedHeaders {
  'V-Api-Key': string;
  'V-Api-Version': string;
  'V-Timestamp': string;
  'V-Nonce-Str': string;
  'V-Signature': string;
}

/**
 * The `V-Signature` of one message (spec §2.1): MD5withRSA, with the private key, over the 32 ASCII
 * characters of the lowercase hex MD5 of the signature JSON; standard base64.
 */
export function sign(engine: RsaEngine, privateKey: RsaPrivateKey, input: SignaturePayloadInput): string {
  const digest = signatureDigest(buildSignaturePayload(input));
  return base64Encode(engine.signMd5(privateKey, utf8Encode(digest)));
}

/**
 * Whether `signature` (base64, as in `V-Signature`) is the signature of `input` under `publicKey`
 * (spec §2.4). Never throws for a malformed signature: it is simply not valid.
 */
export function verify(engine: RsaEngine, publicKey: RsaPublicKey, input: SignaturePayloadInput, signature: string): boolean {
  let bytes: Uint8Array;
  try {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
    bytes = base64Decode(signature);
  } catch {
    return false;
  }
  const digest = signatureDigest(buildSignaturePayload(input));
  return engine.verifyMd5(publicKey, utf8Encode(digest), bytes);
}

/**
 * Signs one message with a fresh nonce and returns the five `V-*` headers. Used for every request
 * attempt (so a retry is never a replay) and by the mock for responses and callbacks.
 */
export function signedHeaders(
  engine: RsaEngine,
  privateKey: RsaPrivateKey,
  message: { apiKey: string; timestamp: number; url: string; method: string; body: string; nonce?: string },
): SgateSignedHeaders {
  const nonce = message.nonce ?? randomString(NONCE_LENGTH);
  const signature = sign(engine, privateKey, { apiKey: message.apiKey, timestamp: message.timestamp, nonce, url: message.url, method: message.method, body: message.body });
  return {
    'V-Api-Key': message.apiKey,
    'V-Api-Version': SGATE_API_VERSION,
    'V-Timestamp': String(message.timestamp),
    'V-Nonce-Str': nonce,
    'V-Signature': signature,
  };
}

/** Whole Unix seconds of `milliseconds` shifted by `skewSeconds`. */
export function unixSeconds(milliseconds: number, skewSeconds = 0): number {
  return Math.floor(milliseconds / 1000) + Math.trunc(skewSeconds);
}

/** `V-Timestamp` as SGATE sends it: whole Unix seconds, at most 15 digits. */
const TIMESTAMP_PATTERN = /^\d{1,15}$/;

/** The received `V-*` headers a signature check reads (`null` or `undefined` when absent). */
export interface ReceivedSignatureHeaders {
  timestamp: string | null | undefined;
  nonce: string | null | undefined;
  signature: string | null | undefined;
}

/**
 * Why signed headers were refused: `'timestamp'` (`V-Timestamp` missing or not a number of seconds), `'missing'`
 * (no or empty `V-Nonce-Str` or `V-Signature`), `'mismatch'` (the signature does not verify).
 */
export type SignedHeadersProblem = 'timestamp' | 'missing' | 'mismatch';

/** The outcome of {@link verifySignedHeaders}: the verified timestamp and nonce, or what is wrong. */
export type SignedHeadersCheck = { ok: true; timestamp: number; nonce: string } | { ok: false; problem: SignedHeadersProblem };

/**
 * Checks the signed `V-*` headers of a response, callback or request (spec §2.4), in this order: `V-Timestamp`
 * is whole seconds, `checkTimestamp` (the caller's clock rule; it throws to refuse), `V-Nonce-Str` and
 * `V-Signature` are present, and the signature verifies under `publicKey` over `message` with them. Nothing of
 * the body is parsed: callers parse only after this returns `ok: true`.
 */
export function verifySignedHeaders(
  engine: RsaEngine,
  publicKey: RsaPublicKey,
  headers: ReceivedSignatureHeaders,
  message: { apiKey: string; url: string; method: string; body: string },
  checkTimestamp?: (timestamp: number) => void,
): SignedHeadersCheck {
  const timestampText = headers.timestamp ?? '';
  if (!TIMESTAMP_PATTERN.test(timestampText)) return { ok: false, problem: 'timestamp' };
  const timestamp = Number(timestampText);
  checkTimestamp?.(timestamp);
  const { nonce, signature } = headers;
  if (!nonce || !signature) return { ok: false, problem: 'missing' };
  if (!verify(engine, publicKey, { ...message, timestamp, nonce }, signature)) return { ok: false, problem: 'mismatch' };
  return { ok: true, timestamp, nonce };
}
