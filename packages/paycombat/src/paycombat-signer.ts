import { hmacSha256Hex, timingSafeEqual, ValidationError } from '@clientele/core';

/**
 * Serializes a request body exactly once: `JSON.stringify`, no pretty-printing, keys in insertion order,
 * non-ASCII characters kept raw (spec §4.2). `undefined` properties are left out, as `JSON.stringify` does, so
 * the string that is signed is the string that is sent.
 *
 * @throws ValidationError for numbers JSON cannot carry exactly: `NaN` and `Infinity` (which `JSON.stringify`
 * would silently turn into `null`) and integers beyond 2^53 (which lose digits). `BigInt` throws a `TypeError`.
 */
export function serializeBody(body: unknown): string {
  const text = JSON.stringify(body, (key, value: unknown) => {
    if (typeof value === 'number' && (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value)))) {
      throw new ValidationError({
        provider: 'paycombat',
        issues: [{ path: key === '' ? '(body)' : key, message: 'must be a finite number within ±2^53; send other numbers as strings' }],
      });
    }
    return value;
  });
  if (text === undefined) throw new TypeError('A request body must be a JSON value (an object), not undefined or a function.');
  return text;
}

/**
 * The `signature` header of a request: lowercase hex HMAC-SHA256 of the exact body string sent, keyed with the
 * merchant's signature key, both as UTF-8 (spec §4.2). Runs on WebCrypto in every runtime.
 *
 * ```ts
 * const body = serializeBody({ customer_id: 'customer_…', description: 'VIP' });
 * const signature = await signBody(signatureKey, body); // send `body` unchanged
 * ```
 */
export function signBody(signatureKey: string, body: string): Promise<string> {
  return hmacSha256Hex(signatureKey, body);
}

/**
 * Whether `signature` is the HMAC of `body` under `signatureKey`, compared in constant time. Accepts upper-case
 * hex and surrounding whitespace in the header value.
 */
export async function verifyBodySignature(signatureKey: string, body: string | Uint8Array, signature: string): Promise<boolean> {
  const expected = await hmacSha256Hex(signatureKey, body);
  return timingSafeEqual(expected, signature.trim().toLowerCase());
}
