import { signBody } from '../paycombat-signer.js';
import type { PayinPayload, PayoutPayload } from '../schemas/webhook-events.js';

/** A signed webhook delivery, ready to POST or to hand to `verifyWebhook`. */
export interface SignedWebhook {
  /** The exact body bytes Paycombat sends (compact JSON). */
  body: string;
  /** `content-type` and `X-Signature`. */
  headers: Record<string, string>;
}

/** Signs a payload the way the mock's Paycombat does: `X-Signature` = hex HMAC-SHA256 of the body (spec §11, U21). */
export async function signWebhook(payload: unknown, signatureKey: string): Promise<SignedWebhook> {
  const body = JSON.stringify(payload);
  return { body, headers: { 'content-type': 'application/json', 'X-Signature': await signBody(signatureKey, body) } };
}

let sequence = 0;

function uuidLike(): string {
  sequence += 1;
  return `3f1c2a4e-7b8d-4e6f-9a0b-${String(sequence).padStart(12, '0')}`;
}

/** A PAYIN webhook payload with the fields of spec §11 (status `SUCCESS` unless overridden). */
export function payinPayload(overrides: Partial<PayinPayload> = {}, now: Date = new Date()): PayinPayload {
  const time = now.toISOString();
  return {
    id: uuidLike(),
    merchant_id: 'MRC-0001',
    status: 'SUCCESS',
    amount: 150,
    original_amount: 150,
    amount_type: 'AUD',
    transaction: 'payin',
    transaction_date: time,
    payment_method: 'au_bank_npp',
    order_reference: 'order-1001',
    customer_full_name: 'Ada Lovelace',
    reply_code: '00',
    currency: 'FIAT',
    credit_type: 'PAYIN',
    payer_id: 'va_000001',
    trx_type: 'DIRECT_PAYIN',
    fee_taken: 1.5,
    created_at: time,
    updated_at: time,
    type: 'PAYIN',
    ...overrides,
  };
}

/** A PAYOUT webhook payload with the fields of spec §11 (status `SUCCESS` unless overridden). */
export function payoutPayload(overrides: Partial<PayoutPayload> = {}, now: Date = new Date()): PayoutPayload {
  const time = now.toISOString();
  return {
    id: uuidLike(),
    merchant_id: 'MRC-0001',
    status: 'SUCCESS',
    wire_id: 'w_txn_00000000000000000000000000000001',
    order_id: 'payout-2001',
    original_amount: '50',
    payee_name: 'Ada Lovelace',
    currency: 'SGD',
    beneficiary_bank: 'sg_bank_fastpayment_sgd',
    approval: 'APPROVED',
    created_at: time,
    updated_at: time,
    type: 'PAYOUT',
    ...overrides,
  };
}
