import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { importEntry } from '../lib/resolve-entry.mjs';
import { rawDecryptField, rawEncryptField } from '../lib/sgate-raw-crypto.mjs';
import { sgateSignedHeaders, sgateVerify } from '../lib/sgate-wire.mjs';

const ROUTES = new URL('../routes/sgate-routes.mjs', import.meta.url);
const API_KEY = 'bench-sgate-api-key';
const UPDATE_PATH = '/openApi/v1/payee/custom/update';
/** The update every variant sends: a name and two fields SGATE wants encrypted (spec §4.5). */
const UPDATE = { mercustomid: 'bench-000001', name_e: 'Bench Customer 1', identity: '1000001234', stcaccount: '0512345678' };
const ENCRYPTED_REQUEST_FIELDS = ['identity', 'cardno', 'stcaccount'];

/** Fresh 2048-bit merchant and system key pairs for one run, as PEM. */
export function sgateKeys() {
  const pem = () => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return { privatePem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), publicPem: pair.publicKey.export({ type: 'spki', format: 'pem' }) };
  };
  return { merchant: pem(), system: pem() };
}

/** A `createSgate` client of the built Node entry (node:crypto engine), pointed at `baseUrl`. */
export async function sgateClient(keys, baseUrl, extraOptions = {}) {
  const { createSgate } = await importEntry('sgate');
  return createSgate({ apiKey: API_KEY, merchantPrivateKey: keys.merchant.privatePem, systemPublicKey: keys.system.publicPem, environment: 'sandbox', baseUrl, ...extraOptions });
}

/**
 * SGATE's customers.update written by hand on node:crypto and fetch: encrypt the sensitive fields with the
 * system public key, sign (MD5withRSA), send, verify the response signature over the raw text, check the
 * envelope, decrypt the fields `sensitiveFields` lists with the merchant private key.
 */
function handWrittenUpdate(keys, baseUrl) {
  const merchantPrivate = createPrivateKey(keys.merchant.privatePem);
  const systemPublic = createPublicKey(keys.system.publicPem);
  return async () => {
    const fields = { ...UPDATE };
    for (const field of ENCRYPTED_REQUEST_FIELDS) if (fields[field]) fields[field] = rawEncryptField(systemPublic, fields[field]);
    const body = JSON.stringify(fields);
    const headers = sgateSignedHeaders(merchantPrivate, { apiKey: API_KEY, url: UPDATE_PATH, method: 'POST', body });
    const response = await fetch(baseUrl + UPDATE_PATH, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'hand-written/1.0' },
      body,
    });
    const text = await response.text();
    const signature = response.headers.get('v-signature');
    const signedInput = { apiKey: API_KEY, timestamp: Number(response.headers.get('v-timestamp')), nonce: response.headers.get('v-nonce-str'), url: UPDATE_PATH, method: 'POST', body: text };
    if (!signature || !sgateVerify(systemPublic, signedInput, signature)) throw new Error('SGATE response signature does not verify');
    const envelope = JSON.parse(text);
    if (response.status !== 200 || envelope.code !== 200) throw new Error(`SGATE error ${envelope.code}`);
    const customer = envelope.data;
    for (const field of envelope.sensitiveFields) if (customer[field]) customer[field] = rawDecryptField(merchantPrivate, customer[field]);
    return customer;
  };
}

/** Ciphertexts differ on every call (random padding): compare bodies with them masked. */
function normalizeBody(body) {
  const parsed = JSON.parse(body);
  for (const field of ENCRYPTED_REQUEST_FIELDS) if (typeof parsed[field] === 'string' && parsed[field].length >= 344) parsed[field] = `<ciphertext ${parsed[field].length}>`;
  return JSON.stringify(Object.fromEntries(Object.entries(parsed).sort(([a], [b]) => a.localeCompare(b))));
}

export default {
  name: 'sgate',
  title: 'SGATE',
  operation: 'customers.update',
  async overhead() {
    const keys = sgateKeys();
    return {
      routes: [{ module: ROUTES, options: { apiKey: API_KEY, systemPrivateKeyPem: keys.system.privatePem, merchantPublicKeyPem: keys.merchant.publicPem } }],
      routeKey: `POST ${UPDATE_PATH}`,
      normalizeBody,
      // An SGATE call costs milliseconds of RSA: smaller blocks keep the section's duration in line.
      weight: 4,
      async variants(baseUrl) {
        const client = await sgateClient(keys, baseUrl);
        return [
          { name: 'baseline', label: 'hand-written node:crypto + fetch', call: handWrittenUpdate(keys, baseUrl) },
          { name: 'clientele', label: '@clientele/sgate', call: () => client.customers.update(UPDATE) },
        ];
      },
    };
  },
  async memory(count) {
    const keys = sgateKeys();
    return {
      routes: [{ module: ROUTES, options: { apiKey: API_KEY, systemPrivateKeyPem: keys.system.privatePem, merchantPublicKeyPem: keys.merchant.publicPem, total: count, listSensitive: false } }],
      note: 'SGATE customers are served without sensitive values here (every decryption would cost ~0.25 ms × 5 fields × 10,000 customers); decryption cost is measured separately in the list-page section.',
      async list(baseUrl) {
        const client = await sgateClient(keys, baseUrl);
        return client.customers.list({ pagesize: 100 });
      },
    };
  },
};
