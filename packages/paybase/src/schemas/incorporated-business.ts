import * as z from 'zod/mini';
import { address, atMostOneRole, countryIso, createCommon, dateTime, email, exactlyOneRole, optionalFields, phoneNumber, roleId, roleSlug, terms, text } from './shared-inputs.js';

/** Required profile fields of an incorporated business (spec §4.5). */
const requiredProfileFields = () => ({
  registeredName: text(),
  email: email(),
  phoneNumber: phoneNumber(),
  taxCountryISO: countryIso(),
  registeredAddress: address(),
  tradingAddress: address(),
});

/** Optional profile fields of an incorporated business. */
const optionalProfileFields = () => ({
  tradingName: z.optional(text()),
  incorporatedDate: z.optional(dateTime()),
  industry: z.optional(text()),
  orgChart: z.optional(text()),
  url: z.optional(text()),
});

/** Body of `POST /v1/customers/incorporated-business`; `companyNumber` is required. */
export const createIncorporatedBusinessSchema = /* @__PURE__ */ (() => z
  .strictObject({
    companyNumber: text(),
    profile: z.strictObject({ ...requiredProfileFields(), ...optionalProfileFields() }),
    ...createCommon(),
  })
  .check(exactlyOneRole()))();

/** Body of `PATCH /v1/customer/incorporated-business/{id}`: every profile field optional; `companyNumber` cannot change. */
export const updateIncorporatedBusinessSchema = /* @__PURE__ */ (() => z
  .strictObject({
    companyNumber: z.optional(z.never({ error: 'cannot be changed after the business is created; leave it out' })),
    profile: z.optional(z.strictObject({ ...optionalFields(requiredProfileFields()), ...optionalProfileFields() })),
    terms: z.optional(terms()),
    roleId: z.optional(roleId()),
    roleSlug: z.optional(roleSlug()),
  })
  .check(atMostOneRole()))();

/** Input of `customers.incorporatedBusiness.create`. */
export type CreateIncorporatedBusinessCustomerInput = z.input<typeof createIncorporatedBusinessSchema>;
/** Input of `customers.incorporatedBusiness.update`. */
export type UpdateIncorporatedBusinessCustomerInput = Omit<z.input<typeof updateIncorporatedBusinessSchema>, 'companyNumber'>;
