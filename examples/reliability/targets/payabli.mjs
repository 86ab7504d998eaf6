// Payabli under the soak: `createPayabli` (half the calls with an API token, half with OAuth client
// credentials, whose token the client fetches and caches) against `createPayabliMock()` from
// `@clientele/payabli/testing`. Creates pass `forceCustomerCreation`, so the mock's identifier matching
// cannot hide a repeated create: only the per-call idempotency key stands between a retry and a duplicate.
import { createPayabli } from '@clientele/payabli';
import { createPayabliMock, DEFAULT_MOCK_PAYPOINTS } from '@clientele/payabli/testing';

const API_KEY = 'soak_payabli_request_token_4d81c0a9e2';
const OAUTH_CLIENT = { clientId: 'soak_payabli_client_id', clientSecret: 'soak_payabli_client_secret_b36f95e07a' };
const ENTRY = DEFAULT_MOCK_PAYPOINTS[0].entry;

/** @type {import('../soak-engine.mjs').SoakTarget} */
export const payabliTarget = {
  name: 'payabli',
  packageName: '@clientele/payabli',
  signsResponses: false,
  async create(context) {
    const mock = createPayabliMock({ apiKeys: [API_KEY], oauthClients: [OAUTH_CLIENT] });
    const common = { environment: 'sandbox', baseUrl: mock.baseUrl, ...context.clientOptions, fetch: context.fetch };
    const withToken = createPayabli({ apiKey: API_KEY, ...common });
    const withOAuth = createPayabli({ oauth: OAUTH_CLIENT, ...common });
    const pick = (random) => (random() < 0.5 ? withToken : withOAuth).customers;
    const created = (record, key) => ({ id: String(record.customerId), key });
    const body = (key) => ({ customerNumber: key, firstname: 'Soak', lastname: `Customer ${key}`, email: `${key}@soak.example.com`, country: 'US', zip: '37615' });
    const create = (random, key) => pick(random).create(ENTRY, body(key), { forceCustomerCreation: true });
    // Every operation may also fetch an OAuth token first (one more request).
    return {
      handlers: mock.handlers,
      faults: mock.sandbox.faults,
      secrets: [API_KEY, OAUTH_CLIENT.clientSecret],
      operations: [
        { name: 'create', weight: 4, creates: true, maxRequests: 2, match: { method: 'POST', path: '/Customer/single/' }, run: async ({ key, random }) => created(await create(random, key), key) },
        { name: 'retrieve', weight: 3, needsCustomer: true, maxRequests: 2, match: { method: 'GET', path: /\/Customer\/\d+$/ }, run: ({ customer, random }) => pick(random).retrieve(Number(customer.id)) },
        {
          name: 'update',
          weight: 2,
          needsCustomer: true,
          maxRequests: 2,
          match: { method: 'PUT' },
          run: ({ customer, random }) => pick(random).update(Number(customer.id), { city: `City ${Math.floor(random() * 1e6)}` }),
        },
        // Offset paging, 10 per request, stopped at 15 records: two requests.
        { name: 'list', weight: 1, maxRequests: 3, match: { method: 'GET', path: '/Query/customers/' }, run: ({ random }) => pick(random).list(ENTRY, { pageSize: 10, limit: 15 }).toArray() },
        // Sends an e-mail: retried only when Payabli certainly did not process it.
        { name: 'requestConsent', weight: 1, needsCustomer: true, maxRequests: 2, match: { method: 'POST', path: /\/consent$/ }, run: ({ customer, random }) => pick(random).requestConsent(Number(customer.id)) },
        {
          name: 'create+delete',
          weight: 1,
          creates: true,
          maxRequests: 3,
          match: { method: 'DELETE' },
          run: async ({ key, random }) => {
            const record = await create(random, key);
            await pick(random).delete(record.customerId);
            return { ...created(record, key), deleted: true };
          },
        },
      ],
      storedKeys: () => mock.sandbox.customers.all().map((record) => record.customerNumber),
      close: () => mock.sandbox.reset(),
    };
  },
};
