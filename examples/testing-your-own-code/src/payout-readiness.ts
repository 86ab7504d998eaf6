import { isClienteleError } from '@clientele/core';
import type { SgateClient } from '@clientele/sgate';

/** Whether a payee can be paid now, and if not, what your application should tell the user. */
export type PayoutReadiness = { ready: true } | { ready: false; reason: 'in-review' | 'incomplete' | 'refused' | 'unknown-payee' | 'unverified' };

const REASONS: Record<number, Exclude<PayoutReadiness, { ready: true }>['reason']> = { 0: 'in-review', 2: 'refused', 3: 'refused', 4: 'incomplete' };

/**
 * Your application's code under test: reads an SGATE payee and decides whether a payout may start. A
 * response whose signature does not verify is never trusted (the SDK throws a `signature` error and
 * returns nothing from it), so the answer is "not ready", never a guess.
 */
export async function payoutReadiness(sgate: SgateClient, mercustomid: string): Promise<PayoutReadiness> {
  try {
    const payee = await sgate.customers.retrieve({ mercustomid });
    return payee.status === 1 ? { ready: true } : { ready: false, reason: REASONS[payee.status] ?? 'refused' };
  } catch (error) {
    if (isClienteleError(error) && error.kind === 'not_found') return { ready: false, reason: 'unknown-payee' };
    if (isClienteleError(error) && error.kind === 'signature') return { ready: false, reason: 'unverified' };
    throw error;
  }
}
