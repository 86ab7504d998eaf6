import { createPublicKey, createSign, createVerify, generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CDD_EVENT_BODY, CDD_EVENT_SIGNATURE, FIXTURE_PUBLIC_KEY_BASE64 } from './__fixtures__/webhook-fixtures.js';
import { parseWebhook, verifyWebhook } from './paybase-webhooks.js';
import { createWebhookSigner } from './testing/webhook-signer.js';
import { MOCK_WEBHOOK_PRIVATE_KEY_PEM, MOCK_WEBHOOK_PUBLIC_KEY_PEM } from './testing/webhook-test-key.js';

// One key for the whole file: RSA generation is the slow part.
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const wrapped = Buffer.from(publicPem).toString('base64');

/** Paybase's scheme as the reference receiver implements it: node's sha256WithRSAEncryption, base64. */
const nodeSign = (body: string | Buffer) => createSign('sha256WithRSAEncryption').update(body).sign(privateKey, 'base64');

const bodies = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.json({ maxDepth: 4 }),
  fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), fc.integer({ min: 100, max: 600 })).map(([chunk, times]) => chunk.repeat(times)),
  fc.constantFrom('{"type":"integration_handshake"}', '{"path":"/v1/customer/a%2Fb?x=1&y=é"}', '🚀/\\/\\"\'', ''),
);

describe('webhook signatures made by node:crypto', () => {
  it('verify under the SDK (WebCrypto) for any body, with the key base64-wrapped or as PEM', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, fc.boolean(), async (body, asBytes) => {
        const signature = nodeSign(body);
        const rawBody = asBytes ? new Uint8Array(Buffer.from(body)) : body;
        expect(await verifyWebhook({ rawBody, signature, publicKey: wrapped })).toBe(true);
        expect(await verifyWebhook({ rawBody, signature, publicKey: publicPem })).toBe(true);
        expect(await verifyWebhook({ rawBody: `${body}\n`, signature, publicKey: wrapped })).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('the committed fixture verifies under node:crypto too (the fixture is not wrong in a way both share)', () => {
    const pem = Buffer.from(FIXTURE_PUBLIC_KEY_BASE64, 'base64').toString();
    expect(createVerify('sha256WithRSAEncryption').update(CDD_EVENT_BODY).verify(createPublicKey(pem), CDD_EVENT_SIGNATURE, 'base64')).toBe(true);
  });

  it('a Buffer body (express.raw) verifies and parses', async () => {
    const body = JSON.stringify({ type: 'check_failed', customerId: 'customer/1', payload: { reason: 'Ünïcödé' } });
    const event = await parseWebhook({ rawBody: Buffer.from(body), headers: { 'x-signature': nodeSign(body) }, publicKey: wrapped });
    expect(event).toMatchObject({ type: 'check_failed', payload: { reason: 'Ünïcödé' } });
  });
});

describe('the mock signs like Paybase', () => {
  it('its WebCrypto signatures verify under node:crypto for any body', async () => {
    const sign = createWebhookSigner(MOCK_WEBHOOK_PRIVATE_KEY_PEM);
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const signature = await sign(body);
        expect(createVerify('sha256WithRSAEncryption').update(body).verify(MOCK_WEBHOOK_PUBLIC_KEY_PEM, signature, 'base64')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
