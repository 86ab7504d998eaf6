// Quick start shown in docs/index.md (`pnpm docs:generate` copies this file without these comment lines).
// quick-starts.node.test.ts runs it against @clientele/paycombat/testing.
import { createPaycombat } from '@clientele/paycombat';

const paycombat = createPaycombat({
  token: process.env.PAYCOMBAT_TOKEN!, // sent as X-token
  signatureKey: process.env.PAYCOMBAT_SIGNATURE_KEY!, // HMAC-SHA256 key of every POST and PATCH body
});

const customer = await paycombat.customers.create({
  type: 'individual',
  description: 'Ada Lovelace',
  individual: { first_name: 'Ada', last_name: 'Lovelace', address_country: 'GB' },
});

const readiness = await paycombat.customers.walletReadiness(customer.customer_id);
console.log(customer.customer_id, readiness.is_wallet_ready, readiness.missing_field);
