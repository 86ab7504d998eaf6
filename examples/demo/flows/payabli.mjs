// Payabli: a customer's journey through the SDK — OAuth token, create (idempotency key generated and reused on
// retries), a replayed key answered with a clear conflict, a partial update, activation checked against the
// lifecycle, retrieve, filtered auto-paginated lists (paypoint and organization), a provider-side lock and the
// unlock (mock only), a transaction link and a consent request (mock only), a webhook checked with the shared
// secret and deduplicated (mock only), then delete, with the lifecycle refusing a change afterwards.
//
// Mock mode needs nothing. Live mode (`pnpm demo payabli --live`) reads:
//   CLIENTELE_PAYABLI_API_TOKEN       a private Organization API token (sent as requestToken), or instead
//   CLIENTELE_PAYABLI_CLIENT_ID       OAuth client credentials (the client fetches and refreshes the token)
//   CLIENTELE_PAYABLI_CLIENT_SECRET
//   CLIENTELE_PAYABLI_ENTRY           the paypoint entrypoint the demo customer is created in
//   CLIENTELE_PAYABLI_ORG_ID          optional: an organization id to list customers across paypoints
//   CLIENTELE_PAYABLI_BASE_URL        optional: overrides https://api-sandbox.payabli.com/api
import { createPayabli, customerState, payabliCustomerLifecycle, toUnifiedCustomer, verifyWebhook } from '@clientele/payabli';

/** What is printed after each call: ids and statuses, never the personal data itself. */
const summary = (customer) => ({
  customerId: customer.customerId,
  customerNumber: customer.customerNumber,
  customerStatus: customer.customerStatus,
  state: customerState(customer.customerStatus),
  PaypointEntryname: customer.PaypointEntryname,
});

function liveClient(demo, logging) {
  const { env } = demo;
  const hasToken = Boolean(env.CLIENTELE_PAYABLI_API_TOKEN);
  const hasOAuth = Boolean(env.CLIENTELE_PAYABLI_CLIENT_ID && env.CLIENTELE_PAYABLI_CLIENT_SECRET);
  const missing = [];
  if (!hasToken && !hasOAuth) missing.push('CLIENTELE_PAYABLI_API_TOKEN (or CLIENTELE_PAYABLI_CLIENT_ID and CLIENTELE_PAYABLI_CLIENT_SECRET)');
  if (!env.CLIENTELE_PAYABLI_ENTRY) missing.push('CLIENTELE_PAYABLI_ENTRY');
  if (missing.length > 0) throw new Error(`Payabli live mode needs ${missing.join(' and ')} (see docs/providers/payabli.md).`);
  const credentials = hasToken
    ? { apiKey: env.CLIENTELE_PAYABLI_API_TOKEN }
    : { oauth: { clientId: env.CLIENTELE_PAYABLI_CLIENT_ID, clientSecret: env.CLIENTELE_PAYABLI_CLIENT_SECRET } };
  const client = createPayabli({ ...credentials, environment: demo.production ? 'production' : 'sandbox', baseUrl: env.CLIENTELE_PAYABLI_BASE_URL || undefined, ...logging });
  return { client, entry: env.CLIENTELE_PAYABLI_ENTRY, orgId: env.CLIENTELE_PAYABLI_ORG_ID ? Number(env.CLIENTELE_PAYABLI_ORG_ID) : undefined, sandbox: undefined };
}

async function setUp(demo) {
  const logging = { logger: demo.logger, logLevel: 'debug' };
  if (demo.live) return liveClient(demo, logging);
  const { createPayabliMock, PAYABLI_MOCK_CREDENTIALS, DEFAULT_MOCK_PAYPOINTS } = await import('@clientele/payabli/testing');
  const mock = createPayabliMock();
  demo.server.use(...mock.handlers);
  const client = createPayabli({
    oauth: { clientId: PAYABLI_MOCK_CREDENTIALS.clientId, clientSecret: PAYABLI_MOCK_CREDENTIALS.clientSecret },
    environment: 'sandbox',
    ...logging,
  });
  const [paypoint] = DEFAULT_MOCK_PAYPOINTS;
  return { client, entry: paypoint.entry, orgId: paypoint.orgId, sandbox: mock.sandbox };
}

export default async function run(demo) {
  const { transcript: t } = demo;
  const { client: payabli, entry, orgId, sandbox } = await setUp(demo);
  t.note(`client: ${JSON.stringify(payabli)} — credentials (${payabli.auth}) are not part of it.`);

  const reference = `demo-${Date.now()}`;
  const body = {
    customerNumber: reference,
    firstname: 'Ada',
    lastname: 'Lovelace',
    email: `${reference}@example.com`,
    country: 'US',
    zip: '37615',
    identifierFields: ['email'],
  };

  t.step('Create a customer (OAuth token fetched first; an idempotency key is generated and reused on any retry)');
  const idempotencyKey = crypto.randomUUID();
  let customer = await payabli.customers.create(entry, body, { idempotencyKey });
  const id = customer.customerId;
  t.value('created', summary(customer));
  t.unified(toUnifiedCustomer(customer));

  t.step('The same idempotency key again: Payabli answers 409, and the SDK says what that means');
  try {
    await payabli.customers.create(entry, body, { idempotencyKey });
  } catch (error) {
    t.value('conflict', { kind: error.kind, status: error.status, possiblyCreated: error.possiblyCreated, message: error.message });
  }

  t.step('Validation before sending: a misspelled field and a bad ZIP never reach Payabli');
  try {
    await payabli.customers.update(id, { firstName: 'Ada', shippingZip: '1234' });
  } catch (error) {
    t.value('refused', { kind: error.kind, issues: error.issues });
  }

  t.step('A partial update: only the fields given are sent');
  const result = await payabli.customers.update(id, { city: 'Johnson City', additionalFields: { tier: 'gold' } });
  t.value('result', result);

  t.step('Activate: the lifecycle is checked against the current status (read first), then the PUT is sent');
  const before = customer.customerStatus;
  await payabli.customers.update(id, { customerStatus: 1 });
  customer = await payabli.customers.retrieve(id);
  t.status('customerStatus', before, customer.customerStatus);

  if (sandbox) {
    for (let index = 0; index < 4; index++) sandbox.seedCustomer(entry, { customerNumber: `${reference}-${index}`, email: `${reference}-${index}@example.com`, customerStatus: index % 2 });
  }

  t.step('List active customers whose number starts with this run’s reference: status(eq)=1&customernumber(ct)=…, two per page');
  for await (const listed of payabli.customers.list(entry, { filters: { status: { eq: 1 }, customernumber: { ct: reference } }, pageSize: 2, limit: 10 })) {
    t.value('listed', summary(listed));
  }
  t.note('The status filter is `status`; `customerStatus(eq)` would be silently ignored by Payabli, so the SDK refuses it:');
  try {
    payabli.customers.list(entry, { filters: { customerStatus: { eq: 1 } } });
  } catch (error) {
    t.value('refused', error.issues);
  }

  if (orgId !== undefined) {
    t.step(`Count this run’s customers across organization ${orgId}`);
    const all = await payabli.customers.listForOrganization(orgId, { filters: { customernumber: { ct: reference } } }).toArray({ max: 100 });
    t.value('customers in the organization', all.length);
  }

  const { data: fresh, response } = await payabli.customers.retrieve(id).withResponse();
  t.value('retrieved', { ...summary(fresh), attempts: response.attempts, requestId: response.requestId });

  if (sandbox) {
    t.step('Provider-side move (sandbox control): Payabli locks the customer after failed portal logins');
    sandbox.lockCustomer(id);
    customer = await payabli.customers.retrieve(id);
    t.status('state', 'active', customerState(customer.customerStatus));
    t.unified(toUnifiedCustomer(customer));
    await payabli.customers.update(id, { customerStatus: 1 }, { currentStatus: customer.customerStatus });
    customer = await payabli.customers.retrieve(id);
    t.status('state (unlock by update)', 'locked', customerState(customer.customerStatus));

    t.step('Link a transaction and request consent (each consent call e-mails the customer, so it is never retried blindly)');
    await payabli.customers.linkTransaction(id, '45-as456777hhhhhhhhhh77777777-324');
    await payabli.customers.requestConsent(id);
    t.value('consent', (await payabli.customers.retrieve(id)).customerConsent);

    t.step('A webhook arrives: Payabli does not sign payloads, so check the shared-secret header, then deduplicate');
    const secret = 'demo-webhook-secret';
    const delivery = sandbox.webhookDelivery({ Event: 'PayOutProcessed', TransId: '45-as456777hhhhhhhhhh77777777-324', CustomerId: String(id), entryPoint: entry }, { secret });
    const seen = new Set();
    for (const attempt of [delivery, delivery]) {
      const verified = await verifyWebhook({ ...attempt, secret });
      t.value(seen.has(verified.deliveryKey) ? 'duplicate skipped' : 'processed', { event: verified.event.Event, deliveryKey: verified.deliveryKey });
      seen.add(verified.deliveryKey);
    }
    try {
      await verifyWebhook({ ...sandbox.webhookDelivery({ Event: 'PayOutProcessed', TransId: 'x' }, { secret: 'guessed' }), secret });
    } catch (error) {
      t.value('forged delivery rejected', { kind: error.kind, message: error.message });
    }
  } else {
    t.note('Live mode skips the sandbox controls, linkTransaction (needs a real transaction) and requestConsent (sends a real e-mail).');
  }

  t.step('Delete (final), then try to reactivate: the lifecycle refuses before sending');
  const lastState = customerState(customer.customerStatus);
  await payabli.customers.delete(id);
  try {
    customer = await payabli.customers.retrieve(id);
    t.status('state', lastState, customerState(customer.customerStatus));
  } catch (error) {
    // Whether Payabli keeps deleted customers readable (status -99) is undocumented (spec §13 #2).
    t.note(`After delete, retrieve answers ${error.kind}: Payabli no longer returns the customer.`);
  }
  try {
    await payabli.customers.update(id, { customerStatus: 1 });
  } catch (error) {
    t.value('refused', { kind: error.kind, message: error.message });
  }
  t.note(`Allowed moves from "deleted": ${payabliCustomerLifecycle.allowed('deleted').length} (terminal).`);
}
