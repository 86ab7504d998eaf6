import type { Customer, PersonResponse } from '../schemas/customer-types.js';

/**
 * The mock's idea of Paycombat's rules. Real Paycombat keeps its own (spec U14, U15); these follow the spec's
 * field tables and Finmo's KYC set, and are deliberately written independently of the SDK's schemas so that the
 * mock catches SDK mistakes instead of repeating them.
 */
export const WALLET_FIELDS = {
  individual: ['first_name', 'last_name', 'dob', 'email', 'nationality', 'identification_type', 'identification_value', 'address_line1', 'address_city', 'address_country'],
  company: ['name', 'registration_number', 'incorporation_country', 'address_line1', 'address_city', 'address_country'],
  authorized_user: ['first_name', 'last_name', 'dob', 'nationality', 'identification_type', 'identification_value'],
} as const;

const REQUIRED = {
  individual: ['first_name', 'last_name', 'address_country'],
  company: ['name', 'registration_number', 'incorporation_country', 'address_country'],
} as const;

const PERSON_FIELDS = new Set([
  'first_name', 'last_name', 'dob', 'email', 'identification_type', 'identification_value', 'address_line1', 'address_line2', 'address_city',
  'address_state', 'address_country', 'address_zip_code', 'country_of_residence', 'nationality', 'phone_country_code', 'phone_number',
]);
const COMPANY_FIELDS = new Set([
  'name', 'registration_number', 'incorporation_country', 'company_email', 'address_line1', 'address_line2', 'address_city', 'address_state',
  'address_country', 'address_zip_code', 'phone_country_code', 'phone_number', 'authorized_user',
]);
const COUNTRY_FIELDS = new Set(['address_country', 'nationality', 'country_of_residence', 'incorporation_country']);

/** Laravel-style field errors: `{ 'individual.first_name': ['…'] }`. */
export type FieldErrors = Record<string, string[]>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function filled(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function checkSection(section: unknown, prefix: string, allowed: Set<string>, required: readonly string[], errors: FieldErrors, creating: boolean): void {
  if (!isRecord(section)) {
    errors[prefix] = [`The ${prefix} field must be an object.`];
    return;
  }
  for (const [key, value] of Object.entries(section)) {
    const path = `${prefix}.${key}`;
    if (!allowed.has(key)) errors[path] = [`The ${path} field is not allowed.`];
    else if (key === 'authorized_user') checkSection(value, path, PERSON_FIELDS, creating ? REQUIRED.individual : [], errors, creating);
    else if (typeof value !== 'string') errors[path] = [`The ${path} field must be a string.`];
    else if (COUNTRY_FIELDS.has(key) && value !== '' && !/^[A-Z]{2}$/.test(value)) errors[path] = [`The ${path} field must be a 2-letter country code.`];
    else if (key === 'dob' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) errors[path] = [`The ${path} field must match the format Y-m-d.`];
    else if ((key === 'email' || key === 'company_email') && value !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) errors[path] = [`The ${path} field must be a valid email address.`];
  }
  for (const key of required) if (!filled(section[key])) errors[`${prefix}.${key}`] = [`The ${prefix}.${key} field is required.`];
}

/** Validates a Create Customer body the way the mock's Paycombat does. */
export function validateCreate(body: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  if (!filled(body.description)) errors.description = ['The description field is required.'];
  if (body.type !== 'individual' && body.type !== 'company') errors.type = ['The selected type is invalid.'];
  if (body.type === 'individual') checkSection(body.individual, 'individual', PERSON_FIELDS, REQUIRED.individual, errors, true);
  if (body.type === 'company') checkSection(body.company, 'company', COMPANY_FIELDS, REQUIRED.company, errors, true);
  if (body.type === 'individual' && body.company !== undefined) errors.company = ['The company field is prohibited for individual customers.'];
  if (body.type === 'company' && body.individual !== undefined) errors.individual = ['The individual field is prohibited for company customers.'];
  if (body.metadata !== undefined && !isRecord(body.metadata)) errors.metadata = ['The metadata field must be an object.'];
  return errors;
}

/** Validates an Update Customer body against the customer it changes. */
export function validateUpdate(body: Record<string, unknown>, customer: Customer): FieldErrors {
  const errors: FieldErrors = {};
  if (body.type !== undefined) errors.type = ['The type field cannot be changed.'];
  if (body.description !== undefined && !filled(body.description)) errors.description = ['The description field is required.'];
  const own = customer.type === 'company' ? 'company' : 'individual';
  const other = own === 'company' ? 'individual' : 'company';
  if (body[other] !== undefined) errors[other] = [`The ${other} field is prohibited for ${own} customers.`];
  if (body[own] !== undefined) {
    checkSection(body[own], own, own === 'company' ? COMPANY_FIELDS : PERSON_FIELDS, [], errors, false);
    const required = REQUIRED[own];
    if (isRecord(body[own])) for (const key of required) if ((body[own] as Record<string, unknown>)[key] === '') errors[`${own}.${key}`] = [`The ${own}.${key} field cannot be empty.`];
  }
  return errors;
}

/** Copies `source` into `target`: `''` clears a field (stored as null), nested objects merge. */
export function mergeFields(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  const output: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (isRecord(value) && key !== 'metadata') output[key] = mergeFields(isRecord(target[key]) ? target[key] : {}, value);
    else output[key] = value === '' ? null : value;
  }
  return output;
}

/** Adds the server-computed `phone_number_e164` to a person or company. */
export function withE164<T extends Record<string, unknown>>(section: T): T {
  const code = section.phone_country_code;
  const number = section.phone_number;
  const e164 = filled(code) && filled(number) ? `${String(code)}${String(number)}` : null;
  const output: Record<string, unknown> = { ...section, phone_number_e164: e164 };
  if (isRecord(section.authorized_user)) output.authorized_user = withE164(section.authorized_user);
  return output as T;
}

/** The fields a customer still lacks for a wallet, as `section.field` paths (spec §8.5 `missing_field`). */
export function missingWalletFields(customer: Customer): string[] {
  const missing: string[] = [];
  const check = (section: Record<string, unknown> | null | undefined, prefix: string, fields: readonly string[]) => {
    for (const field of fields) if (!filled(section?.[field])) missing.push(`${prefix}.${field}`);
  };
  if (customer.type === 'company') {
    check(customer.company, 'company', WALLET_FIELDS.company);
    check(customer.company?.authorized_user as PersonResponse | null | undefined, 'company.authorized_user', WALLET_FIELDS.authorized_user);
  } else {
    check(customer.individual, 'individual', WALLET_FIELDS.individual);
  }
  return missing;
}
