import { defineLifecycle } from '@clientele/core';

/** SGATE's customer statuses (spec §5.1) by number. */
export const SGATE_CUSTOMER_STATUSES = {
  0: 'pending',
  1: 'normal',
  2: 'rejected',
  3: 'banned',
  4: 'incomplete',
} as const;

/** A lifecycle state: the name of an SGATE customer status. */
export type SgateCustomerState = (typeof SGATE_CUSTOMER_STATUSES)[keyof typeof SGATE_CUSTOMER_STATUSES];

/** SGATE's numeric customer status (`status` field): 0 pending, 1 normal, 2 rejected, 3 banned, 4 incomplete. */
export type SgateCustomerStatus = keyof typeof SGATE_CUSTOMER_STATUSES;

/**
 * The lifecycle of an SGATE customer (spec §5.2), drawn from SGATE's status diagram. Moves `by: 'client'`
 * are caused by API calls (`customers.update`, `customers.uploadPhoto`, `customers.submitStcOtp`);
 * moves `by: 'provider'` only SGATE makes (review, ban, unban).
 *
 * Where SGATE's English and Chinese docs disagree about an update of an incomplete customer, this follows
 * the diagram (and the Chinese text): it stays incomplete; only the ID photo moves it to pending.
 * A banned customer's data can be updated, but its status does not change (the diagram's "judge the ban").
 * A rapid payout (not part of the customer API) creates a customer directly in `normal`.
 */
export const sgateCustomerLifecycle = defineLifecycle({
  name: 'sgate.customer',
  provider: 'sgate',
  states: ['incomplete', 'pending', 'normal', 'rejected', 'banned'],
  initial: ['incomplete'],
  descriptions: {
    incomplete: '4 — created; the ID photo (identitypic) is still missing',
    pending: '0 — complete, waiting for review',
    normal: '1 — approved; can receive payouts',
    rejected: '2 — review failed; an update sends it back to review',
    banned: '3 — blocked by SGATE; updates do not change the status',
  },
  transitions: [
    { from: 'incomplete', to: 'incomplete', event: 'update', by: 'client', description: 'customers.update: data changes keep it incomplete (diagram and Chinese docs)' },
    { from: 'incomplete', to: 'pending', event: 'upload_identity_photo', by: 'client', description: 'customers.uploadPhoto type identitypic: the profile is complete' },
    { from: 'incomplete', to: 'incomplete', event: 'upload_signature_photo', by: 'client', description: 'customers.uploadPhoto type signpic while identitypic is missing' },
    { from: ['pending', 'normal', 'rejected'], to: 'pending', event: 'update', by: 'client', description: 'customers.update with changed data: back to review' },
    { from: ['pending', 'normal', 'rejected'], to: 'pending', event: 'upload_identity_photo', by: 'client', description: 'customers.uploadPhoto with a changed photo: back to review' },
    { from: ['pending', 'normal', 'rejected'], to: 'pending', event: 'upload_signature_photo', by: 'client', description: 'customers.uploadPhoto with a changed photo: back to review' },
    { from: 'pending', to: 'normal', event: 'submit_stc_otp', by: 'client', description: 'customers.submitStcOtp with auto-approval on verifies the STCPay account (inferred: the docs do not state the move)' },
    { from: 'banned', to: 'banned', event: 'update', by: 'client', description: 'customers.update: data may change, the status does not' },
    { from: 'pending', to: 'normal', event: 'approve', by: 'provider', description: 'review, auto-approval or a sandbox test account' },
    { from: 'pending', to: 'rejected', event: 'reject', by: 'provider', description: 'review or a sandbox test account' },
    { from: ['pending', 'normal'], to: 'banned', event: 'ban', by: 'provider', description: 'SGATE blocks the customer' },
    { from: 'banned', to: 'normal', event: 'unban', by: 'provider', description: 'SGATE lifts the block ("deblocking")' },
  ],
});

/**
 * The lifecycle state of an SGATE numeric status.
 *
 * @throws RangeError for a status outside 0–4.
 */
export function sgateCustomerState(status: number): SgateCustomerState {
  const state = SGATE_CUSTOMER_STATUSES[status as SgateCustomerStatus];
  if (state === undefined) throw new RangeError(`SGATE customer status ${String(status)} is not one of 0–4.`);
  return state;
}

/** SGATE's numeric status of a lifecycle state. */
export function sgateCustomerStatus(state: SgateCustomerState): SgateCustomerStatus {
  const entry = Object.entries(SGATE_CUSTOMER_STATUSES).find(([, name]) => name === state);
  if (!entry) throw new RangeError(`"${String(state)}" is not an SGATE customer state.`);
  return Number(entry[0]) as SgateCustomerStatus;
}
