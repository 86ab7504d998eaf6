import { describe, expect, it } from 'vitest';
import { ALPHANUMERIC_ALPHABET, randomString, randomUuid } from './random.js';

describe('randomString', () => {
  it('has the requested length and uses only the default alphanumeric alphabet', () => {
    for (const length of [0, 1, 16, 32, 1000]) {
      const value = randomString(length);
      expect(value).toHaveLength(length);
      expect(value).toMatch(/^[A-Za-z0-9]*$/);
    }
    expect(ALPHANUMERIC_ALPHABET).toHaveLength(62);
  });

  it('produces different values on each call', () => {
    expect(new Set(Array.from({ length: 100 }, () => randomString(24))).size).toBe(100);
  });

  it('uses every character of the alphabet about equally (no modulo bias)', () => {
    // 62 does not divide 256: with `byte % 62` the first 8 characters would come up 5/4 as often as the rest.
    const samples = 62 * 2_000;
    const counts = new Map<string, number>();
    for (const character of randomString(samples)) counts.set(character, (counts.get(character) ?? 0) + 1);
    expect(counts.size).toBe(62);
    const expected = samples / 62;
    const chiSquare = [...counts.values()].reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(120); // 61 degrees of freedom: p ≈ 1e-5; modulo bias would give ≈ 400
    const first8 = [...ALPHANUMERIC_ALPHABET.slice(0, 8)].reduce((sum, character) => sum + counts.get(character)!, 0) / 8;
    const rest = [...ALPHANUMERIC_ALPHABET.slice(8)].reduce((sum, character) => sum + counts.get(character)!, 0) / 54;
    expect(first8 / rest).toBeGreaterThan(0.93);
    expect(first8 / rest).toBeLessThan(1.07);
  });

  it('supports custom alphabets, including non-ASCII characters and ones larger than 256', () => {
    expect(randomString(50, '01')).toMatch(/^[01]{50}$/);
    expect(randomString(5, 'x')).toBe('xxxxx');
    const emoji = randomString(20, '💳🔑✅');
    expect(Array.from(emoji)).toHaveLength(20);
    expect(emoji).toMatch(/^(💳|🔑|✅)+$/u);
    const large = Array.from({ length: 300 }, (_, index) => String.fromCodePoint(0x4e00 + index)).join('');
    const value = randomString(500, large);
    expect(Array.from(value)).toHaveLength(500);
    for (const character of value) expect(large.includes(character)).toBe(true);
  });

  it('rejects bad lengths and alphabets', () => {
    expect(() => randomString(-1)).toThrow(RangeError);
    expect(() => randomString(1.5)).toThrow(/non-negative integer/);
    expect(() => randomString(4, '')).toThrow(/1 to 65536/);
    expect(() => randomString(4, 'aab')).toThrow(/repeats a character/);
  });
});

describe('randomUuid', () => {
  it('returns lowercase RFC 4122 version 4 UUIDs', () => {
    const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const values = Array.from({ length: 200 }, () => randomUuid());
    for (const value of values) expect(value).toMatch(pattern);
    expect(new Set(values).size).toBe(200);
  });

  it('builds a version 4 UUID from getRandomValues when randomUUID is missing', () => {
    const original = globalThis.crypto.randomUUID;
    const own = Object.getOwnPropertyDescriptor(globalThis.crypto, 'randomUUID');
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true, writable: true });
    try {
      expect(typeof globalThis.crypto.randomUUID).toBe('undefined');
      for (let round = 0; round < 50; round++) {
        expect(randomUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }
    } finally {
      if (own) Object.defineProperty(globalThis.crypto, 'randomUUID', own);
      else delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(globalThis.crypto.randomUUID).toBe(original);
  });
});
