import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeBody, signBody, verifyBodySignature } from './paycombat-signer.js';
import { independentHmacHex } from './testing/test-client.js';

/** Computed once with node:crypto `createHmac('sha256', key).update(body, 'utf8').digest('hex')`. */
const VECTORS: [key: string, body: string, signature: string][] = [
  ['key', '{}', 'a777724d943eb48dc69bca8a4a6d57a04db3f9ec7e1de4e581e860265bdf3032'],
  ['key', '[]', '8cf3d584bac42070e44f249a550910bd0077d18a9cc62a54c59c6758458bf01a'],
  ['key', '', '5d5d139563c95b5967b9bd9a8c9b233a9dedb45072794cd232dc1b74832607d0'],
  ['sig_key_test', '{"checkout_token":"tok_1","payin_method_name":"KDB산업은행"}', 'cb04662a996d23a8d249b55825fd5248eb2db46abb4aa2b04ca732bb554a2356'],
  ['mock_signature_key_0123456789', '{"customer_id":"customer_00000000000000000000000000000001","description":"VIP 🎉"}', '4f16ff3506e4d6baa5b74c177ab30f03ce42e74fa8d53165ff7c0380f34d5dde'],
  ['The quick brown fox jumps over the lazy dog', 'The quick brown fox jumps over the lazy dog', '05ef8d2632d4140db730878ffb03a0bd9b32de06fb74df0471bde777cba1eff7'],
];

describe('signBody', () => {
  it.each(VECTORS)('matches the node:crypto vector for key %j', async (key, body, signature) => {
    await expect(signBody(key, body)).resolves.toBe(signature);
    await expect(verifyBodySignature(key, body, signature)).resolves.toBe(true);
    await expect(verifyBodySignature(key, body, ` ${signature.toUpperCase()} `)).resolves.toBe(true);
    await expect(verifyBodySignature(key, `${body} `, signature)).resolves.toBe(false);
    await expect(verifyBodySignature(`${key}x`, body, signature)).resolves.toBe(false);
  });

  it('refuses an empty key with a configuration error', async () => {
    await expect(signBody('', '{}')).rejects.toMatchObject({ kind: 'configuration' });
  });
});

describe('serializeBody', () => {
  it('is compact JSON.stringify: raw UTF-8, unescaped slashes, insertion order, undefined left out', () => {
    expect(serializeBody({ b: 'KDB산업은행', a: 'https://x.example/a/b', c: undefined, d: ['🎉', null] })).toBe('{"b":"KDB산업은행","a":"https://x.example/a/b","d":["🎉",null]}');
  });

  it('refuses numbers JSON would change, naming the field', () => {
    expect(() => serializeBody({ amount: Number.NaN })).toThrow(/amount: must be a finite number/);
    expect(() => serializeBody({ big: 2 ** 60 })).toThrow(/big/);
    expect(serializeBody({ ok: 1.5, zero: -0 })).toBe('{"ok":1.5,"zero":0}');
  });
});

describe('signBody (properties)', () => {
  const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('a/b\\c', '"quoted"', '🎉🇮🇩', 'KDB산업은행', '?page=2&limit=50'));
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(text, tie('value'), { maxKeys: 4 })),
  })).value;

  it('every signature over a serialized body verifies under an independent WebCrypto HMAC and the SDK verifier', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(text, json, { maxKeys: 6 }), fc.string({ minLength: 1, maxLength: 64 }), async (body, key) => {
        const serialized = serializeBody(body);
        expect(JSON.parse(serialized)).toEqual(JSON.parse(JSON.stringify(body)));
        const signature = await signBody(key, serialized);
        expect(signature).toMatch(/^[0-9a-f]{64}$/);
        expect(signature).toBe(await independentHmacHex(key, serialized));
        expect(await verifyBodySignature(key, serialized, signature)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('long bodies and any change of one character are detected', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 20_000, unit: 'grapheme' }), fc.nat(), async (content, position) => {
        const body = serializeBody({ description: content });
        const signature = await signBody('k3y', body);
        const index = position % body.length;
        const changed = body.slice(0, index) + (body[index] === 'x' ? 'y' : 'x') + body.slice(index + 1);
        expect(await verifyBodySignature('k3y', changed, signature)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
