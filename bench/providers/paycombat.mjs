import { createHmac } from 'node:crypto';
import { importEntry } from '../lib/resolve-entry.mjs';

const ROUTES = new URL('../routes/paycombat-routes.mjs', import.meta.url);
const TOKEN = 'snd_bench-paycombat-token';
const SIGNATURE_KEY = 'bench-paycombat-signature-key';
const CUSTOMER_ID = 'customer_00000000000000000000000000000001';
const UPDATE_PATH = '/api/v1/customer/update';
/** The update every variant sends: a description, metadata and part of the individual (spec §8.2). */
const UPDATE = { description: 'VIP customer', metadata: { tier: 'gold' }, individual: { first_name: 'Ada', last_name: 'Lovelace', address_city: 'Jakarta', address_country: 'ID' } };

/** A `createPaycombat` client of the built package, pointed at `baseUrl`. */
async function paycombatClient(baseUrl) {
  const { createPaycombat } = await importEntry('paycombat');
  return createPaycombat({ token: TOKEN, signatureKey: SIGNATURE_KEY, baseUrl });
}

/**
 * Paycombat's update written by hand, as its docs show it (spec §4.2): serialize once, HMAC-SHA256 hex of that
 * string with node:crypto, send it with `X-token` and `signature`, unwrap the envelope, check success.
 */
function handWrittenUpdate(baseUrl) {
  return async () => {
    const body = JSON.stringify({ customer_id: CUSTOMER_ID, ...UPDATE });
    const signature = createHmac('sha256', SIGNATURE_KEY).update(body, 'utf8').digest('hex');
    const response = await fetch(baseUrl + UPDATE_PATH, {
      method: 'PATCH',
      headers: { 'X-token': TOKEN, signature, 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'hand-written/1.0' },
      body,
    });
    let envelope = JSON.parse(await response.text());
    while (envelope && typeof envelope === 'object' && 'data' in envelope && ('status' in envelope || 'success' in envelope || 'status_code' in envelope)) {
      if (envelope.status === false || envelope.success === false) throw new Error(`Paycombat error: ${envelope.message}`);
      envelope = envelope.data;
    }
    if (!response.ok) throw new Error(`Paycombat error ${response.status}`);
    return envelope;
  };
}

export default {
  name: 'paycombat',
  title: 'Paycombat',
  operation: 'customers.update',
  async overhead() {
    return {
      routes: [{ module: ROUTES, options: {} }],
      routeKey: `PATCH ${UPDATE_PATH}`,
      async variants(baseUrl) {
        const client = await paycombatClient(baseUrl);
        return [
          { name: 'baseline', label: 'hand-written fetch + node:crypto HMAC', call: handWrittenUpdate(baseUrl) },
          { name: 'clientele', label: '@clientele/paycombat', call: () => client.customers.update(CUSTOMER_ID, UPDATE) },
        ];
      },
    };
  },
  async memory(count) {
    return {
      routes: [{ module: ROUTES, options: { total: count } }],
      async list(baseUrl) {
        const client = await paycombatClient(baseUrl);
        return client.customers.list({ pageSize: 100 });
      },
    };
  },
};
