import { defineLifecycle, TransitionError } from '@clientele/core';
import { PAYBASE_CUSTOMER_STATES, type PaybaseCustomerState } from './schemas/customer-response.js';

/**
 * The Paybase customer lifecycle. The state meanings and who causes LOCKED, CLOSING and TERMINATED come from the
 * provider page; which moves the platform may request among PENDING, ENABLED and DISABLED is an assumption
 * (spec §4.8, U8). Paybase also enables a PENDING customer on its own (for instance once due diligence is done).
 */
export const paybaseCustomerLifecycle = /* @__PURE__ */ (() => defineLifecycle({
  name: 'paybase.customer',
  provider: 'paybase',
  states: PAYBASE_CUSTOMER_STATES,
  initial: ['PENDING', 'ENABLED'],
  terminal: ['TERMINATED'],
  transitions: [
    { from: 'PENDING', to: 'ENABLED', event: 'enable', by: 'client', description: 'The platform lets the customer interact (assumed).' },
    { from: 'ENABLED', to: 'DISABLED', event: 'disable', by: 'client', description: 'Temporarily no debits (assumed).' },
    { from: 'DISABLED', to: 'ENABLED', event: 'enable', by: 'client', description: 'Debits allowed again (assumed).' },
    { from: 'PENDING', to: 'ENABLED', event: 'enable', by: 'provider', description: 'Paybase may enable a customer itself.' },
    { from: ['PENDING', 'ENABLED', 'DISABLED', 'CLOSING'], to: 'LOCKED', event: 'lock', by: 'provider', description: 'Locked by Paybase.' },
    { from: 'LOCKED', to: 'ENABLED', event: 'unlock', by: 'provider', description: 'Only Paybase leaves LOCKED.' },
    { from: ['PENDING', 'ENABLED', 'DISABLED', 'LOCKED'], to: 'CLOSING', event: 'close', by: 'provider', description: 'Flagged for closing; terminated within 90 days.' },
    { from: ['PENDING', 'ENABLED', 'DISABLED', 'LOCKED', 'CLOSING'], to: 'TERMINATED', event: 'terminate', by: 'provider', description: 'Terminated by Paybase; final.' },
  ],
  descriptions: {
    PENDING: 'On the system but not yet enabled; used to add a customer without letting them interact straight away.',
    ENABLED: 'Can transact once the required level of due diligence is reached.',
    DISABLED: 'Temporarily disabled: no debit transactions such as withdrawals.',
    LOCKED: 'Locked by Paybase; cannot transact until Paybase enables it again.',
    CLOSING: 'Flagged for closing by Paybase; terminated within 90 days; only withdrawals to an existing bank account.',
    TERMINATED: 'Terminated by Paybase; cannot interact with the system or move to another state.',
  },
}))();

/** States only Paybase can put a customer in (provider page). */
const PAYBASE_ONLY_TARGETS: ReadonlySet<string> = /* @__PURE__ */ new Set(['LOCKED', 'CLOSING', 'TERMINATED']);
/** States only Paybase can take a customer out of (provider page): LOCKED, and TERMINATED, which nobody leaves. */
const PAYBASE_ONLY_SOURCES: ReadonlySet<string> = /* @__PURE__ */ new Set(['LOCKED', 'TERMINATED']);

/**
 * True when the provider page rules out the platform asking for this move: entering LOCKED, CLOSING or
 * TERMINATED, or leaving LOCKED or TERMINATED. Such a move is refused even with `allowUnconfirmedMove`.
 */
export function isRuledOutForPlatform(from: string, to: string): boolean {
  return PAYBASE_ONLY_TARGETS.has(to) || PAYBASE_ONLY_SOURCES.has(from);
}

/**
 * Checks a platform-requested move before it is sent:
 * - a move in the lifecycle passes;
 * - a move the provider page rules out throws a `TransitionError` naming the allowed moves;
 * - any other move (not known to be allowed, not ruled out) throws too, unless `allowUnconfirmedMove` is set.
 */
export function assertPlatformMove(from: string, to: PaybaseCustomerState, options: { allowUnconfirmedMove?: boolean | undefined } = {}): void {
  const lifecycle = paybaseCustomerLifecycle;
  if (lifecycle.isState(from) && lifecycle.canMoveTo(from, to)) return;
  if (isRuledOutForPlatform(from, to)) {
    lifecycle.assertMoveTo(from, to);
    return;
  }
  if (options.allowUnconfirmedMove) return;
  try {
    lifecycle.assertMoveTo(from, to);
  } catch (error) {
    const refusal = error as TransitionError;
    throw new TransitionError({
      lifecycle: refusal.lifecycle,
      provider: 'paybase',
      from: refusal.from,
      attempted: refusal.attempted,
      allowed: [...refusal.allowed],
      message: `${refusal.message} Paybase does not document whether the platform may move a customer from ${from} to ${to}; if your Paybase account allows it, pass { allowUnconfirmedMove: true }.`,
    });
  }
}
