import { describe, expect, it } from 'vitest';
import { md5Hex } from './rsa/md5.js';
import { buildSignaturePayload, signatureDigest } from './sgate-signature-payload.js';

const common = { apiKey: 'xxxxxxxxxxxxxx', timestamp: 1686647706, nonce: 'TIj5tZ3gM6FbprYlKNR2' };

describe('buildSignaturePayload and signatureDigest (spec §2.2 worked examples)', () => {
  it('example 1: GET, the docs own example', () => {
    const payload = buildSignaturePayload({ ...common, url: '/openApi/v1/payee/custom/list', method: 'GET', body: '' });
    expect(payload).toBe(
      '{"api_key":"xxxxxxxxxxxxxx","timestamp":1686647706,"nonce_str":"TIj5tZ3gM6FbprYlKNR2","url":"/openApi/v1/payee/custom/list","method":"GET","body":""}',
    );
    const digest = signatureDigest(payload);
    expect(digest).toBe('8a5908e27626d79d73dc14bd9ba00e72');
    // MD5withRSA hashes the 32-character digest again.
    expect(md5Hex(digest)).toBe('d92bbf74896b077077340085521ca5d4');
  });

  it('example 2: POST with a raw JSON body, escaped once', () => {
    const body = '{"mercustomid":"u004","payeeuid":"TEST1234567aa12sd2","amount":2002,"currency":"SAR","paymentmethod":"bankTransfer"}';
    const payload = buildSignaturePayload({ ...common, url: '/openApi/v1/payee/payCustomTicket/create', method: 'post', body });
    expect(payload).toBe(
      '{"api_key":"xxxxxxxxxxxxxx","timestamp":1686647706,"nonce_str":"TIj5tZ3gM6FbprYlKNR2","url":"/openApi/v1/payee/payCustomTicket/create","method":"POST","body":"{\\"mercustomid\\":\\"u004\\",\\"payeeuid\\":\\"TEST1234567aa12sd2\\",\\"amount\\":2002,\\"currency\\":\\"SAR\\",\\"paymentmethod\\":\\"bankTransfer\\"}"}',
    );
    expect(signatureDigest(payload)).toBe('3c7d2e2642623026c5f1a3bc3cb703fa');
  });

  it('example 3: GET with a query string', () => {
    const payload = buildSignaturePayload({
      ...common,
      url: '/openApi/v1/payee/custom/list?pageno=1&pagesize=20&status=1',
      method: 'GET',
      body: '',
    });
    expect(signatureDigest(payload)).toBe('49ebae503f018b2014c538995c668e74');
  });

  it('keeps Arabic raw and slashes unescaped; hashes UTF-8', () => {
    const payload = buildSignaturePayload({ ...common, url: '/openApi/v1/a/b', method: 'POST', body: '{"name":"عبدالله","path":"a/b"}' });
    expect(payload).toContain('"body":"{\\"name\\":\\"عبدالله\\",\\"path\\":\\"a/b\\"}"');
    expect(payload).not.toContain('\\u');
    expect(payload).not.toContain('\\/');
    expect(signatureDigest(payload)).toBe(md5Hex(new TextEncoder().encode(payload)));
  });

  it.each([1686647706.5, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses timestamp %s', (timestamp) => {
    expect(() => buildSignaturePayload({ ...common, timestamp, url: '/openApi/v1/x', method: 'GET', body: '' })).toThrow(
      /non-negative integer number of seconds/,
    );
  });
});
