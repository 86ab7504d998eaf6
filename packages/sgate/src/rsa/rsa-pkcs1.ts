import { type RsaPrivateKey, type RsaPublicKey, timingSafeEqual } from '@clientele/core';
import { encodeMd5SignatureBlock, padForEncryption, unpadEncryptionBlock } from './pkcs1-padding.js';
import type { RsaEngine } from './rsa-engine.js';
import { decryptionFailed, signingSelfCheckFailed, wrongKeyKind } from './rsa-errors.js';
import { bigIntToBytes, bytesToBigInt, modInverse, modPow } from './rsa-math.js';

/**
 * RSA PKCS#1 v1.5 (RFC 8017) in pure JavaScript on BigInt, for runtimes without `node:crypto`
 * (browsers, Cloudflare Workers, Vercel Edge, Deno): WebCrypto offers neither MD5withRSA nor
 * RSAES-PKCS1-v1_5.
 *
 * Side channels: BigInt arithmetic is not constant-time. Private-key operations are therefore
 * blinded (the exponentiation runs on `c·rᵉ` for a fresh random `r`, so its timing is unrelated to
 * the input), use the CRT, and check their result against the public key before releasing it, which
 * stops a computation fault in one CRT half from leaking a prime factor (Boneh–DeMillo–Lipton).
 * Decryption runs only on ciphertexts from responses whose signature has already been verified; see
 * `node-rsa-engine.node.ts` for the full argument.
 */

function assertKind(key: RsaPublicKey | RsaPrivateKey, expected: 'public' | 'private', operation: string): void {
  if (key?.kind !== expected) throw wrongKeyKind(operation, expected);
}

/** A random blinding factor `r` in [2, n − 1] with its inverse. */
function blindingPair(n: bigint, modulusBytes: number): { factor: bigint; inverse: bigint } {
  for (;;) {
    const factor = bytesToBigInt(crypto.getRandomValues(new Uint8Array(modulusBytes + 8))) % n;
    if (factor < 2n) continue;
    const inverse = modInverse(factor, n);
    if (inverse !== undefined) return { factor, inverse };
  }
}

/**
 * `input^d mod n` with the CRT (RFC 8017 §5.1.2, RSADP/RSASP1 method 2), blinded, and checked by
 * re-applying the public exponent. Returns `undefined` when that check fails.
 */
function privateOperation(key: RsaPrivateKey, input: bigint): bigint | undefined {
  const { n, e, p, q, dp, dq, qi } = key;
  const { factor, inverse } = blindingPair(n, key.modulusBytes);
  const blinded = (input * modPow(factor, e, n)) % n;
  const m1 = modPow(blinded % p, dp, p);
  const m2 = modPow(blinded % q, dq, q);
  let h = (qi * (m1 - m2)) % p;
  if (h < 0n) h += p;
  const output = ((m2 + h * q) * inverse) % n;
  return modPow(output, e, n) === input ? output : undefined;
}

/** MD5withRSA signature (RSASSA-PKCS1-v1_5 with MD5) of `message`; see {@link RsaEngine.signMd5}. */
export function signMd5(privateKey: RsaPrivateKey, message: Uint8Array): Uint8Array {
  assertKind(privateKey, 'private', 'signing');
  const block = encodeMd5SignatureBlock(message, privateKey.modulusBytes);
  const signature = privateOperation(privateKey, bytesToBigInt(block));
  if (signature === undefined) throw signingSelfCheckFailed();
  return bigIntToBytes(signature, privateKey.modulusBytes);
}

/**
 * Verifies an MD5withRSA signature by rebuilding the expected signature block and comparing whole
 * blocks (no parsing of the recovered block, so no parser leniency to exploit).
 */
export function verifyMd5(publicKey: RsaPublicKey, message: Uint8Array, signature: Uint8Array): boolean {
  assertKind(publicKey, 'public', 'signature verification');
  const { n, e, modulusBytes } = publicKey;
  if (signature.length !== modulusBytes) return false;
  const value = bytesToBigInt(signature);
  if (value >= n) return false;
  const recovered = bigIntToBytes(modPow(value, e, n), modulusBytes);
  return timingSafeEqual(recovered, encodeMd5SignatureBlock(message, modulusBytes));
}

/** RSAES-PKCS1-v1_5 encryption of one block; see {@link RsaEngine.encrypt}. */
export function encrypt(publicKey: RsaPublicKey, plaintext: Uint8Array): Uint8Array {
  assertKind(publicKey, 'public', 'encryption');
  const { n, e, modulusBytes } = publicKey;
  const block = padForEncryption(plaintext, modulusBytes);
  return bigIntToBytes(modPow(bytesToBigInt(block), e, n), modulusBytes);
}

/** RSAES-PKCS1-v1_5 decryption of one block, with the CRT; see {@link RsaEngine.decrypt}. */
export function decrypt(privateKey: RsaPrivateKey, ciphertext: Uint8Array): Uint8Array {
  assertKind(privateKey, 'private', 'decryption');
  const { n, modulusBytes } = privateKey;
  if (ciphertext.length !== modulusBytes) throw decryptionFailed();
  const value = bytesToBigInt(ciphertext);
  if (value >= n) throw decryptionFailed();
  const block = privateOperation(privateKey, value);
  if (block === undefined) throw decryptionFailed();
  return unpadEncryptionBlock(bigIntToBytes(block, modulusBytes));
}

/** The pure-JavaScript {@link RsaEngine}: works in every runtime. */
export const pureRsaEngine: RsaEngine = { name: 'pure', signMd5, verifyMd5, encrypt, decrypt };
