import { hexDecode } from '@clientele/core';
import { md5 } from './md5.js';
import { decryptionFailed, plaintextTooLong } from './rsa-errors.js';

/**
 * PKCS#1 v1.5 block formats (RFC 8017 §7.2 and §9.2), shared by the pure and the Node engines.
 */

/** DER prefix of the MD5 DigestInfo: `SEQUENCE { SEQUENCE { OID 1.2.840.113549.2.5, NULL }, OCTET STRING (16) }`. */
export const MD5_DIGEST_INFO_PREFIX: Uint8Array = /* @__PURE__ */ hexDecode('3020300c06082a864886f70d020505000410');

/** Padding overhead of RSAES-PKCS1-v1_5: `00 02`, at least 8 padding bytes, `00`. */
export const ENCRYPTION_OVERHEAD_BYTES = 11;

/** The longest plaintext one block can carry: `modulusBytes − 11` (245 for a 2048-bit key). */
export function maxPlaintextBytes(modulusBytes: number): number {
  return modulusBytes - ENCRYPTION_OVERHEAD_BYTES;
}

/**
 * EMSA-PKCS1-v1_5 with MD5: `00 01 FF…FF 00 ‖ DigestInfo(MD5(message))`, `modulusBytes` long.
 * This is the block an MD5withRSA signature carries.
 */
export function encodeMd5SignatureBlock(message: Uint8Array, modulusBytes: number): Uint8Array {
  const digestInfoLength = MD5_DIGEST_INFO_PREFIX.length + 16;
  if (modulusBytes < digestInfoLength + 11) throw new RangeError('RSA modulus too short for an MD5 signature.');
  const block = new Uint8Array(modulusBytes);
  block[1] = 0x01;
  block.fill(0xff, 2, modulusBytes - digestInfoLength - 1);
  block.set(MD5_DIGEST_INFO_PREFIX, modulusBytes - digestInfoLength);
  block.set(md5(message), modulusBytes - 16);
  return block;
}

function randomNonZeroBytes(length: number): Uint8Array {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  const spare = new Uint8Array(16);
  let spareIndex = spare.length;
  for (let index = 0; index < length; index++) {
    while (bytes[index] === 0) {
      if (spareIndex === spare.length) {
        crypto.getRandomValues(spare);
        spareIndex = 0;
      }
      bytes[index] = spare[spareIndex++]!;
    }
  }
  return bytes;
}

/**
 * EME-PKCS1-v1_5 encoding: `00 02 ‖ PS ‖ 00 ‖ plaintext`, with PS at least 8 random non-zero bytes
 * from `crypto.getRandomValues`, `modulusBytes` long.
 *
 * @throws ClienteleError kind `'validation'` when `plaintext` exceeds {@link maxPlaintextBytes}.
 */
export function padForEncryption(plaintext: Uint8Array, modulusBytes: number): Uint8Array {
  const maximum = maxPlaintextBytes(modulusBytes);
  if (plaintext.length > maximum) throw plaintextTooLong(plaintext.length, maximum);
  const block = new Uint8Array(modulusBytes);
  block[1] = 0x02;
  const paddingLength = modulusBytes - plaintext.length - 3;
  block.set(randomNonZeroBytes(paddingLength), 2);
  block.set(plaintext, paddingLength + 3);
  return block;
}

/** 1 when `byte` (0–255) is zero, else 0, without a branch. */
function isZeroByte(byte: number): number {
  return ((byte | -byte) >>> 31) ^ 1;
}

/**
 * Strips EME-PKCS1-v1_5 padding from a decrypted block: checks `00 02`, at least 8 non-zero padding
 * bytes and the `00` separator, and returns the message after it.
 *
 * The whole block is always scanned and the checks are combined arithmetically, so the time taken does
 * not depend on where (or whether) the padding is wrong; the single branch is on the combined result,
 * and every failure throws the same generic error. JavaScript gives no hard constant-time guarantee,
 * so this reduces, rather than removes, a timing signal; see `node-rsa-engine.node.ts` for why that suffices here.
 *
 * @throws ClienteleError kind `'invalid_response'` ({@link decryptionFailed}) when the padding is invalid.
 */
export function unpadEncryptionBlock(block: Uint8Array): Uint8Array {
  let valid = isZeroByte(block[0]! | 0) & isZeroByte((block[1]! | 0) ^ 0x02);
  let separatorIndex = 0;
  let searching = 1;
  for (let index = 2; index < block.length; index++) {
    const found = isZeroByte(block[index]!) & searching;
    separatorIndex |= -found & index;
    searching &= found ^ 1;
  }
  valid &= searching ^ 1; // a separator exists
  valid &= (9 - separatorIndex) >>> 31; // separatorIndex ≥ 10, i.e. at least 8 padding bytes
  valid &= ((block.length - 11) >>> 31) ^ 1; // the block is at least 11 bytes long
  if (valid !== 1) throw decryptionFailed();
  // A copy as a plain Uint8Array (never a view: the caller may wipe `block`, and Buffer#slice is a view).
  return new Uint8Array(block.subarray(separatorIndex + 1));
}
