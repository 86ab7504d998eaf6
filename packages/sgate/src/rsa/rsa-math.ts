import { hexEncode } from '@clientele/core';

/**
 * BigInt arithmetic for the pure-JS RSA engine. JavaScript BigInt is not constant-time; see
 * `rsa-pkcs1.ts` for why that is acceptable here and what mitigates it (blinding, fault checks).
 */

/** Octet string → non-negative integer, big-endian (RFC 8017 OS2IP). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${hexEncode(bytes)}`);
}

/**
 * Non-negative integer → octet string of exactly `length` bytes, big-endian, left-padded with zeros
 * (RFC 8017 I2OSP).
 *
 * @throws RangeError when `value` is negative or needs more than `length` bytes.
 */
export function bigIntToBytes(value: bigint, length: number): Uint8Array {
  if (value < 0n) throw new RangeError('bigIntToBytes: negative value.');
  const hex = value.toString(16);
  if (hex.length > length * 2) throw new RangeError('bigIntToBytes: value too large for the requested length.');
  const padded = hex.padStart(length * 2, '0');
  const output = new Uint8Array(length);
  for (let index = 0; index < length; index++) output[index] = Number.parseInt(padded.slice(index * 2, index * 2 + 2), 16);
  return output;
}

/** Window width of {@link modPow}: 5 bits (16 precomputed odd powers) suits 1024- to 4096-bit exponents. */
const WINDOW_BITS = 5;

/**
 * `base^exponent mod modulus` by left-to-right sliding-window exponentiation (window of 5 bits).
 * About 20 % fewer multiplications than square-and-multiply for RSA-sized exponents.
 *
 * @param base Any integer; reduced modulo `modulus` first.
 * @param exponent A non-negative integer.
 * @param modulus A positive integer.
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 0n) throw new RangeError('modPow: the modulus must be positive.');
  if (exponent < 0n) throw new RangeError('modPow: the exponent must be non-negative.');
  if (modulus === 1n) return 0n;
  let reduced = base % modulus;
  if (reduced < 0n) reduced += modulus;
  if (exponent === 0n) return 1n;

  // Odd powers base^1, base^3, …, base^(2^WINDOW_BITS − 1).
  const square = (reduced * reduced) % modulus;
  const oddPowers: bigint[] = [reduced];
  for (let index = 1; index < 1 << (WINDOW_BITS - 1); index++) oddPowers.push((oddPowers[index - 1]! * square) % modulus);

  const bits = exponent.toString(2);
  let result = 1n;
  let started = false;
  let position = 0;
  while (position < bits.length) {
    if (bits[position] === '0') {
      result = (result * result) % modulus;
      position++;
      continue;
    }
    // The longest window starting here that ends in a 1 bit.
    let end = Math.min(position + WINDOW_BITS, bits.length);
    while (bits[end - 1] === '0') end--;
    const windowValue = Number.parseInt(bits.slice(position, end), 2);
    if (started) {
      for (let index = position; index < end; index++) result = (result * result) % modulus;
      result = (result * oddPowers[windowValue >> 1]!) % modulus;
    } else {
      result = oddPowers[windowValue >> 1]!;
      started = true;
    }
    position = end;
  }
  return result;
}

/**
 * The inverse of `value` modulo `modulus` (extended Euclid), or `undefined` when they are not coprime.
 *
 * @param value Any integer.
 * @param modulus A positive integer.
 */
export function modInverse(value: bigint, modulus: bigint): bigint | undefined {
  let [oldRemainder, remainder] = [((value % modulus) + modulus) % modulus, modulus];
  let [oldCoefficient, coefficient] = [1n, 0n];
  while (remainder !== 0n) {
    const quotient = oldRemainder / remainder;
    [oldRemainder, remainder] = [remainder, oldRemainder - quotient * remainder];
    [oldCoefficient, coefficient] = [coefficient, oldCoefficient - quotient * coefficient];
  }
  if (oldRemainder !== 1n) return undefined;
  return ((oldCoefficient % modulus) + modulus) % modulus;
}
