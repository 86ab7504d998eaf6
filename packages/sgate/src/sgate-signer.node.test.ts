import { execFileSync } from 'node:child_process';
import { createHash, verify as nodeVerify } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRsaKey } from '@clientele/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeRsaEngine } from './rsa/node-rsa-engine.node.js';
import { pureRsaEngine } from './rsa/rsa-pkcs1.js';
import { buildSignaturePayload } from './sgate-signature-payload.js';
import { sign } from './sgate-signer.js';
import { SGATE_TEST_KEYS } from './testing/sandbox-keys.js';

const privateKey = parseRsaKey(SGATE_TEST_KEYS.merchantPrivateKeyPkcs1, { expect: 'private' });

/** What SGATE's Java/PHP demos do, with node:crypto only: MD5 hex of the JSON, then MD5withRSA over it. */
function nodeVerifies(fields: Parameters<typeof buildSignaturePayload>[0], signature: string): boolean {
  const json = `{"api_key":${JSON.stringify(fields.apiKey)},"timestamp":${fields.timestamp},"nonce_str":${JSON.stringify(fields.nonce)},"url":${JSON.stringify(fields.url)},"method":${JSON.stringify(fields.method.toUpperCase())},"body":${JSON.stringify(fields.body)}}`;
  const digest = createHash('md5').update(json, 'utf8').digest('hex');
  return nodeVerify('md5', Buffer.from(digest), SGATE_TEST_KEYS.merchantPublicKey, Buffer.from(signature, 'base64'));
}

describe('signatures cross-checked with node:crypto and openssl', () => {
  it('property: the pure and node:crypto engines give byte-identical signatures that node:crypto verifies', () => {
    fc.assert(
      fc.property(
        fc.record({
          apiKey: fc.string({ minLength: 1, maxLength: 30 }),
          timestamp: fc.integer({ min: 0, max: 4_102_444_800 }),
          nonce: fc.string({ minLength: 1, maxLength: 32 }),
          url: fc.string({ unit: 'grapheme', maxLength: 80 }).map((path) => `/openApi/v1/${encodeURI(path)}`),
          method: fc.constantFrom('GET', 'POST'),
          body: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.json(), fc.constant('')),
        }),
        (fields) => {
          const pure = sign(pureRsaEngine, privateKey, fields);
          const native = sign(nodeRsaEngine, privateKey, fields);
          expect(native).toBe(pure);
          expect(nodeVerifies(fields, pure)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("matches openssl's `dgst -md5 -sign` for a POST body with Arabic text and slashes (spec §2.2 recipe)", () => {
    const directory = mkdtempSync(join(tmpdir(), 'sgate-sign-'));
    const keyFile = join(directory, 'merchant.pem');
    writeFileSync(keyFile, SGATE_TEST_KEYS.merchantPrivateKey);
    const fields = { apiKey: 'key/with/slashes', timestamp: 1_795_000_000, nonce: 'abcdefghij0123456789', url: '/openApi/v1/payee/custom/create', method: 'POST', body: '{"name_a":"سارة","path":"/a/b"}' };
    const digest = createHash('md5').update(buildSignaturePayload(fields), 'utf8').digest('hex');
    const openssl = execFileSync('openssl', ['dgst', '-md5', '-sign', keyFile], { input: digest }).toString('base64');
    expect(sign(pureRsaEngine, privateKey, fields)).toBe(openssl);
  });
});
