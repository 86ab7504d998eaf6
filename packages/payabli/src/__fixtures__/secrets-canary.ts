// Drives every error path of the client with canary secrets and personal data; used by the canary tests.
import { http, HttpResponse } from 'msw';
import { verifyWebhook } from '../payabli-webhooks.js';
import { ADA, BASE, ENTRY, captureLogger, type PayabliTestContext } from '../test-support.js';

/** Values that must never appear in an error, a log line or a serialized client. */
export const CANARIES = {
  apiKey: 'pk_CANARY_api_token_7a1c9e4f2b',
  clientSecret: 'cs_CANARY_client_secret_5d8e2a',
  customerPsw: 'pw_CANARY_portal_password_31',
  cardNumber: '4242424242424242',
  nationalId: '078-05-1120',
  email: 'canary.person.c4n4ry@example.com',
  webhookSecret: 'whsec_CANARY_shared_9b7d',
};

export interface CanaryRun {
  errors: unknown[];
  logs: string;
  clients: unknown[];
  /** Bearer tokens the mock issued during the run (they are secrets too). */
  bearerTokens: string[];
}

/** A provider that echoes back the credential and everything the request sent, in its error text. */
const echo = (status: number) => ({
  kind: 'custom' as const,
  respond: async (request: Request) => {
    const sent = `${request.headers.get('requesttoken') ?? request.headers.get('authorization') ?? ''} ${request.url} ${await request.text()}`;
    return HttpResponse.json({ isSuccess: false, responseText: `Rejected ${sent}`, responseData: { explanation: `you sent ${sent}`, todoAction: sent } }, { status });
  },
});

/** Runs every failure the SDK can report, with canaries in credentials, bodies, filters and provider echoes. */
export async function driveErrorPaths(payabli: PayabliTestContext): Promise<CanaryRun> {
  const { lines, logger } = captureLogger();
  const errors: unknown[] = [];
  const capture = async (promise: PromiseLike<unknown>) => {
    try {
      await promise;
    } catch (error) {
      errors.push(error);
    }
  };
  const common = { logger, logLevel: 'debug' as const, maxRetries: 1 };
  payabli.mock.sandbox.apiKeys.add(CANARIES.apiKey);
  payabli.mock.sandbox.oauthClients.set('canary-client', CANARIES.clientSecret);
  const client = payabli.client({ apiKey: CANARIES.apiKey, ...common });
  const oauth = payabli.oauthClient({ oauth: { clientId: 'canary-client', clientSecret: CANARIES.clientSecret }, ...common });
  const body = { ...ADA, email: CANARIES.email, customerPsw: CANARIES.customerPsw, additionalFields: { card: CANARIES.cardNumber, ssn: CANARIES.nationalId } };

  // Validation before sending.
  await capture(client.customers.create(ENTRY, { ...body, customerPsw: `${CANARIES.customerPsw}${'x'.repeat(300)}`, email: `${CANARIES.email}@` }));
  await capture(client.customers.update(4440, { customerStatus: -99 }, { currentStatus: 1 }));
  // Successful create, then provider errors echoing everything.
  const created = await client.customers.create(ENTRY, body);
  const update = { email: CANARIES.email, customerPsw: CANARIES.customerPsw, additionalFields: { ssn: CANARIES.nationalId, card: CANARIES.cardNumber } };
  for (const status of [400, 401, 403, 409, 429, 500, 503]) {
    payabli.mock.sandbox.faults.inject(echo(status), { method: 'PUT', times: 2 });
    await capture(client.customers.update(created.customerId, update));
    payabli.mock.sandbox.faults.clear();
  }
  payabli.mock.sandbox.faults.inject(echo(200), { method: 'GET', path: '/Customer/' });
  await capture(client.customers.retrieve(created.customerId));
  payabli.server.use(http.get(`${BASE}/Customer/${created.customerId}`, () => HttpResponse.json({ customerId: CANARIES.cardNumber, Email: CANARIES.email }), { once: true }));
  await capture(client.customers.retrieve(created.customerId));
  // Filters carrying personal data, answered with an echo.
  payabli.mock.sandbox.faults.inject(echo(400), { path: '/Query/' });
  await capture(client.customers.list(ENTRY, { filters: { email: { eq: CANARIES.email }, 'additional-ssn': { eq: CANARIES.nationalId } }, rawFilters: { 'additional-card(eq)': CANARIES.cardNumber } }).toArray());
  // Transport failures and the idempotency conflict.
  payabli.mock.sandbox.faults.inject({ kind: 'reset_after_processing' }, { method: 'POST', path: '/Customer/single/' });
  await capture(client.customers.create(ENTRY, { ...body, email: `second.${CANARIES.email}` }));
  payabli.mock.sandbox.faults.inject({ kind: 'network_error' }, { times: 5 });
  await capture(client.customers.create(ENTRY, body, { maxRetries: 0 }));
  payabli.mock.sandbox.faults.clear();
  payabli.mock.sandbox.faults.inject({ kind: 'timeout' }, { method: 'GET', times: 2 });
  await capture(client.customers.retrieve(created.customerId, { timeout: 20 }));
  payabli.mock.sandbox.faults.clear();
  await capture(client.customers.linkTransaction(created.customerId, ''));
  // OAuth: a secret echoed by the token endpoint, then a bearer token echoed by the API.
  payabli.mock.sandbox.faults.inject({ kind: 'custom', respond: () => HttpResponse.json({ errorType: 'InvalidCredentials', errorMessage: `bad secret ${CANARIES.clientSecret}` }, { status: 400 }) }, { path: '/Token/' });
  await capture(oauth.customers.retrieve(created.customerId));
  await oauth.customers.list(ENTRY).toArray();
  const bearerTokens = (await payabli.server.calls()).map((call) => call.headers.authorization?.replace('Bearer ', '')).filter((token): token is string => Boolean(token));
  payabli.mock.sandbox.faults.inject(echo(401), { path: '/Query/', times: 3 });
  await capture(oauth.customers.list(ENTRY).toArray());
  payabli.mock.sandbox.faults.inject({ kind: 'server_error', status: 503 }, { path: '/Token/', times: 5 });
  payabli.mock.sandbox.expireTokens();
  await capture(oauth.customers.retrieve(created.customerId));
  // Webhooks.
  const delivery = payabli.mock.sandbox.webhookDelivery({ Event: 'PayOutPaid', TransId: '1' }, { secret: `${CANARIES.webhookSecret}-forged` });
  await capture(verifyWebhook({ ...delivery, secret: CANARIES.webhookSecret }));
  await capture(verifyWebhook({ body: '{', headers: { authorization: CANARIES.webhookSecret }, secret: CANARIES.webhookSecret }));

  return { errors, logs: JSON.stringify(lines), clients: [client, oauth], bearerTokens };
}

/** Every string a thrown error exposes: message, stack, JSON, each own property and its cause. */
export function errorTexts(error: unknown): string[] {
  const value = error as Record<string, unknown> & Error;
  const texts = [String(value.message), String(value.stack), JSON.stringify(value), String(value)];
  for (const name of Object.getOwnPropertyNames(value)) texts.push(safeJson(value[name]));
  texts.push(safeJson(value.cause));
  return texts;
}

function safeJson(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
