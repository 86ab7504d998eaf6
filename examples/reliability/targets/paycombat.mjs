// Paycombat under the soak: `createPaycombat` against `createPaycombatSandbox()` from
// `@clientele/paycombat/testing`. Paycombat does not sign its responses, so the signature faults do
// not apply; its request HMAC is verified by the sandbox on every attempt.
import { createPaycombat } from '@clientele/paycombat';
import { createPaycombatSandbox } from '@clientele/paycombat/testing';

const TOKEN = 'soak_paycombat_token_7c2e91d04b';
const SIGNATURE_KEY = 'soak_paycombat_signature_key_e5a8f3b61c';

/** @type {import('../soak-engine.mjs').SoakTarget} */
export const paycombatTarget = {
  name: 'paycombat',
  packageName: '@clientele/paycombat',
  signsResponses: false,
  async create(context) {
    const sandbox = createPaycombatSandbox({ token: TOKEN, signatureKey: SIGNATURE_KEY });
    const client = createPaycombat({ token: TOKEN, signatureKey: SIGNATURE_KEY, ...context.clientOptions, fetch: context.fetch });
    const { customers } = client;
    const individual = (key) => ({
      type: 'individual',
      description: `Soak customer ${key}`,
      organization_reference_id: key,
      individual: { first_name: 'Soak', last_name: `Customer ${key}`, address_country: 'GB' },
    });
    const created = (customer, key) => ({ id: customer.customer_id, key });
    return {
      handlers: sandbox.handlers,
      faults: sandbox.faults,
      secrets: [TOKEN, SIGNATURE_KEY],
      operations: [
        { name: 'create', weight: 4, creates: true, match: { method: 'POST', path: '/customer/create' }, run: async ({ key }) => created(await customers.create(individual(key)), key) },
        { name: 'retrieve', weight: 3, needsCustomer: true, match: { method: 'GET', path: /\/customer\/customer\/[^/]+$/ }, run: ({ customer }) => customers.retrieve(customer.id) },
        {
          name: 'update',
          weight: 2,
          needsCustomer: true,
          match: { method: 'PATCH', path: '/customer/update' },
          run: ({ customer, random }) => customers.update(customer.id, { description: `Renamed ${Math.floor(random() * 1e6)}` }),
        },
        { name: 'walletReadiness', weight: 1, needsCustomer: true, match: { method: 'GET', path: '/is-wallet-ready' }, run: ({ customer }) => customers.walletReadiness(customer.id) },
        // Enable and disable read the customer back when the answer holds none: up to two requests.
        {
          name: 'enable/disable',
          weight: 1,
          needsCustomer: true,
          maxRequests: 2,
          match: { method: 'PATCH', path: /\/(enable|disable)$/ },
          run: ({ customer, random }) => (random() < 0.5 ? customers.enable(customer.id) : customers.disable(customer.id)),
        },
        // The auto-paginating list, left after 15 customers: two pages of ten.
        {
          name: 'list',
          weight: 1,
          maxRequests: 2,
          match: { method: 'GET', path: /\/customer\/customer$/ },
          run: async () => {
            const seen = [];
            for await (const customer of customers.list({ pageSize: 10 })) if (seen.push(customer) >= 15) break;
            return seen;
          },
        },
        // A fresh customer, then its deletion: never one that other calls are using.
        {
          name: 'create+delete',
          weight: 1,
          creates: true,
          maxRequests: 2,
          match: { method: 'DELETE' },
          run: async ({ key }) => {
            const customer = await customers.create(individual(key));
            await customers.delete(customer.customer_id);
            return { ...created(customer, key), deleted: true };
          },
        },
      ],
      storedKeys: () => sandbox.store.all().map((customer) => customer.organization_reference_id),
      close: () => sandbox.reset(),
    };
  },
};
