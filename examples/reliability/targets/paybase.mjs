// Paybase under the soak: `createPaybase` against `createPaybaseSandbox()` from
// `@clientele/paybase/testing`. Paybase signs webhooks, not API responses, so the signature faults do
// not apply. Each create carries its soak key as an annotation, which is how duplicates are counted.
import { createPaybase } from '@clientele/paybase';
import { createPaybaseSandbox, paybaseFixtures } from '@clientele/paybase/testing';

const API_KEY = 'soak_paybase_api_key_2b9e6d14f8';

/** @type {import('../soak-engine.mjs').SoakTarget} */
export const paybaseTarget = {
  name: 'paybase',
  packageName: '@clientele/paybase',
  signsResponses: false,
  async create(context) {
    const sandbox = createPaybaseSandbox({ apiKey: API_KEY });
    const client = createPaybase({ apiKey: API_KEY, environment: 'sandbox', ...context.clientOptions, fetch: context.fetch });
    const { customers } = client;
    const individual = (key) =>
      paybaseFixtures.individual({
        annotations: { soakKey: key },
        profile: { ...paybaseFixtures.individual().profile, lastName: `Customer ${key}`, email: `${key}@soak.example.com` },
      });
    const word = (random) => Math.floor(random() * 1e6).toString(36);
    return {
      handlers: sandbox.handlers,
      faults: sandbox.faults,
      secrets: [API_KEY],
      operations: [
        {
          name: 'create',
          weight: 4,
          creates: true,
          match: { method: 'POST', path: '/customers/individual' },
          run: async ({ key }) => ({ id: (await customers.individual.create(individual(key))).id, key }),
        },
        { name: 'retrieve', weight: 3, needsCustomer: true, match: { method: 'GET', path: /\/v1\/customer\/[^/]+$/ }, run: ({ customer }) => customers.retrieve(customer.id) },
        {
          name: 'update',
          weight: 2,
          needsCustomer: true,
          match: { method: 'PATCH', path: '/customer/individual/' },
          run: ({ customer, random }) => customers.individual.update(customer.id, { profile: { lastName: `Renamed ${word(random)}` }, terms: paybaseFixtures.individual().terms }),
        },
        {
          name: 'annotate/tag',
          weight: 1,
          needsCustomer: true,
          match: { method: 'PATCH', path: /\/(annotations|tags)$/ },
          run: ({ customer, random }) => (random() < 0.5 ? customers.annotate(customer.id, { soakNote: word(random) }) : customers.tag(customer.id, [`soak-${word(random)}`])),
        },
        // A POST Paybase documents as idempotent: retried after ambiguous failures.
        { name: 'createAuthenticationToken', weight: 1, needsCustomer: true, match: { method: 'POST', path: /\/tokens$/ }, run: ({ customer }) => customers.createAuthenticationToken(customer.id) },
        { name: 'list', weight: 1, needsCustomer: true, match: { method: 'GET', path: /\/v1\/customers$/ }, run: ({ customer }) => customers.list({ id: [customer.id] }).toArray() },
      ],
      storedKeys: () => sandbox.customers.all().map((record) => record.customer.annotations.soakKey),
      close: () => sandbox.reset(),
    };
  },
};
