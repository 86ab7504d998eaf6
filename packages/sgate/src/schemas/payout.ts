import * as z from 'zod/mini';
import { customerSchema } from './customer.js';

/**
 * SGATE's `PayoutOrder` (spec §4.C) as sent in the `SALARY_STATUS_CHANGE` callback. The SDK has no payout
 * methods yet; this loose schema only types the callback. `custominfo` is the customer as it was when the
 * order was created, decrypted.
 */
export const payoutOrderSchema = z.looseObject({
  ticketid: z.string(),
  key: z.optional(z.string()),
  customid: z._default(z.string(), ''),
  mercustomid: z._default(z.string(), ''),
  /** Your order id: the idempotency key of payouts. */
  payeeuid: z._default(z.string(), ''),
  trantype: z.optional(z.string()),
  currency: z._default(z.string(), ''),
  paymentmethod: z._default(z.string(), ''),
  amount: z.number(),
  realamount: z.optional(z.number()),
  fee: z.optional(z.number()),
  feeconfigid: z.optional(z.number()),
  /** 0 pending, 1 transferred, 2 error, 3 processing, 4 approved. */
  status: z.number(),
  statusdesc: z._default(z.string(), ''),
  /** Unix seconds; 0 until the payout completes. */
  confirmtime: z._default(z.number(), 0),
  custominfo: z.optional(customerSchema),
  created_at: z.number(),
  updated_at: z.number(),
});

/** A payout order from a `SALARY_STATUS_CHANGE` callback. */
export type SgatePayoutOrder = z.output<typeof payoutOrderSchema>;
