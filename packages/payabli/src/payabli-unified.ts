import { defineStatusMapping, toDate, type UnifiedCustomer } from '@clientele/core';
import type { PayabliCustomerRecord } from './schemas/customer-record.js';

/** Payabli status → unified status: 1 active, 0 inactive, 85 (locked) suspended, -99 (deleted) closed. */
export const payabliStatusMapping = defineStatusMapping('payabli', { 1: 'active', 0: 'inactive', 85: 'suspended', [-99]: 'closed' });

/**
 * The provider-neutral, camelCase view of a Payabli customer record. `raw` keeps the record as Payabli sent
 * it (documented key spelling). Payabli timestamps carry no offset and are read as UTC.
 */
export function toUnifiedCustomer(record: PayabliCustomerRecord): UnifiedCustomer<PayabliCustomerRecord> {
  const given = nonEmpty(record.Firstname);
  const family = nonEmpty(record.Lastname);
  const company = nonEmpty(record.Company);
  const person = [given, family].filter(Boolean).join(' ');
  const view: UnifiedCustomer<PayabliCustomerRecord> = {
    provider: 'payabli',
    id: String(record.customerId),
    name: { display: person || company || nonEmpty(record.Email) || `Customer ${record.customerId}` },
    status: payabliStatusMapping.toUnified(record.customerStatus),
    providerStatus: record.customerStatus ?? 'unknown',
    raw: record,
  };
  if (given) view.name.given = given;
  if (family) view.name.family = family;
  if (company) view.name.legal = company;
  if (company && !person) view.type = 'business';
  const externalId = nonEmpty(record.customerNumber);
  if (externalId) view.externalId = externalId;
  const email = nonEmpty(record.Email);
  if (email) view.email = email;
  const phone = nonEmpty(record.Phone);
  if (phone) view.phone = phone;
  const country = nonEmpty(record.Country)?.toUpperCase();
  if (country && /^[A-Z]{2}$/.test(country)) view.country = country;
  const createdAt = toDate(record.Created);
  if (createdAt) view.createdAt = createdAt;
  const updatedAt = toDate(record.LastUpdated);
  if (updatedAt) view.updatedAt = updatedAt;
  return view;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
