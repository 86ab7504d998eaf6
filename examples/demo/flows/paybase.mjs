// Paybase: a platform's customer journey through the SDK — create an individual (X-Token auth), refuse bad input
// before sending, update it exactly as the provider page shows, read it back as a typed union, annotate and tag
// it, list it with a query, onboard an incorporated business with a director, move the customer through its
// lifecycle (and have a Paybase-only move refused), a Paybase-side lock and unlock (mock only), a customer
// token for the hosted card form, signed webhooks verified and deduplicated (mock only), and a create that
// survives a dropped connection without a duplicate (mock only).
//
// Mock mode needs nothing. Live mode (`pnpm demo paybase --live`) reads:
//   CLIENTELE_PAYBASE_API_KEY             the platform API key Paybase issued (sent as X-Token)
//   CLIENTELE_PAYBASE_ROLE_SLUG           optional, default "customer": a role configured for your platform
//   CLIENTELE_PAYBASE_BASE_URL            optional, default https://api-json.sandbox.paybase.io
//                                         (https://api-json.paybase.io with --production)
import {
  createPaybase,
  isHandshake,
  paybaseCustomerLifecycle,
  parseWebhook,
  toUnifiedCustomer,
  webhookDeduplicationKey,
  webhookResource,
} from '@clientele/paybase';
import { cardFormUrl, parseCardFormMessage } from '@clientele/paybase/browser';

const REQUIRED_ENV = ['CLIENTELE_PAYBASE_API_KEY'];

const mask = (value) => (typeof value !== 'string' ? value : value.length > 6 ? `${value.slice(0, 2)}…${value.slice(-2)} (${value.length} characters)` : `… (${value.length} characters)`);

/** What is printed after each call: ids, states and due diligence; personal data masked. */
const summary = (customer) => ({
  id: customer.id,
  type: customer.type,
  stateId: customer.stateId,
  cddLevel: `${customer.cddLevel} of ${customer.targetCDDLevel}`,
  name: mask(customer.profile?.firstName ?? customer.profile?.registeredName),
  email: mask(customer.profile?.email),
  annotations: customer.annotations,
  tags: customer.tags,
});

const person = (run, overrides = {}) => ({
  profile: {
    firstName: 'Ada',
    lastName: 'Lovelace',
    dob: '1990-05-01',
    email: `ada+${run}@example.com`,
    phoneNumber: '+447700900123',
    residentialAddress: { houseNameNumber: '10', street: 'Downing Street', townCity: 'London', postalCode: 'SW1A 2AA', countryISO: 'GB' },
    accountPurpose: 'FREELANCE',
    ...overrides,
  },
  terms: { acceptedAt: new Date(), revision: '2.1' },
});

async function setUp(demo) {
  const logging = { logger: demo.logger, logLevel: 'debug' };
  if (demo.live) {
    const missing = REQUIRED_ENV.filter((name) => !demo.env[name]);
    if (missing.length > 0) throw new Error(`Paybase live mode needs ${missing.join(', ')} (see docs/providers/paybase.md).`);
    const client = createPaybase({
      apiKey: demo.env.CLIENTELE_PAYBASE_API_KEY,
      environment: demo.production ? 'production' : 'sandbox',
      baseUrl: demo.env.CLIENTELE_PAYBASE_BASE_URL || undefined,
      ...logging,
    });
    return { client, sandbox: undefined, roleSlug: demo.env.CLIENTELE_PAYBASE_ROLE_SLUG || 'customer', environment: client.environment };
  }
  const { createPaybaseSandbox } = await import('@clientele/paybase/testing');
  const sandbox = createPaybaseSandbox();
  demo.server.use(...sandbox.handlers);
  const client = createPaybase({ apiKey: sandbox.apiKey, environment: 'sandbox', backoff: { initialDelay: 5, maxDelay: 20 }, ...logging });
  return { client, sandbox, roleSlug: 'customer', environment: 'sandbox' };
}

export default async function run(demo) {
  const { transcript: t } = demo;
  const { client: paybase, sandbox, roleSlug, environment } = await setUp(demo);
  const runId = Date.now().toString(36);
  t.note(`client: ${JSON.stringify(paybase)} — the API key is not part of it.`);

  t.step('Create an individual customer (POST /v1/customers/individual, X-Token)');
  const externalId = `demo-${runId}`;
  let customer = await paybase.customers.individual.create({ ...person(runId), roleSlug, annotations: { externalId } });
  t.value('customer', summary(customer));
  t.unified(toUnifiedCustomer(customer));

  t.step('Refused before sending: a phone number without its country code, a lower-case country');
  try {
    const bad = person(runId, { phoneNumber: '07700900123', residentialAddress: { countryISO: 'gb' } });
    await paybase.customers.individual.create({ ...bad, roleSlug });
  } catch (error) {
    t.value('error', { kind: error.kind, issues: error.issues });
  }

  t.step('Update the first name with the terms, as on the provider page (PATCH /v1/customer/individual/{id})');
  customer = await paybase.customers.individual.update(customer.id, { profile: { firstName: 'John' }, terms: { acceptedAt: new Date(), revision: '2.1' } });
  t.value('customer', summary(customer));

  t.step('Read it back without knowing its type: a union discriminated by `type`');
  customer = await paybase.customers.retrieve(customer.id);
  t.value('type', customer.type);

  t.step('Annotate and tag (merge semantics; tags are a set)');
  await paybase.customers.annotate(customer.id, { tier: 'gold' });
  customer = await paybase.customers.tag(customer.id, ['beta', 'newsletter']);
  t.value('annotations and tags', { annotations: customer.annotations, tags: customer.tags });

  t.step('List customers (PQL passed through; Paybase documents no paging)');
  const listed = await paybase.customers.list(sandbox ? { query: `annotations.externalId = "${externalId}"` } : { id: [customer.id] }).toArray({ max: 50 });
  t.value('found', listed.map((item) => `${item.id} ${item.type} ${item.stateId}`));

  t.step('Onboard an incorporated business and add its director (business persons)');
  const business = await paybase.customers.incorporatedBusiness.create({
    companyNumber: sandbox ? '09876543' : `DEMO${runId.toUpperCase()}`,
    profile: {
      registeredName: 'Analytical Engines Ltd',
      email: `office+${runId}@engines.example`,
      phoneNumber: '+442079460000',
      taxCountryISO: 'GB',
      registeredAddress: { street: 'Whitehall', townCity: 'London', countryISO: 'GB' },
      tradingAddress: { street: 'Whitehall', townCity: 'London', countryISO: 'GB' },
    },
    terms: { acceptedAt: new Date(), revision: '2.1' },
    roleSlug,
  });
  const director = await paybase.customers.businessPersons.add(business.id, {
    profile: { firstName: 'Charles', lastName: 'Babbage', dob: '1971-12-26', residentialAddress: { countryISO: 'GB' }, roles: ['DIRECTOR'] },
  });
  t.value('business', { id: business.id, type: business.type, director: { id: director.id, roles: director.profile?.roles } });

  t.step('Lifecycle: the platform enables the customer (checked against the lifecycle, then PATCH …/state)');
  let before = customer.stateId;
  customer = await paybase.customers.transition(customer.id, { toStateId: 'ENABLED', fromStateId: before });
  t.status('stateId', before, customer.stateId);
  t.unified(toUnifiedCustomer(customer));

  t.step('Refused before sending: only Paybase locks a customer');
  try {
    await paybase.customers.transition(customer.id, { toStateId: 'LOCKED' });
  } catch (error) {
    t.value('refused', { kind: error.kind, message: error.message });
  }

  if (sandbox) {
    t.step('Provider-side move (mock sandbox control): Paybase locks the customer, then unlocks it');
    before = customer.stateId;
    sandbox.providerTransition(customer.id, 'LOCKED');
    customer = await paybase.customers.retrieve(customer.id);
    t.status('stateId', before, customer.stateId);
    t.value('unified status', toUnifiedCustomer(customer).status);
    t.value('what can happen now', paybaseCustomerLifecycle.allowed(customer.stateId, { by: 'any' }).map((move) => `${move.event} → ${move.to}${move.by === 'provider' ? ' (Paybase)' : ''}`));
    sandbox.providerTransition(customer.id, 'ENABLED');
    t.step('Paybase completes due diligence (touch re-evaluates the customer)');
    before = customer.cddLevel;
    customer = await paybase.customers.touch(customer.id);
    t.status('cddLevel', before, customer.cddLevel);
    t.unified(toUnifiedCustomer(customer));
  }

  t.step('A customer access token (SCA attestations) for the hosted card form — the only credential a browser gets');
  const token = await paybase.customers.createAuthenticationToken(customer.id, {
    attestations: [
      { type: 'knows', knows: 'PASSWORD', capturedAt: new Date() },
      { type: 'has', has: 'PHONE_NUMBER', capturedAt: new Date() },
    ],
  });
  if (!token.success) {
    t.value('more factors needed', token.requirements);
  } else {
    const url = cardFormUrl({ accessToken: token.accessToken, environment });
    t.value('token', { accessToken: mask(token.accessToken), expiresAt: token.expiresAt });
    t.value('card form URL (token masked)', url.replace(encodeURIComponent(token.accessToken), mask(token.accessToken)));
    if (sandbox) {
      t.note('mock only: the customer types a card into the hosted form; the form posts its result to the page');
      const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cardNumber: '4111 1111 1111 1111', expiry: '12/30', cvv: '123' }) });
      t.value('postMessage result', parseCardFormMessage(await answer.json()));
    }
  }

  if (sandbox) {
    t.step('Webhooks: verify the RSA-SHA256 signed deliveries over their raw bodies, deduplicate, answer the handshake');
    const seen = new Set();
    const deliveries = await Promise.all([{ type: 'integration_handshake' }, ...sandbox.webhooks.events].map((event) => sandbox.webhooks.delivery(event)));
    for (const delivery of [...deliveries, deliveries.at(-1)]) {
      const event = await parseWebhook({ rawBody: delivery.rawBody, headers: delivery.headers, publicKey: sandbox.webhooks.publicKey });
      if (isHandshake(event)) {
        t.value(event.type, 'answer 204');
        continue;
      }
      const key = webhookDeduplicationKey(event);
      const duplicate = seen.has(key);
      seen.add(key);
      t.value(event.type, { resource: webhookResource(event)?.id, state: event.data?.stateId, cddLevel: event.data?.cddLevel, duplicate });
    }
    const original = deliveries.at(-1);
    try {
      await parseWebhook({ rawBody: original.rawBody.replace('"ENABLED"', '"TERMINATED"'), headers: original.headers, publicKey: sandbox.webhooks.publicKey });
    } catch (error) {
      t.value('forged copy', { kind: error.kind, message: error.message.slice(0, 90) + '…' });
    }

    t.step('Hostile network: the connection drops after Paybase created a customer');
    sandbox.faults.inject({ kind: 'reset_after_processing' }, { method: 'POST', path: '/v1/customers/individual' });
    const retryId = `demo-${runId}-2`;
    try {
      await paybase.customers.individual.create({ ...person(`${runId}-2`), roleSlug, annotations: { externalId: retryId } });
    } catch (error) {
      t.value('create', { kind: error.kind, attempts: error.attempts, note: 'not repeated: Paybase has no idempotency keys' });
    }
    const recovered = await paybase.customers.list({ query: `annotations.externalId = "${retryId}"` }).toArray();
    t.value('recovered by externalId annotation', { found: recovered.length, id: recovered[0]?.id });
  }
}
