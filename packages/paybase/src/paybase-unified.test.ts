import { describe, expect, it } from 'vitest';
import { paybaseStatusMapping, toUnifiedCustomer } from './paybase-unified.js';
import type { PaybaseCustomer } from './schemas/customer-response.js';

const base = { id: 'customer/28958679-e8a8-47a8-967c-f979ae8509a2', createdAt: '2026-11-20T09:30:00Z', updatedAt: '2026-11-21T10:00:00.123Z', tags: [] };

describe('toUnifiedCustomer', () => {
  it('maps an individual with names, contact, country, dates and the externalId annotation', () => {
    const view = toUnifiedCustomer({
      ...base,
      type: 'individual',
      stateId: 'ENABLED',
      cddLevel: 'TWO',
      targetCDDLevel: 'TWO',
      annotations: { externalId: 'user-42' },
      profile: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phoneNumber: '+447700900123', residentialAddress: { countryISO: 'GB' } },
    } as PaybaseCustomer);
    expect(view).toMatchObject({
      provider: 'paybase',
      id: base.id,
      externalId: 'user-42',
      type: 'individual',
      name: { display: 'Ada Lovelace', given: 'Ada', family: 'Lovelace' },
      email: 'ada@example.com',
      phone: '+447700900123',
      country: 'GB',
      status: 'active',
      providerStatus: 'ENABLED',
      cddLevel: 'TWO',
      targetCDDLevel: 'TWO',
      dueDiligenceComplete: true,
    });
    expect(view.createdAt?.toISOString()).toBe('2026-11-20T09:30:00.000Z');
    expect(view.updatedAt?.toISOString()).toBe('2026-11-21T10:00:00.123Z');
  });

  it('reports an ENABLED customer below its target CDD level as pending: it cannot transact yet', () => {
    const view = toUnifiedCustomer({ ...base, type: 'individual', stateId: 'ENABLED', cddLevel: 'ONE', targetCDDLevel: 'THREE' } as PaybaseCustomer);
    expect(view).toMatchObject({ status: 'pending', providerStatus: 'ENABLED', dueDiligenceComplete: false });
  });

  it('maps every state, and an unknown one to unknown', () => {
    expect(['PENDING', 'ENABLED', 'DISABLED', 'LOCKED', 'CLOSING', 'TERMINATED', 'ARCHIVED'].map((state) => paybaseStatusMapping.toUnified(state))).toEqual([
      'pending', 'active', 'inactive', 'suspended', 'closing', 'closed', 'unknown',
    ]);
  });

  it('maps businesses by their registered or trading name', () => {
    const business = toUnifiedCustomer({ ...base, type: 'incorporatedBusiness', stateId: 'LOCKED', profile: { registeredName: 'Analytical Engines Ltd', tradingName: 'Engines', taxCountryISO: 'GB' } } as PaybaseCustomer);
    expect(business).toMatchObject({ type: 'business', name: { display: 'Engines', legal: 'Analytical Engines Ltd' }, country: 'GB', status: 'suspended' });
    const club = toUnifiedCustomer({ ...base, type: 'organisation', stateId: 'CLOSING', profile: { name: 'Chess Club' } } as PaybaseCustomer);
    expect(club).toMatchObject({ type: 'business', name: { display: 'Chess Club', legal: 'Chess Club' }, status: 'closing' });
    const trader = toUnifiedCustomer({ ...base, type: 'soleTrader', stateId: 'DISABLED', profile: { firstName: 'Grace', lastName: 'Hopper', tradingName: 'Hopper Compilers' } } as PaybaseCustomer);
    expect(trader).toMatchObject({ type: 'individual', name: { display: 'Hopper Compilers', given: 'Grace' }, status: 'inactive' });
    expect('dueDiligenceComplete' in trader).toBe(false);
  });

  it('documents the mapping as a table', () => {
    expect(paybaseStatusMapping.toMarkdownTable()).toContain('| `LOCKED` | `suspended` |');
  });
});
