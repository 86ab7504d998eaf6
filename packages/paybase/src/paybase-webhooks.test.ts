import { base64Encode, parsePem, toPem } from '@clientele/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CDD_EVENT_BODY, CDD_EVENT_SIGNATURE, FIXTURE_PUBLIC_KEY_BASE64, FIXTURE_PUBLIC_KEY_PEM, HANDSHAKE_BODY, HANDSHAKE_SIGNATURE, OTHER_PUBLIC_KEY_PEM } from './__fixtures__/webhook-fixtures.js';
import { isCustomerEvent, isHandshake, parseWebhook, verifyWebhook, webhookDeduplicationKey, webhookResource, type PaybaseWebhookEvent } from './paybase-webhooks.js';
import { createPaybaseSandbox } from './testing/paybase-sandbox.js';
import { createWebhookSigner } from './testing/webhook-signer.js';
import { MOCK_WEBHOOK_PRIVATE_KEY_PEM, MOCK_WEBHOOK_PUBLIC_KEY } from './testing/webhook-test-key.js';

const fixtureDerBase64 = base64Encode(parsePem(FIXTURE_PUBLIC_KEY_PEM).der);

describe('verifyWebhook against signatures made by OpenSSL (4096-bit key, as Paybase uses)', () => {
  it('accepts the key base64-wrapped as Paybase hands it out, as PEM, as bare base64 DER and as bytes', async () => {
    for (const publicKey of [FIXTURE_PUBLIC_KEY_BASE64, FIXTURE_PUBLIC_KEY_PEM, fixtureDerBase64, new TextEncoder().encode(FIXTURE_PUBLIC_KEY_PEM), parsePem(FIXTURE_PUBLIC_KEY_PEM).der]) {
      expect(await verifyWebhook({ rawBody: HANDSHAKE_BODY, signature: HANDSHAKE_SIGNATURE, publicKey })).toBe(true);
    }
  });

  it('verifies the raw UTF-8 bytes of a body with accents and an emoji, as text or bytes', async () => {
    expect(await verifyWebhook({ rawBody: CDD_EVENT_BODY, signature: CDD_EVENT_SIGNATURE, publicKey: FIXTURE_PUBLIC_KEY_BASE64 })).toBe(true);
    const bytes = new TextEncoder().encode(CDD_EVENT_BODY);
    expect(await verifyWebhook({ rawBody: bytes, signature: CDD_EVENT_SIGNATURE, publicKey: FIXTURE_PUBLIC_KEY_BASE64 })).toBe(true);
    expect(await verifyWebhook({ rawBody: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), signature: CDD_EVENT_SIGNATURE, publicKey: FIXTURE_PUBLIC_KEY_BASE64 })).toBe(true);
  });

  it('refuses a changed body, another key, a missing or malformed signature', async () => {
    const publicKey = FIXTURE_PUBLIC_KEY_BASE64;
    expect(await verifyWebhook({ rawBody: CDD_EVENT_BODY.replace('"TWO"', '"FIVE"'), signature: CDD_EVENT_SIGNATURE, publicKey })).toBe(false);
    expect(await verifyWebhook({ rawBody: HANDSHAKE_BODY, signature: HANDSHAKE_SIGNATURE, publicKey: OTHER_PUBLIC_KEY_PEM })).toBe(false);
    expect(await verifyWebhook({ rawBody: HANDSHAKE_BODY, signature: undefined, publicKey })).toBe(false);
    expect(await verifyWebhook({ rawBody: HANDSHAKE_BODY, signature: '', publicKey })).toBe(false);
    expect(await verifyWebhook({ rawBody: HANDSHAKE_BODY, signature: 'not*base64!', publicKey })).toBe(false);
    expect(await verifyWebhook({ rawBody: HANDSHAKE_BODY, signature: HANDSHAKE_SIGNATURE.slice(0, 40), publicKey })).toBe(false);
    expect(await verifyWebhook({ rawBody: HANDSHAKE_BODY, signature: CDD_EVENT_SIGNATURE, publicKey })).toBe(false);
  });

  it('reads X-Signature from fetch Headers or a Node headers object, in any case', async () => {
    const publicKey = FIXTURE_PUBLIC_KEY_BASE64;
    expect(await verifyWebhook({ rawBody: HANDSHAKE_BODY, headers: new Headers({ 'X-Signature': HANDSHAKE_SIGNATURE }), publicKey })).toBe(true);
    expect(await verifyWebhook({ rawBody: HANDSHAKE_BODY, headers: { 'x-signature': HANDSHAKE_SIGNATURE, 'content-type': 'application/json' }, publicKey })).toBe(true);
    expect(await verifyWebhook({ rawBody: HANDSHAKE_BODY, headers: { 'X-SIGNATURE': [HANDSHAKE_SIGNATURE] }, publicKey })).toBe(true);
  });

  it('refuses unusable keys with a configuration error that never quotes the key', async () => {
    for (const publicKey of [MOCK_WEBHOOK_PRIVATE_KEY_PEM, 'not a key', '']) {
      const error = await verifyWebhook({ rawBody: HANDSHAKE_BODY, signature: HANDSHAKE_SIGNATURE, publicKey }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ kind: 'configuration' });
      expect((error as Error).message).toContain('publicKey');
      expect((error as Error).message).not.toContain('MII');
    }
  });
});

describe('parseWebhook', () => {
  it('returns the verified event and types the handshake', async () => {
    const event = await parseWebhook({ rawBody: HANDSHAKE_BODY, signature: HANDSHAKE_SIGNATURE, publicKey: FIXTURE_PUBLIC_KEY_BASE64 });
    expect(isHandshake(event)).toBe(true);
    const cdd = await parseWebhook({ rawBody: CDD_EVENT_BODY, signature: CDD_EVENT_SIGNATURE, publicKey: FIXTURE_PUBLIC_KEY_BASE64 });
    expect(isHandshake(cdd)).toBe(false);
    expect(isCustomerEvent(cdd)).toBe(true);
    expect(webhookResource(cdd)).toMatchObject({ kind: 'customer', id: 'customer/28958679-e8a8-47a8-967c-f979ae8509a2' });
  });

  it('explains the raw-body requirement when the body was re-serialised', async () => {
    const pretty = JSON.stringify(JSON.parse(CDD_EVENT_BODY), null, 2);
    const error = await parseWebhook({ rawBody: pretty, signature: CDD_EVENT_SIGNATURE, publicKey: FIXTURE_PUBLIC_KEY_BASE64 }).catch((caught: unknown) => caught as Error);
    expect(error).toMatchObject({ kind: 'signature' });
    expect(error.message).toContain('raw request body exactly as received');
    const parsedObject = await parseWebhook({ rawBody: { type: 'x', b: 1 }, signature: CDD_EVENT_SIGNATURE, publicKey: FIXTURE_PUBLIC_KEY_BASE64 }).catch((caught: unknown) => caught as Error);
    expect(parsedObject.message).toContain('You passed a parsed object');
  });

  it('falls back to JSON.stringify for a parsed object, which works when Paybase sent compact JSON in the same key order', async () => {
    const event = await parseWebhook({ rawBody: JSON.parse(CDD_EVENT_BODY), signature: CDD_EVENT_SIGNATURE, publicKey: FIXTURE_PUBLIC_KEY_BASE64 });
    expect(event.type).toBe('customer_cdd_level_changed');
  });

  it('rejects a missing signature, and a signed body that is not an event', async () => {
    const missing = await parseWebhook({ rawBody: HANDSHAKE_BODY, headers: {}, publicKey: FIXTURE_PUBLIC_KEY_BASE64 }).catch((caught: unknown) => caught as Error);
    expect(missing).toMatchObject({ kind: 'signature', message: expect.stringContaining('X-Signature header is missing') });
    const sign = createWebhookSigner(MOCK_WEBHOOK_PRIVATE_KEY_PEM);
    for (const body of ['[1,2]', '{"type":3}', '{"type":']) {
      const error = await parseWebhook({ rawBody: body, signature: await sign(body), publicKey: MOCK_WEBHOOK_PUBLIC_KEY }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ kind: 'invalid_response' });
    }
  });
});

describe('signatures made by the mock (WebCrypto) verify under the SDK on every runtime', () => {
  it('for any body: Unicode, slashes, emoji, query strings, long bodies', async () => {
    const sign = createWebhookSigner(MOCK_WEBHOOK_PRIVATE_KEY_PEM);
    const bodies = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.json({ maxDepth: 3 }),
      fc
        .tuple(fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 12 }), { maxKeys: 4 }))
        .map(([segments, query]) => `https://platform.example/${segments.join('/')}?${new URLSearchParams(query)}`),
      fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.integer({ min: 50, max: 400 })).map(([chunk, times]) => chunk.repeat(times)),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const signature = await sign(body);
        expect(await verifyWebhook({ rawBody: body, signature, publicKey: MOCK_WEBHOOK_PUBLIC_KEY })).toBe(true);
        expect(await verifyWebhook({ rawBody: `${body} `, signature, publicKey: MOCK_WEBHOOK_PUBLIC_KEY })).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});

/** A receiver that does what docs/providers/paybase.md recommends: verify, deduplicate, ignore stale events. */
function createReceiver(publicKey: string) {
  const seen = new Set<string>();
  const latest = new Map<string, string>();
  const applied: PaybaseWebhookEvent[] = [];
  return {
    applied,
    async receive(rawBody: string, signature: string | undefined): Promise<number> {
      let event: PaybaseWebhookEvent;
      try {
        event = await parseWebhook({ rawBody, signature, publicKey });
      } catch {
        return 400;
      }
      if (isHandshake(event)) return 204;
      const key = webhookDeduplicationKey(event);
      if (seen.has(key)) return 200;
      seen.add(key);
      const resource = webhookResource(event);
      const updatedAt = String(resource?.object.updatedAt ?? '');
      if (resource && (latest.get(resource.id) ?? '') > updatedAt) return 200;
      if (resource) latest.set(resource.id, updatedAt);
      applied.push(event);
      return 200;
    },
  };
}

describe('hostile deliveries', () => {
  it('rejects forgeries, applies duplicates and replays once, and ignores events that arrive out of order', async () => {
    let clock = Date.parse('2026-11-22T10:00:00Z');
    const sandbox = createPaybaseSandbox({ now: () => new Date((clock += 1000)) });
    const receiver = createReceiver(sandbox.webhooks.publicKey);
    // Seed a customer directly in the mock store and let Paybase move it.
    sandbox.customers.insert('11111111-1111-4111-8111-111111111111', {
      type: 'individual',
      customer: { id: 'customer/11111111-1111-4111-8111-111111111111', shortId: 'PB1', createdAt: '', updatedAt: '', stateId: 'ENABLED', cddLevel: 'ZERO', targetCDDLevel: 'TWO', roleId: 'role/x', terms: { acceptedAt: '', revision: '1' }, annotations: {}, tags: [], preferredInstruments: { card: {}, bankAccount: {} }, profile: {} },
    });
    sandbox.providerTransition('customer/11111111-1111-4111-8111-111111111111', 'LOCKED');
    sandbox.providerTransition('customer/11111111-1111-4111-8111-111111111111', 'ENABLED');
    const [locked, unlocked] = await Promise.all(sandbox.webhooks.events.map((event) => sandbox.webhooks.delivery(event)));

    // A forgery: a real signature on another body, an attacker's own key, no signature at all.
    const attackerKeys = (await crypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const attackerPem = toPem('PRIVATE KEY', new Uint8Array(await crypto.subtle.exportKey('pkcs8', attackerKeys.privateKey)));
    const forgedBody = locked!.rawBody.replace('"LOCKED"', '"TERMINATED"');
    expect(await receiver.receive(forgedBody, locked!.signature)).toBe(400);
    expect(await receiver.receive(forgedBody, await createWebhookSigner(attackerPem)(forgedBody))).toBe(400);
    expect(await receiver.receive(forgedBody, undefined)).toBe(400);

    // Reordered: the newer event first, then the older one, which is stale and ignored.
    expect(await receiver.receive(unlocked!.rawBody, unlocked!.signature)).toBe(200);
    expect(await receiver.receive(locked!.rawBody, locked!.signature)).toBe(200);
    // Duplicated and replayed deliveries verify (Paybase has no replay protection) but apply once.
    expect(await receiver.receive(unlocked!.rawBody, unlocked!.signature)).toBe(200);
    expect(await receiver.receive(unlocked!.rawBody, unlocked!.signature)).toBe(200);

    expect(receiver.applied.map((event) => (event.data as { stateId: string }).stateId)).toEqual(['ENABLED']);
    const handshake = await sandbox.webhooks.delivery({ type: 'integration_handshake' });
    expect(await receiver.receive(handshake.rawBody, handshake.signature)).toBe(204);
  });

  it('derives the same deduplication key for every delivery of one event, and different keys for different events', () => {
    const event = { type: 'customer_state_changed', data: { id: 'customer/1', stateId: 'LOCKED', updatedAt: '2026-11-22T10:00:01.000Z' } };
    expect(webhookDeduplicationKey(event)).toBe('customer_state_changed:customer/1:LOCKED:2026-11-22T10:00:01.000Z');
    expect(webhookDeduplicationKey(structuredClone(event))).toBe(webhookDeduplicationKey(event));
    expect(webhookDeduplicationKey({ ...event, data: { ...event.data, stateId: 'ENABLED' } })).not.toBe(webhookDeduplicationKey(event));
    expect(webhookDeduplicationKey({ type: 'x', eventId: 'evt_1', data: {} })).toBe('event:evt_1');
    expect(webhookDeduplicationKey({ type: 'x', b: 1, a: [2] })).toBe(webhookDeduplicationKey({ a: [2], type: 'x', b: 1 }));
  });
});
