import { sensitive } from '@clientele/core';
import * as z from 'zod/mini';
import { isIsoCountry } from './iso-countries.js';

/** Payabli customer statuses (spec §6): `-99` deleted, `0` inactive, `1` active, `85` locked. */
export type PayabliCustomerStatus = -99 | 0 | 1 | 85;

/** Every documented status, in the order the docs list them. */
export const PAYABLI_CUSTOMER_STATUSES: readonly PayabliCustomerStatus[] = [-99, 0, 1, 85];

const text = (max?: number) => z.optional(max === undefined ? z.string() : z.string().check(z.maxLength(max)));
/** A personal field: a fresh schema instance each time, because `sensitive` marks the instance. */
const personal = (max: number) => z.optional(sensitive(z.string().check(z.maxLength(max))));

const US_ZIP = /^\d{5}(?:-?\d{4})?$/;
const CANADIAN_POSTAL_CODE = /^[A-Za-z]\d[A-Za-z][ -]?\d[A-Za-z]\d$/;
const NORTH_AMERICA = new Set(['US', 'USA', 'CA', 'CAN', 'UNITED STATES', 'CANADA']);

/**
 * `CustomerData`, the body of add and update (spec §5.1), validated before sending. Field names are
 * Payabli's own (`firstname`, `shippingZip`), so Payabli's docs apply verbatim. Limits marked ✔ in the
 * spec are documented by Payabli; the others come from the sibling `PayorData` model (spec §13 #14).
 */
const customerDataShape = z.strictObject({
  /** Your own id for the customer; ≤ 250 characters ✔. A fallback match key. */
  customerNumber: text(250),
  /** Customer-portal username. */
  customerUsername: text(250),
  /** Customer-portal password; write-only, never logged. */
  customerPsw: z.optional(sensitive(z.string().check(z.maxLength(250)))),
  /** `0` inactive or `1` active on create; see the lifecycle for updates. `-99` only through `delete()`. */
  customerStatus: z.optional(z.union([z.literal(-99), z.literal(0), z.literal(1), z.literal(85)])),
  company: text(250),
  firstname: personal(250),
  lastname: personal(250),
  /** Payabli normalizes it on storage (`(555) 555-0100` → `+15555550100`). */
  phone: personal(50),
  /** ≤ 320 characters ✔. */
  email: z.optional(sensitive(z.email().check(z.maxLength(320)))),
  address: personal(250),
  address1: personal(100),
  city: text(250),
  state: text(250),
  /** US ZIP or Canadian postal code when `country` is US/CA or absent; ≤ 50 characters. */
  zip: text(50),
  /** ISO 3166-1 alpha-2, upper case (`US`) ✔. */
  country: z.optional(z.string().check(z.refine(isIsoCountry, { message: 'must be an ISO 3166-1 alpha-2 country code in upper case, such as US or CA' }))),
  shippingAddress: personal(250),
  shippingAddress1: personal(100),
  shippingCity: text(250),
  shippingState: text(250),
  /** `37615`, `37615-1234` or a Canadian postal code ✔; ≤ 50 characters ✔. */
  shippingZip: text(50),
  shippingCountry: text(100),
  /** Informational balance (double). */
  balance: z.optional(z.number().check(z.refine(Number.isFinite, { message: 'must be a finite number' }))),
  /** UTC offset in whole hours, from -12 to 12 (-5 is US Eastern). */
  timeZone: z.optional(z.int().check(z.gte(-12), z.lte(12))),
  /** Custom fields, `"key": "value"`; `null` clears a field (spec §13 #16). Custom identifiers go here. Values are never logged. */
  additionalFields: z.optional(z.record(z.string().check(z.minLength(1)), sensitive(z.nullable(z.string())))),
  /** Which fields identify the customer instead of `customerNumber`, e.g. `["email"]`. Each needs a value in the body. */
  identifierFields: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Server-managed creation time (UTC); normally left out. */
  createdAt: text(40),
});

/** The validated customer body, with the cross-field rules (postal codes by country, identifier values). */
export const customerDataSchema = customerDataShape.check(
  z.superRefine((data, context) => {
    const zipIssue = (field: 'zip' | 'shippingZip', countryField: string, countries: (string | undefined)[]) => {
      const value = data[field];
      if (value === undefined || value === '') return;
      const country = countries.find((candidate) => candidate !== undefined)?.trim().toUpperCase();
      if (country !== undefined && !NORTH_AMERICA.has(country)) return;
      if (US_ZIP.test(value) || CANADIAN_POSTAL_CODE.test(value)) return;
      context.issues.push({
        code: 'custom',
        path: [field],
        input: undefined,
        message: `must be a US ZIP code (12345 or 12345-6789) or a Canadian postal code (A1A 1A1); for another country set \`${countryField}\``,
      });
    };
    zipIssue('zip', 'country', [data.country]);
    zipIssue('shippingZip', 'shippingCountry', [data.shippingCountry, data.country]);
    data.identifierFields?.forEach((name, index) => {
      if (hasIdentifierValue(data as Record<string, unknown>, name)) return;
      context.issues.push({
        code: 'custom',
        path: ['identifierFields', index],
        input: undefined,
        message: 'names a field that has no value in this body: Payabli matches customers on the identifier values, so send them too (custom identifiers go in additionalFields)',
      });
    });
  }),
);

/** The customer body accepted by `create` and `update`. */
export type PayabliCustomerInput = z.input<typeof customerDataShape>;

/** The field names of {@link PayabliCustomerInput}. */
export const CUSTOMER_DATA_FIELDS: readonly string[] = Object.keys(customerDataShape.shape);

function hasIdentifierValue(data: Record<string, unknown>, name: string): boolean {
  const lower = name.toLowerCase();
  const isSet = (value: unknown) => value !== undefined && value !== null && value !== '';
  if (Object.entries(data).some(([key, value]) => key.toLowerCase() === lower && isSet(value))) return true;
  const extra = data.additionalFields as Record<string, unknown> | undefined;
  return extra !== undefined && Object.entries(extra).some(([key, value]) => key.toLowerCase() === lower && isSet(value));
}
