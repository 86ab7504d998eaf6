/**
 * `@clientele/sgate/encrypt`: encrypts SGATE sensitive fields (national id, bank account number, STCPay
 * number) with only the system public key, so a checkout or onboarding page can encrypt them in the
 * customer's browser: the merchant's server then passes the ciphertext to `customers.create` unchanged
 * and never sees the plaintext. Pure JavaScript (RSA on BigInt); no `node:` modules, no zod, no ky.
 */
import { type RsaPublicKey, ValidationError } from '@clientele/core';
import { readPublicKey } from './read-public-key.js';
import { encrypt } from './rsa/rsa-pkcs1.js';
import { encryptText } from './sgate-field-crypto.js';
import { CARD_NUMBER_PATTERN, IDENTITY_PATTERN, RULES, STC_ACCOUNT_PATTERN } from './sgate-patterns.js';

/** A field the encryptor can check before encrypting. */
export type SgateEncryptedField = 'identity' | 'cardno' | 'stcaccount';

/** The SGATE fields that travel encrypted in requests, with their plaintext rule. */
const FIELD_RULES: Readonly<Record<SgateEncryptedField, { readonly pattern: RegExp; readonly rule: string }>> = {
  identity: { pattern: IDENTITY_PATTERN, rule: RULES.identity },
  cardno: { pattern: CARD_NUMBER_PATTERN, rule: RULES.cardno },
  stcaccount: { pattern: STC_ACCOUNT_PATTERN, rule: RULES.stcaccount },
};

/** Encrypts field values for SGATE with the system public key. */
export interface SgateFieldEncryptor {
  /** Size of the system public key in bits (2048 for SGATE). */
  readonly modulusBits: number;
  /**
   * Encrypts `plaintext` the SGATE way: UTF-8, chunks of `k − 11` bytes, RSAES-PKCS1-v1_5, base64 (344
   * characters for a short value with a 2048-bit key). Each call gives a different ciphertext (random padding).
   *
   * @param options.field checks the value against that field's rule first (13–19 digits for `cardno`, …),
   *   because nobody can check it once it is encrypted.
   * @throws ValidationError when `field` is given and the value breaks its rule, or the value is empty.
   */
  encrypt(plaintext: string, options?: { field?: SgateEncryptedField }): string;
}

/**
 * A field encryptor for the system public key SGATE issued to you: PEM (`BEGIN PUBLIC KEY` or
 * `BEGIN RSA PUBLIC KEY`), the bare base64 DER from SGATE's dashboard, or DER bytes. The public key is not
 * secret; ship it to the browser. Never ship `merchantPrivateKey` or `apiKey`.
 *
 * ```ts
 * import { createSgateEncryptor } from '@clientele/sgate/encrypt';
 * const encryptor = createSgateEncryptor(SGATE_SYSTEM_PUBLIC_KEY);
 * form.cardno.value = encryptor.encrypt(form.cardno.value, { field: 'cardno' });
 * ```
 */
export function createSgateEncryptor(systemPublicKey: string | Uint8Array): SgateFieldEncryptor {
  const key: RsaPublicKey = readPublicKey(systemPublicKey);
  return Object.freeze({
    modulusBits: key.n.toString(2).length,
    encrypt(plaintext: string, options: { field?: SgateEncryptedField } = {}): string {
      const { field } = options;
      const fail = (message: string) => new ValidationError({ provider: 'sgate', operation: 'sgate.encrypt', issues: [{ path: field ?? 'plaintext', message }] });
      if (typeof plaintext !== 'string' || plaintext === '') throw fail('must be a non-empty string');
      if (field !== undefined) {
        const check = FIELD_RULES[field];
        if (!check) throw fail(`is not an encrypted SGATE field; use one of: ${Object.keys(FIELD_RULES).join(', ')}`);
        if (!check.pattern.test(plaintext)) throw fail(check.rule);
      }
      return encryptText({ encrypt }, key, plaintext);
    },
  });
}
