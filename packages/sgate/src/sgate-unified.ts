import { defineStatusMapping, toDate, type UnifiedCustomer } from '@clientele/core';
import type { SgateCustomer } from './schemas/customer.js';

/**
 * SGATE customer status → unified status: 4 incomplete → `incomplete`, 0 pending → `pending`,
 * 1 normal → `active`, 2 reject → `rejected`, 3 banned → `suspended` (SGATE can lift it).
 */
export const sgateStatusMapping = defineStatusMapping('sgate', {
  0: 'pending',
  1: 'active',
  2: 'rejected',
  3: 'suspended',
  4: 'incomplete',
});

/**
 * The provider-neutral view of an SGATE customer. SGATE customers are individuals (payees); the display
 * name is the English name, or the Arabic one when the English is empty. `raw` is the customer as the
 * SDK returned it (sensitive fields decrypted), so treat the view with the same care.
 */
export function toUnifiedCustomer(customer: SgateCustomer): UnifiedCustomer<SgateCustomer> {
  const display = customer.name_e || customer.name_a;
  const view: UnifiedCustomer<SgateCustomer> = {
    provider: 'sgate',
    id: customer.customid,
    type: 'individual',
    name: { display },
    status: sgateStatusMapping.toUnified(customer.status),
    providerStatus: customer.status,
    raw: customer,
  };
  if (customer.mercustomid) view.externalId = customer.mercustomid;
  const createdAt = toDate(customer.created_at);
  const updatedAt = toDate(customer.updated_at);
  if (createdAt) view.createdAt = createdAt;
  if (updatedAt) view.updatedAt = updatedAt;
  return view;
}
