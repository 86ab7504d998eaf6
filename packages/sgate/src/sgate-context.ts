import { type RsaPrivateKey, type RsaPublicKey, type Transport, ValidationError } from '@clientele/core';
import type * as z from 'zod/mini';
import type { RsaEngine } from './rsa/rsa-engine.js';
import { decryptText, isCiphertextFor, encryptText } from './sgate-field-crypto.js';
import type { SgatePathName } from './sgate-paths.js';
import { encryptedPaths, transformPaths } from './sgate-sensitive-walk.js';
import { isCiphertextShape } from './sgate-patterns.js';

/** What every resource gets from the client. */
export interface SgateContext {
  transport: Transport;
  paths: Record<SgatePathName, string>;
  /**
   * A copy of `input` with every field `schema` marks `sensitive(…, { encrypted: true })` encrypted with
   * the system public key. Values that already are SGATE ciphertexts are kept as they are; `""` stays `""`.
   */
  encryptFields<T>(schema: z.core.$ZodType, input: T, operation: string): T;
  /**
   * A copy of `value` with every non-empty field `schema` marks `sensitive(…, { encrypted: true })` decrypted
   * with the merchant private key: for data read with `decrypt: false`.
   */
  decryptFields<T>(schema: z.core.$ZodType, value: T): T;
}

/** Builds the schema-driven field encryptor of a client. */
export function createFieldEncryptor(engine: RsaEngine, systemPublicKey: RsaPublicKey): SgateContext['encryptFields'] {
  return <T>(schema: z.core.$ZodType, input: T, operation: string): T =>
    transformPaths(input, encryptedPaths(schema), (value, path) => {
      if (!isCiphertextShape(value)) return encryptText(engine, systemPublicKey, value);
      if (!isCiphertextFor(systemPublicKey, value)) {
        throw new ValidationError({
          provider: 'sgate',
          operation,
          issues: [{ path: path.join('.'), message: 'looks encrypted but does not match the size of `systemPublicKey`; encrypt it with the system public key of this environment' }],
        });
      }
      return value;
    }) as T;
}

/** Builds the schema-driven field decryptor of a client (for data read with `decrypt: false`). */
export function createFieldDecryptor(engine: RsaEngine, merchantPrivateKey: RsaPrivateKey): SgateContext['decryptFields'] {
  return <T>(schema: z.core.$ZodType, value: T): T =>
    transformPaths(value, encryptedPaths(schema), (ciphertext) => decryptText(engine, merchantPrivateKey, ciphertext)) as T;
}
