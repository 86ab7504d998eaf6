import { describe, expect, it } from 'vitest';
import { hexEncode } from './encoding.js';
import { hmacSha256, hmacSha256Hex } from './hmac-sha256.js';
import { sha256 } from './sha256.js';

/** The part of `node:crypto` used here. */
interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: string | Uint8Array): NodeHash;
  createHash(algorithm: 'sha256'): NodeHash;
  randomBytes(size: number): Uint8Array;
}
interface NodeHash {
  update(data: string | Uint8Array): NodeHash;
  digest(encoding: 'hex'): string;
}

// `node:crypto` through `process.getBuiltinModule` (Node ≥ 20.16) rather than an import: the package type-checks
// without @types/node on purpose, so that `Buffer` or `process` in src fails to compile.
const { createHash, createHmac, randomBytes } = (
  globalThis as unknown as { process: { getBuiltinModule(id: string): unknown } }
).process.getBuiltinModule('node:crypto') as NodeCrypto;

const nodeHmac = (key: string | Uint8Array, data: string | Uint8Array) => createHmac('sha256', key).update(data).digest('hex');

describe('hmacSha256 against node:crypto', () => {
  it('matches RFC 4231 test case 2', async () => {
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(nodeHmac('Jefe', 'what do ya want for nothing?')).toBe(expected);
    expect(await hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe(expected);
  });

  it.each([
    ['ASCII', 'secret', 'amount=100&currency=EUR'],
    ['Latin-1 and CJK', 'clé', '{"name":"Zoë 山田"}'],
    ['astral symbols', '🔑🔑', '💳 → ✅'],
    ['long key', 'k'.repeat(200), 'data'],
    ['empty data', 'secret', ''],
  ])('matches createHmac for %s strings', async (_name, key, data) => {
    expect(await hmacSha256Hex(key, data)).toBe(nodeHmac(key, data));
  });

  it('refuses an empty key instead of signing', async () => {
    await expect(hmacSha256('', 'data')).rejects.toThrow(/HMAC key is empty/);
  });

  it('matches createHmac on 50 random byte keys and messages', async () => {
    for (let round = 0; round < 50; round++) {
      const key = new Uint8Array(randomBytes(1 + (round * 7) % 150));
      const data = new Uint8Array(randomBytes((round * 37) % 500));
      expect(hexEncode(await hmacSha256(key, data))).toBe(nodeHmac(key, data));
    }
  });
});

describe('sha256 against node:crypto', () => {
  it.each(['', 'abc', 'Zürich → 東京 💳', 'x'.repeat(10_000)])('matches createHash for %j', async (text) => {
    expect(hexEncode(await sha256(text))).toBe(createHash('sha256').update(text).digest('hex'));
  });
});
