// A reference provider built only from @clientele/core: a client on `createTransport` whose adapter
// verifies an HMAC response signature before reading the body, and a mock on the core mock plumbing
// (`MockStore`, `FailureInjector`, `applyFault`). It exercises the shared request path without any
// provider package, and its `flaws` switch builds deliberately broken clients so the smoke test can
// prove the soak engine catches each violation it claims to catch.
import { ClienteleError, createTransport, encodePath, hmacSha256Hex, httpFailure, readJson, timingSafeEqual } from '@clientele/core';
import { applyFault, FailureInjector, MockStore } from '@clientele/core/testing';
import { http } from 'msw';

const BASE_URL = 'https://reference.soak.test/v1';
const API_KEY = 'soak_reference_api_key_5f0c9d1e';
const SIGNING_KEY = 'soak_reference_signing_key_a83b27c4';

/**
 * @typedef {object} ReferenceFlaws Deliberate defects, for the engine's negative controls.
 * @property {boolean} [retryUnsafePosts] Treat every POST as safe to repeat (duplicates after a reset).
 * @property {boolean} [skipSignatureCheck] Return data without verifying the response signature.
 * @property {boolean} [leakApiKey] Forget to register the secrets for scrubbing and echo the API key in error messages.
 * @property {boolean} [floatingPromise] Start a promise nobody awaits that rejects on every create.
 * @property {boolean} [leakTimer] Start a timer on every create and never clear it (see {@link releaseFlaws}).
 * @property {boolean} [retainResponses] Keep 256 kB per create in a module-level array (see {@link releaseFlaws}).
 */

/** What the `leakTimer` and `retainResponses` flaws hold on to, so a test can release it afterwards. */
const leaked = { timers: [], retained: [] };

/** Clears the timers and memory held by the `leakTimer` and `retainResponses` flaws. */
export function releaseFlaws() {
  for (const timer of leaked.timers) clearTimeout(timer);
  leaked.timers = [];
  leaked.retained = [];
}

/** @type {import('../soak-engine.mjs').SoakTarget} */
export const referenceTarget = {
  name: 'reference',
  packageName: '@clientele/core',
  signsResponses: true,
  create: (context) => createReferenceInstance(context, {}),
};

/**
 * The reference target with deliberate defects (never part of `pnpm soak`).
 * @param {ReferenceFlaws} flaws
 * @returns {import('../soak-engine.mjs').SoakTarget}
 */
export function flawedReferenceTarget(flaws) {
  return { ...referenceTarget, name: `reference (flawed: ${Object.keys(flaws).join(', ')})`, create: (context) => createReferenceInstance(context, flaws) };
}

/**
 * @param {import('../soak-engine.mjs').TargetContext} context
 * @param {ReferenceFlaws} flaws
 * @returns {Promise<import('../soak-engine.mjs').TargetInstance>}
 */
async function createReferenceInstance(context, flaws) {
  const sandbox = createReferenceSandbox();
  const client = createReferenceClient({ ...context.clientOptions, fetch: context.fetch }, flaws);
  return {
    handlers: sandbox.handlers,
    faults: sandbox.faults,
    secrets: [API_KEY, SIGNING_KEY],
    operations: [
      {
        name: 'create',
        weight: 4,
        creates: true,
        match: { method: 'POST' },
        run: async ({ key }) => {
          const customer = await client.create({ reference: key, name: `Soak ${key}`, email: `${key}@soak.test` });
          return { id: customer.id, key };
        },
      },
      {
        name: 'retrieve',
        weight: 3,
        match: { method: 'GET', path: '/customers/' },
        needsCustomer: true,
        run: ({ customer }) => client.retrieve(customer.id),
      },
      {
        name: 'update',
        weight: 2,
        match: { method: 'PATCH' },
        needsCustomer: true,
        run: ({ customer, random }) => client.update(customer.id, { name: `Renamed ${Math.floor(random() * 1e6)}` }),
      },
      {
        name: 'list',
        weight: 1,
        match: { method: 'GET', path: /\/customers$/ },
        run: () => client.list(),
      },
    ],
    storedKeys: () => sandbox.customers.all().map((customer) => customer.reference),
    close: () => sandbox.reset(),
  };
}

/**
 * @param {import('@clientele/core').ClientOptions} options
 * @param {ReferenceFlaws} flaws
 */
function createReferenceClient(options, flaws) {
  /** @type {import('@clientele/core').ProviderAdapter} */
  const adapter = {
    provider: 'reference',
    userAgent: 'clientele-reference/0.0.0',
    secrets: flaws.leakApiKey ? [] : [API_KEY, SIGNING_KEY],
    idempotencyHeader: 'idempotency-key',
    authenticate: () => ({ authorization: `Bearer ${API_KEY}` }),
    async interpret(response) {
      const failure = (kind, message) => ({
        ok: false,
        retry: 'never',
        error: new ClienteleError({ kind, provider: 'reference', status: response.status, message: flaws.leakApiKey ? `${message} (${API_KEY})` : message }),
      });
      if (response.status < 400 && !flaws.skipSignatureCheck) {
        const signature = response.headers.get('x-signature');
        if (!signature) return failure('signature', 'reference: the response is not signed; it was discarded.');
        const expected = await hmacSha256Hex(SIGNING_KEY, response.text);
        if (!timingSafeEqual(signature, expected)) return failure('signature', 'reference: the response signature does not verify; it was discarded.');
      }
      const body = readJson(response, 'reference');
      if (response.status >= 400) {
        const result = httpFailure(response, { provider: 'reference', providerMessage: body?.message });
        if (flaws.leakApiKey) result.error.message += ` (${API_KEY})`;
        return result;
      }
      return { ok: true, data: body?.data };
    },
  };
  const transport = createTransport(adapter, { baseUrl: BASE_URL, ...options });
  const idempotent = flaws.retryUnsafePosts ? true : undefined;
  const send = async (spec) => (await transport.request(spec)).data;
  return {
    create(body) {
      if (flaws.floatingPromise) void Promise.reject(new Error('a floating promise nobody awaits'));
      if (flaws.leakTimer) leaked.timers.push(setTimeout(() => undefined, 600_000));
      if (flaws.retainResponses) leaked.retained.push(new Array(32 * 1024).fill(leaked.retained.length + 0.5));
      return send({ operation: 'customers.create', method: 'POST', path: 'customers', body, idempotent });
    },
    retrieve: (id) => send({ operation: 'customers.retrieve', method: 'GET', path: encodePath`customers/${id}` }),
    update: (id, patch) => send({ operation: 'customers.update', method: 'PATCH', path: encodePath`customers/${id}`, body: patch, idempotent: true }),
    list: () => send({ operation: 'customers.list', method: 'GET', path: 'customers', query: { limit: 10 } }),
  };
}

/** The reference provider's sandbox: customers in a `MockStore`, faults from a `FailureInjector`, signed responses. */
function createReferenceSandbox() {
  const customers = new MockStore();
  const faults = new FailureInjector();

  const signed = async (status, payload) => {
    const text = JSON.stringify(payload);
    return new Response(text, { status, headers: { 'content-type': 'application/json', 'x-signature': await hmacSha256Hex(SIGNING_KEY, text) } });
  };
  const renderer = {
    tamperSignature(response, fault) {
      const headers = new Headers(response.headers);
      if (fault.kind === 'missing_signature') headers.delete('x-signature');
      else headers.set('x-signature', '0'.repeat(64));
      return new Response(response.body, { status: response.status, headers });
    },
  };
  const guarded = (handle) => async ({ request, params }) => {
    if (request.headers.get('authorization') !== `Bearer ${API_KEY}`) return signed(401, { message: 'Unauthorized.' });
    return applyFault(faults.take(request), request, () => handle(request, params), renderer);
  };

  const handlers = [
    http.post(`${BASE_URL}/customers`, guarded(async (request) => {
      const body = await request.json();
      const id = customers.nextId('cus_');
      return signed(201, { data: customers.insert(id, { id, ...body }) });
    })),
    http.get(`${BASE_URL}/customers`, guarded(async () => signed(200, { data: customers.all().slice(-10) }))),
    http.get(`${BASE_URL}/customers/:id`, guarded(async (_request, params) => {
      const customer = customers.get(String(params.id));
      return customer ? signed(200, { data: customer }) : signed(404, { message: 'No such customer.' });
    })),
    http.patch(`${BASE_URL}/customers/:id`, guarded(async (request, params) => {
      const customer = customers.update(String(params.id), await request.json());
      return customer ? signed(200, { data: customer }) : signed(404, { message: 'No such customer.' });
    })),
  ];
  return { customers, faults, handlers, reset: () => { customers.reset(); faults.clear(); } };
}
