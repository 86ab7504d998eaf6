import type { PaybaseCddLevel, PaybaseCustomerState, PaybaseCustomerType } from '../schemas/customer-response.js';

/** A customer as the mock stores it: Paybase's flat customer object and its type. */
export interface MockCustomerRecord {
  type: PaybaseCustomerType;
  customer: MockCustomer;
}

/** The flat customer object the mock returns. */
export interface MockCustomer {
  id: string;
  shortId: string;
  createdAt: string;
  updatedAt: string;
  activeAt?: string;
  stateId: PaybaseCustomerState;
  cddLevel: PaybaseCddLevel;
  targetCDDLevel: PaybaseCddLevel;
  roleId: string;
  terms: { acceptedAt: string; revision: string };
  annotations: Record<string, string>;
  tags: string[];
  preferredInstruments: { card: { id?: string; updatedAt?: string }; bankAccount: { id?: string; updatedAt?: string } };
  profile: Record<string, unknown>;
  companyNumber?: string;
  businessPersons?: MockBusinessPerson[];
}

/** A business person as the mock stores it. */
export interface MockBusinessPerson {
  id: string;
  customerId: string;
  profile: Record<string, unknown>;
}

/** What a create body holds once validated (the mock reuses the SDK's strict schemas). */
export interface CreateBody {
  profile: Record<string, unknown>;
  terms: { acceptedAt: string; revision: string };
  roleId?: string;
  roleSlug?: string;
  annotations?: Record<string, string>;
  tags?: string[];
  companyNumber?: string;
}

/** A deterministic-looking role id for a slug, so the same slug always maps to the same role. */
export function roleIdFor(body: { roleId?: string; roleSlug?: string }): string {
  if (body.roleId) return body.roleId;
  let hash = 0;
  for (const character of body.roleSlug ?? 'customer') hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  const hex = hash.toString(16).padStart(8, '0');
  return `role/${hex}-0000-4000-8000-${hex}0000`;
}

/** The customer a create body makes. */
export function newCustomer(type: PaybaseCustomerType, uuid: string, shortId: string, body: CreateBody, now: string, targetCDDLevel: PaybaseCddLevel): MockCustomer {
  const customer: MockCustomer = {
    id: `customer/${uuid}`,
    shortId,
    createdAt: now,
    updatedAt: now,
    stateId: 'PENDING',
    cddLevel: 'ZERO',
    targetCDDLevel,
    roleId: roleIdFor(body),
    terms: body.terms,
    annotations: { ...body.annotations },
    tags: [...new Set(body.tags ?? [])],
    preferredInstruments: { card: {}, bankAccount: {} },
    profile: structuredClone(body.profile),
  };
  if (type === 'incorporatedBusiness') {
    customer.companyNumber = body.companyNumber;
    customer.businessPersons = [];
  }
  return customer;
}

/** Applies an update body: profile fields merge (an address is replaced whole); terms and role replace. */
export function applyUpdate(customer: MockCustomer, body: { profile?: Record<string, unknown>; terms?: MockCustomer['terms']; roleId?: string; roleSlug?: string }, now: string): MockCustomer {
  const next = structuredClone(customer);
  if (body.profile) Object.assign(next.profile, structuredClone(body.profile));
  if (body.terms) next.terms = body.terms;
  if (body.roleId || body.roleSlug) next.roleId = roleIdFor(body);
  next.updatedAt = now;
  return next;
}
