// Quick start shown in docs/index.md (`pnpm docs:generate` copies this file without these comment lines).
// quick-starts.node.test.ts runs it against @clientele/paybase/testing.
import { createPaybase } from '@clientele/paybase';

const paybase = createPaybase({
  apiKey: process.env.PAYBASE_API_KEY!, // sent as X-Token; server-side only
  environment: 'sandbox',
});

const customer = await paybase.customers.individual.create({
  profile: {
    firstName: 'Ada',
    lastName: 'Lovelace',
    dob: '1990-05-01',
    email: 'ada@example.com',
    phoneNumber: '+447700900123',
    residentialAddress: { houseNameNumber: '10', street: 'Downing Street', townCity: 'London', postalCode: 'SW1A 2AA', countryISO: 'GB' },
  },
  terms: { acceptedAt: '2026-11-20T09:30:00Z', revision: '2.1' },
  roleSlug: 'customer',
});

// A short-lived token for this customer, for @clientele/paybase/browser (the hosted card form).
const token = await paybase.customers.createAuthenticationToken(customer.id);
console.log(customer.id, customer.stateId, token.expiresAt);
