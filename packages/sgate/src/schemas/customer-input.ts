import { sensitive } from '@clientele/core';
import * as z from 'zod/mini';
import { customerReferenceSchema, referenceShape, requireReference } from './customer-reference.js';
import { clearable, clearableEncryptedField, encryptedField } from './encrypted-field.js';
import { BANK_CODE_PATTERN, CARD_NUMBER_PATTERN, EVEN_WITH_FIELD_ERRORS, IBAN_PATTERN, OTP_CODE_PATTERN, RULES, STC_ACCOUNT_PATTERN, pattern, text } from './formats.js';

const BANK_FIELDS = ['bankcode', 'cardno', 'ibanaccount'] as const;
const NO_ACCOUNT = 'needs a payout account: a bank account (bankcode, cardno and ibanaccount) or an STCPay account (stcaccount)';

const name = () => sensitive(text(64));
const identity = () => encryptedField(text(64));
const cardno = () => pattern(CARD_NUMBER_PATTERN, RULES.cardno);
const stcaccount = () => pattern(STC_ACCOUNT_PATTERN, RULES.stcaccount);
const iban = () => sensitive(pattern(IBAN_PATTERN, RULES.ibanaccount));
const bankcode = () => pattern(BANK_CODE_PATTERN, RULES.bankcode);

type AccountFields = Partial<Record<(typeof BANK_FIELDS)[number] | 'stcaccount', unknown>>;

/**
 * `POST /payee/custom/create` (spec §4.2). A bank account needs `bankcode`, `cardno` and `ibanaccount`
 * together; an STCPay account needs `stcaccount`; at least one of the two is required (1303/1304/1306/1307).
 * `identity`, `cardno` and `stcaccount` are plaintext (encrypted by the SDK) or ready SGATE ciphertexts.
 */
export const createCustomerSchema = z
  .strictObject({
    /** English name, at most 64 characters. */
    name_e: name(),
    /** Arabic name, at most 64 characters; SGATE suggests the English name when there is none. */
    name_a: name(),
    /** Your unique id for the customer, at most 128 characters; the idempotency key of create. */
    mercustomid: text(128),
    /** National id or iqama number, at most 64 characters. Encrypted. */
    identity: identity(),
    /** Bank code from `/payee/banks`, e.g. `1174c`. */
    bankcode: z.optional(bankcode()),
    /** Bank account number, 13 to 19 digits. Encrypted. */
    cardno: z.optional(encryptedField(cardno())),
    /** IBAN, at most 34 letters and digits (no checksum is enforced). */
    ibanaccount: z.optional(iban()),
    /** STCPay number in any of SGATE's four formats. Encrypted. */
    stcaccount: z.optional(encryptedField(stcaccount())),
    /** Address bound to the bank account, at most 255 characters (needed to pay in KWD or AED). */
    address: z.optional(sensitive(text(255))),
    /** SWIFT code of the bank account, at most 32 characters (needed to pay in KWD or AED). */
    swiftcode: z.optional(text(32)),
    /** `1` turns SGATE's automatic approval on; it can only be set here. @default 0 */
    autoapproval: z.optional(z.union([z.literal(0), z.literal(1)])),
    /** Product name for OTP SMS, at most 32 characters; must match SGATE's configuration. */
    otpappname: z.optional(text(32)),
  })
  .check(
    z.superRefine((value: AccountFields, context) => {
      if (typeof value !== 'object' || value === null) return;
      const given = BANK_FIELDS.filter((field) => value[field] !== undefined);
      if (given.length > 0) {
        for (const field of BANK_FIELDS) {
          if (value[field] === undefined) {
            context.addIssue({ code: 'custom', path: [field], message: 'is required for a bank account (bankcode, cardno and ibanaccount go together)', input: value });
          }
        }
      } else if (value.stcaccount === undefined) {
        context.addIssue({ code: 'custom', path: [], message: NO_ACCOUNT, input: value });
      }
    }, EVEN_WITH_FIELD_ERRORS),
  );

/**
 * `POST /payee/custom/update` (spec §4.5): name the customer with `customid` or `mercustomid`, then give
 * the fields to change. `""` clears an account field (sent unencrypted); the SDK refuses an update that
 * would leave the customer without any payout account. There is no `autoapproval` here: it can only be
 * set at creation.
 */
export const updateCustomerSchema = z
  .strictObject({
    ...referenceShape,
    name_e: z.optional(name()),
    name_a: z.optional(name()),
    identity: z.optional(identity()),
    bankcode: z.optional(clearable(bankcode())),
    cardno: z.optional(clearableEncryptedField(cardno())),
    ibanaccount: z.optional(sensitive(clearable(pattern(IBAN_PATTERN, RULES.ibanaccount)))),
    stcaccount: z.optional(clearableEncryptedField(stcaccount())),
    otpappname: z.optional(text(32)),
  })
  .check(
    requireReference,
    z.superRefine((value: AccountFields & Record<string, unknown>, context) => {
      if (typeof value !== 'object' || value === null) return;
      const changes = Object.keys(value).filter((key) => key !== 'customid' && key !== 'mercustomid' && value[key] !== undefined);
      if (changes.length === 0) context.addIssue({ code: 'custom', path: [], message: 'give at least one field to change', input: value });
      if (value.stcaccount === '' && BANK_FIELDS.some((field) => value[field] === '')) {
        context.addIssue({ code: 'custom', path: ['stcaccount'], message: `cannot clear both accounts: a customer ${NO_ACCOUNT}`, input: value });
      }
    }, EVEN_WITH_FIELD_ERRORS),
  );

/** `POST /payee/custom/submitStcAccountOtp` (spec §4.7). */
export const submitStcOtpSchema = z
  .strictObject({
    ...referenceShape,
    /** The 6-digit code the customer received by SMS (a string: it may start with 0). */
    code: sensitive(pattern(OTP_CODE_PATTERN, RULES.code)),
  })
  .check(requireReference);

/** `POST /payee/custom/resendStcAccountOtp` (spec §4.8). */
export const resendStcOtpSchema = customerReferenceSchema;

/** Input of `customers.create`. */
export type CreateCustomerParams = z.input<typeof createCustomerSchema>;
/** Input of `customers.update`: `customid` or `mercustomid`, plus the fields to change. */
export type UpdateCustomerParams = z.input<typeof updateCustomerSchema> & ({ customid: string } | { mercustomid: string });
/** Input of `customers.submitStcOtp`. */
export type SubmitStcOtpParams = z.input<typeof submitStcOtpSchema> & ({ customid: string } | { mercustomid: string });
