import { importEntry } from '../lib/resolve-entry.mjs';

const ROUTES = new URL('../routes/paybase-routes.mjs', import.meta.url);
const API_KEY = 'bench-paybase-api-key';
const CUSTOMER_UUID = '28958679-e8a8-47a8-967c-000000000001';
/** The update every variant sends: the provider page's example (profile + terms). */
const UPDATE = { profile: { firstName: 'John' }, terms: { acceptedAt: '2019-03-07T15:24:27.697Z', revision: '1.0.0' } };

/** A `createPaybase` client of the built package, pointed at `baseUrl`. */
async function paybaseClient(baseUrl) {
  const { createPaybase } = await importEntry('paybase');
  return createPaybase({ apiKey: API_KEY, environment: 'sandbox', baseUrl });
}

/** Paybase's individual update written by hand: PATCH with `X-Token`, parse, check the status. */
function handWrittenUpdate(baseUrl) {
  const url = `${baseUrl}/v1/customer/individual/${CUSTOMER_UUID}`;
  return async () => {
    const response = await fetch(url, {
      method: 'PATCH',
      headers: { 'X-Token': API_KEY, 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'hand-written/1.0' },
      body: JSON.stringify(UPDATE),
    });
    const customer = JSON.parse(await response.text());
    if (!response.ok) throw new Error(`Paybase error ${response.status}`);
    return customer;
  };
}

export default {
  name: 'paybase',
  title: 'Paybase',
  operation: 'customers.individual.update',
  async overhead() {
    return {
      routes: [{ module: ROUTES, options: {} }],
      routeKey: `PATCH /v1/customer/individual/${CUSTOMER_UUID}`,
      async variants(baseUrl) {
        const client = await paybaseClient(baseUrl);
        return [
          { name: 'baseline', label: 'hand-written fetch', call: handWrittenUpdate(baseUrl) },
          { name: 'clientele', label: '@clientele/paybase', call: () => client.customers.individual.update(`customer/${CUSTOMER_UUID}`, UPDATE) },
        ];
      },
    };
  },
  async memory(count) {
    return {
      routes: [{ module: ROUTES, options: { total: count } }],
      unpaged: true,
      note: 'Paybase documents no paging for List all customers (spec §4.9): one response carries every customer, so the heap holds them all at once; shown for information, not budgeted.',
      async list(baseUrl) {
        const client = await paybaseClient(baseUrl);
        return client.customers.list();
      },
    };
  },
};
