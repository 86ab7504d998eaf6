import { sensitive } from '@clientele/core';
import * as z from 'zod/mini';
import { PAYBASE_CUSTOMER_STATES } from './customer-response.js';
import { annotations, dateTime, tags, text } from './shared-inputs.js';

const state = () => z.enum(PAYBASE_CUSTOMER_STATES, { error: `must be one of: ${PAYBASE_CUSTOMER_STATES.join(', ')}` });

/** Body of `PATCH /v1/customer/{id}/state` (spec §4.8; shape confirmed by the Go port). */
export const transitionSchema = /* @__PURE__ */ (() => z.strictObject({
  toStateId: state(),
  /** Optimistic-concurrency guard: Paybase refuses the move when the customer is no longer in this state (assumption U9). */
  fromStateId: z.optional(state()),
  annotations: z.optional(annotations()),
  tags: z.optional(tags()),
}))();
/** Input of `customers.transition`. */
export type TransitionCustomerInput = z.input<typeof transitionSchema>;

/** Body of `PATCH /v1/customer/{id}/annotations`. */
export const annotateSchema = /* @__PURE__ */ (() => z.strictObject({ annotations: annotations() }))();
/** Body of `DELETE /v1/customer/{id}/annotations`. */
export const deleteAnnotationsSchema = /* @__PURE__ */ (() => z.strictObject({ keys: z.array(text()).check(z.minLength(1, 'must name at least one key')) }))();
/** Body of the tag and untag calls. */
export const tagsSchema = /* @__PURE__ */ (() => z.strictObject({ tags: z.array(text()).check(z.minLength(1, 'must name at least one tag')) }))();

/** A factor the platform checked itself, and when (spec §4.11, SCA). */
export const attestationSchema = /* @__PURE__ */ (() => z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('knows'), knows: z.enum(['PASSWORD', 'PIN']), capturedAt: dateTime() }),
  z.strictObject({ type: z.literal('has'), has: z.enum(['AUTHENTICATOR', 'DEVICE', 'EMAIL', 'PHONE_NUMBER']), capturedAt: dateTime() }),
  z.strictObject({ type: z.literal('is'), is: z.enum(['FACIAL_RECOGNITION', 'FINGER_PRINT']), capturedAt: dateTime() }),
]))();
/** One SCA attestation. `capturedAt` may be a `Date`. */
export type PaybaseAttestation = z.input<typeof attestationSchema>;

/** Body of `POST /v1/customer/{id}/tokens`: empty (simple form) or with attestations (SCA form). */
export const authenticationTokenSchema = /* @__PURE__ */ (() => z.strictObject({ attestations: z.optional(z.array(attestationSchema).check(z.minLength(1, 'must hold at least one attestation, or leave attestations out'))) }))();
/** Input of `customers.createAuthenticationToken`. */
export type CreateAuthenticationTokenInput = z.input<typeof authenticationTokenSchema>;

/** Query of `GET /v1/customers` (spec §4.9). */
export const listSchema = /* @__PURE__ */ (() => z.strictObject({
  /**
   * A PQL expression, passed through unchanged (the grammar is not public). Sensitive: it usually names personal
   * values (`profile.email = "…"`), so debug logs redact it in the URL.
   */
  query: z.optional(sensitive(text())),
  /** Limits the list to these customer ids, sent as repeated `id` parameters (assumption U13). */
  id: z.optional(z.array(text())),
  /** Any other query parameters, passed through (e.g. to try paging parameters once Paybase confirms them). */
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
}))();
/** Input of `customers.list`. */
export type ListCustomersInput = z.input<typeof listSchema>;
