import { describe, expect, it } from 'vitest';
import { ClienteleError } from '../errors/clientele-error.js';
import { hexEncode, utf8Encode } from './encoding.js';
import { requireSubtleCrypto, sha256, toBufferSource } from './sha256.js';

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['Zürich → 東京 💳', '5867b6e4c872db034c03e11d9980ffda6eac60b9043fbfa22374c0f54817c927'],
  ])('hashes %j', async (text, hex) => {
    expect(hexEncode(await sha256(text))).toBe(hex);
    expect(hexEncode(await sha256(utf8Encode(text)))).toBe(hex);
  });
});

describe('requireSubtleCrypto', () => {
  it('returns the runtime SubtleCrypto', () => {
    expect(requireSubtleCrypto()).toBe(globalThis.crypto.subtle);
  });

  it('explains a missing crypto.subtle with a configuration error', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true, writable: true });
    try {
      let error: unknown;
      try {
        requireSubtleCrypto();
      } catch (thrown) {
        error = thrown;
      }
      expect(ClienteleError.isInstance(error) && error.kind).toBe('configuration');
      expect((error as Error).message).toMatch(/WebCrypto/);
      await expect(sha256('abc')).rejects.toThrow(/WebCrypto/);
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'crypto', descriptor);
      else delete (globalThis as { crypto?: unknown }).crypto;
    }
    expect(typeof globalThis.crypto.subtle.digest).toBe('function');
  });
});

describe('toBufferSource', () => {
  it('keeps views over an ArrayBuffer and encodes strings as UTF-8', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(toBufferSource(bytes)).toBe(bytes);
    expect([...toBufferSource('é')]).toEqual([0xc3, 0xa9]);
  });
});
