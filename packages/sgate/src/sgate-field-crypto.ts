import { base64Decode, base64Encode, concatBytes, type RsaPrivateKey, type RsaPublicKey, utf8Decode, utf8Encode } from '@clientele/core';
import { maxPlaintextBytes } from './rsa/pkcs1-padding.js';
import type { RsaEngine } from './rsa/rsa-engine.js';
import { decryptionFailed } from './rsa/rsa-errors.js';

/**
 * Encrypts one sensitive field the SGATE way (spec §3.2): the UTF-8 bytes are split into chunks of
 * `k − 11` bytes (245 for a 2048-bit key), each chunk becomes one RSAES-PKCS1-v1_5 block of `k` bytes,
 * and the concatenated blocks are base64-encoded once. A short value gives 344 characters.
 */
export function encryptText(engine: Pick<RsaEngine, 'encrypt'>, publicKey: RsaPublicKey, plaintext: string): string {
  const bytes = utf8Encode(plaintext);
  const chunk = maxPlaintextBytes(publicKey.modulusBytes);
  const blocks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length || offset === 0; offset += chunk) {
    blocks.push(engine.encrypt(publicKey, bytes.subarray(offset, offset + chunk)));
  }
  return base64Encode(concatBytes(...blocks));
}

/**
 * Decrypts one sensitive field (spec §3.2): base64-decode, split into `k`-byte blocks, decrypt each,
 * concatenate, UTF-8 decode. Any failure (bad base64, partial block, bad padding, invalid UTF-8) is the
 * same generic `invalid_response` error, which says nothing about the cause or the value.
 */
export function decryptText(engine: Pick<RsaEngine, 'decrypt'>, privateKey: RsaPrivateKey, ciphertext: string): string {
  const { modulusBytes } = privateKey;
  let bytes: Uint8Array;
  try {
    bytes = base64Decode(ciphertext);
  } catch {
    throw decryptionFailed();
  }
  if (bytes.length === 0 || bytes.length % modulusBytes !== 0) throw decryptionFailed();
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += modulusBytes) {
    parts.push(engine.decrypt(privateKey, bytes.subarray(offset, offset + modulusBytes)));
  }
  try {
    return utf8Decode(concatBytes(...parts));
  } catch {
    throw decryptionFailed();
  }
}

/** Whether a base64 value decodes to whole blocks of this key's size, i.e. can be an SGATE ciphertext for it. */
export function isCiphertextFor(publicKey: { modulusBytes: number }, value: string): boolean {
  try {
    const length = base64Decode(value).length;
    return length > 0 && length % publicKey.modulusBytes === 0;
  } catch {
    return false;
  }
}
