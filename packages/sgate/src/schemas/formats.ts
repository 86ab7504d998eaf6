import * as z from 'zod/mini';

export {
  BANK_CODE_PATTERN,
  CARD_NUMBER_PATTERN,
  IBAN_PATTERN,
  OTP_CODE_PATTERN,
  RULES,
  STC_ACCOUNT_PATTERN,
  canonicalStcAccount,
  isCiphertextShape,
} from '../sgate-patterns.js';

/** A required text of 1 to `max` characters. */
export function text(max: number) {
  return z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters long`));
}

/** A text matching `pattern`, described by `rule` in errors. */
export function pattern(regex: RegExp, rule: string) {
  return z.string().check(z.regex(regex, rule));
}

/**
 * Runs an object-level rule even when a field already failed (zod skips it after a type or union error),
 * so one `ValidationError` lists every problem. Such rules must guard against malformed values.
 */
export const EVEN_WITH_FIELD_ERRORS = { when: () => true } as const;
