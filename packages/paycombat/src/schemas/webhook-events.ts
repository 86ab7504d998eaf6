/**
 * Webhook payloads (spec §11). They carry no event name: the SDK names events `<TYPE>.<STATUS>` from the payload's
 * `type` (`PAYIN`, `PAYOUT`) and `status`. Every field is optional and unknown fields are kept; amounts may be
 * numbers or strings, so they are typed as both.
 */
export interface PayinPayload {
  id?: string;
  merchant_id?: string | number;
  type?: 'PAYIN';
  status?: string;
  amount?: number | string;
  original_amount?: number | string;
  /** The currency code, e.g. `AUD` (`currency` itself says `FIAT`). */
  amount_type?: string;
  transaction?: string;
  transaction_date?: string;
  payment_method?: string;
  order_reference?: string;
  customer_full_name?: string;
  reply_code?: string | number;
  currency?: string;
  credit_type?: string;
  payer_id?: string;
  recon_id?: string;
  trx_type?: string;
  fee_taken?: number | string;
  fee_expected?: number | string;
  created_at?: string;
  updated_at?: string;
  payment_date?: string;
  [field: string]: unknown;
}

/** A payout webhook (spec §11). `original_amount` arrives as a string. */
export interface PayoutPayload {
  id?: string;
  merchant_id?: string | number;
  type?: 'PAYOUT';
  status?: string;
  /** `w_txn_<32 hex>`. */
  wire_id?: string;
  order_id?: string;
  original_amount?: number | string;
  payee_name?: string;
  currency?: string;
  beneficiary?: unknown;
  beneficiary_bank?: string;
  approval?: string;
  wire_amount?: number | string;
  fee_taken?: number | string;
  fee_expected?: number | string;
  created_at?: string;
  updated_at?: string;
  [field: string]: unknown;
}

/** A VA Register Callback (spec §11, U23: fields assumed). */
export interface VaRegisterPayload {
  id?: string;
  status?: string;
  [field: string]: unknown;
}

/**
 * The shape every {@link PaycombatWebhookEvent} shares: `N` is the event name, `P` the payload type.
 *
 * @typeParam N - The event name(s) of this variant.
 * @typeParam P - The payload of this variant.
 */
export interface EventBase<N extends string, P> {
  /**
   * `PAYIN.SUCCESS`, `PAYOUT.FAILED`, `VA_REGISTER.APPROVED`, …; `PAYIN.OTHER` / `PAYOUT.OTHER` for a status the
   * SDK does not know yet (read `status`); `UNKNOWN` for anything else.
   */
  name: N;
  /** The payload's `id` (`undefined` when it has none). */
  id: string | undefined;
  /** The payload's `status`. */
  status: string | undefined;
  /**
   * `id:status`: the same delivery repeated has the same key (Paycombat retries, and nothing in a delivery says
   * it is a repeat). Store processed keys and skip the ones you have seen (spec §11, U22).
   */
  deduplicationKey: string;
  /** `updated_at` (or `created_at`) as a Date, for ordering deliveries that arrive out of order. */
  occurredAt: Date | undefined;
  /** The webhook body as Paycombat sent it (unknown fields kept). */
  payload: P;
}

/** Every webhook the SDK recognises, discriminated by `name`. */
export type PaycombatWebhookEvent =
  | EventBase<'PAYIN.SUCCESS' | 'PAYIN.FAILED' | 'PAYIN.EXPIRED' | 'PAYIN.OTHER', PayinPayload>
  | EventBase<'PAYOUT.SUCCESS' | 'PAYOUT.FAILED' | 'PAYOUT.RETURNED' | 'PAYOUT.OTHER', PayoutPayload>
  | EventBase<'VA_REGISTER.APPROVED' | 'VA_REGISTER.FAILED', VaRegisterPayload>
  | EventBase<'UNKNOWN', Record<string, unknown>>;

/** The event names the SDK knows. */
export type PaycombatWebhookEventName = PaycombatWebhookEvent['name'];
