import type { AddBusinessPersonInput } from '../schemas/business-person.js';
import type { CreateIncorporatedBusinessCustomerInput } from '../schemas/incorporated-business.js';
import type { CreateIndividualCustomerInput } from '../schemas/individual.js';
import type { CreateOrganisationCustomerInput } from '../schemas/organisation.js';
import type { CreateSoleTraderCustomerInput } from '../schemas/sole-trader.js';

const terms = { acceptedAt: '2026-11-20T09:30:00Z', revision: '2.1' };
const address = { houseNameNumber: '10', street: 'Downing Street', townCity: 'London', postalCode: 'SW1A 2AA', countryISO: 'GB' };

/** Valid example inputs for tests and demos. Each call returns a fresh object; `overrides` replace top-level fields. */
export const paybaseFixtures = {
  /** An individual (a private person) for `customers.individual.create`. */
  individual: (overrides: Partial<CreateIndividualCustomerInput> = {}): CreateIndividualCustomerInput => ({
    profile: { firstName: 'Ada', lastName: 'Lovelace', dob: '1990-05-01', email: 'ada@example.com', phoneNumber: '+447700900123', residentialAddress: { ...address }, accountPurpose: 'FREELANCE' },
    terms: { ...terms },
    roleSlug: 'customer',
    ...overrides,
  }),
  /** A sole trader (a person trading under a name) for `customers.soleTrader.create`. */
  soleTrader: (overrides: Partial<CreateSoleTraderCustomerInput> = {}): CreateSoleTraderCustomerInput => ({
    profile: { firstName: 'Grace', lastName: 'Hopper', dob: '1985-12-09', email: 'grace@example.com', phoneNumber: '00447700900124', residentialAddress: { ...address }, tradingName: 'Hopper Compilers', industry: 'Software', url: 'https://hopper.example' },
    terms: { ...terms },
    roleSlug: 'customer',
    ...overrides,
  }),
  /** An organisation (a club or charity, not incorporated) for `customers.organisation.create`. */
  organisation: (overrides: Partial<CreateOrganisationCustomerInput> = {}): CreateOrganisationCustomerInput => ({
    profile: { name: 'Chess Club of Leeds', email: 'club@example.org', registeredNumber: 'CH-1234', registeredAddress: { ...address, townCity: 'Leeds' } },
    terms: { ...terms },
    roleSlug: 'customer',
    ...overrides,
  }),
  /** An incorporated business (a limited company) for `customers.incorporatedBusiness.create`. */
  incorporatedBusiness: (overrides: Partial<CreateIncorporatedBusinessCustomerInput> = {}): CreateIncorporatedBusinessCustomerInput => ({
    companyNumber: '09876543',
    profile: {
      registeredName: 'Analytical Engines Ltd',
      tradingName: 'Engines',
      email: 'office@engines.example',
      phoneNumber: '+442079460000',
      taxCountryISO: 'GB',
      registeredAddress: { ...address },
      tradingAddress: { ...address, street: 'Whitehall' },
      incorporatedDate: '2015-03-02T00:00:00Z',
    },
    terms: { ...terms },
    roleSlug: 'customer',
    ...overrides,
  }),
  /** A business person (a director) for `customers.businessPersons.add`; `overrides` replace fields of `profile`. */
  businessPerson: (overrides: Partial<AddBusinessPersonInput['profile']> = {}): AddBusinessPersonInput => ({
    profile: { firstName: 'Charles', lastName: 'Babbage', dob: '1971-12-26', residentialAddress: { ...address }, roles: ['DIRECTOR'], ...overrides },
  }),
};
