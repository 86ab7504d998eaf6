import { base64Decode, buildQuery, hexEncode, parseRsaKey } from '@clientele/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SGATE_SIGNATURE_VECTORS, SGATE_TEST_KEY } from './rsa/__fixtures__/sgate-test-key.js';
import { modPow, bytesToBigInt } from './rsa/rsa-math.js';
import { pureRsaEngine } from './rsa/rsa-pkcs1.js';
import { NONCE_LENGTH, sign, signedHeaders, verify } from './sgate-signer.js';
import { SGATE_TEST_KEYS } from './testing/sandbox-keys.js';
import { independentlyVerify } from './test-support.js';

const docsExample = { apiKey: 'xxxxxxxxxxxxxx', timestamp: 1686647706, nonce: 'TIj5tZ3gM6FbprYlKNR2', url: '/openApi/v1/payee/custom/list', method: 'GET', body: '' };
const privateKey = parseRsaKey(SGATE_TEST_KEYS.merchantPrivateKey, { expect: 'private' });
const publicKey = parseRsaKey(SGATE_TEST_KEYS.merchantPublicKey, { expect: 'public' });

/** `/openApi/v1/<segments>?<sorted, RFC 3986-encoded Unicode parameters>`, as the SDK builds them. */
const signedUrl = fc
  .tuple(
    fc.array(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~'), minLength: 1, maxLength: 12 }), { maxLength: 4 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 20 }), { maxKeys: 4 }),
  )
  .map(([segments, parameters]) => `/openApi/v1/${segments.join('/')}${buildQuery(parameters, { sort: true })}`);

describe('request signature (spec §2)', () => {
  it("signs the docs' worked example: digest 8a5908e2…, byte-identical to openssl's signature with the same key", () => {
    const key = parseRsaKey(SGATE_TEST_KEY.privateKeyPem, { expect: 'private' });
    const [vector] = SGATE_SIGNATURE_VECTORS;
    expect(vector.message).toBe('8a5908e27626d79d73dc14bd9ba00e72');
    expect(sign(pureRsaEngine, key, docsExample)).toBe(vector.signatureBase64);
  });

  it('carries the MD5 DigestInfo of MD5("8a5908e2…") in the signature block, with any key (spec §2.2)', () => {
    const signature = sign(pureRsaEngine, privateKey, docsExample);
    const block = hexEncode(Uint8Array.from(modPow(bytesToBigInt(base64Decode(signature)), publicKey.e, publicKey.n).toString(16).padStart(512, '0').match(/../g)!, (pair) => Number.parseInt(pair, 16)));
    expect(block.startsWith('0001ffff')).toBe(true);
    expect(block.endsWith('003020300c06082a864886f70d020505000410d92bbf74896b077077340085521ca5d4')).toBe(true);
  });

  it('builds the five V-* headers with a fresh 20-character nonce each time', () => {
    const message = { apiKey: 'key-123', timestamp: 1_700_000_000, url: '/openApi/v1/payee/custom/create', method: 'POST', body: '{"a":1}' };
    const first = signedHeaders(pureRsaEngine, privateKey, message);
    const second = signedHeaders(pureRsaEngine, privateKey, message);
    expect(Object.keys(first)).toEqual(['V-Api-Key', 'V-Api-Version', 'V-Timestamp', 'V-Nonce-Str', 'V-Signature']);
    expect(first).toMatchObject({ 'V-Api-Key': 'key-123', 'V-Api-Version': '1', 'V-Timestamp': '1700000000' });
    expect(first['V-Nonce-Str']).toMatch(new RegExp(`^[A-Za-z0-9]{${NONCE_LENGTH}}$`));
    expect(first['V-Nonce-Str']).not.toBe(second['V-Nonce-Str']);
    expect(first['V-Signature']).toHaveLength(344);
    const fields = { ...message, timestamp: 1_700_000_000, nonce: first['V-Nonce-Str'] };
    expect(independentlyVerify(SGATE_TEST_KEYS.merchantPublicKey, fields, first['V-Signature'])).toBe(true);
  });

  it('rejects a changed field, another key, or a malformed signature (never throws)', () => {
    const signature = sign(pureRsaEngine, privateKey, docsExample);
    expect(verify(pureRsaEngine, publicKey, docsExample, signature)).toBe(true);
    for (const change of [{ apiKey: 'y' }, { timestamp: 1686647707 }, { nonce: 'x' }, { url: '/openApi/v1/payee/custom/list?a=1' }, { method: 'POST' }, { body: ' ' }]) {
      expect(verify(pureRsaEngine, publicKey, { ...docsExample, ...change }, signature)).toBe(false);
    }
    const otherKey = parseRsaKey(SGATE_TEST_KEYS.systemPublicKey, { expect: 'public' });
    expect(verify(pureRsaEngine, otherKey, docsExample, signature)).toBe(false);
    for (const malformed of ['', 'not base64!', signature.slice(0, 100), `${signature.slice(0, -4)}AAAA`, 'A'.repeat(344)]) {
      expect(verify(pureRsaEngine, publicKey, docsExample, malformed)).toBe(false);
    }
  });

  it('property: Unicode, emoji, slashes, query strings and long bodies sign and verify, independently too', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(
        fc.record({
          apiKey: fc.string({ minLength: 1, maxLength: 40 }),
          timestamp: fc.integer({ min: 0, max: 4_102_444_800 }),
          nonce: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 32 }),
          url: signedUrl,
          method: fc.constantFrom('GET', 'POST'),
          body: fc.oneof(text, fc.json(), fc.string({ unit: 'grapheme', minLength: 300, maxLength: 3000 }), fc.constant('{"a":"/\\u2028/ 😀 مرحبا"}')),
        }),
        (fields) => {
          const signature = sign(pureRsaEngine, privateKey, fields);
          expect(verify(pureRsaEngine, publicKey, fields, signature)).toBe(true);
          expect(independentlyVerify(SGATE_TEST_KEYS.merchantPublicKey, { ...fields, method: fields.method.toUpperCase() }, signature)).toBe(true);
          expect(verify(pureRsaEngine, publicKey, { ...fields, body: `${fields.body}x` }, signature)).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });
});
