import { sensitive } from '@clientele/core';
import * as z from 'zod/mini';
import { isCiphertextShape } from './formats.js';

/**
 * A string that satisfies `plain`, or is also allowed by `accept` (`""`, a ciphertext). One string
 * schema rather than a union, so a rejected value gets `plain`'s own message ("must be 13 to 19 digits").
 */
export function stringRule(plain: z.ZodMiniType<string, string>, accept: (value: string) => boolean) {
  return z.string().check(
    z.superRefine((value: string, context) => {
      if (accept(value)) return;
      const result = z.safeParse(plain, value);
      if (!result.success) for (const issue of result.error.issues) context.addIssue({ code: 'custom', message: issue.message, path: [], input: value });
    }),
  );
}

/**
 * A field SGATE wants encrypted with the system public key (spec §3.5): plaintext that satisfies `plain`
 * (encrypted by the SDK before sending), or a value encrypted beforehand, which is sent unchanged.
 * Marked `sensitive(…, { encrypted: true })`, which is what drives both the encryption and the redaction.
 */
export function encryptedField(plain: z.ZodMiniType<string, string>) {
  return sensitive(stringRule(plain, isCiphertextShape), { encrypted: true });
}

/**
 * Like {@link encryptedField}, but `""` is also accepted: it clears the field and is sent unencrypted,
 * as SGATE itself returns empty sensitive fields (spec A7).
 */
export function clearableEncryptedField(plain: z.ZodMiniType<string, string>) {
  return sensitive(stringRule(plain, (value) => value === '' || isCiphertextShape(value)), { encrypted: true });
}

/** `plain`, or `""` to clear the field. */
export function clearable(plain: z.ZodMiniType<string, string>) {
  return stringRule(plain, (value) => value === '');
}
