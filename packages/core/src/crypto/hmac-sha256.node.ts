import { createHmac } from 'node:crypto';
import { ClienteleError } from '../errors/clientele-error.js';

// The Node flavour of hmac-sha256.ts, behind the `node` export condition of @clientele/core. On Node,
// WebCrypto's HMAC runs on libuv's thread pool: ≈ 49 µs of latency per signature against ≈ 3.6 µs for
// createHmac (bench/findings.md, finding 2). Same signatures, same results, same errors.

function assertKey(key: string | Uint8Array): void {
  if (key.length === 0) {
    throw new ClienteleError({ kind: 'configuration', message: 'The HMAC key is empty: check that the signing secret is configured.' });
  }
}

/**
 * HMAC-SHA256 (RFC 2104) of `data` under `key` on node:crypto: 32 bytes. Strings (key and data) are used as UTF-8.
 *
 * @throws ClienteleError of kind `'configuration'` when the key is empty.
 */
export async function hmacSha256(key: string | Uint8Array, data: string | Uint8Array): Promise<Uint8Array> {
  assertKey(key);
  return new Uint8Array(createHmac('sha256', key).update(data).digest());
}

/** {@link hmacSha256} as lowercase hex (64 characters). */
export async function hmacSha256Hex(key: string | Uint8Array, data: string | Uint8Array): Promise<string> {
  assertKey(key);
  return createHmac('sha256', key).update(data).digest('hex');
}
