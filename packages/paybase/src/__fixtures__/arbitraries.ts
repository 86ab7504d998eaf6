import fc from 'fast-check';

/** fast-check arbitraries that follow the input rules of the spec and the provider page. */

const uuid = () => fc.uuid({ version: 4 });

/** Any text, including non-Latin scripts, combining marks and emoji; never empty. */
export const anyText = () => fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
export const countryIso = () => fc.stringMatching(/^[A-Z]{2}$/);
export const phoneNumber = () => fc.tuple(fc.constantFrom('+', '00'), fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{6,14}$/)).map(([prefix, first, rest]) => `${prefix}${first}${rest}`);
export const email = () => fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9_+-]{0,15}$/), fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.constantFrom('com', 'co.uk', 'io', 'example')).map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const pastDate = () => fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true });
/** A date of birth as the SDK accepts it: `YYYY-MM-DD`, an RFC 3339 string or a Date. */
export const dateOfBirth = () => fc.oneof(pastDate().map((date) => date.toISOString().slice(0, 10)), pastDate().map((date) => date.toISOString()), pastDate());
/** A timestamp: RFC 3339 (Z or offset) or a Date. */
export const timestamp = () =>
  fc.oneof(
    pastDate().map((date) => date.toISOString()),
    pastDate().map((date) => date.toISOString().replace(/\.\d{3}Z$/, '+02:00')),
    pastDate(),
  );
export const accountPurpose = () => fc.constantFrom('FREELANCE', 'GAMING', 'SALARY', 'INVESTMENT', 'OTHER', 'PURCHASE_GOODS_AND_SERVICES', 'SELL_GOODS_AND_SERVICES', 'SAVINGS', 'FRIENDS_AND_FAMILY');
export const address = () =>
  fc.record(
    { countryISO: countryIso(), flatNumber: anyText(), houseNameNumber: anyText(), street: anyText(), townCity: anyText(), region: anyText(), postalCode: anyText() },
    { requiredKeys: ['countryISO'] },
  );
export const terms = () => fc.record({ acceptedAt: timestamp(), revision: anyText() });
/** Exactly one of roleId / roleSlug. */
export const role = () =>
  fc.oneof(
    uuid().map((id) => ({ roleId: `role/${id}` })),
    fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/).map((slug) => ({ roleSlug: slug })),
  );
export const annotations = () => fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }).filter((key) => key !== '__proto__'), fc.string({ maxLength: 30 }), { maxKeys: 4 });

export const individualProfile = () =>
  fc.record(
        {
          firstName: anyText(),
          lastName: anyText(),
          dob: dateOfBirth(),
          email: email(),
          phoneNumber: phoneNumber(),
          residentialAddress: address(),
          accountPurpose: accountPurpose(),
        },
        { requiredKeys: ['firstName', 'lastName', 'dob', 'email', 'phoneNumber', 'residentialAddress'] },
      );

/** A valid `customers.individual.create` input. */
export const createIndividual = () =>
  fc
    .tuple(individualProfile(), terms(), role(), fc.option(annotations(), { nil: undefined }), fc.option(fc.array(anyText(), { maxLength: 3 }), { nil: undefined }))
    .map(([profile, acceptedTerms, chosenRole, notes, labels]) => ({
      profile,
      terms: acceptedTerms,
      ...chosenRole,
      ...(notes === undefined ? {} : { annotations: notes }),
      ...(labels === undefined ? {} : { tags: labels }),
    }));

/** A valid `customers.individual.update` input: any subset of profile fields, terms required. */
export const updateIndividual = () =>
  fc.tuple(
    fc.record(
      { firstName: anyText(), lastName: anyText(), dob: dateOfBirth(), email: email(), phoneNumber: phoneNumber(), residentialAddress: address(), accountPurpose: accountPurpose() },
      { requiredKeys: [] },
    ),
    terms(),
  ).map(([profile, acceptedTerms]) => ({ profile, terms: acceptedTerms }));

/** A valid `customers.incorporatedBusiness.create` input. */
export const createIncorporatedBusiness = () =>
  fc.tuple(
    fc.record(
      {
        registeredName: anyText(),
        email: email(),
        phoneNumber: phoneNumber(),
        taxCountryISO: countryIso(),
        registeredAddress: address(),
        tradingAddress: address(),
        tradingName: anyText(),
        incorporatedDate: timestamp(),
        industry: anyText(),
        orgChart: anyText(),
        url: anyText(),
      },
      { requiredKeys: ['registeredName', 'email', 'phoneNumber', 'taxCountryISO', 'registeredAddress', 'tradingAddress'] },
    ),
    anyText(),
    terms(),
    role(),
  ).map(([profile, companyNumber, acceptedTerms, chosenRole]) => ({ companyNumber, profile, terms: acceptedTerms, ...chosenRole }));
