// Smoke script for @clientele/payabli: one create with the `requestToken` header, validated input.
import { createPayabli } from '@clientele/payabli';
import type { SmokeResult, SmokeSettings } from '../src/smoke-settings.js';

export default async function smoke(settings: SmokeSettings): Promise<SmokeResult> {
  const payabli = createPayabli({ apiKey: settings.credentials.apiKey!, environment: 'sandbox', baseUrl: settings.baseUrl, maxRetries: 0 });
  const customer = await payabli.customers.create(settings.credentials.entry!, {
    customerNumber: 'smoke-payabli-1',
    firstname: 'Grace',
    lastname: 'Hopper',
    email: 'grace.hopper@example.com',
  });
  return { runtime: navigator.userAgent, summary: { customerId: customer.customerId, email: customer.Email, customerNumber: customer.customerNumber } };
}
