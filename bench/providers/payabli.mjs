import { importEntry } from '../lib/resolve-entry.mjs';

const ROUTES = new URL('../routes/payabli-routes.mjs', import.meta.url);
const API_KEY = 'bench-payabli-request-token';
const CUSTOMER_ID = 998;
/** The update every variant sends: the example of Payabli's own docs (spec §4.3). */
const UPDATE = { firstname: 'Irene', lastname: 'Canizales', address1: "145 Bishop's Trail", city: 'Mountain City', state: 'TN', zip: '37612', country: 'US' };

/** A `createPayabli` client of the built package, pointed at `baseUrl` + `/api`. */
async function payabliClient(baseUrl) {
  const { createPayabli } = await importEntry('payabli');
  return createPayabli({ apiKey: API_KEY, environment: 'sandbox', baseUrl: `${baseUrl}/api` });
}

/** Payabli's update written by hand: PUT with `requestToken`, read the envelope, check `isSuccess`. */
function handWrittenUpdate(baseUrl) {
  const url = `${baseUrl}/api/Customer/${CUSTOMER_ID}`;
  return async () => {
    const response = await fetch(url, {
      method: 'PUT',
      headers: { requestToken: API_KEY, 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'hand-written/1.0' },
      body: JSON.stringify(UPDATE),
    });
    const envelope = JSON.parse(await response.text());
    if (!response.ok || envelope.isSuccess === false) throw new Error(`Payabli error ${response.status}: ${envelope.responseText}`);
    return envelope;
  };
}

/** Payabli's official SDK (`@payabli/sdk-node`, the reference), `customer.updateCustomer`. */
async function officialUpdate(baseUrl) {
  const { PayabliClient } = await import('@payabli/sdk-node');
  const client = new PayabliClient({ apiKey: API_KEY, baseUrl: `${baseUrl}/api` });
  return () => client.customer.updateCustomer(CUSTOMER_ID, UPDATE);
}

export default {
  name: 'payabli',
  title: 'Payabli',
  operation: 'customers.update',
  async overhead() {
    return {
      routes: [{ module: ROUTES, options: {} }],
      routeKey: `PUT /api/Customer/${CUSTOMER_ID}`,
      // The official SDK adds its telemetry headers (X-Fern-*); they are its own business.
      ignoreHeaders: ['x-fern-language', 'x-fern-sdk-name', 'x-fern-sdk-version', 'x-fern-runtime', 'x-fern-runtime-version'],
      async variants(baseUrl) {
        const client = await payabliClient(baseUrl);
        return [
          { name: 'baseline', label: 'hand-written fetch', call: handWrittenUpdate(baseUrl) },
          { name: 'clientele', label: '@clientele/payabli', call: () => client.customers.update(CUSTOMER_ID, UPDATE) },
          { name: 'official', label: '@payabli/sdk-node (official)', call: await officialUpdate(baseUrl) },
        ];
      },
    };
  },
  async memory(count) {
    return {
      routes: [{ module: ROUTES, options: { total: count } }],
      async list(baseUrl) {
        const client = await payabliClient(baseUrl);
        return client.customers.list('benchentry', { pageSize: 100 });
      },
    };
  },
};
