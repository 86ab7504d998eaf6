import { hexEncode } from './encoding.js';

/** The default alphabet of {@link randomString}: `A–Z`, `a–z`, `0–9` (62 characters). */
export const ALPHANUMERIC_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `crypto.getRandomValues` accepts at most this many bytes per call. */
const MAX_RANDOM_BYTES_PER_CALL = 65_536;

function requireCrypto(): Crypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (typeof crypto?.getRandomValues !== 'function') {
    throw new Error('crypto.getRandomValues is unavailable in this runtime. Use Node 20 or later, a current browser or an edge runtime.');
  }
  return crypto;
}

/**
 * A cryptographically random string of `length` characters drawn uniformly from `alphabet`.
 *
 * Uses `crypto.getRandomValues` with rejection sampling: random values at or above the largest multiple of the
 * alphabet size are discarded, so no character is more likely than another (no modulo bias).
 *
 * @param length Number of characters (code points); a non-negative integer.
 * @param alphabet Distinct characters to draw from, 1 to 65,536 of them. Default {@link ALPHANUMERIC_ALPHABET}.
 * @throws RangeError for a bad length, an empty alphabet or one with repeated characters (repeats would bias it).
 */
export function randomString(length: number, alphabet: string = ALPHANUMERIC_ALPHABET): string {
  if (!Number.isSafeInteger(length) || length < 0) throw new RangeError(`randomString: length must be a non-negative integer, got ${length}.`);
  const characters = Array.from(alphabet);
  const size = characters.length;
  if (size === 0 || size > 65_536) throw new RangeError(`randomString: the alphabet must hold 1 to 65536 characters, got ${size}.`);
  if (new Set(characters).size !== size) throw new RangeError('randomString: the alphabet repeats a character, which would make it more likely than others.');
  if (size === 1) return characters[0]!.repeat(length);

  const crypto = requireCrypto();
  const range = size <= 256 ? 256 : 65_536;
  const accepted = range - (range % size); // values below this map evenly onto the alphabet
  let output = '';
  let produced = 0;
  while (produced < length) {
    // Ask for a little more than needed, given the expected rejection rate.
    const wanted = Math.min(Math.ceil(((length - produced) * range) / accepted) + 8, range === 256 ? MAX_RANDOM_BYTES_PER_CALL : MAX_RANDOM_BYTES_PER_CALL / 2);
    const values = crypto.getRandomValues(range === 256 ? new Uint8Array(wanted) : new Uint16Array(wanted));
    for (let index = 0; index < values.length && produced < length; index++) {
      const value = values[index]!;
      if (value >= accepted) continue;
      output += characters[value % size]!;
      produced++;
    }
  }
  return output;
}

/**
 * A random RFC 9562 (formerly RFC 4122) version 4 UUID, lowercase: `xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx` with N in 8–b.
 *
 * Uses `crypto.randomUUID` when present; browsers expose it only in secure contexts, so elsewhere the UUID is
 * built from `crypto.getRandomValues`.
 */
export function randomUuid(): string {
  const crypto = requireCrypto();
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10xx
  const hex = hexEncode(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
