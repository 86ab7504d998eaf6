import { base64Encode, randomString, type RsaPrivateKey, type RsaPublicKey, utf8Encode, hexEncode } from '@clientele/core';
import type { RsaEngine } from '../rsa/rsa-engine.js';
import { decryptText, encryptText } from '../sgate-field-crypto.js';
import { SGATE_SERVICE_ROOT } from '../sgate-paths.js';
import { SGATE_API_VERSION, type SignedHeadersProblem, signedHeaders, verifySignedHeaders } from '../sgate-signer.js';
import { SandboxFailure } from './sandbox-failure.js';

/** What a sandbox endpoint answers with on success. */
export interface SandboxResult {
  data: unknown;
  /** Names of `data` fields to encrypt (`sensitiveFields` array form), or none. */
  sensitive?: readonly string[];
}

/** Keys and settings the protocol layer needs. */
export interface SandboxProtocol {
  apiKey: string;
  merchantPublicKey: RsaPublicKey;
  systemPrivateKey: RsaPrivateKey;
  engine: RsaEngine;
  /** The sandbox's clock in Unix seconds (offset included). */
  nowSeconds(): number;
  timestampWindowSeconds: number;
  rejectReusedNonces: boolean;
  seenNonces: Map<string, number>;
  /** Answer 1211 to requests without a User-Agent. Off in browsers, which add it below fetch, out of the mock's sight. */
  requireUserAgent: boolean;
}

/** A request that passed authentication: the signed URL (from `/openApi/v1`) and the raw body text. */
export interface AuthenticatedRequest {
  url: string;
  method: string;
  text: string;
}

const SUCCESS_MESSAGE = 'Request succeeded.';

/** 32 uppercase hex characters, like SGATE's `requestId` (observed). */
function requestId(): string {
  return hexEncode(crypto.getRandomValues(new Uint8Array(16))).toUpperCase();
}

/** SGATE's answer to signed headers that fail {@link verifySignedHeaders}. */
const SIGNED_HEADER_FAILURES: Record<SignedHeadersProblem, () => SandboxFailure> = {
  timestamp: () => new SandboxFailure(1209, 'Header validation failed: V-Timestamp'),
  missing: () => new SandboxFailure(1208),
  mismatch: () => new SandboxFailure(1213),
};

/** The signed URL of a request: path from `/openApi/v1` on, plus the query exactly as received. */
export function signedUrlOf(request: Request): string {
  const url = new URL(request.url);
  const rootAt = url.pathname.indexOf(SGATE_SERVICE_ROOT);
  return `${rootAt >= 0 ? url.pathname.slice(rootAt) : url.pathname}${url.search}`;
}

/**
 * SGATE's checks on every request, in the mock's documented order (spec §7.4): User-Agent (1211),
 * headers (1200, 1208), API key (1201), version (1210), timestamp window (1204), nonce (1209), signature (1213).
 */
export function authenticate(protocol: SandboxProtocol, request: Request, text: string): AuthenticatedRequest {
  const header = (name: string) => request.headers.get(name);
  if (protocol.requireUserAgent && !header('user-agent')) throw new SandboxFailure(1211);
  if (!header('v-api-key')) throw new SandboxFailure(1200);
  for (const name of ['v-api-version', 'v-timestamp', 'v-nonce-str', 'v-signature']) {
    if (!header(name)) throw new SandboxFailure(1208, `Missing request header: ${name}`);
  }
  if (header('v-api-key') !== protocol.apiKey) throw new SandboxFailure(1201);
  if (header('v-api-version') !== SGATE_API_VERSION) throw new SandboxFailure(1210);
  const now = protocol.nowSeconds();
  const nonce = header('v-nonce-str')!;
  const url = signedUrlOf(request);
  const body = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data') ? '' : text;
  const check = verifySignedHeaders(
    protocol.engine,
    protocol.merchantPublicKey,
    { timestamp: header('v-timestamp'), nonce, signature: header('v-signature') },
    { apiKey: protocol.apiKey, url, method: request.method, body },
    (timestamp) => {
      if (Math.abs(now - timestamp) > protocol.timestampWindowSeconds) throw new SandboxFailure(1204);
      if (nonce.length > 128) throw new SandboxFailure(1209, 'Header validation failed: V-Nonce-Str');
    },
  );
  if (!check.ok) throw SIGNED_HEADER_FAILURES[check.problem]();
  if (protocol.rejectReusedNonces) {
    for (const [seen, at] of protocol.seenNonces) if (at < now - protocol.timestampWindowSeconds) protocol.seenNonces.delete(seen);
    if (protocol.seenNonces.has(nonce)) throw new SandboxFailure(1209, 'Header validation failed: V-Nonce-Str was used before');
    protocol.seenNonces.set(nonce, now);
  }
  return { url, method: request.method, text: body };
}

/** Encrypts the listed fields of `data` (each element when an array) with the merchant public key; `""` stays. */
export function encryptForMerchant(protocol: SandboxProtocol, data: unknown, fields: readonly string[]): unknown {
  const encryptOne = (item: unknown): unknown => {
    if (typeof item !== 'object' || item === null) return item;
    const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
    for (const field of fields) {
      const value = copy[field];
      if (typeof value === 'string' && value !== '') copy[field] = encryptText(protocol.engine, protocol.merchantPublicKey, value);
    }
    return copy;
  };
  return Array.isArray(data) ? data.map(encryptOne) : encryptOne(data);
}

/** Decrypts a request field sent with the system public key; `""` stays `""`; failure is 1203. */
export function decryptFromMerchant(protocol: SandboxProtocol, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return value;
  try {
    return decryptText(protocol.engine, protocol.systemPrivateKey, value);
  } catch {
    throw new SandboxFailure(1203);
  }
}

/**
 * A signed SGATE response: the envelope as JSON, with the five `V-*` headers signed by the system private
 * key over the request's URL and method and the raw response text (spec §2.4). Authentication failures
 * (1200–1202) carry an empty `V-Signature`, as SGATE documents.
 */
export function signedResponse(
  protocol: SandboxProtocol,
  request: { url: string; method: string },
  envelope: { code: number; message?: string; data?: unknown; sensitiveFields?: unknown },
  options: { status?: number; headers?: Record<string, string> } = {},
): Response {
  const text = JSON.stringify({
    code: envelope.code,
    message: envelope.message ?? (envelope.code === 200 ? SUCCESS_MESSAGE : 'Failed'),
    data: envelope.data ?? {},
    sensitiveFields: envelope.sensitiveFields ?? {},
    requestId: requestId(),
  });
  const timestamp = protocol.nowSeconds();
  const unsigned = envelope.code === 1200 || envelope.code === 1201 || envelope.code === 1202;
  const headers: Record<string, string> = unsigned
    ? { 'V-Api-Key': protocol.apiKey, 'V-Api-Version': SGATE_API_VERSION, 'V-Timestamp': String(timestamp), 'V-Nonce-Str': randomString(16), 'V-Signature': '' }
    : { ...signedHeaders(protocol.engine, protocol.systemPrivateKey, { apiKey: protocol.apiKey, timestamp, url: request.url, method: request.method, body: text }) };
  return new Response(text, {
    status: options.status ?? 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-expose-headers': '*', ...headers, ...options.headers },
  });
}

/** A success envelope with the customer fields encrypted for the merchant. */
export function successResponse(protocol: SandboxProtocol, request: { url: string; method: string }, result: SandboxResult): Response {
  const fields = result.sensitive ?? [];
  const data = fields.length > 0 ? encryptForMerchant(protocol, result.data, fields) : result.data;
  return signedResponse(protocol, request, { code: 200, data, sensitiveFields: fields.length > 0 ? [...fields] : {} });
}

/** Base64 of a wrong signature of the right length, for the `bad_signature` fault. */
export function forgedSignature(protocol: SandboxProtocol): string {
  return base64Encode(protocol.engine.signMd5(protocol.systemPrivateKey, utf8Encode('not the response')));
}
