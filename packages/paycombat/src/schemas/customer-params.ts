import type { IdentificationType } from './field-rules.js';

/**
 * A person: the `individual` of an individual customer, or a company's `authorized_user` (spec §8.1, §8.2).
 * Country codes are ISO 3166-1 alpha-2 in upper case; `dob` is `YYYY-MM-DD`; phone numbers are split into
 * `phone_country_code` (`'+62'`) and the national `phone_number` (`'85156781165'`).
 */
export interface PersonParams {
  /** Required on create. */
  first_name: string;
  /** Required on create. */
  last_name: string;
  /** Date of birth, `YYYY-MM-DD`. Needed for wallet readiness. */
  dob?: string;
  email?: string;
  /** `NATIONAL_ID` (confirmed), `PASSPORT`, `DRIVING_LICENSE`, `OTHERS` (assumed, spec U13). */
  identification_type?: IdentificationType;
  /** The document number. Redacted in logs. */
  identification_value?: string;
  address_line1?: string;
  address_line2?: string;
  address_city?: string;
  address_state?: string;
  /** Required on create. ISO 3166-1 alpha-2, e.g. `'ID'`. */
  address_country: string;
  address_zip_code?: string;
  /** ISO 3166-1 alpha-2. */
  country_of_residence?: string;
  /** ISO 3166-1 alpha-2. */
  nationality?: string;
  /** Country calling code, e.g. `'+62'`. */
  phone_country_code?: string;
  /** National number, digits only, without the country code. */
  phone_number?: string;
}

/** A company customer's details (spec §8.1). */
export interface CompanyParams {
  /** Required on create. */
  name: string;
  /** Required on create. */
  registration_number: string;
  /** Required on create. ISO 3166-1 alpha-2. */
  incorporation_country: string;
  company_email?: string;
  address_line1?: string;
  address_line2?: string;
  address_city?: string;
  address_state?: string;
  /** Required on create. ISO 3166-1 alpha-2. */
  address_country: string;
  address_zip_code?: string;
  phone_country_code?: string;
  phone_number?: string;
  /** The person acting for the company; the same fields as an individual. */
  authorized_user?: PersonParams;
}

interface CreateCommon {
  /** Required free text. */
  description: string;
  /** Your own id for the customer: use it to find a customer after a create whose answer was lost. */
  organization_reference_id?: string;
  /** Any JSON object of your own. Redacted in logs. */
  metadata?: Record<string, unknown>;
}

/** Creates an individual: `individual` is required and `company` is not allowed. */
export interface CreateIndividualParams extends CreateCommon {
  type: 'individual';
  individual: PersonParams;
}

/** Creates a company: `company` is required and `individual` is not allowed. */
export interface CreateCompanyParams extends CreateCommon {
  type: 'company';
  company: CompanyParams;
}

/** Body of Create Customer, discriminated by `type` (spec §8.1, U12, U14). */
export type CreateCustomerParams = CreateIndividualParams | CreateCompanyParams;

/**
 * A field of an update: a new value, `''` to clear it (Paycombat's rule), `null` as a synonym of `''` (it is sent
 * as `""`, never as `null`), or left out (`undefined`) to keep it unchanged.
 */
export type Clearable<T> = T | '' | null;

/** A person in an update: every field optional; optional fields can be cleared. */
export interface PersonUpdateParams {
  first_name?: string;
  last_name?: string;
  dob?: Clearable<string>;
  email?: Clearable<string>;
  identification_type?: Clearable<IdentificationType>;
  identification_value?: Clearable<string>;
  address_line1?: Clearable<string>;
  address_line2?: Clearable<string>;
  address_city?: Clearable<string>;
  address_state?: Clearable<string>;
  address_country?: string;
  address_zip_code?: Clearable<string>;
  country_of_residence?: Clearable<string>;
  nationality?: Clearable<string>;
  phone_country_code?: Clearable<string>;
  phone_number?: Clearable<string>;
}

/** A company in an update: every field optional; optional fields can be cleared. */
export interface CompanyUpdateParams {
  name?: string;
  registration_number?: string;
  incorporation_country?: string;
  company_email?: Clearable<string>;
  address_line1?: Clearable<string>;
  address_line2?: Clearable<string>;
  address_city?: Clearable<string>;
  address_state?: Clearable<string>;
  address_country?: string;
  address_zip_code?: Clearable<string>;
  phone_country_code?: Clearable<string>;
  phone_number?: Clearable<string>;
  authorized_user?: PersonUpdateParams;
}

/**
 * Body of Update Customer without `customer_id` (the SDK adds it). Only the fields given are changed (spec §8.2).
 * Fields that are required on create cannot be cleared. `type` cannot be changed (spec §8.2).
 */
export interface UpdateCustomerParams {
  description?: string;
  organization_reference_id?: Clearable<string>;
  /** Replaces the metadata object. */
  metadata?: Record<string, unknown>;
  /** For individual customers. */
  individual?: PersonUpdateParams;
  /** For company customers. */
  company?: CompanyUpdateParams;
}

/** Query of Get All Customer (spec §8.3, U4: assumed names). */
export interface ListCustomersParams {
  /** Customers per page, sent as `limit`. @default 50 */
  pageSize?: number;
  /** The first page to read (1-based), sent as `page`. @default 1 */
  page?: number;
  /** Stop after this many customers in total. @default unlimited */
  limit?: number;
  /** Safety cap on pages read by one iteration. @default 1000 */
  maxPages?: number;
  /** Filter (assumed, spec §8.3). */
  type?: 'individual' | 'company';
  /** Filter (assumed, spec §8.3). */
  is_active?: boolean;
  /** Filter (assumed, spec §8.3): find the customer created with your own reference. */
  organization_reference_id?: string;
}
