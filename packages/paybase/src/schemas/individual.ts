import * as z from 'zod/mini';
import { accountPurpose, address, atMostOneRole, createCommon, dateOfBirth, email, exactlyOneRole, optionalFields, personalText, phoneNumber, roleId, roleSlug, terms } from './shared-inputs.js';

/** Profile fields of an individual (spec §4.2, provider page). */
export const individualProfileFields = () => ({
  firstName: personalText(),
  lastName: personalText(),
  dob: dateOfBirth(),
  email: email(),
  phoneNumber: phoneNumber(),
  residentialAddress: address(),
  accountPurpose: z.optional(accountPurpose()),
});

/** Body of `POST /v1/customers/individual`. */
export const createIndividualSchema = /* @__PURE__ */ (() => z
  .strictObject({ profile: z.strictObject(individualProfileFields()), ...createCommon() })
  .check(exactlyOneRole()))();

/**
 * Body of `PATCH /v1/customer/individual/{id}`, as on the provider page: every profile field optional, `countryISO`
 * still required inside a sent address, and `terms` required.
 */
export const updateIndividualSchema = /* @__PURE__ */ (() => z
  .strictObject({
    profile: z.optional(z.strictObject(optionalFields(individualProfileFields()))),
    terms: terms(),
    roleId: z.optional(roleId()),
    roleSlug: z.optional(roleSlug()),
  })
  .check(atMostOneRole()))();

/** Input of `customers.individual.create`. Dates may be given as `Date`s. */
export type CreateIndividualCustomerInput = z.input<typeof createIndividualSchema>;
/** Input of `customers.individual.update`. */
export type UpdateIndividualCustomerInput = z.input<typeof updateIndividualSchema>;
