import { ClienteleError } from '../errors/clientele-error.js';
import { utf8Encode } from './encoding.js';

/**
 * The runtime's WebCrypto `SubtleCrypto`, or a `ClienteleError` of kind `'configuration'` that says why it is missing.
 *
 * Browsers expose `crypto.subtle` only in secure contexts (HTTPS or `http://localhost`); Node ≥ 20, Deno, Bun and
 * edge runtimes always expose it.
 */
export function requireSubtleCrypto(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (subtle) return subtle;
  const insecureBrowser = (globalThis as { isSecureContext?: boolean }).isSecureContext === false;
  throw new ClienteleError({
    kind: 'configuration',
    message: insecureBrowser
      ? 'WebCrypto (crypto.subtle) is unavailable because this page is not a secure context. Serve it over HTTPS (or from http://localhost).'
      : 'WebCrypto (globalThis.crypto.subtle) is unavailable in this runtime. Use Node 20 or later, a current browser over HTTPS, or an edge runtime with WebCrypto.',
  });
}

/**
 * Bytes in the form WebCrypto accepts: a view over a plain `ArrayBuffer`.
 * Strings become UTF-8; views over a `SharedArrayBuffer` are copied.
 */
export function toBufferSource(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = typeof data === 'string' ? utf8Encode(data) : data;
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/**
 * SHA-256 digest (32 bytes) of `data` on WebCrypto. Strings are hashed as UTF-8.
 *
 * @throws ClienteleError of kind `'configuration'` when `crypto.subtle` is missing (browsers expose it only in secure contexts: HTTPS or `http://localhost`).
 */
export async function sha256(data: string | Uint8Array): Promise<Uint8Array> {
  const digest = await requireSubtleCrypto().digest('SHA-256', toBufferSource(data));
  return new Uint8Array(digest);
}
