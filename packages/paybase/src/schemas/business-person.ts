import * as z from 'zod/mini';
import { address, dateOfBirth, optionalFields, personalText, text } from './shared-inputs.js';

/** Profile fields of a business person (spec §4.6). `roles` values are unconfirmed (U5): any non-empty strings. */
const personProfileFields = () => ({
  firstName: personalText(),
  lastName: personalText(),
  dob: dateOfBirth(),
  residentialAddress: address(),
  roles: z.array(text()),
});

/** Body of `POST /v1/customer/{id}/persons`. */
export const addBusinessPersonSchema = /* @__PURE__ */ (() => z.strictObject({ profile: z.strictObject(personProfileFields()) }))();

/** Body of the business-person update: every field optional; a sent `roles` list replaces the old one. */
export const updateBusinessPersonSchema = /* @__PURE__ */ (() => z.strictObject({ profile: z.strictObject(optionalFields(personProfileFields())) }))();

/** Input of `customers.businessPersons.add`. */
export type AddBusinessPersonInput = z.input<typeof addBusinessPersonSchema>;
/** Input of `customers.businessPersons.update`. */
export type UpdateBusinessPersonInput = z.input<typeof updateBusinessPersonSchema>;
