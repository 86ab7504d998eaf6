// Test helper (not exported): drives every error path of the SGATE client with canary secrets and
// personal data, and collects what a user could ever see: thrown errors, log lines, the client.
import type { RecordedRequest } from '#mock-server';
import { parseRsaKey } from '@clientele/core';
import { createSgate } from '@clientele/sgate';
import { createSgateSandbox, SGATE_TEST_KEYS, type SgateSandbox, sgateFixtures } from '@clientele/sgate/testing';
import { pureRsaEngine } from './rsa/rsa-pkcs1.js';
import { encryptText } from './sgate-field-crypto.js';
import { signedHeaders } from './sgate-signer.js';
import { captureLogger, FAST } from './test-support.js';

/** Values that must never appear in an error, a log line or the client's own output. */
export const CANARIES = {
  apiKey: 'CANARY_APIKEY_7f3a9c1e55d2',
  identity: 'CANARY-NID-1099887766',
  cardno: '4111111111111111',
  stcaccount: '0598765432',
  otp: '493817',
  /** A slice of the merchant private key's base64 body. */
  privateKey: SGATE_TEST_KEYS.merchantPrivateKey.split('\n')[5]!,
  systemPrivateKey: SGATE_TEST_KEYS.systemPrivateKey.split('\n')[7]!,
} as const;

/** Every occurrence of a canary in `text`. */
export function canaryHits(text: string): string[] {
  const needles = [...Object.values(CANARIES), CANARIES.stcaccount.slice(1), CANARIES.cardno.slice(0, 12)];
  return needles.filter((needle) => text.includes(needle));
}

export interface CanaryRun {
  /** The canary customer as SGATE stored it: proves the canaries really went through the SDK. */
  stored: { identity: string; cardno: string; stcaccount: string } | undefined;
  errors: unknown[];
  logLines: string[];
  client: ReturnType<typeof createSgate>;
}

/**
 * Runs the error paths against the sandbox (handlers installed with `use`). Each scenario must throw;
 * one that does not is itself a failure (`unexpected` is pushed as an error).
 */
export async function driveEveryErrorPath(use: (...handlers: SgateSandbox['handlers']) => void, calls: () => Promise<RecordedRequest[]>): Promise<CanaryRun> {
  const sandbox = createSgateSandbox({ apiKey: CANARIES.apiKey, reviewDelayMs: 'manual' });
  use(...sandbox.handlers);
  const { logger, lines } = captureLogger();
  const options = sandbox.clientOptions({ ...FAST, logger, logLevel: 'debug', timeout: 50 });
  const client = createSgate(options);
  const errors: unknown[] = [];
  const attempt = async (run: () => unknown) => {
    try {
      await run();
      errors.push(new Error('unexpected: a canary scenario did not fail'));
    } catch (error) {
      errors.push(error);
    }
  };
  const person = { ...sgateFixtures.plainCustomer('canary-1'), identity: CANARIES.identity, cardno: CANARIES.cardno, stcaccount: CANARIES.stcaccount, autoapproval: 1 as const };

  const created = await client.customers.create(person);
  // Validation, before sending.
  await attempt(() => client.customers.create({ ...person, cardno: `${CANARIES.cardno}9999`, identity: `${CANARIES.identity}${'x'.repeat(64)}` }));
  await attempt(() => client.customers.create({ ...person, stcaccount: `1${CANARIES.stcaccount}` }));
  await attempt(() => client.customers.submitStcOtp({ customid: created.customid, code: `${CANARIES.otp}0` }));
  await attempt(() => client.customers.update({ customid: created.customid, stcaccount: '', cardno: '' }));
  await attempt(() => client.customers.uploadPhoto({ customid: created.customid, type: 'identitypic', file: new TextEncoder().encode(CANARIES.identity) }));
  // Provider codes.
  await attempt(() => client.customers.create({ ...person, identity: `${CANARIES.identity}-other` }));
  await attempt(() => client.customers.submitStcOtp({ customid: created.customid, code: CANARIES.otp }));
  await attempt(() => client.customers.resendStcOtp({ customid: created.customid }));
  await attempt(() => createSgate({ ...options, apiKey: `${CANARIES.apiKey}-wrong` }).customers.retrieve({ customid: created.customid }));
  // Transport failures and forged or damaged responses.
  for (const fault of [{ kind: 'network_error' }, { kind: 'timeout', delayMs: 2_000 }, { kind: 'rate_limit', retryAfterMs: 1 }, { kind: 'bad_signature' }, { kind: 'missing_signature' }, { kind: 'truncated_json' }, { kind: 'malformed_json' }, { kind: 'server_error' }] as const) {
    sandbox.faults.inject(fault, { times: Number.POSITIVE_INFINITY });
    await attempt(() => client.customers.list({ identity: CANARIES.identity, cardno: CANARIES.cardno, stcaccount: CANARIES.stcaccount }).toArray());
    await attempt(() => client.customers.update({ customid: created.customid, identity: CANARIES.identity, cardno: CANARIES.cardno }));
    sandbox.faults.clear();
  }
  // A verified response whose sensitive field does not decrypt.
  sandbox.faults.inject({ kind: 'custom', respond: undecryptableResponse(CANARIES.apiKey) }, { path: '/custom/detail' });
  await attempt(() => client.customers.retrieve({ customid: created.customid }));
  // Forged callbacks.
  const delivery = { body: JSON.stringify({ event: 'CUSTOM_STATUS_CHANGE', data: { identity: CANARIES.identity, cardno: CANARIES.cardno }, time: 1 }), headers: { 'V-Api-Key': CANARIES.apiKey, 'V-Timestamp': String(Math.floor(Date.now() / 1000)), 'V-Nonce-Str': 'n', 'V-Signature': 'A'.repeat(344) } };
  await attempt(() => client.webhooks.verify({ rawBody: delivery.body, headers: delivery.headers, callbackPath: '/cb' }));
  await attempt(() => client.webhooks.verify({ rawBody: delivery.body, headers: { ...delivery.headers, 'V-Api-Key': `${CANARIES.apiKey}x` }, callbackPath: '/cb' }));
  // Configuration.
  await attempt(() => createSgate({ ...options, merchantPrivateKey: SGATE_TEST_KEYS.systemPrivateKey.replace('MII', 'XII') }));
  await attempt(() => createSgate({ ...options, systemPublicKey: SGATE_TEST_KEYS.systemPrivateKey }));
  await attempt(() => createSgate({ ...options, apiKey: ` ${CANARIES.apiKey}` }));
  await calls();
  return { stored: sandbox.customers.get(created.customid), errors, logLines: lines.map((line) => `${line.level} ${line.message} ${JSON.stringify(line.fields)}`), client };
}

/** A correctly signed answer whose `cardno` is encrypted with a key the merchant cannot decrypt. */
function undecryptableResponse(apiKey: string): (request: Request) => Response {
  const systemKey = parseRsaKey(SGATE_TEST_KEYS.systemPrivateKey, { expect: 'private' });
  const wrongKey = parseRsaKey(SGATE_TEST_KEYS.systemPublicKey, { expect: 'public' });
  return (request) => {
    const url = new URL(request.url);
    const text = JSON.stringify({ code: 200, message: 'ok', data: { customid: 'c', status: 1, created_at: 1, updated_at: 1, cardno: encryptText(pureRsaEngine, wrongKey, CANARIES.cardno) }, sensitiveFields: ['cardno'], requestId: 'R' });
    const headers = signedHeaders(pureRsaEngine, systemKey, { apiKey, timestamp: Math.floor(Date.now() / 1000), url: `${url.pathname}${url.search}`, method: 'GET', body: text });
    return new Response(text, { headers: { ...headers } });
  };
}
