import { useMockServer } from '#mock-server';
import { parseRsaKey } from '@clientele/core';
import { createSgateEncryptor } from '@clientele/sgate/encrypt';
import { SGATE_TEST_KEYS, sgateFixtures } from '@clientele/sgate/testing';
import { describe, expect, it } from 'vitest';
import { pureRsaEngine } from '../rsa/rsa-pkcs1.js';
import { createSgateWithEngine } from '../sgate-client.js';
import { decryptText } from '../sgate-field-crypto.js';
import { FAST, inBrowser, rejectionOf, requestSignatureVerifies, sandboxClient } from '../test-support.js';

const server = useMockServer();
const systemPrivateKey = parseRsaKey(SGATE_TEST_KEYS.systemPrivateKey, { expect: 'private' });
const decryptForSgate = (value: string) => decryptText(pureRsaEngine, systemPrivateKey, value);

function setup(...args: Parameters<typeof sandboxClient>) {
  const context = sandboxClient(...args);
  server.use(...context.sandbox.handlers);
  return context;
}

describe('customers.create', () => {
  it('sends a signed JSON body with identity, cardno and stcaccount encrypted, and returns them decrypted', async () => {
    const { sandbox, sgate } = setup();
    const input = { ...sgateFixtures.bankCustomer('u-create-1'), stcaccount: '+966500000001' };
    const before = Math.floor(Date.now() / 1000);
    const customer = await sgate.customers.create(input);

    const [call] = await server.calls();
    expect(call!.method).toBe('POST');
    expect(call!.url).toBe('http://vbank.test.sgate.sa/openApi/v1/payee/custom/create');
    expect(call!.headers['content-type']).toBe('application/json');
    expect(call!.headers['v-api-key']).toBe(sandbox.clientOptions().apiKey);
    expect(call!.headers['v-api-version']).toBe('1');
    expect(call!.headers['v-nonce-str']).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(Number(call!.headers['v-timestamp'])).toBeGreaterThanOrEqual(before);
    expect(call!.headers['v-signature']).toMatch(/^[A-Za-z0-9+/]{342}==$/);
    if (!inBrowser) expect(call!.headers['user-agent']).toBe('clientele-sgate/0.1.0');
    expect(requestSignatureVerifies(call!, sandbox.clientOptions().apiKey)).toBe(true);

    // Pure ASCII on the wire; the Arabic name survives as \uXXXX escapes.
    expect(call!.body).toMatch(/^[\x20-\x7e]*$/);
    const body = JSON.parse(call!.body) as Record<string, string>;
    expect(body.name_a).toBe(input.name_a);
    expect(Object.keys(body).sort()).toEqual(['bankcode', 'cardno', 'ibanaccount', 'identity', 'mercustomid', 'name_a', 'name_e', 'stcaccount']);
    for (const field of ['identity', 'cardno', 'stcaccount'] as const) {
      expect(body[field]).toHaveLength(344);
      expect(decryptForSgate(body[field]!)).toBe(input[field]);
    }
    expect(body.ibanaccount).toBe(input.ibanaccount);

    expect(customer).toMatchObject({ mercustomid: 'u-create-1', status: 4, identity: input.identity, cardno: input.cardno, stcaccount: input.stcaccount, bankname: 'Riyad Bank', demand_perfection: ['identitypic'] });
    expect(sandbox.customers.size).toBe(1);
  });

  it('passes a value encrypted beforehand (e.g. in the browser) through unchanged', async () => {
    const { sandbox, sgate } = setup();
    const encryptor = createSgateEncryptor(SGATE_TEST_KEYS.systemPublicKeyBase64);
    const cardno = encryptor.encrypt('5123450000000002', { field: 'cardno' });
    const customer = await sgate.customers.create({ ...sgateFixtures.bankCustomer('u-pre'), cardno, ibanaccount: 'SA0000000000000000000002' });
    const body = JSON.parse((await server.calls())[0]!.body) as Record<string, string>;
    expect(body.cardno).toBe(cardno);
    expect(customer.cardno).toBe('5123450000000002');
    expect(sandbox.customers.byMercustomid('u-pre')!.cardno).toBe('5123450000000002');
  });

  it('refuses a ciphertext made for a key of another size before sending', async () => {
    const { sgate } = setup();
    const tooShort = 'A'.repeat(172);
    const error = await rejectionOf(sgate.customers.create({ ...sgateFixtures.bankCustomer(), identity: tooShort }));
    expect(error).toMatchObject({ kind: 'validation' });
    expect(error.message).toContain('identity');
    expect(await server.calls()).toHaveLength(0);
  });

  it('validates every field before sending and lists all problems at once', async () => {
    const { sgate } = setup();
    const error = await rejectionOf(
      sgate.customers.create({ name_e: 'x'.repeat(65), name_a: '', mercustomid: 'u', identity: '1', bankcode: '1174c', cardno: '123', stcaccount: '0412345678' } as never),
    );
    expect(error.kind).toBe('validation');
    const paths = (error.issues as { path: string }[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(['cardno', 'ibanaccount', 'name_a', 'name_e', 'stcaccount']);
    expect(await server.calls()).toHaveLength(0);
  });

  it('is idempotent on mercustomid: the same customer again returns the existing one, different data is a conflict', async () => {
    const { sandbox, sgate } = setup();
    const first = await sgate.customers.create(sgateFixtures.bankCustomer('u-dup'));
    const again = await sgate.customers.create({ ...sgateFixtures.bankCustomer('u-dup'), ibanaccount: 'sa0000000000000000000001' });
    expect(again.customid).toBe(first.customid);
    expect(sandbox.customers.size).toBe(1);

    const error = await rejectionOf(sgate.customers.create({ ...sgateFixtures.bankCustomer('u-dup'), name_e: 'Someone Else' }));
    expect(error).toMatchObject({ kind: 'conflict', code: 1302, verified: true });
    expect(sandbox.customers.size).toBe(1);
  });
});

describe('customers.retrieve and update', () => {
  it('retrieves by customid or mercustomid, signing the query string', async () => {
    const { sandbox, sgate } = setup();
    const created = await sgate.customers.create(sgateFixtures.stcCustomer('u/ret 1'));
    const byId = await sgate.customers.retrieve({ customid: created.customid, mercustomid: 'ignored' });
    const byMerchantId = await sgate.customers.retrieve({ mercustomid: 'u/ret 1' });
    expect(byId).toEqual(created);
    expect(byMerchantId.customid).toBe(created.customid);
    const calls = await server.calls();
    expect(calls[1]!.url).toBe(`http://vbank.test.sgate.sa/openApi/v1/payee/custom/detail?customid=${created.customid}`);
    expect(calls[2]!.url).toBe('http://vbank.test.sgate.sa/openApi/v1/payee/custom/detail?mercustomid=u%2Fret%201');
    expect(calls.every((call) => requestSignatureVerifies(call, sandbox.clientOptions().apiKey))).toBe(true);
  });

  it('reports an unknown customer as not_found (1101)', async () => {
    const { sgate } = setup();
    await expect(sgate.customers.retrieve({ customid: 'fffff' })).rejects.toMatchObject({ kind: 'not_found', code: 1101, attempts: 1 });
  });

  it('needs customid or mercustomid', async () => {
    const { sgate } = setup();
    await expect(sgate.customers.retrieve({} as never)).rejects.toMatchObject({ kind: 'validation', issues: [{ path: 'customid' }] });
    await expect(sgate.customers.update({ name_e: 'x' } as never)).rejects.toMatchObject({ kind: 'validation' });
  });

  it('updates with only the preferred id and encrypted fields; a normal customer goes back to review', async () => {
    const { sandbox, sgate } = setup();
    const created = await sgate.customers.create(sgateFixtures.plainCustomer('u-upd'));
    await sgate.customers.uploadPhoto({ customid: created.customid, type: 'identitypic', file: sgateFixtures.pngPhoto() });
    sandbox.admin.approve(created.customid);
    const updated = await sgate.customers.update({ customid: created.customid, mercustomid: 'u-upd', name_e: 'New Name', stcaccount: '966500000003' });
    expect(updated).toMatchObject({ status: 0, name_e: 'New Name', stcaccount: '966500000003' });
    const call = (await server.calls()).at(-1)!;
    const body = JSON.parse(call.body) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(['customid', 'name_e', 'stcaccount']);
    expect(decryptForSgate(body.stcaccount!)).toBe('966500000003');
  });

  it('keeps an incomplete customer incomplete on update (diagram and Chinese docs, not the English text)', async () => {
    const { sgate } = setup();
    await sgate.customers.create(sgateFixtures.plainCustomer('u-inc'));
    const updated = await sgate.customers.update({ mercustomid: 'u-inc', name_a: 'فيصل' });
    expect(updated.status).toBe(4);
  });

  it('refuses, before updating, to clear the only payout account', async () => {
    const { sgate } = setup();
    await sgate.customers.create(sgateFixtures.stcCustomer('u-stc-only'));
    const error = await rejectionOf(sgate.customers.update({ mercustomid: 'u-stc-only', stcaccount: '' }));
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'stcaccount' }] });
    const calls = await server.calls();
    expect(calls.map((call) => new URL(call.url).pathname)).toEqual(['/openApi/v1/payee/custom/create', '/openApi/v1/payee/custom/detail']);
  });

  it('checks the payout accounts on the ciphertext, without decrypting the customer it reads', async () => {
    const { sandbox } = setup();
    let decryptions = 0;
    const countingEngine = { ...pureRsaEngine, decrypt: (...args: Parameters<typeof pureRsaEngine.decrypt>) => (decryptions++, pureRsaEngine.decrypt(...args)) };
    const sgate = createSgateWithEngine(countingEngine)(sandbox.clientOptions(FAST));
    await sgate.customers.create(sgateFixtures.stcCustomer('u-stc-count'));
    decryptions = 0;
    const error = await rejectionOf(sgate.customers.update({ mercustomid: 'u-stc-count', stcaccount: '' }));
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'stcaccount' }] });
    expect(decryptions).toBe(0);
  });

  it('clears the STCPay account of a customer that keeps a bank account, sending "" unencrypted', async () => {
    const { sgate } = setup();
    await sgate.customers.create({ ...sgateFixtures.plainCustomer('u-both'), stcaccount: '512345678' });
    const updated = await sgate.customers.update({ mercustomid: 'u-both', stcaccount: '' });
    expect(updated.stcaccount).toBe('');
    expect(JSON.parse((await server.calls()).at(-1)!.body)).toEqual({ mercustomid: 'u-both', stcaccount: '' });
  });

  it('refuses an update with nothing to change', async () => {
    const { sgate } = setup();
    await expect(sgate.customers.update({ customid: 'abc' })).rejects.toMatchObject({ kind: 'validation', issues: [{ path: '', message: 'give at least one field to change' }] });
  });
});

describe('reading without decrypting', () => {
  it('leaves encrypted fields as verified ciphertext with decrypt: false, and decrypts them on demand', async () => {
    const { sgate } = setup();
    const created = await sgate.customers.create(sgateFixtures.bankCustomer('u-nodecrypt-1'));
    const [row] = await sgate.customers.list({ mercustomids: ['u-nodecrypt-1'] }, { decrypt: false }).toArray();
    expect(row!.mercustomid).toBe('u-nodecrypt-1');
    expect(row!.identity).not.toBe(created.identity);
    expect(row!.identity).toMatch(/^[A-Za-z0-9+/]{300,}={0,2}$/);
    expect(row!.cardno).not.toBe(created.cardno);
    const decrypted = sgate.customers.decrypt(row!);
    expect(decrypted.identity).toBe(created.identity);
    expect(decrypted.cardno).toBe(created.cardno);
    expect(row!.identity).not.toBe(decrypted.identity);
    const single = await sgate.customers.retrieve({ mercustomid: 'u-nodecrypt-1' }, { decrypt: false });
    expect(sgate.customers.decrypt(single)).toMatchObject({ identity: created.identity, cardno: created.cardno });
  });

  it('still refuses an unsigned answer with decrypt: false', async () => {
    const { sandbox, sgate } = setup();
    await sgate.customers.create(sgateFixtures.bankCustomer('u-nodecrypt-2'));
    sandbox.faults.inject({ kind: 'missing_signature' }, { times: 5 });
    await expect(sgate.customers.retrieve({ mercustomid: 'u-nodecrypt-2' }, { decrypt: false })).rejects.toMatchObject({ kind: 'signature' });
  });
});

describe('customers.list', () => {
  it('keeps plaintext personal filters (IBAN, English name) out of debug-log URLs', async () => {
    const lines: string[] = [];
    const record = (message: string, fields?: Record<string, unknown>) => lines.push(`${message} ${JSON.stringify(fields)}`);
    const { sgate } = setup({}, { logger: { error: record, warn: record, info: record, debug: record }, logLevel: 'debug' });
    await sgate.customers.list({ ibanaccount: 'SA0380000000608010167519', name_e: 'Nasser Alharbi', limit: 1 }).toArray();
    const requestLine = lines.find((line) => line.startsWith('request '));
    expect(requestLine).toContain('ibanaccount=[REDACTED]');
    expect(lines.join('\n')).not.toContain('SA0380000000608010167519');
    expect(lines.join('\n')).not.toMatch(/Nasser/);
  });

  it('pages through every customer with sorted, signed query strings and stops at a short page', async () => {
    const { sandbox, sgate } = setup();
    for (let index = 0; index < 5; index++) await sgate.customers.create(sgateFixtures.stcCustomer(`u-list-${index}`));
    const customers = await sgate.customers.list({ pagesize: 2, mercustomids: ['u-list-0', 'u-list-1', 'u-list-2', 'u-list-3', 'u-list-4'] }).toArray();
    expect(customers.map((customer) => customer.mercustomid)).toEqual(['u-list-0', 'u-list-1', 'u-list-2', 'u-list-3', 'u-list-4']);
    expect(customers[0]!.identity).toBe('2034567891');
    const lists = (await server.calls()).filter((call) => call.url.includes('/list'));
    expect(lists.map((call) => new URL(call.url).search)).toEqual([1, 2, 3].map((page) => `?mercustomids=u-list-0%2Cu-list-1%2Cu-list-2%2Cu-list-3%2Cu-list-4&pageno=${page}&pagesize=2`));
    expect(lists.every((call) => requestSignatureVerifies(call, sandbox.clientOptions().apiKey))).toBe(true);
  });

  it('encrypts identity, cardno and stcaccount filters into the query (urlencoded base64)', async () => {
    const { sgate } = setup();
    await sgate.customers.create(sgateFixtures.stcCustomer('u-f1'));
    await sgate.customers.create(sgateFixtures.bankCustomer('u-f2'));
    const found = await sgate.customers.list({ stcaccount: '+966512345678', status: 4 }).toArray();
    expect(found.map((customer) => customer.mercustomid)).toEqual(['u-f1']);
    const call = (await server.calls()).at(-1)!;
    const query = new URL(call.url).searchParams;
    expect(decryptForSgate(query.get('stcaccount')!)).toBe('+966512345678');
    expect(call.url).not.toMatch(/stcaccount=[^&]*[+/=]/);
  });

  it('honours limit without fetching further pages, and a starting page', async () => {
    const { sgate } = setup();
    for (let index = 0; index < 4; index++) await sgate.customers.create(sgateFixtures.stcCustomer(`u-lim-${index}`));
    const limited = await sgate.customers.list({ pagesize: 2, limit: 3 }).toArray();
    expect(limited).toHaveLength(3);
    const fromPage2 = await sgate.customers.list({ pagesize: 3, pageno: 2 }).toArray();
    expect(fromPage2.map((customer) => customer.mercustomid)).toEqual(['u-lim-3']);
    expect((await server.calls()).filter((call) => call.url.includes('/list'))).toHaveLength(3);
  });

  it('converts Date filters to Unix seconds and validates page sizes', async () => {
    const { sgate } = setup();
    await sgate.customers.list({ starttime: new Date(1_700_000_000_500), endtime: 1_800_000_000 }).toArray();
    expect(new URL((await server.calls())[0]!.url).search).toBe('?endtime=1800000000&pageno=1&pagesize=20&starttime=1700000000');
    expect(() => sgate.customers.list({ pagesize: 101 })).toThrow(/pagesize: must be at most 100/);
    expect(() => sgate.customers.list({ mercustomids: ['a,b'] })).toThrow(/mercustomids\.0: must not contain a comma/);
  });
});

describe('customers.uploadPhoto', () => {
  it('sends multipart with the file MD5, signs an empty body, and moves an incomplete customer to pending', async () => {
    const { sandbox, sgate } = setup();
    const created = await sgate.customers.create(sgateFixtures.plainCustomer('u-photo'));
    const photo = sgateFixtures.pngPhoto();
    const updated = await sgate.customers.uploadPhoto({ mercustomid: 'u-photo', type: 'identitypic', file: new Blob([photo], { type: 'image/png' }) });
    expect(updated).toMatchObject({ customid: created.customid, status: 0, demand_perfection: [] });
    expect(updated.identitypic).toMatch(/^https:\/\/sandbox-files\.sgate\.example\//);
    const call = (await server.calls()).at(-1)!;
    expect(call.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(call.body).toContain('name="md5"\r\n\r\n93ca32a536da1698ea979f183679af29');
    expect(call.body).toContain('name="type"\r\n\r\nidentitypic');
    expect(call.body).toContain('filename="identitypic.png"');
    expect(requestSignatureVerifies(call, sandbox.clientOptions().apiKey)).toBe(true);
  });

  it('keeps an incomplete customer incomplete when only the signature photo arrives', async () => {
    const { sgate } = setup();
    const created = await sgate.customers.create(sgateFixtures.plainCustomer('u-sign'));
    const updated = await sgate.customers.uploadPhoto({ customid: created.customid, type: 'signpic', file: sgateFixtures.jpegPhoto(), filename: 'signature.jpg' });
    expect(updated).toMatchObject({ status: 4, demand_perfection: ['identitypic'] });
    expect(updated.signpic).not.toBe('');
  });

  it('refuses non-images, empty and oversized files before sending', async () => {
    const { sgate } = setup();
    const text = new TextEncoder().encode('hello');
    await expect(sgate.customers.uploadPhoto({ customid: 'a1', type: 'identitypic', file: text })).rejects.toMatchObject({ kind: 'validation', issues: [{ path: 'file', message: 'must be a JPEG, PNG, BMP, GIF, SVG or WebP image' }] });
    await expect(sgate.customers.uploadPhoto({ customid: 'a1', type: 'identitypic', file: new Uint8Array(0) })).rejects.toMatchObject({ issues: [{ path: 'file', message: 'is empty' }] });
    const big = new Uint8Array(2048 * 1024 + 1);
    big.set(sgateFixtures.pngPhoto());
    await expect(sgate.customers.uploadPhoto({ customid: 'a1', type: 'identitypic', file: big.buffer })).rejects.toMatchObject({ issues: [{ path: 'file' }] });
    await expect(sgate.customers.uploadPhoto({ customid: 'a1', type: 'passport' as never, file: sgateFixtures.pngPhoto() })).rejects.toMatchObject({ issues: [{ path: 'type' }] });
    expect(await server.calls()).toHaveLength(0);
  });
});

describe('STCPay OTP', () => {
  it('verifies the STCPay account with the OTP; a pending customer with auto-approval becomes normal', async () => {
    const { sandbox, sgate } = setup();
    const created = await sgate.customers.create({ ...sgateFixtures.stcCustomer('u-otp'), stcaccount: '0599999999' });
    await sgate.customers.uploadPhoto({ customid: created.customid, type: 'identitypic', file: sgateFixtures.pngPhoto() });
    const code = sandbox.otpCode('599999999')!;
    const wrong = code === '000000' ? '111111' : '000000';
    await expect(sgate.customers.submitStcOtp({ customid: created.customid, code: wrong })).rejects.toMatchObject({ kind: 'validation', code: 1609 });
    await expect(sgate.customers.submitStcOtp({ customid: created.customid, code })).resolves.toBeUndefined();
    expect((await sgate.customers.retrieve({ customid: created.customid })).status).toBe(1);
    await expect(sgate.customers.submitStcOtp({ customid: created.customid, code })).rejects.toMatchObject({ kind: 'transition', code: 1309 });
    expect(JSON.parse((await server.calls()).find((call) => call.url.endsWith('submitStcAccountOtp'))!.body)).toEqual({ customid: created.customid, code: wrong });
  });

  it('refuses OTPs without auto-approval (1308) and resends at most once a minute (1611, not retried)', async () => {
    const { sgate } = setup();
    const plain = await sgate.customers.create({ ...sgateFixtures.stcCustomer('u-no-auto'), autoapproval: 0 });
    await expect(sgate.customers.resendStcOtp({ customid: plain.customid })).rejects.toMatchObject({ kind: 'transition', code: 1308 });
    const auto = await sgate.customers.create(sgateFixtures.stcCustomer('u-auto'));
    const error = await rejectionOf(sgate.customers.resendStcOtp({ mercustomid: auto.mercustomid }));
    expect(error).toMatchObject({ kind: 'rate_limited', code: 1611, retryable: true, attempts: 1 });
    await expect(sgate.customers.submitStcOtp({ customid: auto.customid, code: '12345' })).rejects.toMatchObject({ kind: 'validation', issues: [{ path: 'code' }] });
  });
});
