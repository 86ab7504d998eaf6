// Smoke script for @clientele/paycombat: one HMAC-SHA256-signed create (WebCrypto), envelope unwrapped.
import { createPaycombat } from '@clientele/paycombat';
import type { SmokeResult, SmokeSettings } from '../src/smoke-settings.js';

export default async function smoke(settings: SmokeSettings): Promise<SmokeResult> {
  const paycombat = createPaycombat({ token: settings.credentials.token!, signatureKey: settings.credentials.signatureKey!, baseUrl: settings.baseUrl, maxRetries: 0 });
  const customer = await paycombat.customers.create({
    type: 'individual',
    description: 'Ada Lovelace',
    individual: { first_name: 'Ada', last_name: 'Lovelace', address_country: 'GB' },
  });
  return { runtime: navigator.userAgent, summary: { customerId: customer.customer_id, type: customer.type } };
}
