import type { MockServer } from '#mock-server';
import { http, HttpResponse } from 'msw';
import { createPaybase } from '../paybase-client.js';
import { parseWebhook } from '../paybase-webhooks.js';
import type { PaybaseSandbox } from '../testing/paybase-sandbox.js';
import { paybaseFixtures } from '../testing/fixtures.js';
import { MOCK_WEBHOOK_PUBLIC_KEY } from '../testing/webhook-test-key.js';
import { captureLogger, fast } from './use-paybase-sandbox.js';

/** Values that must never appear in an error, a log line or the client's own output. */
export const CANARIES = {
  apiKey: 'pb_live_CANARYKEY_7f3a9c11',
  accessToken: 'pbt_CANARYTOKEN_51be0d22',
  cardNumber: '4111111111111111',
  spacedCardNumber: '4111 1111 1111 1111',
  nationalId: 'QQ123456C',
  email: 'canary.person@example.com',
  name: 'Canarynameperson',
  phone: '+447700900999',
} as const;

const API = 'https://api-json.sandbox.paybase.io';

/** Drives every error path of the client with the canary values; returns what was thrown and logged. */
export async function driveErrorPaths(server: MockServer, sandbox: PaybaseSandbox) {
  const { lines, logger } = captureLogger();
  const errors: unknown[] = [];
  const capture = async (promise: PromiseLike<unknown> | (() => unknown)) => {
    try {
      await (typeof promise === 'function' ? promise() : promise);
      errors.push(new Error('expected a failure'));
    } catch (error) {
      errors.push(error);
    }
  };
  const options = { apiKey: CANARIES.apiKey, environment: 'sandbox', dangerouslyAllowBrowser: true, logger, logLevel: 'debug', ...fast } as const;
  const paybase = createPaybase(options);
  sandbox.tokens.set(CANARIES.accessToken, { customerUuid: '00000000-0000-4000-8000-000000000000', expiresAt: Date.now() + 60_000 });
  const fixture = paybaseFixtures.individual();
  const canaryPerson = paybaseFixtures.individual({
    profile: { ...fixture.profile, firstName: CANARIES.name, email: CANARIES.email, phoneNumber: CANARIES.phone, residentialAddress: { countryISO: 'GB', houseNameNumber: CANARIES.nationalId } },
  });
  // Paybase may echo back anything the request carried: its personal values and its credential.
  const echo = `${CANARIES.name} ${CANARIES.email} ${CANARIES.phone} ${CANARIES.nationalId} card ${CANARIES.spacedCardNumber} / ${CANARIES.cardNumber} key ${CANARIES.apiKey}`;
  const tokenEcho = `token ${CANARIES.accessToken} is not allowed here`;

  // Configuration errors.
  await capture(() => createPaybase({ ...options, apiKey: ` ${CANARIES.apiKey}` }));
  await capture(paybase.customers.retrieve('customer/abc', { accessToken: `${CANARIES.accessToken}\n` }));
  // Validation errors with canaries in the bad fields.
  await capture(paybase.customers.individual.create({ ...canaryPerson, profile: { ...canaryPerson.profile, email: `${CANARIES.email}@@`, phoneNumber: CANARIES.cardNumber, dob: CANARIES.nationalId } }));
  // Provider errors that echo everything back.
  for (const status of [400, 401, 403, 404, 409, 422, 500]) {
    server.use(http.post(`${API}/v1/customers/individual`, () => HttpResponse.json({ code: String(status * 10), message: echo }, { status }), { once: true }));
    await capture(paybase.customers.individual.create(canaryPerson));
  }
  server.use(http.get(`${API}/v1/customer/:id`, () => HttpResponse.json({ message: tokenEcho }, { status: 401 }), { once: true }));
  await capture(paybase.customers.retrieve('customer/00000000-0000-4000-8000-000000000000', { accessToken: CANARIES.accessToken }));
  // Real mock failures: duplicate, not found, refused move, rate limit, network, timeout, damaged bodies.
  const created = await paybase.customers.individual.create(canaryPerson);
  await capture(paybase.customers.individual.create(canaryPerson));
  await capture(paybase.customers.individual.retrieve('customer/00000000-0000-4000-8000-00000000ffff'));
  await capture(paybase.customers.transition(created.id, { toStateId: 'TERMINATED' }));
  sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 1 }, { times: 3 });
  await capture(paybase.customers.retrieve(created.id));
  sandbox.faults.inject({ kind: 'network_error' });
  await capture(paybase.customers.individual.update(created.id, { profile: { lastName: CANARIES.name }, terms: fixture.terms }, { maxRetries: 0 }));
  sandbox.faults.inject({ kind: 'timeout', delayMs: 100 }, { times: 3 });
  await capture(paybase.customers.retrieve(created.id, { timeout: 20 }));
  // Unreadable success bodies are retried on a read, so the fault stays for every attempt.
  sandbox.faults.inject({ kind: 'truncated_json' }, { times: 3 });
  await capture(paybase.customers.retrieve(created.id));
  sandbox.faults.inject({ kind: 'custom', respond: () => new Response(`<html>${echo}</html>`, { status: 200 }) }, { times: 3 });
  await capture(paybase.customers.retrieve(created.id));
  sandbox.faults.inject({ kind: 'custom', respond: () => Response.json({ id: 7, stateId: 'PENDING', profile: { email: 12, firstName: CANARIES.name } }) });
  await capture(paybase.customers.retrieve(created.id));
  // Webhooks: a forged delivery and a signed body that is not JSON, both carrying canaries.
  await capture(parseWebhook({ rawBody: JSON.stringify({ type: 'x', card: CANARIES.cardNumber }), signature: 'AAAA', publicKey: MOCK_WEBHOOK_PUBLIC_KEY }));
  const notJson = `{"card":"${CANARIES.cardNumber}" ${CANARIES.nationalId}`;
  await capture(parseWebhook({ rawBody: notJson, signature: await sandbox.webhooks.sign(notJson), publicKey: MOCK_WEBHOOK_PUBLIC_KEY }));
  return { errors, lines, client: paybase };
}

/** Every canary found in `text`. */
export function findCanaries(text: string): string[] {
  return Object.entries(CANARIES)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => name);
}

/** Every string reachable from a value's own properties (enumerable or not), the stack included. */
export function allStrings(value: unknown, seen = new WeakSet<object>()): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || seen.has(value)) return '';
  seen.add(value);
  const parts: string[] = [];
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) parts.push(allStrings(descriptor.value, seen));
  }
  return parts.join('\n');
}
