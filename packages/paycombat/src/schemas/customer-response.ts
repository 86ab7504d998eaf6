import * as z from 'zod/mini';

/**
 * Response schemas are loose (unknown fields kept) and lenient (spec §7 "Typing advice"): every nested field is
 * optional and nullable, and the `{}` placeholder that Paycombat's docs show for null-typed fields reads as `null`.
 */
const emptyObjectToNull = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0 ? null : value;

const text = z.pipe(z.transform(emptyObjectToNull), z.nullish(z.string()));
const flag = z.optional(z.boolean());

const personResponse = z.looseObject({
  first_name: text,
  last_name: text,
  dob: text,
  email: text,
  nationality: text,
  country_of_residence: text,
  address_line1: text,
  address_line2: text,
  address_city: text,
  address_state: text,
  address_country: text,
  address_zip_code: text,
  phone_country_code: text,
  phone_number: text,
  phone_number_e164: text,
  identification_type: text,
  identification_custom_type: text,
  identification_value: text,
});

const companyResponse = z.looseObject({
  name: text,
  registration_number: text,
  incorporation_country: text,
  company_email: text,
  email: text,
  address_line1: text,
  address_line2: text,
  address_city: text,
  address_state: text,
  address_country: text,
  address_zip_code: text,
  phone_country_code: text,
  phone_number: text,
  phone_number_e164: text,
  company_domain: text,
  identification_custom_type: text,
  authorized_user: z.nullish(personResponse),
});

/** The Customer object (spec §7). Only `customer_id` is required. */
export const customerSchema = z.looseObject({
  customer_id: z.string(),
  org_id: text,
  type: text,
  description: text,
  webhook_url: text,
  metadata: z.nullish(z.record(z.string(), z.unknown())),
  is_active: flag,
  is_wallet_ready: flag,
  organization_reference_id: text,
  is_gca_enabled: flag,
  gca_activation_status: text,
  gca_activated_at: text,
  is_sender_validation_enabled: flag,
  payin_sender_id_list: z.nullish(z.array(z.string())),
  company_domain: text,
  individual: z.nullish(personResponse),
  company: z.nullish(companyResponse),
  created_by: text,
  created_at: text,
  updated_at: text,
  /** Finmo's compliance review status (spec §7, U20); never seen in Paycombat payloads. */
  status: text,
});

/** The answer of Check Is Customer Wallet Ready (spec §8.5, [C-int]). */
export const walletReadinessSchema = z.looseObject({
  is_wallet_ready: z.boolean(),
  missing_field: z.pipe(z.transform((value: unknown) => value ?? []), z.array(z.string())),
});
