import { sensitive } from '@clientele/core';
import * as z from 'zod/mini';
import { canonicalKeys } from './canonical-keys.js';

const optional = <S extends z.core.$ZodType>(schema: S) => z.optional(z.nullable(schema));
const text = () => optional(z.string());
const personal = () => optional(sensitive(z.string()));
const number = () => optional(z.number());

/** A stored payment method on a customer record (spec §4.8). Keys exactly as Payabli returns them. */
const storedMethodSchema = z.looseObject({
  /** The token: pass it as `storedMethodId` when charging. */
  IdPmethod: text(),
  /** `card` or `ach`. */
  Method: text(),
  Descriptor: text(),
  MaskedAccount: text(),
  /** MMYY, cards only. */
  ExpDate: text(),
  HolderName: personal(),
  AchSecCode: text(),
  AchHolderType: text(),
  IsValidatedACH: optional(z.boolean()),
  ABA: text(),
  BIN: text(),
  PostalCode: text(),
  MethodType: text(),
  WalletType: text(),
  LastUpdated: text(),
  CardUpdatedOn: text(),
});

const consentSchema = optional(z.looseObject({ status: number(), updatedAt: text() }));

/**
 * `CustomerRecord` (spec §5.2), as returned by get, add and list, with Payabli's own key casing: PascalCase
 * for most fields, camelCase for `customerId`, `customerStatus` and a few more. Read case-insensitively,
 * so a record whose keys arrive differently cased still has these names. Unknown fields are kept.
 */
export const customerRecordSchema = z.looseObject({
  customerId: z.number(),
  customerNumber: text(),
  customerUsername: text(),
  /** `-99` deleted, `0` inactive, `1` active, `85` locked; other numbers are possible in principle. */
  customerStatus: number(),
  Company: text(),
  Firstname: personal(),
  Lastname: personal(),
  Phone: personal(),
  Email: personal(),
  Address: personal(),
  Address1: personal(),
  City: text(),
  State: text(),
  Zip: text(),
  Country: text(),
  ShippingAddress: personal(),
  ShippingAddress1: personal(),
  ShippingCity: text(),
  ShippingState: text(),
  ShippingZip: text(),
  ShippingCountry: text(),
  Balance: number(),
  TimeZone: number(),
  MFA: optional(z.boolean()),
  MFAMode: number(),
  snProvider: text(),
  snIdentifier: text(),
  snData: text(),
  LastUpdated: text(),
  Created: text(),
  AdditionalFields: optional(z.record(z.string(), z.unknown())),
  IdentifierFields: optional(z.array(z.nullable(z.string()))),
  Subscriptions: optional(z.array(z.unknown())),
  StoredMethods: optional(z.array(storedMethodSchema)),
  customerSummary: optional(
    z.looseObject({
      NumberofTransactions: number(),
      RecentTransactions: optional(z.array(z.unknown())),
      TotalAmountTransactions: number(),
      TotalNetAmountTransactions: number(),
    }),
  ),
  /** `status`: `0` not opted in, `-1` opt-in pending, `1` opted in. */
  customerConsent: optional(z.looseObject({ eCommunication: consentSchema, sms: consentSchema })),
  customerPortal: text(),
  PaypointLegalname: text(),
  PaypointDbaname: text(),
  ParentOrgName: text(),
  ParentOrgId: number(),
  PaypointEntryname: text(),
  pageidentifier: text(),
  externalPaypointID: text(),
});

/** A Payabli customer record with its documented keys. */
export type PayabliCustomerRecord = z.output<typeof customerRecordSchema>;

/** A stored payment method of a {@link PayabliCustomerRecord}. */
export type PayabliStoredMethod = z.output<typeof storedMethodSchema>;

const RECORD_KEYS = Object.keys(customerRecordSchema.shape);
const METHOD_KEYS = Object.keys(storedMethodSchema.shape);
const SUMMARY_KEYS = ['NumberofTransactions', 'RecentTransactions', 'TotalAmountTransactions', 'TotalNetAmountTransactions'];
const CONSENT_KEYS = ['eCommunication', 'sms'];
const CONSENT_STATE_KEYS = ['status', 'updatedAt'];

/** Renames the keys of a raw record (and of its stored methods, summary and consent) to their documented spelling. */
export function canonicalRecord(raw: unknown): unknown {
  const record = canonicalKeys(raw, RECORD_KEYS);
  if (typeof record !== 'object' || record === null) return record;
  const output = record as Record<string, unknown>;
  if (Array.isArray(output.StoredMethods)) output.StoredMethods = output.StoredMethods.map((method) => canonicalKeys(method, METHOD_KEYS));
  output.customerSummary = canonicalKeys(output.customerSummary, SUMMARY_KEYS);
  if (output.customerConsent !== undefined) {
    const consent = canonicalKeys(output.customerConsent, CONSENT_KEYS) as Record<string, unknown> | null;
    if (consent && typeof consent === 'object') {
      for (const channel of CONSENT_KEYS) if (channel in consent) consent[channel] = canonicalKeys(consent[channel], CONSENT_STATE_KEYS);
    }
    output.customerConsent = consent;
  }
  if (output.customerSummary === undefined) delete output.customerSummary;
  return output;
}
