import { base64Decode, ClienteleError, parseRsaKey, utf8Decode } from '@clientele/core';

/**
 * Paybase's webhook public key: the base64 text Paybase hands out (base64 of a PEM file), the PEM itself, bare
 * base64 DER, DER or PEM bytes, or an already imported WebCrypto `CryptoKey`.
 */
export type PaybaseWebhookPublicKey = string | Uint8Array | CryptoKey;

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const HINT = 'Paybase hands out its webhook public key base64-encoded; pass that text as given, or the PEM it decodes to.';

function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (crypto?.subtle) return crypto.subtle;
  throw new ClienteleError({
    kind: 'configuration',
    provider: 'paybase',
    message: 'WebCrypto (crypto.subtle) is unavailable here, so webhook signatures cannot be checked. Use Node 20 or later, an edge runtime, or a page served over HTTPS.',
  });
}

function isCryptoKey(value: unknown): value is CryptoKey {
  return typeof value === 'object' && value !== null && !(value instanceof Uint8Array) && 'algorithm' in value && 'type' in value;
}

/** The DER bytes or PEM text of a key given as base64-wrapped PEM, PEM, bare base64 or bytes. */
function unwrap(publicKey: string): string | Uint8Array {
  if (publicKey.includes('-----BEGIN')) return publicKey;
  let bytes: Uint8Array;
  try {
    bytes = base64Decode(publicKey.replace(/\s+/g, ''));
  } catch {
    return publicKey; // let the key parser explain what is wrong
  }
  try {
    const text = utf8Decode(bytes);
    if (text.includes('-----BEGIN')) return text;
  } catch {
    // not text: DER bytes
  }
  return bytes;
}

const cache = /* @__PURE__ */ new Map<string, Promise<CryptoKey>>();
const MAX_CACHED_KEYS = 16;

/**
 * Imports Paybase's webhook public key once for WebCrypto (RSASSA-PKCS1-v1_5 with SHA-256). String keys are cached.
 *
 * @throws ClienteleError of kind `configuration` when the key is not an RSA public key (a private key, a
 * certificate, garbage); the message never quotes the key.
 */
export async function importWebhookPublicKey(publicKey: PaybaseWebhookPublicKey): Promise<CryptoKey> {
  if (isCryptoKey(publicKey)) return publicKey;
  if (typeof publicKey === 'string') {
    const cached = cache.get(publicKey);
    if (cached) return cached;
    const pending = importKey(publicKey);
    if (cache.size >= MAX_CACHED_KEYS) cache.delete(cache.keys().next().value as string);
    cache.set(publicKey, pending);
    pending.catch(() => cache.delete(publicKey));
    return pending;
  }
  return importKey(publicKey);
}

async function importKey(publicKey: string | Uint8Array): Promise<CryptoKey> {
  const key = parseRsaKey(typeof publicKey === 'string' ? unwrap(publicKey) : publicKey, { expect: 'public', label: 'publicKey', hint: HINT, provider: 'paybase' });
  return subtle().importKey('spki', new Uint8Array(key.spki), ALGORITHM, false, ['verify']);
}

/** Verifies an RSASSA-PKCS1-v1_5 SHA-256 signature; any malformed input is simply `false`. */
export async function verifyRsaSha256(key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    return await subtle().verify(ALGORITHM, key, new Uint8Array(signature), new Uint8Array(data));
  } catch {
    return false;
  }
}
