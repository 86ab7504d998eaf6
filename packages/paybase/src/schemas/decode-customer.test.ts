import { describe, expect, it } from 'vitest';
import { decodeCustomer, inferCustomerType } from './decode-customer.js';

const context = { operation: 'customers.retrieve' };
const common = { id: 'customer/1', stateId: 'PENDING' };

describe('decodeCustomer (spec §4.7, U28)', () => {
  it('unwraps the tagged union', () => {
    expect(decodeCustomer({ type: 'soleTrader', soleTrader: { ...common, profile: { firstName: 'G' } } }, context)).toEqual({ ...common, profile: { firstName: 'G' }, type: 'soleTrader' });
  });

  it('reads flat customers, with or without a type field', () => {
    expect(decodeCustomer({ ...common, type: 'organisation', profile: { name: 'Club' } }, context).type).toBe('organisation');
    expect(decodeCustomer({ ...common, companyNumber: '1' }, context).type).toBe('incorporatedBusiness');
  });

  it('works out the type of flat customers from their fields', () => {
    expect(inferCustomerType({ profile: { firstName: 'A' } })).toBe('individual');
    expect(inferCustomerType({ profile: { firstName: 'A', tradingName: 'T' } })).toBe('soleTrader');
    expect(inferCustomerType({ profile: { name: 'Club' } })).toBe('organisation');
    expect(inferCustomerType({ profile: { registeredNumber: 'R1' } })).toBe('organisation');
    expect(inferCustomerType({ businessPersons: [] })).toBe('incorporatedBusiness');
    expect(inferCustomerType({ profile: { registeredName: 'Ltd' } })).toBe('incorporatedBusiness');
  });

  it('keeps unknown fields and states Paybase may add', () => {
    const decoded = decodeCustomer({ ...common, stateId: 'ARCHIVED', riskScore: 3 }, context);
    expect(decoded).toMatchObject({ stateId: 'ARCHIVED', riskScore: 3, type: 'individual' });
  });

  it('refuses bodies of the wrong shape with invalid_response, naming the path but not the value', () => {
    expect(() => decodeCustomer('nope', context)).toThrow(/expected a customer object/);
    let message = '';
    try {
      decodeCustomer({ id: 'customer/1', stateId: 7, profile: { email: 12345 } }, context);
    } catch (error) {
      message = (error as Error).message;
      expect(error).toMatchObject({ kind: 'invalid_response' });
    }
    expect(message).toContain('stateId');
    expect(message).toContain('profile.email');
    expect(message).not.toContain('12345');
  });
});
