/// <reference types="node" />
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from './paycombat-webhooks.js';

const key = 'whk_node_style_key_0123456789';
const nodeHmac = (body: string) => createHmac('sha256', key).update(body, 'utf8').digest('hex');

describe('verifyWebhook against node:crypto', () => {
  it('verifies a body with a 20-digit integer, signed by createHmac over the raw text', async () => {
    const body = '{"type":"PAYOUT","status":"SUCCESS","id":"po_1","merchant_id":12345678901234567890}';
    await expect(verifyWebhook({ body, headers: { 'X-Signature': nodeHmac(body) }, signatureKey: key })).resolves.toMatchObject({ name: 'PAYOUT.SUCCESS', verified: true });
  });

  it('still refuses that body under a signature of its re-serialized form, or of another body', async () => {
    const body = '{"id":"po_2","merchant_id":12345678901234567890}';
    const rounded = JSON.stringify(JSON.parse(body));
    await expect(verifyWebhook({ body: rounded, signature: nodeHmac(body), signatureKey: key })).rejects.toMatchObject({ kind: 'signature' });
    await expect(verifyWebhook({ body, signature: nodeHmac('{}'), signatureKey: key })).rejects.toMatchObject({ kind: 'signature' });
  });
});
