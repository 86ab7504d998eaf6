import { type KeyObject, constants, createPrivateKey, createPublicKey, privateDecrypt, publicEncrypt, sign, verify } from 'node:crypto';
import type { RsaPrivateKey, RsaPublicKey } from '@clientele/core';
import { maxPlaintextBytes, unpadEncryptionBlock } from './pkcs1-padding.js';
import type { RsaEngine } from './rsa-engine.js';
import { decryptionFailed, plaintextTooLong, wrongKeyKind } from './rsa-errors.js';

/**
 * The Node.js {@link RsaEngine}, on `node:crypto` (OpenSSL): about 3–4× faster than the pure engine
 * for private-key operations and far faster for public ones. Only the Node entry may import this file.
 *
 * ## Decryption without `RSA_PKCS1_PADDING`
 *
 * Node 18.19.1+, 20.11.1+ and 21.6.2+ refuse `privateDecrypt` with `RSA_PKCS1_PADDING` (CVE-2023-46809,
 * the Marvin attack) unless OpenSSL does implicit rejection, which the OpenSSL 3.0 bundled with Node 20
 * does not. So this engine decrypts with `RSA_NO_PADDING` (raw RSA, still CRT inside OpenSSL) and strips
 * the PKCS#1 v1.5 padding itself with {@link unpadEncryptionBlock}, which scans the whole block and
 * combines its checks without data-dependent branches, as far as JavaScript allows.
 *
 * That is acceptable in this SDK because a Bleichenbacher/Marvin padding oracle needs an attacker who
 * submits many chosen ciphertexts and observes whether each one unpads:
 * - the SDK decrypts only fields of responses and callbacks whose MD5withRSA signature from SGATE has
 *   already been verified with the system public key, so an attacker cannot get a ciphertext of their
 *   choosing decrypted without SGATE's private key;
 * - every failure, wherever it happens, is the same generic `invalid_response` error
 *   ("Could not decrypt a sensitive field"), so even a decryption attempt reveals no padding detail.
 * Code that decrypts unauthenticated ciphertexts (a mock server decrypting request fields, say) is not
 * covered by that argument and must not expose decryption outcomes to untrusted parties.
 *
 * KeyObjects are cached per parsed key object (which `parseRsaKey` freezes) in a WeakMap.
 */

const privateKeyObjects = new WeakMap<RsaPrivateKey, KeyObject>();
const publicKeyObjects = new WeakMap<RsaPublicKey, KeyObject>();

function privateKeyObject(key: RsaPrivateKey, operation: string): KeyObject {
  if (key?.kind !== 'private') throw wrongKeyKind(operation, 'private');
  let keyObject = privateKeyObjects.get(key);
  if (!keyObject) {
    keyObject = createPrivateKey({ key: Buffer.from(key.pkcs8), format: 'der', type: 'pkcs8' });
    privateKeyObjects.set(key, keyObject);
  }
  return keyObject;
}

function publicKeyObject(key: RsaPublicKey, operation: string): KeyObject {
  if (key?.kind !== 'public') throw wrongKeyKind(operation, 'public');
  let keyObject = publicKeyObjects.get(key);
  if (!keyObject) {
    keyObject = createPublicKey({ key: Buffer.from(key.spki), format: 'der', type: 'spki' });
    publicKeyObjects.set(key, keyObject);
  }
  return keyObject;
}

/** A plain Uint8Array copy of a Buffer, so callers never hold a view into Node's shared buffer pool. */
function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer);
}

/** MD5withRSA via `crypto.sign('md5', …)` (OpenSSL, CRT); see {@link RsaEngine.signMd5}. */
function signMd5(privateKey: RsaPrivateKey, message: Uint8Array): Uint8Array {
  return toBytes(sign('md5', message, privateKeyObject(privateKey, 'signing')));
}

/** MD5withRSA verification via `crypto.verify('md5', …)`; see {@link RsaEngine.verifyMd5}. */
function verifyMd5(publicKey: RsaPublicKey, message: Uint8Array, signature: Uint8Array): boolean {
  const keyObject = publicKeyObject(publicKey, 'signature verification');
  if (signature.length !== publicKey.modulusBytes) return false;
  try {
    return verify('md5', message, keyObject, signature);
  } catch {
    return false;
  }
}

/** RSAES-PKCS1-v1_5 via `publicEncrypt` (random padding from OpenSSL's CSPRNG); see {@link RsaEngine.encrypt}. */
function encrypt(publicKey: RsaPublicKey, plaintext: Uint8Array): Uint8Array {
  const keyObject = publicKeyObject(publicKey, 'encryption');
  const maximum = maxPlaintextBytes(publicKey.modulusBytes);
  if (plaintext.length > maximum) throw plaintextTooLong(plaintext.length, maximum);
  return toBytes(publicEncrypt({ key: keyObject, padding: constants.RSA_PKCS1_PADDING }, plaintext));
}

/** Raw RSA via `privateDecrypt` with `RSA_NO_PADDING`, then {@link unpadEncryptionBlock}; see the file comment. */
function decrypt(privateKey: RsaPrivateKey, ciphertext: Uint8Array): Uint8Array {
  const keyObject = privateKeyObject(privateKey, 'decryption');
  if (ciphertext.length !== privateKey.modulusBytes) throw decryptionFailed();
  let block: Buffer;
  try {
    // OpenSSL rejects a ciphertext ≥ n ("data too large for modulus") here.
    block = privateDecrypt({ key: keyObject, padding: constants.RSA_NO_PADDING }, ciphertext);
  } catch {
    throw decryptionFailed();
  }
  try {
    return unpadEncryptionBlock(block);
  } finally {
    block.fill(0);
  }
}

/** The `node:crypto` {@link RsaEngine}; byte-identical results to `pureRsaEngine`. */
export const nodeRsaEngine: RsaEngine = { name: 'node', signMd5, verifyMd5, encrypt, decrypt };
