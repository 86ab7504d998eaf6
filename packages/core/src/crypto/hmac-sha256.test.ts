import { describe, expect, it } from 'vitest';
import { ClienteleError } from '../errors/clientele-error.js';
import { hexDecode, hexEncode, utf8Encode } from './encoding.js';
import { hmacSha256, hmacSha256Hex } from './hmac-sha256.js';

/** RFC 4231 test cases 1, 2, 3 and 6, plus UTF-8 and empty inputs (expected values from node:crypto `createHmac`). */
const VECTORS: { name: string; key: string | Uint8Array; data: string | Uint8Array; hex: string }[] = [
  { name: 'RFC 4231 case 1', key: new Uint8Array(20).fill(0x0b), data: 'Hi There', hex: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7' },
  { name: 'RFC 4231 case 2', key: 'Jefe', data: 'what do ya want for nothing?', hex: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843' },
  { name: 'RFC 4231 case 3', key: new Uint8Array(20).fill(0xaa), data: new Uint8Array(50).fill(0xdd), hex: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe' },
  {
    name: 'RFC 4231 case 6 (key longer than the block)',
    key: new Uint8Array(131).fill(0xaa),
    data: 'Test Using Larger Than Block-Size Key - Hash Key First',
    hex: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
  { name: 'UTF-8 key and data', key: 'clé-秘密-🔑', data: 'Zürich → 東京 💳', hex: '741df5392ab575099773fda05f0feefd86e23de9246930bfc0d33929b5cf772d' },
  { name: 'empty data', key: 'Jefe', data: '', hex: '923598ca6d64af2a5dba79dcd021a8a0fe5c5f557519adaaf0ad532d4506dd30' },
];

describe('hmacSha256', () => {
  it.each(VECTORS)('$name', async ({ key, data, hex }) => {
    const bytes = await hmacSha256(key, data);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.length).toBe(32);
    expect(hexEncode(bytes)).toBe(hex);
    expect(await hmacSha256Hex(key, data)).toBe(hex);
  });

  it('treats a string and its UTF-8 bytes alike', async () => {
    expect(await hmacSha256Hex(utf8Encode('Jefe'), utf8Encode('what do ya want for nothing?'))).toBe(VECTORS[1]!.hex);
  });

  it('gives the same result on repeated and concurrent calls with a cached key', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => hmacSha256Hex('Jefe', 'what do ya want for nothing?')));
    expect(new Set(results)).toEqual(new Set([VECTORS[1]!.hex]));
  });

  it('stays correct when more keys are used than the cache holds', async () => {
    const keys = Array.from({ length: 40 }, (_, index) => `key-${index}`);
    const first = await Promise.all(keys.map((key) => hmacSha256Hex(key, 'payload')));
    const second = await Promise.all([...keys].reverse().map((key) => hmacSha256Hex(key, 'payload')));
    expect(second.reverse()).toEqual(first);
    expect(new Set(first).size).toBe(40);
  });

  it('does not reuse a cached key after the key bytes changed', async () => {
    const key = hexDecode('0b'.repeat(20));
    expect(await hmacSha256Hex(key, 'Hi There')).toBe(VECTORS[0]!.hex);
    key.fill(0xaa);
    expect(await hmacSha256Hex(key, new Uint8Array(50).fill(0xdd))).toBe(VECTORS[2]!.hex);
  });

  it('refuses an empty key with a configuration error (an unset secret)', async () => {
    const error = await hmacSha256('', 'data').catch((caught: unknown) => caught);
    expect(ClienteleError.isInstance(error) && error.kind).toBe('configuration');
    expect(String((error as Error).message)).toMatch(/HMAC key is empty/);
    await expect(hmacSha256(new Uint8Array(0), 'data')).rejects.toThrow(/HMAC key is empty/);
  });

  it('signs data that is a view into a larger buffer', async () => {
    const buffer = utf8Encode('xxwhat do ya want for nothing?yy');
    expect(await hmacSha256Hex('Jefe', buffer.subarray(2, buffer.length - 2))).toBe(VECTORS[1]!.hex);
  });
});
