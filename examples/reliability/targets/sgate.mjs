// SGATE under the soak: `createSgate` against `createSgateSandbox()` from `@clientele/sgate/testing`.
// Every request is signed (MD5withRSA), every response signed by the sandbox and verified by the client
// before anything in it is decrypted, so the bad and missing signature faults apply. A create retried
// after an ambiguous failure meets 1302 (duplicate `mercustomid`) and is recovered by a lookup.
import { createSgate } from '@clientele/sgate';
import { createSgateSandbox, SGATE_TEST_KEYS, sgateFixtures } from '@clientele/sgate/testing';

const API_KEY = 'soak_sgate_api_key_91d3b7e05f';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** @type {import('../soak-engine.mjs').SoakTarget} */
export const sgateTarget = {
  name: 'sgate',
  packageName: '@clientele/sgate',
  signsResponses: true,
  async create(context) {
    // No callback URL: the soak has no merchant endpoint to deliver to.
    const sandbox = createSgateSandbox({ apiKey: API_KEY, callbackUrl: undefined });
    const client = createSgate(sandbox.clientOptions({ ...context.clientOptions, fetch: context.fetch }));
    const { customers } = client;
    const created = (customer, key) => ({ id: customer.customid, key });
    const name = (random) => `Soak ${Array.from({ length: 8 }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join('')}`;
    return {
      handlers: sandbox.handlers,
      faults: sandbox.faults,
      secrets: [API_KEY, ...privateKeyFragments(SGATE_TEST_KEYS.merchantPrivateKey)],
      operations: [
        // A create may look the customer up after a 1302 on its retry: two logical requests.
        { name: 'create', weight: 4, creates: true, maxRequests: 2, match: { method: 'POST', path: '/custom/create' }, run: async ({ key }) => created(await customers.create(sgateFixtures.plainCustomer(key)), key) },
        {
          name: 'retrieve',
          weight: 3,
          needsCustomer: true,
          match: { method: 'GET', path: '/custom/detail' },
          run: ({ customer, random }) => customers.retrieve(random() < 0.5 ? { customid: customer.id } : { mercustomid: customer.key }),
        },
        { name: 'update', weight: 2, needsCustomer: true, match: { method: 'POST', path: '/custom/update' }, run: ({ customer, random }) => customers.update({ customid: customer.id, name_e: name(random) }) },
        // Multipart: the ID photo, with the MD5 SGATE checks; moves an incomplete customer to pending.
        {
          name: 'uploadPhoto',
          weight: 1,
          needsCustomer: true,
          match: { method: 'POST', path: '/custom/file' },
          run: ({ customer }) => customers.uploadPhoto({ customid: customer.id, type: 'identitypic', file: sgateFixtures.pngPhoto(), filename: 'id.png' }),
        },
        // The auto-paginating list, left after 15 customers: two pages of ten.
        {
          name: 'list',
          weight: 1,
          maxRequests: 2,
          match: { method: 'GET', path: '/custom/list' },
          run: async () => {
            const seen = [];
            for await (const customer of customers.list({ pagesize: 10 })) if (seen.push(customer) >= 15) break;
            return seen;
          },
        },
      ],
      storedKeys: () => sandbox.customers.all().map((customer) => customer.mercustomid),
      close: () => sandbox.reset(),
    };
  },
};

/** Lines of the merchant private key's PEM body: any of them in a log or an error would be a leak. */
function privateKeyFragments(pem) {
  return String(pem)
    .split('\n')
    .filter((line) => line.length >= 40 && !line.startsWith('-----'))
    .slice(0, 4);
}
