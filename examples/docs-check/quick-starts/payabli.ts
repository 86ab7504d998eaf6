// Quick start shown in docs/index.md (`pnpm docs:generate` copies this file without these comment lines).
// quick-starts.node.test.ts runs it against @clientele/payabli/testing.
import { createPayabli } from '@clientele/payabli';

const payabli = createPayabli({
  apiKey: process.env.PAYABLI_API_KEY!, // sent as requestToken (or pass oauth: { clientId, clientSecret })
  environment: 'sandbox',
});

const entry = process.env.PAYABLI_ENTRY!; // the paypoint's entry name

// An idempotency key is generated for the call and reused on every retry of it.
const customer = await payabli.customers.create(entry, {
  customerNumber: 'C-1001',
  firstname: 'Ada',
  lastname: 'Lovelace',
  email: 'ada@example.com',
});

for await (const found of payabli.customers.list(entry, { filters: { email: { eq: 'ada@example.com' } } })) {
  console.log(found.customerId, found.customerStatus);
}
console.log(customer.customerId);
