/**
 * The secrets canary (tests only): drives every error path of a client built from canary credentials, with
 * canary personal data, and collects everything that could leak: thrown errors and log lines.
 */
import { http, HttpResponse } from 'msw';
import type { MockServer } from '#mock-server';
import { createPaycombat } from '../index.js';
import { verifyWebhook } from '../paycombat-webhooks.js';
import { captureLogger, fast } from './test-client.js';
import { createPaycombatSandbox } from '../testing.js';

export const CANARIES = {
  token: 'snd_CANARYTOKEN_7f3a9c1e5b2d',
  signatureKey: 'CANARYSIGKEY_b8d2e6f0a4c6',
  nationalId: 'CANARYNID3173000011112222',
  card: '4111111111111111',
  email: 'canary.person@example.com',
  phone: '81234567890',
} as const;

export const canarySandbox = createPaycombatSandbox({ token: CANARIES.token, signatureKey: CANARIES.signatureKey });

const canaryInput = {
  type: 'individual' as const,
  description: 'Canary customer',
  organization_reference_id: 'canary-ref',
  metadata: { card_number: CANARIES.card, note: `card ${CANARIES.card}` },
  individual: {
    first_name: 'Canary',
    last_name: 'Person',
    email: CANARIES.email,
    identification_type: 'NATIONAL_ID',
    identification_value: CANARIES.nationalId,
    phone_country_code: '+62',
    phone_number: CANARIES.phone,
    address_country: 'ID',
  },
};

/** Every error path, each returning what it threw. */
export async function driveErrorPaths(server: MockServer) {
  const { lines, logger } = captureLogger();
  const client = (extra: Record<string, unknown> = {}) =>
    createPaycombat({ token: CANARIES.token, signatureKey: CANARIES.signatureKey, dangerouslyAllowBrowser: true, logger, logLevel: 'debug', ...fast, ...extra });
  const paycombat = client();
  const errors: unknown[] = [];
  const capture = async (run: () => PromiseLike<unknown>) => {
    try {
      await run();
    } catch (error) {
      errors.push(error);
    }
    canarySandbox.faults.clear();
  };
  const { customer_id } = await paycombat.customers.create(canaryInput);
  const faults = canarySandbox.faults;
  await capture(() => paycombat.customers.create({ ...canaryInput, individual: { ...canaryInput.individual, address_country: 'XX' } }));
  await capture(() => client({ signatureKey: `${CANARIES.signatureKey}x` }).customers.create(canaryInput));
  await capture(() => client({ token: `${CANARIES.token}x` }).customers.update(customer_id, { individual: { identification_value: CANARIES.nationalId } }));
  faults.inject({ kind: 'custom', respond: () => HttpResponse.json({ status: false, message: `Invalid token ${CANARIES.token} for key ${CANARIES.signatureKey}` }, { status: 401 }) });
  await capture(() => paycombat.customers.retrieve(customer_id));
  faults.inject({ kind: 'rate_limit', retryAfterMs: 1 }, { times: 5 });
  await capture(() => paycombat.customers.update(customer_id, { metadata: { card_number: CANARIES.card } }));
  faults.inject({ kind: 'server_error', status: 503 }, { times: 5 });
  await capture(() => paycombat.customers.walletReadiness(customer_id));
  faults.inject({ kind: 'network_error' });
  await capture(() => paycombat.customers.create(canaryInput));
  faults.inject({ kind: 'reset_after_processing' });
  await capture(() => paycombat.customers.enable(customer_id));
  faults.inject({ kind: 'truncated_json' });
  await capture(() => paycombat.customers.update(customer_id, { individual: { email: CANARIES.email } }));
  faults.inject({ kind: 'timeout', delayMs: 100 });
  await capture(() => client({ timeout: 20 }).customers.disable(customer_id));
  await new Promise((resolve) => setTimeout(resolve, 150)); // let the stalled mock finish before the next step
  server.use(http.get('https://api.paycombat.com/api/v1/customer/customer/:id', () => HttpResponse.json({ status: true, data: { customer_id: 1, individual: { identification_value: 5 } } })));
  await capture(() => paycombat.customers.retrieve(customer_id));
  await capture(() => paycombat.customers.update(customer_id, { individual: { email: 'not-an-email', identification_value: CANARIES.nationalId } }));
  await capture(() => paycombat.customers.delete(customer_id));
  await capture(() => paycombat.customers.enable(customer_id));
  const delivery = await canarySandbox.webhooks.sign(canarySandbox.webhooks.payin({ customer_personal_number: CANARIES.nationalId }));
  await capture(() => verifyWebhook({ body: delivery.body.replace('150', '151'), headers: delivery.headers, signatureKey: CANARIES.signatureKey }));
  await capture(() => verifyWebhook({ body: JSON.parse(delivery.body) as never, signature: delivery.headers['X-Signature'], signatureKey: CANARIES.signatureKey }));
  await capture(() => verifyWebhook({ body: delivery.body, signatureKey: CANARIES.signatureKey }));
  try {
    createPaycombat({ token: ` ${CANARIES.token}`, signatureKey: CANARIES.signatureKey });
  } catch (error) {
    errors.push(error);
  }
  return { errors, lines, client: paycombat };
}

/** Every canary value found in `text`. */
export function leaks(text: string): string[] {
  return Object.values(CANARIES).filter((canary) => text.includes(canary));
}
