import * as z from 'zod/mini';
import { address, atMostOneRole, createCommon, email, exactlyOneRole, phoneNumber, roleId, roleSlug, terms, text } from './shared-inputs.js';

/** Profile fields of an organisation (a non-incorporated body such as a charity or club), spec §4.4. */
const organisationProfileFields = () => ({
  email: z.optional(email()),
  phoneNumber: z.optional(phoneNumber()),
  registeredAddress: z.optional(address()),
  registeredNumber: z.optional(text()),
  supplementaryInformation: z.optional(z.record(z.string(), z.string({ error: 'must be a string' }))),
});

/** Body of `POST /v1/customers/organisation`. `name` is required (spec §4.4, an assumption). */
export const createOrganisationSchema = /* @__PURE__ */ (() => z
  .strictObject({ profile: z.strictObject({ name: text(), ...organisationProfileFields() }), ...createCommon() })
  .check(exactlyOneRole()))();

/** Body of the organisation update: every profile field optional; `terms` optional (U7). */
export const updateOrganisationSchema = /* @__PURE__ */ (() => z
  .strictObject({
    profile: z.optional(z.strictObject({ name: z.optional(text()), ...organisationProfileFields() })),
    terms: z.optional(terms()),
    roleId: z.optional(roleId()),
    roleSlug: z.optional(roleSlug()),
  })
  .check(atMostOneRole()))();

/** Input of `customers.organisation.create`. */
export type CreateOrganisationCustomerInput = z.input<typeof createOrganisationSchema>;
/** Input of `customers.organisation.update`. */
export type UpdateOrganisationCustomerInput = z.input<typeof updateOrganisationSchema>;

