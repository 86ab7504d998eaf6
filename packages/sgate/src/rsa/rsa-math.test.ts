import { describe, expect, it } from 'vitest';
import { bigIntToBytes, bytesToBigInt, modInverse, modPow } from './rsa-math.js';

/** Square-and-multiply reference. */
function referencePow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n % modulus;
  let current = ((base % modulus) + modulus) % modulus;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * current) % modulus;
    current = (current * current) % modulus;
  }
  return result;
}

describe('bytes ↔ bigint', () => {
  it('round-trips big-endian with fixed length', () => {
    expect(bytesToBigInt(Uint8Array.of(0x01, 0x00))).toBe(256n);
    expect(bytesToBigInt(new Uint8Array(0))).toBe(0n);
    expect(bigIntToBytes(256n, 4)).toEqual(Uint8Array.of(0, 0, 1, 0));
    expect(bigIntToBytes(0n, 2)).toEqual(Uint8Array.of(0, 0));
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => (index * 7 + 1) & 0xff);
    expect(bigIntToBytes(bytesToBigInt(bytes), 256)).toEqual(bytes);
  });

  it('refuses values that do not fit', () => {
    expect(() => bigIntToBytes(256n, 1)).toThrow(RangeError);
    expect(() => bigIntToBytes(-1n, 4)).toThrow(RangeError);
  });
});

describe('modPow', () => {
  it('matches square-and-multiply on edge cases', () => {
    const modulus = (1n << 127n) - 1n;
    for (const [base, exponent] of [
      [0n, 0n],
      [0n, 5n],
      [5n, 0n],
      [2n, 1n],
      [-3n, 7n],
      [modulus + 5n, 3n],
      [123456789n, (1n << 100n) + 0b1000001n],
      [987654321n, (1n << 64n) - 1n],
    ] as const) {
      expect(modPow(base, exponent, modulus), `${base}^${exponent}`).toBe(referencePow(base, exponent, modulus));
    }
    expect(modPow(5n, 3n, 1n)).toBe(0n);
  });

  it('matches square-and-multiply on random 1024-bit operands', () => {
    const random = (bytes: number) => bytesToBigInt(crypto.getRandomValues(new Uint8Array(bytes)));
    for (let round = 0; round < 5; round++) {
      const modulus = random(128) | 1n;
      const base = random(128);
      const exponent = random(128);
      expect(modPow(base, exponent, modulus)).toBe(referencePow(base, exponent, modulus));
    }
  });

  it('rejects bad arguments', () => {
    expect(() => modPow(2n, 3n, 0n)).toThrow(RangeError);
    expect(() => modPow(2n, -1n, 7n)).toThrow(RangeError);
  });
});

describe('modInverse', () => {
  it('inverts coprime values and refuses the rest', () => {
    expect(modInverse(3n, 11n)).toBe(4n);
    expect(modInverse(-3n, 11n)).toBe(7n);
    expect(modInverse(6n, 9n)).toBeUndefined();
    const modulus = (1n << 521n) - 1n;
    const value = 0x123456789abcdefn;
    expect((modInverse(value, modulus)! * value) % modulus).toBe(1n);
  });
});
