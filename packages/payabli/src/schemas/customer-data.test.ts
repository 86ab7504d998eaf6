import { ValidationError } from '@clientele/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PayabliCustomerInput } from './customer-data.js';
import { validateCustomerData } from './validate-customer-data.js';

const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
const email = fc
  .tuple(fc.array(fc.stringMatching(/^[A-Za-z0-9_+-]{1,8}$/), { minLength: 1, maxLength: 3 }), fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([local, domain, tld]) => `${local.join('.')}@${domain.join('.')}.${tld}`);
/** Any Unicode (emoji, RTL, combining marks), kept well inside the limit in UTF-16 units. */
const unicode = (maxCodePoints: number) => fc.string({ unit: 'binary', maxLength: maxCodePoints });
const usZip = fc.tuple(fc.stringMatching(/^\d{5}$/), fc.option(fc.stringMatching(/^-?\d{4}$/), { nil: undefined })).map(([five, four]) => five + (four ?? ''));
const canadianPostalCode = fc.stringMatching(/^[A-Z]\d[A-Z][ -]?\d[A-Z]\d$/);

/** Bodies that follow every rule of spec §5.1. */
const validBody: fc.Arbitrary<PayabliCustomerInput> = fc
  .record(
    {
      customerNumber: unicode(120),
      customerUsername: unicode(100),
      customerPsw: unicode(100),
      customerStatus: fc.constantFrom(-99 as const, 0 as const, 1 as const, 85 as const),
      company: unicode(120),
      firstname: unicode(120),
      lastname: unicode(120),
      phone: fc.stringMatching(/^\+?[0-9 ()-]{0,20}$/),
      email,
      address: unicode(120),
      address1: unicode(45),
      city: unicode(120),
      state: unicode(120),
      shippingAddress: unicode(120),
      shippingAddress1: unicode(45),
      shippingCity: unicode(120),
      shippingState: unicode(120),
      balance: fc.double({ noNaN: true, noDefaultInfinity: true }),
      timeZone: fc.integer({ min: -12, max: 12 }),
      additionalFields: fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name !== '__proto__'), fc.option(unicode(40), { nil: null }), { maxKeys: 4 }),
    },
    { requiredKeys: [] },
  )
  .chain((body) =>
    fc.oneof(
      fc.record({ country: fc.constantFrom('US', 'CA'), zip: fc.oneof(usZip, canadianPostalCode), shippingZip: fc.oneof(usZip, canadianPostalCode) }, { requiredKeys: [] }),
      fc.record({ country: fc.constantFrom('DE', 'GB', 'JP', 'MX', 'BR'), zip: unicode(20), shippingCountry: fc.constantFrom('Germany', 'GB', 'Japan'), shippingZip: unicode(20) }, { requiredKeys: ['country'] }),
    ).map((place) => ({ ...body, ...place })),
  )
  .chain((body) => {
    const present = Object.entries(body).filter(([key, value]) => key !== 'additionalFields' && typeof value === 'string' && value !== '').map(([key]) => key);
    return fc.subarray(present, { maxLength: Math.min(3, present.length) }).map((identifierFields) => (identifierFields.length > 0 ? { ...body, identifierFields } : body));
  });

/** One broken rule and the field its issue must name. */
const LIMITS: [keyof PayabliCustomerInput, number][] = [
  ['customerNumber', 250], ['company', 250], ['firstname', 250], ['lastname', 250], ['phone', 50], ['email', 320], ['address', 250], ['address1', 100],
  ['city', 250], ['state', 250], ['zip', 50], ['shippingAddress', 250], ['shippingAddress1', 100], ['shippingCity', 250], ['shippingZip', 50], ['shippingCountry', 100],
];
const breakage: fc.Arbitrary<{ field: string; patch: Record<string, unknown> }> = fc.oneof(
  fc.constantFrom(...LIMITS).chain(([field, limit]) =>
    fc.integer({ min: limit + 1, max: limit + 30 }).map((length) => ({ field, patch: { [field]: field === 'email' ? `${'a'.repeat(length - 12)}@example.com` : 'x'.repeat(length) } })),
  ),
  fc.constantFrom('plainaddress', 'a@b', '@example.com', 'a b@example.com', 'ada@@example.com').map((value) => ({ field: 'email', patch: { email: value } })),
  fc.constantFrom('us', 'USA', 'XX', 'U', 'United States', '').map((value) => ({ field: 'country', patch: { country: value } })),
  fc.oneof(fc.integer({ min: 13, max: 1000 }), fc.integer({ min: -1000, max: -13 }), fc.constant(5.5)).map((value) => ({ field: 'timeZone', patch: { timeZone: value } })),
  fc.integer().filter((value) => ![-99, 0, 1, 85].includes(value)).map((value) => ({ field: 'customerStatus', patch: { customerStatus: value } })),
  fc.constantFrom('1234', '123456', 'ABCDE', '12345-12', 'A1A1A').map((value) => ({ field: 'shippingZip', patch: { shippingZip: value, shippingCountry: 'US' } })),
  fc.constantFrom('1234', 'K1A0B', '99999-0000-1').map((value) => ({ field: 'zip', patch: { zip: value, country: 'CA' } })),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NaN).map((value) => ({ field: 'balance', patch: { balance: value } })),
  fc.constantFrom('firstName', 'Email', 'status', 'customerId', 'nickname').map((key) => ({ field: key, patch: { [key]: 'x' } })),
  fc.constant({ field: 'identifierFields.0', patch: { identifierFields: ['clientId'], additionalFields: {} } }),
  fc.constant({ field: 'additionalFields', patch: { additionalFields: { '': 'x' } } }),
  fc.constant({ field: 'additionalFields', patch: { additionalFields: JSON.parse('{"__proto__":"x"}') as Record<string, string> } }),
  fc.constantFrom(42, true, ['a']).map((value) => ({ field: 'firstname', patch: { firstname: value } })),
);

describe('customer body validation (spec §5.1)', () => {
  it('accepts every body that follows the rules, whatever Unicode it holds', () => {
    fc.assert(
      fc.property(validBody, (body) => {
        expect(validateCustomerData(body, 'test')).toEqual(body);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects each broken rule with an issue naming the field, never quoting the value', () => {
    fc.assert(
      fc.property(validBody, breakage, (body, { field, patch }) => {
        const candidate = { ...body, ...patch };
        let error: unknown;
        try {
          validateCustomerData(candidate, 'customers.create');
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(ValidationError);
        const issues = (error as ValidationError).issues;
        expect(issues.some((issue) => issue.path === field || issue.path.startsWith(`${field}.`)), `${field} in ${issues.map((issue) => issue.path).join(', ')}`).toBe(true);
        for (const value of Object.values(patch)) {
          if (typeof value === 'string' && value.length >= 6) expect((error as Error).message).not.toContain(value);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('explains the fields people misspell', () => {
    const messages = (input: Record<string, unknown>) => {
      try {
        validateCustomerData(input, 'customers.create');
      } catch (error) {
        return (error as ValidationError).issues.map((issue) => `${issue.path}: ${issue.message}`);
      }
      return [];
    };
    expect(messages({ firstName: 'Ada', ShippingZip: '37615' })).toEqual([
      'firstName: is not a Payabli field; Payabli spells it `firstname`',
      'ShippingZip: is not a Payabli field; Payabli spells it `shippingZip`',
    ]);
    expect(messages({ status: 1 })[0]).toContain('`customerStatus`');
    expect(messages({ customerData: {} })[0]).toContain('flat');
    expect(messages({ nickname: 'x' })[0]).toContain('additionalFields');
  });
});
