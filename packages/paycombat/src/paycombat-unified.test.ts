import { describe, expect, it } from 'vitest';
import { paycombatCustomerStatus, paycombatStatusMapping, toUnifiedCustomer } from './paycombat-unified.js';
import type { Customer } from './schemas/customer-types.js';

const individual: Customer = {
  customer_id: 'customer_1',
  type: 'individual',
  is_active: true,
  is_wallet_ready: true,
  organization_reference_id: 'crm-1',
  individual: { first_name: 'Budi', last_name: 'Santoso', email: 'budi@example.com', phone_country_code: '+62', phone_number: '851', address_country: 'ID' },
  created_at: '2026-11-22T10:00:00.000Z',
  updated_at: '2026-11-22T11:00:00.000Z',
};

describe('toUnifiedCustomer', () => {
  it('maps an individual', () => {
    expect(toUnifiedCustomer(individual)).toEqual({
      provider: 'paycombat',
      id: 'customer_1',
      externalId: 'crm-1',
      type: 'individual',
      name: { display: 'Budi Santoso', given: 'Budi', family: 'Santoso' },
      email: 'budi@example.com',
      phone: '+62851',
      country: 'ID',
      status: 'active',
      providerStatus: 'ACTIVE',
      createdAt: new Date('2026-11-22T10:00:00.000Z'),
      updatedAt: new Date('2026-11-22T11:00:00.000Z'),
      raw: individual,
    });
  });

  it('maps a company as a business with its legal name', () => {
    const company: Customer = { customer_id: 'customer_2', type: 'company', is_active: false, is_wallet_ready: true, company: { name: 'Kopi Pte Ltd', email: 'f@kopi.example', phone_number_e164: '+6561234567', incorporation_country: 'SG' } };
    expect(toUnifiedCustomer(company)).toMatchObject({ type: 'business', name: { display: 'Kopi Pte Ltd', legal: 'Kopi Pte Ltd' }, email: 'f@kopi.example', phone: '+6561234567', country: 'SG', status: 'inactive' });
  });

  it.each([
    [{ ...individual }, {}, 'ACTIVE', 'active'],
    [{ ...individual, is_active: false }, {}, 'INACTIVE', 'inactive'],
    [{ ...individual, is_wallet_ready: false }, {}, 'WALLET_NOT_READY', 'incomplete'],
    [{ ...individual, status: 'UNDER_REVIEW' }, {}, 'UNDER_REVIEW', 'pending'],
    [{ ...individual, status: 'SUSPENDED' }, {}, 'SUSPENDED', 'suspended'],
    [{ ...individual, status: 'PENDING_INFO' }, {}, 'PENDING_INFO', 'incomplete'],
    [{ ...individual, status: 'APPROVED', is_active: false }, {}, 'INACTIVE', 'inactive'],
    [{ ...individual }, { deleted: true }, 'DELETED', 'closed'],
  ] as const)('%# derives %s → %s', (customer, options, providerStatus, status) => {
    expect(paycombatCustomerStatus(customer as Customer, options)).toBe(providerStatus);
    expect(toUnifiedCustomer(customer as Customer, options)).toMatchObject({ providerStatus, status });
  });

  it('documents its table', () => {
    expect(paycombatStatusMapping.toMarkdownTable()).toContain('| `WALLET_NOT_READY` | `incomplete` |');
  });
});
