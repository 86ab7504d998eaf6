import { defineStatusMapping, toDate, type UnifiedCustomer } from '@clientele/core';
import type { Customer } from './schemas/customer-types.js';

/**
 * Paycombat has no single customer status: it has `is_active`, `is_wallet_ready` and, rarely, Finmo's review
 * `status` (spec §9). The SDK folds them into one derived status, in this order of precedence:
 *
 * 1. `DELETED` when you know the customer was deleted;
 * 2. Finmo's review `status` when present: `SUSPENDED`, `UNDER_REVIEW`, `PENDING_INFO`;
 * 3. `WALLET_NOT_READY` while `is_wallet_ready` is not true (KYC data missing);
 * 4. `ACTIVE` or `INACTIVE` from `is_active`.
 */
export type PaycombatCustomerStatus = 'DELETED' | 'SUSPENDED' | 'UNDER_REVIEW' | 'PENDING_INFO' | 'WALLET_NOT_READY' | 'INACTIVE' | 'ACTIVE';

/** The derived status → unified status table. */
export const paycombatStatusMapping = defineStatusMapping<PaycombatCustomerStatus>('paycombat', {
  DELETED: 'closed',
  SUSPENDED: 'suspended',
  UNDER_REVIEW: 'pending',
  PENDING_INFO: 'incomplete',
  WALLET_NOT_READY: 'incomplete',
  INACTIVE: 'inactive',
  ACTIVE: 'active',
});

/** Options of {@link toUnifiedCustomer}. */
export interface ToUnifiedOptions {
  /** The customer was deleted (e.g. it is what `delete()` returned). @default false */
  deleted?: boolean;
}

/** The derived status of a customer; see {@link PaycombatCustomerStatus}. */
export function paycombatCustomerStatus(customer: Customer, options: ToUnifiedOptions = {}): PaycombatCustomerStatus {
  if (options.deleted) return 'DELETED';
  const review = customer.status;
  if (review === 'SUSPENDED' || review === 'UNDER_REVIEW' || review === 'PENDING_INFO') return review as PaycombatCustomerStatus;
  if (customer.is_wallet_ready !== true) return 'WALLET_NOT_READY';
  return customer.is_active === true ? 'ACTIVE' : 'INACTIVE';
}

function present(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * A Paycombat customer as the provider-neutral {@link UnifiedCustomer}: `type` `company` becomes `business`,
 * the name is the person's given and family name or the company's name, the phone is `phone_number_e164` (or the
 * country code and national number joined), and the country is the address country.
 */
export function toUnifiedCustomer(customer: Customer, options: ToUnifiedOptions = {}): UnifiedCustomer<Customer> {
  const person = customer.individual ?? undefined;
  const company = customer.company ?? undefined;
  const contact = person ?? company?.authorized_user ?? undefined;
  const given = present(person?.first_name);
  const family = present(person?.last_name);
  const legal = present(company?.name);
  const display = legal ?? ([given, family].filter(Boolean).join(' ') || customer.customer_id);
  const source = person ?? company;
  const phone =
    present(source?.phone_number_e164) ?? (present(source?.phone_country_code) && present(source?.phone_number) ? `${source!.phone_country_code}${source!.phone_number}` : undefined);
  const providerStatus = paycombatCustomerStatus(customer, options);
  const unified: UnifiedCustomer<Customer> = {
    provider: 'paycombat',
    id: customer.customer_id,
    name: { display, ...(given && { given }), ...(family && { family }), ...(legal && { legal }) },
    status: paycombatStatusMapping.toUnified(providerStatus),
    providerStatus,
    raw: customer,
  };
  const externalId = present(customer.organization_reference_id);
  if (externalId) unified.externalId = externalId;
  if (customer.type === 'individual') unified.type = 'individual';
  if (customer.type === 'company') unified.type = 'business';
  const email = present(person?.email) ?? present(company?.company_email) ?? present(company?.email) ?? present(contact?.email);
  if (email) unified.email = email;
  if (phone) unified.phone = phone;
  const country = present(source?.address_country) ?? present(company?.incorporation_country);
  if (country) unified.country = country.toUpperCase();
  const createdAt = toDate(customer.created_at);
  if (createdAt) unified.createdAt = createdAt;
  const updatedAt = toDate(customer.updated_at);
  if (updatedAt) unified.updatedAt = updatedAt;
  return unified;
}
