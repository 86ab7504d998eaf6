import { describe, expect, it } from 'vitest';
import { parseWebhook, verifyWebhook } from './paycombat-webhooks.js';
import { independentHmacHex, rejectionOf } from './testing/test-client.js';
import { createPaycombatSandbox } from './testing.js';

const sandbox = createPaycombatSandbox({ now: () => new Date('2026-11-22T10:00:00.000Z') });
const key = sandbox.signatureKey;

describe('verifyWebhook (spec §11)', () => {
  it('accepts a delivery signed over its raw body, and types it by type and status', async () => {
    const payload = sandbox.webhooks.payin({ id: 'pay_1', amount: 150 });
    const { body, headers } = await sandbox.webhooks.sign(payload);
    expect(headers['X-Signature']).toBe(await independentHmacHex(key, body));
    const event = await verifyWebhook({ body, headers: new Headers(headers), signatureKey: key });
    expect(event).toMatchObject({ name: 'PAYIN.SUCCESS', id: 'pay_1', status: 'SUCCESS', verified: true, deduplicationKey: 'pay_1:SUCCESS', occurredAt: new Date('2026-11-22T10:00:00.000Z') });
    if (event.name === 'PAYIN.SUCCESS') expect(event.payload.amount).toBe(150);
  });

  it('reads X-Signature from plain header objects in any case, and from bytes', async () => {
    const { body, headers } = await sandbox.webhooks.sign(sandbox.webhooks.payout({ status: 'RETURNED' }));
    const bytes = new TextEncoder().encode(body);
    await expect(verifyWebhook({ body: bytes, headers: { 'x-signature': headers['X-Signature'] }, signatureKey: key })).resolves.toMatchObject({ name: 'PAYOUT.RETURNED' });
    await expect(verifyWebhook({ body: bytes.buffer as ArrayBuffer, signature: headers['X-Signature'], signatureKey: key })).resolves.toMatchObject({ verified: true });
  });

  it('rejects forgeries: a changed body, a wrong key, a guessed signature', async () => {
    const { body, headers } = await sandbox.webhooks.sign(sandbox.webhooks.payin({ amount: 10 }));
    const forged = body.replace('"amount":10', '"amount":10000');
    const forgedSignature = await independentHmacHex(key, forged);
    for (const attempt of [
      () => verifyWebhook({ body: forged, headers, signatureKey: key }),
      () => verifyWebhook({ body, headers, signatureKey: 'another_key_0123456789' }),
      () => verifyWebhook({ body, signature: '0'.repeat(64), signatureKey: key }),
      () => verifyWebhook({ body, signature: forgedSignature, signatureKey: key }),
    ]) {
      const error = await rejectionOf(attempt());
      expect(error).toMatchObject({ kind: 'signature', provider: 'paycombat' });
      expect(error.message).toContain('does not match');
      expect(error.message).not.toContain(headers['X-Signature']!);
      expect(error.message).not.toContain(key);
    }
  });

  it('rejects a delivery without X-Signature unless allowUnsigned, and marks it unverified', async () => {
    const body = JSON.stringify(sandbox.webhooks.payin());
    await expect(verifyWebhook({ body, headers: {}, signatureKey: key })).rejects.toMatchObject({ kind: 'signature', message: expect.stringContaining('no X-Signature') });
    await expect(verifyWebhook({ body, signatureKey: key, allowUnsigned: true })).resolves.toMatchObject({ verified: false, name: 'PAYIN.SUCCESS' });
    await expect(verifyWebhook({ body, signature: 'bad', signatureKey: key, allowUnsigned: true })).rejects.toMatchObject({ kind: 'signature' });
  });

  it('tells the user to pass the raw body when given a parsed object', async () => {
    const payload = sandbox.webhooks.payin();
    const error = await rejectionOf(verifyWebhook({ body: payload as never, headers: (await sandbox.webhooks.sign(payload)).headers, signatureKey: key }));
    expect(error).toMatchObject({ kind: 'signature' });
    expect(error.message).toMatch(/raw request body.*parsed object.*request\.text\(\)/s);
  });

  it('accepts a body re-formatted in transit when its compact form carries the signature (spec fallback)', async () => {
    const payload = sandbox.webhooks.payin();
    const { headers } = await sandbox.webhooks.sign(payload);
    await expect(verifyWebhook({ body: JSON.stringify(payload, null, 2), headers, signatureKey: key })).resolves.toMatchObject({ verified: true });
  });

  it('accepts a raw body with an integer beyond 2^53 (the raw text is checked before any re-serializing)', async () => {
    const body = '{"type":"PAYIN","status":"SUCCESS","id":"pay_big","merchant_id":12345678901234567890}';
    const event = await verifyWebhook({ body, signature: await independentHmacHex(key, body), signatureKey: key });
    expect(event).toMatchObject({ name: 'PAYIN.SUCCESS', id: 'pay_big', verified: true });
  });

  it('refuses a missing key and a body that is not JSON', async () => {
    await expect(verifyWebhook({ body: '{}', signature: 'x', signatureKey: '' })).rejects.toMatchObject({ kind: 'configuration' });
    await expect(verifyWebhook({ body: 'not json', signature: await independentHmacHex(key, 'not json'), signatureKey: key })).rejects.toMatchObject({ kind: 'invalid_response' });
  });
});

describe('replayed, duplicated and reordered deliveries', () => {
  it('a replayed delivery verifies again (no timestamp exists), so deduplicate on deduplicationKey', async () => {
    const delivery = await sandbox.webhooks.sign(sandbox.webhooks.payin({ id: 'pay_7' }));
    const processed = new Set<string>();
    const handled: string[] = [];
    for (let repeat = 0; repeat < 3; repeat++) {
      const event = await verifyWebhook({ body: delivery.body, headers: delivery.headers, signatureKey: key });
      if (processed.has(event.deduplicationKey)) continue;
      processed.add(event.deduplicationKey);
      handled.push(event.name);
    }
    expect(handled).toEqual(['PAYIN.SUCCESS']);
  });

  it('deliveries that arrive out of order are put back in order by occurredAt; a new status is a new key', async () => {
    const pending = sandbox.webhooks.payout({ id: 'po_1', status: 'SUCCESS', updated_at: '2026-11-22T10:00:00.000Z' });
    const returned = sandbox.webhooks.payout({ id: 'po_1', status: 'RETURNED', updated_at: '2026-11-22T12:00:00.000Z' });
    const events = [];
    for (const payload of [returned, pending]) {
      const { body, headers } = await sandbox.webhooks.sign(payload);
      events.push(await verifyWebhook({ body, headers, signatureKey: key }));
    }
    expect(new Set(events.map((event) => event.deduplicationKey)).size).toBe(2);
    const latest = events.reduce((a, b) => (b.occurredAt! > a.occurredAt! ? b : a));
    expect(latest.name).toBe('PAYOUT.RETURNED');
  });
});

describe('parseWebhook', () => {
  it.each([
    [{ type: 'PAYIN', status: 'FAILED' }, 'PAYIN.FAILED'],
    [{ type: 'payin', status: 'expired' }, 'PAYIN.EXPIRED'],
    [{ type: 'PAYIN', status: 'PENDING' }, 'PAYIN.OTHER'],
    [{ type: 'PAYOUT', status: 'FAILED', approval: 'FAILED' }, 'PAYOUT.FAILED'],
    [{ id: 'va_1', status: 'APPROVED' }, 'VA_REGISTER.APPROVED'],
    [{ id: 'va_1', status: 'FAILED' }, 'VA_REGISTER.FAILED'],
    [{ type: 'REFUND', status: 'SUCCESS' }, 'UNKNOWN'],
    [[1, 2], 'UNKNOWN'],
  ])('%j is %s', (payload, name) => {
    expect(parseWebhook(payload).name).toBe(name);
  });
});
