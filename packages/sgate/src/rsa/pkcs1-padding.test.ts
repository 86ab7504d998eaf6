import { ClienteleError, hexEncode } from '@clientele/core';
import { describe, expect, it } from 'vitest';
import { DECRYPTION_FAILED_MESSAGE } from './rsa-engine.js';
import { encodeMd5SignatureBlock, maxPlaintextBytes, padForEncryption, unpadEncryptionBlock } from './pkcs1-padding.js';

function block(...parts: Array<number | number[]>): Uint8Array {
  return Uint8Array.from(parts.flat());
}

function expectGenericFailure(action: () => unknown): void {
  try {
    action();
  } catch (error) {
    expect(ClienteleError.isInstance(error)).toBe(true);
    expect((error as ClienteleError).kind).toBe('invalid_response');
    expect((error as ClienteleError).message).toBe(DECRYPTION_FAILED_MESSAGE);
    return;
  }
  throw new Error('expected a decryption failure');
}

describe('EMSA-PKCS1-v1_5 with MD5', () => {
  it('builds 00 01 FF… 00 DigestInfo MD5(message), as in the spec example 1', () => {
    const encoded = encodeMd5SignatureBlock(new TextEncoder().encode('8a5908e27626d79d73dc14bd9ba00e72'), 256);
    expect(encoded).toHaveLength(256);
    expect(hexEncode(encoded.subarray(0, 2))).toBe('0001');
    expect(encoded.subarray(2, 256 - 35).every((byte) => byte === 0xff)).toBe(true);
    expect(hexEncode(encoded.subarray(256 - 35))).toBe('003020300c06082a864886f70d020505000410d92bbf74896b077077340085521ca5d4');
  });
});

describe('EME-PKCS1-v1_5', () => {
  it('pads with at least 8 random non-zero bytes and unpads back', () => {
    for (const length of [0, 1, 100, 245]) {
      const plaintext = Uint8Array.from({ length }, (_, index) => index & 0xff);
      const padded = padForEncryption(plaintext, 256);
      expect(padded).toHaveLength(256);
      expect(hexEncode(padded.subarray(0, 2))).toBe('0002');
      const separator = 256 - length - 1;
      expect(padded[separator]).toBe(0);
      expect(padded.subarray(2, separator).every((byte) => byte !== 0)).toBe(true);
      expect(unpadEncryptionBlock(padded)).toEqual(plaintext);
    }
    expect(maxPlaintextBytes(256)).toBe(245);
  });

  it('refuses a plaintext over k − 11 bytes with a validation error', () => {
    expect(() => padForEncryption(new Uint8Array(246), 256)).toThrow(/at most 245 bytes/);
  });

  it('padding differs each time', () => {
    const plaintext = new Uint8Array(10);
    expect(padForEncryption(plaintext, 256)).not.toEqual(padForEncryption(plaintext, 256));
  });

  const ps8 = Array(8).fill(0x5a);
  it.each([
    ['first byte not zero', block(1, 2, ps8, 0, [65])],
    ['block type 01', block(0, 1, ps8, 0, [65])],
    ['block type 00', block(0, 0, ps8, 0, [65])],
    ['only 7 padding bytes', block(0, 2, Array(7).fill(0x5a), 0, [65, 66])],
    ['no separator', block(0, 2, Array(14).fill(0x5a))],
    ['separator right after the type', block(0, 2, 0, ps8)],
    ['too short', block(0, 2, 0)],
    ['empty', block()],
  ])('fails generically: %s', (_name, encoded) => {
    expectGenericFailure(() => unpadEncryptionBlock(encoded));
  });

  it('accepts exactly 8 padding bytes and an empty message', () => {
    expect(unpadEncryptionBlock(block(0, 2, ps8, 0, [65]))).toEqual(Uint8Array.of(65));
    expect(unpadEncryptionBlock(block(0, 2, ps8, 0))).toEqual(new Uint8Array(0));
    // A zero inside the message is message data, not a second separator.
    expect(unpadEncryptionBlock(block(0, 2, ps8, 0, [0, 1, 0]))).toEqual(Uint8Array.of(0, 1, 0));
  });
});
