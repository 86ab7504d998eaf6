import * as z from 'zod/mini';
import { EVEN_WITH_FIELD_ERRORS, text } from './formats.js';

/** The two ways to name a customer: SGATE's `customid` or your `mercustomid`. */
export const referenceShape = {
  /** SGATE's customer id (at most 64 characters). */
  customid: z.optional(text(64)),
  /** Your customer id (at most 128 characters). */
  mercustomid: z.optional(text(128)),
};

/** Adds the "one of `customid` / `mercustomid`" rule (SGATE answers 1102 without either). */
export const requireReference = z.superRefine((value: { customid?: string | undefined; mercustomid?: string | undefined }, context) => {
  if (typeof value !== 'object' || value === null) return;
  if (value.customid === undefined && value.mercustomid === undefined) {
    context.addIssue({ code: 'custom', path: ['customid'], message: 'give `customid` or `mercustomid` to name the customer', input: value });
  }
}, EVEN_WITH_FIELD_ERRORS);

/** `{ customid }` or `{ mercustomid }`; when both are given, `customid` is sent (spec §4.4). */
export const customerReferenceSchema = z.strictObject(referenceShape).check(requireReference);

/** A customer, named by SGATE's id or by yours. When both are given, only `customid` is sent. */
export type CustomerReference = { customid: string; mercustomid?: string | undefined } | { customid?: string | undefined; mercustomid: string };

/** The one identifier sent for a reference: `customid` when present, else `mercustomid`. */
export function referenceParameters(reference: { customid?: string | undefined; mercustomid?: string | undefined }): { customid: string } | { mercustomid: string } {
  return reference.customid !== undefined ? { customid: reference.customid } : { mercustomid: reference.mercustomid! };
}
