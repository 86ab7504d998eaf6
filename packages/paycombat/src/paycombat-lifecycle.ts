import { defineLifecycle } from '@clientele/core';
import type { Customer } from './schemas/customer-types.js';

/**
 * Existence and activation of a customer (spec §9 rows 1–2): a customer exists either active or inactive
 * (`is_active`), moves between the two with `enable()` / `disable()`, can be updated in either, and `delete()`
 * ends it. `deleted` is terminal: the client refuses to update, enable, disable or delete a customer it deleted.
 * New customers may start in either state (both documented examples show `is_active: false`, spec U16).
 */
export const customerLifecycle = defineLifecycle({
  name: 'paycombat.customer',
  provider: 'paycombat',
  states: ['inactive', 'active', 'deleted'],
  initial: ['inactive', 'active'],
  terminal: ['deleted'],
  transitions: [
    { from: 'inactive', to: 'active', event: 'enable', by: 'client', description: 'PATCH enable (spec §8.6)' },
    { from: 'active', to: 'inactive', event: 'disable', by: 'client', description: 'PATCH disable (spec §8.7)' },
    { from: 'inactive', to: 'inactive', event: 'update', by: 'client', description: 'PATCH update (spec §8.2)' },
    { from: 'active', to: 'active', event: 'update', by: 'client', description: 'PATCH update (spec §8.2)' },
    { from: ['inactive', 'active'], to: 'deleted', event: 'delete', by: 'client', description: 'DELETE (spec §8.8); may be refused while wallets or funds exist' },
  ],
  descriptions: {
    inactive: 'is_active is false: readable and updatable, cannot transact (spec U17).',
    active: 'is_active is true.',
    deleted: 'Deleted. Final: there is no undelete (spec U18).',
  },
});

/** A state of {@link customerLifecycle}. */
export type CustomerState = (typeof customerLifecycle.states)[number];

/**
 * Wallet readiness (spec §9 row 3): computed by Paycombat from the KYC fields present. The client changes it only
 * indirectly, by sending or clearing fields with `update()`; read `missing_field` from `walletReadiness()`.
 */
export const walletReadinessLifecycle = defineLifecycle({
  name: 'paycombat.wallet-readiness',
  provider: 'paycombat',
  states: ['not_ready', 'ready'],
  initial: ['not_ready', 'ready'],
  transitions: [
    { from: 'not_ready', to: 'ready', event: 'fields_completed', by: 'provider', description: 'every required KYC field is present' },
    { from: 'ready', to: 'not_ready', event: 'fields_cleared', by: 'provider', description: 'a required field was cleared (spec §9.2, assumed)' },
  ],
  descriptions: {
    not_ready: 'is_wallet_ready is false: wallets, virtual accounts and transactions need more KYC data.',
    ready: 'is_wallet_ready is true.',
  },
});

/** A state of {@link walletReadinessLifecycle}. */
export type WalletReadinessState = (typeof walletReadinessLifecycle.states)[number];

/**
 * Global Currency Account activation (spec §9 row 5, Finmo semantics). Read-only for the SDK: no Paycombat
 * endpoint moves it; poll `retrieve()` to watch it. Activation needs `is_wallet_ready`.
 */
export const gcaLifecycle = defineLifecycle({
  name: 'paycombat.gca',
  provider: 'paycombat',
  states: ['NOT_STARTED', 'APPROVAL_PENDING', 'IN_PROGRESS', 'COMPLETED'],
  initial: ['NOT_STARTED'],
  transitions: [
    { from: 'NOT_STARTED', to: 'APPROVAL_PENDING', event: 'request_activation', by: 'provider', description: 'only once the customer is wallet-ready' },
    { from: 'APPROVAL_PENDING', to: 'IN_PROGRESS', event: 'approve', by: 'provider' },
    { from: 'IN_PROGRESS', to: 'COMPLETED', event: 'complete', by: 'provider', description: 'is_gca_enabled becomes true, gca_activated_at is set' },
  ],
  descriptions: {
    NOT_STARTED: 'No Global Currency Account.',
    APPROVAL_PENDING: 'Activation requested, waiting for approval.',
    IN_PROGRESS: 'Approved, being set up.',
    COMPLETED: 'Active: is_gca_enabled is true.',
  },
});

/**
 * Finmo's compliance review (spec §9 row 4): only present when Paycombat forwards Finmo's optional `status`
 * (never seen so far, spec U20). Read-only.
 */
export const reviewLifecycle = defineLifecycle({
  name: 'paycombat.review',
  provider: 'paycombat',
  states: ['PENDING_INFO', 'UNDER_REVIEW', 'APPROVED', 'SUSPENDED'],
  initial: ['PENDING_INFO'],
  transitions: [
    { from: 'PENDING_INFO', to: 'UNDER_REVIEW', event: 'submit', by: 'provider', description: 'the KYC set is complete' },
    { from: 'UNDER_REVIEW', to: 'APPROVED', event: 'approve', by: 'provider' },
    { from: 'UNDER_REVIEW', to: 'SUSPENDED', event: 'suspend', by: 'provider' },
    { from: 'APPROVED', to: 'SUSPENDED', event: 'suspend', by: 'provider' },
    { from: 'APPROVED', to: 'UNDER_REVIEW', event: 'review_again', by: 'provider', description: 'KYC data changed (Finmo)' },
  ],
});

/** Every Paycombat lifecycle, by dimension, for docs and diagrams. */
export const paycombatLifecycles = Object.freeze({
  customer: customerLifecycle,
  walletReadiness: walletReadinessLifecycle,
  gca: gcaLifecycle,
  review: reviewLifecycle,
});

/** The {@link customerLifecycle} state of a customer read from Paycombat (`deleted` only when you know it was). */
export function customerState(customer: Pick<Customer, 'is_active'>, options: { deleted?: boolean } = {}): CustomerState {
  if (options.deleted) return 'deleted';
  return customer.is_active === true ? 'active' : 'inactive';
}

/** The {@link walletReadinessLifecycle} state of a customer. */
export function walletReadinessState(customer: Pick<Customer, 'is_wallet_ready'>): WalletReadinessState {
  return customer.is_wallet_ready === true ? 'ready' : 'not_ready';
}
