import { sensitive } from '@clientele/core';
import * as z from 'zod/mini';
import { encryptedField } from './encrypted-field.js';
import { BANK_CODE_PATTERN, CARD_NUMBER_PATTERN, IBAN_PATTERN, RULES, STC_ACCOUNT_PATTERN, pattern, text } from './formats.js';

/** Unix seconds, or a `Date` (converted to whole seconds). */
const time = z.union([z.int().check(z.minimum(0, 'must be Unix seconds (0 or more)')), z.date()]);

/** A list of ids sent comma-separated: no id may contain a comma, and the joined list is at most 512 characters. */
function idList(max: number) {
  return z
    .array(text(max).check(z.refine((id) => !id.includes(','), 'must not contain a comma')))
    .check(
      z.minLength(1, 'must have at least 1 id'),
      z.refine((ids) => ids.join(',').length <= 512, 'must be at most 512 characters long when joined with commas'),
    );
}

/**
 * `GET /payee/custom/list` filters (spec §4.3), plus paging controls. `identity`, `cardno` and
 * `stcaccount` filters are encrypted in the query string. SGATE reports no totals: iteration stops
 * at a short page or at page 1000.
 */
export const listCustomersSchema = z.strictObject({
  /** Created at or after this time (Unix seconds or a Date). */
  starttime: z.optional(time),
  /** Created at or before this time (Unix seconds or a Date). */
  endtime: z.optional(time),
  /** Only these merchant customer ids. */
  mercustomids: z.optional(idList(128)),
  /** Only these SGATE customer ids. */
  customids: z.optional(idList(64)),
  /** Exact national id. Encrypted. */
  identity: z.optional(encryptedField(text(64))),
  /** Exact bank account number. Encrypted. */
  cardno: z.optional(encryptedField(pattern(CARD_NUMBER_PATTERN, RULES.cardno))),
  bankcode: z.optional(pattern(BANK_CODE_PATTERN, RULES.bankcode)),
  ibanaccount: z.optional(sensitive(pattern(IBAN_PATTERN, RULES.ibanaccount))),
  /** Fuzzy match on the English name. */
  name_e: z.optional(sensitive(text(64))),
  /** Customer status 0–4. */
  status: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
  /** Exact STCPay number. Encrypted. */
  stcaccount: z.optional(encryptedField(pattern(STC_ACCOUNT_PATTERN, RULES.stcaccount))),
  /** Customers per request, 1 to 100. @default 20 */
  pagesize: z.optional(z.int().check(z.minimum(1, 'must be at least 1'), z.maximum(100, 'must be at most 100'))),
  /** Page to start from, 1 to 1000. @default 1 */
  pageno: z.optional(z.int().check(z.minimum(1, 'must be at least 1'), z.maximum(1000, 'must be at most 1000'))),
  /** Most customers yielded in total. @default unlimited (SGATE stops at page 1000) */
  limit: z.optional(z.int().check(z.minimum(1, 'must be at least 1'))),
});

/** Input of `customers.list`. */
export type ListCustomersParams = z.input<typeof listCustomersSchema>;
