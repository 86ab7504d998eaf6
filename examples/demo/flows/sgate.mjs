// SGATE: a payee's journey through the SDK — create (identity and bank account encrypted with the system
// public key, the request signed with MD5withRSA), update, ID photo upload, retrieve, list, a provider-side
// review (the sandbox test account's automatic result; mock only), a signed callback verified and decrypted
// (mock only), a create that survives a dropped connection without a duplicate (mock only), and the
// lifecycle guard.
//
// Mock mode needs nothing. Live mode (`pnpm demo sgate --live`) reads:
//   CLIENTELE_SGATE_API_KEY               the merchant API KEY SGATE assigned (V-Api-Key)
//   CLIENTELE_SGATE_MERCHANT_PRIVATE_KEY  your merchant private key: PEM (PKCS#8 or PKCS#1) or bare base64 DER
//   CLIENTELE_SGATE_SYSTEM_PUBLIC_KEY     the system public key SGATE issued: bare base64 DER or PEM
//   CLIENTELE_SGATE_BASE_URL              optional, default http://vbank.test.sgate.sa (https://vbank.sgate.sa with --production)
import { createSgate, sgateCustomerLifecycle, sgateCustomerState, toUnifiedCustomer } from '@clientele/sgate';

const REQUIRED_ENV = ['CLIENTELE_SGATE_API_KEY', 'CLIENTELE_SGATE_MERCHANT_PRIVATE_KEY', 'CLIENTELE_SGATE_SYSTEM_PUBLIC_KEY'];

/** SGATE's sandbox bank test account 1 (Riyad Bank): its review passes automatically (spec §7.1). */
const payee = (mercustomid) => ({
  name_e: 'Sara Al-Qahtani',
  name_a: 'سارة القحطاني',
  mercustomid,
  identity: '1012345678',
  bankcode: '1174c',
  cardno: '5123450000000001',
  ibanaccount: 'SA0000000000000000000001',
});

/** A 1×1 PNG: the ID photo. */
const PNG = Uint8Array.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000'.concat('1f15c4890000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082').match(/../g),
  (pair) => Number.parseInt(pair, 16),
);

const mask = (value) => (value ? `${value.slice(0, 4)}…${value.slice(-2)} (${value.length} characters, decrypted)` : '""');

/** What is printed after each call: ids and states, personal data masked. */
const summary = (customer) => ({
  customid: customer.customid,
  mercustomid: customer.mercustomid,
  status: `${customer.status} (${sgateCustomerState(customer.status)})`,
  demand_perfection: customer.demand_perfection,
  bankname: customer.bankname,
  identity: mask(customer.identity),
  cardno: mask(customer.cardno),
  identitypic: customer.identitypic ? 'set (URL decrypted)' : '""',
});

async function setUp(demo) {
  const logging = { logger: demo.logger, logLevel: 'debug' };
  if (demo.live) {
    const missing = REQUIRED_ENV.filter((name) => !demo.env[name]);
    if (missing.length > 0) throw new Error(`SGATE live mode needs ${missing.join(', ')} (see docs/providers/sgate.md).`);
    const client = createSgate({
      apiKey: demo.env.CLIENTELE_SGATE_API_KEY,
      merchantPrivateKey: demo.env.CLIENTELE_SGATE_MERCHANT_PRIVATE_KEY,
      systemPublicKey: demo.env.CLIENTELE_SGATE_SYSTEM_PUBLIC_KEY,
      environment: demo.production ? 'production' : 'sandbox',
      baseUrl: demo.env.CLIENTELE_SGATE_BASE_URL || undefined,
      ...logging,
    });
    return { client, sandbox: undefined };
  }
  const { createSgateSandbox } = await import('@clientele/sgate/testing');
  const sandbox = createSgateSandbox({ reviewDelayMs: 'manual' });
  demo.server.use(...sandbox.handlers);
  return { client: createSgate(sandbox.clientOptions(logging)), sandbox };
}

export default async function run(demo) {
  const { transcript: t } = demo;
  const { client: sgate, sandbox } = await setUp(demo);
  t.note(`client: ${JSON.stringify(sgate)} — the API key and the private key are not part of it.`);

  t.step('Create a payee (identity and cardno RSA-encrypted for SGATE, request signed with MD5withRSA)');
  const mercustomid = `demo-${Date.now()}`;
  let customer = await sgate.customers.create(payee(mercustomid));
  t.value('customer', summary(customer));
  t.status('status', '—', `${customer.status} ${sgateCustomerState(customer.status)}`);
  t.unified(toUnifiedCustomer(customer));

  t.step('Refused before sending: a 12-digit bank account number');
  try {
    await sgate.customers.update({ mercustomid, cardno: '512345000000' });
  } catch (error) {
    t.value('error', { kind: error.kind, issues: error.issues });
  }

  t.step('Update the English name (an incomplete payee stays incomplete: SGATE diagram, Chinese docs)');
  let before = customer.status;
  customer = await sgate.customers.update({ customid: customer.customid, name_e: 'Sara A. Al-Qahtani' });
  t.status('status', `${before} ${sgateCustomerState(before)}`, `${customer.status} ${sgateCustomerState(customer.status)}`);

  t.step('Upload the ID photo (multipart with its MD5): the profile is complete and goes to review');
  before = customer.status;
  customer = await sgate.customers.uploadPhoto({ customid: customer.customid, type: 'identitypic', file: PNG });
  t.status('status', `${before} ${sgateCustomerState(before)}`, `${customer.status} ${sgateCustomerState(customer.status)}`);
  t.value('customer', summary(customer));

  if (sandbox) {
    t.step('Provider-side move: SGATE reviews the payee (sandbox test account → approved)');
    before = customer.status;
    await sandbox.settle();
  } else {
    t.step('Provider-side review happens at SGATE; reading the payee again');
  }
  customer = await sgate.customers.retrieve({ mercustomid });
  t.status('status', `${before} ${sgateCustomerState(before)}`, `${customer.status} ${sgateCustomerState(customer.status)}`);
  t.unified(toUnifiedCustomer(customer));

  t.step('List payees filtered by mercustomid (auto-paginating, no totals from SGATE)');
  const listed = await sgate.customers.list({ mercustomids: [mercustomid], pagesize: 10 }).toArray({ max: 10 });
  t.value('found', listed.map((item) => `${item.customid} ${item.mercustomid} status ${item.status}`));

  if (sandbox) {
    t.step('Callbacks: verify the signed CUSTOM_STATUS_CHANGE deliveries, then decrypt them');
    for (const delivery of sandbox.callbacks) {
      const event = sgate.webhooks.verify({ rawBody: delivery.body, headers: delivery.headers, callbackPath: delivery.path });
      t.value(event.event, { status: event.data.status, dedupeKey: sgate.webhooks.dedupeKey(event), identity: mask(event.data.identity) });
    }
    const forged = sandbox.callbacks.at(-1);
    try {
      sgate.webhooks.verify({ rawBody: forged.body.replace('"status":1', '"status":3'), headers: forged.headers, callbackPath: forged.path });
    } catch (error) {
      t.value('forged copy', { kind: error.kind, message: error.message });
    }

    t.step('Hostile network: the connection drops after SGATE created a payee');
    sandbox.faults.inject({ kind: 'reset_after_processing' }, { path: '/custom/create' });
    const second = await sgate.customers.create(payee(`${mercustomid}-2`));
    t.note('the SDK retried (mercustomid is the idempotency key), SGATE answered 1302, the SDK read the payee back and compared it');
    t.value('result', { customid: second.customid, payees_with_this_mercustomid: sandbox.customers.all().filter((record) => record.mercustomid === `${mercustomid}-2`).length });
  }

  t.step('Lifecycle guard: what can happen to this payee now');
  const state = sgateCustomerState(customer.status);
  t.value(`from ${state}`, sgateCustomerLifecycle.allowed(state, { by: 'any' }).map((move) => `${move.event} → ${move.to}${move.by === 'provider' ? ' (SGATE)' : ''}`));
  try {
    sgateCustomerLifecycle.assert(state, 'unban');
  } catch (error) {
    t.value('refused', error.message);
  }
}
