import { useMockServer } from '#mock-server';
import { parseRsaKey } from '@clientele/core';
import { SGATE_TEST_KEYS } from '@clientele/sgate/testing';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { RsaEngine } from './rsa/rsa-engine.js';
import { pureRsaEngine } from './rsa/rsa-pkcs1.js';
import { createSgateWithEngine } from './sgate-client.js';
import { encryptText } from './sgate-field-crypto.js';
import { signedHeaders } from './sgate-signer.js';
import { FAST, rejectionOf } from './test-support.js';

const server = useMockServer();
const HOST = 'http://sgate.adapter.test';
const API_KEY = 'adapter-test-api-key';
const systemPrivateKey = parseRsaKey(SGATE_TEST_KEYS.systemPrivateKey, { expect: 'private' });
const merchantPublicKey = parseRsaKey(SGATE_TEST_KEYS.merchantPublicKey, { expect: 'public' });

/** A client on an engine whose decrypt is a spy, so a test can prove it was (not) called. */
function spiedClient() {
  const decrypt = vi.fn(pureRsaEngine.decrypt);
  const engine: RsaEngine = { ...pureRsaEngine, decrypt };
  const createSgate = createSgateWithEngine(engine);
  const sgate = createSgate({ apiKey: API_KEY, merchantPrivateKey: SGATE_TEST_KEYS.merchantPrivateKey, systemPublicKey: SGATE_TEST_KEYS.systemPublicKey, environment: 'sandbox', baseUrl: HOST, dangerouslyAllowBrowser: true, ...FAST });
  return { sgate, decrypt };
}

const customer = (overrides: Record<string, unknown> = {}) => ({
  customid: 'c1', mercustomid: 'm1', name_e: 'A', name_a: 'B', identity: encryptText(pureRsaEngine, merchantPublicKey, '1012345678'),
  identitypic: '', signpic: '', bankname: '', bankcode: '', cardno: '', ibanaccount: '', stcaccount: encryptText(pureRsaEngine, merchantPublicKey, '512345678'),
  status: 4, statusdesc: '', demand_perfection: ['identitypic'], created_at: 1, updated_at: 1, ...overrides,
});

/** A response as SGATE would sign it, over the request's URL and method, optionally tampered. */
function respond(envelope: Record<string, unknown>, options: { signature?: 'valid' | 'wrong' | 'empty' | 'absent'; status?: number; text?: string } = {}) {
  return http.all(`${HOST}/openApi/v1/*`, ({ request }) => {
    const url = new URL(request.url);
    const text = options.text ?? JSON.stringify({ message: 'Request succeeded.', data: {}, sensitiveFields: {}, requestId: 'ABC123', ...envelope });
    const headers: Record<string, string> = signedHeaders(pureRsaEngine, systemPrivateKey, { apiKey: API_KEY, timestamp: Math.floor(Date.now() / 1000), url: `${url.pathname}${url.search}`, method: request.method, body: text }) as never;
    if (options.signature === 'wrong') headers['V-Signature'] = signedHeaders(pureRsaEngine, systemPrivateKey, { apiKey: API_KEY, timestamp: 1, url: '/', method: 'GET', body: 'other' })['V-Signature'];
    if (options.signature === 'empty') headers['V-Signature'] = '';
    if (options.signature === 'absent') delete headers['V-Signature'];
    return new Response(text, { status: options.status ?? 200, headers: { 'content-type': 'application/json', ...headers } });
  });
}

describe('interpret: verify first, decrypt last', () => {
  it('decrypts the fields sensitiveFields lists, only after the signature verified', async () => {
    const { sgate, decrypt } = spiedClient();
    server.use(respond({ code: 200, data: customer(), sensitiveFields: ['identity', 'identitypic', 'signpic', 'stcaccount', 'cardno'] }));
    const { data, response } = await sgate.customers.retrieve({ customid: 'c1' }).withResponse();
    expect(data).toMatchObject({ identity: '1012345678', stcaccount: '512345678', identitypic: '' });
    expect(decrypt).toHaveBeenCalledTimes(2);
    expect(response.requestId).toBe('ABC123');
  });

  it('a bad signature over a body with encrypted fields: signature error, and the decryptor is never called', async () => {
    const { sgate, decrypt } = spiedClient();
    server.use(respond({ code: 200, data: customer(), sensitiveFields: ['identity', 'stcaccount'] }, { signature: 'wrong' }));
    const error = await rejectionOf(sgate.customers.retrieve({ customid: 'c1' }));
    expect(error).toMatchObject({ kind: 'signature', verified: false, attempts: 1 });
    expect(decrypt).not.toHaveBeenCalled();
  });

  it('a success without a signature (header absent or empty) is a signature error, and nothing is decrypted', async () => {
    for (const signature of ['absent', 'empty'] as const) {
      const { sgate, decrypt } = spiedClient();
      server.use(respond({ code: 200, data: customer(), sensitiveFields: ['identity'] }, { signature }));
      await expect(sgate.customers.retrieve({ customid: 'c1' })).rejects.toMatchObject({ kind: 'signature' });
      expect(decrypt).not.toHaveBeenCalled();
    }
  });

  it('a signature made for another request (replayed response) does not verify', async () => {
    const { sgate } = spiedClient();
    server.use(
      http.all(`${HOST}/openApi/v1/*`, () => {
        const text = JSON.stringify({ code: 200, message: 'ok', data: customer(), sensitiveFields: [], requestId: 'R' });
        const headers = signedHeaders(pureRsaEngine, systemPrivateKey, { apiKey: API_KEY, timestamp: Math.floor(Date.now() / 1000), url: '/openApi/v1/payee/custom/detail?customid=OTHER', method: 'GET', body: text });
        return new Response(text, { headers: { ...headers } });
      }),
    );
    await expect(sgate.customers.retrieve({ customid: 'c1' })).rejects.toMatchObject({ kind: 'signature' });
  });

  it('an unsigned business error is reported unverified and never retried, even for a retryable code', async () => {
    const { sgate } = spiedClient();
    server.use(respond({ code: 1212, message: 'Rate limit triggered' }, { signature: 'empty' }));
    const error = await rejectionOf(sgate.customers.retrieve({ customid: 'c1' }));
    expect(error).toMatchObject({ kind: 'rate_limited', code: 1212, verified: false, attempts: 1, requestId: 'ABC123' });
  });

  it('a verified field that does not decrypt is an invalid_response naming the field, not its value', async () => {
    const { sgate } = spiedClient();
    const garbage = 'A'.repeat(344);
    server.use(respond({ code: 200, data: customer({ cardno: garbage }), sensitiveFields: ['cardno'] }));
    const error = await rejectionOf(sgate.customers.retrieve({ customid: 'c1' }));
    expect(error).toMatchObject({ kind: 'invalid_response', verified: true });
    expect(error.message).toContain('sensitive field cardno');
    expect(error.message).not.toContain(garbage.slice(0, 20));
  });

  it('decrypts list responses element by element, leaving "" alone', async () => {
    const { sgate } = spiedClient();
    server.use(respond({ code: 200, data: [customer(), customer({ customid: 'c2', identity: '' })], sensitiveFields: ['identity', 'stcaccount'] }));
    const all = await sgate.customers.list().toArray();
    expect(all.map((item) => [item.customid, item.identity, item.stcaccount])).toEqual([
      ['c1', '1012345678', '512345678'],
      ['c2', '', '512345678'],
    ]);
  });

  it('maps HTTP 500 with no body to a server error (retried for GET) and a non-envelope 200 to invalid_response', async () => {
    const { sgate } = spiedClient();
    server.use(http.all(`${HOST}/openApi/v1/*`, () => new Response(null, { status: 503 })));
    await expect(sgate.customers.retrieve({ customid: 'c1' })).rejects.toMatchObject({ kind: 'server', status: 503, attempts: 3 });
    server.use(respond({}, { text: '[1,2,3]' }));
    await expect(sgate.customers.retrieve({ customid: 'c1' }, { maxRetries: 0 })).rejects.toMatchObject({ kind: 'invalid_response' });
  });
});
