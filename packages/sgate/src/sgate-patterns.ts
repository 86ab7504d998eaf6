/**
 * SGATE's plaintext format rules (spec §4.A) as plain regular expressions, with no dependency, so the
 * browser field encryptor (`@clientele/sgate/encrypt`) can check a value before encrypting it.
 */

/** STCPay account or OTP mobile: `5xxxxxxxx`, `05xxxxxxxx`, `9665xxxxxxxx` or `+9665xxxxxxxx`. */
export const STC_ACCOUNT_PATTERN = /^(?:5\d{8}|05\d{8}|9665\d{8}|\+9665\d{8})$/;

/** Bank account number (`cardno`): 13 to 19 digits. No Luhn check is documented, so none is applied. */
export const CARD_NUMBER_PATTERN = /^\d{13,19}$/;

/** IBAN: letters and digits, at most 34. No checksum: SGATE's own sandbox IBANs fail mod-97. */
export const IBAN_PATTERN = /^[A-Za-z0-9]{1,34}$/;

/** Bank code from `/payee/banks` (observed: 5 lowercase hex characters, e.g. `1174c`). */
export const BANK_CODE_PATTERN = /^[A-Za-z0-9]{1,32}$/;

/** OTP code: exactly 6 digits, possibly with a leading 0. */
export const OTP_CODE_PATTERN = /^\d{6}$/;

/** National id (`identity`): 1 to 64 characters (SGATE documents only the length). */
export const IDENTITY_PATTERN = /^[\s\S]{1,64}$/u;

/**
 * Standard padded base64 of at least one 1024-bit RSA block (172 characters). A plaintext SGATE field is
 * at most 64 characters, so a value of this shape can only be a ciphertext (see {@link isCiphertextShape}).
 */
const CIPHERTEXT_PATTERN = /^(?:[A-Za-z0-9+/]{4}){42,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;

/**
 * True when `value` has the shape of an SGATE ciphertext (base64 of whole RSA blocks, at least 172
 * characters). Plaintext rules cap every encrypted field at 64 characters, so there is no overlap: such
 * a value was encrypted beforehand (for example in the customer's browser with `@clientele/sgate/encrypt`)
 * and is sent unchanged.
 */
export function isCiphertextShape(value: string): boolean {
  return value.length >= 172 && value.length % 4 === 0 && CIPHERTEXT_PATTERN.test(value);
}

/** The 9-digit canonical STCPay number (`0512345678`, `966512345678`, `+966512345678` → `512345678`). */
export function canonicalStcAccount(value: string): string {
  const digits = value.replace(/^\+/, '');
  if (digits.startsWith('966')) return digits.slice(3);
  if (digits.startsWith('0')) return digits.slice(1);
  return digits;
}

/** The rule messages, shared by schemas, the encryptor and docs. */
export const RULES = {
  identity: 'must be 1 to 64 characters long',
  stcaccount: 'must be an STCPay number: 5xxxxxxxx, 05xxxxxxxx, 9665xxxxxxxx or +9665xxxxxxxx',
  cardno: 'must be 13 to 19 digits',
  ibanaccount: 'must be 1 to 34 letters or digits',
  bankcode: 'must be a bank code from /payee/banks (letters and digits)',
  code: 'must be exactly 6 digits',
} as const;
