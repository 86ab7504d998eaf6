import type { PayabliCustomerRecord } from '../schemas/customer-record.js';

/** A paypoint (merchant) of the mock sandbox. Customers belong to exactly one. */
export interface MockPaypoint {
  /** The entrypoint name used in paths, e.g. `'8cfec329267'`. */
  entry: string;
  /** Numeric paypoint id (the `paypointId` filter). */
  paypointId: number;
  /** Numeric id of the organization the paypoint belongs to (`/Query/customers/org/{orgId}`). */
  orgId: number;
  /** Legal name, returned as `PaypointLegalname`. */
  legalName: string;
  /** Doing-business-as name, returned as `PaypointDbaname`. */
  dbaName: string;
  /** Organization name, returned as `ParentOrgName`. */
  orgName: string;
  /** Fields Payabli matches customers on for this paypoint (spec §7). @default ['email'] */
  identifierFields?: string[];
}

/** Request field (CustomerData) → response key (CustomerRecord), as Payabli renames them (spec §3.2). */
const RESPONSE_KEYS: Record<string, string> = {
  customerNumber: 'customerNumber',
  customerUsername: 'customerUsername',
  customerStatus: 'customerStatus',
  company: 'Company',
  firstname: 'Firstname',
  lastname: 'Lastname',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  address1: 'Address1',
  city: 'City',
  state: 'State',
  zip: 'Zip',
  country: 'Country',
  shippingAddress: 'ShippingAddress',
  shippingAddress1: 'ShippingAddress1',
  shippingCity: 'ShippingCity',
  shippingState: 'ShippingState',
  shippingZip: 'ShippingZip',
  shippingCountry: 'ShippingCountry',
  balance: 'Balance',
  timeZone: 'TimeZone',
  additionalFields: 'AdditionalFields',
  identifierFields: 'IdentifierFields',
};

/** The value of a request field in a body, matched case-insensitively (custom identifiers also in `additionalFields`). */
export function fieldValue(body: Record<string, unknown>, field: string): unknown {
  const lower = field.toLowerCase();
  const direct = Object.entries(body).find(([key]) => key.toLowerCase() === lower)?.[1];
  if (direct !== undefined && direct !== null && direct !== '') return direct;
  const extra = body.additionalFields as Record<string, unknown> | undefined;
  return extra ? Object.entries(extra).find(([key]) => key.toLowerCase() === lower)?.[1] ?? undefined : undefined;
}

/** The response key of a request field, or `undefined` when Payabli does not store it on the record. */
export function responseKey(field: string): string | undefined {
  return RESPONSE_KEYS[field];
}

/** `YYYY-MM-DDTHH:mm:ss` in UTC, the way Payabli prints timestamps. */
export function payabliTime(milliseconds: number): string {
  return new Date(milliseconds).toISOString().slice(0, 19);
}

/** A new record in Payabli's response shape from an add-customer body. */
export function newRecord(body: Record<string, unknown>, paypoint: MockPaypoint, customerId: number, now: number): PayabliCustomerRecord {
  const record: Record<string, unknown> = {
    customerId,
    customerNumber: null,
    customerUsername: null,
    customerStatus: 0,
    Company: null,
    Firstname: null,
    Lastname: null,
    Phone: null,
    Email: null,
    Balance: 0,
    TimeZone: 0,
    MFA: false,
    MFAMode: 0,
    snProvider: null,
    snIdentifier: null,
    snData: null,
    LastUpdated: payabliTime(now),
    Created: payabliTime(now),
    AdditionalFields: null,
    IdentifierFields: paypoint.identifierFields ?? ['email'],
    Subscriptions: [],
    StoredMethods: [],
    customerSummary: { NumberofTransactions: 0, RecentTransactions: [], TotalAmountTransactions: 0, TotalNetAmountTransactions: 0 },
    customerConsent: { eCommunication: { status: 0, updatedAt: null }, sms: { status: 0, updatedAt: null } },
    customerPortal: null,
    PaypointLegalname: paypoint.legalName,
    PaypointDbaname: paypoint.dbaName,
    ParentOrgName: paypoint.orgName,
    ParentOrgId: paypoint.orgId,
    PaypointEntryname: paypoint.entry,
    pageidentifier: null,
    externalPaypointID: null,
  };
  return applyBody(record as PayabliCustomerRecord, body, now);
}

/** The record with the body's fields written over it (a partial update). `customerPsw` is never stored on the record. */
export function applyBody(record: PayabliCustomerRecord, body: Record<string, unknown>, now: number): PayabliCustomerRecord {
  const next: Record<string, unknown> = { ...record };
  for (const [field, value] of Object.entries(body)) {
    const key = responseKey(field);
    if (key === undefined || value === undefined) continue;
    if (key === 'AdditionalFields' && value && typeof value === 'object') {
      const merged: Record<string, unknown> = { ...((next.AdditionalFields as Record<string, unknown> | null) ?? {}) };
      for (const [name, item] of Object.entries(value)) {
        if (item === null) delete merged[name];
        else merged[name] = item;
      }
      next.AdditionalFields = merged;
    } else {
      next[key] = value;
    }
  }
  next.LastUpdated = payabliTime(now);
  return next as PayabliCustomerRecord;
}
