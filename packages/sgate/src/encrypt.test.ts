import { parseRsaKey } from '@clientele/core';
import { createSgateEncryptor } from '@clientele/sgate/encrypt';
import { SGATE_TEST_KEYS } from '@clientele/sgate/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPublicKey } from './read-public-key.js';
import { pureRsaEngine } from './rsa/rsa-pkcs1.js';
import { decryptText } from './sgate-field-crypto.js';

const systemPrivateKey = parseRsaKey(SGATE_TEST_KEYS.systemPrivateKey, { expect: 'private' });
const decrypt = (ciphertext: string) => decryptText(pureRsaEngine, systemPrivateKey, ciphertext);

describe('@clientele/sgate/encrypt', () => {
  it('encrypts the SGATE way: 344 base64 characters for a short value, random padding, decryptable by SGATE', () => {
    const encryptor = createSgateEncryptor(SGATE_TEST_KEYS.systemPublicKeyBase64);
    expect(encryptor.modulusBits).toBe(2048);
    const first = encryptor.encrypt('1012345678', { field: 'identity' });
    const second = encryptor.encrypt('1012345678');
    expect(first).toMatch(/^[A-Za-z0-9+/]{342}==$/);
    expect(first).not.toBe(second);
    expect(decrypt(first)).toBe('1012345678');
    expect(decrypt(second)).toBe('1012345678');
  });

  it('property: any UTF-8 text round-trips, split into 245-byte chunks of 256-byte blocks', () => {
    const encryptor = createSgateEncryptor(SGATE_TEST_KEYS.systemPublicKey);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (plaintext) => {
        const ciphertext = encryptor.encrypt(plaintext);
        const bytes = new TextEncoder().encode(plaintext).length;
        expect(ciphertext.length).toBe((Math.ceil((Math.ceil(bytes / 245) * 256) / 3) * 4));
        expect(decrypt(ciphertext)).toBe(plaintext);
      }),
      { numRuns: 25 },
    );
  });

  it('checks a field rule before encrypting, with messages that never quote the value', () => {
    const encryptor = createSgateEncryptor(SGATE_TEST_KEYS.systemPublicKey);
    expect(() => encryptor.encrypt('4111 1111', { field: 'cardno' })).toThrow(/cardno: must be 13 to 19 digits/);
    expect(() => encryptor.encrypt('0412345678', { field: 'stcaccount' })).toThrow(/stcaccount: must be an STCPay number/);
    expect(() => encryptor.encrypt('x'.repeat(65), { field: 'identity' })).toThrow(/identity: must be 1 to 64 characters long/);
    expect(() => encryptor.encrypt('')).toThrow(/must be a non-empty string/);
    expect(() => encryptor.encrypt('1', { field: 'iban' as never })).toThrow(/not an encrypted SGATE field/);
    try {
      encryptor.encrypt('4111 1111', { field: 'cardno' });
    } catch (error) {
      expect(JSON.stringify(error) + String(error)).not.toContain('4111');
    }
  });

  it('reads the same key core reads (SPKI, PKCS#1 public, PEM, base64, DER) and refuses private keys', () => {
    const reference = parseRsaKey(SGATE_TEST_KEYS.systemPublicKey, { expect: 'public' });
    const pkcs1Der = reference.spki.subarray(24);
    const pkcs1Pem = `-----BEGIN RSA PUBLIC KEY-----\n${btoa(String.fromCharCode(...pkcs1Der))}\n-----END RSA PUBLIC KEY-----\n`;
    for (const input of [SGATE_TEST_KEYS.systemPublicKey, SGATE_TEST_KEYS.systemPublicKeyBase64, reference.spki, pkcs1Pem, pkcs1Der]) {
      const key = readPublicKey(input);
      expect([key.n, key.e, key.modulusBytes]).toEqual([reference.n, reference.e, reference.modulusBytes]);
      expect(Array.from(key.spki)).toEqual(Array.from(reference.spki));
    }
    expect(() => createSgateEncryptor(SGATE_TEST_KEYS.systemPrivateKey)).toThrow(/expected an RSA public key but got a private key/);
    expect(() => createSgateEncryptor(SGATE_TEST_KEYS.merchantPrivateKeyPkcs1)).toThrow(/private key/);
    expect(() => createSgateEncryptor('hello')).toThrow(/neither PEM nor base64/);
    expect(() => createSgateEncryptor('-----BEGIN PUBLIC KEY-----\nMIIB')).toThrow(/no complete PEM block/);
  });
});
