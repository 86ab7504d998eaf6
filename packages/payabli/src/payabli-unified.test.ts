import { describe, expect, it } from 'vitest';
import { customerRecordSchema } from './schemas/customer-record.js';
import { payabliStatusMapping, toUnifiedCustomer } from './payabli-unified.js';
import * as z from 'zod/mini';

const record = (fields: Record<string, unknown>) => z.parse(customerRecordSchema, { customerId: 4440, ...fields });

describe('toUnifiedCustomer', () => {
  it('maps a person to the camelCase unified view, keeping the raw record', () => {
    const raw = record({ customerNumber: 'C-1', Firstname: 'Ada', Lastname: 'Lovelace', Email: 'ada@example.com', Phone: '+15555550100', Country: 'us', customerStatus: 1, Created: '2026-01-02T03:04:05', LastUpdated: '2026-02-03 04:05:06' });
    expect(toUnifiedCustomer(raw)).toEqual({
      provider: 'payabli',
      id: '4440',
      externalId: 'C-1',
      name: { display: 'Ada Lovelace', given: 'Ada', family: 'Lovelace' },
      email: 'ada@example.com',
      phone: '+15555550100',
      country: 'US',
      status: 'active',
      providerStatus: 1,
      createdAt: new Date('2026-01-02T03:04:05Z'),
      updatedAt: new Date('2026-02-03T04:05:06Z'),
      raw,
    });
  });

  it('maps a company-only record to a business and falls back for names', () => {
    expect(toUnifiedCustomer(record({ Company: 'Acme', customerStatus: 0 }))).toMatchObject({ type: 'business', name: { display: 'Acme', legal: 'Acme' }, status: 'inactive' });
    expect(toUnifiedCustomer(record({ Email: 'x@example.com' })).name.display).toBe('x@example.com');
    expect(toUnifiedCustomer(record({})).name.display).toBe('Customer 4440');
    expect(toUnifiedCustomer(record({ Country: 'United States' })).country).toBeUndefined();
  });

  it('maps every status, and unknown ones to unknown', () => {
    expect([1, 0, 85, -99, 7, null].map((status) => payabliStatusMapping.toUnified(status))).toEqual(['active', 'inactive', 'suspended', 'closed', 'unknown', 'unknown']);
    expect(toUnifiedCustomer(record({})).providerStatus).toBe('unknown');
  });
});
