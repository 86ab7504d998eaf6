// The payee service end to end against the SGATE mock (`@clientele/sgate/testing`): real HTTP into the
// service, the SDK's requests answered by the mock through msw, and the mock's signed callbacks POSTed
// back to the service as SGATE would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@clientele/core';
import { createSgate } from '@clientele/sgate';
import { createSgateSandbox, sgateFixtures, type SgateCallbackDelivery } from '@clientele/sgate/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPayeeService } from './src/payee-service.js';

const deliveries: Promise<Response>[] = [];
let origin = '';

/** SGATE posts each callback to the registered URL; here it reaches the service on its loopback port. */
function deliver(delivery: SgateCallbackDelivery): Promise<Response> {
  const sent = fetch(`${origin}${delivery.path}`, { method: 'POST', headers: delivery.headers, body: delivery.body });
  deliveries.push(sent);
  return sent;
}

const sandbox = createSgateSandbox({ callbackUrl: 'https://merchant.example/sgate/callback', reviewDelayMs: 'manual', onCallback: deliver });
const sgateApi = setupServer(...sandbox.handlers);

const logLines: string[] = [];
const capture = (level: string) => (message: string, fields?: Record<string, unknown>) => logLines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
const logger: Logger = { error: capture('error'), warn: capture('warn'), info: capture('info'), debug: capture('debug') };
const notes: string[] = [];
const sgate = createSgate(sandbox.clientOptions({ logger, logLevel: 'debug', backoff: { initialDelay: 1, maxDelay: 2 } }));
const service = createPayeeService({ sgate, callbackPath: '/sgate/callback', note: (message) => notes.push(message) });
let server: Server;

beforeAll(async () => {
  // Requests to the service itself (loopback) pass through; anything else must be the mocked SGATE.
  sgateApi.listen({ onUnhandledRequest: (request, print) => (new URL(request.url).hostname === '127.0.0.1' ? undefined : print.error()) });
  server = createServer(service.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await Promise.all(deliveries.splice(0));
});
afterAll(async () => {
  sgateApi.close();
  await new Promise((resolve) => server.close(resolve));
});

/** The sandbox's 1×1 PNG, as a request body. */
const idPhoto = (): BodyInit => new Uint8Array(sgateFixtures.pngPhoto());

async function call(method: string, path: string, body?: BodyInit, contentType = 'application/json') {
  const response = await fetch(`${origin}${path}`, { method, body, headers: { 'content-type': contentType } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function settleCallbacks(): Promise<Response[]> {
  await sandbox.settle();
  return Promise.all(deliveries.splice(0));
}

// Generous per-test limits: CI runs the suite on two cores (nothing here asserts on time).
describe('SGATE payee service', { timeout: 15_000 }, () => {
  it('onboards a payee: create, ID photo, review, and the approval arrives as a verified callback', async () => {
    const payee = sgateFixtures.bankCustomer('payee-approved');

    const created = await call('POST', '/payees', JSON.stringify(payee));
    expect(created).toEqual({ status: 201, body: { mercustomid: 'payee-approved', customid: expect.any(String), status: 4 } });

    const uploaded = await call('PUT', '/payees/payee-approved/id-photo', idPhoto(), 'image/png');
    expect(uploaded.body.status).toBe(0);

    // SGATE reviews the test account (spec §7) and calls back; the service verifies and records it.
    const answers = await settleCallbacks();
    expect(answers.map((answer) => answer.status).every((status) => status === 200)).toBe(true);
    expect((await call('GET', '/payees/payee-approved')).body).toMatchObject({ status: 1 });
    expect(sandbox.customers.byMercustomid('payee-approved')?.status).toBe(1);
  });

  it('records a rejection sent by callback', async () => {
    await call('POST', '/payees', JSON.stringify(sgateFixtures.rejectedBankCustomer('payee-rejected')));
    await call('PUT', '/payees/payee-rejected/id-photo', idPhoto(), 'image/png');
    await settleCallbacks();
    expect((await call('GET', '/payees/payee-rejected')).body).toMatchObject({ status: 2 });
  });

  it('refuses forged and altered callbacks with 400 and changes nothing', async () => {
    const created = await call('POST', '/payees', JSON.stringify(sgateFixtures.plainCustomer('payee-forgery')));
    await call('PUT', '/payees/payee-forgery/id-photo', idPhoto(), 'image/png');
    sandbox.admin.reject(String(created.body.customid));
    const genuine = sandbox.callbacks.at(-1);
    await Promise.all(deliveries.splice(0));
    const before = (await call('GET', '/payees/payee-forgery')).body;

    // The same signed headers over a body claiming approval:
    const altered = genuine!.body.replace('"status":2', '"status":1');
    expect(altered).not.toBe(genuine!.body);
    const forged = await fetch(`${origin}/sgate/callback`, { method: 'POST', headers: genuine!.headers, body: altered });
    expect(forged.status).toBe(400);
    // No signature at all:
    const { 'V-Signature': _signature, ...unsigned } = genuine!.headers;
    expect((await fetch(`${origin}/sgate/callback`, { method: 'POST', headers: unsigned, body: genuine!.body })).status).toBe(400);
    // Signed for another callback URL (a path the merchant did not register):
    expect((await fetch(`${origin}/sgate/other-callback`, { method: 'POST', headers: genuine!.headers, body: genuine!.body })).status).toBe(404);

    expect((await call('GET', '/payees/payee-forgery')).body).toEqual(before);
    expect(notes.filter((note) => note.includes('failed verification'))).toHaveLength(2);
  });

  it('processes a redelivered callback once and ignores one older than the state it holds', async () => {
    const created = await call('POST', '/payees', JSON.stringify(sgateFixtures.plainCustomer('payee-replay')));
    const customid = String(created.body.customid);
    await call('PUT', '/payees/payee-replay/id-photo', idPhoto(), 'image/png');
    await Promise.all(deliveries.splice(0));
    const toPending = sandbox.callbacks.at(-1)!;
    sandbox.clock.offsetSeconds += 5; // the approval happens later than the upload
    sandbox.admin.approve(customid);
    await Promise.all(deliveries.splice(0));
    sandbox.clock.offsetSeconds = 0;
    const toNormal = sandbox.callbacks.at(-1)!;
    expect((await call('GET', '/payees/payee-replay')).body).toMatchObject({ status: 1 });

    // SGATE retries the approval (at-least-once) and a stale "pending" arrives late (out of order):
    const redelivered = await (await fetch(`${origin}/sgate/callback`, { method: 'POST', headers: toNormal.headers, body: toNormal.body })).json();
    expect(redelivered).toEqual({ received: true, duplicate: true });
    const stale = await fetch(`${origin}/sgate/callback`, { method: 'POST', headers: toPending.headers, body: toPending.body });
    expect(stale.status).toBe(200);
    expect((await call('GET', '/payees/payee-replay')).body).toMatchObject({ status: 1 });
  });

  it('passes on fields the browser already encrypted, and never answers or logs a sensitive value', async () => {
    const { createSgateEncryptor } = await import('@clientele/sgate/encrypt');
    const encryptor = createSgateEncryptor(String(sandbox.clientOptions().systemPublicKey));
    const payee = sgateFixtures.bankCustomer('payee-encrypted');
    const fromBrowser = { ...payee, identity: encryptor.encrypt(payee.identity!, { field: 'identity' }), cardno: encryptor.encrypt(payee.cardno!, { field: 'cardno' }) };

    const created = await call('POST', '/payees', JSON.stringify(fromBrowser));
    expect(created.status).toBe(201);
    expect(sandbox.customers.byMercustomid('payee-encrypted')).toMatchObject({ identity: payee.identity, cardno: payee.cardno });

    const everything = JSON.stringify([created, logLines, notes]);
    for (const secret of [payee.identity!, payee.cardno!, String(sandbox.clientOptions().apiKey)]) expect(everything).not.toContain(secret);
  });

  it('answers 422 with the SDK’s message (naming the field, not its value) for invalid input', async () => {
    const invalid = { ...sgateFixtures.bankCustomer('payee-invalid'), cardno: '12' };
    const answer = await call('POST', '/payees', JSON.stringify(invalid));
    expect(answer.status).toBe(422);
    expect(answer.body.message).toContain('cardno');
    expect(sandbox.customers.byMercustomid('payee-invalid')).toBeUndefined();
  });
});
