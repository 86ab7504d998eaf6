import type { IdentificationType } from './field-rules.js';

/** `'individual'` (confirmed) or `'company'` (assumed, spec U12). */
export type CustomerType = 'individual' | 'company';

/** Global Currency Account activation (spec §7, §9; Finmo semantics). Read-only: no Paycombat endpoint changes it. */
export type GcaActivationStatus = 'NOT_STARTED' | 'APPROVAL_PENDING' | 'IN_PROGRESS' | 'COMPLETED';

/** Finmo's compliance review status; optional, never seen in Paycombat payloads (spec U20). */
export type CustomerReviewStatus = 'PENDING_INFO' | 'UNDER_REVIEW' | 'APPROVED' | 'SUSPENDED';

/** A person as Paycombat returns it: every field optional and nullable (spec §7). */
export interface PersonResponse {
  first_name?: string | null;
  last_name?: string | null;
  /** `YYYY-MM-DD`. */
  dob?: string | null;
  email?: string | null;
  nationality?: string | null;
  country_of_residence?: string | null;
  address_line1?: string | null;
  address_line2?: string | null;
  address_city?: string | null;
  address_state?: string | null;
  address_country?: string | null;
  address_zip_code?: string | null;
  phone_country_code?: string | null;
  phone_number?: string | null;
  /** Computed by the server: `'+6285156781165'`. */
  phone_number_e164?: string | null;
  identification_type?: IdentificationType | null;
  identification_custom_type?: string | null;
  identification_value?: string | null;
  [field: string]: unknown;
}

/** A company as Paycombat returns it (spec §7, provider page). */
export interface CompanyResponse {
  name?: string | null;
  registration_number?: string | null;
  incorporation_country?: string | null;
  company_email?: string | null;
  /** The provider page's response names the company e-mail `email`. */
  email?: string | null;
  address_line1?: string | null;
  address_line2?: string | null;
  address_city?: string | null;
  address_state?: string | null;
  address_country?: string | null;
  address_zip_code?: string | null;
  phone_country_code?: string | null;
  phone_number?: string | null;
  phone_number_e164?: string | null;
  company_domain?: string | null;
  identification_custom_type?: string | null;
  authorized_user?: PersonResponse | null;
  [field: string]: unknown;
}

/**
 * A Paycombat customer (spec §7). Field names are Paycombat's. Unknown fields are kept. Only `customer_id` is
 * guaranteed; read `is_active` and `is_wallet_ready` rather than assuming defaults (spec U16).
 */
export interface Customer {
  /** `customer_<32 hex>`. */
  customer_id: string;
  /** `org_<32 hex>`: the merchant's Finmo organization. */
  org_id?: string | null;
  type?: CustomerType | (string & {}) | null;
  description?: string | null;
  webhook_url?: string | null;
  metadata?: Record<string, unknown> | null;
  /** Toggled by `enable()` / `disable()`. */
  is_active?: boolean;
  /** Computed by Paycombat from the fields present; see `walletReadiness()` for what is missing. */
  is_wallet_ready?: boolean;
  organization_reference_id?: string | null;
  is_gca_enabled?: boolean;
  gca_activation_status?: GcaActivationStatus | (string & {}) | null;
  /** ISO 8601. */
  gca_activated_at?: string | null;
  is_sender_validation_enabled?: boolean;
  payin_sender_id_list?: string[] | null;
  company_domain?: string | null;
  individual?: PersonResponse | null;
  company?: CompanyResponse | null;
  /** e.g. `api_access_key:AK_FINMO_SBX_…`. */
  created_by?: string | null;
  /** ISO 8601 UTC. */
  created_at?: string | null;
  updated_at?: string | null;
  status?: CustomerReviewStatus | (string & {}) | null;
  [field: string]: unknown;
}

/** What Check Is Customer Wallet Ready answers (spec §8.5). */
export interface WalletReadiness {
  is_wallet_ready: boolean;
  /** Field paths Paycombat still needs, e.g. `individual.dob`. Opaque strings (spec U15). */
  missing_field: string[];
  [field: string]: unknown;
}

/** What `delete()` resolves to. */
export interface DeletedCustomer {
  customer_id: string;
  deleted: true;
  /** The customer as it was just before deletion, when Paycombat returns it (spec §8.8). */
  customer: Customer | undefined;
}
