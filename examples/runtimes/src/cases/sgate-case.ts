import { createHash, verify } from 'node:crypto';
import { createSgateSandbox, SGATE_TEST_KEYS } from '@clientele/sgate/testing';
import { expect } from 'vitest';
import { createFakeUpstream, type ReceivedRequest } from '../fake-upstream.js';
import { smokePaths, type SmokeCase } from '../smoke-case.js';

/**
 * SGATE's request signature (spec §2), checked with node:crypto and nothing from the SDK: the compact JSON
 * `{api_key, timestamp, nonce_str, url, method, body}` → lowercase hex MD5 → MD5withRSA over those 32
 * ASCII bytes, verified with the merchant public key.
 */
function verifySgateSignature(request: ReceivedRequest): string | undefined {
  const url = new URL(request.url);
  const payload = JSON.stringify({
    api_key: request.headers['v-api-key'],
    timestamp: Number(request.headers['v-timestamp']),
    nonce_str: request.headers['v-nonce-str'],
    url: `${url.pathname}${url.search}`,
    method: request.method,
    body: request.method === 'GET' ? '' : request.body,
  });
  const digest = createHash('md5').update(payload, 'utf8').digest('hex');
  const signature = Buffer.from(request.headers['v-signature'] ?? '', 'base64');
  return verify('md5', Buffer.from(digest, 'ascii'), SGATE_TEST_KEYS.merchantPublicKey, signature)
    ? undefined
    : 'V-Signature does not verify with node:crypto (MD5withRSA, merchant public key)';
}

/**
 * @clientele/sgate: MD5withRSA signing, RSA PKCS#1 v1.5 field encryption, response verification and
 * decryption, all in pure JavaScript outside Node. Fake upstream: the package's own sandbox
 * (`@clientele/sgate/testing`, its MSW handlers resolved with msw's `getResponse`), plus an independent
 * node:crypto check of every request signature.
 */
export const sgateCase: SmokeCase = {
  name: 'sgate',
  packageName: '@clientele/sgate',
  ...smokePaths('sgate', 'sgate'),
  async createUpstream() {
    const sandbox = createSgateSandbox({ callbackUrl: undefined, reviewDelayMs: 'manual' });
    const { apiKey, merchantPrivateKey, systemPublicKey, baseUrl } = sandbox.clientOptions();
    const upstream = createFakeUpstream({
      baseUrl: baseUrl!,
      credentials: { apiKey, merchantPrivateKey: String(merchantPrivateKey), systemPublicKey: String(systemPublicKey) },
      handlers: sandbox.handlers,
      verify: verifySgateSignature,
    });
    return Object.assign(upstream, { sandbox });
  },
  check(result, upstream) {
    // Decrypted by the SDK from the sandbox's merchant-key ciphertexts:
    expect(result.summary).toMatchObject({ mercustomid: 'smoke-sgate-1', identity: '1012345678', cardno: '5123450000000001' });
    // Decrypted by the sandbox (system private key) from the SDK's ciphertexts; the wire never had the plaintext:
    const { sandbox } = upstream as typeof upstream & { sandbox: ReturnType<typeof createSgateSandbox> };
    expect(sandbox.customers.byMercustomid('smoke-sgate-1')).toMatchObject({ identity: '1012345678', cardno: '5123450000000001' });
    expect(upstream.received).toHaveLength(1);
    expect(upstream.received[0]!.body).not.toContain('1012345678');
    expect(upstream.received[0]!.body).not.toContain('5123450000000001');
  },
};
