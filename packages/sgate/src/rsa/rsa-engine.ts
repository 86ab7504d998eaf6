import type { RsaPrivateKey, RsaPublicKey } from '@clientele/core';

/**
 * The four RSA operations SGATE needs, over keys parsed by `parseRsaKey` from `@clientele/core`.
 * Two implementations share this interface and produce identical results:
 * - `pureRsaEngine` (`rsa-pkcs1.ts`): BigInt, runs everywhere (browsers, edge runtimes, Node);
 * - `nodeRsaEngine` (`node-rsa-engine.node.ts`): `node:crypto`, only reachable from the Node entry.
 *
 * All operations are synchronous. Byte arrays are never retained or mutated.
 */
export interface RsaEngine {
  /** `'pure'` or `'node'`, for diagnostics. */
  readonly name: string;
  /**
   * RSASSA-PKCS1-v1_5 signature with MD5 (Java `MD5withRSA`, `crypto.sign('md5', …)`) of `message`,
   * which is hashed here. Deterministic; `modulusBytes` long (256 bytes for 2048-bit keys).
   */
  signMd5(privateKey: RsaPrivateKey, message: Uint8Array): Uint8Array;
  /** Whether `signature` is a valid MD5withRSA signature of `message`. Never throws for a bad signature. */
  verifyMd5(publicKey: RsaPublicKey, message: Uint8Array, signature: Uint8Array): boolean;
  /**
   * RSAES-PKCS1-v1_5 encryption of at most `modulusBytes − 11` bytes (245 for 2048-bit keys) into a
   * `modulusBytes`-long block with fresh random padding.
   *
   * @throws ClienteleError kind `'validation'` when `plaintext` is too long.
   */
  encrypt(publicKey: RsaPublicKey, plaintext: Uint8Array): Uint8Array;
  /**
   * RSAES-PKCS1-v1_5 decryption of one `modulusBytes`-long block.
   *
   * @throws ClienteleError kind `'invalid_response'` with the generic message
   *   `'Could not decrypt a sensitive field'` (`DECRYPTION_FAILED_MESSAGE`) for any malformed block, whatever the reason.
   */
  decrypt(privateKey: RsaPrivateKey, ciphertext: Uint8Array): Uint8Array;
}

/** The only message a failed decryption ever gives: it reveals nothing about why the block was rejected. */
export const DECRYPTION_FAILED_MESSAGE = 'Could not decrypt a sensitive field';
