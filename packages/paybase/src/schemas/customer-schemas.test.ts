import { isClienteleError, validateInput, type ValidationError } from '@clientele/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as arbitrary from '../__fixtures__/arbitraries.js';
import { paybaseFixtures } from '../testing/fixtures.js';
import { addBusinessPersonSchema, updateBusinessPersonSchema } from './business-person.js';
import { attestationSchema, authenticationTokenSchema, transitionSchema } from './customer-actions.js';
import { createIncorporatedBusinessSchema, updateIncorporatedBusinessSchema } from './incorporated-business.js';
import { createIndividualSchema, updateIndividualSchema } from './individual.js';
import { createOrganisationSchema, updateOrganisationSchema } from './organisation.js';
import { createSoleTraderSchema, updateSoleTraderSchema } from './sole-trader.js';

const context = { operation: 'test', provider: 'paybase' };

/** The issues a schema reports for an input (empty when valid). */
function issues(schema: Parameters<typeof validateInput>[0], input: unknown): ValidationError['issues'] {
  try {
    validateInput(schema, input, context);
    return [];
  } catch (error) {
    if (!isClienteleError(error, 'validation')) throw error;
    return (error as ValidationError).issues;
  }
}

/** A loosely typed view of an input, so a test can break any field. */
type Loose = Record<string, unknown> & { profile: Record<string, unknown> & { residentialAddress: Record<string, unknown> }; terms: Record<string, unknown> };
type Mutation = [name: string, path: string, mutate: (input: Loose) => void];

/** One broken rule per entry: the field it breaks and how. Every one must be reported at exactly that path. */
const individualRules: Mutation[] = [
  ['lower-case country', 'profile.residentialAddress.countryISO', (input) => (input.profile.residentialAddress.countryISO = 'gb')],
  ['three-letter country', 'profile.residentialAddress.countryISO', (input) => (input.profile.residentialAddress.countryISO = 'GBR')],
  ['address without country', 'profile.residentialAddress.countryISO', (input) => delete input.profile.residentialAddress.countryISO],
  ['phone without prefix', 'profile.phoneNumber', (input) => (input.profile.phoneNumber = '07700900123')],
  ['phone with spaces', 'profile.phoneNumber', (input) => (input.profile.phoneNumber = '+44 7700 900123')],
  ['bad e-mail', 'profile.email', (input) => (input.profile.email = 'ada(at)example.com')],
  ['impossible birth date', 'profile.dob', (input) => (input.profile.dob = '1990-02-30')],
  ['birth date in another format', 'profile.dob', (input) => (input.profile.dob = '01/05/1990')],
  ['invalid Date', 'profile.dob', (input) => (input.profile.dob = new Date('nope'))],
  ['missing first name', 'profile.firstName', (input) => delete input.profile.firstName],
  ['empty last name', 'profile.lastName', (input) => (input.profile.lastName = '')],
  ['unknown account purpose', 'profile.accountPurpose', (input) => (input.profile.accountPurpose = 'CRYPTO')],
  ['missing terms', 'terms', (input) => delete (input as Record<string, unknown>).terms],
  ['terms date without zone', 'terms.acceptedAt', (input) => (input.terms.acceptedAt = '2026-11-20T09:30:00')],
  ['empty terms revision', 'terms.revision', (input) => (input.terms.revision = '')],
  ['both role fields', 'roleSlug', (input) => (input.roleId = 'role/62dc1d23-d473-46a6-b4b3-e63c3f6d4658')],
  ['no role', 'roleSlug', (input) => delete input.roleSlug],
  ['role slug not kebab-case', 'roleSlug', (input) => (input.roleSlug = 'Platform Seller')],
  ['non-string annotation', 'annotations.level', (input) => (input.annotations = { level: 3 })],
  ['empty tag', 'tags.0', (input) => (input.tags = [''])],
  ['unknown field', '', (input) => (input.nickname = 'Ada')],
  ['unknown profile field', 'profile', (input) => (input.profile.nationality = 'GB')],
];

describe('individual create schema', () => {
  it('accepts every input generated from the rules (Unicode names, both date forms, either role field)', () => {
    fc.assert(
      fc.property(arbitrary.createIndividual(), (input) => {
        expect(issues(createIndividualSchema, input)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects each broken rule with a message naming the field and never the value', () => {
    fc.assert(
      fc.property(arbitrary.createIndividual(), fc.constantFrom(...individualRules), (valid, [, path, mutate]) => {
        const input = structuredClone({ ...valid, roleSlug: 'customer', roleId: undefined });
        delete (input as Record<string, unknown>).roleId;
        mutate(input as unknown as Loose);
        const found = issues(createIndividualSchema, input);
        expect(found.map((issue) => issue.path)).toContain(path);
        const message = found.map((issue) => issue.message).join(' ');
        expect(message).not.toContain('07700900123');
        expect(message).not.toContain('ada(at)example.com');
      }),
      { numRuns: 150 },
    );
  });

  it('sends dates as documented: strings unchanged, a Date of birth as midnight UTC, a terms Date as ISO', () => {
    const input = paybaseFixtures.individual();
    expect(validateInput(createIndividualSchema, input, context).profile.dob).toBe('1990-05-01');
    const withDates = { ...input, profile: { ...input.profile, dob: new Date(Date.UTC(1990, 4, 1, 15, 30)) }, terms: { acceptedAt: new Date(Date.UTC(2026, 10, 20, 9, 30)), revision: '2.1' } };
    const parsed = validateInput(createIndividualSchema, withDates, context);
    expect(parsed.profile.dob).toBe('1990-05-01T00:00:00Z');
    expect(parsed.terms.acceptedAt).toBe('2026-11-20T09:30:00.000Z');
  });
});

describe('individual update schema (provider page)', () => {
  it('accepts any subset of profile fields with terms', () => {
    fc.assert(
      fc.property(arbitrary.updateIndividual(), (input) => {
        expect(issues(updateIndividualSchema, input)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('requires terms and keeps countryISO required inside a sent address', () => {
    expect(issues(updateIndividualSchema, { profile: { firstName: 'John' } }).map((issue) => issue.path)).toEqual(['terms']);
    const terms = { acceptedAt: '2019-03-07T15:24:27.697Z', revision: '1.0.0' };
    expect(issues(updateIndividualSchema, { profile: { residentialAddress: { street: 'High St' } }, terms }).map((issue) => issue.path)).toEqual(['profile.residentialAddress.countryISO']);
    expect(issues(updateIndividualSchema, { profile: { firstName: 'John' }, terms })).toEqual([]);
  });

  it('does not take annotations or tags (they have their own calls)', () => {
    const terms = { acceptedAt: '2019-03-07T15:24:27.697Z', revision: '1.0.0' };
    expect(issues(updateIndividualSchema, { terms, tags: ['x'] })[0]).toMatchObject({ path: '', message: 'has unknown field: tags' });
  });
});

describe('the other customer types', () => {
  it('accept their fixtures and reject the same rules on their own fields', () => {
    expect(issues(createSoleTraderSchema, paybaseFixtures.soleTrader())).toEqual([]);
    expect(issues(createOrganisationSchema, paybaseFixtures.organisation())).toEqual([]);
    expect(issues(createIncorporatedBusinessSchema, paybaseFixtures.incorporatedBusiness())).toEqual([]);
    const organisation = paybaseFixtures.organisation();
    delete (organisation.profile as Partial<typeof organisation.profile>).name;
    expect(issues(createOrganisationSchema, organisation).map((issue) => issue.path)).toEqual(['profile.name']);
    const business = paybaseFixtures.incorporatedBusiness();
    delete (business as Partial<typeof business>).companyNumber;
    business.profile.taxCountryISO = 'United Kingdom';
    expect(issues(createIncorporatedBusinessSchema, business).map((issue) => issue.path).sort()).toEqual(['companyNumber', 'profile.taxCountryISO']);
  });

  it('accept generated incorporated businesses', () => {
    fc.assert(
      fc.property(arbitrary.createIncorporatedBusiness(), (input) => {
        expect(issues(createIncorporatedBusinessSchema, input)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('make every profile field optional on update, terms optional (U7), and refuse a new companyNumber', () => {
    expect(issues(updateSoleTraderSchema, { profile: { tradingName: 'New name' } })).toEqual([]);
    expect(issues(updateOrganisationSchema, {})).toEqual([]);
    expect(issues(updateIncorporatedBusinessSchema, { profile: { tradingAddress: { countryISO: 'IE' } } })).toEqual([]);
    expect(issues(updateIncorporatedBusinessSchema, { companyNumber: '123' })).toEqual([{ path: 'companyNumber', message: 'cannot be changed after the business is created; leave it out' }]);
  });
});

describe('business persons, transitions and tokens', () => {
  it('validates business persons', () => {
    expect(issues(addBusinessPersonSchema, paybaseFixtures.businessPerson())).toEqual([]);
    expect(issues(addBusinessPersonSchema, { profile: { firstName: 'A', lastName: 'B', dob: '1970-01-01', residentialAddress: { countryISO: 'GB' } } }).map((issue) => issue.path)).toEqual(['profile.roles']);
    expect(issues(updateBusinessPersonSchema, { profile: { roles: ['SHAREHOLDER'] } })).toEqual([]);
  });

  it('validates transition bodies', () => {
    expect(issues(transitionSchema, { toStateId: 'ENABLED', fromStateId: 'PENDING', annotations: { reason: 'kyc' } })).toEqual([]);
    expect(issues(transitionSchema, { toStateId: 'ACTIVE' })[0]).toMatchObject({ path: 'toStateId', message: expect.stringContaining('PENDING, ENABLED') });
  });

  it('validates SCA attestations per type', () => {
    expect(issues(authenticationTokenSchema, {})).toEqual([]);
    expect(issues(authenticationTokenSchema, { attestations: [{ type: 'knows', knows: 'PIN', capturedAt: new Date() }, { type: 'has', has: 'DEVICE', capturedAt: '2026-11-22T08:00:00Z' }] })).toEqual([]);
    expect(issues(attestationSchema, { type: 'knows', knows: 'FINGER_PRINT', capturedAt: '2026-11-22T08:00:00Z' }).map((issue) => issue.path)).toEqual(['knows']);
    expect(issues(attestationSchema, { type: 'is', is: 'FINGER_PRINT' }).map((issue) => issue.path)).toEqual(['capturedAt']);
    expect(issues(authenticationTokenSchema, { attestations: [] }).map((issue) => issue.path)).toEqual(['attestations']);
  });
});
