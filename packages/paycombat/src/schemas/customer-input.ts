import * as z from 'zod/mini';
import {
  birthDate,
  countryCode,
  emailAddress,
  identificationType,
  metadata,
  optionalText,
  personalText,
  phoneCountryCode,
  phoneNumber,
  requiredText,
} from './field-rules.js';

type Mode = 'create' | 'update';
type Rule = () => z.ZodMiniString;

const NOT_CLEARABLE = 'is required by Paycombat and cannot be cleared: send a new value or leave it out';

/**
 * A field Paycombat requires on create. On update it may be left out, but not cleared: `''` and `null` are refused.
 */
function required(rule: Rule, mode: Mode): z.ZodMiniType {
  if (mode === 'create') return rule();
  const notEmpty = z.string({ error: NOT_CLEARABLE }).check(z.refine((value) => value !== '', NOT_CLEARABLE));
  return z.optional(z.pipe(notEmpty, rule() as z.ZodMiniType<string, string>));
}

/**
 * An optional field. On update, `''` clears it and `null` is sent as `''` (spec §8.2: "To clear a field, set it to
 * an empty string"); `undefined` leaves it unchanged.
 */
function optional(rule: Rule, mode: Mode): z.ZodMiniType {
  if (mode === 'create') return z.optional(rule());
  // The rule goes first: when nothing matches, the error of the closest branch (the rule's) is reported.
  return z.optional(z.pipe(z.union([rule(), z.literal(''), z.null()]), z.transform((value: string | null) => value ?? '')));
}

function personShape(mode: Mode) {
  return {
    first_name: required(() => personalText(true), mode),
    last_name: required(() => personalText(true), mode),
    dob: optional(birthDate, mode),
    email: optional(emailAddress, mode),
    identification_type: optional(identificationType, mode),
    identification_value: optional(() => personalText(false), mode),
    address_line1: optional(() => personalText(false), mode),
    address_line2: optional(() => personalText(false), mode),
    address_city: optional(optionalText, mode),
    address_state: optional(optionalText, mode),
    address_country: required(countryCode, mode),
    address_zip_code: optional(() => personalText(false), mode),
    country_of_residence: optional(countryCode, mode),
    nationality: optional(countryCode, mode),
    phone_country_code: optional(phoneCountryCode, mode),
    phone_number: optional(phoneNumber, mode),
  };
}

function companyShape(mode: Mode) {
  const person = z.strictObject(personShape(mode));
  return {
    name: required(requiredText, mode),
    registration_number: required(requiredText, mode),
    incorporation_country: required(countryCode, mode),
    company_email: optional(emailAddress, mode),
    address_line1: optional(optionalText, mode),
    address_line2: optional(optionalText, mode),
    address_city: optional(optionalText, mode),
    address_state: optional(optionalText, mode),
    address_country: required(countryCode, mode),
    address_zip_code: optional(optionalText, mode),
    phone_country_code: optional(phoneCountryCode, mode),
    phone_number: optional(phoneNumber, mode),
    authorized_user: z.optional(person),
  };
}

const common = {
  description: requiredText(),
  organization_reference_id: z.optional(requiredText()),
  metadata: z.optional(metadata()),
};

const TYPE_MESSAGE = 'must be "individual" or "company"';

/** Create Customer: a strict union on `type` (spec §8.1, U12, U14). */
export const createCustomerSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('individual'), ...common, individual: z.strictObject(personShape('create')) }),
    z.strictObject({ type: z.literal('company'), ...common, company: z.strictObject(companyShape('create')) }),
  ],
  { error: TYPE_MESSAGE },
);

/** Update Customer without `customer_id`; at least one field, and not both `individual` and `company`. */
export const updateCustomerSchema = z
  .strictObject({
    description: required(requiredText, 'update'),
    organization_reference_id: optional(requiredText, 'update'),
    metadata: z.optional(metadata()),
    individual: z.optional(z.strictObject(personShape('update'))),
    company: z.optional(z.strictObject(companyShape('update'))),
    type: z.optional(z.never({ error: 'cannot be changed after the customer was created (spec §8.2); create a new customer instead' })),
  })
  .check(
    z.refine((value) => Object.values(value).some((field) => field !== undefined), 'must change at least one field'),
    z.refine((value) => value.individual === undefined || value.company === undefined, {
      message: 'must not hold both individual and company: send the one that matches the customer type',
      path: ['company'],
    }),
  );
