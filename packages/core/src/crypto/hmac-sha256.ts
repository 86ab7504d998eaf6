import { ClienteleError } from '../errors/clientele-error.js';
import { hexEncode } from './encoding.js';
import { requireSubtleCrypto, toBufferSource } from './sha256.js';

/** How many imported keys are kept; the least recently used one is dropped beyond this. */
const MAX_CACHED_KEYS = 16;

/**
 * Imported, non-extractable HMAC keys by key content, least recently used first. Promises are cached so that
 * concurrent first calls share one import. Bytes keys are cached by a snapshot of their content, so a key
 * array changed after a call is imported afresh.
 */
const importedKeys = new Map<string, Promise<CryptoKey>>();

function cacheKeyOf(key: string | Uint8Array): string {
  return typeof key === 'string' ? `s:${key}` : `b:${hexEncode(key)}`;
}

function importHmacKey(key: string | Uint8Array): Promise<CryptoKey> {
  const cacheKey = cacheKeyOf(key);
  const cached = importedKeys.get(cacheKey);
  if (cached) {
    importedKeys.delete(cacheKey); // re-insert: most recently used goes last
    importedKeys.set(cacheKey, cached);
    return cached;
  }
  if (key.length === 0) {
    // WebCrypto refuses zero-length HMAC keys; an empty key is nearly always an unset secret.
    throw new ClienteleError({ kind: 'configuration', message: 'The HMAC key is empty: check that the signing secret is configured.' });
  }
  const subtle = requireSubtleCrypto();
  const imported = subtle.importKey('raw', toBufferSource(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  importedKeys.set(cacheKey, imported);
  imported.catch(() => importedKeys.delete(cacheKey)); // never cache a failure
  if (importedKeys.size > MAX_CACHED_KEYS) importedKeys.delete(importedKeys.keys().next().value!);
  return imported;
}

/**
 * HMAC-SHA256 (RFC 2104) of `data` under `key` on WebCrypto: 32 bytes. Strings (key and data) are used as UTF-8.
 *
 * The imported key is cached (up to 16 keys, least recently used dropped), so signing many requests with the
 * same secret imports it once.
 *
 * @throws ClienteleError of kind `'configuration'` when the key is empty, or when `crypto.subtle` is missing,
 * e.g. on a page that is not a secure context (plain `http://` other than localhost).
 */
export async function hmacSha256(key: string | Uint8Array, data: string | Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await importHmacKey(key);
  const signature = await requireSubtleCrypto().sign('HMAC', cryptoKey, toBufferSource(data));
  return new Uint8Array(signature);
}

/** {@link hmacSha256} as lowercase hex (64 characters). */
export async function hmacSha256Hex(key: string | Uint8Array, data: string | Uint8Array): Promise<string> {
  return hexEncode(await hmacSha256(key, data));
}
