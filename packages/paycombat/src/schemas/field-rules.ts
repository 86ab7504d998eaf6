import { sensitive } from '@clientele/core';
import * as z from 'zod/mini';

/** ISO 3166-1 alpha-2 codes (249 assigned, plus XK for Kosovo, which banks use), two letters each. */
const COUNTRY_CODES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW';

/** Whether `code` is an ISO 3166-1 alpha-2 country code in upper case (`'ID'`, `'SG'`, `'GB'`; not `'UK'`). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  for (let index = 0; index < COUNTRY_CODES.length; index += 2) if (COUNTRY_CODES.startsWith(code, index)) return true;
  return false;
}

/** Whether `date` is a real calendar date written `YYYY-MM-DD`, from 1900-01-01 up to today (UTC). */
export function isBirthDate(date: string, today: Date = new Date()): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new Date(Date.UTC(year, month - 1, day));
  if (value.getUTCFullYear() !== year || value.getUTCMonth() !== month - 1 || value.getUTCDate() !== day) return false;
  return year >= 1900 && value.getTime() <= today.getTime();
}

/** Identification types Paycombat/Finmo are known or expected to accept (spec §7, U13). The type stays open. */
export const IDENTIFICATION_TYPES = ['NATIONAL_ID', 'PASSPORT', 'DRIVING_LICENSE', 'OTHERS'] as const;

/** `NATIONAL_ID` (confirmed), `PASSPORT`, `DRIVING_LICENSE`, `OTHERS`, or another upper-case code Paycombat adds. */
export type IdentificationType = (typeof IDENTIFICATION_TYPES)[number] | (string & {});

/** A rule's message: what the value must be, never the value itself. */
const messages = {
  country: 'must be an ISO 3166-1 alpha-2 country code in upper case, e.g. ID, SG or GB',
  date: 'must be a real date written YYYY-MM-DD, not before 1900 and not in the future',
  email: 'must be an e-mail address such as name@example.com',
  phoneCode: 'must be a country calling code such as +62 (a plus sign and 1 to 4 digits)',
  phoneNumber: 'must be the national number in digits, 4 to 15 of them, without the country code',
  identificationType: `must be an identification type in upper case: ${IDENTIFICATION_TYPES.join(', ')} (or another code Paycombat documents)`,
  text: 'must be text of at most 255 characters',
  required: 'must not be empty',
} as const;

/** The message for a value of the wrong type: "is required" when it is missing, else the rule. */
const typeError = (rule: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : rule);

/** A non-empty string (after trimming) of at most 255 characters. */
export const requiredText = (): z.ZodMiniString =>
  z.string({ error: typeError('must be non-empty text') }).check(
    z.refine((value) => value.trim().length > 0, messages.required),
    z.maxLength(255, messages.text),
  );

/** Any string of at most 255 characters. */
export const optionalText = (): z.ZodMiniString => z.string({ error: typeError(messages.text) }).check(z.maxLength(255, messages.text));

/** ISO 3166-1 alpha-2, upper case. */
export const countryCode = (): z.ZodMiniString => z.string({ error: typeError(messages.country) }).check(z.refine(isCountryCode, messages.country));

/** `YYYY-MM-DD`, a real date between 1900 and today. Personal data: redacted in logs. */
export const birthDate = (): z.ZodMiniString => sensitive(z.string({ error: typeError(messages.date) }).check(z.refine((value) => isBirthDate(value), messages.date)));

/** An e-mail address. Personal data: redacted in logs. */
export const emailAddress = (): z.ZodMiniString =>
  sensitive(z.string({ error: typeError(messages.email) }).check(z.maxLength(254, messages.email), z.regex(/^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[A-Za-z]{2,}$/, messages.email)));

/** `+62`: a plus sign and 1–4 digits, not starting with 0. */
export const phoneCountryCode = (): z.ZodMiniString => z.string({ error: typeError(messages.phoneCode) }).check(z.regex(/^\+[1-9]\d{0,3}$/, messages.phoneCode));

/** The national number without the country code, digits only. Personal data: redacted in logs. */
export const phoneNumber = (): z.ZodMiniString => sensitive(z.string({ error: typeError(messages.phoneNumber) }).check(z.regex(/^\d{4,15}$/, messages.phoneNumber)));

/** An upper-case identification type code (`NATIONAL_ID`, `PASSPORT`, …). */
export const identificationType = (): z.ZodMiniString =>
  z.string({ error: typeError(messages.identificationType) }).check(z.regex(/^[A-Z][A-Z0-9_]{1,49}$/, messages.identificationType));

/** Personal data (names, addresses, id numbers): redacted in logs, at most 255 characters. */
export const personalText = (required: boolean): z.ZodMiniString => sensitive(required ? requiredText() : optionalText());

/** Whether a value survives JSON unchanged: strings, finite numbers, booleans, null, arrays and plain objects of them. */
export function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every((item) => item === undefined || isJsonValue(item, depth + 1));
  }
  return false;
}

/** `metadata`: a JSON object of your own. Redacted in logs (it may hold anything). */
export const metadata = (): z.ZodMiniType<Record<string, unknown>> =>
  sensitive(
    z.record(z.string(), z.unknown()).check(
      z.refine((value) => isJsonValue(value), 'must be a JSON object: strings, finite numbers, booleans, null, arrays and objects only'),
    ),
  );
