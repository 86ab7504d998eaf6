import { validateInput } from '@clientele/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCustomerSchema, updateCustomerSchema } from './customer-input.js';
import { isBirthDate, isCountryCode } from './field-rules.js';

const create = (input: unknown) => validateInput(createCustomerSchema, input, { operation: 'create' });
const update = (input: unknown) => validateInput(updateCustomerSchema, input, { operation: 'update' });

/** Arbitraries that follow the spec's rules (§7, §8.1). */
const country = fc.constantFrom('ID', 'SG', 'GB', 'AU', 'US', 'KR', 'XK', 'DE');
const name = fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }).filter((value) => value.trim() !== '');
const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2008-12-31T00:00:00Z'), noInvalidDate: true }).map((value) => value.toISOString().slice(0, 10));
const email = fc.tuple(fc.stringMatching(/^[a-z0-9._+-]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.constantFrom('com', 'co.id', 'org')).map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const phoneCode = fc.stringMatching(/^\+[1-9]\d{0,3}$/);
const phoneNumber = fc.stringMatching(/^\d{4,15}$/);
const idType = fc.constantFrom('NATIONAL_ID', 'PASSPORT', 'DRIVING_LICENSE', 'OTHERS', 'TAX_ID');
const person = fc.record(
  {
    first_name: name,
    last_name: name,
    address_country: country,
    dob: date,
    email,
    identification_type: idType,
    identification_value: name,
    address_line1: name,
    address_city: name,
    nationality: country,
    country_of_residence: country,
    phone_country_code: phoneCode,
    phone_number: phoneNumber,
  },
  { requiredKeys: ['first_name', 'last_name', 'address_country'] },
);
const individual = fc.record({ type: fc.constant('individual' as const), description: name, individual: person });
const company = fc.record({
  type: fc.constant('company' as const),
  description: name,
  company: fc.record(
    { name, registration_number: name, incorporation_country: country, address_country: country, company_email: email, authorized_user: person },
    { requiredKeys: ['name', 'registration_number', 'incorporation_country', 'address_country'] },
  ),
});

/** A create input as the tests mutate it. */
type Input = { [field: string]: unknown; individual: Record<string, unknown> };

/** Rules of the spec, each with a value that breaks it and the field path the message must name. */
const broken: [field: string, mutate: (input: Input) => void, path: string][] = [
  ['type', (input) => (input.type = 'person'), 'type'],
  ['description', (input) => (input.description = '  '), 'description'],
  ['first_name', (input) => delete input.individual.first_name, 'individual.first_name'],
  ['last_name', (input) => (input.individual.last_name = 7), 'individual.last_name'],
  ['address_country', (input) => (input.individual.address_country = 'UK'), 'individual.address_country'],
  ['address_country (case)', (input) => (input.individual.address_country = 'id'), 'individual.address_country'],
  ['nationality', (input) => (input.individual.nationality = 'IDN'), 'individual.nationality'],
  ['dob (format)', (input) => (input.individual.dob = '12/04/1990'), 'individual.dob'],
  ['dob (calendar)', (input) => (input.individual.dob = '1990-02-30'), 'individual.dob'],
  ['dob (future)', (input) => (input.individual.dob = '2999-01-01'), 'individual.dob'],
  ['email', (input) => (input.individual.email = 'budi@'), 'individual.email'],
  ['phone_country_code', (input) => (input.individual.phone_country_code = '62'), 'individual.phone_country_code'],
  ['phone_number', (input) => (input.individual.phone_number = '+62 851'), 'individual.phone_number'],
  ['identification_type', (input) => (input.individual.identification_type = 'passport'), 'individual.identification_type'],
  ['unknown field', (input) => (input.individual.nickname = 'x'), 'individual'],
  ['company with individual type', (input) => (input.company = { name: 'x' }), 'company'],
  ['metadata', (input) => (input.metadata = { amount: Number.NaN }), 'metadata'],
];

describe('createCustomerSchema', () => {
  it('accepts every input built from the spec’s rules, for individuals and companies', () => {
    fc.assert(
      fc.property(fc.oneof(individual, company), (input) => {
        expect(create(input)).toEqual(input);
      }),
      { numRuns: 150 },
    );
  });

  it.each(broken)('rejects a broken %s with a message naming %s', (_rule, mutate, path) => {
    fc.assert(
      fc.property(individual, (valid) => {
        const input = structuredClone(valid) as Input;
        mutate(input);
        let message = '';
        try {
          create(input);
        } catch (error) {
          message = (error as Error).message;
          expect(error).toMatchObject({ kind: 'validation', name: 'ValidationError' });
        }
        expect(message).toContain(path);
      }),
      { numRuns: 20 },
    );
  });

  it('requires the company’s registration details, and no individual on a company', () => {
    expect(() => create({ type: 'company', description: 'x', company: { name: 'Acme', address_country: 'SG' } })).toThrow(/company\.registration_number: is required[\s\S]*company\.incorporation_country/);
    expect(() => create({ type: 'company', description: 'x', individual: {}, company: { name: 'A', registration_number: '1', incorporation_country: 'SG', address_country: 'SG' } })).toThrow(/unknown field: individual/);
  });

  it('messages describe the rule and never echo the value', () => {
    const secret = '3173999988887777';
    try {
      create({ type: 'individual', description: 'x', individual: { first_name: 'A', last_name: 'B', address_country: secret, identification_value: secret } });
    } catch (error) {
      expect((error as Error).message).not.toContain(secret);
      expect(JSON.stringify(error)).not.toContain(secret);
    }
  });
});

describe('updateCustomerSchema', () => {
  it('maps null to "" and keeps "" (clear), and leaves undefined out', () => {
    expect(update({ organization_reference_id: null, individual: { dob: null, email: '', nationality: undefined, address_line2: 'Unit 5' } })).toEqual({
      organization_reference_id: '',
      individual: { dob: '', email: '', address_line2: 'Unit 5' },
    });
  });

  it('still validates values that are not a clear', () => {
    expect(() => update({ individual: { email: 'nope' } })).toThrow(/individual\.email: must be an e-mail address/);
    expect(() => update({ company: { authorized_user: { nationality: 'Singapore' } } })).toThrow(/company\.authorized_user\.nationality/);
  });

  it('accepts partial updates built from the rules, where any optional field may be cleared', () => {
    const clearable = fc.constantFrom('', null);
    fc.assert(
      fc.property(fc.record({ dob: fc.oneof(date, clearable), email: fc.oneof(email, clearable), nationality: fc.oneof(country, clearable), first_name: name }, { requiredKeys: [] }), (fields) => {
        fc.pre(Object.keys(fields).length > 0);
        const result = update({ individual: fields }) as { individual: Record<string, unknown> };
        for (const [key, value] of Object.entries(fields)) expect(result.individual[key]).toBe(value ?? '');
      }),
      { numRuns: 100 },
    );
  });
});

describe('field rules', () => {
  it('knows ISO 3166-1 alpha-2 (and XK), not UK, EU or lower case', () => {
    expect(['ID', 'SG', 'GB', 'US', 'XK', 'AQ'].every(isCountryCode)).toBe(true);
    expect(['UK', 'EU', 'id', 'ZZ', 'IDN', ''].some(isCountryCode)).toBe(false);
  });

  it('knows real calendar dates between 1900 and today', () => {
    const today = new Date('2026-11-22T12:00:00Z');
    expect(isBirthDate('2000-02-29', today)).toBe(true);
    expect(isBirthDate('2026-11-22', today)).toBe(true);
    expect(isBirthDate('1900-02-29', today)).toBe(false);
    expect(isBirthDate('2026-11-23', today)).toBe(false);
    expect(isBirthDate('1899-12-31', today)).toBe(false);
  });
});
