import { defineLifecycle } from '@clientele/core';
import type { PayabliCustomerStatus } from './schemas/customer-data.js';

/** Lifecycle state names, one per Payabli status. */
export type PayabliCustomerState = 'active' | 'inactive' | 'locked' | 'deleted';

/** Payabli's numeric status of each lifecycle state (spec §6). */
export const PAYABLI_STATUS_CODES: Readonly<Record<PayabliCustomerState, PayabliCustomerStatus>> = Object.freeze({
  active: 1,
  inactive: 0,
  locked: 85,
  deleted: -99,
});

/**
 * The Payabli customer lifecycle (spec §6). Moves marked `[ASSUMPTION]` in the spec are modelled as
 * stated there; `update(…, { checkTransition: false })` sends a status without this check.
 *
 * - A customer starts `inactive` (Payabli's default when no status is sent) or `active`.
 * - `0 ⇄ 1` through `update({ customerStatus })`.
 * - `1 → 85` is made by Payabli after repeated failed customer-portal logins; `85 → 1` is an unlock by update.
 * - `* → -99` only through `delete()`; deleted is final (no undelete endpoint exists).
 */
export const payabliCustomerLifecycle = defineLifecycle({
  name: 'payabli.customer',
  provider: 'payabli',
  states: ['inactive', 'active', 'locked', 'deleted'],
  initial: ['inactive', 'active'],
  terminal: ['deleted'],
  transitions: [
    { from: 'inactive', to: 'active', event: 'activate', by: 'client', description: 'update(id, { customerStatus: 1 })' },
    { from: 'active', to: 'inactive', event: 'deactivate', by: 'client', description: 'update(id, { customerStatus: 0 })' },
    { from: 'active', to: 'locked', event: 'lock', by: 'provider', description: 'Payabli locks the customer portal after failed logins' },
    { from: 'locked', to: 'active', event: 'unlock', by: 'client', description: 'update(id, { customerStatus: 1 })' },
    { from: ['inactive', 'active', 'locked'], to: 'deleted', event: 'delete', by: 'client', description: 'delete(id)' },
  ],
  descriptions: {
    inactive: 'Status 0: exists but is not active (the default for a new customer).',
    active: 'Status 1: active.',
    locked: 'Status 85: locked, typically after repeated failed customer-portal logins.',
    deleted: 'Status -99: deleted; final.',
  },
});

/** The lifecycle state of a Payabli status, or `undefined` for a number Payabli has not documented. */
export function customerState(status: number | null | undefined): PayabliCustomerState | undefined {
  const entry = Object.entries(PAYABLI_STATUS_CODES).find(([, code]) => code === status);
  return entry?.[0] as PayabliCustomerState | undefined;
}
