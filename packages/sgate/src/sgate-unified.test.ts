import { describe, expect, it } from 'vitest';
import type { SgateCustomer } from './schemas/customer.js';
import { sgateStatusMapping, toUnifiedCustomer } from './sgate-unified.js';

const customer: SgateCustomer = {
  customid: '12ad4', mercustomid: 'u004', name_e: 'usera', name_a: 'يوزر', identity: '1', identitypic: '', signpic: '', bankname: 'Riyad Bank', bankcode: '1174c',
  cardno: '5123450000000001', ibanaccount: 'SA0000000000000000000001', stcaccount: '', status: 4, statusdesc: '2023-06-15 06:12:54', demand_perfection: ['identitypic'],
  created_at: 1686809574, updated_at: 1686809659,
};

describe('unified view', () => {
  it('maps every SGATE status, and anything else to unknown', () => {
    expect([0, 1, 2, 3, 4, 9].map((status) => sgateStatusMapping.toUnified(status))).toEqual(['pending', 'active', 'rejected', 'suspended', 'incomplete', 'unknown']);
  });

  it('builds the provider-neutral customer', () => {
    expect(toUnifiedCustomer(customer)).toEqual({
      provider: 'sgate', id: '12ad4', externalId: 'u004', type: 'individual', name: { display: 'usera' }, status: 'incomplete', providerStatus: 4,
      createdAt: new Date(1686809574_000), updatedAt: new Date(1686809659_000), raw: customer,
    });
    expect(toUnifiedCustomer({ ...customer, name_e: '', mercustomid: '' })).toMatchObject({ name: { display: 'يوزر' } });
    expect(toUnifiedCustomer({ ...customer, mercustomid: '' })).not.toHaveProperty('externalId');
  });
});
