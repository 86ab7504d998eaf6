import { createPrivateKey, createPublicKey } from 'node:crypto';
import { rawEncryptField } from '../lib/sgate-raw-crypto.mjs';
import { sgateSignedHeaders } from '../lib/sgate-wire.mjs';

/** Sensitive customer fields SGATE encrypts in responses (spec §3.4). */
export const SGATE_SENSITIVE_FIELDS = ['identity', 'identitypic', 'signpic', 'stcaccount', 'cardno'];

/** One customer as SGATE returns it (spec §4.B), plaintext. */
export function sgateCustomer(index, { sensitive = true } = {}) {
  const id = String(index).padStart(6, '0');
  return {
    customid: `c${id}`,
    mercustomid: `bench-${id}`,
    name_e: `Bench Customer ${index}`,
    name_a: `Bench Customer ${index}`,
    identity: sensitive ? `1${id}234` : '',
    identitypic: sensitive ? `https://files.example/identity/${id}.jpg` : '',
    signpic: sensitive ? `https://files.example/sign/${id}.jpg` : '',
    bankname: 'Bench Bank',
    bankcode: '1174c',
    cardno: sensitive ? `4111111111${id}` : '',
    ibanaccount: `SA0380000000608010${id}`,
    stcaccount: sensitive ? '0512345678' : '',
    status: 1,
    statusdesc: 'Approved',
    autoapproval: 0,
    otpappname: 'Bench',
    demand_perfection: [],
    created_at: 1763800000,
    updated_at: 1763800000,
  };
}

/** `customer` with every non-empty sensitive field encrypted with the merchant public key. */
export function encryptCustomer(merchantPublicKey, customer) {
  const output = { ...customer };
  for (const field of SGATE_SENSITIVE_FIELDS) if (output[field] !== '') output[field] = rawEncryptField(merchantPublicKey, output[field]);
  return output;
}

/** An SGATE success envelope (spec §1.4) as raw text. */
export function sgateEnvelope(data) {
  return JSON.stringify({ code: 200, message: 'Request succeeded.', data, sensitiveFields: SGATE_SENSITIVE_FIELDS, requestId: '0123456789ABCDEF0123456789ABCDEF' });
}

/**
 * Loopback routes of an SGATE server (run inside the bench's server process):
 * - `POST /openApi/v1/payee/custom/update`: one fixed customer, sensitive fields encrypted;
 * - `GET /openApi/v1/payee/custom/list`: `total` customers served page by page (`pageno`, `pagesize`),
 *   pages made on demand (encrypted fields only when `listSensitive` is true).
 * Every response is signed with the system private key (spec §2.4). Signatures are cached per request URL
 * for 60 s, so the server does not add an RSA signature to every call's latency.
 */
export default function createRoutes(options) {
  const systemPrivateKey = createPrivateKey(options.systemPrivateKeyPem);
  const merchantPublicKey = createPublicKey(options.merchantPublicKeyPem);
  const updateBody = sgateEnvelope(encryptCustomer(merchantPublicKey, sgateCustomer(1)));
  const signatures = new Map();
  const pageCache = new Map();

  function signed(method, url, body) {
    const key = `${method} ${url}`;
    const cached = signatures.get(key);
    if (cached && cached.body === body && Date.now() - cached.at < 60_000) return cached.headers;
    const headers = sgateSignedHeaders(systemPrivateKey, { apiKey: options.apiKey, url, method, body });
    signatures.set(key, { at: Date.now(), body, headers });
    return headers;
  }

  function listPage(query) {
    const parameters = new URLSearchParams(query);
    const page = Number(parameters.get('pageno') ?? 1);
    const size = Number(parameters.get('pagesize') ?? 20);
    const start = (page - 1) * size;
    const key = `${start}/${size}`;
    let body = pageCache.get(key);
    if (!body) {
      const customers = [];
      for (let index = start; index < Math.min(start + size, options.total ?? 0); index++) {
        const customer = sgateCustomer(index, { sensitive: options.listSensitive });
        customers.push(options.listSensitive ? encryptCustomer(merchantPublicKey, customer) : customer);
      }
      body = sgateEnvelope(customers);
      // Encrypted pages are expensive to make: keep them; plain pages are cheap and many.
      if (options.listSensitive) pageCache.set(key, body);
    }
    return body;
  }

  return (request) => {
    if (request.method === 'POST' && request.pathname === '/openApi/v1/payee/custom/update') {
      return { headers: signed('POST', request.url, updateBody), body: updateBody };
    }
    if (request.method === 'GET' && request.pathname === '/openApi/v1/payee/custom/list') {
      const body = listPage(request.query);
      return { headers: signed('GET', request.url, body), body };
    }
    return undefined;
  };
}
