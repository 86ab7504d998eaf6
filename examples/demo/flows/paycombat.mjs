// Paycombat: a customer's journey through the SDK — create, check wallet readiness, complete KYC with an
// update (clearing one field), retrieve, list, enable, a provider-side GCA activation (mock only), a signed
// webhook (mock only), then disable and delete, with the lifecycle guard refusing a change afterwards.
//
// Mock mode needs nothing. Live mode (`pnpm demo paycombat --live`) reads:
//   CLIENTELE_PAYCOMBAT_TOKEN          the sandbox API token (X-token, starts with snd_)
//   CLIENTELE_PAYCOMBAT_SIGNATURE_KEY  the signature key (HMAC of every POST/PATCH body)
//   CLIENTELE_PAYCOMBAT_BASE_URL       optional, default https://api.paycombat.com
import { createPaycombat, customerLifecycle, customerState, toUnifiedCustomer, verifyWebhook } from '@clientele/paycombat';

const REQUIRED_ENV = ['CLIENTELE_PAYCOMBAT_TOKEN', 'CLIENTELE_PAYCOMBAT_SIGNATURE_KEY'];

/** The summary printed after each call: never the personal data itself. */
const summary = (customer) => ({
  customer_id: customer.customer_id,
  type: customer.type,
  is_active: customer.is_active,
  is_wallet_ready: customer.is_wallet_ready,
  gca_activation_status: customer.gca_activation_status,
  organization_reference_id: customer.organization_reference_id,
});

async function setUp(demo) {
  const logging = { logger: demo.logger, logLevel: 'debug' };
  if (demo.live) {
    const missing = REQUIRED_ENV.filter((name) => !demo.env[name]);
    if (missing.length > 0) throw new Error(`Paycombat live mode needs ${missing.join(' and ')} (see docs/providers/paycombat.md).`);
    const client = createPaycombat({
      token: demo.env.CLIENTELE_PAYCOMBAT_TOKEN,
      signatureKey: demo.env.CLIENTELE_PAYCOMBAT_SIGNATURE_KEY,
      baseUrl: demo.env.CLIENTELE_PAYCOMBAT_BASE_URL || undefined,
      environment: demo.production ? 'production' : 'sandbox',
      ...logging,
    });
    return { client, sandbox: undefined };
  }
  const { createPaycombatSandbox } = await import('@clientele/paycombat/testing');
  const sandbox = createPaycombatSandbox();
  demo.server.use(...sandbox.handlers);
  const client = createPaycombat({ token: sandbox.token, signatureKey: sandbox.signatureKey, ...logging });
  return { client, sandbox };
}

export default async function run(demo) {
  const { transcript: t } = demo;
  const { client: paycombat, sandbox } = await setUp(demo);
  t.note(`client: ${JSON.stringify(paycombat)} — the token and signature key are not part of it.`);

  t.step('Create an individual with only the required fields (POST, body signed with HMAC-SHA256)');
  const reference = `demo-${Date.now()}`;
  let customer = await paycombat.customers.create({
    type: 'individual',
    description: 'Demo customer (Clientele)',
    organization_reference_id: reference,
    individual: { first_name: 'Budi', last_name: 'Santoso', address_country: 'ID', address_line2: 'Unit 5' },
  });
  t.value('customer', summary(customer));
  t.unified(toUnifiedCustomer(customer));
  const id = customer.customer_id;

  t.step('Ask which fields a wallet still needs');
  const readiness = await paycombat.customers.walletReadiness(id);
  t.value('wallet readiness', readiness);

  t.step('Complete the KYC data with a partial update; "" clears address_line2, omitted fields stay');
  const before = customer.is_wallet_ready;
  customer = await paycombat.customers.update(id, {
    individual: {
      dob: '1990-04-12',
      email: 'budi.santoso@example.com',
      nationality: 'ID',
      identification_type: 'NATIONAL_ID',
      identification_value: '3173000000000001',
      address_line1: 'Jl. Sudirman 1',
      address_line2: '',
      address_city: 'Jakarta',
      phone_country_code: '+62',
      phone_number: '85156781165',
    },
  });
  t.status('is_wallet_ready', before, customer.is_wallet_ready);

  t.step('Retrieve it, and list customers with this reference (auto-paginating)');
  const { data: fresh, response } = await paycombat.customers.retrieve(id).withResponse();
  t.value('retrieved', { ...summary(fresh), requestId: response.requestId, attempts: response.attempts });
  for await (const listed of paycombat.customers.list({ organization_reference_id: reference, pageSize: 20, limit: 5 })) {
    t.value('listed', summary(listed));
  }

  t.step('Enable the customer (a PATCH with nothing to send: the body "{}" is sent and signed)');
  const state = customerState(customer);
  customer = await paycombat.customers.enable(id);
  t.status('lifecycle', state, customerState(customer));
  t.unified(toUnifiedCustomer(customer));

  if (sandbox) {
    t.step('Provider-side move (sandbox control): Paycombat ops activate the Global Currency Account');
    const gcaBefore = customer.gca_activation_status;
    for (const status of ['APPROVAL_PENDING', 'IN_PROGRESS', 'COMPLETED']) sandbox.setGcaStatus(id, status);
    customer = await paycombat.customers.retrieve(id);
    t.status('gca_activation_status', gcaBefore, customer.gca_activation_status);
    t.note('No Paycombat endpoint changes GCA status: the SDK reads it, and polls retrieve() to watch it.');

    t.step('A signed PAYIN webhook arrives: verify it over the raw body, then deduplicate');
    const delivery = await sandbox.webhooks.sign(sandbox.webhooks.payin({ order_reference: `order-${reference}` }));
    const event = await verifyWebhook({ body: delivery.body, headers: delivery.headers, signatureKey: sandbox.signatureKey });
    t.value('event', { name: event.name, id: event.id, verified: event.verified, deduplicationKey: event.deduplicationKey });
    try {
      await verifyWebhook({ body: delivery.body.replace('"amount":150', '"amount":15000'), headers: delivery.headers, signatureKey: sandbox.signatureKey });
    } catch (error) {
      t.value('forged delivery rejected', { kind: error.kind, message: error.message });
    }
  }

  t.step('Disable, then delete (delete is final)');
  customer = await paycombat.customers.disable(id);
  t.status('is_active', true, customer.is_active);
  const deleted = await paycombat.customers.delete(id);
  t.status('lifecycle', customerState(customer), 'deleted');
  t.unified(toUnifiedCustomer(deleted.customer ?? customer, { deleted: true }));

  t.step('The client refuses to enable a customer it deleted, before sending anything');
  try {
    await paycombat.customers.enable(id);
  } catch (error) {
    t.value('refused', { kind: error.kind, message: error.message });
  }
  t.note(`Allowed moves from "deleted": ${customerLifecycle.allowed('deleted').length} (terminal).`);
}
