import { useMockServer } from '#mock-server';
import { base64Decode } from '@clientele/core';
import { createSgate } from '@clientele/sgate';
import { SGATE_TEST_KEYS } from '@clientele/sgate/testing';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { requestSignatureVerifies } from './test-support.js';

const server = useMockServer();
const base = { apiKey: 'options-test-key', merchantPrivateKey: SGATE_TEST_KEYS.merchantPrivateKey, systemPublicKey: SGATE_TEST_KEYS.systemPublicKey, environment: 'sandbox' as const, dangerouslyAllowBrowser: true };
const pemBody = (pem: string) => pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');

describe('createSgate options', () => {
  it('accepts keys as PKCS#8 or PKCS#1 PEM, SPKI PEM, bare base64 DER and DER bytes', () => {
    const variants = [
      { merchantPrivateKey: SGATE_TEST_KEYS.merchantPrivateKeyPkcs1 },
      { merchantPrivateKey: pemBody(SGATE_TEST_KEYS.merchantPrivateKey) },
      { merchantPrivateKey: base64Decode(pemBody(SGATE_TEST_KEYS.merchantPrivateKey)) },
      { systemPublicKey: SGATE_TEST_KEYS.systemPublicKeyBase64 },
      { systemPublicKey: base64Decode(SGATE_TEST_KEYS.systemPublicKeyBase64) },
      { systemPublicKey: SGATE_TEST_KEYS.systemPublicKey.replace(/\n/g, '\\n') },
    ];
    for (const variant of variants) expect(createSgate({ ...base, ...variant }).environment).toBe('sandbox');
  });

  it('refuses a key of the wrong kind, swapped keys and missing options, naming the option', () => {
    expect(() => createSgate({ ...base, merchantPrivateKey: SGATE_TEST_KEYS.merchantPublicKey })).toThrow(/Expected an RSA private key \(merchantPrivateKey\) but got a public key/);
    expect(() => createSgate({ ...base, systemPublicKey: SGATE_TEST_KEYS.systemPrivateKey })).toThrow(/Expected an RSA public key \(systemPublicKey\) but got a private key/);
    expect(() => createSgate({ ...base, systemPublicKey: SGATE_TEST_KEYS.merchantPublicKey })).toThrow(/`systemPublicKey` is the public half of `merchantPrivateKey`/);
    expect(() => createSgate({ ...base, apiKey: '' })).toThrow(/`apiKey` is required/);
    expect(() => createSgate({ ...base, apiKey: ' key ' })).toThrow(/whitespace/);
    expect(() => createSgate({ ...base, environment: 'staging' as never })).toThrow(/`environment` must be 'sandbox' or 'production'/);
    expect(() => createSgate({ ...base, merchantPrivateKey: 'not a key' })).toThrow(/merchantPrivateKey/);
    expect(() => createSgate({ ...base, baseUrl: 'ftp://x' })).toThrow(/`baseUrl` must start with https:\/\//);
    expect(() => createSgate({ ...base, paths: { deleteCustomer: '/x' } as never })).toThrow(/not an SGATE endpoint/);
    expect(() => createSgate({ ...base, clockSkewSeconds: Number.NaN })).toThrow(/clockSkewSeconds/);
    try {
      createSgate({ ...base, merchantPrivateKey: SGATE_TEST_KEYS.merchantPublicKey });
    } catch (error) {
      expect((error as Error).message).not.toContain(pemBody(SGATE_TEST_KEYS.merchantPublicKey).slice(20, 60));
      expect(error).toMatchObject({ kind: 'configuration', provider: 'sgate' });
    }
  });

  it('refuses a baseUrl with credentials, a query string or a fragment, naming `baseUrl` and not the value', () => {
    for (const baseUrl of ['https://user:pa55word@proxy.example', 'https://proxy.example/sgate?token=abc', 'https://proxy.example/sgate#x', 'not a url']) {
      let error: unknown;
      try {
        createSgate({ ...base, baseUrl });
      } catch (caught) {
        error = caught;
      }
      expect(error).toMatchObject({ kind: 'configuration', provider: 'sgate', message: expect.stringContaining('`baseUrl`') });
      expect((error as Error).message).not.toMatch(/pa55word|token=abc/);
    }
  });

  it('chooses the documented hosts and forgives a base URL that already ends with /openApi/v1', () => {
    expect(createSgate(base).baseUrl).toBe('http://vbank.test.sgate.sa/openApi/v1');
    expect(createSgate({ ...base, environment: 'production' }).baseUrl).toBe('https://vbank.sgate.sa/openApi/v1');
    expect(createSgate({ ...base, baseUrl: 'https://proxy.example/openApi/v1/' }).baseUrl).toBe('https://proxy.example/openApi/v1');
  });

  it('signs only the part from /openApi/v1 on when a proxy prefix is configured', async () => {
    server.use(http.all('https://proxy.example/sgate/*', () => new Response(null, { status: 500 })));
    const sgate = createSgate({ ...base, baseUrl: 'https://proxy.example/sgate', maxRetries: 0 });
    await expect(sgate.customers.retrieve({ customid: 'a1' })).rejects.toMatchObject({ kind: 'server' });
    const [call] = await server.calls();
    expect(call!.url).toBe('https://proxy.example/sgate/openApi/v1/payee/custom/detail?customid=a1');
    const unprefixed = { ...call!, url: call!.url.replace('/sgate/', '/') };
    expect(requestSignatureVerifies(unprefixed, base.apiKey)).toBe(true);
  });

  it('uses overridden paths', async () => {
    server.use(http.all('http://vbank.test.sgate.sa/*', () => new Response(null, { status: 500 })));
    const sgate = createSgate({ ...base, paths: { retrieveCustomer: '/payee/custom/info' }, maxRetries: 0 });
    await sgate.customers.retrieve({ customid: 'a1' }).catch(() => undefined);
    expect((await server.calls())[0]!.url).toBe('http://vbank.test.sgate.sa/openApi/v1/payee/custom/info?customid=a1');
  });

  it('shows only provider, base URL and environment when serialized', () => {
    const sgate = createSgate(base);
    expect(JSON.parse(JSON.stringify(sgate))).toEqual({ provider: 'sgate', baseUrl: 'http://vbank.test.sgate.sa/openApi/v1', environment: 'sandbox' });
    expect(Object.keys(sgate).sort()).toEqual(['baseUrl', 'customers', 'environment', 'toJSON', 'webhooks']);
    expect(String((sgate as unknown as Record<symbol, () => string>)[Symbol.for('nodejs.util.inspect.custom')]!())).toBe(
      'SgateClient {"provider":"sgate","baseUrl":"http://vbank.test.sgate.sa/openApi/v1","environment":"sandbox"}',
    );
  });
});
