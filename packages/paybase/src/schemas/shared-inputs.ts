import { sensitive } from '@clientele/core';
import * as z from 'zod/mini';

/**
 * Building blocks of the strict input schemas, shared by the four customer types. Every function returns a new
 * schema instance, so marking one use `sensitive` never marks another.
 *
 * Module-level schemas in this folder are built inside `/* @__PURE__ *\/` arrow functions called at once: bundlers
 * then drop the ones an import does not use, so a webhook handler importing `parseWebhook` pulls in no zod.
 */

/** What the profile of an individual, a sole trader and a business person uses the account for (provider page). */
export const ACCOUNT_PURPOSES = [
  'FREELANCE',
  'GAMING',
  'SALARY',
  'INVESTMENT',
  'OTHER',
  'PURCHASE_GOODS_AND_SERVICES',
  'SELL_GOODS_AND_SERVICES',
  'SAVINGS',
  'FRIENDS_AND_FAMILY',
] as const;

/** One of {@link ACCOUNT_PURPOSES}. */
export type PaybaseAccountPurpose = (typeof ACCOUNT_PURPOSES)[number];

const requiredOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);

/** A non-empty string. */
export const text = () => z.string({ error: requiredOr('must be a string') }).check(z.minLength(1, 'must not be empty'));

/** Personal data: redacted in logs and errors. */
export const personalText = () => sensitive(text());

/** ISO 3166-1 alpha-2, upper case (provider page: "Two-letter ISO 3166-1 alpha-2 code", e.g. GB). */
export const countryIso = () =>
  z.string({ error: requiredOr('must be a string') }).check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 alpha-2 country code in upper case, e.g. "GB"'));

/** Provider page: "including country code with a 00 or + prefix", e.g. +447712345678 or 00447712345678. */
export const phoneNumber = () =>
  sensitive(
    z.string({ error: requiredOr('must be a string') }).check(
      z.regex(/^(?:\+|00)[1-9]\d{6,14}$/, 'must start with the country code after "+" or "00" and contain only digits, e.g. "+447712345678" or "00447712345678"'),
    ),
  );

/** An e-mail address. */
export const email = () => sensitive(z.email({ error: requiredOr('must be a valid e-mail address') }));

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = DATE_ONLY.exec(text.slice(0, 10));
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isDateTime(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return typeof value === 'string' && RFC3339.test(value) && isRealDate(value) && !Number.isNaN(Date.parse(value));
}

/**
 * A timestamp: an RFC 3339 string (sent unchanged) or a `Date` (sent as `toISOString()`), spec §2.4.
 */
export const dateTime = () =>
  z.pipe(
    z.custom<string | Date>(isDateTime, { error: requiredOr('must be an RFC 3339 date-time such as "2024-05-01T10:00:00Z", or a valid Date') }),
    z.transform((value: string | Date) => (typeof value === 'string' ? value : value.toISOString())),
  );

/**
 * A date of birth: `YYYY-MM-DD` or an RFC 3339 date-time (strings are sent unchanged), or a `Date`, sent as midnight
 * UTC of its UTC calendar day (`1990-05-01T00:00:00Z`), spec §2.4 and U25.
 */
export const dateOfBirth = () =>
  sensitive(
    z.pipe(
      z.custom<string | Date>((value) => (typeof value === 'string' && DATE_ONLY.test(value) && isRealDate(value)) || isDateTime(value), {
        error: requiredOr('must be a date "YYYY-MM-DD", an RFC 3339 date-time, or a valid Date'),
      }),
      z.transform((value: string | Date) => (typeof value === 'string' ? value : `${value.toISOString().slice(0, 10)}T00:00:00Z`)),
    ),
  );

/** Address lines are personal data; `countryISO` is required whenever an address is sent (provider page). */
export const address = () =>
  z.strictObject({
    countryISO: countryIso(),
    flatNumber: z.optional(personalText()),
    houseNameNumber: z.optional(personalText()),
    street: z.optional(personalText()),
    townCity: z.optional(personalText()),
    region: z.optional(personalText()),
    postalCode: z.optional(personalText()),
  });

/** Acceptance of the platform's terms: when (UTC timestamp) and which revision. */
export const terms = () => z.strictObject({ acceptedAt: dateTime(), revision: text() });

/** `accountPurpose`, with the values listed on the provider page. */
export const accountPurpose = () => z.enum(ACCOUNT_PURPOSES, { error: requiredOr(`must be one of: ${ACCOUNT_PURPOSES.join(', ')}`) });

/** Provider page: `role/<uuid>`. */
export const roleId = () =>
  z.string().check(z.regex(/^role\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a role id such as "role/62dc1d23-d473-46a6-b4b3-e63c3f6d4658"'));

/** Provider page: the lower kebab-case of the role's name, e.g. `platform-seller`. */
export const roleSlug = () => z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower kebab-case role slug such as "platform-seller"'));

/** Platform metadata: string keys to string values. */
export const annotations = () => z.record(z.string(), z.string({ error: 'must be a string' }));

/** Labels. */
export const tags = () => z.array(text());

/** The fields every create body shares. */
export const createCommon = () => ({
  terms: terms(),
  roleId: z.optional(roleId()),
  roleSlug: z.optional(roleSlug()),
  annotations: z.optional(annotations()),
  tags: z.optional(tags()),
});

interface RoleFields {
  roleId?: string | undefined;
  roleSlug?: string | undefined;
}

/** Role rule on create: exactly one of `roleId` and `roleSlug` (spec §4.1, an assumption). */
export const exactlyOneRole = () =>
  z.superRefine((value: RoleFields, context) => {
    if (value.roleId !== undefined && value.roleSlug !== undefined) {
      context.addIssue({ code: 'custom', path: ['roleSlug'], message: 'send roleId or roleSlug, not both' });
    } else if (value.roleId === undefined && value.roleSlug === undefined) {
      context.addIssue({ code: 'custom', path: ['roleSlug'], message: "is required: send roleSlug (or roleId) to choose the customer's role" });
    }
  });

/** Role rule on update: at most one of `roleId` and `roleSlug`. */
export const atMostOneRole = () =>
  z.superRefine((value: RoleFields, context) => {
    if (value.roleId !== undefined && value.roleSlug !== undefined) {
      context.addIssue({ code: 'custom', path: ['roleSlug'], message: 'send roleId or roleSlug, not both' });
    }
  });

/** The same fields, each optional (update bodies). */
export function optionalFields<T extends Record<string, z.core.$ZodType>>(shape: T): { [K in keyof T]: z.ZodMiniOptional<T[K]> } {
  const output: Record<string, z.core.$ZodType> = {};
  for (const [key, value] of Object.entries(shape)) output[key] = z.optional(value);
  return output as { [K in keyof T]: z.ZodMiniOptional<T[K]> };
}
