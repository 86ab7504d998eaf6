import { sensitive } from '@clientele/core';
import * as z from 'zod/mini';

const optionalText = () => z._default(z.string(), '');
/** A field SGATE returns encrypted with the merchant public key (or `""`); the SDK hands it back decrypted. */
const encryptedText = () => sensitive(z._default(z.string(), ''), { encrypted: true });
/** Personal data that is not encrypted on the wire but is kept out of logs. */
const personalText = () => sensitive(z._default(z.string(), ''));

/**
 * SGATE's `CustomerInfo` (spec §4.B), as returned by create, update, detail, list, file upload and the
 * `CUSTOM_STATUS_CHANGE` callback. Loose: unknown fields are kept; missing text fields read as `""`.
 * `identity`, `identitypic`, `signpic`, `cardno` and `stcaccount` arrive encrypted and are returned
 * decrypted (plaintext, or `""`).
 */
export const customerSchema = z.looseObject({
  /** SGATE's customer id, e.g. `12ad4`. */
  customid: z.string(),
  /** Your customer id; may be `""` in callbacks. */
  mercustomid: optionalText(),
  name_e: personalText(),
  name_a: personalText(),
  /** National id, decrypted. */
  identity: encryptedText(),
  /** URL of the ID photo, decrypted; `""` until uploaded. */
  identitypic: encryptedText(),
  /** URL of the signature photo, decrypted; `""` until uploaded. */
  signpic: encryptedText(),
  bankname: optionalText(),
  bankcode: optionalText(),
  /** Bank account number, decrypted. */
  cardno: encryptedText(),
  ibanaccount: personalText(),
  /** STCPay number, decrypted. */
  stcaccount: encryptedText(),
  address: z.optional(personalText()),
  swiftcode: z.optional(z.string()),
  /** 0 pending, 1 normal (approved), 2 rejected, 3 banned, 4 incomplete. See `sgateCustomerLifecycle`. */
  status: z.number(),
  /** A reviewer's remark or the time of the last status change; opaque. */
  statusdesc: optionalText(),
  /** 1 when automatic approval is on. Absent from callbacks and payout snapshots. */
  autoapproval: z.optional(z.number()),
  /** Product name used in OTP SMS. Absent from callbacks and payout snapshots. */
  otpappname: z.optional(z.string()),
  /** Profile items SGATE still needs, e.g. `['identitypic']`; `[]` when complete. */
  demand_perfection: z._default(z.array(z.string()), []),
  /** Unix seconds. */
  created_at: z.number(),
  /** Unix seconds. */
  updated_at: z.number(),
});

/** A customer as the SDK returns it: SGATE's field names, sensitive fields decrypted. */
export type SgateCustomer = z.output<typeof customerSchema>;

/** Every customer list and detail response: `data` is one customer. */
export const customerListSchema = z.array(customerSchema);
