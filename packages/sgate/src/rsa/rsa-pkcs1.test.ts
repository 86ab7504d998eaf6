import { ClienteleError, base64Decode, base64Encode, hexEncode, utf8Decode, utf8Encode } from '@clientele/core';
import { describe, expect, it } from 'vitest';
import { parseRsaKey, rsaPublicKeyFromPrivate } from '@clientele/core';
import { SGATE_CIPHERTEXT_VECTORS, SGATE_SIGNATURE_VECTORS, SGATE_TEST_KEY } from './__fixtures__/sgate-test-key.js';
import { DECRYPTION_FAILED_MESSAGE } from './rsa-engine.js';
import { pureRsaEngine } from './rsa-pkcs1.js';
import { bigIntToBytes, bytesToBigInt, modPow } from './rsa-math.js';

const privateKey = parseRsaKey(SGATE_TEST_KEY.privateKeyPem, { expect: 'private' });
const publicKey = parseRsaKey(SGATE_TEST_KEY.publicKeyBase64, { expect: 'public' });
const engine = pureRsaEngine;

function expectDecryptionFailure(ciphertext: Uint8Array): void {
  try {
    engine.decrypt(privateKey, ciphertext);
  } catch (error) {
    expect(ClienteleError.isInstance(error)).toBe(true);
    expect((error as ClienteleError).kind).toBe('invalid_response');
    expect((error as ClienteleError).message).toBe(DECRYPTION_FAILED_MESSAGE);
    return;
  }
  throw new Error('expected a decryption failure');
}

/** Raw RSA on a hand-made block, to produce ciphertexts with deliberately bad padding. */
function rawEncrypt(block: Uint8Array): Uint8Array {
  return bigIntToBytes(modPow(bytesToBigInt(block), publicKey.e, publicKey.n), publicKey.modulusBytes);
}

describe('pure engine: MD5withRSA known answers (from openssl dgst -md5 -sign)', () => {
  it.each(SGATE_SIGNATURE_VECTORS)('signs $message', ({ message, signatureBase64 }) => {
    const signature = engine.signMd5(privateKey, utf8Encode(message));
    expect(signature).toHaveLength(256);
    expect(base64Encode(signature)).toBe(signatureBase64);
    expect(base64Encode(signature)).toHaveLength(344);
  });

  it.each(SGATE_SIGNATURE_VECTORS)('verifies $message', ({ message, signatureBase64 }) => {
    expect(engine.verifyMd5(publicKey, utf8Encode(message), base64Decode(signatureBase64))).toBe(true);
  });

  it('recovers the spec block for example 1: DigestInfo ‖ MD5(digest) = d92bbf74…', () => {
    const signature = base64Decode(SGATE_SIGNATURE_VECTORS[0].signatureBase64);
    const recovered = bigIntToBytes(modPow(bytesToBigInt(signature), publicKey.e, publicKey.n), 256);
    expect(hexEncode(recovered).endsWith('003020300c06082a864886f70d020505000410d92bbf74896b077077340085521ca5d4')).toBe(true);
  });

  it('rejects tampered signatures and messages', () => {
    const message = utf8Encode(SGATE_SIGNATURE_VECTORS[0].message);
    const signature = base64Decode(SGATE_SIGNATURE_VECTORS[0].signatureBase64);
    for (const index of [0, 100, 255]) {
      const tampered = signature.slice();
      tampered[index]! ^= 0x01;
      expect(engine.verifyMd5(publicKey, message, tampered)).toBe(false);
    }
    expect(engine.verifyMd5(publicKey, utf8Encode(SGATE_SIGNATURE_VECTORS[1].message), signature)).toBe(false);
    expect(engine.verifyMd5(publicKey, message, signature.subarray(1))).toBe(false);
    expect(engine.verifyMd5(publicKey, message, new Uint8Array(256).fill(0xff))).toBe(false); // ≥ n
    expect(engine.verifyMd5(publicKey, message, new Uint8Array(0))).toBe(false);
  });
});

describe('pure engine: decryption', () => {
  it.each(SGATE_CIPHERTEXT_VECTORS)('decrypts the openssl ciphertext of $plaintext', ({ plaintext, ciphertextBase64 }) => {
    expect(utf8Decode(engine.decrypt(privateKey, base64Decode(ciphertextBase64)))).toBe(plaintext);
  });

  it.each([0, 1, 117, 245])('round-trips a %i-byte plaintext', (length) => {
    const plaintext = crypto.getRandomValues(new Uint8Array(length));
    const ciphertext = engine.encrypt(publicKey, plaintext);
    expect(ciphertext).toHaveLength(256);
    expect(engine.decrypt(privateKey, ciphertext)).toEqual(plaintext);
  });

  it('round-trips multi-byte UTF-8', () => {
    const text = 'عبدالله 👩‍💻 中文 é';
    expect(utf8Decode(engine.decrypt(privateKey, engine.encrypt(publicKey, utf8Encode(text))))).toBe(text);
  });

  it('refuses a 246-byte plaintext', () => {
    expect(() => engine.encrypt(publicKey, new Uint8Array(246))).toThrow(/at most 245 bytes/);
  });

  it('encrypts with fresh random padding each time', () => {
    const plaintext = utf8Encode('same');
    expect(engine.encrypt(publicKey, plaintext)).not.toEqual(engine.encrypt(publicKey, plaintext));
  });

  it('fails generically on wrong length, out-of-range values and bad padding', () => {
    const good = base64Decode(SGATE_CIPHERTEXT_VECTORS[0].ciphertextBase64);
    expectDecryptionFailure(good.subarray(1));
    expectDecryptionFailure(new Uint8Array(257));
    expectDecryptionFailure(new Uint8Array(256).fill(0xff)); // ≥ n
    const tampered = good.slice();
    tampered[10]! ^= 0x40;
    expectDecryptionFailure(tampered);
    const ps = new Uint8Array(200).fill(0x33);
    const signatureType = new Uint8Array(256);
    signatureType.set([0, 1], 0);
    signatureType.set(ps, 2);
    expectDecryptionFailure(rawEncrypt(signatureType)); // block type 01
    const shortPadding = new Uint8Array(256).fill(0x33);
    shortPadding.set([0, 2], 0);
    shortPadding[9] = 0; // separator after 7 padding bytes
    expectDecryptionFailure(rawEncrypt(shortPadding));
    const noSeparator = new Uint8Array(256).fill(0x33);
    noSeparator.set([0, 2], 0);
    expectDecryptionFailure(rawEncrypt(noSeparator));
  });
});

describe('pure engine: misuse', () => {
  it('refuses a key of the wrong kind', () => {
    const asAny = engine as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(() => asAny.signMd5!(publicKey, new Uint8Array(1))).toThrow(/needs a parsed private key/);
    expect(() => asAny.encrypt!(privateKey, new Uint8Array(1))).toThrow(/needs a parsed public key/);
    expect(() => engine.encrypt(rsaPublicKeyFromPrivate(privateKey), new Uint8Array(1))).not.toThrow();
  });
});
