import { useMockServer } from '#mock-server';
import { parseRsaKey } from '@clientele/core';
import { createSgateSandbox, OTP_TEST_CODE, SGATE_TEST_KEYS, sgateFixtures, testAccountResult } from '@clientele/sgate/testing';
import { describe, expect, it } from 'vitest';
import { pureRsaEngine } from '../rsa/rsa-pkcs1.js';
import { encryptText } from '../sgate-field-crypto.js';
import { signedHeaders } from '../sgate-signer.js';
import { inBrowser, sandboxClient } from '../test-support.js';

const server = useMockServer();
const merchantKey = parseRsaKey(SGATE_TEST_KEYS.merchantPrivateKey, { expect: 'private' });
const systemPublic = parseRsaKey(SGATE_TEST_KEYS.systemPublicKey, { expect: 'public' });

/** A hand-made request to the sandbox, signed unless told otherwise. */
async function raw(sandbox: ReturnType<typeof createSgateSandbox>, path: string, options: { body?: string; headers?: Record<string, string>; timestamp?: number; signWith?: typeof merchantKey; omit?: string[] } = {}) {
  const apiKey = sandbox.clientOptions().apiKey;
  const url = `/openApi/v1${path}`;
  const method = options.body === undefined ? 'GET' : 'POST';
  const headers: Record<string, string> = {
    'user-agent': 'raw-test',
    'content-type': 'application/json',
    ...signedHeaders(pureRsaEngine, options.signWith ?? merchantKey, { apiKey, timestamp: options.timestamp ?? Math.floor(Date.now() / 1000), url, method, body: options.body ?? '' }),
    ...options.headers,
  };
  for (const name of options.omit ?? []) delete headers[name];
  const response = await fetch(`http://vbank.test.sgate.sa${url}`, { method, headers, body: options.body });
  return { status: response.status, signature: response.headers.get('v-signature'), body: (await response.json()) as { code: number; message: string; data: unknown } };
}

describe('sandbox authentication (spec §2, §7.4 order)', () => {
  it('accepts a correctly signed request and signs its answer', async () => {
    const sandbox = createSgateSandbox();
    server.use(...sandbox.handlers);
    const answer = await raw(sandbox, '/payee/custom/list');
    expect(answer).toMatchObject({ status: 200, body: { code: 200, data: [] } });
    expect(answer.signature).toHaveLength(344);
  });

  it('answers 1200/1201 unsigned, 1208, 1210, 1204, 1213 and 1209 (nonce reuse) signed', async () => {
    const sandbox = createSgateSandbox();
    server.use(...sandbox.handlers);
    expect(await raw(sandbox, '/payee/custom/list', { omit: ['V-Api-Key'] })).toMatchObject({ body: { code: 1200 }, signature: '' });
    expect(await raw(sandbox, '/payee/custom/list', { headers: { 'V-Api-Key': 'wrong' } })).toMatchObject({ body: { code: 1201 }, signature: '' });
    expect((await raw(sandbox, '/payee/custom/list', { omit: ['V-Nonce-Str'] })).body.code).toBe(1208);
    expect((await raw(sandbox, '/payee/custom/list', { headers: { 'V-Api-Version': '2' } })).body.code).toBe(1210);
    expect((await raw(sandbox, '/payee/custom/list', { timestamp: Math.floor(Date.now() / 1000) - 301 })).body.code).toBe(1204);
    expect((await raw(sandbox, '/payee/custom/list', { signWith: parseRsaKey(SGATE_TEST_KEYS.systemPrivateKey, { expect: 'private' }) })).body.code).toBe(1213);
    const replayed = signedHeaders(pureRsaEngine, merchantKey, { apiKey: sandbox.clientOptions().apiKey, timestamp: Math.floor(Date.now() / 1000), url: '/openApi/v1/payee/custom/list', method: 'GET', body: '' });
    expect((await raw(sandbox, '/payee/custom/list', { headers: { ...replayed } })).body.code).toBe(200);
    const second = await raw(sandbox, '/payee/custom/list', { headers: { ...replayed } });
    expect(second.body.code).toBe(1209);
    expect(second.signature).toHaveLength(344);
  });

  it.skipIf(inBrowser)('answers 1211 without a User-Agent (browsers always send one)', async () => {
    const sandbox = createSgateSandbox();
    server.use(...sandbox.handlers);
    const headers = signedHeaders(pureRsaEngine, merchantKey, { apiKey: sandbox.clientOptions().apiKey, timestamp: Math.floor(Date.now() / 1000), url: '/openApi/v1/payee/custom/list', method: 'GET', body: '' });
    const response = await fetch('http://vbank.test.sgate.sa/openApi/v1/payee/custom/list', { headers: { ...headers, 'user-agent': '' } });
    expect(((await response.json()) as { code: number }).code).toBe(1211);
  });
});

describe('sandbox business rules', () => {
  it('validates like SGATE: 1102, 1103, 1203, 1303, 1304, 1306, 1307, 1302', async () => {
    const sandbox = createSgateSandbox();
    server.use(...sandbox.handlers);
    const encrypt = (value: string) => encryptText(pureRsaEngine, systemPublic, value);
    const base = { name_e: 'a', name_a: 'b', mercustomid: 'm1', identity: encrypt('1') };
    const code = async (body: Record<string, unknown>) => (await raw(sandbox, '/payee/custom/create', { body: JSON.stringify(body) })).body.code;
    expect(await code({ ...base, identity: undefined, stcaccount: encrypt('512345678') })).toBe(1102);
    expect(await code({ ...base, name_e: 'x'.repeat(65), stcaccount: encrypt('512345678') })).toBe(1103);
    expect(await code({ ...base, stcaccount: 'A'.repeat(344) })).toBe(1203);
    expect(await code(base)).toBe(1303);
    expect(await code({ ...base, bankcode: '1174c', cardno: encrypt('12'), ibanaccount: 'SA01' })).toBe(1304);
    expect(await code({ ...base, bankcode: 'zzzzz', cardno: encrypt('1234567890123'), ibanaccount: 'SA01' })).toBe(1306);
    expect(await code({ ...base, stcaccount: encrypt('0412345678') })).toBe(1307);
    expect(await code({ ...base, stcaccount: encrypt('512345678') })).toBe(200);
    expect(await code({ ...base, stcaccount: encrypt('512345678') })).toBe(1302);
    expect((await raw(sandbox, '/payee/custom/create', { body: '{not json' })).body.code).toBe(1103);
  });

  it('applies the sandbox test accounts on review: bank and STCPay, both IBAN variants, reject wins', () => {
    const none = { cardno: '', ibanaccount: '', stcaccount: '' };
    expect(testAccountResult({ ...none, cardno: '5123450000000001' })?.customer).toBe('normal');
    expect(testAccountResult({ ...none, ibanaccount: 'sa000000000000000000006' })?.customer).toBe('reject');
    expect(testAccountResult({ ...none, stcaccount: '+966500000004' })).toEqual({ customer: 'reject', payment: 'error' });
    expect(testAccountResult({ ...none, stcaccount: '0510000001' })).toEqual({ customer: 'normal', payment: 'transferred' });
    expect(testAccountResult({ cardno: '5123450000000001', ibanaccount: '', stcaccount: '500000005' })?.customer).toBe('reject');
    expect(testAccountResult({ ...none, cardno: '6012345678901234' })).toBeUndefined();
  });

  it('reviews a test-account customer when it enters pending, after reviewDelayMs or on settle()', async () => {
    const { sandbox, sgate } = sandboxClient({ reviewDelayMs: 0 });
    server.use(...sandbox.handlers);
    const rejected = await sgate.customers.create(sgateFixtures.rejectedBankCustomer());
    const plain = await sgate.customers.create(sgateFixtures.plainCustomer());
    for (const customer of [rejected, plain]) await sgate.customers.uploadPhoto({ customid: customer.customid, type: 'identitypic', file: sgateFixtures.pngPhoto() });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sandbox.settle();
    expect(sandbox.customers.get(rejected.customid)!.status).toBe(2);
    expect(sandbox.customers.get(plain.customid)!.status).toBe(0);
  });

  it('uses the fixed OTP of test numbers and refuses a wrong file MD5 (1501)', async () => {
    const { sandbox, sgate } = sandboxClient();
    server.use(...sandbox.handlers);
    const customer = await sgate.customers.create(sgateFixtures.stcCustomer());
    expect(sandbox.otpCode('+966512345678')).toBe(OTP_TEST_CODE);
    await sgate.customers.submitStcOtp({ customid: customer.customid, code: OTP_TEST_CODE });
    expect(sandbox.customers.get(customer.customid)!.stcVerified).toBe(true);
    const form = new FormData();
    form.append('customid', customer.customid);
    form.append('type', 'identitypic');
    form.append('md5', '0'.repeat(32));
    form.append('file', new Blob([sgateFixtures.pngPhoto()]), 'a.png');
    const headers = signedHeaders(pureRsaEngine, merchantKey, { apiKey: sandbox.clientOptions().apiKey, timestamp: Math.floor(Date.now() / 1000), url: '/openApi/v1/payee/custom/file', method: 'POST', body: '' });
    const response = await fetch('http://vbank.test.sgate.sa/openApi/v1/payee/custom/file', { method: 'POST', headers: { ...headers, 'user-agent': 'raw' }, body: form });
    expect(((await response.json()) as { code: number }).code).toBe(1501);
  });

  it('reset() forgets everything', async () => {
    const { sandbox, sgate } = sandboxClient();
    server.use(...sandbox.handlers);
    await sgate.customers.create(sgateFixtures.stcCustomer());
    sandbox.faults.inject({ kind: 'network_error' });
    sandbox.clock.offsetSeconds = 10;
    sandbox.reset();
    expect([sandbox.customers.size, sandbox.callbacks.length, sandbox.faults.pending, sandbox.clock.offsetSeconds, sandbox.otpCode('512345678')]).toEqual([0, 0, 0, 0, undefined]);
  });
});
