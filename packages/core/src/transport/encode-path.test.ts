import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { encodePath, fillPath } from './encode-path.js';

describe('encodePath', () => {
  it('percent-encodes every value, so an id cannot change the endpoint', () => {
    expect(encodePath`customer/${'a/../b'}/annotations`).toBe('customer/a%2F..%2Fb/annotations');
    expect(encodePath`Customer/${998}`).toBe('Customer/998');
  });

  it('refuses empty and dot segments', () => {
    for (const value of ['', '.', '..']) expect(() => encodePath`customer/${value}`).toThrow(ValidationError);
  });
});

describe('fillPath', () => {
  it('fills named placeholders of a path table with encoded values', () => {
    expect(fillPath('/api/v1/customer/customer/{customer_id}/enable', { customer_id: 'customer_1?x=y' })).toBe('/api/v1/customer/customer/customer_1%3Fx%3Dy/enable');
    expect(fillPath('/Customer/link/{customerId}/{transId}', { customerId: 998, transId: 'T 1' })).toBe('/Customer/link/998/T%201');
    expect(fillPath('/payee/custom/list', {})).toBe('/payee/custom/list');
  });

  it('names the placeholder whose value is missing, empty or a dot segment, with the provider and operation', () => {
    for (const value of [undefined, '', '.', '..']) {
      let error: ValidationError | undefined;
      try {
        fillPath('/Customer/{customerId}', { customerId: value }, { provider: 'payabli', operation: 'payabli.customers.retrieve' });
      } catch (caught) {
        error = caught as ValidationError;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ provider: 'payabli', issues: [{ path: 'customerId', message: 'must be a non-empty identifier' }] });
      expect(error!.message).toContain('payabli.customers.retrieve');
    }
  });
});
