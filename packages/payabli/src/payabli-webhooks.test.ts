import { isClienteleError } from '@clientele/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAYABLI_WEBHOOK_IPS, verifyWebhook, type VerifiedPayabliWebhook } from './payabli-webhooks.js';
import { PayabliSandbox } from './testing/payabli-sandbox.js';

const SECRET = 'whsec_payabli_canary_5b1d0c';
const sandbox = new PayabliSandbox();
const event = (fields: Record<string, unknown> = {}) => ({ Event: 'PayOutProcessed', Paypoint: 'Gruzya Adventure Outfitters', Text: 'Processed', TransId: '45-as4567', CustomerId: '4440', CustomerNumber: 'C-1001', entryPoint: '8cfec329267', ...fields });

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(isClienteleError(error)).toBe(true);
  return error as Error & { kind: string };
}

/** A receiver that verifies, deduplicates on deliveryKey and processes each event once. */
function receiver() {
  const seen = new Set<string>();
  const processed: VerifiedPayabliWebhook[] = [];
  return {
    processed,
    async deliver(delivery: { headers: Record<string, string>; body: string }) {
      const verified = await verifyWebhook({ ...delivery, secret: SECRET });
      if (seen.has(verified.deliveryKey)) return 'duplicate';
      seen.add(verified.deliveryKey);
      processed.push(verified);
      return 'processed';
    },
  };
}

describe('verifyWebhook', () => {
  it('accepts a delivery carrying the shared secret and parses it', async () => {
    const delivery = sandbox.webhookDelivery(event(), { secret: SECRET });
    const verified = await verifyWebhook({ ...delivery, secret: SECRET });
    expect(verified.event).toMatchObject({ Event: 'PayOutProcessed', TransId: '45-as4567', CustomerId: '4440' });
    expect(verified.deliveryKey).toBe('PayOutProcessed:45-as4567');
  });

  it('reads a custom header name, Headers objects, Node header arrays and byte bodies', async () => {
    const delivery = sandbox.webhookDelivery(event(), { secret: SECRET, headerName: 'X-Payabli-Secret' });
    const body = new TextEncoder().encode(delivery.body);
    await expect(verifyWebhook({ body, headers: new Headers(delivery.headers), secret: SECRET, headerName: 'x-payabli-secret' })).resolves.toBeTruthy();
    await expect(verifyWebhook({ body: delivery.body, headers: { 'X-Payabli-Secret': [SECRET] }, secret: SECRET, headerName: 'x-payabli-secret' })).resolves.toBeTruthy();
  });

  it('rejects forgeries: missing header, wrong secret, a prefix of it, the wrong source IP', async () => {
    const delivery = sandbox.webhookDelivery(event(), { secret: SECRET });
    for (const headers of [{}, { authorization: 'whsec_guess' }, { authorization: SECRET.slice(0, -1) }, { authorization: `${SECRET} ` }]) {
      const error = await rejection(verifyWebhook({ body: delivery.body, headers, secret: SECRET }));
      expect(error.kind).toBe('signature');
      expect(error.message).not.toContain(SECRET);
    }
    const error = await rejection(verifyWebhook({ ...delivery, secret: SECRET, sourceIp: '203.0.113.9', allowedIps: PAYABLI_WEBHOOK_IPS.production }));
    expect(error.kind).toBe('signature');
    await expect(verifyWebhook({ ...delivery, secret: SECRET, sourceIp: '54.166.54.170', allowedIps: PAYABLI_WEBHOOK_IPS.production })).resolves.toBeTruthy();
  });

  it('rejects bodies that are not Payabli notifications, and an empty secret', async () => {
    const headers = { authorization: SECRET };
    expect((await rejection(verifyWebhook({ body: '{"Event":', headers, secret: SECRET }))).kind).toBe('invalid_response');
    expect((await rejection(verifyWebhook({ body: '{"TransId":"1"}', headers, secret: SECRET }))).kind).toBe('invalid_response');
    expect((await rejection(verifyWebhook({ body: '{}', headers, secret: '' }))).kind).toBe('configuration');
  });

  it('deduplicates replayed and duplicated deliveries; reordered ones are each processed once', async () => {
    const inbox = receiver();
    const approved = sandbox.webhookDelivery(event({ Event: 'PayOutAuthorized' }), { secret: SECRET });
    const processed = sandbox.webhookDelivery(event({ Event: 'PayOutProcessed' }), { secret: SECRET });
    const paid = sandbox.webhookDelivery(event({ Event: 'PayOutPaid' }), { secret: SECRET });
    const outcomes = [];
    for (const delivery of [processed, approved, processed, paid, approved, paid]) outcomes.push(await inbox.deliver(delivery));
    expect(outcomes).toEqual(['processed', 'processed', 'duplicate', 'processed', 'duplicate', 'duplicate']);
    expect(inbox.processed.map((item) => item.event.Event)).toEqual(['PayOutProcessed', 'PayOutAuthorized', 'PayOutPaid']);
  });

  it('falls back to a body hash when a payload has no id, so identical deliveries share a key', async () => {
    const delivery = sandbox.webhookDelivery({ Event: 'SystemAlert', Text: 'maintenance' }, { secret: SECRET });
    const [first, second] = await Promise.all([verifyWebhook({ ...delivery, secret: SECRET }), verifyWebhook({ ...delivery, secret: SECRET })]);
    expect(first.deliveryKey).toMatch(/^SystemAlert:sha256:[0-9a-f]{64}$/);
    expect(second.deliveryKey).toBe(first.deliveryKey);
  });

  it('never accepts a header that differs from the secret (property-based)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }), async (secret, presented) => {
        fc.pre(secret !== presented);
        const delivery = sandbox.webhookDelivery(event(), { secret: presented });
        const outcome = await verifyWebhook({ ...delivery, secret }).then(() => 'accepted', (error: { kind: string }) => error.kind);
        expect(outcome).toBe('signature');
      }),
      { numRuns: 60 },
    );
  });
});
