import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as web from './hmac-sha256.js';
import * as node from './hmac-sha256.node.js';

// The `node` export condition swaps WebCrypto's HMAC for node:crypto's; the two must be interchangeable.
describe('hmac-sha256.node (the node export condition)', () => {
  it('matches RFC 4231 test case 2', async () => {
    expect(await node.hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('gives the same bytes as the WebCrypto flavour for any key and data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ minLength: 1, unit: 'grapheme' }), fc.uint8Array({ minLength: 1, maxLength: 200 })), fc.oneof(fc.string({ unit: 'grapheme' }), fc.uint8Array({ maxLength: 500 })), async (key, data) => {
        expect(await node.hmacSha256(key, data)).toEqual(await web.hmacSha256(key, data));
        expect(await node.hmacSha256Hex(key, data)).toBe(await web.hmacSha256Hex(key, data));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses an empty key the same way', async () => {
    await expect(node.hmacSha256Hex('', 'x')).rejects.toMatchObject({ kind: 'configuration', message: 'The HMAC key is empty: check that the signing secret is configured.' });
    await expect(web.hmacSha256Hex('', 'x')).rejects.toMatchObject({ kind: 'configuration', message: 'The HMAC key is empty: check that the signing secret is configured.' });
  });

  it('is what @clientele/core exports under the node condition', async () => {
    const entry = await import('../index.node.js');
    expect(entry.hmacSha256Hex).toBe(node.hmacSha256Hex);
    expect(entry.ClienteleError).toBeDefined();
  });
});
