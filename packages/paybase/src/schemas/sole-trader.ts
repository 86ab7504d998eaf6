import * as z from 'zod/mini';
import { individualProfileFields } from './individual.js';
import { atMostOneRole, createCommon, exactlyOneRole, optionalFields, roleId, roleSlug, terms, text } from './shared-inputs.js';

/** Profile fields of a sole trader: the individual's plus optional business fields (spec §4.3). */
const soleTraderProfileFields = () => ({
  ...individualProfileFields(),
  tradingName: z.optional(text()),
  industry: z.optional(text()),
  url: z.optional(text()),
});

/** Body of `POST /v1/customers/sole-trader`. */
export const createSoleTraderSchema = /* @__PURE__ */ (() => z
  .strictObject({ profile: z.strictObject(soleTraderProfileFields()), ...createCommon() })
  .check(exactlyOneRole()))();

/** Body of the sole-trader update: every profile field optional; `terms` optional (spec §4.2, U7). */
export const updateSoleTraderSchema = /* @__PURE__ */ (() => z
  .strictObject({
    profile: z.optional(z.strictObject(optionalFields(soleTraderProfileFields()))),
    terms: z.optional(terms()),
    roleId: z.optional(roleId()),
    roleSlug: z.optional(roleSlug()),
  })
  .check(atMostOneRole()))();

/** Input of `customers.soleTrader.create`. */
export type CreateSoleTraderCustomerInput = z.input<typeof createSoleTraderSchema>;
/** Input of `customers.soleTrader.update`. */
export type UpdateSoleTraderCustomerInput = z.input<typeof updateSoleTraderSchema>;
