import { defineStatusMapping, toDate, type UnifiedCustomer, type UnifiedCustomerStatus } from '@clientele/core';
import { PAYBASE_CDD_LEVELS, type PaybaseCddLevel, type PaybaseCustomer } from './schemas/customer-response.js';

/**
 * Paybase state → unified status. ENABLED maps to `active` only once due diligence has reached the target level;
 * before that the customer cannot transact yet, so {@link toUnifiedCustomer} reports `pending`.
 */
export const paybaseStatusMapping = /* @__PURE__ */ (() => defineStatusMapping('paybase', {
  PENDING: 'pending',
  ENABLED: 'active',
  DISABLED: 'inactive',
  LOCKED: 'suspended',
  CLOSING: 'closing',
  TERMINATED: 'closed',
}))();

/** The unified view of a Paybase customer, with its due-diligence levels. */
export interface PaybaseUnifiedCustomer extends UnifiedCustomer<PaybaseCustomer> {
  /** The level of customer due diligence reached. */
  cddLevel?: PaybaseCddLevel | (string & {});
  /** The level the customer's role requires. */
  targetCDDLevel?: PaybaseCddLevel | (string & {});
  /** True when `cddLevel` has reached `targetCDDLevel`; `undefined` when either is missing or unknown. */
  dueDiligenceComplete?: boolean;
}

function cddRank(level: string | undefined): number {
  return level === undefined ? -1 : (PAYBASE_CDD_LEVELS as readonly string[]).indexOf(level);
}

function joinName(...parts: (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined && part !== '').join(' ');
}

/**
 * Maps a Paybase customer of any type to the provider-neutral view. Individuals and sole traders are `individual`,
 * organisations and incorporated businesses `business`; `externalId` is the `externalId` annotation when present.
 */
export function toUnifiedCustomer(customer: PaybaseCustomer): PaybaseUnifiedCustomer {
  const reached = cddRank(customer.cddLevel);
  const target = cddRank(customer.targetCDDLevel);
  const dueDiligenceComplete = reached >= 0 && target >= 0 ? reached >= target : undefined;
  let status: UnifiedCustomerStatus = paybaseStatusMapping.toUnified(customer.stateId);
  if (status === 'active' && dueDiligenceComplete === false) status = 'pending';

  const view: PaybaseUnifiedCustomer = {
    provider: 'paybase',
    id: customer.id,
    name: { display: customer.id },
    status,
    providerStatus: customer.stateId,
    raw: customer,
  };
  switch (customer.type) {
    case 'individual':
    case 'soleTrader': {
      const profile = customer.profile ?? {};
      const trading = customer.type === 'soleTrader' ? customer.profile?.tradingName : undefined;
      view.type = 'individual';
      view.name = { display: trading || joinName(profile.firstName, profile.lastName) || customer.id, given: profile.firstName, family: profile.lastName };
      view.email = profile.email;
      view.phone = profile.phoneNumber;
      view.country = profile.residentialAddress?.countryISO;
      break;
    }
    case 'organisation': {
      const profile = customer.profile ?? {};
      view.type = 'business';
      view.name = { display: profile.name || customer.id, legal: profile.name };
      view.email = profile.email;
      view.phone = profile.phoneNumber;
      view.country = profile.registeredAddress?.countryISO;
      break;
    }
    case 'incorporatedBusiness': {
      const profile = customer.profile ?? {};
      view.type = 'business';
      view.name = { display: profile.tradingName || profile.registeredName || customer.id, legal: profile.registeredName };
      view.email = profile.email;
      view.phone = profile.phoneNumber;
      view.country = profile.registeredAddress?.countryISO ?? profile.taxCountryISO;
      break;
    }
  }
  const externalId = customer.annotations?.externalId;
  if (externalId) view.externalId = externalId;
  const createdAt = toDate(customer.createdAt);
  const updatedAt = toDate(customer.updatedAt);
  if (createdAt) view.createdAt = createdAt;
  if (updatedAt) view.updatedAt = updatedAt;
  if (customer.cddLevel !== undefined) view.cddLevel = customer.cddLevel;
  if (customer.targetCDDLevel !== undefined) view.targetCDDLevel = customer.targetCDDLevel;
  if (dueDiligenceComplete !== undefined) view.dueDiligenceComplete = dueDiligenceComplete;
  return removeUndefined(view);
}

function removeUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  const name = (value as { name?: Record<string, unknown> }).name;
  if (name) for (const key of Object.keys(name)) if (name[key] === undefined) delete name[key];
  return value;
}
