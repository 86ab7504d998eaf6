import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerUuid, fullCustomerId, personUuid } from './paybase-ids.js';

describe('ids', () => {
  it('accepts customer ids with or without the prefix', () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        expect(customerUuid(`customer/${uuid}`)).toBe(uuid);
        expect(customerUuid(uuid)).toBe(uuid);
        expect(fullCustomerId(uuid)).toBe(`customer/${uuid}`);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses ids of other types, empty ids and ids with path characters, naming the parameter', () => {
    for (const bad of ['account/abc', '', ' ', 'customer/', 'a/b', 'customer/..', 'abc?x=1']) {
      expect(() => customerUuid(bad, 'customerId')).toThrow(/customerId/);
    }
  });

  it('accepts business person ids bare or with a type prefix', () => {
    expect(personUuid('business-person/abc')).toBe('abc');
    expect(personUuid('person/abc')).toBe('abc');
    expect(personUuid('abc')).toBe('abc');
    expect(() => personUuid('card/abc')).toThrow(/personId/);
  });
});
