// Smoke script for @clientele/paybase: one create with `X-Token`, the typed customer decoded.
import { createPaybase } from '@clientele/paybase';
import type { SmokeResult, SmokeSettings } from '../src/smoke-settings.js';

export default async function smoke(settings: SmokeSettings): Promise<SmokeResult> {
  const paybase = createPaybase({ apiKey: settings.credentials.apiKey!, environment: 'sandbox', baseUrl: settings.baseUrl, maxRetries: 0 });
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
  return { runtime: navigator.userAgent, summary: { id: customer.id, stateId: customer.stateId } };
}
