import { describe, expect, it } from 'vitest';
import { utf8Encode } from './encoding.js';
import { timingSafeEqual } from './timing-safe-equal.js';

describe('timingSafeEqual', () => {
  it('is true for equal strings and equal bytes', () => {
    expect(timingSafeEqual('5bdcc146bf', '5bdcc146bf')).toBe(true);
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(timingSafeEqual('', '')).toBe(true);
    expect(timingSafeEqual(new Uint8Array(0), '')).toBe(true);
  });

  it('compares a string with bytes as UTF-8', () => {
    expect(timingSafeEqual('Zoë 💳', utf8Encode('Zoë 💳'))).toBe(true);
    expect(timingSafeEqual('Zoe 💳', utf8Encode('Zoë 💳'))).toBe(false);
  });

  it('is false when any byte differs, first or last', () => {
    expect(timingSafeEqual('abcdef', 'xbcdef')).toBe(false);
    expect(timingSafeEqual('abcdef', 'abcdex')).toBe(false);
    expect(timingSafeEqual(new Uint8Array([0, 0, 1]), new Uint8Array([0, 0, 0]))).toBe(false);
  });

  it('is false on length mismatch, including a prefix and zero padding', () => {
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
    expect(timingSafeEqual('abcd', 'abc')).toBe(false);
    expect(timingSafeEqual('', 'a')).toBe(false);
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });

  it('is case-sensitive, so normalise hex case before comparing', () => {
    expect(timingSafeEqual('ABCDEF', 'abcdef')).toBe(false);
  });
});
