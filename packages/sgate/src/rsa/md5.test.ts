import { utf8Encode } from '@clientele/core';
import { describe, expect, it } from 'vitest';
import { md5Hex } from './md5.js';

describe('md5', () => {
  // RFC 1321, appendix A.5.
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
    ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', '57edf4a22be3c955ac49da2e2107b67a'],
  ])('RFC 1321 vector %j', (input, expected) => {
    expect(md5Hex(input)).toBe(expected);
    expect(md5Hex(utf8Encode(input))).toBe(expected);
  });

  it('hashes strings as UTF-8', () => {
    // `printf 'é' | md5sum` and `printf 'مرحبا' | md5sum`.
    expect(md5Hex('é')).toBe(md5Hex(Uint8Array.of(0xc3, 0xa9)));
    expect(md5Hex('é')).toBe('66ddcd97cfdeabb2f6fb8a999b4bc76f');
    expect(md5Hex('مرحبا')).toBe('9530db02d3c8217be00c1aa98ec51861');
  });

  it('handles every padding boundary (55, 56, 63, 64, 65 bytes)', () => {
    // Known values from `printf 'a%.0s' {1..N} | md5sum`.
    expect(md5Hex('a'.repeat(55))).toBe('ef1772b6dff9a122358552954ad0df65');
    expect(md5Hex('a'.repeat(56))).toBe('3b0c8ac703f828b04c6c197006d17218');
    expect(md5Hex('a'.repeat(63))).toBe('b06521f39153d618550606be297466d5');
    expect(md5Hex('a'.repeat(64))).toBe('014842d480b571495a4a0363793f7367');
    expect(md5Hex('a'.repeat(65))).toBe('c743a45e0d2e6a95cb859adae0248435');
  });

  it('hashes a subarray view by its own bytes only', () => {
    const bytes = utf8Encode('xxabcxx');
    expect(md5Hex(bytes.subarray(2, 5))).toBe('900150983cd24fb0d6963f7d28e17f72');
  });
});
