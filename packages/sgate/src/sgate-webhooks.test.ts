import { useMockServer } from '#mock-server';
import { parseRsaKey } from '@clientele/core';
import { sgateFixtures, SGATE_TEST_KEYS, type SgateCallbackDelivery } from '@clientele/sgate/testing';
import { describe, expect, it, vi } from 'vitest';
import type { RsaEngine } from './rsa/rsa-engine.js';
import { pureRsaEngine } from './rsa/rsa-pkcs1.js';
import { createSgateWithEngine } from './sgate-client.js';
import { encryptText } from './sgate-field-crypto.js';
import { signedHeaders } from './sgate-signer.js';
import { sandboxClient } from './test-support.js';

const server = useMockServer();

/** A customer taken through create → ID photo → review, collecting the sandbox's callbacks. */
async function deliveries(): Promise<{ sgate: ReturnType<typeof sandboxClient>['sgate']; callbacks: SgateCallbackDelivery[]; apiKey: string }> {
  const { sandbox, sgate } = sandboxClient();
  server.use(...sandbox.handlers);
  const created = await sgate.customers.create(sgateFixtures.bankCustomer('u-hook'));
  await sgate.customers.uploadPhoto({ customid: created.customid, type: 'identitypic', file: sgateFixtures.pngPhoto() });
  await sandbox.settle();
  return { sgate, callbacks: sandbox.callbacks, apiKey: sandbox.clientOptions().apiKey };
}

describe('callbacks (spec §8)', () => {
  it('verifies and decrypts CUSTOM_STATUS_CHANGE; creation itself sends none', async () => {
    const { sgate, callbacks } = await deliveries();
    expect(callbacks.map((delivery) => JSON.parse(delivery.body).data.status)).toEqual([0, 1]);
    const [pending, approved] = callbacks.map((delivery) => sgate.webhooks.verify({ rawBody: delivery.body, headers: delivery.headers, callbackPath: delivery.path }));
    expect(pending).toMatchObject({ event: 'CUSTOM_STATUS_CHANGE', data: { status: 0, identity: '1012345678', cardno: '5123450000000001' } });
    expect(approved!.data).toMatchObject({ status: 1, mercustomid: 'u-hook' });
    expect(approved!.data).not.toHaveProperty('autoapproval');
    // The event name narrows the type of `data`.
    if (approved!.event === 'CUSTOM_STATUS_CHANGE') expect(approved!.data.customid).toMatch(/^[0-9a-f]+$/);
    expect(JSON.parse(callbacks[0]!.body)).not.toHaveProperty('sensitiveFields');
    expect(callbacks[0]!.headers['V-Nonce-Str']).toHaveLength(16);
  });

  it('accepts the raw body as bytes and Node-style lower-case headers', async () => {
    const { sgate, callbacks } = await deliveries();
    const delivery = callbacks[0]!;
    const nodeHeaders = Object.fromEntries(Object.entries(delivery.headers).map(([name, value]) => [name.toLowerCase(), name === 'V-Signature' ? [value] : value]));
    const event = sgate.webhooks.verify({ rawBody: new TextEncoder().encode(delivery.body), headers: nodeHeaders, callbackPath: delivery.path });
    expect(event.event).toBe('CUSTOM_STATUS_CHANGE');
    expect(sgate.webhooks.verify({ rawBody: delivery.body, headers: new Headers(delivery.headers), callbackPath: delivery.path }).event).toBe('CUSTOM_STATUS_CHANGE');
  });

  it('rejects forgeries before decrypting anything: altered body, other signer, other path, other merchant', async () => {
    const { callbacks, apiKey } = await deliveries();
    const decrypt = vi.fn(pureRsaEngine.decrypt);
    const engine: RsaEngine = { ...pureRsaEngine, decrypt };
    const sgate = createSgateWithEngine(engine)({ apiKey, merchantPrivateKey: SGATE_TEST_KEYS.merchantPrivateKey, systemPublicKey: SGATE_TEST_KEYS.systemPublicKey, environment: 'sandbox', dangerouslyAllowBrowser: true });
    const delivery = callbacks[1]!;
    const verify = (changes: Partial<{ rawBody: string; headers: Record<string, string>; callbackPath: string }>) => () =>
      sgate.webhooks.verify({ rawBody: delivery.body, headers: delivery.headers, callbackPath: delivery.path, ...changes });

    const raised = delivery.body.replace('"status":1', '"status":3');
    expect(verify({ rawBody: raised })).toThrow(expect.objectContaining({ kind: 'signature' }));
    const merchantKey = parseRsaKey(SGATE_TEST_KEYS.merchantPrivateKey, { expect: 'private' });
    const selfSigned = signedHeaders(pureRsaEngine, merchantKey, { apiKey, timestamp: Math.floor(Date.now() / 1000), url: delivery.path, method: 'POST', body: raised });
    expect(verify({ rawBody: raised, headers: { ...selfSigned } })).toThrow(/V-Signature does not verify/);
    expect(verify({ callbackPath: '/another/path' })).toThrow(/V-Signature does not verify/);
    expect(verify({ headers: { ...delivery.headers, 'V-Api-Key': 'someone-else' } })).toThrow(/V-Api-Key/);
    expect(verify({ headers: { ...delivery.headers, 'V-Signature': '' } })).toThrow(/missing/);
    expect(verify({ rawBody: JSON.parse(delivery.body) as never })).toThrow(/raw body/);
    expect(verify({ callbackPath: 'sgate/callback' })).toThrow(expect.objectContaining({ kind: 'configuration' }));
    expect(decrypt).not.toHaveBeenCalled();
    expect(verify({})()).toMatchObject({ data: { status: 1 } });
    expect(decrypt).toHaveBeenCalled();
  });

  it('rejects replays outside the tolerance window (default 300 s), and honours a custom window', async () => {
    const { sgate, callbacks } = await deliveries();
    const delivery = callbacks[0]!;
    const sent = Number(delivery.headers['V-Timestamp']) * 1000;
    const input = { rawBody: delivery.body, headers: delivery.headers, callbackPath: delivery.path };
    expect(() => sgate.webhooks.verify({ ...input, now: sent + 301_000 })).toThrow(/more than 300 s/);
    expect(() => sgate.webhooks.verify({ ...input, now: sent - 301_000 })).toThrow(/more than 300 s/);
    expect(sgate.webhooks.verify({ ...input, now: sent + 299_000 }).event).toBe('CUSTOM_STATUS_CHANGE');
    expect(sgate.webhooks.verify({ ...input, now: sent + 3_600_000, toleranceSeconds: Number.POSITIVE_INFINITY }).event).toBe('CUSTOM_STATUS_CHANGE');
  });

  it('duplicated deliveries share a dedupe key; reordered ones are told apart by updated_at and status', async () => {
    const { sgate, callbacks } = await deliveries();
    const events = [callbacks[1]!, callbacks[0]!, callbacks[1]!].map((delivery) => sgate.webhooks.verify({ rawBody: delivery.body, headers: delivery.headers, callbackPath: delivery.path }));
    const keys = events.map((event) => sgate.webhooks.dedupeKey(event));
    expect(keys[0]).toBe(keys[2]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[0]).toMatch(/^CUSTOM_STATUS_CHANGE:[0-9a-f]+:1:\d+$/);
    // Processing each key once handles duplicates; a same-second reorder is settled by reading the customer.
    const seen = new Set(keys);
    expect(seen.size).toBe(2);
  });

  it('decrypts SALARY_STATUS_CHANGE custominfo and passes unknown events through, verified', () => {
    const apiKey = 'salary-test-key';
    const sgate = createSgateWithEngine(pureRsaEngine)({ apiKey, merchantPrivateKey: SGATE_TEST_KEYS.merchantPrivateKey, systemPublicKey: SGATE_TEST_KEYS.systemPublicKey, environment: 'sandbox', dangerouslyAllowBrowser: true });
    const systemKey = parseRsaKey(SGATE_TEST_KEYS.systemPrivateKey, { expect: 'private' });
    const merchantPublic = parseRsaKey(SGATE_TEST_KEYS.merchantPublicKey, { expect: 'public' });
    const deliver = (body: string) => {
      const headers = signedHeaders(pureRsaEngine, systemKey, { apiKey, timestamp: Math.floor(Date.now() / 1000), url: '/hooks/sgate', method: 'POST', body });
      return sgate.webhooks.verify({ rawBody: body, headers: { ...headers }, callbackPath: '/hooks/sgate' });
    };
    const custominfo = { customid: 'c9', status: 1, created_at: 1, updated_at: 1, cardno: encryptText(pureRsaEngine, merchantPublic, '5123450000000001'), stcaccount: '' };
    const salary = deliver(JSON.stringify({ event: 'SALARY_STATUS_CHANGE', data: { ticketid: 't1', payeeuid: 'p1', amount: 18.75, status: 1, confirmtime: 1700000000, custominfo, created_at: 1, updated_at: 2 }, time: 3 }));
    expect(salary).toMatchObject({ event: 'SALARY_STATUS_CHANGE', data: { ticketid: 't1', status: 1, custominfo: { cardno: '5123450000000001', stcaccount: '' } } });
    expect(sgate.webhooks.dedupeKey(salary)).toBe('SALARY_STATUS_CHANGE:t1:1:2');
    const unknown = deliver(JSON.stringify({ event: 'RECEIVING_TRANS_NOTIFICATION', data: { uuid: 'u1' }, time: 4 }));
    expect(unknown).toEqual({ event: 'UNKNOWN', name: 'RECEIVING_TRANS_NOTIFICATION', data: { uuid: 'u1' }, time: 4 });
  });
});
