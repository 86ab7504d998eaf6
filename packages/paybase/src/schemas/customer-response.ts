import { sensitive } from '@clientele/core';
import * as z from 'zod/mini';
import type { PaybaseAccountPurpose } from './shared-inputs.js';

/** The states of a Paybase customer (provider page). */
export const PAYBASE_CUSTOMER_STATES = ['PENDING', 'ENABLED', 'DISABLED', 'LOCKED', 'CLOSING', 'TERMINATED'] as const;
/** One of {@link PAYBASE_CUSTOMER_STATES}. */
export type PaybaseCustomerState = (typeof PAYBASE_CUSTOMER_STATES)[number];

/** Due-diligence levels, lowest first (provider page). */
export const PAYBASE_CDD_LEVELS = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'] as const;
/** One of {@link PAYBASE_CDD_LEVELS}. */
export type PaybaseCddLevel = (typeof PAYBASE_CDD_LEVELS)[number];

/** The four customer types, as named in Paybase's tagged union (spec §4.7). */
export const PAYBASE_CUSTOMER_TYPES = ['individual', 'soleTrader', 'organisation', 'incorporatedBusiness'] as const;
/** One of {@link PAYBASE_CUSTOMER_TYPES}. */
export type PaybaseCustomerType = (typeof PAYBASE_CUSTOMER_TYPES)[number];

/** A string enum that stays open: values Paybase adds later still parse (typed as `string`). */
const openEnum = <T extends string>() => z.custom<T | (string & {})>((value) => typeof value === 'string', { error: 'must be a string' });
const optionalString = () => z.optional(z.string());

/** Responses are parsed loosely: unknown fields are kept, absent ones are fine. */
const addressResponse = /* @__PURE__ */ (() => z.looseObject({
  countryISO: optionalString(),
  flatNumber: optionalString(),
  houseNameNumber: optionalString(),
  street: optionalString(),
  townCity: optionalString(),
  region: optionalString(),
  postalCode: optionalString(),
}))();

const instrumentReference = /* @__PURE__ */ (() => z.looseObject({ id: optionalString(), updatedAt: optionalString() }))();

/** Fields every customer response carries (spec §4.1). Only `id` and `stateId` are required. */
const commonFields = () => ({
  id: z.string(),
  shortId: optionalString(),
  createdAt: optionalString(),
  updatedAt: optionalString(),
  activeAt: optionalString(),
  stateId: openEnum<PaybaseCustomerState>(),
  cddLevel: z.optional(openEnum<PaybaseCddLevel>()),
  targetCDDLevel: z.optional(openEnum<PaybaseCddLevel>()),
  roleId: optionalString(),
  terms: z.optional(z.looseObject({ acceptedAt: optionalString(), revision: optionalString() })),
  annotations: z.optional(z.record(z.string(), z.string())),
  tags: z.optional(z.array(z.string())),
  preferredInstruments: z.optional(z.looseObject({ card: z.optional(instrumentReference), bankAccount: z.optional(instrumentReference) })),
});

const personFields = () => ({
  firstName: optionalString(),
  lastName: optionalString(),
  dob: optionalString(),
  email: optionalString(),
  phoneNumber: optionalString(),
  residentialAddress: z.optional(addressResponse),
  accountPurpose: z.optional(openEnum<PaybaseAccountPurpose>()),
});

/** An individual customer as Paybase returns it. */
export const individualCustomerResponse = /* @__PURE__ */ (() => z.looseObject({ ...commonFields(), profile: z.optional(z.looseObject(personFields())) }))();

/** A sole trader as Paybase returns it. */
export const soleTraderCustomerResponse = /* @__PURE__ */ (() => z.looseObject({
  ...commonFields(),
  profile: z.optional(z.looseObject({ ...personFields(), tradingName: optionalString(), industry: optionalString(), url: optionalString() })),
}))();

/** An organisation as Paybase returns it. */
export const organisationCustomerResponse = /* @__PURE__ */ (() => z.looseObject({
  ...commonFields(),
  profile: z.optional(
    z.looseObject({
      name: optionalString(),
      email: optionalString(),
      phoneNumber: optionalString(),
      registeredAddress: z.optional(addressResponse),
      registeredNumber: optionalString(),
      supplementaryInformation: z.optional(z.record(z.string(), z.string())),
    }),
  ),
}))();

/** A business person of an incorporated business (spec §4.6). */
export const businessPersonResponse = /* @__PURE__ */ (() => z.looseObject({
  id: z.string(),
  customerId: optionalString(),
  profile: z.optional(
    z.looseObject({
      firstName: optionalString(),
      lastName: optionalString(),
      dob: optionalString(),
      residentialAddress: z.optional(addressResponse),
      roles: z.optional(z.array(z.string())),
    }),
  ),
}))();

/** An incorporated business as Paybase returns it, with its business persons. */
export const incorporatedBusinessCustomerResponse = /* @__PURE__ */ (() => z.looseObject({
  ...commonFields(),
  companyNumber: optionalString(),
  businessPersons: z.optional(z.array(businessPersonResponse)),
  profile: z.optional(
    z.looseObject({
      registeredName: optionalString(),
      tradingName: optionalString(),
      email: optionalString(),
      phoneNumber: optionalString(),
      taxCountryISO: optionalString(),
      registeredAddress: z.optional(addressResponse),
      tradingAddress: z.optional(addressResponse),
      incorporatedDate: optionalString(),
      industry: optionalString(),
      orgChart: optionalString(),
      url: optionalString(),
    }),
  ),
}))();

/** Response schema per customer type. */
export const CUSTOMER_RESPONSE_SCHEMAS = {
  individual: individualCustomerResponse,
  soleTrader: soleTraderCustomerResponse,
  organisation: organisationCustomerResponse,
  incorporatedBusiness: incorporatedBusinessCustomerResponse,
} as const;

/** An individual customer, tagged with `type` by the SDK. */
export type PaybaseIndividualCustomer = z.output<typeof individualCustomerResponse> & { type: 'individual' };
/** A sole trader, tagged with `type` by the SDK. */
export type PaybaseSoleTraderCustomer = z.output<typeof soleTraderCustomerResponse> & { type: 'soleTrader' };
/** An organisation, tagged with `type` by the SDK. */
export type PaybaseOrganisationCustomer = z.output<typeof organisationCustomerResponse> & { type: 'organisation' };
/** An incorporated business, tagged with `type` by the SDK. */
export type PaybaseIncorporatedBusinessCustomer = z.output<typeof incorporatedBusinessCustomerResponse> & { type: 'incorporatedBusiness' };
/** A business person. */
export type PaybaseBusinessPerson = z.output<typeof businessPersonResponse>;

/** Any Paybase customer: a union discriminated by `type`. */
export type PaybaseCustomer = PaybaseIndividualCustomer | PaybaseSoleTraderCustomer | PaybaseOrganisationCustomer | PaybaseIncorporatedBusinessCustomer;

/** The customer type for each `type` value. */
export interface PaybaseCustomerByType {
  individual: PaybaseIndividualCustomer;
  soleTrader: PaybaseSoleTraderCustomer;
  organisation: PaybaseOrganisationCustomer;
  incorporatedBusiness: PaybaseIncorporatedBusinessCustomer;
}

/** The answer of `createAuthenticationToken`, simple or SCA-aware (spec §4.11). `accessToken` is a secret. */
export const authenticationTokenResponse = /* @__PURE__ */ (() => z.looseObject({
  success: z.optional(z.boolean()),
  accessToken: z.optional(sensitive(z.string())),
  expiresAt: optionalString(),
  shortId: optionalString(),
  requirements: z.optional(
    z.looseObject({
      missing: z.optional(z.pipe(z.union([z.number(), z.string()]), z.transform((value: number | string) => Number(value)))),
      possibleFactors: z.optional(z.array(z.string())),
      providedFactors: z.optional(z.array(z.string())),
      undefined: z.optional(z.array(z.string())),
    }),
  ),
}))();

/** A list answer: `{ results }`, each result in either shape of §4.7. */
export const listResponse = /* @__PURE__ */ (() => z.looseObject({ results: z.array(z.unknown()) }))();
